"""The export records: one plain dict per release, meeting, person, organization and pledge.

Every list is read in chunks of ``CHUNK_SIZE`` rows ordered by id (keyset pagination:
``id > last id of the previous chunk``), and each chunk runs a fixed number of queries for its
related rows, whatever its size:

- releases: 6 (the chunk; meeting links; evidence naming people or organizations;
  participations read from the release; organizations of its meetings; pledges)
- meetings: 4 (the chunk; participations; organizations; release links)
- people: 3 (the chunk; aliases; positions)
- organizations: 2 (the chunk; aliases)
- pledges: 2 (the chunk; status changes)

so memory stays flat at 100,000 meetings and the number of queries grows with the number of
chunks, never with the number of rows. Rows are read with ``values()`` (no model instances).

Conventions shared by every format (see the README, "Exporting the data"):
- blank text ("" in the database, meaning unknown or not applicable) is exported as None;
- dates are ISO strings; a meeting's date is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` as its
  precision says;
- list-valued keys hold ids sorted ascending, so the output is stable.
"""

from collections import defaultdict
from collections.abc import Iterator

from django.db.models import Q

from diplomacy import models as m
from diplomacy.dates import iso_partial_date

CHUNK_SIZE = 2000

# Keys of each list, in output order. Keys whose values are lists or objects are in NESTED.
RELEASE_KEYS = (
    "id", "title", "published_on", "source_name", "section", "hits", "notes", "checksum",
    "review_status", "confidence",
    "meeting_ids", "person_ids", "organization_ids", "pledge_ids",
)  # fmt: skip
MEETING_KEYS = (
    "id", "title", "kind", "status", "date", "date_precision", "date_inferred",
    "date_uncertain", "date_reason", "time", "city", "country", "venue", "format", "series",
    "ordinal", "parent_id", "review_status", "confidence",
    "participants", "organization_ids", "release_ids",
)  # fmt: skip
PERSON_KEYS = (
    "id", "name", "family_name", "given_name", "name_order", "aliases", "country",
    "review_status", "confidence", "positions",
)  # fmt: skip
ORGANIZATION_KEYS = (
    "id", "name", "acronym", "aliases", "kind", "country", "parent_id", "review_status",
    "confidence",
)  # fmt: skip
PLEDGE_KEYS = (
    "id", "text", "actor", "actor_country", "actor_organization_id", "kind", "status",
    "firmness", "amount", "currency", "target_date", "meeting_id", "release_id",
    "review_status", "confidence", "status_history",
)  # fmt: skip
PARTICIPANT_KEYS = ("person_id", "name", "role", "title", "organization_id")
POSITION_KEYS = (
    "id", "title", "organization_id", "start_date", "end_date", "first_seen", "last_seen",
)  # fmt: skip
STATUS_CHANGE_KEYS = ("changed_on", "firmness", "fulfilment", "note", "source_url")

LISTS = ("releases", "meetings", "people", "organizations", "pledges")


def blank_to_none(value):
    return None if value == "" else value


def iso(value):
    return None if value is None else value.isoformat()


def _chunks(queryset, fields) -> Iterator[list[dict]]:
    """Rows of ``queryset`` as dicts, CHUNK_SIZE at a time, in id order (keyset pagination:
    each chunk is one indexed query, and no cursor stays open while a chunk is written)."""
    last_id = 0
    while True:
        rows = list(queryset.filter(id__gt=last_id).order_by("id").values(*fields)[:CHUNK_SIZE])
        if not rows:
            return
        yield rows
        if len(rows) < CHUNK_SIZE:
            return
        last_id = rows[-1]["id"]


def _grouped(pairs) -> dict:
    """{key: sorted unique values} from (key, value) pairs, skipping None values."""
    groups = defaultdict(set)
    for key, value in pairs:
        if value is not None:
            groups[key].add(value)
    return {key: sorted(values) for key, values in groups.items()}


