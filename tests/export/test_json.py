"""The JSON export: exact records, partial dates, nulls, order, and a constant query count."""

import datetime as dt
import json

import pytest

from diplomacy.export import records
from tests import factories as f

from .conftest import by_id, export_text


def test_export_json_header_and_lists(dataset):
    data = json.loads(export_text())
    assert list(data) == [
        "format_version",
        "exported_at",
        "releases",
        "meetings",
        "people",
        "organizations",
        "pledges",
    ]
    assert data["format_version"] == "1.0"
    assert data["exported_at"] == "2024-01-02T03:04:05+00:00"
    assert [len(data[name]) for name in records.LISTS] == [1, 1, 2, 3, 1]


def test_export_json_release_record(dataset):
    d = dataset
    release = json.loads(export_text())["releases"][0]
    assert release == {
        "id": d.release.id,
        "title": "Foreign Minister Holds Talks with Russian Counterpart",
        "published_on": "2021-12-15",
        "source_name": "mofa_2021_12_001.txt",
        "section": "Press Releases",
        "hits": 321,
        "notes": ["unofficial translation"],
        "checksum": "ab" * 32,
        "review_status": "unreviewed",
        "confidence": 1.0,
        "meeting_ids": [d.meeting.id],
        # Kang from a participation, Lavrov from evidence
        "person_ids": sorted([d.kang.id, d.lavrov.id]),
        # MOFA from the participation and the meeting, UN from the meeting, UNSC from evidence
        "organization_ids": sorted([d.mofa.id, d.un.id, d.unsc.id]),
        "pledge_ids": [d.pledge.id],
    }


def test_export_json_meeting_record(dataset):
    d = dataset
    meeting = json.loads(export_text())["meetings"][0]
    assert meeting == {
        "id": d.meeting.id,
        "title": "Korea-Russia foreign ministers' talks",
        "kind": "meeting",
        "status": "held",
        "date": "2021-12",
        "date_precision": "month",
        "date_inferred": True,
        "date_uncertain": False,
        "date_reason": "year from the release date",
        "time": None,
        "city": "Moscow",
        "country": "RU",
        "venue": None,
        "format": None,
        "series": None,
        "ordinal": None,
        "parent_id": None,
        "review_status": "unreviewed",
        "confidence": 0.75,
        "participants": [
            {
                "person_id": d.kang.id,
                "name": "Foreign Minister Kang Kyung-wha",
                "role": "host",
                "title": "Foreign Minister",
                "organization_id": d.mofa.id,
            },
            {
                "person_id": None,
                "name": "heads of ten diplomatic missions",
                "role": "attendee",
                "title": None,
                "organization_id": None,
            },
        ],
        "organization_ids": sorted([d.mofa.id, d.un.id]),
        "release_ids": [d.release.id],
    }


def test_export_json_person_record(dataset):
    d = dataset
    person = by_id(json.loads(export_text())["people"], d.kang.id)
    assert person == {
        "id": d.kang.id,
        "name": "Kang Kyung-wha",
        "family_name": "Kang",
        "given_name": "Kyung-wha",
        "name_order": "family_first",
        "aliases": ["Foreign Minister Kang", "Minister Kang"],
        "country": "KR",
        "review_status": "unreviewed",
        "confidence": 1.0,
        "positions": [
            {
                "id": d.position.id,
                "title": "Minister of Foreign Affairs",
                "organization_id": d.mofa.id,
                "start_date": "2017-06-18",
                "end_date": None,
                "first_seen": "2017-11-01",
                "last_seen": "2021-01-20",
            }
        ],
    }


def test_export_json_organization_records(dataset):
    d = dataset
    orgs = json.loads(export_text())["organizations"]
    assert by_id(orgs, d.mofa.id) == {
        "id": d.mofa.id,
        "name": "Ministry of Foreign Affairs",
        "acronym": "MOFA",
        "aliases": ["Foreign Ministry"],
        "kind": "ministry",
        "country": "KR",
        "parent_id": None,
        "review_status": "unreviewed",
        "confidence": 1.0,
    }
    assert by_id(orgs, d.unsc.id) == {
        "id": d.unsc.id,
        "name": "Security Council",
        "acronym": None,
        "aliases": [],
        "kind": "un_body",
        "country": None,
        "parent_id": d.un.id,
        "review_status": "unreviewed",
        "confidence": 1.0,
    }


