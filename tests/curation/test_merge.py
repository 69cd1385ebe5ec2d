"""merge_people / merge_organizations: everything moves to the kept record, exactly once."""

import datetime as dt

import pytest

from diplomacy import models as m
from diplomacy.curation import CurationRefused
from diplomacy.curation.merge import merge_organizations, merge_people, merge_preview
from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_lavrovs():
    org = f.OrganizationFactory(name="Ministry of Foreign Affairs", country="RU")
    keep = f.PersonFactory(name="Sergey Lavrov", family_name="Lavrov", country="RU")
    remove = f.PersonFactory(
        name="Sergei LAVROV", family_name="", given_name="Sergei", country="RU"
    )
    f.PersonAliasFactory(person=keep, name="Sergey Lavrov")
    f.PersonAliasFactory(person=remove, name="Minister Lavrov")
    f.PersonAliasFactory(person=keep, name="minister  LAVROV")  # same normalized: dropped
    f.PersonAliasFactory(person=remove, name="Sergei LAVROV")
    f.PositionFactory(
        person=keep, title="Foreign Minister", organization=org,
        first_seen=dt.date(2015, 3, 1), last_seen=dt.date(2016, 1, 1),
    )
    folded = f.PositionFactory(
        person=remove, title="Foreign Minister", organization=org,
        first_seen=dt.date(2014, 5, 1), last_seen=dt.date(2017, 2, 1),
    )
    f.PositionFactory(person=remove, title="Permanent Representative to the UN", organization=None)
    f.EvidenceFactory(meeting=None, position=folded)
    participations = f.ParticipationFactory.create_batch(3, person=remove)
    f.ParticipationFactory(person=keep)
    f.EvidenceFactory.create_batch(2, meeting=None, person=remove)
    third = f.PersonFactory()
    a, b = sorted([remove.pk, third.pk])
    f.NotSamePersonFactory(first_id=a, second_id=b)
    return keep, remove, participations, third


def test_merge_people_moves_everything_to_kept(two_lavrovs, curator):
    keep, remove, participations, third = two_lavrovs
    removed_pk = remove.pk

    record = merge_people(keep=keep, remove=remove, user=curator)

    assert not m.Person.objects.filter(pk=removed_pk).exists()
    assert m.Participation.objects.filter(person=keep).count() == 4
    assert {p.pk for p in participations} <= set(
        m.Participation.objects.filter(person=keep).values_list("pk", flat=True)
    )
    assert sorted(keep.positions.values_list("title", "first_seen", "last_seen")) == [
        ("Foreign Minister", dt.date(2014, 5, 1), dt.date(2017, 2, 1)),
        ("Permanent Representative to the UN", dt.date(2016, 6, 13), dt.date(2016, 6, 13)),
    ]
    widened = keep.positions.get(title="Foreign Minister")
    assert widened.edited_fields == ["first_seen", "last_seen"]
    assert m.Evidence.objects.filter(position=widened).count() == 1
    assert m.Evidence.objects.filter(person=keep).count() == 2
    assert sorted(keep.aliases.values_list("name", "source")) == [
        ("Sergei LAVROV", "extracted"),
        ("Sergey Lavrov", "extracted"),
        ("minister  LAVROV", "extracted"),
    ]
    assert list(m.NotSamePerson.objects.values_list("first_id", "second_id")) == [
        tuple(sorted([keep.pk, third.pk]))
    ]
    assert record.kind == "person"
    assert (record.kept_id, record.kept_name) == (keep.pk, "Sergey Lavrov")
    assert (record.removed_id, record.removed_name) == (removed_pk, "Sergei LAVROV")
    assert record.performed_by == curator
    assert record.moved == {
        "participations": 3,
        "positions": 1,
        "positions_folded": 1,
        "aliases": 1,
        "aliases_dropped": 1,
        "evidence": 3,
        "not_same": 1,
    }


def test_merge_people_adds_removed_name_as_merge_alias_and_alias_lookup_finds_kept(curator):
    keep = f.PersonFactory(name="Kang Kyung-wha")
    remove = f.PersonFactory(name="Kang Kyungwha", given_name="", family_name="")

    merge_people(keep=keep, remove=remove, user=curator)

    alias = keep.aliases.get()
    assert (alias.name, alias.source) == ("Kang Kyungwha", m.PersonAlias.Source.MERGE)
    assert list(m.Person.objects.by_alias("kang  KYUNGWHA")) == [keep]


def test_merge_people_writes_history_with_user_and_fills_blanks(curator):
    keep = f.PersonFactory(name="Yun Byung-se", country="")
    remove = f.PersonFactory(name="Yun Byung Se", country="KR")
    removed_pk = remove.pk

    merge_people(keep=keep, remove=remove, user=curator)

    keep.refresh_from_db()
    assert keep.country.code == "KR"
    assert keep.edited_fields == ["country"]
    latest = keep.history.first()
    assert latest.history_user == curator
    assert latest.history_change_reason == f"merged #{removed_pk} Yun Byung Se into this record"
    deleted = m.Person.history.filter(id=removed_pk).first()
    assert (deleted.history_type, deleted.history_user) == ("-", curator)


