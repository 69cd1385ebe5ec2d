"""Rules added on branch h3dev: one small release per rule, written for these tests (not taken
from any scoring set)."""

from diplomacy.extraction import parse_release
from tests.extraction.rules_helpers import people as _people
from tests.extraction.rules_helpers import release_maker
from tests.extraction.rules_helpers import roles as _roles

_release = release_maker("2024-03-12")


# --- page furniture: the mission's name in the local language ---------------------------------

def test_embassy_name_in_local_language_before_skip_navigation_is_not_the_title():
    raw = (
        "Ambasciata della Repubblica di Corea in Italia\n\nNotizie\n\nSkip navigation\n\n"
        "Countries Information\n\n  1. HOME\n  2. Notizie\n  3. Press Releases\nPress Releases\n"
        "Press Releases 상세보기\n\nAmbassador Meets Mayor of Milan\n\n  • Date : 2024-05-02 10:00:00\n"
        "  • Hit : 40\n\n1. The Ambassador met the Mayor of Milan on May 1.\n"
    ).encode()
    r = parse_release(raw, "x.txt")
    assert r.title == "Ambassador Meets Mayor of Milan"
    assert r.section == "Press Releases"
    assert "Ambasciata della Repubblica di Corea in Italia" in r.other_language_headers


def test_long_embassy_name_without_navigation_is_a_header():
    raw = (
        "Embajada de la República de Corea en la República Oriental del Uruguay\n\nNoticias\n\n"
        "Embassy Hosts Korean Film Week in Montevideo\n\n1. The Embassy held a film week on June 3.\n"
    ).encode()
    r = parse_release(raw, "x.txt")
    assert r.title == "Embassy Hosts Korean Film Week in Montevideo"
    assert r.section == ""


# --- names: accented capitals ------------------------------------------------------------------

def test_surname_in_capitals_with_accents_is_a_name():
    x = _release(
        "Foreign Minister Holds Talks with Paraguayan Counterpart",
        "1. Foreign Minister Cho Tae-yul held talks with Foreign Minister Rubén ÁLVAREZ-NÚÑEZ of Paraguay, "
        "who is on an official visit to the Republic of Korea, at the Ministry of Foreign Affairs on March 11.",
    )
    people = _people(x)
    assert "Rubén Álvarez-Núñez" in people
    (m,) = x.meetings
    assert _roles(x, m)["Rubén Álvarez-Núñez"] == "visitor"


# --- courtesy calls during a trip -------------------------------------------------------------

def test_travelling_officials_courtesy_call_abroad_is_a_visit_call_in_the_previous_place():
    x = _release(
        "Vice Minister Co-chairs Joint Committee with Mongolia",
        "1. Second Vice Minister of Foreign Affairs Kang In-sun and State Secretary Batbold GANZORIG of Mongolia "
        "co-chaired the 8th meeting of the ROK-Mongolia Joint Committee in Ulaanbaatar on March 7.",
        "2. On March 6, the day before the meeting, Vice Minister Kang paid a courtesy call on Minister of "
        "Foreign Affairs Tsendiin MUNKH-ORGIL and discussed the rare earth project.",
    )
    call = [m for m in x.meetings if "ourtesy" in m.title or "Munkh" in m.title][0]
    assert call.city == "Ulaanbaatar"
    assert sorted(_roles(x, call).values()) == ["host", "visitor"]


def test_resident_ambassadors_courtesy_call_is_not_a_visit():
    x = _release(
        "Ambassador Pays Courtesy Call on Kenyan Cabinet Secretary",
        "1. Ambassador of the Republic of Korea to Kenya Park Sun-hee paid a courtesy call on Cabinet Secretary "
        "for Foreign Affairs Amina MOHAMUD at the Ministry in Nairobi on March 5.",
    )
    (m,) = x.meetings
    assert sorted(_roles(x, m).values()) == ["attendee", "counterpart"]


# --- the same meeting again; events announced with "which will take place" -------------------

def test_capitalised_series_noun_starting_a_sentence_is_the_same_meeting():
    x = _release(
        "5th ROK-Finland Policy Consultation Held in Helsinki",
        "1. Deputy Minister for Political Affairs Chung Byung-won and Under-Secretary of State Jukka SALOVAARA "
        "held the 5th ROK-Finland Policy Consultation in Helsinki on Tuesday, March 5.",
        "2. The Consultation took place as the two countries mark the 50th anniversary of their diplomatic "
        "relations, established in August 1973.",
    )
    assert len(x.meetings) == 1
    assert x.meetings[0].date.value.isoformat() == "2024-03-05"


def test_event_announced_with_which_will_take_place_and_a_spelled_ordinal():
    x = _release(
        "Vice Minister Opens Korea-Pacific Islands Ocean Forum",
        "1. Second Vice Minister Kang In-sun delivered opening remarks at the Korea-Pacific Islands Ocean Forum "
        "held in Busan on March 11.",
        "2. She noted that the Forum was part of the preparations for the second Korea-Pacific Islands Summit, "
        "which will take place in Seoul on May 28 and 29.",
    )
    planned = [m for m in x.meetings if m.status == "planned"]
    assert len(planned) == 1
    assert planned[0].kind == "summit" and planned[0].city == "Seoul"
    assert planned[0].date.value.isoformat() == "2024-05-28"


