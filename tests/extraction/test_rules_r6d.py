"""Rules added in round r6d (pledges as real releases phrase them): small releases written for
these tests in our own words (not taken from any scoring set), each asserting the exact pledges
read (text fragment, kind, actor, amount, currency), including what must NOT become a pledge."""

from decimal import Decimal

from diplomacy.extraction.rules_r6d import (
    appraisal_only,
    collective_decision,
    hope_intro_closed,
    money_after,
    not_undertaken_amount,
)
from tests.extraction.rules_helpers import release_maker

_release = release_maker("2019-05-05")

_TALKS = ("1. Minister of Foreign Affairs Kang Kyung-wha met with Minister of Foreign Affairs of Chile "
          "Roberto Ampuero in Seoul on May 4 and discussed ways to deepen bilateral relations.")


def _pledges(x):
    return [(p.kind, p.actor, p.amount, p.currency, p.text) for p in x.pledges]


def _one(x, fragment):
    found = [p for p in x.pledges if fragment in p.text]
    assert len(found) == 1, _pledges(x)
    return found[0]


# --- amounts ---------------------------------------------------------------------------------

def test_amount_with_the_currency_code_after_the_number():
    x = _release(
        "Korea to Send Relief to Flood-hit Chile",
        "1. The Government of the Republic of Korea will send 250,000 USD in humanitarian assistance to "
        "Chile through the Chilean Red Cross to help the flood victims.",
        "2. In addition, the Korea International Cooperation Agency (KOICA) will provide 2 million USD for "
        "the repair of schools in the affected areas.",
    )
    first = _one(x, "will send 250,000 USD")
    assert (first.kind, first.actor, first.amount, first.currency) == (
        "contribution", "Republic of Korea", Decimal("250000"), "USD")
    second = _one(x, "will provide 2 million USD")
    assert (second.kind, second.amount, second.currency) == ("contribution", Decimal("2000000"), "USD")
    assert len(x.pledges) == 2


def test_money_after_reads_scale_and_code():
    assert money_after("worth 1.5 million EUR to the fund")[:2] == (Decimal("1500000"), "EUR")
    assert money_after("KRW 500 million") is None  # code first: read by the older patterns
    assert money_after("held in 2021 with 30 delegates") is None


def test_past_and_ongoing_amounts_are_not_pledges_but_the_new_one_is():
    x = _release(
        "Korea Pledges Support for Refugees at Donors' Meeting",
        "1. At the donors' meeting in Geneva on May 3, Deputy Minister Kim Hee-sang pledged 6 million US "
        "dollars in humanitarian aid for the refugees of the region.",
        "2. Deputy Minister Kim said that, apart from the new pledge of US$ 6 million, the ROK had provided "
        "20 million US dollars over the past four years.",
        "3. The host countries praised the ROK for running a scholarship fund with an annual budget of "
        "US$2 million since 2014.",
        "4. Minister Ampuero thanked the ROK for its contribution of USD 300,000 to the relief effort.",
    )
    assert [(p.kind, p.amount, p.currency) for p in x.pledges] == [
        ("contribution", Decimal("6000000"), "USD")]
    assert "pledged 6 million US dollars" in x.pledges[0].text


def test_not_undertaken_amount_keeps_future_verbs():
    s = "The ROK has provided USD 5 million since 2015 and will provide USD 2 million this year."
    assert not not_undertaken_amount(s, s.find("USD"))
    s = "The fund, to which the ROK contributes USD 4 million a year, supported ten projects."
    assert not_undertaken_amount(s, s.find("USD"))


# --- agreements ------------------------------------------------------------------------------

def test_ministers_decided_to_is_an_agreement():
    x = _release(
        "Outcome of Korea-Chile Foreign Ministers' Meeting",
        _TALKS,
        "2. The two ministers decided to hold the next joint committee in Santiago in the first half of "
        "next year. They also decided to launch a working group on lithium supply chains.",
    )
    kinds = [(p.kind, p.actor) for p in x.pledges]
    assert kinds == [("agreement", "ROK and Chile"), ("agreement", "ROK and Chile")]
    assert "decided to hold the next joint committee" in x.pledges[0].text
    assert "decided to launch a working group" in x.pledges[1].text


def test_collective_decision_needs_several_parties():
    assert collective_decision("The foreign ministers also decided to meet every year.")
    assert collective_decision("They decided to expand the programme.")
    assert not collective_decision("The Korean government has decided to send a relief team.")


def test_agreed_on_the_importance_is_not_a_pledge():
    x = _release(
        "Outcome of Korea-Chile Foreign Ministers' Meeting",
        _TALKS,
        "2. The two ministers agreed on the importance of the 60th anniversary of diplomatic relations "
        "and expressed support for the cultural events planned for it.",
        "3. The two ministers agreed to expand the working holiday programme.",
    )
    assert [(p.kind, p.text.split(" agreed ")[1][:24]) for p in x.pledges] == [
        ("agreement", "to expand the working ho")]
    assert appraisal_only("They agreed on the significance of the visit.")
    assert not appraisal_only("They agreed on the importance of trade and agreed to meet again.")


# --- commitments -----------------------------------------------------------------------------

def test_government_decided_to_without_amount_is_a_commitment():
    x = _release(
        "Korea to Dispatch Relief Team to Chile",
        "1. The Korean government has decided to dispatch a disaster relief team of 40 members to Chile, "
        "which was struck by a strong earthquake on May 3.",
    )
    p = _one(x, "decided to dispatch a disaster relief team")
    assert (p.kind, p.actor, p.amount) == ("commitment", "Republic of Korea", None)