def test_merge_people_refused_for_not_same_pair(curator):
    a, b = f.PersonFactory(name="Cho Tae-yul"), f.PersonFactory(name="Cho Tae-yong")
    f.NotSamePersonFactory(first=a, second=b)

    with pytest.raises(CurationRefused, match="recorded as not the same person"):
        merge_people(keep=b, remove=a, user=curator)
    assert m.Person.objects.count() == 2
    assert m.MergeRecord.objects.count() == 0


def test_merge_people_refused_with_itself(curator):
    person = f.PersonFactory()
    with pytest.raises(CurationRefused, match="with itself"):
        merge_people(keep=person, remove=person, user=curator)


def test_merge_preview_counts_person_rows():
    person = f.PersonFactory()
    f.ParticipationFactory.create_batch(2, person=person)
    f.PositionFactory(person=person)
    f.PersonAliasFactory.create_batch(3, person=person)
    assert merge_preview(person) == {
        "participations": 2,
        "positions": 1,
        "aliases": 3,
        "evidence": 0,
    }


@pytest.fixture
def two_ministries():
    keep = f.OrganizationFactory(name="Ministry of Foreign Affairs", acronym="MOFA", country="KR")
    remove = f.OrganizationFactory(
        name="Ministry of Foreign Affairs and Trade", acronym="MOFAT", country="KR"
    )
    f.OrganizationAliasFactory(organization=remove, name="Foreign Ministry")
    f.OrganizationAliasFactory(organization=keep, name="foreign ministry")
    children = f.OrganizationFactory.create_batch(2, parent=remove)
    person = f.PersonFactory()
    f.PositionFactory(person=person, title="Minister", organization=keep)
    f.PositionFactory(person=person, title="Minister", organization=remove)
    f.PositionFactory(title="Vice Minister", organization=remove)
    f.ParticipationFactory.create_batch(2, organization=remove)
    f.PledgeFactory(actor_organization=remove)
    both = f.MeetingFactory()
    both.organizations.add(keep, remove)
    only_removed = f.MeetingFactory()
    only_removed.organizations.add(remove)
    f.EvidenceFactory(meeting=None, organization=remove)
    return keep, remove, children, both, only_removed


def test_merge_organizations_moves_everything_to_kept(two_ministries, curator):
    keep, remove, children, both, only_removed = two_ministries
    removed_pk = remove.pk

    record = merge_organizations(keep=keep, remove=remove, user=curator)

    assert not m.Organization.objects.filter(pk=removed_pk).exists()
    assert m.Participation.objects.filter(organization=keep).count() == 2
    assert sorted(m.Position.objects.filter(organization=keep).values_list("title", flat=True)) == [
        "Minister",
        "Vice Minister",
    ]
    assert m.Pledge.objects.get().actor_organization == keep
    assert set(m.Organization.objects.filter(parent=keep)) == set(children)
    assert list(both.organizations.all()) == [keep]
    assert list(only_removed.organizations.all()) == [keep]
    assert m.Evidence.objects.get().organization == keep
    assert sorted(keep.aliases.values_list("name", "source")) == [
        ("MOFAT", "merge"),
        ("Ministry of Foreign Affairs and Trade", "merge"),
        ("foreign ministry", "extracted"),
    ]
    assert list(m.Organization.objects.by_alias("ministry of foreign affairs and trade")) == [keep]
    assert record.moved == {
        "participations": 2,
        "positions": 1,
        "positions_folded": 1,
        "pledges": 1,
        "children": 2,
        "meetings": 1,
        "aliases_dropped": 1,
        "aliases_added": 2,
        "evidence": 1,
    }
    assert keep.history.first().history_user == curator


def test_merge_organizations_refused_for_not_same_pair(curator):
    a = f.OrganizationFactory(name="Ministry of Unification")
    b = f.OrganizationFactory(name="Ministry of Unification Affairs")
    f.NotSameOrganizationFactory(first=a, second=b)
    with pytest.raises(CurationRefused, match="not the same organization"):
        merge_organizations(keep=a, remove=b, user=curator)


def test_merge_organizations_kept_child_of_removed_takes_its_parent(curator):
    grandparent = f.OrganizationFactory()
    remove = f.OrganizationFactory(parent=grandparent)
    keep = f.OrganizationFactory(parent=remove)

    merge_organizations(keep=keep, remove=remove, user=curator)

    keep.refresh_from_db()
    assert keep.parent == grandparent


def test_merge_people_rekeys_loader_participations_and_folds_twins(curator):
    keep, remove = f.PersonFactory(), f.PersonFactory()
    release = f.ReleaseFactory()
    meeting = f.MeetingFactory()
    twin = f.ParticipationFactory(
        meeting=meeting, release=release, person=keep, extraction_key=f"host:p{keep.pk}"
    )
    folded = f.ParticipationFactory(
        meeting=meeting, release=release, person=remove, extraction_key=f"host:p{remove.pk}"
    )
    f.EvidenceFactory(meeting=None, participation=folded)
    elsewhere = f.ParticipationFactory(
        release=release, person=remove, extraction_key=f"counterpart:p{remove.pk}"
    )

    record = merge_people(keep=keep, remove=remove, user=curator)

    elsewhere.refresh_from_db()
    assert (elsewhere.person, elsewhere.extraction_key) == (keep, f"counterpart:p{keep.pk}")
    assert not m.Participation.objects.filter(pk=folded.pk).exists()
    assert twin.evidence.count() == 1
    assert record.moved == {
        "participations": 1,
        "participations_folded": 1,
        "evidence": 1,
        "aliases_added": 1,
    }
