"""Rules added in round r6b (multilateral events the Korean side attends, meeting kinds): one
small release per rule, written for these tests in our own words (not taken from any scoring set)."""

import datetime as dt

from diplomacy.extraction.meetings import _kind
from tests.extraction.rules_helpers import release_maker
from tests.extraction.rules_helpers import roles as _roles

_release = release_maker("2023-03-10")
_undated = release_maker(None)


def _one(x, word):
    found = [m for m in x.meetings if word in m.title]
    assert len(found) == 1, [m.title for m in x.meetings]
    return found[0]


# --- attendance verbs the generic pattern does not know ----------------------------------------

def test_joined_a_multilateral_video_conference_is_a_virtual_conference():
    x = _release(
        "Foreign Minister Takes Part in Video Conference of Ocean Partnership Ministers",
        "1. Minister of Foreign Affairs Park Jin joined the 4th multilateral video conference of the foreign "
        "ministers of the \"Ocean Partnership Group\" at 8:00 pm on March 8, Korea Standard Time. He suggested that "
        "the members share data on marine litter.",
    )
    m = _one(x, "Video Conference")
    assert m.kind == "conference"
    assert m.format == "virtual"
    assert m.status == "held"
    assert (m.date.value, m.date.precision) == (dt.date(2023, 3, 8), "day")
    assert _roles(x, m) == {"Park Jin": "attendee"}


def test_joined_by_is_not_an_attendance():
    x = _release(
        "Foreign Minister Meets Ghanaian Counterpart",
        "1. Minister of Foreign Affairs Park Jin met with Minister for Foreign Affairs of Ghana Shirley Ayorkor "
        "BOTCHWEY on March 7 in Seoul. He was joined by Director-General for African Affairs Kim Min-ho.",
    )
    assert len(x.meetings) == 1
    assert x.meetings[0].kind == "meeting"


def test_announcement_made_at_a_pledging_conference_is_a_held_conference():
    x = _undated(
        "Korea Announces Humanitarian Aid for the Sahel",
        "1. The Korean government has decided to provide US$5 million in humanitarian assistance to the Sahel "
        "region.",
        "The Korean government made the announcement at the 3rd Copenhagen Conference on \"Relief for the Sahel,\" "
        "held in Copenhagen, Denmark, on April 4, 2023.",
        "2. The Korean government will continue to support the region.",
    )
    m = _one(x, "Copenhagen Conference")
    assert m.title == "3rd Copenhagen Conference on Relief for the Sahel"
    assert m.kind == "conference"
    assert m.status == "held"
    assert (m.date.value, m.date.precision) == (dt.date(2023, 4, 4), "day")
    assert (m.city, m.country, m.format) == ("Copenhagen", "DK", "in_person")


def test_announced_at_a_press_briefing_is_not_a_meeting():
    x = _release(
        "Government Announces Aid to Flood Victims",
        "1. The Korean government announced at the press briefing on March 9 that it will provide US$1 million "
        "to the victims of the floods.",
    )
    assert x.meetings == []


def test_opening_remarks_at_a_forum_that_will_take_place_in_a_briefing():
    x = _release(
        "Spokesperson's Press Briefing (March 10, 2023)",
        "Good afternoon. I will begin today's briefing.",
        "First, Minister of Foreign Affairs Park Jin will hold a meeting on Monday, March 13, with Minister of "
        "Foreign Affairs of Chile Antonia URREJOLA, who will be on a visit to Korea from March 12 to 14.",
        "Next, at the 2023 Korea-Nordic Future Partnership Forum, which will take place in Incheon on Tuesday, "
        "March 14, Minister of Foreign Affairs Park Jin will make the welcoming remarks.",
        section="Press Briefings",
    )
    m = _one(x, "Nordic")
    assert m.title == "2023 Korea-Nordic Future Partnership Forum"
    assert m.kind == "conference"
    assert m.status == "planned"
    assert (m.date.value, m.date.precision) == (dt.date(2023, 3, 14), "day")
    assert m.city == "Incheon"
    assert _roles(x, m) == {"Park Jin": "attendee"}