def test_decided_to_visit_is_a_schedule_not_a_pledge():
    x = _release(
        "Foreign Minister to Visit Chile",
        "1. Minister of Foreign Affairs Kang Kyung-wha has decided to visit Chile from May 20 to 22.",
        "2. The Government has decided to visit the matter again next year.",
    )
    assert x.pledges == []


def test_person_who_vows_or_promises_speaks_for_the_country():
    x = _release(
        "Outcome of Korea-Chile Foreign Ministers' Meeting",
        _TALKS,
        "2. Minister Ampuero vowed to strengthen cooperation with the ROK within the Pacific Alliance.",
        "3. Minister Kang promised to give positive consideration to Chile's request for training programmes.",
    )
    assert [(p.kind, p.actor) for p in x.pledges] == [("commitment", "Chile"), ("commitment", "Republic of Korea")]


def test_both_sides_capitalised_is_the_two_countries():
    x = _release(
        "Outcome of Korea-Chile Foreign Ministers' Meeting",
        _TALKS,
        "2. Both countries will work together to conclude the upgrade of their free trade agreement at an "
        "early date.",
    )
    p = _one(x, "Both countries will work together")
    assert (p.kind, p.actor) == ("commitment", "ROK and Chile")


def test_long_appositive_between_actor_and_will():
    x = _release(
        "Outcome of Korea-Chile Foreign Ministers' Meeting",
        _TALKS,
        "2. Minister Kang said that the ROK, as a member of the Executive Board of UNESCO and the current "
        "chair of the Group of Friends on ocean affairs in New York, will continue to support Chile's "
        "initiatives on marine protected areas.",
    )
    p = _one(x, "will continue to support Chile's initiatives")
    assert (p.kind, p.actor) == ("commitment", "Republic of Korea")


def test_closed_hope_intro_clause_keeps_the_main_commitment():
    x = _release(
        "Korea to Provide Humanitarian Assistance to Chile",
        "1. The Government will provide USD 1 million in humanitarian assistance to Chile.",
        "2. With the hope that the assistance will help the victims recover, the Korean government will "
        "continue to take part in the international relief efforts.",
        "3. Minister Kang expressed hope that the reconstruction will proceed quickly.",
    )
    assert [(p.kind, p.amount) for p in x.pledges] == [("contribution", Decimal("1000000")), ("commitment", None)]
    assert "will continue to take part" in x.pledges[1].text
    assert hope_intro_closed("With the hope that the aid will help, ")
    assert not hope_intro_closed("Minister Kang expressed hope that ")


def test_confidence_that_will_is_a_forecast():
    x = _release(
        "Outcome of Korea-Chile Foreign Ministers' Meeting",
        _TALKS,
        "2. Minister Kang expressed her confidence that the two countries, as like-minded partners in the "
        "Pacific, will further deepen their cooperation in trade and science.",
    )
    assert x.pledges == []


def test_hopes_requests_should_agendas_are_not_pledges():
    x = _release(
        "Outcome of Korea-Chile Foreign Ministers' Meeting",
        _TALKS,
        "2. Minister Kang voiced hope that Chile will join the Group of Friends. She asked Chile to support "
        "the ROK's candidacy. She said that the two countries should work together at the UN.",
        "3. The two ministers look forward to meeting again at the APEC meeting in Santiago.",
        "4. The two ministers reaffirmed their commitment to a rules-based international order.",
    )
    assert x.pledges == []


# --- several undertakings, reported speech ---------------------------------------------------

def test_agreement_and_a_proposal_of_another_subject_in_one_sentence():
    x = _release(
        "Outcome of Korea-Chile Foreign Ministers' Meeting",
        _TALKS,
        "2. The two ministers agreed to keep in close contact, and Minister Kang also proposed launching a "
        "dialogue on critical minerals.",
    )
    assert [(p.kind, p.actor) for p in x.pledges] == [("agreement", "ROK and Chile"), ("proposal", "Republic of Korea")]
    assert "launching a dialogue on critical minerals" in x.pledges[1].text
    assert "proposed" not in x.pledges[0].text


def test_his_government_would_in_reported_speech():
    x = _release(
        "Outcome of Korea-Chile Foreign Ministers' Meeting",
        _TALKS,
        "2. Minister Ampuero said that his government would keep supporting the ROK's efforts for lasting "
        "peace on the Korean Peninsula.",
    )
    p = _one(x, "his government would keep supporting")
    assert p.kind == "commitment"
    assert p.actor_country == "CL"


def test_we_in_a_foreign_ministers_quote_is_his_country():
    x = _release(
        "Outcome of Korea-Chile Foreign Ministers' Meeting",
        _TALKS,
        "2. Minister Ampuero said, “We will continue to share our experience in disaster management with "
        "Korea.”",
    )
    p = _one(x, "We will continue to share our experience")
    assert (p.kind, p.actor) == ("commitment", "Chile")


def test_tally_of_many_donors_is_not_a_pledge():
    x = _release(
        "Korea Pledges USD 4 Million to the UN Emergency Fund",
        "1. Deputy Minister Kim Hee-sang took part in the pledging event of the UN emergency fund on May 3 "
        "and pledged to donate 4 million U.S. dollars to the fund next year.",
        "2. At the event, 41 countries, including Korea, pledged a combined 480 million U.S. dollars.",
    )
    assert [(p.kind, p.amount) for p in x.pledges] == [("contribution", Decimal("4000000"))]
    assert "pledged to donate 4 million" in x.pledges[0].text
