"""diplomacy.loading.writes writes the same rows (and history rows) as Django's bulk_create and
simple-history would, on SQLite and on PostgreSQL."""

import datetime as dt
from decimal import Decimal

import pytest
from django.db import connection

from diplomacy import models as m
from diplomacy.loading.writes import PendingUpdates, insert_rows, update_rows

pytestmark = pytest.mark.django_db

VOLATILE = {"id", "history_id", "history_date", "created_at", "updated_at", "loaded_at"}


def rows(model, **filters):
    return [
        {k: v for k, v in row.items() if k not in VOLATILE}
        for row in model._base_manager.filter(**filters).order_by("pk").values()
    ]


def history(model, pks):
    return [
        {k: v for k, v in row.items() if k not in VOLATILE}
        for row in model.history.model.objects.filter(id__in=pks).order_by("history_id").values()
    ]


def release(name):
    return m.Release(
        source_name=name, checksum="c" * 64, raw_text="raw", cleaned_text="clean",
        title="Title", section="Press", published_on=dt.date(2016, 6, 13),
        published_at=dt.datetime(2016, 6, 13, 13, 0, tzinfo=dt.UTC), hits=3,
        notes=["unofficial translation"], other_language_headers=[], loaded_at=dt.datetime(
            2020, 1, 1, tzinfo=dt.UTC), extractor_version="t", extraction_warnings=["w"])


def make_objects(tag, rel):
    org = m.Organization(name=f"Ministry {tag}", acronym="MIN", kind="ministry", country="RU",
                         confidence=0.5)
    person = m.Person(name=f"Sergey {tag}", family_name=tag, given_name="Sergey",
                      name_order="given_first", country="RU", confidence=0.25)
    meeting = m.Meeting(title=f"Talks {tag}", kind="meeting", status="held",
                        date=dt.date(2016, 6, 13), date_precision="day", date_inferred=True,
                        date_reason="year from the block", time=dt.time(13, 30), city="Moscow",
                        country="RU", format="in_person", ordinal=4, confidence=0.75)
    return org, person, meeting


def test_lean_inserts_match_bulk_create_and_simple_history():
    lean_release, django_release = release("lean.txt"), release("django.txt")
    insert_rows(m.Release, [lean_release])
    m.Release.objects.bulk_create([django_release])
    m.Release.history.bulk_history_create([django_release])
    assert lean_release.pk and not lean_release._state.adding

    made = {}
    for tag, rel, lean in (("QQL", lean_release, True), ("QQD", django_release, False)):
        org, person, meeting = make_objects(tag, rel)
        for model, obj in ((m.Organization, org), (m.Person, person), (m.Meeting, meeting)):
            if lean:
                insert_rows(model, [obj])
            else:
                model.objects.bulk_create([obj])
                model.history.bulk_history_create([obj])
        alias = m.PersonAlias(person=person, name=f"Sergey {tag.upper()}",
                              normalized=f"sergey {tag.lower()}")
        position = m.Position(person=person, title="Foreign Minister", organization=org,
                              first_seen=dt.date(2016, 1, 1), last_seen=dt.date(2016, 6, 13))
        participation = m.Participation(meeting=meeting, release=rel, name_as_written="S",
                                        person=person, role="counterpart", title="FM",
                                        organization=org, extraction_key="k")
        pledge = m.Pledge(text="We pledge", kind="contribution", actor="ROK", actor_country="KR",
                          amount=Decimal("1500000.50"), currency="USD",
                          target_date=dt.date(2017, 1, 1), target_date_precision="year",
                          meeting=meeting, release=rel, extraction_key="p")
        for model, obj in ((m.PersonAlias, alias), (m.Position, position),
                           (m.Participation, participation), (m.Pledge, pledge)):
            if lean:
                insert_rows(model, [obj])
            else:
                model.objects.bulk_create([obj])
                model.history.bulk_history_create([obj])
        evidence = m.Evidence(release=rel, start=0, end=1, sentence_start=0, sentence_end=2,
                              quote="r", field="name", pledge=pledge)
        link = m.MeetingRelease(meeting=meeting, release=rel, extraction_key="m1")
        through = m.Meeting.organizations.through(meeting_id=meeting.pk, organization_id=org.pk)
        for model, obj in ((m.Evidence, evidence), (m.MeetingRelease, link),
                           (m.Meeting.organizations.through, through)):
            if lean:
                insert_rows(model, [obj],
                            ignore_conflicts=model is m.Meeting.organizations.through)
            else:
                model.objects.bulk_create([obj])
        made[tag] = {type(o): o for o in (org, person, meeting, alias, position, participation,
                                          pledge, evidence, link, through)}

    def normalise(values, tag):
        """The two sets differ only in names carrying the tag and in the ids they point to."""
        out = []
        for row in values:
            row = {k: (v.replace(tag, "*").replace(tag.lower(), "*") if isinstance(v, str)
                       else v) for k, v in row.items() if not k.endswith("_id")}
            out.append(row)
        return out

    for model in (m.Release, m.Organization, m.Person, m.Meeting, m.PersonAlias, m.Position,
                  m.Participation, m.Pledge, m.Evidence, m.MeetingRelease):
        if model is m.Release:
            lean_rows = rows(model, pk=lean_release.pk)
            django_rows = rows(model, pk=django_release.pk)
            for row in (*lean_rows, *django_rows):
                row.pop("source_name")
        else:
            lean_rows = normalise(rows(model, pk=made["QQL"][model].pk), "QQL")
            django_rows = normalise(rows(model, pk=made["QQD"][model].pk), "QQD")
        assert lean_rows and lean_rows == django_rows, model
        if hasattr(model, "history"):
            pks = [made["QQL"][model].pk] if model is not m.Release else [lean_release.pk]
            dpks = [made["QQD"][model].pk] if model is not m.Release else [django_release.pk]
            lean_history = normalise(history(model, pks), "QQL")
            django_history = normalise(history(model, dpks), "QQD")
            for row in (*lean_history, *django_history):
                row.pop("source_name", None)
            assert lean_history and lean_history == django_history, model
    # the values read back are the Python values that went in
    pledge = m.Pledge.objects.get(pk=made["QQL"][m.Pledge].pk)
    assert (pledge.amount, pledge.actor_country.code) == (Decimal("1500000.50"), "KR")
    lean = m.Release.objects.get(pk=lean_release.pk)
    assert lean.published_at == dt.datetime(2016, 6, 13, 13, 0, tzinfo=dt.UTC)
    assert (lean.notes, lean.extraction_warnings) == (["unofficial translation"], ["w"])
    assert m.Meeting.objects.get(pk=made["QQL"][m.Meeting].pk).time == dt.time(13, 30)


