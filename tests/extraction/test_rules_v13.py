"""Rules added in extractor 1.3: one small release per rule, written for these tests (not taken
from any scoring set)."""

import datetime as dt

from tests.extraction.rules_helpers import release_maker, people as _people, roles as _roles


_release = release_maker("2024-03-12")


# --- titles "of the <Organization> (ACRONYM) Name" ------------------------------------------

def test_title_of_an_organization_with_its_acronym_before_the_name():
    x = _release(
        "Vice Minister Meets Assistant Director-General of the World Health Organization",
        "1. Second Vice Minister of Foreign Affairs Oh Jin-seok met with Assistant Director-General of the "
        "World Health Organization (WHO) Amara Diallo at the Ministry of Foreign Affairs on March 11.",
    )
    people = _people(x)
    assert "Amara Diallo" in people
    assert people["Amara Diallo"].organization_key is not None
    (m,) = x.meetings
    assert _roles(x, m) == {"Oh Jin-seok": "attendee", "Amara Diallo": "counterpart"}


# --- plural titles, entourages and delegations -------------------------------------------------

def test_plural_title_before_a_list_of_names_gives_each_person():
    x = _release(
        "Foreign Minister Receives Courtesy Call from OSCE Secretary General",
        "1. Foreign Minister Yoon Tae-ho received a courtesy call from Secretary General of the Organization for "
        "Security and Co-operation in Europe (OSCE) Lukas Brenner at the Ministry of Foreign Affairs on March 11. "
        "Secretary General Brenner was accompanied by Directors Sofia Marin and Tomas Novak.",
        "2. Director Marin explained the OSCE’s work on cyber security.",
    )
    people = _people(x)
    assert {"Lukas Brenner", "Sofia Marin", "Tomas Novak"} <= set(people)
    assert people["Sofia Marin"].title == "Director"
    assert "Director Marin" in people["Sofia Marin"].aliases
    (m,) = x.meetings
    roles = _roles(x, m)
    assert roles["Lukas Brenner"] == "counterpart"
    assert roles["Sofia Marin"] == roles["Tomas Novak"] == "attendee"


def test_delegation_members_are_attendees_and_heads_are_principals():
    x = _release(
        "The 3rd ROK-Ghana Policy Consultation Held in Accra",
        "1. The 3rd ROK-Ghana Policy Consultation was held in Accra on March 7. The ROK delegation was headed by "
        "Deputy Minister for Political Affairs Seo Min-jun and included Director-General for African and Middle "
        "Eastern Affairs Ahn Se-ra, while the Ghanaian delegation was led by Deputy Minister of Foreign Affairs "
        "Kwame Asante and included Director of the Asia-Pacific Bureau Efua Mensah.",
    )
    (m,) = x.meetings
    assert _roles(x, m) == {"Seo Min-jun": "attendee", "Ahn Se-ra": "attendee",
                            "Kwame Asante": "counterpart", "Efua Mensah": "attendee"}


# --- the event attended is the context of bilateral talks ------------------------------------

def test_event_attended_in_a_who_clause_is_context_of_the_talks():
    x = _release(
        "Foreign Minister Meets Turkish Foreign Minister",
        "1. Foreign Minister Yoon Tae-ho, who travelled to Madrid to attend the 2024 OSCE Ministerial Council "
        "Meeting, held talks with Minister of Foreign Affairs of Türkiye Emre Kaya on the afternoon of March 5.",
        date=None,
    )
    (m,) = x.meetings
    assert m.kind == "meeting"
    assert m.city == "Madrid" and m.date.value == dt.date(2024, 3, 5)
    assert _roles(x, m) == {"Yoon Tae-ho": "attendee", "Emre Kaya": "counterpart"}


# --- pledges -----------------------------------------------------------------------------------

def test_the_agency_will_is_the_speakers_organization():
    x = _release(
        "Director-General Meets Head of the World Food Programme Office",
        "1. Director-General for Development Cooperation Baek Ji-hoon met with Executive Director of the Global "
        "Green Growth Institute (GGGI) Marta Lindqvist at the Ministry of Foreign Affairs on March 8.",
        "2. Executive Director Lindqvist said that the institute will open two new country offices in the Pacific "
        "this year.",
    )
    (p,) = [p for p in x.pledges if "country offices" in p.text]
    assert p.kind == "commitment"
    assert p.actor == "Global Green Growth Institute"


