"""Likely duplicates are proposed, never merged; dismissed pairs are never proposed again."""

import datetime as dt

import pytest

from diplomacy import models as m
from diplomacy.curation.duplicates import (
    likely_duplicate_organizations,
    likely_duplicate_people,
    mark_not_same_organizations,
    mark_not_same_people,
)
from tests import factories as f

pytestmark = pytest.mark.django_db


def pairs(proposals):
    return [(p.first.name, p.second.name) for p in proposals]


def test_likely_duplicate_people_finds_spelling_and_word_order_variants():
    f.PersonFactory(name="Sergey Lavrov", family_name="Lavrov")
    f.PersonFactory(name="LAVROV Sergey", family_name="")
    f.PersonFactory(name="Kang Kyung-wha", family_name="Kang")
    f.PersonFactory(name="Kang Kyungwha", family_name="Kang")
    f.PersonFactory(name="Wang Yi", family_name="Wang")

    proposals = likely_duplicate_people()

    assert sorted(pairs(proposals)) == [
        ("Kang Kyung-wha", "Kang Kyungwha"),
        ("Sergey Lavrov", "LAVROV Sergey"),
    ]
    assert [p.score for p in proposals] == [100.0, 100.0]
    assert m.Person.objects.count() == 5  # proposing merges nothing


def test_likely_duplicate_people_uses_shared_organization_and_overlapping_dates():
    mofa = f.OrganizationFactory(name="Ministry of Foreign Affairs")
    yul = f.PersonFactory(name="Cho Tae-yul", family_name="Cho")
    yong = f.PersonFactory(name="Cho Tae-yong", family_name="Cho")
    for person in (yul, yong):
        f.PositionFactory(
            person=person, organization=mofa, title="First Vice Minister",
            first_seen=dt.date(2014, 1, 1), last_seen=dt.date(2015, 1, 1),
        )
    f.PersonFactory(name="Cho Hyun", family_name="Cho")

    [proposal] = likely_duplicate_people()

    assert (proposal.first, proposal.second) == (yul, yong)
    assert proposal.reasons == [
        "same organization: Ministry of Foreign Affairs",
        "same title in the same organization at overlapping dates",
    ]


def test_likely_duplicate_people_excludes_not_same_pairs(curator):
    yul = f.PersonFactory(name="Kang Kyung-wha")
    yong = f.PersonFactory(name="Kang Kyungwha")
    assert len(likely_duplicate_people()) == 1

    decision = mark_not_same_people(first=yong, second=yul, user=curator, note="checked")

    assert (decision.first_id, decision.second_id) == (yul.pk, yong.pk)
    assert decision.decided_by == curator
    assert likely_duplicate_people() == []
    # deciding twice is harmless
    assert mark_not_same_people(first=yul, second=yong, user=curator) == decision
    assert m.NotSamePerson.objects.count() == 1


def test_likely_duplicate_people_respects_limit():
    for given in ("Min-su", "Min-soo", "Minsu", "Min su"):
        f.PersonFactory(name=f"Kim {given}", family_name="Kim")
    assert len(likely_duplicate_people()) == 3  # Min-soo scores 84 against the others
    assert len(likely_duplicate_people(limit=2)) == 2


def test_likely_duplicate_organizations_same_country_only(curator):
    f.OrganizationFactory(name="Ministry of Foreign Affairs", country="JP")
    f.OrganizationFactory(name="Ministry of Foreign Affairs", country="KR")
    a = f.OrganizationFactory(name="Ministry of Foreign Affairs.", country="RU")
    b = f.OrganizationFactory(name="Ministry for Foreign Affairs", country="RU")
    f.OrganizationFactory(name="Korea International Cooperation Agency", acronym="KOICA")
    f.OrganizationFactory(name="KOICA Office", acronym="koica")

    proposals = likely_duplicate_organizations()

    assert pairs(proposals) == [
        ("Korea International Cooperation Agency", "KOICA Office"),
        ("Ministry of Foreign Affairs.", "Ministry for Foreign Affairs"),
    ]
    assert proposals[0].reasons == ["same acronym"]

    mark_not_same_organizations(first=a, second=b, user=curator)
    assert len(likely_duplicate_organizations()) == 1
