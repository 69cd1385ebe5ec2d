"""Rules added in extractor 1.2: one small release per rule, written for these tests."""

import datetime as dt

from tests.extraction.rules_helpers import release_maker, people as _people, roles as _roles
from diplomacy.extraction.countries import lookup_demonym


_release = release_maker("2023-06-10")


# --- visits, relative dates, signings ----------------------------------------------------

def test_visit_told_through_its_encounters_is_not_a_meeting_of_its_own():
    x = _release(
        "Outcome of Vice Minister Han Ji-woo’s Official Visit to Peru",
        "1. First Vice Minister of Foreign Affairs Han Ji-woo paid an official visit to Peru from June 5 to 7.",
        "2. On June 5, Vice Minister Han called on President Rosa Quispe at the Government Palace in Lima.",
        "3. The following morning, Vice Minister Han held talks with Vice Minister of Foreign Affairs Luis Paredes.",
    )
    assert [m.kind for m in x.meetings] == ["meeting", "meeting"]
    call, talks = x.meetings
    assert call.date.value == dt.date(2023, 6, 5) and talks.date.value == dt.date(2023, 6, 6)
    assert talks.city == "Lima" and talks.country == "PE"  # the same trip, the same city
    assert _roles(x, talks) == {"Han Ji-woo": "visitor", "Luis Paredes": "host"}


def test_visit_without_encounters_is_a_visit():
    x = _release(
        "Vice Minister to Visit Peru",
        "1. First Vice Minister of Foreign Affairs Han Ji-woo will pay an official visit to Peru from June 15 to 17 "
        "at the invitation of Vice Minister of Foreign Affairs Luis Paredes.",
    )
    (m,) = x.meetings
    assert m.kind == "visit" and m.status == "planned" and m.date.value == dt.date(2023, 6, 15)
    assert _roles(x, m) == {"Han Ji-woo": "visitor", "Luis Paredes": "host"}


def test_later_that_day_keeps_the_date_and_place_of_the_previous_meeting():
    x = _release(
        "Foreign Minister Meets Counterparts in Vientiane",
        "1. Foreign Minister Yoo Sang-hoon met with Foreign Minister Kofi Mensah of Ghana in Vientiane on June 8.",
        "2. Later that day, Minister Yoo held talks with Foreign Minister Ana Silva of Portugal.",
    )
    first, second = x.meetings
    assert second.date.value == first.date.value == dt.date(2023, 6, 8)
    assert second.city == "Vientiane"


def test_signatories_and_witnesses():
    x = _release(
        "Signing Ceremony",
        "1. On June 9, at a ceremony attended by Foreign Minister Yoo Sang-hoon, President Choi Min-ji of the Korea "
        "Foundation and Minister of Culture Kofi Mensah of Ghana signed a Memorandum of Understanding on Cultural Exchanges.",
    )
    (m,) = x.meetings
    assert m.kind == "signing" and m.title.startswith("Signing of the Memorandum of Understanding on Cultural Exchanges")
    assert _roles(x, m) == {"Yoo Sang-hoon": "attendee", "Choi Min-ji": "signatory", "Kofi Mensah": "signatory"}


def test_signing_by_organizations_on_the_sidelines_of_the_forum():
    x = _release(
        "Forum Held",
        "1. The 2nd Korea-Nordic Innovation Forum was held in Busan on June 8.",
        "2. On the sidelines of the Forum, the Korea Foundation and the Nordic Council signed a Memorandum of "
        "Understanding on youth exchanges.",
    )
    forum, signing = x.meetings
    assert signing.kind == "signing" and signing.date.value == forum.date.value and signing.city == "Busan"


# --- briefings ---------------------------------------------------------------------------

def test_briefing_items_with_travel_visit_and_a_chair_named_afterwards():
    x = _release(
        "Spokesperson’s Regular Press Briefing (June 1, 2023)",
        "First, Second Vice Minister of Foreign Affairs Lim Ha-na will travel to Rome on June 8 to hold the 3rd "
        "ROK-Italy Strategic Dialogue with Secretary General Marco BIANCHI of the Italian Ministry of Foreign Affairs.",
        "Next, Foreign Minister Sara Lind of Iceland will pay an official visit to the ROK from June 12 to 14. "
        "Foreign Minister Yoo Sang-hoon will hold talks with Foreign Minister Lind on Tuesday, June 13.",
        "Lastly, the 4th Korea-Arctic Forum will be held in Busan on June 20. Deputy Minister Kim Do-yeon will chair the Forum.",
        date=None, section="Press Briefings",
    )
    dialogue, talks, forum = x.meetings
    assert _roles(x, dialogue) == {"Lim Ha-na": "visitor", "Marco Bianchi": "host"}
    assert dialogue.city == "Rome" and dialogue.format == "in_person"
    assert _roles(x, talks) == {"Yoo Sang-hoon": "host", "Sara Lind": "visitor"}
    assert talks.city == "Seoul" and talks.date.value == dt.date(2023, 6, 13)
    assert _roles(x, forum) == {"Kim Do-yeon": "chair"} and forum.format is None
    assert x.pledges == []  # schedule items are not undertakings