def test_an_agreement_signed_earlier_in_a_relative_clause_is_not_a_signing():
    x = _release(
        "Vice Minister Holds Talks with Vice Minister of Kenya",
        "1. First Vice Minister of Foreign Affairs Oh Jin-seok held talks with Principal Secretary for Foreign "
        "Affairs of Kenya Daniel Otieno in Seoul on March 8.",
        "2. The two sides agreed to work for the swift ratification of the Economic Partnership Agreement, which "
        "was signed in November last year, and to expand cooperation in critical minerals.",
    )
    (p,) = [p for p in x.pledges if "ratification" in p.text]
    assert p.kind == "agreement"
    assert [m.kind for m in x.meetings] == ["meeting"]


# --- organizations and people: names with "and", appositives -----------------------------------

def test_un_body_whose_acronym_spells_the_name_after_united_nations():
    x = _release(
        "Second Vice Minister Attends Regional Forum in Santiago",
        "1. Second Vice Minister of Foreign Affairs Oh Jin-seok attended the Forum on Green Trade hosted by the "
        "United Nations Economic Commission for Latin America and the Caribbean (ECLAC) in Santiago on March 4.",
    )
    names = {o.name: o for o in x.organizations}
    assert "United Nations Economic Commission for Latin America and the Caribbean" in names
    assert names["United Nations Economic Commission for Latin America and the Caribbean"].acronym == "ECLAC"
    assert "United Nations" not in names


def test_title_followed_by_a_surname_is_not_an_appositive_of_the_words_before():
    x = _release(
        "Foreign Minister Holds Talks with Foreign Minister of Norway",
        "1. Foreign Minister Yoon Tae-ho held talks with Minister of Foreign Affairs of Norway Ingrid Solberg in "
        "Seoul on March 11.",
        "2. Presenting the Vision for an Open, Inclusive and Resilient Arctic Region, Minister Yoon said that the "
        "ROK will expand its polar research.",
    )
    assert set(_people(x)) == {"Yoon Tae-ho", "Ingrid Solberg"}


# --- a named event announced in a relative clause ----------------------------------------------

def test_event_announced_in_a_relative_clause_is_a_planned_meeting():
    x = _release(
        "Outcome of the Meeting of Heads of Diplomatic Missions in Central Asia",
        "1. The Ministry of Foreign Affairs held a meeting of heads of diplomatic missions in Central Asia at the "
        "Ministry in Seoul on February 27. The meeting was chaired by First Vice Minister of Foreign Affairs Oh Jin-seok.",
        "2. The participants discussed preparations for the Korea-Central Asia Summit, which is scheduled to take "
        "place in Seoul on May 20 and 21 this year.",
        date="2024-02-28",
    )
    assert len(x.meetings) == 2
    summit = x.meetings[1]
    assert summit.title == "Korea-Central Asia Summit" and summit.kind == "summit"
    assert summit.status == "planned" and summit.date.value == dt.date(2024, 5, 20)
    assert summit.city == "Seoul" and summit.format is None


def test_event_held_earlier_in_a_relative_clause_is_not_announced():
    x = _release(
        "Outcome of the Meeting of Heads of Diplomatic Missions in Central Asia",
        "1. The Ministry of Foreign Affairs held a meeting of heads of diplomatic missions in Central Asia at the "
        "Ministry in Seoul on February 27.",
        "2. The participants reviewed the outcome of the Korea-Central Asia Summit, which was held in Seoul on "
        "May 20 last year.",
        date="2024-02-28",
    )
    assert len(x.meetings) == 1


# --- multiword countries in titles, units of a ministry, delegations' sides --------------------

def test_country_of_two_words_ends_the_title():
    x = _release(
        "Vice Minister Holds Talks with Deputy Minister of Sri Lanka",
        "1. First Vice Minister of Foreign Affairs Oh Jin-seok held talks with Deputy Minister of Foreign Affairs "
        "of Sri Lanka Nimal Perera in Seoul on March 6.",
    )
    people = _people(x)
    assert people["Nimal Perera"].country == "LK"
    (m,) = x.meetings
    assert _roles(x, m) == {"Oh Jin-seok": "attendee", "Nimal Perera": "counterpart"}


def test_department_headed_by_a_director_general_is_a_unit_and_the_side_gives_the_country():
    x = _release(
        "The 4th ROK-Peru Policy Consultation Held in Lima",
        "1. The 4th ROK-Peru Policy Consultation was held in Lima on March 5. The Peruvian delegation included "
        "Director-General of the Department of Asia and Oceania Affairs Carmen Quispe Rojas.",
    )
    assert not any(o.name.startswith("Department") for o in x.organizations)
    assert _people(x)["Carmen Quispe Rojas"].country == "PE"


