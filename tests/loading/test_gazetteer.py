"""The gazetteer read from the database is the same on SQLite and PostgreSQL: records, aliases
and positions come in id order, never in an order the database chooses (collation, NULLs)."""

import datetime as dt

import pytest

from diplomacy import models as m
from diplomacy.loading import gazetteer_from_db

pytestmark = pytest.mark.django_db


def test_gazetteer_lists_everything_in_id_order():
    ministry = m.Organization.objects.create(name="Ministry of Foreign Affairs", country="RU")
    for name in ("russian MFA", "MID", "Russian Foreign Ministry", "MFA of Russia"):
        m.OrganizationAlias.objects.create(organization=ministry, name=name)
    nato = m.Organization.objects.create(name="NATO", kind="international_organization")
    lavrov = m.Person.objects.create(name="Sergey Lavrov", country="RU")
    # id order differs from alphabetical order, and from case-insensitive order
    for name in ("Sergey LAVROV", "lavrov", "Sergey Lavrov", "S. Lavrov", "Sergei Lavrov"):
        m.PersonAlias.objects.create(person=lavrov, name=name)
    # positions: a later start first, a position without dates (NULLs sort differently)
    m.Position.objects.create(person=lavrov, title="Foreign Minister", organization=ministry,
                              first_seen=dt.date(2016, 1, 1), last_seen=dt.date(2017, 1, 1))
    m.Position.objects.create(person=lavrov, title="Ambassador to the UN")
    m.Position.objects.create(person=lavrov, title="Deputy Minister",
                              first_seen=dt.date(1992, 1, 1))
    aaron = m.Person.objects.create(name="Aaron Aardvark", country="US")  # sorts first by name
    m.Position.objects.create(person=lavrov, title="rejected", review_status="rejected")

    gazetteer = gazetteer_from_db()
    assert [o.db_id for o in gazetteer.organizations] == [ministry.pk, nato.pk]
    assert gazetteer.organizations[0].aliases == (
        "russian MFA", "MID", "Russian Foreign Ministry", "MFA of Russia")
    assert [p.db_id for p in gazetteer.people] == [lavrov.pk, aaron.pk]
    known = gazetteer.people[0]
    assert known.aliases == ("Sergey LAVROV", "lavrov", "S. Lavrov", "Sergei Lavrov")
    assert [t.title for t in known.tenures] == [
        "Foreign Minister", "Ambassador to the UN", "Deputy Minister"]
    assert gazetteer_from_db() == gazetteer


def test_seeding_again_adds_nothing_in_a_few_queries(django_assert_max_num_queries):
    from django.conf import settings

    from diplomacy.loading import seed_gazetteer

    first = seed_gazetteer(settings.GAZETTEER_DIR)
    assert first["organizations"] and first["people"] and first["aliases"]
    counts = (m.Organization.objects.count(), m.Person.objects.count(),
              m.PersonAlias.objects.count(), m.OrganizationAlias.objects.count(),
              m.Position.objects.count())
    with django_assert_max_num_queries(8):  # every load starts with it
        again = seed_gazetteer(settings.GAZETTEER_DIR)
    assert again == {"organizations": 0, "people": 0, "aliases": 0}
    assert counts == (m.Organization.objects.count(), m.Person.objects.count(),
                      m.PersonAlias.objects.count(), m.OrganizationAlias.objects.count(),
                      m.Position.objects.count())


def test_seeding_keeps_curated_records():
    from django.conf import settings

    from diplomacy.loading import seed_gazetteer

    seed_gazetteer(settings.GAZETTEER_DIR)
    org = m.Organization.objects.filter(parent__isnull=False).order_by("pk").first()
    org.parent = None
    org.mark_edited(["parent"])
    org.save()
    position = m.Position.objects.filter(organization__isnull=False).order_by("pk").first()
    position.organization = None
    position.mark_edited(["organization"])
    position.save()
    seed_gazetteer(settings.GAZETTEER_DIR)
    org.refresh_from_db()
    position.refresh_from_db()
    assert org.parent_id is None and position.organization_id is None
