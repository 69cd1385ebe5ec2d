"""Map one release's extraction onto the models, respecting what people curated.

Rules (tested in tests/loading/):
- A record someone verified or rejected is never changed; a rejected one is never re-created
  (its key stays taken by the rejected row).
- A field listed in ``edited_fields`` is never overwritten.
- People and organizations are shared across releases: a load only fills their blank fields
  and adds aliases; it never overwrites a value another release (or a person) gave.
- A meeting several releases report is written by the release that first reported it (its
  earliest link); the others link to it and may only mark it held. So re-extracting the
  releases in any order leaves it as it is.
- Records a release no longer yields are removed only when nobody touched them.
- Evidence of the release is rewritten to match its current text.
- The (meeting, country) pairs (``MeetingCountry``) of every meeting the release touched, and
  of every meeting of a person whose country it filled, are refreshed at the end (by the
  loader's batch, once for all its files: ``run.Batches``).

``apply_extraction`` runs inside the caller's transaction (one per file).

How it stays fast (bench/bench_load.py): everything the release needs is read in a few
queries whose number does not depend on how many rows the database holds (one alias query for
all the people it names, one for their positions, one alias query for its organizations, one
for meetings other releases reported on the same days…), decisions are made in memory, and new
and changed rows are written per table at the end (``writes.py``), with their history rows.
Nothing is cached across files: each file reads the database as it is when the file is
loaded, so rows a curator (or another process) wrote meanwhile are seen.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils import timezone

from diplomacy.extraction import types as x
from diplomacy.models import (
    Evidence,
    Meeting,
    MeetingRelease,
    Organization,
    OrganizationAlias,
    Participation,
    Person,
    PersonAlias,
    Pledge,
    PledgeFirmness,
    PledgeStatusChange,
    Position,
    Release,
    ReviewStatus,
    alias_key,
)
from diplomacy.models.meeting_countries import refresh_meeting_countries

from . import reads
from .reads import Rows, placeholders
from .writes import BATCH, PendingUpdates, insert_rows, insert_rows_or

RELEASE_FIELDS = ("title", "section", "published_on", "published_at", "hits", "notes",
                  "other_language_headers")
MEETING_FIELDS = ("title", "kind", "status", "date", "date_precision", "date_inferred",
                  "date_uncertain", "date_reason", "time", "city", "country", "venue", "format",
                  "series", "ordinal", "confidence")
PLEDGE_FIELDS = ("text", "kind", "actor", "actor_country", "actor_organization_id", "amount",
                 "currency", "target_date", "target_date_precision", "meeting_id", "confidence")
PARTICIPATION_FIELDS = ("name_as_written", "person_id", "role", "title", "organization_id")


@dataclass
class Changes:
    """What a load did to one release's records (for the command's report)."""

    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)
    kept_curated: int = 0
    details: list[str] = field(default_factory=list)

    def count(self, bucket: str, kind: str, n: int = 1) -> None:
        getattr(self, bucket)[kind] = getattr(self, bucket).get(kind, 0) + n

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated or self.deleted)


REJECTED = object()  # marker: the name resolves to a record a person rejected

# The per-file reads (reads.py): whole rows, with the row a foreign key points to.
RELEASES = Rows(Release)
ORGANIZATION_ALIASES = Rows(OrganizationAlias, join="organization")
PERSON_ALIASES = Rows(PersonAlias, join="person")
POSITIONS = Rows(Position)
MEETINGS = Rows(Meeting)
MEETING_LINKS = Rows(MeetingRelease, join="meeting")
PARTICIPATIONS = Rows(Participation)
PLEDGES = Rows(Pledge)


def _table(model) -> str:
    return reads.quote(model._meta.db_table)


def find_release(source_name: str) -> Release | None:
    """The stored release of this file name, if any."""
    found = RELEASES("t.source_name = %s", [source_name], limit=1)
    return found[0] if found else None


def stable_key(prefix: str, text: str) -> str:
    return f"{prefix}:{hashlib.sha1(alias_key(text).encode()).hexdigest()[:16]}"  # noqa: S324


def alias_form(name: str) -> str:
    """An alias as stored: stripped, at most 300 characters."""
    return name.strip()[:300]


def _current(obj, name: str):
    value = getattr(obj, name)
    return value.code if hasattr(value, "code") else value  # django-countries Country


class ReleaseApplier:
    def __init__(self, extraction: x.Extraction, *, release: Release | None, changes: Changes):
        self.ex = extraction
        self.parsed = extraction.release
        self.release = release
        self.new_release = release is None
        self.changes = changes
        self.pending = PendingUpdates()
        self.orgs: dict[str, Organization] = {}
        self.people: dict[str, Person] = {}
        self.meetings: dict[str, Meeting] = {}
        self.evidence: list[Evidence] = []
        self.new_participations: list[Participation] = []
        self.new_pledges: list[Pledge] = []
        # meetings whose countries may change, and people whose country was filled in
        self.touched_meetings: set[int] = set()
        self.country_filled: set[int] = set()

    # --- release ---------------------------------------------------------------------
    def apply(self) -> Release:
        self.apply_release()
        if not self.new_release:  # its evidence is rewritten (nothing points to evidence)
            reads.execute(f"DELETE FROM {_table(Evidence)} WHERE release_id = %s",  # noqa: S608
                          [self.release.pk])
        self.apply_organizations()
        self.apply_people()
        self.apply_meetings()
        insert_rows(Participation, self.new_participations)
        self.apply_pledges()
        self.flush_pledges()
        self.pending.flush()
        insert_rows(Evidence, self.evidence, ids=False)
        self.touched_meetings.update(meeting.pk for meeting in self.meetings.values())
        refresh_meeting_countries(self.touched_meetings, person_ids=self.country_filled)
        return self.release

    # --- writing helpers ---------------------------------------------------------------
    def update(self, obj, values: dict, kind: str, label: str) -> bool:
        """Set the values a person has not edited; the row is written at the end."""
        if obj.is_locked:
            self.changes.kept_curated += 1
            return False
        edited = set(obj.edited_fields or [])
        dirty = []
        for name, value in values.items():
            base = name.removesuffix("_id")
            if base in edited or name in edited:
                continue
            current = _current(obj, name)
            if current != value:
                self.changes.details.append(
                    f"{kind} {obj.pk} {label!r}: {name} {current!r} → {value!r}")
                setattr(obj, name, value)
                dirty.append(name)
        if dirty:
            self.pending.add(obj, dirty)
            self.changes.count("updated", kind)
        return bool(dirty)

    def fill_blanks(self, obj, values: dict) -> None:
        """Shared records (people, organizations): only blank, unedited fields are filled."""
        if obj.is_locked:
            return
        dirty = []
        for name, value in values.items():
            if name in (obj.edited_fields or []) or value in (None, ""):
                continue
            if _current(obj, name) in (None, ""):
                setattr(obj, name, value)
                dirty.append(name)
        if dirty:
            self.pending.add(obj, dirty)
            if "country" in dirty and isinstance(obj, Person) and obj.pk is not None:
                self.country_filled.add(obj.pk)

    @property
    def reference_date(self) -> dt.date | None:
        """The date a release speaks from: its date block, else its first dated meeting."""
        if self.parsed.published_on:
            return self.parsed.published_on
        dated = [m.date.value for m in self.ex.meetings if m.date.value and not m.date.uncertain]
        return min(dated) if dated else None

    def apply_release(self) -> None:
        p = self.parsed
        published_at = p.published_at
        if published_at is not None and timezone.is_naive(published_at):
            published_at = timezone.make_aware(published_at)
        values = {
            "title": p.title[:500],
            "section": p.section[:100],
            "published_on": p.published_on,
            "published_at": published_at if p.has_time else None,
            "hits": p.hits,
            "notes": list(p.notes),
            "other_language_headers": list(p.other_language_headers),
        }
        source = {
            "checksum": p.checksum,
            "raw_text": p.raw_text,
            "cleaned_text": p.cleaned_text,
            "loaded_at": timezone.now(),
            "extractor_version": self.ex.extractor_version,
            "extraction_warnings": list(self.ex.warnings),
        }
        if self.release is None:
            self.release = Release(source_name=p.source_name, **values, **source)
            insert_rows(Release, [self.release])
            self.changes.count("created", "release")
            return
        # Source text is the release itself, not an opinion about it: always current.
        for name, value in source.items():
            setattr(self.release, name, value)
        self.pending.add(self.release, source)
        self.update(self.release, values, "release", p.source_name)

    # --- evidence --------------------------------------------------------------------
    def add_evidence(self, span: x.Span | None, field_name: str, **target) -> None:
        if span is None:
            return
        text = self.parsed.cleaned_text
        if not (0 <= span.sentence_start <= span.start <= span.end <= span.sentence_end
                <= len(text)):
            self.changes.details.append(f"bad span {span} for {field_name}: skipped")
            return
        self.evidence.append(
            Evidence(
                release=self.release,
                start=span.start,
                end=span.end,
                sentence_start=span.sentence_start,
                sentence_end=span.sentence_end,
                quote=text[span.start:span.end][:500],
                field=field_name,
                **target,
            )
        )

    # --- organizations ---------------------------------------------------------------
    def apply_organizations(self) -> None:
        mentions = self.ex.organizations
        if not mentions:
            return
        keys = {alias_key(n) for o in mentions for n in (o.name, o.acronym, *o.aliases) if n}
        keys |= {alias_key(alias_form(n))[:300] for o in mentions
                 for n in (o.name, o.acronym, *o.aliases) if n and n.strip()}
        found: dict[tuple[str, str], Organization] = {}
        have: set[tuple[int, str]] = set()  # (organization id, alias) already stored
        by_pk: dict[int, Organization] = {}
        keys = sorted(keys)
        for alias in ORGANIZATION_ALIASES(
            f"t.normalized IN ({placeholders(keys)})", keys,
            order="t.organization_id, t.id",
        ):
            org = by_pk.setdefault(alias.organization_id, alias.organization)
            found.setdefault((alias.normalized, org.country.code), org)
            have.add((org.pk, alias.name))

        def by_alias(mention):
            country = mention.country or ""
            for name in (mention.name, mention.acronym, *mention.aliases):
                if name and (org := found.get((alias_key(name), country))):
                    return org
            return None

        # Names no alias knows: the same name (any case) in the same country, in one query.
        unknown = [m for m in mentions if by_alias(m) is None]
        by_name: dict[tuple[str, str], Organization] = {}
        if unknown:
            query = Q()
            for mention in unknown:
                query |= Q(name__iexact=mention.name, country=mention.country or "")
            for org in Organization.objects.filter(query).order_by("pk"):
                by_pk.setdefault(org.pk, org)
                by_name.setdefault((org.name.upper(), org.country.code), by_pk[org.pk])

        new_orgs: list[Organization] = []
        new_aliases: list[OrganizationAlias] = []
        have_new: set[tuple[int, str]] = set()  # (id() of a new organization, alias)
        for mention in mentions:
            country = mention.country or ""
            org = by_alias(mention)
            if org is None:
                org = by_name.get((mention.name.upper(), country))
            if org is not None and org.review_status == ReviewStatus.REJECTED:
                self.changes.kept_curated += 1  # rejected: never re-created, never linked
                continue
            if org is None:
                org = Organization(
                    name=mention.name[:300],
                    acronym=mention.acronym[:50],
                    kind=mention.kind,
                    country=country,
                    confidence=_confidence(mention.confidence),
                )
                new_orgs.append(org)
                by_name[(mention.name.upper(), country)] = org
                self.changes.count("created", "organization")
            else:
                self.fill_blanks(org, {"acronym": mention.acronym[:50]})
            self.orgs[mention.key] = org
            wanted = {alias_form(n) for n in (mention.name, mention.acronym, *mention.aliases)
                      if n and n.strip()}
            for name in sorted(wanted):
                seen = have if org.pk is not None else have_new
                key = (org.pk if org.pk is not None else id(org), name)
                if key not in seen:
                    seen.add(key)
                    new_aliases.append(OrganizationAlias(
                        organization=org, name=name, normalized=alias_key(name)[:300],
                        source=OrganizationAlias.Source.EXTRACTED))
            for span in mention.spans:
                self.add_evidence(span, "name", organization=org)
        insert_rows(Organization, new_orgs)
        insert_rows_or(OrganizationAlias, new_aliases, _insert_ignoring_conflicts)
        for mention in mentions:
            parent = self.orgs.get(mention.parent_key or "")
            org = self.orgs.get(mention.key)
            if org and parent and parent.pk != org.pk and org.parent_id is None:
                self.fill_blanks(org, {"parent_id": parent.pk})

    # --- people ----------------------------------------------------------------------
    def apply_people(self) -> None:
        mentions = self.ex.people
        if not mentions:
            return
        keys = {alias_key(m.name) for m in mentions}
        keys |= {alias_key(alias_form(n))[:300] for m in mentions for n in (m.name, *m.aliases)
                 if n and n.strip()}
        # The people each name is an alias of (any review status), and their positions.
        index = PeopleIndex()
        keys = sorted(keys)
        for alias in PERSON_ALIASES(
            f"t.normalized IN ({placeholders(keys)})", keys,
            order="t.person_id, t.id",
        ):
            index.add_alias(alias.person, alias.normalized, alias.name)
        if ids := index.existing_ids():
            for position in POSITIONS(f"t.person_id IN ({placeholders(ids)})", ids,
                                      order="t.id"):
                index.add_position(index.person(position.person_id), position)

        new_people: list[Person] = []
        new_aliases: list[PersonAlias] = []
        new_positions: list[Position] = []
        for mention in mentions:
            person = index.resolve(mention)
            if person is REJECTED:
                self.changes.kept_curated += 1
                continue
            if person is None:
                person = Person(
                    name=mention.name[:200],
                    family_name=mention.family_name[:100],
                    given_name=mention.given_name[:100],
                    name_order=mention.name_order,
                    country=mention.country or "",
                    confidence=_confidence(mention.confidence),
                )
                index.add_person(person)
                new_people.append(person)
                self.changes.count("created", "person")
            else:
                self.fill_blanks(person, {
                    "family_name": mention.family_name[:100],
                    "given_name": mention.given_name[:100],
                    "country": mention.country or "",
                })
            self.people[mention.key] = person
            wanted = {alias_form(n) for n in (mention.name, *mention.aliases) if n and n.strip()}
            for name in sorted(wanted):
                if index.add_alias(person, alias_key(name)[:300], name):
                    new_aliases.append(PersonAlias(
                        person=person, name=name, normalized=alias_key(name)[:300],
                        source=PersonAlias.Source.EXTRACTED))
            for span in mention.spans:
                self.add_evidence(span, "name", person=person)
            if mention.title:
                position = self.apply_position(index, person, mention)
                if position.pk is None and position not in new_positions:
                    new_positions.append(position)
        insert_rows(Person, new_people)
        insert_rows_or(PersonAlias, new_aliases, _insert_ignoring_conflicts)
        insert_rows_or(Position, new_positions, _get_or_create_positions)

    def apply_position(self, index: PeopleIndex, person: Person,
                       mention: x.PersonMention) -> Position:
        org = self.orgs.get(mention.organization_key or "")
        org_id = org.pk if org else None
        title = mention.title[:300]
        seen = self.reference_date
        position = next(
            (p for p in index.positions(person)
             if p.title == title and p.organization_id == org_id),
            None,
        )
        if position is None:
            position = Position(
                person=person, title=title, organization=org, first_seen=seen, last_seen=seen,
                confidence=_confidence(mention.confidence),
            )
            index.add_position(person, position)
            self.changes.count("created", "position")
        elif seen and not position.is_locked:
            values = {}
            if "first_seen" not in position.edited_fields and (
                position.first_seen is None or seen < position.first_seen
            ):
                values["first_seen"] = seen
            if "last_seen" not in position.edited_fields and (
                position.last_seen is None or seen > position.last_seen
            ):
                values["last_seen"] = seen
            for name, value in values.items():
                setattr(position, name, value)
            if values:
                self.pending.add(position, values)
        if mention.spans:
            self.add_evidence(mention.spans[0], "title", position=position)
        return position

    # --- meetings --------------------------------------------------------------------
    def apply_meetings(self) -> None:
        mentions = self.ex.meetings
        links: dict[str, MeetingRelease] = {}
        owner_link: dict[int, tuple[int, int]] = {}  # meeting id -> (first link id, links)
        existing_participations: dict[int, dict[str, Participation]] = defaultdict(dict)
        if not self.new_release:
            links = {
                link.extraction_key: link
                for link in MEETING_LINKS("t.release_id = %s", [self.release.pk], order="t.id")
            }
            if links:
                ids = sorted({link.meeting_id for link in links.values()})
                owner_link = {
                    meeting_id: (first, n)
                    for meeting_id, first, n in reads.values(
                        f"SELECT meeting_id, MIN(id), COUNT(id) FROM {_table(MeetingRelease)} "  # noqa: S608
                        f"WHERE meeting_id IN ({placeholders(ids)}) GROUP BY meeting_id", ids)
                }
                for row in PARTICIPATIONS("t.release_id = %s", [self.release.pk], order="t.id"):
                    existing_participations[row.meeting_id][row.extraction_key] = row
                # meetings it may unlink or drop participations from
                self.touched_meetings.update(ids)
                self.touched_meetings.update(existing_participations)
        linked_ids = {link.meeting_id for link in links.values()}
        same = SameMeetingFinder(self, [m for m in mentions if m.key not in links])

        seen_keys = set()
        new_meetings: list[Meeting] = []
        new_links: list[MeetingRelease] = []
        for mention in mentions:
            seen_keys.add(mention.key)
            values = self.meeting_values(mention)
            link = links.get(mention.key)
            if link is not None:
                meeting = link.meeting
                first, n_links = owner_link.get(meeting.pk, (link.pk, 1))
                if first == link.pk:
                    if n_links > 1 and meeting.status == "held":
                        values.pop("status")  # another release reported it held
                    self.update(meeting, values, "meeting", meeting.title)
                else:
                    self.mark_held(meeting, values)
            else:
                meeting = same.find(mention, exclude=linked_ids)
                if meeting is None:
                    meeting = Meeting(**values)
                    new_meetings.append(meeting)
                    self.changes.count("created", "meeting")
                else:
                    linked_ids.add(meeting.pk)
                    self.mark_held(meeting, values)
                    self.changes.count("updated", "meeting (linked to another release)")
                new_links.append(MeetingRelease(
                    meeting=meeting, release=self.release, extraction_key=mention.key))
            self.meetings[mention.key] = meeting
        insert_rows(Meeting, new_meetings)
        insert_rows(MeetingRelease, new_links, ids=False)

        through = Meeting.organizations.through
        meeting_orgs = []
        for mention in mentions:
            meeting = self.meetings[mention.key]
            if meeting.review_status == ReviewStatus.REJECTED:
                continue
            if not meeting.is_locked and "organizations" not in meeting.edited_fields:
                orgs = dict.fromkeys(self.orgs[k].pk for k in mention.organization_keys
                                     if k in self.orgs)
                meeting_orgs += [through(meeting_id=meeting.pk, organization_id=pk)
                                 for pk in orgs]
            for span in mention.spans:
                self.add_evidence(span, "meeting", meeting=meeting)
            self.apply_participants(meeting, mention,
                                    existing_participations.get(meeting.pk, {}))
        insert_rows(through, meeting_orgs, ignore_conflicts=True)
        for mention in mentions:
            parent = self.meetings.get(mention.parent_key or "")
            meeting = self.meetings[mention.key]
            if parent and meeting.parent_id is None and parent.pk != meeting.pk:
                self.update(meeting, {"parent_id": parent.pk}, "meeting", meeting.title)
        self.remove_stale_meetings(links, seen_keys)

    def mark_held(self, meeting: Meeting, values: dict) -> None:
        """A release that reports a meeting another release wrote may only say it was held."""
        if meeting.status != values["status"] and values["status"] == "held":
            self.update(meeting, {"status": "held"}, "meeting", meeting.title)

    def meeting_values(self, mention: x.MeetingMention) -> dict:
        date = mention.date
        return {
            "title": mention.title[:500],
            "kind": mention.kind,
            "status": mention.status,
            "date": date.value,
            "date_precision": (date.precision or "") if date.value else "",
            "date_inferred": date.inferred,
            "date_uncertain": date.uncertain,
            "date_reason": date.reason,
            "time": mention.time,
            "city": mention.city[:100],
            "country": mention.country or "",
            "venue": mention.venue[:300],
            "format": mention.format or "",
            "series": mention.series[:300],
            "ordinal": mention.ordinal,
            "confidence": _confidence(mention.confidence),
        }

    def remove_stale_meetings(self, links: dict, seen_keys: set) -> None:
        for key, link in links.items():
            if key in seen_keys or not key:
                continue
            meeting = link.meeting
            untouched = not meeting.is_locked and not meeting.edited_fields
            only_here = not meeting.release_links.exclude(pk=link.pk).exists()
            if untouched and only_here:
                self.pending.discard(meeting)
                meeting.delete()
                self.changes.count("deleted", "meeting")
            elif untouched:
                link.delete()

    def apply_participants(self, meeting: Meeting, mention: x.MeetingMention,
                           existing: dict[str, Participation]) -> None:
        seen = set()
        for participant in mention.participants:
            person = self.people.get(participant.person_key or "")
            org = self.orgs.get(participant.organization_key or "")
            key = f"{participant.role}:" + (
                f"p{person.pk}" if person else stable_key("n", participant.name_as_written)
            )
            if key in seen:
                continue
            seen.add(key)
            values = {
                "name_as_written": participant.name_as_written[:300],
                "person_id": person.pk if person else None,
                "role": participant.role,
                "title": participant.title[:300],
                "organization_id": org.pk if org else None,
            }
            row = existing.get(key)
            if row is None:
                row = Participation(
                    meeting=meeting, release=self.release, extraction_key=key,
                    confidence=_confidence(mention.confidence), **values,
                )
                self.new_participations.append(row)
                self.changes.count("created", "participation")
            elif row.review_status != ReviewStatus.REJECTED:
                self.update(row, values, "participation", row.name_as_written)
            self.add_evidence(participant.span, "participant", participation=row)
        for key, row in existing.items():
            if key not in seen and not row.is_locked and not row.edited_fields:
                row.delete()
                self.changes.count("deleted", "participation")

    # --- pledges ---------------------------------------------------------------------
    def apply_pledges(self) -> None:
        existing = {} if self.new_release else {
            p.extraction_key: p
            for p in PLEDGES("t.release_id = %s", [self.release.pk], order="t.id")
        }
        seen = set()
        for mention in self.ex.pledges:
            key = stable_key("pledge", mention.text)
            if key in seen:
                continue
            seen.add(key)
            meeting = self.meetings.get(mention.meeting_key or "")
            org = self.orgs.get(mention.actor_organization_key or "")
            target = mention.target_date
            values = {
                "text": mention.text,
                "kind": mention.kind,
                "actor": mention.actor[:300],
                "actor_country": mention.actor_country or "",
                "actor_organization_id": org.pk if org else None,
                "amount": mention.amount,
                "currency": mention.currency[:3] if mention.amount is not None else "",
                "target_date": target.value if target else None,
                "target_date_precision": (target.precision or "")
                if target and target.value else "",
                "meeting_id": meeting.pk if meeting else None,
                "confidence": _confidence(mention.confidence),
            }
            pledge = existing.get(key)
            if pledge is None:
                firmness = (
                    PledgeFirmness.COMMITTED
                    if mention.kind in ("agreement", "signed_document")
                    else PledgeFirmness.ANNOUNCED
                )
                pledge = Pledge(
                    release=self.release, extraction_key=key, firmness=firmness, **values
                )
                self.new_pledges.append(pledge)
                self.changes.count("created", "pledge")
            elif pledge.review_status != ReviewStatus.REJECTED:
                self.update(pledge, values, "pledge", pledge.text[:40])
            self.add_evidence(mention.span, "pledge", pledge=pledge)
        stale = [
            p for key, p in existing.items()
            if key not in seen and not p.is_locked and not p.edited_fields
        ]
        if stale:
            Pledge.objects.filter(pk__in=[p.pk for p in stale]).delete()
            self.changes.count("deleted", "pledge", len(stale))

    def flush_pledges(self) -> None:
        """Write the new pledges and their first status change, with history, in bulk."""
        if not self.new_pledges:
            return
        insert_rows(Pledge, self.new_pledges)
        changed_on = self.reference_date or timezone.localdate()
        note = f"Extracted from {self.release.source_name}"
        insert_rows(
            PledgeStatusChange,
            [PledgeStatusChange(pledge=p, changed_on=changed_on, firmness=p.firmness,
                                fulfilment=p.fulfilment, note=note) for p in self.new_pledges],
        )


class PeopleIndex:
    """The people a release's names are aliases of, read once per release, plus the people,
    aliases and positions the release adds as it goes (so that a later mention finds them,
    as it would have found them in the database)."""

    def __init__(self):
        self._by_key: dict[str, list[Person]] = defaultdict(list)
        self._people: dict[int, Person] = {}  # id() -> person
        self._by_pk: dict[int, Person] = {}
        self._aliases: set[tuple[int, str]] = set()  # (id() of the person, alias)
        self._positions: dict[int, list[Position]] = defaultdict(list)
        self._order: dict[int, tuple[int, int]] = {}

    def person(self, pk: int) -> Person:
        return self._by_pk[pk]

    def existing_ids(self) -> list[int]:
        return sorted(self._by_pk)

    def add_person(self, person: Person) -> Person:
        if person.pk is not None:
            person = self._by_pk.setdefault(person.pk, person)
        if id(person) not in self._people:
            self._people[id(person)] = person
            # existing people by id, then the ones this release creates, in order (their ids
            # will be larger)
            self._order[id(person)] = (0, person.pk) if person.pk is not None else (
                1, len(self._order))
        return person

    def add_alias(self, person: Person, normalized: str, name: str) -> bool:
        """Note that the person is known by this alias; False if it already was."""
        person = self.add_person(person)
        if (id(person), name) in self._aliases:
            return False
        self._aliases.add((id(person), name))
        people = self._by_key[normalized]
        if not any(p is person for p in people):
            people.append(person)
        return True

    def add_position(self, person: Person, position: Position) -> None:
        self._positions[id(person)].append(position)

    def positions(self, person: Person) -> list[Position]:
        return self._positions.get(id(person), [])

    def resolve(self, mention: x.PersonMention):
        """The person this mention names: same full name (or alias of the full name), same
        country when both are known; among several, the one who held the same title. Short
        forms ("Minister Yun") are never used across releases: they are ambiguous."""
        candidates = sorted(self._by_key.get(alias_key(mention.name), ()),
                            key=lambda p: self._order[id(p)])
        if candidates and all(p.review_status == ReviewStatus.REJECTED for p in candidates):
            return REJECTED
        candidates = [p for p in candidates if p.review_status != ReviewStatus.REJECTED]
        if mention.country:
            candidates = [p for p in candidates if p.country.code in ("", mention.country)]
        if len(candidates) > 1 and mention.title:
            title = mention.title.upper()
            titled = [p for p in candidates
                      if any(pos.title.upper() == title for pos in self.positions(p))]
            candidates = titled or candidates
        return candidates[0] if candidates else None


class SameMeetingFinder:
    """Meetings other releases already reported that a release's meetings may be: same date
    (±1 day) and at least two of the same resolved participants (or one when the meeting has
    one). A briefing that announces a meeting and the later release on its outcome become one
    row. One query for all the release's meetings."""

    def __init__(self, applier: ReleaseApplier, mentions: list[x.MeetingMention]):
        self.applier = applier
        self.wanted: dict[str, tuple[dt.date, set[int]]] = {}
        for mention in mentions:
            date = mention.date.value
            if date is None or mention.date.uncertain or mention.date.precision != "day":
                continue
            person_ids = {
                applier.people[p.person_key].pk for p in mention.participants
                if p.person_key in applier.people
            }
            if person_ids:
                self.wanted[mention.key] = (date, person_ids)
        # meeting id -> (date, people of the release's meetings who took part in it)
        self.candidates: dict[int, tuple[dt.date, set[int]]] = {}
        if not self.wanted:
            return
        days = sorted({date + dt.timedelta(days=d) for date, _ in self.wanted.values()
                       for d in (-1, 0, 1)})
        people = sorted({pk for _, ids in self.wanted.values() for pk in ids})
        # The meetings of those days first (a few), then their participants among the people:
        # one query joining participations of the people to meetings on those days reads every
        # participation of a minister who meets someone every week (it slowed a 5,000-release
        # load to a third of its speed towards the end).
        ops = reads._db().ops
        dates = {
            pk: dt.date.fromisoformat(day) if isinstance(day, str) else day
            for pk, day in reads.values(
                f'SELECT id, "date" FROM {_table(Meeting)} '  # noqa: S608
                f'WHERE "date" IN ({placeholders(days)}) AND review_status <> %s',
                [*(ops.adapt_datefield_value(day) for day in days), ReviewStatus.REJECTED])
        }
        if not dates:
            return
        ids = sorted(dates)
        rows = reads.values(
            f"SELECT meeting_id, person_id FROM {_table(Participation)} "  # noqa: S608
            f"WHERE meeting_id IN ({placeholders(ids)}) AND person_id IN ({placeholders(people)})",
            [*ids, *people])
        for meeting_id, person_id in rows:
            self.candidates.setdefault(meeting_id, (dates[meeting_id], set()))[1].add(person_id)

    def find(self, mention: x.MeetingMention, *, exclude: set[int]) -> Meeting | None:
        wanted = self.wanted.get(mention.key)
        if wanted is None:
            return None
        date, person_ids = wanted
        needed = min(2, len(person_ids))
        # newest date first, then the newest meeting (the order the query used to return)
        for meeting_id, (day, people) in sorted(
            self.candidates.items(), key=lambda item: (item[1][0], item[0]), reverse=True
        ):
            if meeting_id in exclude or abs((day - date).days) > 1:
                continue
            if len(people & person_ids) >= needed:
                found = MEETINGS("t.id = %s", [meeting_id])
                return found[0] if found else None
        return None


def _insert_ignoring_conflicts(objs: list) -> list:
    """Aliases another session has just added: keep theirs, add ours without history."""
    type(objs[0]).objects.bulk_create(objs, batch_size=BATCH, ignore_conflicts=True)
    return objs


def _get_or_create_positions(objs: list[Position]) -> list[Position]:
    """Positions another session has just added: use theirs (the unique constraint holds)."""
    out = []
    for position in objs:
        row, _ = Position.objects.get_or_create(
            person=position.person, title=position.title, organization=position.organization,
            defaults={"first_seen": position.first_seen, "last_seen": position.last_seen,
                      "confidence": position.confidence},
        )
        position.pk = row.pk
        position._state.adding = False
        out.append(position)
    return out


def _confidence(value: float) -> float:
    return max(0.0, min(1.0, float(value)))


def apply_extraction(extraction: x.Extraction, *, release: Release | None = None) -> Changes:
    """Write one release's extraction; the caller holds the transaction."""
    changes = Changes()
    ReleaseApplier(extraction, release=release, changes=changes).apply()
    return changes
