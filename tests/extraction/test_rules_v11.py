"""Rules added in extractor 1.1: one small release per rule, written for these tests."""

import datetime as dt
import time

from diplomacy.extraction import (
    Gazetteer, KnownOrganization, KnownPerson, default_gazetteer, extract, parse_release,
)
from diplomacy.extraction.common import gaz_cache, trie_pattern
from diplomacy.extraction.names import people_index, split_name
from diplomacy.extraction.organizations import org_index


def _release(title: str, *paragraphs: str, date: str = "2019-04-10", section: str = "Press Releases"):
    body = "\n\n".join(paragraphs)
    raw = f"{section}\n\n{title}\n\nDate\n{date}\nhit\n12\n\n{body}\n".encode()
    return extract(parse_release(raw, "rule_test.txt"))


def _people(x):
    return {p.name: p for p in x.people}


def _orgs(x):
    return {o.name: o for o in x.organizations}


def _roles(m):
    return {p.name_as_written.split(" of ")[0].split(" ")[-1]: p.role for p in m.participants if p.person_key}


# --- roles ---------------------------------------------------------------------------------

def test_foreign_side_of_a_bilateral_meeting_is_counterpart():
    x = _release(
        "Vice Minister Meets Finnish State Secretary",
        "1. First Vice Minister of Foreign Affairs Park Jin-woo met with State Secretary Anna Lindqvist "
        "of Finland in Seoul on April 9 to discuss Arctic cooperation.",
    )
    roles = {p.person_key: p.role for p in x.meetings[0].participants}
    people = _people(x)
    assert roles[people["Park Jin-woo"].key] == "attendee"
    assert roles[people["Anna Lindqvist"].key] == "counterpart"


def test_official_of_the_country_visited_is_host_and_gets_its_ministry():
    x = _release(
        "Vice Minister Visits Chile",
        "1. First Vice Minister of Foreign Affairs Park Jin-woo, during his visit to Chile, held talks "
        "with Deputy Foreign Minister Carla Fuentes in Santiago on April 8.",
    )
    people = _people(x)
    roles = {p.person_key: p.role for p in x.meetings[0].participants}
    assert roles[people["Park Jin-woo"].key] == "visitor"
    assert roles[people["Carla Fuentes"].key] == "host"
    assert people["Carla Fuentes"].country == "CL"
    assert "Ministry of Foreign Affairs of Chile" in _orgs(x)


def test_person_accompanied_to_an_event_is_not_a_participant():
    x = _release(
        "Foreign Minister Meets Canadian Counterpart",
        "1. Foreign Minister Park Jin-woo, who is accompanying President Lee Sang-min to the 2019 "
        "Arctic Leaders Summit in Oslo, held a meeting with Foreign Minister Claire Dubois of Canada on April 9.",
    )
    names = {p.name_as_written for p in x.meetings[0].participants}
    assert not any("Lee Sang-min" in n for n in names)


def test_co_hosted_by_others_does_not_make_the_attendee_a_co_chair():
    x = _release(
        "Deputy Minister Attends Pledging Event",
        "1. Deputy Minister for Multilateral Affairs Park Jin-woo attended the Pledging Conference for "
        "Flood Relief, which was held virtually on April 9 and co-hosted by the United Nations and Norway.",
    )
    assert [p.role for p in x.meetings[0].participants if p.person_key] == ["attendee"]


# --- people --------------------------------------------------------------------------------

def test_title_with_commas_and_and_portfolio():
    x = _release(
        "Foreign Minister Holds Phone Talks with Belgian Counterpart",
        "1. Foreign Minister Park Jin-woo held telephone talks with Minister of Foreign Affairs, "
        "Foreign Trade and Development Cooperation Luc Peeters of Belgium on April 9.",
        "2. Foreign Minister Park Jin-woo and Minister of Foreign Affairs and Worship Elena Ruiz Quirós "
        "of Argentina met in Seoul on April 10.",
    )
    people = _people(x)
    assert "Luc Peeters" in people and people["Luc Peeters"].country == "BE"
    assert "Elena Ruiz Quirós" in people
    orgs = _orgs(x)
    assert "Ministry of Foreign Affairs of Belgium" in orgs
    assert "Ministry of Foreign Affairs of Argentina" in orgs
    assert not any("European" in o for o in orgs)


def test_chief_executive_and_president_elect_titles_and_jr_suffix():
    x = _release(
        "Government Congratulates Liberia",
        "1. The Government of the Republic of Korea extends its congratulations to President-elect "
        "George Weah Jr. on his election.",
        "2. Chief Executive Mary Tane of the Ministry of Foreign Affairs of Fiji will visit Seoul on April 20.",
    )
    people = _people(x)
    assert "George Weah Jr." in people
    assert people["George Weah Jr."].family_name == "Weah"
    assert "Mary Tane" in people