def iter_releases() -> Iterator[dict]:
    fields = (
        "id", "title", "published_on", "source_name", "section", "hits", "notes", "checksum",
        "review_status", "confidence",
    )  # fmt: skip
    for rows in _chunks(m.Release.objects.all(), fields):
        ids = [row["id"] for row in rows]
        meetings = _grouped(
            m.MeetingRelease.objects.filter(release_id__in=ids).values_list(
                "release_id", "meeting_id"
            )
        )
        evidence = list(
            m.Evidence.objects.filter(release_id__in=ids)
            .filter(Q(person__isnull=False) | Q(organization__isnull=False))
            .values_list("release_id", "person_id", "organization_id")
            .distinct()
        )
        participations = list(
            m.Participation.objects.filter(release_id__in=ids)
            .values_list("release_id", "person_id", "organization_id")
            .distinct()
        )
        meeting_orgs = list(
            m.Meeting.organizations.through.objects.filter(
                meeting__release_links__release_id__in=ids
            )
            .values_list("meeting__release_links__release_id", "organization_id")
            .distinct()
        )
        pledges = _grouped(
            m.Pledge.objects.filter(release_id__in=ids).values_list("release_id", "id")
        )
        people = _grouped([(r, p) for r, p, _ in evidence + participations])
        orgs = _grouped([(r, o) for r, _, o in evidence + participations] + meeting_orgs)
        for row in rows:
            rid = row["id"]
            yield {
                "id": rid,
                "title": row["title"],
                "published_on": iso(row["published_on"]),
                "source_name": row["source_name"],
                "section": blank_to_none(row["section"]),
                "hits": row["hits"],
                "notes": row["notes"],
                "checksum": row["checksum"],
                "review_status": row["review_status"],
                "confidence": row["confidence"],
                "meeting_ids": meetings.get(rid, []),
                "person_ids": people.get(rid, []),
                "organization_ids": orgs.get(rid, []),
                "pledge_ids": pledges.get(rid, []),
            }


def iter_meetings() -> Iterator[dict]:
    fields = (
        "id", "title", "kind", "status", "date", "date_precision", "date_inferred",
        "date_uncertain", "date_reason", "time", "city", "country", "venue", "format",
        "series", "ordinal", "parent_id", "review_status", "confidence",
    )  # fmt: skip
    for rows in _chunks(m.Meeting.objects.all(), fields):
        ids = [row["id"] for row in rows]
        participants = defaultdict(list)
        for p in (
            m.Participation.objects.filter(meeting_id__in=ids)
            .order_by("meeting_id", "id")
            .values("meeting_id", "person_id", "name_as_written", "role", "title",
                    "organization_id")
        ):  # fmt: skip
            participants[p["meeting_id"]].append(
                {
                    "person_id": p["person_id"],
                    "name": p["name_as_written"],
                    "role": p["role"],
                    "title": blank_to_none(p["title"]),
                    "organization_id": p["organization_id"],
                }
            )
        orgs = _grouped(
            m.Meeting.organizations.through.objects.filter(meeting_id__in=ids).values_list(
                "meeting_id", "organization_id"
            )
        )
        releases = _grouped(
            m.MeetingRelease.objects.filter(meeting_id__in=ids).values_list(
                "meeting_id", "release_id"
            )
        )
        for row in rows:
            mid = row["id"]
            yield {
                "id": mid,
                "title": row["title"],
                "kind": row["kind"],
                "status": row["status"],
                "date": iso_partial_date(row["date"], row["date_precision"]),
                "date_precision": blank_to_none(row["date_precision"]),
                "date_inferred": row["date_inferred"],
                "date_uncertain": row["date_uncertain"],
                "date_reason": blank_to_none(row["date_reason"]),
                "time": iso(row["time"]),
                "city": blank_to_none(row["city"]),
                "country": blank_to_none(row["country"]),
                "venue": blank_to_none(row["venue"]),
                "format": blank_to_none(row["format"]),
                "series": blank_to_none(row["series"]),
                "ordinal": row["ordinal"],
                "parent_id": row["parent_id"],
                "review_status": row["review_status"],
                "confidence": row["confidence"],
                "participants": participants.get(mid, []),
                "organization_ids": orgs.get(mid, []),
                "release_ids": releases.get(mid, []),
            }


