"""The loader's queries per release are few and do not grow with the database: everything a
release needs is read in a handful of queries (not one or two per name it mentions), and new
rows are written per table."""

import datetime as dt

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from diplomacy import models as m
from diplomacy.loading import apply_extraction, load_files, run
from diplomacy.models.meeting_countries import deferred_refresh

from .test_apply import make_extraction
from .test_load_seeds import SEEDS

pytestmark = pytest.mark.django_db

# A new release naming two known people at a meeting another release reported: the release,
# its evidence, organizations (1 read), people (2 reads), positions (update + history), the
# same-day meeting (1 read + 1), links, participations, pledges, status changes, history rows.
MAX_QUERIES_NEW_RELEASE = 20  # 20 today, with the savepoint around it
MAX_QUERIES_CHANGED_RELEASE = 19  # 17 today


def load_as(name, **changes):
    """The queries of one release inside a loader batch: the batch (run.Batches) refreshes the
    meeting countries of all its files once, as it commits (counted in
    test_meeting_countries_are_refreshed_once_per_batch)."""
    extraction = make_extraction(**changes)
    extraction.release.source_name = name
    with (transaction.atomic(), deferred_refresh(),
          CaptureQueriesContext(connection) as queries, transaction.atomic()):
        release = m.Release.objects.filter(source_name=name).first()
        apply_extraction(extraction, release=release)
    return [q["sql"] for q in queries.captured_queries]


def grow_database(n=300):
    """Hundreds of other people, organizations and meetings, some on the same days."""
    orgs = m.Organization.objects.bulk_create(
        m.Organization(name=f"Ministry {i}", country="FR") for i in range(n))
    m.OrganizationAlias.objects.bulk_create(
        m.OrganizationAlias(organization=o, name=o.name, normalized=o.name.lower())
        for o in orgs)
    people = m.Person.objects.bulk_create(
        m.Person(name=f"Person {i}", family_name=f"P{i}", country="FR") for i in range(n))
    m.PersonAlias.objects.bulk_create(
        m.PersonAlias(person=p, name=p.name, normalized=p.name.lower()) for p in people)
    m.Position.objects.bulk_create(
        m.Position(person=p, title="Foreign Minister", organization=o)
        for p, o in zip(people, orgs, strict=True))
    # namesakes of the release's people in other countries
    m.PersonAlias.objects.bulk_create(
        m.PersonAlias(person=m.Person.objects.create(name="Sergey Lavrov", country=code),
                      name="Sergey Lavrov", normalized="sergey lavrov")
        for code in ("BY", "UA", "KZ"))
    meetings = m.Meeting.objects.bulk_create(
        m.Meeting(title=f"Talks {i}", date=dt.date(2016, 6, 12 + i % 3), date_precision="day")
        for i in range(n))
    m.Participation.objects.bulk_create(
        m.Participation(meeting=meeting, person=person, name_as_written=person.name)
        for meeting, person in zip(meetings, people, strict=True))


def test_queries_per_release_are_bounded_and_do_not_grow_with_the_database():
    load_as("first.txt")
    small = load_as("small.txt")
    grow_database()
    large = load_as("large.txt")
    assert len(small) <= MAX_QUERIES_NEW_RELEASE, "\n".join(small)
    assert len(large) == len(small), "\n".join(large)
    # the people a release names are looked up together, not one query per name
    assert sum("diplomacy_personalias" in q and q.startswith("SELECT") for q in large) == 1


def test_changed_release_queries_are_bounded():
    load_as("first.txt")
    load_as("second.txt")
    grow_database()
    changed = load_as("first.txt", city="Sochi", checksum="b" * 64)
    assert len(changed) <= MAX_QUERIES_CHANGED_RELEASE, "\n".join(changed)
    assert m.Meeting.objects.get(release_links__release__source_name="first.txt").city == "Sochi"


def test_meeting_countries_are_refreshed_once_per_batch(monkeypatch):
    """However many files a batch holds: one DELETE of stale pairs and one INSERT of missing
    ones (per 500 meetings), run as the batch commits; nothing per file."""
    monkeypatch.setattr(run, "COMMIT_SECONDS", 3600)
    with CaptureQueriesContext(connection) as queries:
        summary = load_files([SEEDS])
    assert summary.counts()["created"] == 5
    touching = [q["sql"].split()[0] for q in queries.captured_queries
                if "diplomacy_meetingcountry" in q["sql"]]
    assert touching == ["DELETE", "INSERT"]
    assert m.MeetingCountry.objects.count() > 0
