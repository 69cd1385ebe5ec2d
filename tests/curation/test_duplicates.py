"""Likely duplicates are proposed, never merged; dismissed pairs are never proposed again."""

import datetime as dt
import hashlib

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


def _word(i: int, salt: str) -> str:
    """A made-up word, unlike the word of any other ``i``."""
    digest = hashlib.sha256(f"{salt}{i}".encode()).digest()
    return "".join(chr(ord("a") + b % 26) for b in digest[:7]).title()


def _add_people(n, start=0):
    """3n people: n pairs of spelling variants ("Qwe Rty-uio" / "Qwe Rtyuio") sharing an
    organization, and n unrelated names; n organizations with unrelated names."""
    mofa = f.OrganizationFactory(name=f"Ministry of Foreign Affairs {start}")
    names = [(_word(i, "a"), _word(i, "b")) for i in range(start, start + n)]
    people = m.Person.objects.bulk_create(
        [m.Person(name=f"{a} {b[:3]}-{b[3:]}", family_name=a) for a, b in names]
        + [m.Person(name=f"{a} {b}", family_name=a) for a, b in names]
        + [m.Person(name=f"{_word(i, 'c')} {_word(i, 'd')}") for i in range(start, start + n)]
    )
    m.Position.objects.bulk_create(
        [m.Position(person=p, organization=mofa, title="Director") for p in people[: 2 * n]]
    )
    m.Organization.objects.bulk_create(
        [m.Organization(name=f"Embassy {_word(i, 'e')}", country="KR")
         for i in range(start, start + n)]
    )
    return people


def _page_queries(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("admin:curation_duplicates"))
    assert response.status_code == 200
    return len(queries), response.context["sections"]


def test_duplicates_page_query_count_does_not_grow_with_people(curator_client, curator):
    people = _add_people(5)
    mark_not_same_people(first=people[0], second=people[5], user=curator)
    f.OrganizationFactory(name="Korea Foundation")
    f.OrganizationFactory(name="The Korea Foundation")
    small, sections = _page_queries(curator_client)
    assert len(sections[0][2]) == 4  # five pairs, one dismissed
    assert len(sections[1][2]) == 1

    _add_people(400, start=1000)  # 1,200 more people, 800 more positions, 400 organizations
    large, sections = _page_queries(curator_client)
    assert len(sections[0][2]) == 50
    assert large == small


def test_dismissed_pairs_are_skipped_even_when_they_fill_the_first_batch(curator):
    """Most of the best candidates dismissed: the next ones are still proposed."""
    from diplomacy.curation import duplicates

    people = _add_people(duplicates.DISMISSED_BATCH + 20)
    n = duplicates.DISMISSED_BATCH + 20
    m.NotSamePerson.objects.bulk_create(
        [m.NotSamePerson(first=people[i], second=people[n + i], decided_by=curator)
         for i in range(n - 3)]
    )
    shown = likely_duplicate_people(limit=50)
    assert len(shown) == 3
    assert {(p.first.pk, p.second.pk) for p in shown} == {
        (people[i].pk, people[n + i].pk) for i in range(n - 3, n)
    }


def test_window_bounds_comparisons_in_one_big_family_block(monkeypatch):
    """5,000 people of one family name are compared with their WINDOW neighbours only, not
    each with every other (12.5 million pairs)."""
    from rapidfuzz import process

    from diplomacy.curation import duplicates

    m.Person.objects.bulk_create(
        [m.Person(name=f"Kim Min-su {i}", family_name="Kim") for i in range(5000)]
    )
    compared = 0
    extract = process.extract

    def counting(query, choices, **kwargs):
        nonlocal compared
        compared += len(choices)
        return extract(query, choices, **kwargs)

    monkeypatch.setattr(duplicates.process, "extract", counting)
    assert len(likely_duplicate_people(limit=50)) == 50
    assert compared <= 2 * 5000 * duplicates.WINDOW