def test_entourage_takes_the_organization_of_the_person_accompanied():
    x = _release(
        "Vice Minister Receives Courtesy Call from UNHCR Assistant High Commissioner",
        "1. Second Vice Minister of Foreign Affairs Oh Jin-seok received a courtesy call from Assistant High "
        "Commissioner of the United Nations High Commissioner for Refugees (UNHCR) Pierre Lambert at the Ministry "
        "of Foreign Affairs on March 6. Assistant High Commissioner Lambert was accompanied by Regional Directors "
        "Nadia Haddad and Omar Farouk.",
    )
    people = _people(x)
    assert people["Nadia Haddad"].title == "Regional Director"
    assert people["Nadia Haddad"].organization_key == people["Pierre Lambert"].organization_key is not None


# --- three sides, short forms at a sentence's end, bilaterals on the sidelines ---------------

def test_three_countries_in_a_consultations_name_make_it_a_conference_of_attendees():
    x = _release(
        "Outcome of the 9th ROK-Mongolia-Japan Senior Officials’ Consultation",
        "1. The 9th ROK-Mongolia-Japan Senior Officials’ Consultation was held in Ulaanbaatar on March 4. Deputy "
        "Minister for Political Affairs Seo Min-jun attended the Consultation together with State Secretary of "
        "Mongolia Bat-Erdene Ganzorig and Deputy Minister for Foreign Affairs of Japan Sato Akane.",
        "2. On the sidelines of the Consultation, Deputy Minister Seo held a bilateral meeting with Deputy "
        "Minister Sato.",
    )
    consultation, bilateral = x.meetings
    assert consultation.kind == "conference"
    assert set(_roles(x, consultation).values()) == {"attendee"}
    assert bilateral.kind == "meeting" and bilateral.date.value == consultation.date.value
    assert _roles(x, bilateral) == {"Seo Min-jun": "attendee", "Sato Akane": "counterpart"}


def test_a_past_office_holder_does_not_date_the_release_by_tenure():
    x = _release(
        "Foreign Minister Meets NATO Secretary-General",
        "1. Foreign Minister Kang Kyung-wha met with NATO Secretary-General Jens Stoltenberg in Seoul on "
        "Wednesday, November 1.",
        "※ The visit is the second by a NATO Secretary-General after the one in 2013 by then NATO "
        "Secretary-General Rasmussen.",
        date=None,
    )
    (m,) = x.meetings
    assert m.date.value is not None and m.date.value.year == 2017


def test_discovered_acronym_used_again_names_the_organization_and_remarks_make_an_attendee():
    x = _release(
        "Vice Minister Attends Asia-Pacific Trade Forum in Bangkok",
        "1. Second Vice Minister of Foreign Affairs Oh Jin-seok delivered a keynote speech at the 3rd Asia-Pacific "
        "Digital Trade Forum, co-hosted by the Ministry of Foreign Affairs and the Asian Institute of Digital "
        "Commerce (AIDC), in Bangkok on March 5.",
        "2. Vice Minister Oh said that the ROK will share its experience in digital customs.",
        "3. President of AIDC Nattapong Sirikul, who delivered the opening remarks, said that the institute will "
        "open a training centre in Seoul next year.",
    )
    people = _people(x)
    assert people["Nattapong Sirikul"].organization_key is not None
    (m,) = x.meetings
    assert _roles(x, m) == {"Oh Jin-seok": "attendee", "Nattapong Sirikul": "attendee"}
    (p,) = [p for p in x.pledges if "training centre" in p.text]
    assert p.actor == "Asian Institute of Digital Commerce"


def test_meeting_of_a_body_chaired_with_a_headline_title_and_a_note_of_who_took_part():
    x = _release(
        "Inter-Agency Task Force Reviews Preparations for APEC Ministerial",
        "1. Second Vice Minister of Foreign Affairs Oh Jin-seok chaired a meeting of the inter-agency task force on "
        "the APEC Ministerial Meeting at the Ministry of Foreign Affairs on March 4.\n"
        " ※ The meeting brought together Director-General for International Economic Affairs Baek Ji-hoon and "
        "officials from nine ministries.",
    )
    (m,) = x.meetings
    assert m.title.lower() == "meeting of the inter-agency task force on the apec ministerial meeting"
    assert m.kind == "meeting"
    assert _roles(x, m) == {"Oh Jin-seok": "chair", "Baek Ji-hoon": "attendee"}


def test_two_speakers_undertakings_in_one_sentence_are_two_pledges():
    x = _release(
        "Foreign Minister Holds Phone Talks with Omani Foreign Minister",
        "1. Foreign Minister Yoon Tae-ho held telephone talks with Minister of Foreign Affairs of Oman Said "
        "AL-HARTHI on March 9.",
        "2. Minister Al-Harthi said that Oman will facilitate Korean investment in its free zones, and Minister "
        "Yoon said that the ROK will dispatch an economic mission to Muscat in May.",
    )
    kinds = sorted((p.actor_country, p.kind) for p in x.pledges)
    assert kinds == [("KR", "commitment"), ("OM", "commitment")]
