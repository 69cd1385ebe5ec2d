"""Rules added in round r4b (meetings, participants, people, dates): one small release per
rule, written for these tests in our own words (not taken from any scoring set)."""

from tests.extraction.rules_helpers import release_maker, people as _people, roles as _roles


_release = release_maker("2023-05-16")


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


# --- members named after the chairs: "was attended by … from the Korean side", "joined the delegation"

def test_members_attending_a_dialogue_after_its_co_chairs_are_attendees():
    x = _release(
        "The 3rd ROK-Austria Strategic Dialogue Held in Seoul",
        "1. The 3rd ROK-Austria Strategic Dialogue was held in Seoul on Monday, May 15, co-chaired by First Vice "
        "Minister of Foreign Affairs Chang Ho-jin and Secretary-General for Foreign Affairs Peter WEISS of Austria. "
        "The Dialogue was attended by Director-General for European Affairs Noh Min-ji from the Korean side, and "
        "Ambassador of Austria to the ROK Maria HOFER from the Austrian side.",
    )
    roles = _roles(x, x.meetings[0])
    assert roles == {"Chang Ho-jin": "co_chair", "Peter Weiss": "co_chair", "Noh Min-ji": "attendee",
                     "Maria Hofer": "attendee"}


def test_a_member_joining_the_delegation_in_a_later_sentence_is_no_co_chair():
    x = _release(
        "The 6th ROK-Indonesia Joint Commission Held in Jakarta",
        "1. The 6th ROK-Indonesia Joint Commission was held in Jakarta on Thursday, May 11. The Joint Commission "
        "was co-chaired by Deputy Minister for Economic Affairs Oh Young-ju and Director-General for Asia Pacific "
        "and African Affairs Abdul KADIR of Indonesia. Ambassador Lee Sang-deok and officials of the Ministry of "
        "Trade, Industry and Energy joined the Korean delegation.",
    )
    roles = _roles(x, x.meetings[0])
    assert roles["Oh Young-ju"] == "co_chair"
    assert roles["Lee Sang-deok"] == "attendee"


# --- names: an initial after a portfolio, a plural portfolio word, a title with commas ------------

def test_a_middle_initial_after_a_portfolio_title():
    x = _release(
        "Vice Minister Meets Undersecretary of the Philippines",
        "1. Vice Minister Kim Hong-kyun met with Undersecretary for Policy Maria B. SANTOS of the Department "
        "of Foreign Affairs of the Philippines in Seoul on May 15.",
    )
    assert "Maria Santos" in _people(x)
    assert _people(x)["Maria Santos"].title == "Undersecretary for Policy"


def test_a_director_of_services_is_a_title_not_an_organization():
    x = _release(
        "Consular Consultation Held",
        "1. Director-General Park Ki-joon held a consultation with Director of Consular Services Siobhan KELLY "
        "of the Department of Foreign Affairs in Dublin on May 10.",
    )
    assert "Siobhan Kelly" in _people(x)
    assert not any(o.name == "Consular Service" for o in x.organizations)


def test_an_appointee_whose_title_lists_portfolios_with_commas():
    x = _release(
        "Foreign Minister Sends Congratulatory Message",
        "1. Foreign Minister Park Jin on May 12 sent a congratulatory message to James CLEVERLEY on his "
        "appointment as Secretary of State for Foreign, Commonwealth and Development Affairs of the United Kingdom.",
    )
    p = _people(x)["James Cleverley"]
    assert p.country == "GB"


# --- planned visits: "In her meeting with X on …, Y will discuss", a trip to two countries --------

def _visit_release():
    return _release(
        "Foreign Minister to Visit Portugal and Spain",
        "1. Foreign Minister Park Jin will visit Portugal and Spain from May 21 to 25. During the visit, Minister "
        "Park will meet with his Portuguese and Spanish counterparts.",
        "2. In his meeting with Portuguese Foreign Minister Joao GOMES on the morning of May 22, Minister Park will "
        "discuss ways to expand cooperation (trade, science, and support for the Busan World Expo bid).",
        "3. On May 24, Minister Park will hold talks with his Spanish counterpart Elena DIAZ in Madrid. The two "
        "sides will engage in an extensive discussion on ways to advance the bilateral relations.",
    )


def test_in_his_meeting_with_x_on_a_day_is_a_planned_meeting_with_its_host():
    x = _visit_release()
    m = next(m for m in x.meetings if "Joao Gomes" in _roles(x, m))
    assert m.status == "planned"
    assert str(m.date.value) == "2023-05-22"
    assert _roles(x, m) == {"Joao Gomes": "host", "Park Jin": "visitor"}
    assert m.city == "Lisbon"  # not the Busan of a topic in brackets


def test_an_encounter_in_the_second_country_of_a_trip_is_a_visit_there():
    x = _visit_release()
    m = next(m for m in x.meetings if "Elena Diaz" in _roles(x, m))
    assert m.city == "Madrid"
    assert _roles(x, m) == {"Elena Diaz": "host", "Park Jin": "visitor"}


def test_a_summary_of_the_encounters_during_the_visit_is_not_a_meeting_of_its_own():
    x = _visit_release()
    assert len(x.meetings) == 2


def test_engaging_in_a_discussion_is_an_agenda_not_a_pledge():
    x = _visit_release()
    assert not any("extensive discussion" in p.text for p in x.pledges)


# --- briefings: "Tomorrow, X will hold a telephone conversation …" -------------------------------

def test_a_schedule_item_dated_tomorrow_in_a_briefing():
    x = _release(
        "Spokesperson's Press Briefing (May 16, 2023)",
        "First, Foreign Minister Park Jin will visit Japan from May 20 to 22 to meet with Minister for Foreign "
        "Affairs HAYASHI Yoshimasa.",
        "Tomorrow, Minister Park will hold a telephone conversation with Minister of Foreign Affairs Retno "
        "MARSUDI of Indonesia.",
        section="Press Briefings",
    )
    call = next(m for m in x.meetings if m.kind == "phone_call")
    assert str(call.date.value) == "2023-05-17"
    assert call.status == "planned"


# --- a venue ending the sentence: "… at the Ministry of Foreign Affairs." -------------------------

def test_a_ministry_venue_at_the_end_of_the_sentence_places_the_call_in_seoul():
    x = _release(
        "Foreign Minister Receives Courtesy Call from Ambassador of Ghana",
        "1. Foreign Minister Park Jin received a courtesy call from Ambassador of the Republic of Ghana to the "
        "Republic of Korea Kwame B. ASANTE on Monday, May 15 at the Ministry of Foreign Affairs.",
    )
    assert x.meetings[0].city == "Seoul"


# --- a spelled ordinal before an event's name; "the two sides will consult on …" ------------------

def test_a_spelled_ordinal_before_a_dialogue_gives_its_name_and_kind():
    x = _release(
        "Foreign Minister to Visit Italy",
        "1. On May 24, Foreign Minister Park Jin will hold the third ROK-Italy Foreign Ministers’ Strategic "
        "Dialogue with his Italian counterpart Marco ROSSI in Rome.",
    )
    m = x.meetings[0]
    assert m.title == "3rd ROK-Italy Foreign Ministers’ Strategic Dialogue"
    assert m.kind == "consultation"


def test_the_two_sides_will_consult_on_is_an_agenda():
    x = _release(
        "Spokesperson's Press Briefing (May 16, 2023)",
        "Foreign Minister Park Jin will travel to the US in early June to meet Secretary of State Antony BLINKEN.",
        "In the meetings, the two sides will consult on the alliance and regional issues.",
        section="Press Briefings",
    )
    assert x.pledges == []
