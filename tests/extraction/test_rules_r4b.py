"""Rules added in round r4b (meetings, participants, people, dates): one small release per
rule, written for these tests in our own words (not taken from any scoring set)."""

from diplomacy.extraction import extract, parse_release


def _release(title: str, *paragraphs: str, date: str | None = "2023-05-16", section: str = "Press Releases"):
    body = "\n\n".join(paragraphs)
    block = f"Date\n{date}\nhit\n12\n\n" if date else ""
    raw = f"{section}\n\n{title}\n\n{block}{body}\n".encode()
    return extract(parse_release(raw, "rule_test.txt"))


def _people(x):
    return {p.name: p for p in x.people}


def _roles(x, m):
    names = {p.key: p.name for p in x.people}
    return {names[p.person_key]: p.role for p in m.participants if p.person_key}


# --- "Following the Dialogue, …" / "On the sidelines of the trilateral meeting, …" ---------------

def test_a_call_following_the_dialogue_is_its_own_meeting_on_the_same_day():
    x = _release(
        "The 4th ROK-Estonia Policy Consultation Held in Seoul",
        "1. The 4th ROK-Estonia Policy Consultation was held in Seoul on Tuesday, May 9, co-chaired by "
        "Deputy Minister for Political Affairs Lim Ji-hoon and Undersecretary for Political Affairs "
        "Kadri TAMM of Estonia.",
        "2. Following the Consultation, Undersecretary Tamm, who is visiting the ROK, paid a courtesy call on "
        "Foreign Minister Park Jin.",
    )
    assert len(x.meetings) == 2
    call = x.meetings[1]
    assert str(call.date.value) == "2023-05-09"
    assert call.city == "Seoul"
    assert _roles(x, call) == {"Kadri Tamm": "visitor", "Park Jin": "host"}


def test_a_bilateral_on_the_sidelines_of_a_trilateral_is_a_bilateral():
    x = _release(
        "Foreign Minister Attends the ROK-Japan-US Foreign Ministers' Meeting",
        "1. Foreign Minister Park Jin attended the ROK-Japan-US Foreign Ministers' Meeting held in Jakarta on "
        "July 13 with Minister for Foreign Affairs HAYASHI Yoshimasa of Japan and Secretary of State "
        "Antony BLINKEN of the US.",
        "2. On the sidelines of the trilateral meeting, Minister Park also held a bilateral meeting with "
        "Minister Hayashi.",
        date="2023-07-14",
    )
    assert len(x.meetings) == 2
    m = x.meetings[1]
    assert m.kind == "meeting"
    assert str(m.date.value) == "2023-07-13"
    assert _roles(x, m) == {"Park Jin": "attendee", "Hayashi Yoshimasa": "counterpart"}