def test_a_bilateral_meeting_at_a_forum_keeps_its_own_name():
    x = _release(
        "Foreign Minister Meets Swedish Counterpart",
        "1. Minister of Foreign Affairs Park Jin met with Minister for Foreign Affairs of Sweden Tobias BILLSTROM "
        "at the Stockholm Security Forum, held in Stockholm on March 6.",
    )
    assert len(x.meetings) == 1
    assert x.meetings[0].kind == "meeting"
    assert "Forum" not in x.meetings[0].title


def test_chair_with_a_parenthetical_place_names_the_meeting_after_it():
    x = _release(
        "Spokesperson's Press Briefing (March 10, 2023)",
        "Good afternoon. I will begin today's briefing.",
        "On March 15, Minister of Foreign Affairs Park Jin and Minister of Environment Han Wha-jin will jointly "
        "chair, at the Ministry of Foreign Affairs, the first meeting of the Organizing Committee for the Seoul "
        "Climate Ministerial.",
        section="Press Briefings",
    )
    m = x.meetings[0]
    assert m.title == "1st Meeting of the Organizing Committee for the Seoul Climate Ministerial"
    assert m.kind == "committee"
    assert _roles(x, m) == {"Park Jin": "co_chair", "Han Wha-jin": "co_chair"}


# --- events announced in a relative clause ------------------------------------------------------

def test_forum_scheduled_for_a_day_is_a_planned_conference():
    x = _release(
        "Deputy Minister Hosts Preparatory Meeting for Korea-Mekong Forum",
        "1. Deputy Minister for Political Affairs Lee Do-hoon hosted the first Korea-Mekong Senior Officials' "
        "Meeting on March 8 to prepare for the 5th Korea-Mekong Cooperation Forum, which is scheduled for "
        "March 20.",
    )
    first = _one(x, "Senior Officials")
    assert first.kind == "conference"
    forum = _one(x, "Cooperation Forum")
    assert forum.title == "5th Korea-Mekong Cooperation Forum"
    assert (forum.kind, forum.status) == ("conference", "planned")
    assert (forum.date.value, forum.date.precision) == (dt.date(2023, 3, 20), "day")


def test_ministerial_that_will_take_place_in_a_year_has_year_precision():
    x = _release(
        "Spokesperson's Press Briefing (March 10, 2023)",
        "Good afternoon. I will begin today's briefing.",
        "On March 15, Minister of Foreign Affairs Park Jin will chair the first meeting of the Preparatory "
        "Committee for the Seoul Ocean Ministerial, which will take place in Busan in 2024.",
        section="Press Briefings",
    )
    m = _one(x, "2024")
    assert m.title == "2024 Seoul Ocean Ministerial"
    assert (m.kind, m.status) == ("conference", "planned")
    assert (m.date.value, m.date.precision, m.date.inferred) == (dt.date(2024, 1, 1), "year", False)
    assert m.city == "Busan"
    assert _one(x, "Preparatory").kind == "committee"


def test_a_meeting_agreed_for_a_year_is_not_announced():
    x = _release(
        "Foreign Ministers Meet",
        "1. Minister of Foreign Affairs Park Jin met with Minister of Foreign Affairs of Peru Ana Cecilia GERVASI "
        "on March 8 in Seoul. The two ministers agreed to hold the 7th Korea-Peru Policy Consultation, which will "
        "take place in Lima in 2024.",
    )
    assert [m.title for m in x.meetings if "Consultation" in m.title] == []


# --- kinds ---------------------------------------------------------------------------------------

def test_kinds_of_multilateral_names():
    assert _kind("9th Multilateral Video Conference of the Foreign Ministers of the Group", False, False) == "conference"
    assert _kind("1st Korea-Central Asia High Level Officials' Meeting", False, False) == "conference"
    assert _kind("Korea-V4 High-Level Meeting", False, False) == "conference"
    assert _kind("Ministerial Meeting of the Friends of the Sahel", False, False) == "conference"
    assert _kind("Conference Call among 20 Countries' Vice Foreign Ministers", False, False) == "conference"
    # bilateral names keep their kinds
    assert _kind("ROK-Croatia Foreign Ministers' Meeting", False, False) == "meeting"
    assert _kind("ROK-Japan High-Level Meeting", False, False) == "meeting"
    assert _kind("5th ROK-Uzbekistan Policy Consultation", False, False) == "consultation"
    assert _kind("Korea-Central Asia Policy Consultation", False, False) == "consultation"


