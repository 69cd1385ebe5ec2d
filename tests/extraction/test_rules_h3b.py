"""Rules added on branch h3dev2: one small release per rule, written for these tests (not taken
from any scoring set)."""

from tests.extraction.rules_helpers import release_maker, people as _people, roles as _roles
from diplomacy.extraction.countries import lookup_official


_release = release_maker("2024-03-12")


def _orgs(x):
    return {o.name: o for o in x.organizations}


# --- implied foreign ministries: countries written with their official long names ----------

def test_official_long_state_names_resolve():
    assert lookup_official("Republic of Chile") == "CL"
    assert lookup_official("the Kingdom of Denmark") == "DK"
    assert lookup_official("Hellenic Republic") == "GR"
    assert lookup_official("Italian Republic") == "IT"
    assert lookup_official("Kingdom of the Netherlands") == "NL"
    assert lookup_official("Republic of Nowhere") is None


def test_foreign_minister_of_a_kingdom_implies_its_ministry():
    x = _release("Foreign Minister Talks with Danish Counterpart",
                 "1. Foreign Minister Kim Min-seo held talks with Minister for Foreign Affairs Lars NIELSEN "
                 "of the Kingdom of Denmark in Seoul on March 11.")
    p = _people(x)["Lars Nielsen"]
    assert p.country == "DK"
    assert "Ministry of Foreign Affairs of Denmark" in _orgs(x)


def test_minister_of_a_demonym_republic():
    x = _release("Foreign Minister Meets Italian Counterpart",
                 "1. Foreign Minister Kim Min-seo met with Minister of Foreign Affairs Paolo FERRANTE "
                 "of the Italian Republic in Rome on March 10.")
    assert _people(x)["Paolo Ferrante"].country == "IT"
    assert "Ministry of Foreign Affairs of Italy" in _orgs(x)


def test_ministry_written_with_official_country_name_is_that_countrys():
    x = _release("Consultation with Denmark",
                 "1. The talks were attended by Director Anna HOLM of the Ministry of Foreign Affairs of the "
                 "Kingdom of Denmark and Director-General Park Sun-woo on March 11 in Seoul.")
    o = _orgs(x)
    assert "Ministry of Foreign Affairs of Denmark" in o and o["Ministry of Foreign Affairs of Denmark"].country == "DK"


def test_us_secretary_of_state_implies_ministry_of_foreign_affairs_of_the_united_states():
    x = _release("Phone Call with the US Secretary of State",
                 "1. Foreign Minister Kim Min-seo had a telephone conversation with Secretary of State "
                 "Robert T. HALLORAN of the United States on March 11.")
    o = _orgs(x)
    assert "Ministry of Foreign Affairs of the United States" in o
    assert "Department of State" in o["Ministry of Foreign Affairs of the United States"].aliases


def test_korean_embassy_in_a_capital_is_named_for_the_country():
    x = _release("Seminar at the Embassy",
                 "1. A seminar on trade was held at the Korean Embassy in Lima on March 11.")
    assert "Embassy of the Republic of Korea in Peru" in _orgs(x)


# --- pledges -------------------------------------------------------------------------------

def _pledges(x):
    return [(p.kind, p.actor, p.actor_country, p.text) for p in x.pledges]


def test_the_embassy_will_is_a_commitment_of_the_release_mission():
    x = _release("Floods in Kenya",
                 "1. The Korean Embassy in Kenya expressed condolences over the floods on March 10.",
                 "2. The Embassy will continue to monitor the safety of Korean residents in the affected region.")
    pl = [p for p in _pledges(x) if "monitor the safety" in p[3]]
    assert pl and pl[0][0] == "commitment" and pl[0][1] == "Embassy of the Republic of Korea in Kenya"


def test_his_ministry_will_is_the_speakers_ministry():
    x = _release("Vice Minister Meets Peruvian Vice Minister",
                 "1. Vice Minister Lee Han-gyul met with Vice Minister of Foreign Affairs Jorge SALAZAR of Peru "
                 "in Lima on March 11.",
                 "2. Vice Minister Salazar said that his ministry will coordinate with the relevant agencies on the "
                 "visa waiver.")
    pl = [p for p in _pledges(x) if "coordinate with the relevant agencies" in p[3]]
    assert pl and pl[0][2] == "PE" and pl[0][1] == "Ministry of Foreign Affairs of Peru"


