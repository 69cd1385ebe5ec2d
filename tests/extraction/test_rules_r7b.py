"""Rules added in round r7b (spokesperson's briefings and visit schedules as real odd-year MOFA
pages phrase them): one small release per rule, written for these tests in our own words (not
taken from any scoring set), with negatives: the briefing itself and Q&A remarks about past
events are not meetings."""

import datetime as dt

from diplomacy.extraction import extract, parse_release
from tests.extraction.rules_helpers import release_maker, roles

_release = release_maker("2017-03-14")  # a Tuesday
_BRIEF = "Press Briefings"


def _by_title(x):
    return {m.title: m for m in x.meetings}


def test_while_in_the_rok_encounters_take_the_month_of_the_visit_range():
    x = _release(
        "Spokesperson's Press Briefing (March 14, 2017)",
        "First, Vice Premier Tomas Halvorsen of Norway will pay an official visit to the Republic of Korea "
        "from March 20 to 22 at the invitation of the ROK government.",
        "While in the ROK, Vice Premier Halvorsen will pay a courtesy call on Prime Minister Hwang Kyo-ahn.",
        "This is all for my opening statement.",
        section=_BRIEF,
    )
    assert len(x.meetings) == 1
    m = x.meetings[0]
    assert (m.date.value, m.date.precision) == (dt.date(2017, 3, 1), "month")
    assert roles(x, m) == {"Tomas Halvorsen": "visitor", "Hwang Kyo-ahn": "host"}


def test_during_this_first_visit_meeting_is_read_with_the_month():
    x = _release(
        "Deputy Minister to Visit Finland",
        "1. Deputy Minister for Political Affairs Lim Jae-won will visit Finland from May 8 to 10.",
        "2. During this first visit to Finland since taking office, Deputy Minister Lim will meet with "
        "Finnish State Secretary Anna Korhonen to discuss Arctic cooperation.",
        date="2017-05-02",
    )
    ms = [m for m in x.meetings if "Anna Korhonen" in roles(x, m)]
    assert len(ms) == 1
    assert (ms[0].date.value, ms[0].date.precision) == (dt.date(2017, 5, 1), "month")
    assert roles(x, ms[0]) == {"Lim Jae-won": "visitor", "Anna Korhonen": "host"}


def test_visit_told_after_the_meeting_makes_visitor_and_host_and_no_separate_visit():
    x = _release(
        "Spokesperson's Press Briefing (March 14, 2017)",
        "First, First Vice Minister of Foreign Affairs Lim Sung-nam will meet with President of the "
        "Senate of Chile Ricardo Lagos Weber on March 16.",
        "President Lagos Weber is visiting the ROK from March 13 to 17 at the invitation of the Speaker "
        "of the National Assembly.",
        "This is all for my opening statement.",
        section=_BRIEF,
    )
    assert [m.kind for m in x.meetings] == ["meeting"]
    m = x.meetings[0]
    assert (m.date.value, m.date.precision) == (dt.date(2017, 3, 16), "day")
    assert roles(x, m) == {"Lim Sung-nam": "host", "Ricardo Lagos Weber": "visitor"}
    assert m.country == "KR"
    assert m.format == "in_person"


def test_visit_then_and_hold_dialogue_on_a_later_day_dates_the_dialogue():
    x = _release(
        "Spokesperson's Press Briefing (March 14, 2017)",
        "Next, Japanese Vice Minister for Foreign Affairs Sato Kenji will visit Seoul on March 20 and 21 "
        "and hold the ROK-Japan vice foreign ministerial strategic dialogue with First Vice Minister "
        "Lim Sung-nam on March 21.",
        section=_BRIEF,
    )
    assert len(x.meetings) == 1
    m = x.meetings[0]
    assert m.kind == "consultation"
    assert (m.date.value, m.date.precision) == (dt.date(2017, 3, 21), "day")


def test_announced_conference_takes_the_head_delegate_named_after_it():
    x = _release(
        "Spokesperson's Press Briefing (March 14, 2017)",
        "First, the 2017 Conference on Disarmament Education will be held in Geneva from March 27 to 29.",
        "Ambassador for Disarmament Affairs Park Min-ho will attend the conference as head of the ROK "
        "delegation.",
        "This is all for my opening statement.",
        section=_BRIEF,
    )
    assert len(x.meetings) == 1
    m = x.meetings[0]
    assert m.title == "2017 Conference on Disarmament Education"
    assert m.kind == "conference"
    assert m.status == "planned"
    assert (m.date.value, m.date.precision) == (dt.date(2017, 3, 27), "day")
    assert (m.city, m.country) == ("Geneva", "CH")
    assert roles(x, m) == {"Park Min-ho": "attendee"}


def test_announced_committee_led_by_both_sides():
    x = _release(
        "Spokesperson's Press Briefing (March 14, 2017)",
        "First, the ROK-Mongolia Joint Committee on Education will be launched with its first meeting "
        "at the ROK Foreign Ministry on March 23.",
        "Second Vice Minister Ahn Chong-ghee and Mongolian Vice Minister Batbold Dorj will lead their sides.",
        section=_BRIEF,
    )
    assert len(x.meetings) == 1
    m = x.meetings[0]
    assert m.kind == "committee"
    assert (m.date.value, m.date.precision) == (dt.date(2017, 3, 23), "day")
    assert m.country == "KR"
    assert roles(x, m) == {"Ahn Chong-ghee": "attendee", "Batbold Dorj": "counterpart"}


