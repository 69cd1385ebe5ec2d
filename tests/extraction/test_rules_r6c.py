"""Rules added in round r6c (organizations, people and meeting dates as real releases write
them): one small release per rule, written for these tests in our own words (not taken from
any scoring set)."""

import datetime as dt

from diplomacy.extraction.rules_r6c import (
    briefing_item_groups,
    meal_with_other_group,
    weekday_after_release,
)
from tests.extraction.rules_helpers import people, release_maker, roles

_release = release_maker("2019-04-16")  # a Tuesday


def _orgs(x):
    return {o.name: o for o in x.organizations}


# --- people ---------------------------------------------------------------------------------

def test_korean_name_written_surname_comma_given_name():
    x = _release(
        "Foreign Minister Joins Video Conference",
        "1. Minister of Foreign Affairs Kang, Kyung-wha took part in a video conference of foreign "
        "ministers on April 15. She spoke about travel exceptions.",
    )
    p = people(x)["Kang Kyung-wha"]
    assert p.title == "Minister of Foreign Affairs"
    assert "Kang, Kyung-wha" in p.aliases
    assert "Ministry of Foreign Affairs" in _orgs(x)


def test_member_appositive_names_the_person_and_no_city_becomes_a_name():
    x = _release(
        "Spokesperson's Press Briefing (April 16, 2019)",
        "Lastly, Zhao Minghua, a member of the Standing Committee of the Communist Party of China (CPC) "
        "Central Committee and Secretary of the CPC Harbin Municipal Committee, will visit the ROK from "
        "April 20 to 23 at the invitation of the Foreign Ministry.",
        section="Press Briefings",
    )
    ps = people(x)
    assert "Zhao Minghua" in ps
    assert ps["Zhao Minghua"].title == "Secretary of the CPC Harbin Municipal Committee"
    assert ps["Zhao Minghua"].country == "CN"
    assert "Harbin Municipal" not in ps


def test_two_word_surname_alone_is_the_person_named_in_full():
    x = _release(
        "Foreign Minister Meets Slovenian Counterpart",
        "1. Foreign Minister Kang Kyung-wha met with Minister of Foreign Affairs of Slovenia Ana Novak "
        "Horvat on April 15. The two discussed trade.",
        "2. Minister Novak Horvat thanked the ROK for its support.",
    )
    ps = people(x)
    assert "Ana Novak Horvat" in ps
    assert "Novak Horvat" not in ps
    assert "Minister Novak Horvat" in ps["Ana Novak Horvat"].aliases or "Novak Horvat" in ps["Ana Novak Horvat"].aliases


# --- organizations --------------------------------------------------------------------------

def test_us_congress_and_senate_committee():
    x = _release(
        "Foreign Minister Receives US Senator",
        "1. Foreign Minister Kang Kyung-wha received Senator John Miller, a member of the US Senate Armed "
        "Services Committee, on April 15. She asked for the continued backing of the US Congress for the "
        "alliance, and for that of the House Foreign Affairs Committee.",
    )
    o = _orgs(x)
    assert o["US Senate Armed Services Committee"].kind == "legislature"
    assert o["US Senate Armed Services Committee"].country == "US"
    assert o["United States Congress"].kind == "legislature"
    assert "US House Foreign Affairs Committee" in o


def test_uk_houses_and_a_foreign_national_assembly():
    x = _release(
        "Foreign Minister Meets Lawmakers",
        "1. On April 15, Foreign Minister Kang Kyung-wha had a luncheon with members of the UK House of "
        "Lords and House of Commons in London. On April 16 she met a delegation of the National Assembly "
        "of Viet Nam.",
    )
    o = _orgs(x)
    assert o["House of Lords"].country == "GB" and o["House of Lords"].kind == "legislature"
    assert o["House of Commons"].country == "GB"
    assert o["National Assembly of Viet Nam"].country == "VN"
    assert "National Assembly" not in o  # not the ROK's


def test_un_only_as_a_modifier_is_not_recorded():
    x = _release(
        "ROK Provides Humanitarian Aid",
        "1. The Government will provide USD 2 million in humanitarian aid to the region through the "
        "United Nations Office for the Coordination of Humanitarian Affairs (OCHA). According to UN OCHA, "
        "needs have grown. The preparations for the United Nations Peacekeeping Ministerial, a high-level "
        "UN meeting, were also discussed.",
    )
    o = _orgs(x)
    assert "United Nations" not in o, list(o)