def test_headline_verb_after_a_title_is_not_a_name():
    x = _release("Foreign Minister Sends Sympathy Letter to Nepalese Foreign Minister",
                 "1. Foreign Minister Park Jin-woo sent a letter of sympathy on April 9.")
    assert not any("Sends" in p.name for p in x.people)


def test_longer_full_name_becomes_canonical_and_short_forms_aliases():
    x = _release(
        "Foreign Minister Meets EU Envoy",
        "1. Foreign Minister Park Jin-woo met with Special Envoy Josep Marti of Spain in Seoul on April 9.",
        "2. Special Envoy Josep Marti Fontelles thanked the ROK. Envoy Marti said that Spain will "
        "continue to support the ROK.",
    )
    people = _people(x)
    assert "Josep Marti Fontelles" in people
    assert "Josep Marti" not in people
    assert "Josep Marti" in people["Josep Marti Fontelles"].aliases
    assert "Envoy Marti" in people["Josep Marti Fontelles"].aliases


# --- organizations -------------------------------------------------------------------------

def test_groupings_of_states_are_not_organizations():
    gaz = Gazetteer(organizations=(KnownOrganization("Group of Seven", acronym="G7", kind="other"),
                                   KnownOrganization("Association of Southeast Asian Nations", acronym="ASEAN",
                                                     kind="international_organization")))
    raw = ("Press Releases\n\nForeign Minister Attends G7 Meeting\n\nDate\n2019-04-10\n\n"
           "1. Foreign Minister Park Jin-woo attended the G7 Foreign Ministers’ Meeting as a guest and "
           "briefed the G7 on the Korean Peninsula on April 9.\n").encode()
    x = extract(parse_release(raw, "g7.txt"), gaz)
    assert "Group of Seven" not in _orgs(x)


def test_embassy_of_the_republic_of_korea_and_facilities():
    x = _release(
        "Embassy Statement",
        "1. The Embassy of the Republic of Korea in Kenya expresses its condolences.",
        "2. The Korea-Kenya Health Care Center in Nairobi will open on April 20.",
    )
    orgs = _orgs(x)
    assert "Embassy of the Republic of Korea in Kenya" in orgs
    assert orgs["Embassy of the Republic of Korea in Kenya"].country == "KR"
    assert not any("Health Care Center" in o for o in orgs)


def test_acronym_modifying_a_longer_name_is_not_the_organization():
    x = _release(
        "ROK Supports Refugees",
        "1. The Government will provide USD 2 million to the Office of the UN High Commissioner for "
        "Refugees (UNHCR) on April 9.",
    )
    assert "United Nations" not in _orgs(x)


def test_implied_ministry_of_a_foreign_minister_of_country():
    x = _release(
        "Foreign Minister Attends Ministerial",
        "1. Foreign Minister Park Jin-woo attended the Ministerial Meeting on Ocean Health, which was held "
        "virtually on April 9 under the chairmanship of Foreign Minister Anna Holm of Sweden.",
    )
    assert "Ministry of Foreign Affairs of Sweden" in _orgs(x)


def test_acronym_explained_after_it_and_an_event_secretariat():
    x = _release(
        "ROK Hosts Ocean Partnership Meeting",
        "1. The 2025 Busan Ocean Ministerial Preparatory Secretariat briefed the delegates in Busan on April 9.",
        "2. GOAL (Green Ocean Alliance for Life): a public-private partnership launched in 2018. "
        "COVID-19 (Coronavirus Disease 2019) delayed its work.",
    )
    orgs = _orgs(x)
    assert "2025 Busan Ocean Ministerial Preparatory Secretariat" in orgs
    assert orgs["2025 Busan Ocean Ministerial Preparatory Secretariat"].country == "KR"
    assert orgs["Green Ocean Alliance for Life"].acronym == "GOAL"
    assert "Coronavirus Disease 2019" not in orgs


# --- meetings ------------------------------------------------------------------------------

def test_briefing_announces_planned_and_cancelled_events():
    x = _release(
        "Spokesperson’s Regular Press Briefing (April 10, 2019)",
        "1. The 2019 Busan Ocean Ministerial will take place at the BEXCO Convention Hall (BEXCO) in Busan "
        "on May 7 and 8.",
        "2. The 3rd Korea-Central Asia Foreign Ministers’ Meeting, which had been scheduled to take place in "
        "Seoul on April 26, has been cancelled.",
        section="Press Briefings",
    )
    by_title = {m.title: m for m in x.meetings}
    mini = by_title["2019 Busan Ocean Ministerial"]
    assert (mini.status, mini.date.value, mini.format) == ("planned", dt.date(2019, 5, 7), "in_person")
    canc = by_title["3rd Korea-Central Asia Foreign Ministers’ Meeting"]
    assert (canc.status, canc.date.value, canc.format, canc.kind) == ("cancelled", dt.date(2019, 4, 26), None, "conference")