def test_reception_item_and_the_same_day_item_after_it():
    x = _release(
        "Spokesperson's Press Briefing (March 14, 2017)",
        "First, Foreign Minister Yun Byung-se will visit Brazil on March 22 and hold talks with Brazilian "
        "Foreign Minister Aloysio Nunes.",
        "Moving along, on March 16, Second Vice Minister Ahn Chong-ghee will attend a reception marking "
        "the national day of Ghana hosted by the Embassy of Ghana in the ROK.",
        "Lastly, on the same day, First Vice Minister Lim Sung-nam will attend the 2017 Korea-Central "
        "Asia Cooperation Forum.",
        section=_BRIEF,
    )
    by = {m.kind: m for m in x.meetings}
    assert set(by) == {"meeting", "other", "conference"}
    assert (by["other"].date.value, by["other"].date.precision) == (dt.date(2017, 3, 16), "day")
    assert roles(x, by["other"]) == {"Ahn Chong-ghee": "attendee"}
    assert by["conference"].date.value == dt.date(2017, 3, 16)
    assert by["conference"].city == ""


def test_briefing_title_is_not_a_meeting_title_and_delegation_head_attends():
    x = _release(
        "Spokesperson's Press Briefing (March 14, 2017)",
        "First, the 3rd Think Tank Forum among the Republic of Korea, Japan and Mongolia will be held "
        "in Ulaanbaatar, Mongolia, on March 24.",
        "The forum will have three sessions on regional security and economic cooperation.",
        "The ROK delegation will be headed by Chancellor Kim Joon-hyung of the Korea National Diplomatic "
        "Academy.",
        section=_BRIEF,
    )
    assert len(x.meetings) == 1
    m = x.meetings[0]
    assert m.title != "Spokesperson's Press Briefing (March 14, 2017)"
    assert m.kind == "conference"
    assert (m.date.value, m.date.precision) == (dt.date(2017, 3, 24), "day")
    assert roles(x, m) == {"Kim Joon-hyung": "attendee"}


def test_welcoming_dinner_item_is_a_meal():
    x = _release(
        "Spokesperson's Press Briefing (March 14, 2017)",
        "First, First Vice Minister Lim Sung-nam will give a speech at a welcoming dinner that the "
        "Korea-Turkey Friendship Society will host on March 17 for Turkish veterans of the Korean War.",
        section=_BRIEF,
    )
    assert [m.kind for m in x.meetings] == ["meal"]
    assert x.meetings[0].date.value == dt.date(2017, 3, 17)


# --- negatives ------------------------------------------------------------------------------

def test_lead_in_of_partners_visits_is_no_meeting_and_briefing_is_no_meeting():
    x = _release(
        "Spokesperson's Press Briefing (March 14, 2017)",
        "Moving on, senior officials of the ROK's main partners will visit the country from this week.",
        "First, Foreign Minister Julia Brandt of Austria will visit the ROK on March 18 and 19. On March 19, "
        "Foreign Minister Yun Byung-se will hold a meeting with Minister Brandt.",
        "This is all for my opening statement.",
        section=_BRIEF,
    )
    assert len(x.meetings) == 1
    m = x.meetings[0]
    assert m.kind == "meeting"
    assert m.date.value == dt.date(2017, 3, 19)
    assert roles(x, m) == {"Yun Byung-se": "host", "Julia Brandt": "visitor"}
    assert not any(m.kind == "briefing" or "Press Briefing" in m.title for m in x.meetings)


def test_qa_remark_about_a_past_meeting_is_not_a_new_meeting():
    x = _release(
        "Spokesperson's Press Briefing (March 14, 2017)",
        "First, on March 17, Foreign Minister Yun Byung-se will hold a telephone conversation with "
        "Foreign Minister Alicia Romero of Uruguay.",
        "This is all for my opening statement. I will take your questions.",
        "[Q&A]",
        "Q: How did the Vice Minister's meeting with the delegation go last week?",
        "A: The Vice Minister met the delegation on March 8 and discussed trade issues. I have nothing "
        "to add.",
        section=_BRIEF,
    )
    assert len(x.meetings) == 1
    assert x.meetings[0].kind == "phone_call"
    assert x.meetings[0].date.value == dt.date(2017, 3, 17)


def test_reception_outside_a_briefing_is_left_alone():
    x = _release(
        "Vice Minister Attends Reception",
        "1. Second Vice Minister Ahn Chong-ghee will attend a reception marking the national day of "
        "Ghana on March 16.",
    )
    # the briefing rule adds no second (kind "other") meeting to a press release
    assert [m.kind for m in x.meetings] == ["meeting"]


def test_old_board_layout_title_line():
    raw = (b"View Board\nTITLE Spokesperson's Press Briefing (May 10, 2017)\nDate 2017.05.10\n\n"
           b"Good afternoon. First, on May 12, Foreign Minister Yun Byung-se will meet with Foreign "
           b"Minister Erik Lund of Denmark, who will visit the ROK on May 11 and 12.\n")
    x = extract(parse_release(raw, "old_board.txt"))
    assert x.release.title == "Spokesperson's Press Briefing (May 10, 2017)"
    assert x.release.published_on == dt.date(2017, 5, 10)
    assert not any(m.title == "View Board" for m in x.meetings)
