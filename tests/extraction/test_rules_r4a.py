"""Rules added in round r4a (organizations and the titles that name them): one small release
per rule, written for these tests in our own words (not taken from any scoring set)."""

from tests.extraction.rules_helpers import release_maker


_release = release_maker("2021-05-16")


def _orgs(x):
    return {(o.name, o.country) for o in x.organizations}


def _names(x):
    return {o.name for o in x.organizations}


# --- keyword discovery: whole words, one sentence, "X and Y Foundation" ------------------------

def test_keyword_names_end_on_a_whole_word():
    x = _release(
        "Vice Minister Meets UN High Commissioner for Human Rights",
        "1. Vice Minister Choi met with UN High Commissioner for Human Rights Jane DOE in Geneva on May 3.",
        "2. The Korean delegation was led by Director of Consular Services Kim Min-ho.",
    )
    names = _names(x)
    assert "High Commission" not in names
    assert "Consular Service" not in names


def test_keyword_name_does_not_span_a_sentence_end():
    x = _release(
        "The 4th ROK-Peru Joint Commission Held",
        "1. The 4th ROK-Peru Joint Commission was held in Lima on Monday, May 10. The Joint Commission "
        "was co-chaired by Deputy Minister Kim Min-ho and Vice Minister Ana TORRES of Peru.",
    )
    assert not any("Commission" in n for n in _names(x))


def test_two_common_words_joined_by_and_before_foundation():
    x = _release(
        "Foreign Minister Visits Memorial",
        "1. Foreign Minister Chung Eui-yong met officials of the Remembrance and Reconciliation Foundation "
        "in Seoul on May 12.",
    )
    names = _names(x)
    assert "Remembrance and Reconciliation Foundation" in names
    assert "Reconciliation Foundation" not in names


# --- foreign ministries written in full that begin like the ROK's ----------------------------------

def test_longer_foreign_ministry_name_with_a_city_is_not_the_roks():
    x = _release(
        "Ambassador Pays Courtesy Call on Foreign Minister of Morocco",
        "1. Ambassador Lee Ji-hoon paid a courtesy call on Minister Nasser BOURITA at the Ministry of "
        "Foreign Affairs and African Cooperation in Rabat on May 11.",
    )
    orgs = _orgs(x)
    assert ("Ministry of Foreign Affairs and African Cooperation of Morocco", "MA") in orgs
    assert ("Ministry of Foreign Affairs of Morocco", "MA") not in orgs


def test_department_of_foreign_affairs_takes_the_country_of_its_sentence():
    x = _release(
        "The 2nd ROK-Australia Consular Consultation Held",
        "1. The 2nd ROK-Australia Consular Consultation was held in Canberra on May 6. The Korean delegation "
        "was led by Director-General Kim Min-ho of the Ministry of Foreign Affairs, and the Australian "
        "delegation by First Assistant Secretary Mark LEE of the Department of Foreign Affairs and Trade.",
        "2. Mr. Lee said that the Department of Foreign Affairs and Trade will expand its online services.",
    )
    orgs = _orgs(x)
    assert ("Department of Foreign Affairs and Trade of Australia", "AU") in orgs
    assert not any(c == "KR" and n.startswith("Department") for n, c in orgs)


# --- titles that name (or imply) another country's ministry -------------------------------------

def test_unusual_foreign_portfolio_implies_the_foreign_ministry_with_its_real_name_as_alias():
    x = _release(
        "Foreign Minister Holds Talks with Foreign Minister of Nigeria",
        "1. Foreign Minister Chung Eui-yong held talks with Minister of External Affairs Musa BELLO of "
        "Nigeria in Seoul on May 14.",
    )
    ministry = next(o for o in x.organizations if o.country == "NG")
    assert ministry.name == "Ministry of Foreign Affairs of Nigeria"
    assert "Ministry of External Affairs" in ministry.aliases