def test_a_country_will_participate_in_a_group_is_a_commitment():
    x = _release("Talks with Ecuador",
                 "1. Vice Minister Lee Han-gyul held talks with Vice Minister Ana TORRES of Ecuador in Seoul on March 11.",
                 "2. Vice Minister Torres said that Ecuador will actively participate in the Coalition for Ocean "
                 "Resilience.")
    assert any(p[0] == "commitment" and p[2] == "EC" for p in _pledges(x))


def test_a_country_will_participate_in_a_meeting_is_a_schedule():
    x = _release("Talks with Ecuador",
                 "1. Vice Minister Lee Han-gyul held talks with Vice Minister Ana TORRES of Ecuador in Seoul on March 11.",
                 "2. Vice Minister Torres said that Ecuador will participate in the ministerial meeting in May.")
    assert not any("ministerial meeting in May" in p[3] for p in _pledges(x))


def test_document_signed_last_year_is_background():
    x = _release("Talks with Chile",
                 "1. Minister Kim held talks with Minister of Foreign Affairs Rosa VEGA of Chile in Seoul on March 11.",
                 "2. Minister Kim said that the Digital Economy Agreement (DEA) signed by the two countries in June "
                 "last year will boost trade.")
    assert not any(p[0] == "signed_document" for p in _pledges(x))


def test_restated_signing_is_one_pledge():
    x = _release("Signing of an MOU",
                 "1. On March 11, the Korea Foundation and the Lima Arts Council signed a Memorandum of "
                 "Understanding on Cultural Exchanges at the Korean Embassy in Lima.",
                 "2. The MOU was signed by President Kim Jae-ha and Director Carla RUIZ, and was attended by the Ambassador.")
    assert sum(1 for p in _pledges(x) if p[0] == "signed_document") == 1


def test_agreed_upon_participle_and_agenda_are_not_pledges():
    x = _release("Spokesperson's Press Briefing", "Minister of Foreign Affairs Tomas NOVAK of Czechia will visit "
                 "the ROK from April 2 to 4. The two sides will review the projects agreed upon at the summit held in "
                 "Prague last year and discuss cooperation in nuclear energy.", section="Press Briefings")
    assert not any("review the projects" in p[3] for p in _pledges(x))


def test_past_gift_before_a_hope_is_not_a_contribution():
    x = _release("Humanitarian Assistance to Sahel",
                 "1. The ROK provided USD 3 million to the Sahel in May this year, and the Government hopes that "
                 "the aid will ease the crisis.")
    assert not any(p[0] == "contribution" for p in _pledges(x))


# --- participants: side members, "including", entourage, "Head of …" -----------------------

def test_side_members_in_a_bullet_are_attendees_with_the_sides_country():
    x = _release("ROK-Finland Policy Consultation",
                 "1. Deputy Minister Ahn Jae-hoon co-chaired the 5th ROK-Finland Policy Consultation with "
                 "Under-Secretary of State Mikko VIRTA of Finland in Seoul on March 11.\n\n"
                 "° On the Korean side, Director-General for European Affairs Seo Min-ji attended the "
                 "Consultation, while the Finnish delegation included Director-General for Asian Affairs "
                 "Helena KOSKI.")
    m = x.meetings[0]
    r = _roles(x, m)
    assert r.get("Seo Min-ji") == "attendee" and r.get("Helena Koski") == "attendee"
    assert _people(x)["Helena Koski"].country == "FI"


def test_attended_by_officials_including_a_named_one():
    x = _release("Joint Committee with Mongolia",
                 "1. Deputy Minister Ahn Jae-hoon and State Secretary Bat BOLD of Mongolia co-chaired the 9th meeting "
                 "of the ROK-Mongolia Joint Committee in Ulaanbaatar on March 11. The meeting was attended by some "
                 "30 officials from both countries, including Director-General for Asian Affairs Kwon Tae-ho.")
    assert _roles(x, x.meetings[0]).get("Kwon Tae-ho") == "attendee"


