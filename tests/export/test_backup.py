"""Backup and restore: dumpdata of the diplomacy app, auth groups and users with natural keys,
flush, restore_data (loaddata in one transaction) — and everything comes back.

Notes on what flush does here:
- flush empties every table, then re-runs post_migrate: content types and permissions come back
  (with new ids) but the "viewers"/"curators" groups made by the data migration do not. The
  backup carries them (auth.group, natural keys: name and permission codenames), so they are
  restored with their permissions. On a freshly migrated database loaddata matches the
  existing groups by name and updates them instead of adding copies.
- the simple-history tables are models of the diplomacy app, so dumpdata includes them; loaddata
  saves with raw=True, which simple-history skips, so no extra history rows appear.
"""

import datetime as dt
import re
from io import StringIO

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import CommandError, call_command
from django.urls import reverse

from diplomacy import models as m
from tests import factories as f

from .conftest import build_dataset, export_text

HISTORY_MODELS = [
    m.Release.history.model,
    m.Meeting.history.model,
    m.Participation.history.model,
    m.Person.history.model,
    m.PersonAlias.history.model,
    m.Position.history.model,
    m.Organization.history.model,
    m.OrganizationAlias.history.model,
    m.Pledge.history.model,
    m.PledgeStatusChange.history.model,
]


def build_curated_state() -> dict:
    """The hand-built data set plus what curation adds: a curator's edit (edited_fields,
    reviewed_by, a history row with the user), a rejected record, a pledge status change by a
    user, a not-the-same decision and a merge record."""
    data = build_dataset()
    curator = User.objects.create_user("curator", password="x", is_staff=True)
    curator.groups.add(Group.objects.get(name="curators"))
    viewer = User.objects.create_user("viewer", password="x", is_staff=True)
    viewer.groups.add(Group.objects.get(name="viewers"))

    meeting = data.meeting
    meeting.title = "Korea-Russia Foreign Ministers' Talks (corrected)"
    meeting.mark_edited(["title"])
    meeting.review_status = m.ReviewStatus.VERIFIED
    meeting.reviewed_by = curator
    meeting.reviewed_at = dt.datetime(2024, 1, 1, 9, 0, tzinfo=dt.UTC)
    meeting._history_user = curator
    meeting.save()

    wrong = f.PersonFactory(name="Foreign Minister", review_status=m.ReviewStatus.REJECTED)
    f.PledgeStatusChangeFactory(
        pledge=data.pledge,
        changed_on=dt.date(2023, 5, 1),
        firmness="delivered",
        fulfilment="kept",
        changed_by=curator,
        source_url="https://example.org/aid-delivered",
    )
    m.NotSamePerson.objects.create(first=data.kang, second=data.lavrov, decided_by=curator)
    m.MergeRecord.objects.create(
        kind="person",
        kept_id=data.kang.id,
        kept_name="Kang Kyung-wha",
        removed_id=wrong.id + 1000,
        removed_name="Kang Kyungwha",
        moved={"aliases": 1},
        performed_by=curator,
    )
    return {"data": data, "curator": curator}