# --- places and years ----------------------------------------------------------------------------

def test_a_conference_named_after_its_city_is_there_on_a_two_city_trip():
    x = _undated(
        "Foreign Minister to Visit Geneva and Munich",
        "1. Foreign Minister Park Jin will travel to Geneva and Munich from February 15 to 19, 2023 to attend the "
        "59th Munich Security Conference.",
    )
    m = _one(x, "Munich Security Conference")
    assert (m.city, m.country) == ("Munich", "DE")


def test_covid_without_a_date_block_dates_a_teleconference_to_2020_as_a_guess():
    x = _undated(
        "Vice Minister Takes Part in Regional Teleconference",
        "1. First Vice Minister of Foreign Affairs Lee Jae-won took part in a multilateral teleconference on the "
        "COVID-19 response with the vice foreign ministers of six countries on the morning of May 4.",
    )
    m = x.meetings[0]
    assert (m.kind, m.format) == ("conference", "virtual")
    assert (m.date.value, m.date.precision, m.date.uncertain) == (dt.date(2020, 5, 4), "day", True)


def test_since_a_year_is_a_past_year_even_before_could():
    x = _undated(
        "Deputy Minister Hosts Forum Preparations",
        "1. Deputy Minister Lee Do-hoon hosted the first Korea-Caucasus Senior Officials' Meeting on November 3 "
        "amid the COVID-19 pandemic.",
        "2. The Forum, which has grown since 2009 into a platform on which cooperation could be prepared, met in "
        "Baku last year.",
    )
    m = x.meetings[0]
    assert (m.date.value, m.date.precision) == (dt.date(2020, 11, 3), "day")


# --- more attendance forms (real odd-year phrasing, paraphrased) -------------------------------

def test_conference_call_among_several_countries_is_a_conference():
    x = _release(
        "Vice Minister Joins Call on Regional Situation",
        "1. First Vice Minister of Foreign Affairs Chang Ho-jin participated in a conference call among 15 countries' "
        "vice foreign ministers, chaired by Deputy Secretary of State Kurt CAMPBELL of the US, on March 7.",
    )
    m = x.meetings[0]
    assert m.title == "Conference Call among 15 Countries' Vice Foreign Ministers"
    assert m.kind == "conference"
    assert (m.date.value, m.date.precision) == (dt.date(2023, 3, 7), "day")


def test_spoke_at_the_opening_session_of_a_forum():
    x = _release(
        "Foreign Minister Speaks at Island Forum",
        "1. Minister of Foreign Affairs Park Jin spoke at the opening session of the 6th Island Peace Forum on "
        "March 8 in Jeju.",
    )
    m = x.meetings[0]
    assert m.title.startswith("6th Island Peace Forum")
    assert m.kind == "conference"


def test_took_part_in_an_open_debate_is_a_conference():
    x = _release(
        "Vice Minister Speaks at Security Council",
        "1. First Vice Minister Chang Ho-jin took part in the UN Security Council Open Debate on Maritime Security "
        "held in New York on March 6.",
    )
    m = x.meetings[0]
    assert m.title == "UN Security Council Open Debate on Maritime Security"
    assert (m.kind, m.city) == ("conference", "New York")


def test_quoted_forum_name_after_attend_in_a_briefing():
    x = _release(
        "Spokesperson's Press Briefing (March 10, 2023)",
        "Good afternoon. I will begin today's briefing.",
        "On March 14, Second Vice Minister Oh Young-ju will attend the “2023 Korea-Gulf Future Partnership Forum” "
        "co-hosted by the Ministry of Foreign Affairs and a research institute.",
        section="Press Briefings",
    )
    m = x.meetings[0]
    assert m.title == "2023 Korea-Gulf Future Partnership Forum"
    assert (m.kind, m.status) == ("conference", "planned")


