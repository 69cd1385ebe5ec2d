"""Rules added in round r5 (real-text meetings): one small release per rule, written for these
tests in our own words (not taken from any scoring set)."""

from tests.extraction.rules_helpers import release_maker


_release = release_maker("2019-03-04")


def _roles(m):
    return {(p.person_key, p.role) for p in m.participants if p.person_key}


# --- a spelled ordinal before a name told in lower case ----------------------------------------

def test_spelled_ordinal_lower_case_dialogue_keeps_its_head_noun():
    x = _release(
        "Foreign Minister to Visit France",
        "Foreign Minister Chung Eui-yong will visit Paris, France, from March 10 to 12. Minister Chung will "
        "hold the third Republic of Korea-France foreign ministerial strategic dialogue on March 11 with "
        "Foreign Minister Pierre DURAND of France, covering bilateral relations.",
    )
    ms = [m for m in x.meetings if "dialogue" in m.title.lower()]
    assert ms, [m.title for m in x.meetings]
    m = ms[0]
    assert m.kind == "consultation"
    roles = _roles(m)
    assert ("person:chung-eui-yong", "visitor") in roles
    assert all(r != "attendee" for _, r in roles)


# --- names the titled pass cannot complete -------------------------------------------------------

def _person(x, name):
    return next((p for p in x.people if p.name == name), None)


def test_untitled_full_name_completed_by_a_later_titled_short_mention():
    x = _release(
        "Foreign Minister Meets Visiting US Lawmaker",
        "1. Foreign Minister Park Jin received Daniel Fowler, a ranking member of the Senate Committee on "
        "Foreign Affairs, on March 4. The two discussed the alliance.",
        "2. Senator Fowler said the alliance would keep growing.",
    )
    p = _person(x, "Daniel Fowler")
    assert p is not None, [q.name for q in x.people]
    assert p.title == "Senator"
    m = x.meetings[0]
    assert any(q.person_key == "person:daniel-fowler" for q in m.participants)


def test_one_word_arab_name_after_a_foreign_title():
    x = _release(
        "ROK-Libya Foreign Ministers' Meeting Held",
        "1. On March 4, Foreign Minister Park Jin held a meeting with Foreign Minister of Libya Al-Tarhouni, "
        "who is visiting the Republic of Korea. The two ministers discussed energy cooperation.",
        "2. Minister Al-Tarhouni thanked the ROK for its support.",
    )
    p = _person(x, "Al-Tarhouni")
    assert p is not None, [q.name for q in x.people]
    assert p.country == "LY"
    m = x.meetings[0]
    assert any(q.person_key == "person:al-tarhouni" for q in m.participants)


# --- a minister's remarks at an event, and a second event "On the same day" ----------------------

def test_will_give_remarks_at_a_forum_and_a_second_forum_where_a_speech_is_made():
    x = _release(
        "Spokesperson's Press Briefing (March 4, 2019)",
        "Good afternoon. I will begin today's briefing.",
        "On March 8, Foreign Minister Kang Kyung-wha will give congratulatory remarks at the third Maritime "
        "Cooperation and Ocean Governance Forum, which the ministry is co-hosting with a research institute.",
        "On the same day, the Ministry of Foreign Affairs will host the Korea-Nordic Green Growth Forum, where "
        "Foreign Minister Kang will make a keynote speech.",
        section="Press Briefings",
    )
    titles = {m.title: m for m in x.meetings}
    first = next((m for t, m in titles.items() if "Ocean Governance Forum" in t), None)
    second = next((m for t, m in titles.items() if "Green Growth Forum" in t), None)
    assert first is not None and second is not None, list(titles)
    for m in (first, second):
        assert str(m.date.value) == "2019-03-08"
        assert ("person:kang-kyung-wha", "attendee") in _roles(m)