def test_video_conference_about_a_summit_is_a_meeting():
    x = _release(
        "ROK and Peru Hold Video Conference on Preparations for 2019 Ocean Summit",
        "1. Ambassador for Oceans Park Jin-woo held a video conference with Ambassador Luis Vargas of Peru "
        "on April 9 to review preparations for the 2019 Ocean Summit.",
    )
    assert x.meetings[0].kind == "meeting"


def test_sidelines_parent_event_does_not_take_the_meeting_date():
    x = _release(
        "Foreign Minister Meets Mexican Counterpart",
        "1. Foreign Minister Park Jin-woo held a meeting with Foreign Minister Ana Torres of Mexico on the "
        "sidelines of the 2019 Pacific Rim Summit in Lima on April 9.",
    )
    for m in x.meetings[1:]:
        assert m.date.value != x.meetings[0].date.value or m.date.precision != "day"


# --- pledges -------------------------------------------------------------------------------

def test_agreement_after_an_earlier_agreement_to_and_clause_commitment_after_should():
    x = _release(
        "Foreign Ministers Meet",
        "1. Foreign Minister Park Jin-woo met with Foreign Minister Ana Torres of Mexico in Seoul on April 9.",
        "2. Recalling their leaders’ agreement to expand trade, the two sides agreed to open a joint "
        "research centre.",
        "3. Minister Torres stressed that all parties should respect the ceasefire; and that Mexico will "
        "send observers to the mission.",
    )
    assert any(p.kind == "agreement" and "open a joint research centre" in p.text for p in x.pledges)
    assert any(p.kind == "commitment" and p.actor_country == "MX" and "send observers" in p.text for p in x.pledges)


def test_past_contributions_and_schedule_notes_are_not_pledges():
    x = _release(
        "ROK Provides Aid",
        "1. The ROK has provided a total of USD 12 million in assistance to Haiti since 2016.",
        "2. The Ministry of Foreign Affairs will hold a briefing session on the results next week.",
        "3. The Ministry of Foreign Affairs will continue to support reconstruction in Haiti.",
    )
    assert [p.kind for p in x.pledges] == ["commitment"]
    assert x.pledges[0].actor_country == "KR"


# --- speed machinery -----------------------------------------------------------------------

def test_trie_pattern_prefers_longest_and_respects_boundaries():
    import re

    rx = re.compile(r"(?:" + trie_pattern(["UN", "UNDP", "UNICEF", "United Nations"]) + r")(?![\w-])")
    assert [m.group(0) for m in rx.finditer("UNDP and UNICEF, the UN, United Nations")] == [
        "UNDP", "UNICEF", "UN", "United Nations"]


def test_split_name_skips_generational_suffix():
    assert split_name(["John", "Smith", "Jr."])[1] == "Smith"


def test_large_gazetteer_matchers_built_once_per_object():
    people = tuple(KnownPerson(name=f"Given{i} Family{i}", family_name=f"Family{i}", given_name=f"Given{i}")
                   for i in range(5000))
    orgs = tuple(KnownOrganization(name=f"Institute of Studies Number {i}", acronym=f"ISN{i}")
                 for i in range(3000))
    base = default_gazetteer()
    gaz = Gazetteer(organizations=base.organizations + orgs, people=base.people + people,
                    titles=base.titles, event_founding_years=base.event_founding_years)
    raw = ("Press Releases\n\nForeign Minister Meets Given42 Family42\n\nDate\n2019-04-10\n\n"
           "1. Foreign Minister Park Jin-woo met with Given42 Family42 of the Institute of Studies "
           "Number 7 (ISN7) in Seoul on April 9.\n").encode()
    parsed = parse_release(raw, "big.txt")
    t0 = time.perf_counter()
    extract(parsed, gaz)
    first = time.perf_counter() - t0
    idx_people, idx_orgs = people_index(gaz), org_index(gaz)
    t0 = time.perf_counter()
    for _ in range(20):
        x = extract(parsed, gaz)
    per_release = (time.perf_counter() - t0) / 20
    assert people_index(gaz) is idx_people and org_index(gaz) is idx_orgs  # not rebuilt
    assert gaz_cache(gaz) is gaz_cache(gaz)
    assert per_release < max(0.05, first / 3)  # the per-release cost does not include building
    assert "Given42 Family42" in {p.name for p in x.people}
    assert "Institute of Studies Number 7" in {o.name for o in x.organizations}