def to_ms(rows):
    """dumpdata's JSON encoder keeps datetimes to the millisecond (DjangoJSONEncoder drops the
    last three digits of the microseconds), so the snapshot compares them at that precision."""
    return [
        tuple(
            v.replace(microsecond=v.microsecond // 1000 * 1000) if isinstance(v, dt.datetime) else v
            for v in row
        )
        for row in rows
    ]


def curated_snapshot() -> dict:
    """What the JSON export leaves out: history, evidence spans, curation fields, users."""
    return {
        "history": {
            model._meta.label: to_ms(
                model.objects.order_by("history_id").values_list(
                    "history_id", "id", "history_type", "history_user__username", "history_date"
                )
            )
            for model in HISTORY_MODELS
        },
        "evidence": list(
            m.Evidence.objects.order_by("id").values_list(
                "id",
                "release_id",
                "start",
                "end",
                "sentence_start",
                "sentence_end",
                "quote",
                "person_id",
                "organization_id",
                "meeting_id",
            )
        ),  # fmt: skip
        "curation": to_ms(
            m.Meeting.objects.order_by("id").values_list(
                "id",
                "edited_fields",
                "review_status",
                "reviewed_by__username",
                "reviewed_at",
                "created_at",
                "updated_at",
            )
        ),  # fmt: skip
        "rejected": list(
            m.Person.objects.filter(review_status="rejected").values_list("id", "name")
        ),
        "status_changes": list(
            m.PledgeStatusChange.objects.order_by("id").values_list(
                "id", "fulfilment", "changed_by__username", "source_url"
            )
        ),
        "not_same": list(m.NotSamePerson.objects.values_list("first_id", "second_id")),
        "merges": list(m.MergeRecord.objects.values_list("kept_id", "removed_name", "moved")),
        "groups": {
            group.name: sorted(group.permissions.values_list("codename", flat=True))
            for group in Group.objects.order_by("name")
        },
        "users": list(
            User.objects.order_by("username").values_list(
                "username", "is_staff", "password", "groups__name"
            )
        ),
        "meetings_shown": [
            (
                meeting.date_display,
                [(p.name_as_written, p.role, p.person_id) for p in meeting.participations.all()],
            )
            for meeting in m.Meeting.objects.order_by("id")
        ],
    }


def page(client, name: str, pk: int) -> str:
    response = client.get(reverse(name, args=[pk]))
    assert response.status_code == 200
    # the CSRF token in forms changes with each session
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", response.content.decode())


def pages(client, data) -> dict:
    client.force_login(User.objects.get(username="curator"))
    return {
        "meeting": page(client, "meeting-detail", data.meeting.id),
        "release": page(client, "release-detail", data.release.id),
        "person": page(client, "person-detail", data.kang.id),
        "pledge": page(client, "pledge-detail", data.pledge.id),
    }


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_backup_round_trip_restores_everything(tmp_path, client):
    state = build_curated_state()
    data = state["data"]
    before_export = export_text()
    before = curated_snapshot()
    before_pages = pages(client, data)
    assert before["history"]["diplomacy.HistoricalMeeting"][-1][2:4] == ("~", "curator")

    backup = tmp_path / "backup.json.gz"
    call_command(
        "dumpdata", "diplomacy", "auth.group", "auth.user",
        natural_foreign=True, natural_primary=True, indent=0, output=str(backup),
        stdout=StringIO(),
    )  # fmt: skip
    call_command("flush", interactive=False)
    assert (Group.objects.count(), User.objects.count(), m.Meeting.objects.count()) == (0, 0, 0)

    out = StringIO()
    call_command("restore_data", str(backup), stdout=out)
    assert "Restored" in out.getvalue()

    assert export_text() == before_export
    assert curated_snapshot() == before
    client.logout()
    assert pages(client, data) == before_pages


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_restore_into_freshly_migrated_database_keeps_one_copy_of_groups(tmp_path):
    """On a migrated (not flushed) database the groups already exist: loaddata matches them by
    name instead of adding copies."""
    build_curated_state()
    backup = tmp_path / "backup.json"
    call_command(
        "dumpdata", "diplomacy", "auth.group", "auth.user",
        natural_foreign=True, natural_primary=True, indent=0, output=str(backup),
        stdout=StringIO(),
    )  # fmt: skip
    groups_before = {g.name: g.permissions.count() for g in Group.objects.all()}
    # empty the data but keep the groups, as a fresh `migrate` leaves them
    m.Evidence.objects.all().delete()
    m.Participation.objects.all().delete()
    m.Pledge.objects.all().delete()
    m.Position.objects.all().delete()
    for model in (m.Meeting, m.Release, m.NotSamePerson, m.MergeRecord, m.Person):
        model.objects.all().delete()
    m.Organization.objects.filter(parent__isnull=False).delete()
    m.Organization.objects.all().delete()
    for model in HISTORY_MODELS:
        model.objects.all().delete()
    User.objects.all().delete()

    call_command("restore_data", str(backup), stdout=StringIO())
    assert {g.name: g.permissions.count() for g in Group.objects.all()} == groups_before
    assert sorted(User.objects.values_list("username", flat=True)) == ["curator", "viewer"]


@pytest.mark.django_db
def test_restore_data_refuses_a_database_with_records(tmp_path):
    f.MeetingFactory()
    backup = tmp_path / "backup.json"
    backup.write_text("[]")
    with pytest.raises(
        CommandError,
        match=r"not empty \(rows in diplomacy.HistoricalMeeting, diplomacy.Meeting, "
        r"diplomacy.MeetingCountry, diplomacy.CountryMeetingCount\)",
    ):
        call_command("restore_data", str(backup), stdout=StringIO())


@pytest.mark.django_db
def test_restore_data_missing_file(tmp_path):
    with pytest.raises(CommandError, match="No fixture named 'nothing-here'"):
        call_command("restore_data", str(tmp_path / "nothing-here.json"), stdout=StringIO())