def test_head_of_an_office_in_an_entourage_is_a_person_and_attendee():
    x = _release("Courtesy Call by the Executive Director of the Example Institute",
                 "1. Foreign Minister Kim Min-seo received a courtesy call from Executive Director Maria LOPEZ of the "
                 "Global Ocean Institute (GOI) at the Ministry of Foreign Affairs on March 11. Executive Director "
                 "Lopez was accompanied by Head of the Busan Office Tom ADEYEMI.")
    assert "Tom Adeyemi" in _people(x)
    assert _roles(x, x.meetings[0]).get("Tom Adeyemi") == "attendee"


def test_the_one_called_on_after_an_entourage_is_the_counterpart():
    x = _release("Ambassador Calls on Vice Minister",
                 "1. Ambassador of the Republic of Korea to Peru Han Do-yun, accompanied by Minister-Counsellor "
                 "Jung Ha-na, paid a courtesy call on Ambassador Luis ALVARADO, Vice Minister of Foreign Affairs, in "
                 "Lima on March 11.")
    r = _roles(x, x.meetings[0])
    assert r.get("Luis Alvarado") != "attendee"
    assert _people(x)["Luis Alvarado"].country != "KR"


# --- meetings ------------------------------------------------------------------------------

def test_earlier_on_the_same_day_is_a_meeting_of_that_day():
    x = _release("ROK-Australia-India Foreign Ministers’ Meeting",
                 "1. Foreign Minister Kim Min-seo held the ROK-Australia-India Foreign Ministers' Meeting with Foreign "
                 "Minister Claire DOYLE of Australia and External Affairs Minister Arjun MEHTA of India in Vientiane "
                 "on March 11.",
                 "2. Earlier on the same day, Minister Kim had a bilateral meeting with Minister Mehta. The two "
                 "ministers agreed to expand cooperation in shipbuilding.")
    assert len(x.meetings) == 2
    bil = [m for m in x.meetings if m.kind == "meeting"][0]
    assert str(bil.date.value) == "2024-03-11"
    assert set(_roles(x, bil)) == {"Kim Min-seo", "Arjun Mehta"}


def test_earlier_alone_still_opens_background():
    x = _release("Talks with Chile",
                 "1. Minister Kim held talks with Minister of Foreign Affairs Rosa VEGA of Chile in Seoul on March 11.",
                 "2. Earlier, the two ministers met in Santiago in 2022 and agreed on a roadmap.")
    assert len(x.meetings) == 1


def test_briefing_visit_told_through_the_two_ministers_talks():
    x = _release("Spokesperson's Press Briefing",
                 "Minister of Foreign Affairs Tomas NOVAK of the Czech Republic will pay an official visit to the ROK "
                 "from April 2 to 4 at the invitation of Minister Kim Min-seo. The two ministers will hold talks at "
                 "the Ministry of Foreign Affairs on the morning of April 3 to discuss nuclear energy cooperation.",
                 section="Press Briefings")
    assert len(x.meetings) == 1
    m = x.meetings[0]
    assert str(m.date.value) == "2024-04-03"
    assert _roles(x, m) == {"Tomas Novak": "visitor", "Kim Min-seo": "host"}


# --- people --------------------------------------------------------------------------------

def test_single_word_name_congratulated_on_an_appointment():
    x = _release("Congratulatory Message to the New Foreign Minister of Indonesia",
                 "1. Foreign Minister Kim Min-seo sent a congratulatory message on March 11 to Wirajaya on his "
                 "appointment as Minister of Foreign Affairs of the Republic of Indonesia.",
                 "2. Minister Kim said he looks forward to meeting Minister Wirajaya soon.")
    p = _people(x).get("Wirajaya")
    assert p is not None and p.country == "ID" and p.title == "Minister of Foreign Affairs"
    assert "Ministry of Foreign Affairs of Indonesia" in _orgs(x)


def test_a_foreign_regional_affairs_director_belongs_to_the_foreign_ministry():
    x = _release("Policy Consultation with Ghana",
                 "1. Director-General Park Sun-woo held the 2nd ROK-Ghana Policy Consultation with Director for Asian "
                 "and Pacific Affairs Kofi MENSAH of Ghana in Accra on March 11.")
    p = _people(x)["Kofi Mensah"]
    assert p.country == "GH"
    assert "Ministry of Foreign Affairs of Ghana" in _orgs(x)
