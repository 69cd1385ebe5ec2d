"""Rules added in round r4d (meetings, participants and roles on real release text): one small
release per rule, written for these tests in our own words (not taken from any scoring set)."""

from tests.extraction.rules_helpers import release_maker, roles as _roles


_release = release_maker("2023-05-16")


# --- co-chairs ------------------------------------------------------------------------------------

def test_two_ministers_who_will_jointly_chair_are_co_chairs():
    x = _release(
        "First Meeting of the Organizing Committee for the Seoul Oceans Ministerial",
        "1. On June 2, Minister of Foreign Affairs Park Jin and Minister of Oceans and Fisheries Cho Seung-hwan "
        "will jointly chair the first meeting of the Organizing Committee for the Seoul Oceans Ministerial at the "
        "Ministry of Foreign Affairs.",
    )
    roles = _roles(x, x.meetings[0])
    assert roles.get("Park Jin") == "co_chair"
    assert roles.get("Cho Seung-hwan") == "co_chair"


def test_took_part_as_co_chair_and_a_note_naming_the_other_co_chair():
    x = _release(
        "Foreign Minister Attends the Korea-Pacific Islands Foreign Ministers' Meeting",
        "1. Minister of Foreign Affairs Park Jin took part as Co-chair* in the 5th Korea-Pacific Islands Foreign "
        "Ministers' Meeting, which was held on May 12 in Suva, Fiji.\n"
        "* Minister for Foreign Affairs of Tonga Fekitamoeloa UTOIKAMANU co-chaired the meeting as the chair of the "
        "Pacific Islands Forum.",
    )
    roles = _roles(x, x.meetings[0])
    assert roles.get("Park Jin") == "co_chair"
    assert roles.get("Fekitamoeloa Utoikamanu") == "co_chair"


# --- a foreign principal visiting Korea -----------------------------------------------------------

def test_who_is_visiting_korea_in_the_next_sentence_makes_host_and_visitor():
    x = _release(
        "Foreign Minister Receives US Congressman",
        "1. Foreign Minister Park Jin received Congressman Andrew KIM of the US House of Representatives on May 15. "
        "The Congressman, who is visiting the Republic of Korea with a delegation, and the Minister discussed the "
        "alliance.",
    )
    roles = _roles(x, x.meetings[0])
    assert roles.get("Park Jin") == "host"
    assert "visitor" in roles.values() or len(roles) == 1


def test_who_will_be_in_the_rok_makes_host_and_visitor_in_a_briefing():
    x = _release(
        "Spokesperson's Press Briefing (May 16, 2023)",
        "Good afternoon. I will begin today's briefing.",
        "First, on May 18, Foreign Minister Park Jin will meet with Minister of Foreign Affairs of the Republic of "
        "Estonia Margus Tsahkna, who will be in the ROK from May 17 to 19 on his first official visit.",
        section="Press Briefings",
    )
    roles = _roles(x, x.meetings[0])
    assert roles == {"Park Jin": "host", "Margus Tsahkna": "visitor"}


def test_a_courtesy_call_from_a_visiting_head_stays_attendee_and_counterpart():
    x = _release(
        "Vice Minister Receives Courtesy Call from WHO Regional Director",
        "1. First Vice Minister of Foreign Affairs Chang Ho-jin received a courtesy call from Regional Director of "
        "the World Health Organization (WHO) Saia Ma'u PIUKALA on May 15. Regional Director Piukala, who is visiting "
        "the ROK, thanked the Vice Minister.",
    )
    roles = _roles(x, x.meetings[0])
    assert "host" not in roles.values()


# --- "hosted the … Meeting" ----------------------------------------------------------------------

def test_the_official_who_hosted_a_meeting_is_its_host():
    x = _release(
        "First Korea-Pacific Senior Officials' Meeting Held",
        "1. Deputy Minister for Political Affairs Chung Byung-won hosted the first Korea-Pacific Senior Officials' "
        "Meeting on May 10 to prepare for the summit.",
    )
    roles = _roles(x, x.meetings[0])
    assert roles.get("Chung Byung-won") == "host"


# --- planned items told with other verbs ------------------------------------------------------------

def test_will_preside_over_a_meeting_of_mission_heads_is_a_planned_meeting_with_a_chair():
    x = _release(
        "Spokesperson's Press Briefing (May 16, 2023)",
        "Good afternoon. I will begin today's briefing.",
        "First, on May 22, Foreign Minister Park Jin will preside over the 2023 meeting of the heads of the ROK's "
        "diplomatic missions in Africa.",
        section="Press Briefings",
    )
    assert len(x.meetings) == 1
    m = x.meetings[0]
    assert m.status == "planned" and "heads of the ROK" in m.title
    assert _roles(x, m) == {"Park Jin": "chair"}


def test_will_have_a_luncheon_with_is_a_planned_meal():
    x = _release(
        "Spokesperson's Press Briefing (May 16, 2023)",
        "Good afternoon. I will begin today's briefing.",
        "First, on May 19, Foreign Minister Park Jin will have a luncheon with members of the Swedish Parliament.",
        section="Press Briefings",
    )
    assert len(x.meetings) == 1
    assert x.meetings[0].kind == "meal"


def test_an_intergovernmental_meeting_is_a_conference():
    x = _release(
        "2023 Eastern Europe Cooperation Intergovernmental Meeting",
        "1. On May 12, the Ministry of Foreign Affairs convened the Eastern Europe Cooperation Intergovernmental "
        "Meeting 2023, chaired by Deputy Minister for Political Affairs Chung Byung-won.",
    )
    assert x.meetings[0].kind == "conference"
    assert _roles(x, x.meetings[0]) == {"Chung Byung-won": "chair"}
