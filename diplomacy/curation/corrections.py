"""Corrections of single records: a mention attached to the wrong person, a meeting that two
releases describe but that are two events, a pledge whose status moved on.

Each correction marks the corrected fields in ``edited_fields`` so that loads never undo it.
"""

import datetime as dt

from django.db import transaction
from django.db.models import Q

from diplomacy.models import (
    Evidence,
    Meeting,
    MeetingRelease,
    Participation,
    Person,
    Pledge,
    PledgeFirmness,
    PledgeFulfilment,
    PledgeStatusChange,
    Release,
)
from diplomacy.models.meeting_countries import deferred_refresh

from . import CurationRefused
from . import save_as as _save

# Meeting columns a split copies to the new meeting (and marks as a person's entry).
MEETING_COPY_EXCLUDE = {"id", "created_at", "updated_at", "edited_fields", "reviewed_by",
                        "reviewed_at"}


def reassign_participation(*, participation: Participation, person: Person | None, user) -> int:
    """Attach a mention to another person ("Minister Kim" resolved to the wrong Kim).

    The old person's evidence read from the same spans of the same release (the name in the
    sentence that produced this participation) moves with it. ``person`` is marked edited so
    that loads keep the choice. Returns the number of evidence rows moved.
    """
    old_person_id = participation.person_id
    if old_person_id == (person.pk if person else None):
        return 0
    with transaction.atomic():
        moved = move_mention_evidence(
            participation=participation, old_person_id=old_person_id, person=person
        )
        participation.person = person
        participation.mark_edited(["person"])
        _save(participation, user, f"reassigned from person #{old_person_id}")
    return moved


def move_mention_evidence(*, participation, old_person_id, person) -> int:
    """Move the old person's evidence for the mention behind ``participation`` (same
    release, overlapping span; or, without participation evidence, the same quote in the
    participation's release) to ``person``. Returns the number of rows moved."""
    if old_person_id is None or person is None:
        return 0
    spans = Q()
    for release_id, start, end in Evidence.objects.filter(
        participation=participation
    ).values_list("release_id", "start", "end"):
        spans |= Q(release_id=release_id, start__lt=end, end__gt=start)
    if not spans and participation.release_id:
        spans = Q(release_id=participation.release_id, quote=participation.name_as_written)
    if not spans:
        return 0
    return Evidence.objects.filter(spans, person_id=old_person_id).update(person=person)


def split_meeting(*, meeting: Meeting, release: Release, user) -> Meeting:
    """Split off what ``release`` reports about ``meeting`` into a new meeting.

    The new meeting starts as a copy of the old one's fields; the release link, the
    participations read from that release, and that release's evidence and pledges for the
    meeting move to it. Both meetings are marked edited so that a load does not merge them
    back or overwrite the copy.
    """
    links = MeetingRelease.objects.filter(meeting=meeting)
    if not links.filter(release=release).exists():
        raise CurationRefused(f"Release #{release.pk} does not report meeting #{meeting.pk}.")
    if links.count() < 2:
        raise CurationRefused(
            "A meeting reported by a single release cannot be split; edit it instead."
        )
    with transaction.atomic(), deferred_refresh():
        copy = {
            field.attname: getattr(meeting, field.attname)
            for field in Meeting._meta.concrete_fields
            if field.name not in MEETING_COPY_EXCLUDE
        }
        new = Meeting(**copy)
        new.mark_edited(set(copy) - {"review_status", "confidence", "parent_id"} | {"parent"})
        _save(new, user, f"split from meeting #{meeting.pk} (release #{release.pk})")
        new.organizations.set(meeting.organizations.all())
        links.filter(release=release).update(meeting=new)
        for participation in Participation.objects.filter(meeting=meeting, release=release):
            participation.meeting = new
            participation.mark_edited(["meeting"])
            _save(participation, user, f"split from meeting #{meeting.pk}")
        Evidence.objects.filter(meeting=meeting, release=release).update(meeting=new)
        for pledge in Pledge.objects.filter(meeting=meeting, release=release):
            pledge.meeting = new
            pledge.mark_edited(["meeting"])
            _save(pledge, user, f"split from meeting #{meeting.pk}")
        meeting.mark_edited(["releases"])
        _save(meeting, user, f"release #{release.pk} split off into meeting #{new.pk}")
    return new


def change_pledge_status(
    *,
    pledge: Pledge,
    firmness: str,
    fulfilment: str,
    changed_on: dt.date,
    note: str = "",
    source_url: str = "",
    user,
) -> PledgeStatusChange:
    """Record a dated status step. The pledge's current status follows its latest step
    (``Pledge.refresh_status_from_history``, run by ``PledgeStatusChange.save``): a step
    dated before the latest one is kept in the history but does not move the pledge.
    Both status fields are marked edited either way; ``pledge`` is updated in place."""
    if firmness not in PledgeFirmness.values:
        raise CurationRefused(f"Unknown firmness {firmness!r}.")
    if fulfilment not in PledgeFulfilment.values:
        raise CurationRefused(f"Unknown fulfilment {fulfilment!r}.")
    with transaction.atomic():
        change = PledgeStatusChange(
            pledge=pledge,
            changed_on=changed_on,
            firmness=firmness,
            fulfilment=fulfilment,
            note=note,
            source_url=source_url,
            changed_by=user,
        )
        _save(change, user)  # moves the pledge to its latest status
    return change
