"""The Popolo export (https://www.popoloproject.com/specs/): persons, organizations,
memberships and events, as civic-data tools read them.

Ids are strings with the record type in front (``person/12``, ``organization/3``,
``membership/7`` for position 7, ``event/5`` for meeting 5), so they are unique across lists
and the number after the slash is the id in the JSON export. Keys that the Popolo schemas do not
define start with ``x_``.
"""

import datetime as dt
from collections.abc import Iterator

from django.utils import timezone
from django_countries import countries

from diplomacy import models as m

from .json_export import FORMAT_VERSION, write_json_lists
from .records import _chunks, iso, iter_meetings, iter_organizations, iter_people
from .snapshot import consistent_snapshot


def _ref(kind: str, pk) -> str | None:
    return None if pk is None else f"{kind}/{pk}"


def iter_persons() -> Iterator[dict]:
    for person in iter_people():
        yield {
            "id": _ref("person", person["id"]),
            "name": person["name"],
            "family_name": person["family_name"],
            "given_name": person["given_name"],
            "other_names": [{"name": alias} for alias in person["aliases"]],
            "national_identity": person["country"],
        }


def iter_popolo_organizations() -> Iterator[dict]:
    for org in iter_organizations():
        other_names = [{"name": alias} for alias in org["aliases"]]
        if org["acronym"]:
            other_names.insert(0, {"name": org["acronym"], "note": "acronym"})
        yield {
            "id": _ref("organization", org["id"]),
            "name": org["name"],
            "classification": org["kind"],
            "parent_id": _ref("organization", org["parent_id"]),
            "other_names": other_names,
            "x_country": org["country"],
        }


def iter_memberships() -> Iterator[dict]:
    """One membership per position. Popolo wants the tenure; where staff have not entered it,
    the dates of the first and last release stating the title stand in for it."""
    fields = (
        "id", "person_id", "organization_id", "title", "start_date", "end_date", "first_seen",
        "last_seen",
    )  # fmt: skip
    for rows in _chunks(m.Position.objects.all(), fields):
        for row in rows:
            yield {
                "id": _ref("membership", row["id"]),
                "person_id": _ref("person", row["person_id"]),
                "organization_id": _ref("organization", row["organization_id"]),
                "role": row["title"],
                "start_date": iso(row["start_date"] or row["first_seen"]),
                "end_date": iso(row["end_date"] or row["last_seen"]),
            }


def _location(meeting: dict) -> str | None:
    country = countries.name(meeting["country"]) if meeting["country"] else None
    parts = [part for part in (meeting["venue"], meeting["city"], country) if part]
    return ", ".join(parts) or None


def iter_events() -> Iterator[dict]:
    """One event per meeting. ``attendees`` (defined by the Popolo event schema as a list of
    persons) holds ``{"id", "name", "x_role"}`` for each participant, with ``id`` null when the
    participant is not resolved to a person. A meeting's organizations are not its organizer,
    so ``organization_id`` is left out and ``x_organization_ids`` lists them."""
    for meeting in iter_meetings():
        yield {
            "id": _ref("event", meeting["id"]),
            "name": meeting["title"],
            "classification": meeting["kind"],
            "status": meeting["status"],
            "start_date": meeting["date"],
            "location": _location(meeting),
            "parent_id": _ref("event", meeting["parent_id"]),
            "attendees": [
                {
                    "id": _ref("person", p["person_id"]),
                    "name": p["name"],
                    "x_role": p["role"],
                }
                for p in meeting["participants"]
            ],
            "x_city": meeting["city"],
            "x_country": meeting["country"],
            "x_format": meeting["format"],
            "x_organization_ids": [_ref("organization", o) for o in meeting["organization_ids"]],
        }


def export_popolo(stream, *, exported_at: dt.datetime | None = None) -> None:
    """Write persons, organizations, memberships and events as one Popolo JSON object."""
    exported_at = exported_at or timezone.now()
    header = {"format_version": FORMAT_VERSION, "exported_at": exported_at.isoformat()}
    lists = [
        ("persons", iter_persons()),
        ("organizations", iter_popolo_organizations()),
        ("memberships", iter_memberships()),
        ("events", iter_events()),
    ]
    with consistent_snapshot():
        write_json_lists(stream, header, lists)