def test_conflicting_through_rows_are_ignored():
    org = m.Organization.objects.create(name="NATO", kind="international_organization")
    meeting = m.Meeting.objects.create(title="Talks")
    through = m.Meeting.organizations.through
    insert_rows(through, [through(meeting_id=meeting.pk, organization_id=org.pk)],
                ignore_conflicts=True)
    insert_rows(through, [through(meeting_id=meeting.pk, organization_id=org.pk)],
                ignore_conflicts=True)
    assert list(meeting.organizations.all()) == [org]


def test_updates_write_only_the_named_fields_with_history():
    meetings = [m.Meeting.objects.create(title=f"Talks {i}", city="Seoul") for i in range(3)]
    before = m.Meeting.history.count()
    for meeting in meetings:
        meeting.city = "Busan"
    m.Meeting.objects.filter(pk=meetings[0].pk).update(title="Edited meanwhile")
    update_rows(m.Meeting, meetings, ["city"])
    assert sorted(m.Meeting.objects.values_list("title", "city")) == [
        ("Edited meanwhile", "Busan"), ("Talks 1", "Busan"), ("Talks 2", "Busan")]
    assert m.Meeting.history.count() == before + 3
    assert set(m.Meeting.history.filter(history_type="~").values_list("city", flat=True)) == {
        "Busan"}


def test_pending_updates_group_by_fields_and_stamp_updated_at():
    a = m.Meeting.objects.create(title="A", city="Seoul")
    b = m.Meeting.objects.create(title="B", city="Seoul")
    stamp = a.updated_at
    pending = PendingUpdates()
    a.city, b.title = "Busan", "B2"
    pending.add(a, ["city"])
    pending.add(b, ["title"])
    pending.add(m.Meeting(title="unsaved"), ["title"])  # written by its INSERT, not here
    pending.flush()
    a.refresh_from_db()
    b.refresh_from_db()
    assert (a.title, a.city, b.title, b.city) == ("A", "Busan", "B2", "Seoul")
    assert a.updated_at > stamp


def test_database_vendor_takes_the_lean_path():
    assert connection.vendor in ("sqlite", "postgresql")
    assert connection.features.can_return_rows_from_bulk_insert