def test_appositive_title_ending_with_its_country_before_a_second_role():
    x = _release(
        "Vice Minister Meets OSCE Chairperson-in-Office",
        "1. Vice Minister Choi Jong-moon held talks with Anna NOVAKOVA, Minister of Foreign and European "
        "Affairs of the Slovak Republic and OSCE Chairperson-in-Office, in Vienna on May 6.",
    )
    person = next(p for p in x.people if p.name == "Anna Novakova")
    orgs = {o.key: o for o in x.organizations}
    assert person.country == "SK"
    assert orgs[person.organization_key].name == "Ministry of Foreign Affairs of Slovakia"


def test_title_with_a_portfolio_listed_with_commas_after_an_appointment():
    x = _release(
        "Foreign Minister Congratulates New Foreign Minister of Australia",
        "1. Foreign Minister Chung Eui-yong on May 2 sent a congratulatory message to Emma CLARKE on her "
        "appointment as Minister for Foreign Affairs, Trade and Development of Australia.",
    )
    person = next(p for p in x.people if p.name == "Emma Clarke")
    assert person.title == "Minister for Foreign Affairs, Trade and Development"
    assert person.country == "AU"


def test_a_cabinet_secretary_of_the_philippines_heads_a_ministry():
    x = _release(
        "Deputy Minister Calls on Secretary of Trade of the Philippines",
        "1. Deputy Minister Baek Ji-ah, who is visiting the Philippines, called on Secretary of Trade "
        "Maria SANTOS of the Philippines in Manila on May 12.",
    )
    assert ("Ministry of Trade of the Philippines", "PH") in _orgs(x)


# --- an organization's name qualifying a title or an activity ----------------------------------

def test_un_only_qualifying_an_activity_or_an_unnamed_title_is_not_recorded():
    x = _release(
        "Vice Minister Holds Policy Consultation with Rwanda",
        "1. Vice Minister Choi Jong-moon held a policy consultation with State Minister Jean MUGABO of Rwanda "
        "in Kigali on May 4. Minister Mugabo thanked the ROK for its support to UN peacekeeping operations "
        "and for the summit convened by the UN Secretary-General in April.",
    )
    assert "United Nations" not in _names(x)


def test_an_organization_before_a_named_holders_title_is_recorded():
    x = _release(
        "Foreign Minister Meets NATO Secretary General",
        "1. Foreign Minister Chung Eui-yong met with NATO Secretary General Jens STOLTENBERG in Brussels on May 4.",
    )
    assert "North Atlantic Treaty Organization" in _names(x)


def test_rok_ambassador_belongs_to_the_embassy_the_release_names():
    x = _release(
        "Ambassador Pays Courtesy Call on Foreign Minister of Peru",
        "1. Ambassador of the Republic of Korea to Peru Kim Min-ho paid a courtesy call on Minister of Foreign "
        "Affairs Ana TORRES of Peru in Lima on May 10.",
        "2. The Korean Embassy in Peru will hold a Korea-Peru business forum in June.",
    )
    orgs = {o.key: o for o in x.organizations}
    amb = next(p for p in x.people if p.name == "Kim Min-ho")
    assert orgs[amb.organization_key].name == "Embassy of the Republic of Korea in Peru"
    assert ("Ministry of Foreign Affairs", "KR") not in _orgs(x)


def test_a_headline_does_not_lengthen_an_roks_ministry():
    x = _release(
        "Ministry of Foreign Affairs, Ministry of Unification and President Hold Policy Discussion on Peace",
        "1. The Ministry of Foreign Affairs and the Ministry of Unification held a policy discussion in Seoul "
        "on May 3.",
    )
    assert _names(x) == {"Ministry of Foreign Affairs", "Ministry of Unification"}


# --- bilateral meeting series and companies named with their acronym ----------------------------