# --- chairs and speakers named in the next paragraph ------------------------------------------

def test_next_paragraph_opening_on_the_forum_names_its_cochairs_and_speakers():
    x = _release(
        "2024 Korea-Central Asia Forum on Water Security Held",
        "1. The Ministry of Foreign Affairs and the Asian Development Bank (ADB) co-hosted the 2024 Korea-Central "
        "Asia Forum on Water Security at the Shilla Hotel in Seoul on March 8.",
        "2. The Forum was co-chaired by Second Vice Minister of Foreign Affairs Kang In-sun and Rustam SAIDOV, "
        "Director General for Central Asia of the ADB. Gulnara ABDRAKHMANOVA, Special Envoy for Water of "
        "the Republic of Kazakhstan, delivered a keynote speech on glacier melt.",
    )
    m = x.meetings[0]
    roles = _roles(x, m)
    assert roles["Kang In-sun"] == "co_chair" and roles["Rustam Saidov"] == "co_chair"
    assert roles["Gulnara Abdrakhmanova"] == "attendee"


# --- signings told in the passive, and their witnesses ------------------------------------------

def test_passive_signing_by_two_officials_witnessed_by_the_two_ministers():
    x = _release(
        "Foreign Minister Visits Mongolia",
        "1. On March 6, Foreign Minister Cho Tae-yul held talks with Foreign Minister Battsetseg BATMUNKH at the "
        "State Palace in Ulaanbaatar.",
        "2. On March 7, an Agreement on vocational training between the Korea International Cooperation Agency "
        "(KOICA) and the Ministry of Labour of Mongolia was signed in Ulaanbaatar by KOICA Mongolia Office Director "
        "Han Mi-rae and State Secretary of Labour Enkhbold DORJ. The ceremony was attended by the two foreign ministers.",
    )
    sig = [m for m in x.meetings if m.kind == "signing"]
    assert len(sig) == 1
    roles = _roles(x, sig[0])
    assert roles == {"Han Mi-rae": "signatory", "Enkhbold Dorj": "signatory",
                     "Cho Tae-yul": "attendee", "Battsetseg Batmunkh": "attendee"}


def test_signing_by_agencies_then_signed_by_named_officials_in_the_next_sentence():
    x = _release(
        "KOICA and Peruvian Agency Sign MOU",
        "1. On March 4, the Korea International Cooperation Agency (KOICA) and the Peruvian Agency for "
        "International Cooperation (APCI) signed a Memorandum of Understanding on Digital Government at the "
        "Korean Embassy in Lima. The MOU was signed by KOICA Peru Office Director Lim Da-som and APCI Executive "
        "Director Jorge SALAZAR, and the ceremony was attended by Ambassador Choi Jin-woo.",
    )
    sig = [m for m in x.meetings if m.kind == "signing"]
    roles = _roles(x, sig[0])
    assert roles["Lim Da-som"] == "signatory" and roles["Jorge Salazar"] == "signatory"
    assert roles["Choi Jin-woo"] == "attendee"


# --- kinds and organization names --------------------------------------------------------------

def test_nth_meeting_of_a_joint_committee_is_a_committee():
    from diplomacy.extraction.meetings import _kind
    assert _kind("9th meeting of the ROK-Chile Joint Committee on Trade and Investment", False, False) == "committee"
    assert _kind("2nd session of the Korea-Egypt Joint Commission", False, False) == "committee"
    assert _kind("3rd round of the ROK-Peru Policy Consultation", False, False) == "consultation"


def test_mission_name_ends_at_the_full_stop_and_local_offices_are_not_organizations():
    x = _release(
        "KOICA Signs Agreement with Ghana",
        "1. On March 4, the Korea International Cooperation Agency (KOICA) Ghana Office and the Ghana Health "
        "Service signed an agreement at the Embassy of the Republic of Korea in Ghana. KOICA Ghana Office "
        "Director Yang Su-bin signed on behalf of KOICA.",
    )
    names = {o.name for o in x.organizations}
    assert "Embassy of the Republic of Korea in Ghana" in names
    assert not any(n.endswith(".") for n in names)
    assert "KOICA Ghana Office" not in names


# --- meetings around an event attended -----------------------------------------------------------

def test_trip_city_event_context_and_given_name_that_is_a_city():
    x = _release(
        "Foreign Minister's Meetings on the Occasion of the OSCE Ministerial Council",
        "1. Foreign Minister Cho Tae-yul is in Valletta, Malta, to attend the 2024 OSCE Ministerial Council, "
        "the first such meeting attended by a Korean foreign minister.",
        "2. On March 7, Minister Cho had a meeting with Minister of Foreign Affairs Santiago PEÑA ROJAS of "
        "Uruguay. The two ministers agreed to launch a working holiday program.",
        "3. On March 8, Minister Cho held a meeting of the foreign ministers of four partner countries with "
        "Minister for Foreign Affairs KAMIKAWA Yoko of Japan and Minister for Foreign Affairs Penny WONG of Australia "
        "and Minister of Foreign Affairs Winston PETERS of New Zealand.",
    )
    assert len(x.meetings) == 2
    first, second = x.meetings
    assert first.city == "Valletta" and first.kind == "meeting"
    assert second.city == "Valletta" and second.kind == "conference"
    assert set(_roles(x, second).values()) == {"attendee"}