def test_will_receive_a_courtesy_call_and_a_signing_ceremony_in_a_briefing():
    x = _release(
        "Spokesperson's Press Briefing (March 10, 2023)",
        "Good afternoon. I will begin today's briefing.",
        "First, Minister Park Jin will receive a courtesy call from Minister of Foreign Affairs of Uruguay Francisco "
        "BUSTILLO on March 13.",
        "Next, Minister Park Jin will attend the signing ceremony of the Korea-Uruguay Agreement on Visa Waiver on "
        "March 14 in Seoul.",
        section="Press Briefings",
    )
    kinds = {m.kind for m in x.meetings}
    assert len(x.meetings) == 2
    assert kinds == {"meeting", "signing"}
    call = next(m for m in x.meetings if m.kind == "meeting")
    assert (call.date.value, call.status) == (dt.date(2023, 3, 13), "planned")


def test_reduced_relative_scheduled_for_and_an_intergovernmental_consultation():
    x = _release(
        "Preparations for Korea-Caucasus Forum",
        "1. Deputy Minister Lee Do-hoon hosted the first Korea-Caucasus Senior Officials' Meeting on March 3.",
        "o The participants reviewed the preparations for the 5th Korea-Caucasus Cooperation Forum scheduled for "
        "March 20.",
        "2. On March 21, the Ministry will host an inter-governmental consultation among delegates from the "
        "governments attending the Forum.",
    )
    forum = _one(x, "Cooperation Forum")
    assert (forum.kind, forum.status, forum.date.value) == ("conference", "planned", dt.date(2023, 3, 20))
    assert _kind("Inter-governmental Consultation among Delegates", False, False) == "conference"


# --- meals and a briefing's trip over several items ------------------------------------------------

def test_a_luncheon_with_a_group_of_its_own_is_a_meal_of_the_trip_and_the_trip_is_not_recorded():
    x = _release(
        "Spokesperson's Press Briefing (March 10, 2023)",
        "Good afternoon. I will begin today's briefing.",
        "First, Foreign Minister Park Jin will visit Paris, France, from March 14 to 16.",
        "On this trip to France, Minister Park will hold the 3rd ROK-France Foreign Ministers' Strategic Dialogue on "
        "March 15 with Minister for Europe and Foreign Affairs of France Catherine COLONNA.",
        "Later the same day, March 15, Minister Park will have a luncheon with members of the French Senate.",
        section="Press Briefings",
    )
    kinds = [m.kind for m in x.meetings]
    assert "visit" not in kinds
    meal = next(m for m in x.meetings if m.kind == "meal")
    assert (meal.date.value, meal.city, meal.format) == (dt.date(2023, 3, 15), "Paris", "in_person")
    assert _roles(x, meal) == {"Park Jin": "visitor"}


def test_a_working_luncheon_after_the_meeting_with_the_same_people_is_still_one_meeting():
    x = _release(
        "Foreign Minister Meets Dutch Counterpart",
        "1. Minister of Foreign Affairs Park Jin held talks with Minister of Foreign Affairs of the Netherlands "
        "Wopke HOEKSTRA in Seoul on March 8. Later that day, Minister Park hosted a working luncheon for Minister "
        "Hoekstra.",
    )
    assert len(x.meetings) == 1


def test_a_conference_reached_on_a_trip_takes_its_own_days_from_a_later_sentence():
    x = _release(
        "Foreign Minister to Visit Geneva and Munich",
        "1. Foreign Minister Park Jin will travel to Geneva and Munich from February 15 to 20 to attend the 59th "
        "Munich Security Conference.",
        "2. From Geneva, Minister Park will go on to the Munich Security Conference, which runs from February 17 "
        "to 19.",
        date="2023-02-10",
    )
    m = _one(x, "Munich Security Conference")
    assert (m.date.value, m.date.precision) == (dt.date(2023, 2, 17), "day")
    assert m.city == "Munich"
