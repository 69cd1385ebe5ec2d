"""Rules added in round r7a (meetings as real MOFA releases of odd years tell them): one small
release per rule, written for these tests in our own words (not taken from any scoring set)."""

import datetime as dt

from tests.extraction.rules_helpers import release_maker, roles

_release = release_maker("2015-10-01")


def _dates(x):
    return sorted((m.date.value, m.date.precision) for m in x.meetings)


# --- a planned meeting welcomed as a topic, a meeting recalled as the source of an agreement ----

def test_plan_to_hold_and_as_agreed_at_name_no_meeting():
    x = _release(
        "Outcome of Korea-Norway Foreign Ministers' Meeting",
        "1. Foreign Minister Yun Byung-se, who is in New York for the 70th session of the UN General Assembly, "
        "met with his Norwegian counterpart Borge Brende on September 28.",
        "2. The two ministers welcomed the plan to hold the first Korea-Norway consultation on Arctic affairs in "
        "Oslo in late November, as agreed at the third strategic dialogue held in Seoul on June 5.",
    )
    assert len(x.meetings) == 1, [m.title for m in x.meetings]
    m = x.meetings[0]
    assert (m.date.value, m.date.precision) == (dt.date(2015, 9, 28), "day")
    assert m.city == "New York"
    assert roles(x, m) == {"Yun Byung-se": "attendee", "Borge Brende": "counterpart"}


def test_agreed_to_hold_is_still_no_meeting_and_a_held_dialogue_still_is():
    x = _release(
        "Korea-Chile Strategic Dialogue Held",
        "1. Vice Minister of Foreign Affairs Cho Tae-yul held the 2nd Korea-Chile Strategic Dialogue with "
        "Undersecretary of Foreign Affairs Edgardo Riveros of Chile in Seoul on September 30.",
        "2. The two sides agreed on the plans for the next round of the Dialogue in Santiago next year.",
    )
    assert len(x.meetings) == 1, [m.title for m in x.meetings]
    assert x.meetings[0].kind == "consultation"
    assert (x.meetings[0].date.value, x.meetings[0].date.precision) == (dt.date(2015, 9, 30), "day")


# --- a further encounter told with a pronoun subject --------------------------------------------

def test_he_also_met_with_on_the_same_day_is_a_further_encounter():
    x = _release(
        "Foreign Minister Visits Canada",
        "1. Foreign Minister Yun Byung-se, who is on an official visit to Canada, met with Minister of Foreign "
        "Affairs of Canada Rob Nicholson in Ottawa on September 24.",
        "2. He also met with Minister of International Trade Ed Fast of Canada on the same day.",
    )
    assert len(x.meetings) == 2, [m.title for m in x.meetings]
    second = [m for m in x.meetings if "Fast" in m.title][0]
    assert (second.date.value, second.date.precision) == (dt.date(2015, 9, 24), "day")
    assert second.city == "Ottawa" and second.country == "CA"
    assert set(roles(x, second)) == {"Yun Byung-se", "Ed Fast"}
    assert roles(x, second)["Ed Fast"] in ("host", "counterpart")


def test_pronoun_sentence_without_a_date_or_same_day_is_not_a_meeting():
    x = _release(
        "Foreign Minister Meets Danish Counterpart",
        "1. Foreign Minister Yun Byung-se met with Minister of Foreign Affairs of Denmark Kristian Jensen in "
        "Seoul on September 21.",
        "2. He also met with many business leaders over the years.",
    )
    assert len(x.meetings) == 1, [m.title for m in x.meetings]


def test_pronoun_sentence_with_the_same_counterpart_is_the_same_meeting():
    x = _release(
        "Foreign Minister Meets Danish Counterpart",
        "1. Foreign Minister Yun Byung-se met with Minister of Foreign Affairs of Denmark Kristian Jensen in "
        "Seoul on September 21.",
        "2. Later that day, he also met with Minister Jensen.",
    )
    assert len(x.meetings) == 1, [m.title for m in x.meetings]


# --- bilateral talks with a list of counterparts, one of them an organization's head ------------

