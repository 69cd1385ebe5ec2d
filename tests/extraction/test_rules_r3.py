"""Rules added in round r3 (generalisation from real odd-year releases): one small release per
rule, written for these tests in our own words (not taken from any scoring set)."""

from tests.extraction.rules_helpers import release_maker, people as _people, roles as _roles


_release = release_maker("2023-05-16")


# --- names in Latin Extended-A/B letters (Central European, Turkish, Baltic) --------------------

def test_names_with_latin_extended_letters_in_capitals_and_lower_case():
    x = _release(
        "Foreign Minister Holds Talks with Foreign Minister of Lithuania",
        "1. Foreign Minister Park Jin held talks with Minister of Foreign Affairs Gabrielius ŽEMAITIS of "
        "Lithuania in Seoul on May 15.",
        "2. Later that day, Minister Park met with Minister of Economy Łukasz WIŚNIEWSKI.",
    )
    people = _people(x)
    assert "Gabrielius Žemaitis" in people
    assert "Łukasz Wiśniewski" in people
    assert len(x.meetings) == 2


# --- hopes, continuing efforts and standing arrangements are not meetings ------------------------

def test_a_hope_to_meet_in_a_message_is_not_a_meeting():
    x = _release(
        "Foreign Minister Sends Congratulatory Message to New Foreign Minister of Chile",
        "1. Foreign Minister Park Jin sent a congratulatory message on May 15 to the new Foreign Minister of Chile.",
        "2. Minister Park expressed his hope to meet with his new counterpart at an early date.",
        "3. The Government will continue to take part in the efforts of the international community.",
    )
    assert x.meetings == []


def test_a_secretariat_hosted_in_a_city_is_not_a_meeting():
    x = _release(
        "Appointment of the New Ambassador for Development Cooperation",
        "1. The Ministry of Foreign Affairs announced on May 15 that a new Ambassador for Development "
        "Cooperation has been appointed.",
        "2. The Ambassador coordinates cooperation with the Global Green Growth Institute, whose secretariat "
        "is hosted in Seoul.",
    )
    assert x.meetings == []


# --- phone talks told with "talked to" / "spoke with … on the phone"; "will have a … meeting with" -

def test_talked_to_a_minister_under_a_telephone_headline_is_a_phone_call():
    x = _release(
        "Foreign Minister Holds Telephone Conversation with Brazilian Counterpart",
        "1. Foreign Minister Park Jin talked to Minister of Foreign Affairs Mauro Vieira of Brazil on May 15, "
        "and the two ministers exchanged views on bilateral cooperation.",
    )
    (m,) = x.meetings
    assert m.kind == "phone_call" and m.format == "phone"
    assert _roles(x, m) == {"Park Jin": "attendee", "Mauro Vieira": "counterpart"}


def test_spoke_with_a_minister_on_the_phone_is_a_phone_call():
    x = _release(
        "Outcome of Foreign Ministers' Conversation",
        "1. Minister of Foreign Affairs Park Jin spoke with Minister of Foreign Affairs of Peru Ana Cecilia "
        "Gervasi on the phone on May 12, and discussed trade.",
    )
    (m,) = x.meetings
    assert m.format == "phone" and str(m.date.value) == "2023-05-12"


def test_will_have_a_luncheon_meeting_with_is_a_planned_meeting():
    x = _release(
        "Foreign Minister to Visit Austria",
        "1. Foreign Minister Park Jin will visit Austria from May 20 to 22.",
        "2. Minister Park will have a luncheon meeting with Federal Minister for European and International "
        "Affairs Alexander Schallenberg on the afternoon of May 21.",
    )
    assert any(m.status == "planned" and "Alexander Schallenberg" in _roles(x, m) for m in x.meetings)


# --- "his UK counterpart Name": the name after "counterpart", the country from its modifier ------

def test_a_counterpart_named_after_the_word_counterpart():
    x = _release(
        "Third ROK-Canada Foreign Ministers' Dialogue Takes Place",
        "1. On May 15, Foreign Minister Park Jin held the third ROK-Canada Foreign Ministers' Dialogue with his "
        "Canadian counterpart Mélanie Joly, who is making an official visit to the Republic of Korea.",
    )
    people = _people(x)
    assert "Mélanie Joly" in people and people["Mélanie Joly"].country == "CA"
    (m,) = x.meetings
    assert "Mélanie Joly" in _roles(x, m)


# --- country names that take the article in a ministry's canonical name -------------------------

def test_ministry_of_a_country_whose_name_takes_the_article():
    x = _release(
        "Vice Minister Meets Czech Deputy Minister",
        "1. First Vice Minister of Foreign Affairs Chang Ho-jin met with First Deputy Minister of Foreign "
        "Affairs Martin Novotný of the Czech Republic in Seoul on May 15.",
    )
    names = {o.name for o in x.organizations}
    assert "Ministry of Foreign Affairs of the Czech Republic" in names


# --- a meeting told after a conference attended is in the conference's city ---------------------

def test_talks_during_a_conference_take_its_city():
    x = _release(
        "Vice Minister Attends the Ministerial Conference on Ocean Affairs",
        "1. Second Vice Minister of Foreign Affairs Oh Young-ju attended the 8th Ministerial Conference on "
        "Ocean Affairs held in Panama City, Panama, on March 2 and 3.",
        "2. On March 3, Vice Minister Oh held talks with Foreign Minister Janaina Tewaney of Panama.",
        date="2023-03-04",
    )
    talks = [m for m in x.meetings if "Janaina Tewaney" in _roles(x, m)]
    assert talks and talks[0].city == "Panama City"


def test_a_person_first_named_without_a_title_takes_the_later_title():
    x = _release(
        "Third ROK-Canada Foreign Ministers' Dialogue Takes Place",
        "1. On May 15, Foreign Minister Park Jin held the third ROK-Canada Foreign Ministers' Dialogue with his "
        "Canadian counterpart Mélanie Joly.",
        "2. Minister Park and Foreign Minister Joly agreed to expand cooperation in critical minerals.",
    )
    p = _people(x)["Mélanie Joly"]
    assert p.title == "Foreign Minister" and p.organization_key is not None


# --- meetings that are only the topic of a discussion --------------------------------------------

def test_meetings_discussed_as_a_topic_are_not_announced():
    x = _release(
        "Foreign Minister Meets Australian Foreign Minister in Jakarta",
        "1. Foreign Minister Park Jin met with Foreign Minister Penny Wong of Australia in Jakarta on May 15.",
        "2. The two ministers discussed the East Asia Summit Foreign Ministers' Meeting to be held the next day, "
        "and agreed to work closely together.",
    )
    assert len(x.meetings) == 1