# --- pledges -----------------------------------------------------------------------------

def test_past_contribution_in_simple_past_is_not_a_pledge():
    x = _release(
        "Aid to Malawi",
        "1. The Government decided to provide USD 1 million in humanitarian assistance to Malawi.",
        "2. The ROK government provided USD 200,000 in emergency relief on June 2.",
        "3. The Korea International Cooperation Agency (KOICA) will send medical supplies worth KRW 300 million.",
    )
    amounts = sorted(int(p.amount) for p in x.pledges if p.kind == "contribution")
    assert amounts == [1000000, 300000000]
    koica = next(p for p in x.pledges if p.currency == "KRW")
    assert koica.actor == "Korea International Cooperation Agency"


def test_demonym_government_is_that_country():
    x = _release(
        "Ambassador Meets Minister",
        "1. Ambassador Park Ji-soo called on Minister of Trade Kofi Mensah in Accra on June 8.",
        "2. Minister Mensah said that the Ghanaian government will simplify visa procedures for Korean investors.",
    )
    (p,) = [p for p in x.pledges if p.kind == "commitment"]
    assert p.actor_country == "GH"
    assert _people(x)["Kofi Mensah"].country == "GH"  # met in his own capital


# --- people and organizations --------------------------------------------------------------

def test_department_in_a_title_is_not_an_organization():
    x = _release(
        "Consultation Held",
        "1. Director-General Lee Han-sol and Director-General of the Department of Consular Affairs Wang Lei of the "
        "Ministry of Foreign Affairs of China held the 5th ROK-China Consular Consultation in Xiamen on June 7.",
    )
    people = _people(x)
    assert people["Wang Lei"].country == "CN"
    orgs = {o.name for o in x.organizations}
    assert not any(o.startswith("Department of Consular Affairs") for o in orgs)
    (m,) = x.meetings
    assert m.city == "Xiamen" and m.country == "CN"


def test_ministry_written_with_a_demonym_and_appositive_title():
    x = _release(
        "Dialogue Held",
        "1. Director-General Lee Han-sol held the 2nd ROK-Denmark Policy Dialogue in Aarhus on June 7 with Mette "
        "HANSEN, Director General of the Department for Asia of the Danish Ministry of Foreign Affairs.",
    )
    p = _people(x)["Mette Hansen"]
    assert p.country == "DK"
    assert "Ministry of Foreign Affairs of Denmark" in {o.name for o in x.organizations}
    (m,) = x.meetings
    assert m.city == "Aarhus" and m.country == "DK"  # a city outside the list, the counterpart's country


def test_name_who_was_elected_is_a_person():
    x = _release(
        "Congratulations",
        "1. The Government congratulates Ana LOPEZ, who was elected President of Peru, on her victory.",
    )
    p = _people(x)["Ana Lopez"]
    assert p.country == "PE" and p.title.startswith("President")
    assert x.meetings == []


def test_regular_demonyms():
    assert lookup_demonym("Zambian") == "ZM"
    assert lookup_demonym("Ghanaian") == "GH"
    assert lookup_demonym("Asian") is None


# --- dates -------------------------------------------------------------------------------------

def test_covid_means_2020_or_later():
    x = _release(
        "Video Conference",
        "1. Foreign Minister Yoo Sang-hoon held a video conference with Foreign Minister Ana Silva of Portugal on "
        "Thursday, April 15, and discussed the COVID-19 pandemic. Portugal has been a partner of the ROK since 1961.",
        date=None,
    )
    assert x.meetings[0].date.value == dt.date(2021, 4, 15)


def test_appointment_year_is_a_lower_bound():
    x = _release(
        "Forum Held",
        "1. The 3rd Korea-Nordic Forum was held in Busan on Saturday, November 16.",
        " * Deputy Minister Kim Do-yeon took office in March 2024.",
        date=None,
    )
    assert x.meetings[0].date.value == dt.date(2024, 11, 16)


def test_unga_short_form_and_session_year():
    x = _release(
        "Talks in New York",
        "1. Foreign Minister Yoo Sang-hoon met with Foreign Minister Ana Silva of Portugal on the margins of the "
        "78th UN General Assembly in New York on September 20.",
        date=None,
    )
    assert x.meetings[0].date.value == dt.date(2023, 9, 20)


def test_weekday_only_counts_from_the_release_date():
    x = _release(
        "Phone Talks",
        "1. Foreign Minister Yoo Sang-hoon spoke by phone with Foreign Minister Ana Silva of Portugal on Monday.",
        date="2023-06-08",  # a Thursday
    )
    assert x.meetings[0].date.value == dt.date(2023, 6, 5)


def test_trilateral_meeting_is_a_conference_of_attendees():
    x = _release(
        "Trilateral Meeting",
        "1. On June 8, Vice Minister Han Ji-woo took part in a trilateral meeting with Vice Foreign Minister Mori "
        "Takeshi of Japan and Deputy Secretary of State Julia GRANT of the United States in Tokyo.",
    )
    (m,) = x.meetings
    assert m.kind == "conference" and set(_roles(x, m).values()) == {"attendee"}