def test_bilateral_joint_committees_and_commissions_are_not_organizations():
    x = _release(
        "The 2nd ROK-Kenya Joint Economic and Trade Committee Held",
        "1. The 2nd ROK-Kenya Joint Economic and Trade Committee (JETCO) was held in Nairobi on May 11. "
        "The two sides agreed that the ROK-Kenya Joint Commission will meet in Seoul next year.",
    )
    assert not any("Joint" in n for n in _names(x))


def test_a_company_whose_initials_are_its_acronym():
    x = _release(
        "Vice Minister Meets Polish Deputy Minister",
        "1. Vice Minister Choi Jong-moon met with Deputy Minister Jan KOWALSKI of Poland in Warsaw on May 6 "
        "and noted the interest of Korea Hydro & Nuclear Power (KHNP) in the nuclear power plant project.",
    )
    o = next(o for o in x.organizations if o.acronym == "KHNP")
    assert (o.name, o.kind, o.country) == ("Korea Hydro & Nuclear Power", "company", "KR")


def test_a_rank_before_the_name_and_the_post_after_it():
    x = _release(
        "Ambassador Pays Courtesy Call on Secretary-General of Foreign Affairs of Chile",
        "1. Ambassador of the Republic of Korea to Chile Lee Ji-hoon paid a courtesy call on Ambassador Jorge "
        "ORTEGA, Secretary-General of Foreign Affairs, in Santiago on May 10.",
    )
    person = next(p for p in x.people if p.name == "Jorge Ortega")
    orgs = {o.key: o for o in x.organizations}
    assert person.title == "Secretary-General of Foreign Affairs"
    assert orgs[person.organization_key].name == "Ministry of Foreign Affairs of Chile"


def test_a_units_title_then_of_the_ministry_names_the_employer():
    x = _release(
        "Outcome of the 4th ROK-Indonesia Policy Consultation",
        "1. Vice Minister of Foreign Affairs Choi Jong-moon, together with Director General for Policy of the "
        "Ministry of Foreign Affairs of the Republic of Indonesia Budi SANTOSO, held the 4th policy "
        "consultation in Jakarta on May 6.",
    )
    person = next(p for p in x.people if p.name == "Budi Santoso")
    orgs = {o.key: o for o in x.organizations}
    assert person.organization_key and orgs[person.organization_key].country == "ID"


# --- the ROK's own bodies named without a country ----------------------------------------------

def test_presidential_committees_and_a_body_named_for_overseas_koreans_are_the_roks():
    x = _release(
        "Foreign Ministry to Hold Meeting of Heads of Missions",
        "1. The heads of mission will meet senior officials of the Presidential Committee on Northern Economic "
        "Cooperation and of the Overseas Koreans Foundation in Seoul on May 18.",
    )
    orgs = {o.name: o for o in x.organizations}
    assert orgs["Presidential Committee on Northern Economic Cooperation"].country == "KR"
    assert orgs["Overseas Koreans Foundation"].country == "KR"


def test_an_roks_representative_for_regional_affairs_belongs_to_the_ministry():
    x = _release(
        "ROK Announces Humanitarian Aid at Pledging Conference",
        "1. The Korean delegation, headed by Representative for African and Middle Eastern Affairs Kim Min-ho, "
        "attended the pledging conference held in Geneva on May 3.",
    )
    person = next(p for p in x.people if p.name == "Kim Min-ho")
    orgs = {o.key: o for o in x.organizations}
    assert orgs[person.organization_key].name == "Ministry of Foreign Affairs"


def test_a_foreign_ministers_counterpart_heads_his_countrys_foreign_ministry():
    x = _release(
        "Foreign Minister Meets his Dutch Counterpart",
        "1. Foreign Minister Chung Eui-yong held talks with his Dutch counterpart Wopke HOEKSTRA in The Hague "
        "on May 10.",
    )
    person = next(p for p in x.people if p.name == "Wopke Hoekstra")
    orgs = {o.key: o for o in x.organizations}
    assert orgs[person.organization_key].name == "Ministry of Foreign Affairs of the Netherlands"
