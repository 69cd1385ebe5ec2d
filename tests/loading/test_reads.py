"""diplomacy.loading.reads returns the same instances (field values, attached related rows) as
the ORM, on SQLite and PostgreSQL."""

import datetime as dt
from decimal import Decimal

import pytest
from django.db import transaction
from django.forms.models import model_to_dict

from diplomacy import models as m
from diplomacy.loading import apply_extraction
from diplomacy.loading.apply import (
    MEETING_LINKS,
    ORGANIZATION_ALIASES,
    PARTICIPATIONS,
    PERSON_ALIASES,
    PLEDGES,
    POSITIONS,
    RELEASES,
    find_release,
)
from diplomacy.loading.reads import placeholders

from .test_apply import make_extraction

pytestmark = pytest.mark.django_db


def fields(obj):
    return {f.attname: getattr(obj, f.attname) for f in obj._meta.concrete_fields}


@pytest.fixture
def loaded():
    with transaction.atomic():
        apply_extraction(make_extraction())
    pledge = m.Pledge.objects.get()
    pledge.amount, pledge.currency = Decimal("2500000.25"), "USD"
    pledge.target_date, pledge.target_date_precision = dt.date(2017, 1, 1), "year"
    pledge.edited_fields = ["actor"]
    pledge.save()
    return m.Release.objects.get()


def test_rows_match_the_orm(loaded):
    cases = [
        (RELEASES("t.source_name = %s", ["r1.txt"], limit=1),
         m.Release.objects.filter(source_name="r1.txt")),
        (POSITIONS("t.id > %s", [0], order="t.id"), m.Position.objects.order_by("pk")),
        (PARTICIPATIONS("t.release_id = %s", [loaded.pk], order="t.id"),
         m.Participation.objects.filter(release=loaded).order_by("pk")),
        (PLEDGES("t.release_id = %s", [loaded.pk], order="t.id"),
         m.Pledge.objects.filter(release=loaded).order_by("pk")),
    ]
    for ours, orm in cases:
        orm = list(orm)
        assert orm and [fields(o) for o in ours] == [fields(o) for o in orm]
        assert all(not o._state.adding and o._state.db == "default" for o in ours)
    release = find_release("r1.txt")
    assert (release.published_at, release.notes, release.hits) == (
        loaded.published_at, loaded.notes, loaded.hits)
    assert find_release("nothing.txt") is None
    pledge = PLEDGES("t.release_id = %s", [loaded.pk])[0]
    assert (pledge.amount, pledge.actor_country.code, pledge.edited_fields) == (
        Decimal("2500000.25"), "", ["actor"])


def test_joined_rows_carry_their_related_row(loaded, django_assert_num_queries):
    keys = ["sergey lavrov", "yun byung-se"]
    aliases = PERSON_ALIASES(f"t.normalized IN ({placeholders(keys)})", keys,
                             order="t.person_id, t.id")
    orm = list(m.PersonAlias.objects.filter(normalized__in=keys).select_related("person")
               .order_by("person_id", "id"))
    assert [fields(a) for a in aliases] == [fields(a) for a in orm]
    assert [model_to_dict(a.person) for a in aliases] == [model_to_dict(a.person) for a in orm]
    with django_assert_num_queries(0):  # attached, not fetched again
        assert {a.person.country.code for a in aliases} == {"KR", "RU"}
    orgs = ORGANIZATION_ALIASES("t.normalized = %s", ["mofa"])
    assert [a.organization.name for a in orgs] == ["Ministry of Foreign Affairs"]
    links = MEETING_LINKS("t.release_id = %s", [loaded.pk])
    meeting = m.Meeting.objects.get()
    assert [fields(link.meeting) for link in links] == [fields(meeting)]
    assert links[0].meeting.date == meeting.date and links[0].meeting.time == meeting.time


def test_rows_naming_one_record_share_its_instance(loaded):
    lavrov = m.Person.objects.get(name="Sergey Lavrov")
    assert lavrov.aliases.count() == 2
    aliases = PERSON_ALIASES("t.person_id = %s", [lavrov.pk])
    assert len(aliases) == 2 and aliases[0].person is aliases[1].person