def iter_people() -> Iterator[dict]:
    fields = (
        "id", "name", "family_name", "given_name", "name_order", "country", "review_status",
        "confidence",
    )  # fmt: skip
    for rows in _chunks(m.Person.objects.all(), fields):
        ids = [row["id"] for row in rows]
        aliases = defaultdict(list)
        for person_id, name in (
            m.PersonAlias.objects.filter(person_id__in=ids)
            .order_by("person_id", "name", "id")
            .values_list("person_id", "name")
        ):
            aliases[person_id].append(name)
        positions = defaultdict(list)
        for p in (
            m.Position.objects.filter(person_id__in=ids)
            .order_by("person_id", "id")
            .values("person_id", *POSITION_KEYS)
        ):
            positions[p["person_id"]].append(
                {
                    "id": p["id"],
                    "title": p["title"],
                    "organization_id": p["organization_id"],
                    "start_date": iso(p["start_date"]),
                    "end_date": iso(p["end_date"]),
                    "first_seen": iso(p["first_seen"]),
                    "last_seen": iso(p["last_seen"]),
                }
            )
        for row in rows:
            pid = row["id"]
            yield {
                "id": pid,
                "name": row["name"],
                "family_name": blank_to_none(row["family_name"]),
                "given_name": blank_to_none(row["given_name"]),
                "name_order": row["name_order"],
                "aliases": aliases.get(pid, []),
                "country": blank_to_none(row["country"]),
                "review_status": row["review_status"],
                "confidence": row["confidence"],
                "positions": positions.get(pid, []),
            }


def iter_organizations() -> Iterator[dict]:
    fields = (
        "id", "name", "acronym", "kind", "country", "parent_id", "review_status", "confidence",
    )  # fmt: skip
    for rows in _chunks(m.Organization.objects.all(), fields):
        ids = [row["id"] for row in rows]
        aliases = defaultdict(list)
        for org_id, name in (
            m.OrganizationAlias.objects.filter(organization_id__in=ids)
            .order_by("organization_id", "name", "id")
            .values_list("organization_id", "name")
        ):
            aliases[org_id].append(name)
        for row in rows:
            oid = row["id"]
            yield {
                "id": oid,
                "name": row["name"],
                "acronym": blank_to_none(row["acronym"]),
                "aliases": aliases.get(oid, []),
                "kind": row["kind"],
                "country": blank_to_none(row["country"]),
                "parent_id": row["parent_id"],
                "review_status": row["review_status"],
                "confidence": row["confidence"],
            }


def iter_pledges() -> Iterator[dict]:
    fields = (
        "id", "text", "actor", "actor_country", "actor_organization_id", "kind", "fulfilment",
        "firmness", "amount", "currency", "target_date", "target_date_precision", "meeting_id",
        "release_id", "review_status", "confidence",
    )  # fmt: skip
    for rows in _chunks(m.Pledge.objects.all(), fields):
        ids = [row["id"] for row in rows]
        history = defaultdict(list)
        for change in (
            m.PledgeStatusChange.objects.filter(pledge_id__in=ids)
            .order_by("pledge_id", "changed_on", "id")
            .values("pledge_id", *STATUS_CHANGE_KEYS)
        ):
            history[change["pledge_id"]].append(
                {
                    "changed_on": iso(change["changed_on"]),
                    "firmness": change["firmness"],
                    "fulfilment": change["fulfilment"],
                    "note": blank_to_none(change["note"]),
                    "source_url": blank_to_none(change["source_url"]),
                }
            )
        for row in rows:
            pid = row["id"]
            yield {
                "id": pid,
                "text": row["text"],
                "actor": row["actor"],
                "actor_country": blank_to_none(row["actor_country"]),
                "actor_organization_id": row["actor_organization_id"],
                "kind": row["kind"],
                "status": row["fulfilment"],
                "firmness": row["firmness"],
                "amount": None if row["amount"] is None else str(row["amount"]),
                "currency": blank_to_none(row["currency"]),
                "target_date": iso_partial_date(row["target_date"], row["target_date_precision"]),
                "meeting_id": row["meeting_id"],
                "release_id": row["release_id"],
                "review_status": row["review_status"],
                "confidence": row["confidence"],
                "status_history": history.get(pid, []),
            }


ITERATORS = {
    "releases": iter_releases,
    "meetings": iter_meetings,
    "people": iter_people,
    "organizations": iter_organizations,
    "pledges": iter_pledges,
}