def test_export_json_pledge_record(dataset):
    d = dataset
    pledge = json.loads(export_text())["pledges"][0]
    assert pledge == {
        "id": d.pledge.id,
        "text": "The ROK will provide USD 2 million for humanitarian aid.",
        "actor": "ROK",
        "actor_country": "KR",
        "actor_organization_id": d.mofa.id,
        "kind": "contribution",
        "status": "in_the_works",
        "firmness": "committed",
        "amount": "2000000.00",
        "currency": "USD",
        "target_date": None,
        "meeting_id": d.meeting.id,
        "release_id": d.release.id,
        "review_status": "unreviewed",
        "confidence": 1.0,
        "status_history": [
            {
                "changed_on": "2022-01-10",
                "firmness": "committed",
                "fulfilment": "in_the_works",
                "note": "Budget approved",
                "source_url": None,
            }
        ],
    }


@pytest.mark.parametrize(
    ("date", "precision", "expected"),
    [
        (dt.date(2021, 12, 15), "day", "2021-12-15"),
        (dt.date(2021, 12, 1), "month", "2021-12"),
        (dt.date(2021, 1, 1), "year", "2021"),
        (None, "", None),
    ],
)
@pytest.mark.django_db
def test_export_json_meeting_date_per_precision(date, precision, expected):
    f.MeetingFactory(date=date, date_precision=precision)
    meeting = json.loads(export_text())["meetings"][0]
    assert (meeting["date"], meeting["date_precision"]) == (expected, precision or None)


@pytest.mark.django_db
def test_export_json_blank_fields_are_null():
    f.MeetingFactory(city="", country="", venue="", format="", time=dt.time(10, 30))
    f.PersonFactory(family_name="", given_name="", country="")
    meeting = json.loads(export_text())["meetings"][0]
    person = json.loads(export_text())["people"][0]
    assert [meeting[k] for k in ("city", "country", "venue", "format", "time")] == [
        None,
        None,
        None,
        None,
        "10:30:00",
    ]
    assert [person[k] for k in ("family_name", "given_name", "country")] == [None, None, None]


@pytest.mark.django_db
def test_export_json_empty_database():
    data = json.loads(export_text())
    assert {name: data[name] for name in records.LISTS} == {name: [] for name in records.LISTS}


@pytest.mark.django_db
def test_export_json_lists_ordered_by_id():
    # Person's default ordering is by name; the export orders by id whatever the Meta says.
    ids = [f.PersonFactory(name=name).id for name in ("Zhang", "Abe", "Moon")]
    assert [p["id"] for p in json.loads(export_text())["people"]] == sorted(ids)


def make_rows(count: int) -> None:
    """``count`` rows in every list, each with the related rows the export reads."""
    for _ in range(count):
        participation = f.ParticipationFactory()
        link = f.MeetingReleaseFactory(meeting=participation.meeting)
        participation.meeting.organizations.add(f.OrganizationFactory())
        f.PositionFactory(person=participation.person)
        f.PersonAliasFactory(person=participation.person)
        f.PledgeStatusChangeFactory(
            pledge=f.PledgeFactory(release=link.release, meeting=participation.meeting)
        )
        f.EvidenceFactory(release=link.release, meeting=participation.meeting)


@pytest.mark.parametrize("rows", [1, 3])
@pytest.mark.django_db
def test_export_json_query_count_constant(rows, django_assert_num_queries):
    make_rows(rows)
    # One chunk per list: releases 6 (chunk, meeting links, evidence, participations, meeting
    # organizations, pledges) + meetings 4 (chunk, participations, organizations, release
    # links) + people 3 (chunk, aliases, positions) + organizations 2 (chunk, aliases) +
    # pledges 2 (chunk, status changes) = 17.
    with django_assert_num_queries(17):
        export_text()


@pytest.mark.django_db
def test_export_json_chunks_give_the_same_output(monkeypatch, django_assert_num_queries):
    make_rows(3)
    whole = export_text()
    monkeypatch.setattr(records, "CHUNK_SIZE", 2)
    # Releases, meetings, people, pledges: 3 rows = two chunks (the second is short, so no
    # further read): 2 * (6 + 4 + 3 + 2). Organizations: 6 rows (3 chunks of 2 and one empty
    # read that ends the list): 3 * 2 + 1.
    with django_assert_num_queries(2 * (6 + 4 + 3 + 2) + 3 * 2 + 1):
        chunked = export_text()
    assert chunked == whole
