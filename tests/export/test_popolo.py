"""The Popolo export: Popolo field names and the documented extension keys."""

import json
from io import StringIO

from diplomacy.export import export_popolo

from .conftest import EXPORTED_AT


def popolo() -> dict:
    buffer = StringIO()
    export_popolo(buffer, exported_at=EXPORTED_AT)
    return json.loads(buffer.getvalue())


def test_export_popolo_lists(dataset):
    data = popolo()
    assert list(data) == [
        "format_version",
        "exported_at",
        "persons",
        "organizations",
        "memberships",
        "events",
    ]


def test_export_popolo_person_membership_event(dataset):
    d = dataset
    data = popolo()
    (kang,) = [p for p in data["persons"] if p["id"] == f"person/{d.kang.id}"]
    assert kang == {
        "id": f"person/{d.kang.id}",
        "name": "Kang Kyung-wha",
        "family_name": "Kang",
        "given_name": "Kyung-wha",
        "other_names": [{"name": "Foreign Minister Kang"}, {"name": "Minister Kang"}],
        "national_identity": "KR",
    }
    assert data["memberships"] == [
        {
            "id": f"membership/{d.position.id}",
            "person_id": f"person/{d.kang.id}",
            "organization_id": f"organization/{d.mofa.id}",
            "role": "Minister of Foreign Affairs",
            # real start date known; no end date, so the last release stating it stands in
            "start_date": "2017-06-18",
            "end_date": "2021-01-20",
        }
    ]
    assert data["events"] == [
        {
            "id": f"event/{d.meeting.id}",
            "name": "Korea-Russia foreign ministers' talks",
            "classification": "meeting",
            "status": "held",
            "start_date": "2021-12",
            "location": "Moscow, Russia",
            "parent_id": None,
            "attendees": [
                {
                    "id": f"person/{d.kang.id}",
                    "name": "Foreign Minister Kang Kyung-wha",
                    "x_role": "host",
                },
                {"id": None, "name": "heads of ten diplomatic missions", "x_role": "attendee"},
            ],
            "x_city": "Moscow",
            "x_country": "RU",
            "x_format": None,
            "x_organization_ids": [f"organization/{d.mofa.id}", f"organization/{d.un.id}"],
        }
    ]


def test_export_popolo_organizations(dataset):
    d = dataset
    orgs = {org["id"]: org for org in popolo()["organizations"]}
    assert orgs[f"organization/{d.mofa.id}"] == {
        "id": f"organization/{d.mofa.id}",
        "name": "Ministry of Foreign Affairs",
        "classification": "ministry",
        "parent_id": None,
        "other_names": [{"name": "MOFA", "note": "acronym"}, {"name": "Foreign Ministry"}],
        "x_country": "KR",
    }
    assert orgs[f"organization/{d.unsc.id}"]["parent_id"] == f"organization/{d.un.id}"