def test_a_centre_of_the_ministry_is_a_unit():
    x = _release(
        "Spokesperson's Press Briefing (April 16, 2019)",
        "First, on April 18, Minister of Foreign Affairs Kang Kyung-wha will give remarks at a forum which "
        "the Center for Diplomatic Strategy of the Ministry of Foreign Affairs is co-hosting with the "
        "Korean Society of Area Studies.",
        section="Press Briefings",
    )
    o = _orgs(x)
    assert "Center for Diplomatic Strategy" not in o
    assert "Ministry of Foreign Affairs" in o


# --- meeting dates --------------------------------------------------------------------------

def test_weekday_inside_the_visit_range_dates_the_meeting():
    x = _release(
        "Spokesperson's Press Briefing (April 16, 2019)",
        "Next, on Thursday afternoon, Foreign Minister Kang Kyung-wha will meet with Minister of Foreign "
        "Affairs of Estonia Karin Tamm, who will be in the ROK from April 16 till 19 on an official visit.",
        section="Press Briefings",
    )
    assert len(x.meetings) == 1
    m = x.meetings[0]
    assert m.date.value == dt.date(2019, 4, 18) and m.date.precision == "day"
    assert m.status == "planned"


def test_weekday_outside_the_range_is_not_used():
    # a Monday counted from Tuesday April 16 (planned) is April 22, after the range: keep the range
    x = _release(
        "Spokesperson's Press Briefing (April 16, 2019)",
        "Next, on Monday, Foreign Minister Kang Kyung-wha will meet with Minister of Foreign Affairs of "
        "Estonia Karin Tamm, who will be in the ROK from April 17 to 19.",
        section="Press Briefings",
    )
    assert x.meetings and x.meetings[0].date.value != dt.date(2019, 4, 22)


def test_weekday_after_release():
    tue = dt.date(2019, 4, 16)
    assert weekday_after_release(tue, "Wednesday", True) == dt.date(2019, 4, 17)
    assert weekday_after_release(tue, "Monday", False) == dt.date(2019, 4, 15)
    assert weekday_after_release(tue, "Tuesday", True) == tue


def test_briefing_visit_then_encounters_in_later_paragraphs():
    x = _release(
        "Spokesperson's Press Briefing (April 16, 2019)",
        "First, Foreign Minister Kang Kyung-wha will visit Berlin, Germany, from April 22 to 24.",
        "During the trip, Minister Kang will hold talks on April 23 with Foreign Minister Hans Weber of "
        "Germany.",
        "Later the same day, April 23, Minister Kang will have a luncheon with members of the German "
        "Bundestag.",
        "Next, on April 18, Vice Minister Lee Tae-ho will attend a seminar on maritime law in Seoul.",
        section="Press Briefings",
    )
    titles = [m.title for m in x.meetings]
    assert not any(m.kind == "visit" for m in x.meetings), titles  # the trip told by its encounters
    meals = [m for m in x.meetings if m.kind == "meal"]
    assert len(meals) == 1, titles
    meal = meals[0]
    assert meal.date.value == dt.date(2019, 4, 23)
    assert meal.city == "Berlin"
    assert roles(x, meal) == {"Kang Kyung-wha": "visitor"}
    talks = [m for m in x.meetings if "Hans Weber" in roles(x, m)]
    assert talks and roles(x, talks[0]) == {"Kang Kyung-wha": "visitor", "Hans Weber": "host"}


def test_item_groups_and_group_meals():
    text = "First, A.\nIt goes on.\nMoving along, B.\nLastly, C."
    items, pos = [], 0
    for line in text.split("\n"):
        items.append((pos, pos + len(line)))
        pos += len(line) + 1
    assert briefing_item_groups(text, items) == [0, 0, 2, 3]
    plain = "A.\nB."
    assert briefing_item_groups(plain, [(0, 2), (3, 5)]) == [0, 1]
    assert meal_with_other_group("Luncheon with members of the UK House of Lords")
    assert not meal_with_other_group("Luncheon with Foreign Minister Hans Weber")


def test_appositive_name_with_particles_after_honorifics():
    x = _release(
        "Vice Minister Meets Emirati Minister",
        "1. On April 15, First Vice Minister Cho Hyun met with H.E. Mr. Saeed bin Rashid Al Marri, Minister "
        "of State of the United Arab Emirates.",
    )
    ps = people(x)
    assert "Saeed bin Rashid Al Marri" in ps, list(ps)
    assert ps["Saeed bin Rashid Al Marri"].country == "AE"
    assert "Rashid Al Marri" not in ps