def test_bilateral_talks_with_ministers_and_an_eu_high_representative_are_one_meeting_each():
    x = _release(
        "Foreign Minister Holds Bilateral Talks in Johannesburg",
        "1. On February 21, Minister of Foreign Affairs Cho Tae-yul, who is in Johannesburg, held bilateral talks "
        "with Minister of Foreign Affairs of Spain José Manuel Albares, High Representative of the European Union "
        "for Foreign Affairs and Security Policy Kaja Kallas and Minister of Foreign Affairs of Algeria Ahmed Attaf.",
        date="2025-02-22",
    )
    assert len(x.meetings) == 3, [m.title for m in x.meetings]
    counterparts = set()
    for m in x.meetings:
        r = roles(x, m)
        assert r.pop("Cho Tae-yul") == "attendee"
        assert list(r.values()) == ["counterpart"]
        counterparts |= set(r)
        assert (m.date.value, m.date.precision) == (dt.date(2025, 2, 21), "day")
        assert m.kind == "meeting"
    assert counterparts == {"José Manuel Albares", "Kaja Kallas", "Ahmed Attaf"}


def test_one_delegation_of_two_people_is_not_split():
    x = _release(
        "Vice Minister Meets Japanese Delegation",
        "1. Vice Minister of Foreign Affairs Cho Tae-yul held bilateral talks with Vice Minister for Foreign "
        "Affairs Akiba Takeo of Japan and Director-General Ishikane Kimihiro of Japan in Seoul on September 18.",
    )
    assert len(x.meetings) == 1, [m.title for m in x.meetings]


# --- a conference call ---------------------------------------------------------------------------

def test_conference_call_is_by_phone_and_stays_a_conference():
    x = _release(
        "Vice Minister Joins Conference Call on Afghanistan",
        "1. Vice Minister of Foreign Affairs Choi Jong-moon took part in a conference call of the vice foreign "
        "ministers of 20 countries on August 18, chaired by Deputy Secretary of State Wendy R. Sherman of the US.",
        date="2021-08-19",
    )
    assert len(x.meetings) == 1, [m.title for m in x.meetings]
    m = x.meetings[0]
    assert m.format == "phone"
    assert m.kind == "conference"
    assert (m.date.value, m.date.precision) == (dt.date(2021, 8, 18), "day")


# --- negatives -----------------------------------------------------------------------------------

def test_statement_with_condolences_has_no_meeting():
    x = _release(
        "MOFA Spokesperson's Statement on the Attack in Paris",
        "1. The Government of the Republic of Korea is shocked by the attack in Paris on November 13 and "
        "condemns it in the strongest terms.",
        "2. The ROK government offers its deepest condolences to the bereaved families and to the French people, "
        "and will keep taking part in the international efforts to eradicate terrorism.",
        date="2015-11-14",
    )
    assert x.meetings == []


def test_aid_announcement_has_no_meeting():
    x = _release(
        "ROK to Provide Humanitarian Assistance to Nepal",
        "1. The government of the Republic of Korea will provide 1 million US dollars in humanitarian assistance "
        "to Nepal, where the earthquake of April 25 caused heavy loss of life.",
        "2. The assistance will be delivered through the World Food Programme (WFP).",
        date="2015-04-27",
    )
    assert x.meetings == []


# --- a hall of the Ministry's own building ---------------------------------------------------------

def test_hall_of_the_ministry_building_is_in_seoul():
    x = _release(
        "Ministry Holds Policy Advisory Committee Meeting",
        "1. The Ministry of Foreign Affairs held the plenary meeting of its Policy Advisory Committee on December 15 "
        "at Seohui Hall on the 18th floor of the Ministry building, attended by First Vice Minister Park Yoon-joo.",
        date="2025-12-16",
    )
    assert len(x.meetings) == 1, [m.title for m in x.meetings]
    assert x.meetings[0].city == "Seoul" and x.meetings[0].country == "KR"
    assert (x.meetings[0].date.value, x.meetings[0].date.precision) == (dt.date(2025, 12, 15), "day")
