"""Map one release's extraction onto the models, respecting what people curated.

Rules (tested in tests/loading/):
- A record someone verified or rejected is never changed; a rejected one is never re-created
  (its key stays taken by the rejected row).
- A field listed in ``edited_fields`` is never overwritten.
- People and organizations are shared across releases: a load only fills their blank fields
  and adds aliases; it never overwrites a value another release (or a person) gave.
- Records a release no longer yields are removed only when nobody touched them.
- Evidence of the release is rewritten to match its current text.

``apply_extraction`` runs inside the caller's transaction (one per file).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from django.utils import timezone
from simple_history.utils import bulk_create_with_history

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

from .gazetteer import add_aliases

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


def _update(obj, values: dict, changes: Changes, kind: str, label: str) -> bool:
    """Set the values a person has not edited; save if anything changed."""
    if obj.is_locked:
        changes.kept_curated += 1
        return False
    edited = set(obj.edited_fields or [])
    dirty = []
    for name, value in values.items():
        base = name.removesuffix("_id")
        if base in edited or name in edited:
            continue
        current = getattr(obj, name)
        if hasattr(current, "code"):  # django-countries Country
            current = current.code
        if current != value:
            changes.details.append(f"{kind} {obj.pk} {label!r}: {name} {current!r} → {value!r}")
            setattr(obj, name, value)
            dirty.append(name)
    if dirty:
        obj.save(update_fields=[*dirty, "updated_at"])
        changes.count("updated", kind)
    return bool(dirty)


def _fill_blanks(obj, values: dict) -> None:
    """Shared records (people, organizations): only blank, unedited fields are filled."""
    if obj.is_locked:
        return
    dirty = []
    for name, value in values.items():
        if name in (obj.edited_fields or []) or value in (None, ""):
            continue
        current = getattr(obj, name)
        if hasattr(current, "code"):
            current = current.code
        if current in (None, ""):
            setattr(obj, name, value)
            dirty.append(name)
    if dirty:
        obj.save(update_fields=[*dirty, "updated_at"])


REJECTED = object()  # marker: the name resolves to a record a person rejected


def stable_key(prefix: str, text: str) -> str:
    return f"{prefix}:{hashlib.sha1(alias_key(text).encode()).hexdigest()[:16]}"  # noqa: S324


class ReleaseApplier:
    def __init__(self, extraction: x.Extraction, *, release: Release | None, changes: Changes):
        self.ex = extraction
        self.parsed = extraction.release
        self.release = release
        self.changes = changes
        self.orgs: dict[str, Organization] = {}
        self.people: dict[str, Person] = {}
        self.meetings: dict[str, Meeting] = {}
        self.evidence: list[Evidence] = []
        # New rows written in bulk (with their history rows) once the release is walked:
        # one INSERT per table instead of two per row (tests/loading, bench/README.md).
        self.new_participations: list[Participation] = []
        self.new_pledges: list[Pledge] = []

    # --- release ---------------------------------------------------------------------
    def apply(self) -> Release:
        self.apply_release()
        self.release.evidence.all().delete()
        self.apply_organizations()
        self.apply_people()
        self.apply_meetings()
        bulk_create_with_history(self.new_participations, Participation, batch_size=500)
        self.apply_pledges()
        self.flush_pledges()
        Evidence.objects.bulk_create(self.evidence, batch_size=500)
        return self.release

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
            self.release = Release.objects.create(source_name=p.source_name, **values, **source)
            self.changes.count("created", "release")
            return
        # Source text is the release itself, not an opinion about it: always current.
        for name, value in source.items():
            setattr(self.release, name, value)
        self.release.save(update_fields=[*source, "updated_at"])
        _update(self.release, values, self.changes, "release", p.source_name)

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
        keys = {alias_key(n) for o in mentions for n in (o.name, o.acronym, *o.aliases) if n}
        found: dict[tuple[str, str], Organization] = {}
        for alias in (
            OrganizationAlias.objects.filter(normalized__in=keys)
            .select_related("organization")
            .order_by("organization_id")
        ):
            found.setdefault((alias.normalized, alias.organization.country.code), alias.organization)
        for mention in mentions:
            country = mention.country or ""
            org = None
            for name in (mention.name, mention.acronym, *mention.aliases):
                if name and (org := found.get((alias_key(name), country))):
                    break
            if org is not None and org.review_status == ReviewStatus.REJECTED:
                self.changes.kept_curated += 1  # rejected: never re-created, never linked
                continue
            if org is None:
                org = Organization.objects.filter(name__iexact=mention.name, country=country).first()
            if org is None:
                org = Organization.objects.create(
                    name=mention.name[:300],
                    acronym=mention.acronym[:50],
                    kind=mention.kind,
                    country=country,
                    confidence=_confidence(mention.confidence),
                )
                self.changes.count("created", "organization")
            else:
                _fill_blanks(org, {"acronym": mention.acronym[:50]})
            self.orgs[mention.key] = org
            add_aliases(
                OrganizationAlias, "organization", org,
                [mention.name, mention.acronym, *mention.aliases],
                source=OrganizationAlias.Source.EXTRACTED,
            )
            for span in mention.spans:
                self.add_evidence(span, "name", organization=org)
        for mention in mentions:
            parent = self.orgs.get(mention.parent_key or "")
            org = self.orgs.get(mention.key)
            if org and parent and parent.pk != org.pk and org.parent_id is None:
                _fill_blanks(org, {"parent_id": parent.pk})

    # --- people ----------------------------------------------------------------------
    def apply_people(self) -> None:
        for mention in self.ex.people:
            person = self.resolve_person(mention)
            if person is REJECTED:
                self.changes.kept_curated += 1
                continue
            if person is None:
                person = Person.objects.create(
                    name=mention.name[:200],
                    family_name=mention.family_name[:100],
                    given_name=mention.given_name[:100],
                    name_order=mention.name_order,
                    country=mention.country or "",
                    confidence=_confidence(mention.confidence),
                )
                self.changes.count("created", "person")
            else:
                _fill_blanks(person, {
                    "family_name": mention.family_name[:100],
                    "given_name": mention.given_name[:100],
                    "country": mention.country or "",
                })
            self.people[mention.key] = person
            add_aliases(PersonAlias, "person", person, [mention.name, *mention.aliases],
                        source=PersonAlias.Source.EXTRACTED)
            for span in mention.spans:
                self.add_evidence(span, "name", person=person)
            if mention.title:
                self.apply_position(person, mention)

    def resolve_person(self, mention: x.PersonMention) -> Person | None:
        """The person this mention names: same full name (or alias of the full name), same
        country when both are known; among several, the one who held the same title. Short
        forms ("Minister Yun") are never used across releases: they are ambiguous."""
        candidates = list(Person.objects.by_alias(mention.name).order_by("pk"))
        if candidates and all(p.review_status == ReviewStatus.REJECTED for p in candidates):
            return REJECTED
        candidates = [p for p in candidates if p.review_status != ReviewStatus.REJECTED]
        if mention.country:
            candidates = [p for p in candidates if p.country.code in ("", mention.country)]
        if len(candidates) > 1 and mention.title:
            titled = set(
                Position.objects.filter(person__in=candidates, title__iexact=mention.title)
                .values_list("person_id", flat=True)
            )
            candidates = [p for p in candidates if p.pk in titled] or candidates
        return candidates[0] if candidates else None

    def apply_position(self, person: Person, mention: x.PersonMention) -> None:
        org = self.orgs.get(mention.organization_key or "")
        seen = self.reference_date
        position, created = Position.objects.get_or_create(
            person=person,
            title=mention.title[:300],
            organization=org,
            defaults={"first_seen": seen, "last_seen": seen,
                      "confidence": _confidence(mention.confidence)},
        )
        if created:
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
            if values:
                for name, value in values.items():
                    setattr(position, name, value)
                position.save(update_fields=[*values, "updated_at"])
        if mention.spans:
            self.add_evidence(mention.spans[0], "title", position=position)

    # --- meetings --------------------------------------------------------------------
    def apply_meetings(self) -> None:
        links = {
            link.extraction_key: link
            for link in MeetingRelease.objects.filter(release=self.release).select_related(
                "meeting"
            )
        }
        seen_keys = set()
        for mention in self.ex.meetings:
            seen_keys.add(mention.key)
            values = self.meeting_values(mention)
            link = links.get(mention.key)
            if link is not None:
                meeting = link.meeting
                _update(meeting, values, self.changes, "meeting", meeting.title)
            else:
                meeting = self.find_same_meeting(mention, values)
                if meeting is None:
                    meeting = Meeting.objects.create(**values)
                    MeetingRelease.objects.create(
                        meeting=meeting, release=self.release, extraction_key=mention.key
                    )
                    self.changes.count("created", "meeting")
                else:
                    self.changes.count("updated", "meeting (linked to another release)")
            self.meetings[mention.key] = meeting
            if meeting.review_status == ReviewStatus.REJECTED:
                continue
            orgs = [self.orgs[k].pk for k in mention.organization_keys if k in self.orgs]
            if orgs and not meeting.is_locked and "organizations" not in meeting.edited_fields:
                meeting.organizations.add(*orgs)
            for span in mention.spans:
                self.add_evidence(span, "meeting", meeting=meeting)
            self.apply_participants(meeting, mention)
        for mention in self.ex.meetings:
            parent = self.meetings.get(mention.parent_key or "")
            meeting = self.meetings[mention.key]
            if parent and meeting.parent_id is None and parent.pk != meeting.pk:
                _update(meeting, {"parent_id": parent.pk}, self.changes, "meeting", meeting.title)
        self.remove_stale_meetings(links, seen_keys)

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

    def find_same_meeting(self, mention: x.MeetingMention, values: dict) -> Meeting | None:
        """A meeting another release already reported: same date (±1 day) and at least two
        of the same resolved participants (or one when the meeting has one). A briefing that
        announces a meeting and the later release on its outcome become one row."""
        date = mention.date.value
        if date is None or mention.date.uncertain or mention.date.precision != "day":
            return None
        person_ids = {
            self.people[p.person_key].pk for p in mention.participants
            if p.person_key in self.people
        }
        if not person_ids:
            return None
        needed = min(2, len(person_ids))
        candidates = (
            Meeting.objects.filter(
                date__range=(date - dt.timedelta(days=1), date + dt.timedelta(days=1)),
                participations__person_id__in=person_ids,
            )
            .exclude(review_status=ReviewStatus.REJECTED)
            .exclude(release_links__release=self.release)
            .distinct()
        )
        for candidate in candidates:
            shared = set(
                candidate.participations.filter(person_id__in=person_ids).values_list(
                    "person_id", flat=True
                )
            )
            if len(shared) >= needed:
                MeetingRelease.objects.create(
                    meeting=candidate, release=self.release, extraction_key=mention.key
                )
                if candidate.status != values["status"] and values["status"] == "held":
                    _update(candidate, {"status": "held"}, self.changes, "meeting",
                            candidate.title)
                return candidate
        return None

    def remove_stale_meetings(self, links: dict, seen_keys: set) -> None:
        for key, link in links.items():
            if key in seen_keys or not key:
                continue
            meeting = link.meeting
            untouched = not meeting.is_locked and not meeting.edited_fields
            only_here = not meeting.release_links.exclude(pk=link.pk).exists()
            if untouched and only_here:
                meeting.delete()
                self.changes.count("deleted", "meeting")
            elif untouched:
                link.delete()

    def apply_participants(self, meeting: Meeting, mention: x.MeetingMention) -> None:
        existing = {
            p.extraction_key: p
            for p in Participation.objects.filter(meeting=meeting, release=self.release)
        }
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
                _update(row, values, self.changes, "participation", row.name_as_written)
            self.add_evidence(participant.span, "participant", participation=row)
        for key, row in existing.items():
            if key not in seen and not row.is_locked and not row.edited_fields:
                row.delete()
                self.changes.count("deleted", "participation")

    # --- pledges ---------------------------------------------------------------------
    def apply_pledges(self) -> None:
        existing = {p.extraction_key: p for p in Pledge.objects.filter(release=self.release)}
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
                _update(pledge, values, self.changes, "pledge", pledge.text[:40])
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
        bulk_create_with_history(self.new_pledges, Pledge, batch_size=500)
        changed_on = self.reference_date or timezone.localdate()
        note = f"Extracted from {self.release.source_name}"
        bulk_create_with_history(
            [PledgeStatusChange(pledge=p, changed_on=changed_on, firmness=p.firmness,
                                fulfilment=p.fulfilment, note=note) for p in self.new_pledges],
            PledgeStatusChange, batch_size=500,
        )


def _confidence(value: float) -> float:
    return max(0.0, min(1.0, float(value)))


def apply_extraction(extraction: x.Extraction, *, release: Release | None = None) -> Changes:
    """Write one release's extraction; the caller holds the transaction."""
    changes = Changes()
    ReleaseApplier(extraction, release=release, changes=changes).apply()
    return changes


