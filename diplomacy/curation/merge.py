"""Merge two people or two organizations into one.

Everything that points at the removed record moves to the kept one; the removed record's
name becomes an alias (source "merge") of the kept one, so that later loads, which resolve
names through aliases, find the kept record. A MergeRecord row says what moved. Curated rows
are saved one by one so that each move has a history row naming the curator (a person has at
most a few hundred mentions; evidence, which has no history, moves with ``update()``). The
meetings whose countries the moves change are refreshed once, at the end
(``deferred_refresh``), not per saved row.
"""

from django.db import transaction

from diplomacy.models import (
    Evidence,
    Meeting,
    MergeRecord,
    NotSameOrganization,
    NotSamePerson,
    Organization,
    OrganizationAlias,
    Participation,
    Person,
    PersonAlias,
    Pledge,
    Position,
    alias_key,
)
from diplomacy.models.meeting_countries import deferred_refresh

from . import CurationRefused
from . import save_as as _save

PERSON_FILL_FIELDS = ("family_name", "given_name", "country")
ORGANIZATION_FILL_FIELDS = ("acronym", "country")


def _ordered(a_id: int, b_id: int) -> tuple[int, int]:
    return (a_id, b_id) if a_id < b_id else (b_id, a_id)


def merge_preview(record) -> dict[str, int]:
    """What would move if ``record`` (a Person or Organization) were merged into another:
    counts by kind, for the confirmation page."""
    if isinstance(record, Person):
        return {
            "participations": Participation.objects.filter(person=record).count(),
            "positions": Position.objects.filter(person=record).count(),
            "aliases": PersonAlias.objects.filter(person=record).count(),
            "evidence": Evidence.objects.filter(person=record).count(),
        }
    return {
        "participations": Participation.objects.filter(organization=record).count(),
        "positions": Position.objects.filter(organization=record).count(),
        "aliases": OrganizationAlias.objects.filter(organization=record).count(),
        "evidence": Evidence.objects.filter(organization=record).count(),
        "pledges": Pledge.objects.filter(actor_organization=record).count(),
        "children": Organization.objects.filter(parent=record).count(),
        "meetings": Meeting.organizations.through.objects.filter(organization=record).count(),
    }


def _check_pair(keep, remove, not_same_model, noun: str) -> None:
    if keep.pk == remove.pk:
        raise CurationRefused(f"Cannot merge {noun} #{keep.pk} with itself.")
    first, second = _ordered(keep.pk, remove.pk)
    if not_same_model.objects.filter(first_id=first, second_id=second).exists():
        raise CurationRefused(
            f"“{keep}” and “{remove}” were recorded as not the same {noun}; delete that "
            "decision first if it was wrong."
        )


def _widen(target: Position, other: Position) -> list[str]:
    """Widen target's seen and tenure dates to cover other's; returns the changed fields."""
    changed = []
    for name, pick in (
        ("first_seen", min),
        ("last_seen", max),
        ("start_date", min),
        ("end_date", max),
    ):
        values = [v for v in (getattr(target, name), getattr(other, name)) if v is not None]
        value = pick(values) if values else None
        if value != getattr(target, name):
            setattr(target, name, value)
            changed.append(name)
    return changed


def _move_positions(positions, *, set_owner, user, reason, moved) -> None:
    """Move positions to a new owner; where the owner already has the same
    (person, title, organization), widen that one's dates and fold the duplicate into it."""
    for position in positions:
        set_owner(position)
        existing = (
            Position.objects.filter(
                person_id=position.person_id,
                title=position.title,
                organization_id=position.organization_id,
            )
            .exclude(pk=position.pk)
            .first()
        )
        if existing is None:
            _save(position, user, reason)
            moved["positions"] += 1
            continue
        changed = _widen(existing, position)
        if changed:
            existing.mark_edited(changed)
            _save(existing, user, reason)
        moved["evidence"] += Evidence.objects.filter(position=position).update(position=existing)
        position._history_user = user
        position.delete()
        moved["positions_folded"] += 1


def _move_aliases(alias_model, owner_field: str, *, keep, remove, user, reason, moved) -> None:
    """Move aliases, dropping those the kept record already has (same normalized form)."""
    existing = set(
        alias_model.objects.filter(**{owner_field: keep}).values_list("normalized", flat=True)
    )
    for alias in alias_model.objects.filter(**{owner_field: remove}):
        if alias.normalized in existing:
            alias._history_user = user
            alias.delete()
            moved["aliases_dropped"] += 1
        else:
            setattr(alias, owner_field, keep)
            _save(alias, user, reason)
            existing.add(alias.normalized)
            moved["aliases"] += 1


def _add_merge_alias(alias_model, owner_field: str, keep, name: str, user, moved) -> None:
    if not name or alias_model.objects.filter(
        **{owner_field: keep, "normalized": alias_key(name)}
    ).exists():
        return
    alias = alias_model(**{owner_field: keep, "name": name, "source": alias_model.Source.MERGE})
    _save(alias, user, "name of a merged record")
    moved["aliases_added"] += 1


def _move_not_same(model, keep, remove) -> int:
    """Point "not the same" decisions about ``remove`` at ``keep`` (kept ordered, deduped)."""
    count = 0
    for row in model.objects.filter(first=remove) | model.objects.filter(second=remove):
        other = row.second_id if row.first_id == remove.pk else row.first_id
        first, second = _ordered(keep.pk, other)
        if model.objects.filter(first_id=first, second_id=second).exists():
            row.delete()
        else:
            row.first_id, row.second_id = first, second
            row.save(update_fields=["first", "second"])
        count += 1
    return count


def _fill_blanks(keep, remove, fields) -> list[str]:
    filled = []
    for name in fields:
        if not getattr(keep, name) and getattr(remove, name):
            setattr(keep, name, getattr(remove, name))
            filled.append(name)
    return filled


def _finish(kind, keep, remove, fill_fields, user, moved) -> MergeRecord:
    filled = _fill_blanks(keep, remove, fill_fields)
    if filled:
        keep.mark_edited(filled)
    removed_pk, removed_name = remove.pk, str(remove)
    remove._history_user = user
    remove._change_reason = f"merged into #{keep.pk}"
    remove.delete()
    _save(keep, user, f"merged #{removed_pk} {removed_name} into this record")
    return MergeRecord.objects.create(
        kind=kind,
        kept_id=keep.pk,
        kept_name=str(keep),
        removed_id=removed_pk,
        removed_name=removed_name,
        moved={k: v for k, v in moved.items() if v},
        performed_by=user,
    )


def _counter(*names) -> dict[str, int]:
    return dict.fromkeys(names, 0)


def _move_participation(participation, keep, remove, user, reason, moved) -> None:
    """Point a participation at ``keep``. The loader keys a resolved participant as
    "<role>:p<person id>", so the key follows the person; otherwise the next load would not
    find the row. Where the kept person already has that key in the same meeting and
    release (both records were in one meeting), the row is folded into that one."""
    old_suffix = f":p{remove.pk}"
    key = participation.extraction_key
    if key.endswith(old_suffix):
        key = key.removesuffix(old_suffix) + f":p{keep.pk}"
        twin = Participation.objects.filter(
            meeting_id=participation.meeting_id,
            release_id=participation.release_id,
            extraction_key=key,
        ).first()
        if twin is not None:
            moved["evidence"] += Evidence.objects.filter(participation=participation).update(
                participation=twin
            )
            participation._history_user = user
            participation.delete()
            moved["participations_folded"] += 1
            return
        participation.extraction_key = key
    participation.person = keep
    _save(participation, user, reason)
    moved["participations"] += 1


def merge_people(*, keep: Person, remove: Person, user) -> MergeRecord:
    """Fold ``remove`` into ``keep``; refuses a pair recorded as NotSamePerson."""
    _check_pair(keep, remove, NotSamePerson, "person")
    reason = f"merge of person #{remove.pk} into #{keep.pk}"
    moved = _counter(
        "participations",
        "participations_folded",
        "positions",
        "positions_folded",
        "aliases",
        "aliases_dropped",
        "aliases_added",
        "evidence",
        "not_same",
    )
    with transaction.atomic(), deferred_refresh():
        for participation in Participation.objects.filter(person=remove):
            _move_participation(participation, keep, remove, user, reason, moved)

        def set_person(position):
            position.person = keep

        _move_positions(
            list(Position.objects.filter(person=remove)),
            set_owner=set_person,
            user=user,
            reason=reason,
            moved=moved,
        )
        _move_aliases(
            PersonAlias, "person", keep=keep, remove=remove, user=user, reason=reason, moved=moved
        )
        _add_merge_alias(PersonAlias, "person", keep, remove.name, user, moved)
        moved["evidence"] += Evidence.objects.filter(person=remove).update(person=keep)
        moved["not_same"] = _move_not_same(NotSamePerson, keep, remove)
        return _finish(
            MergeRecord.Kind.PERSON, keep, remove, PERSON_FILL_FIELDS, user, moved
        )


def merge_organizations(*, keep: Organization, remove: Organization, user) -> MergeRecord:
    """Fold ``remove`` into ``keep``; refuses a pair recorded as NotSameOrganization."""
    _check_pair(keep, remove, NotSameOrganization, "organization")
    reason = f"merge of organization #{remove.pk} into #{keep.pk}"
    moved = _counter(
        "participations",
        "positions",
        "positions_folded",
        "aliases",
        "aliases_dropped",
        "aliases_added",
        "evidence",
        "pledges",
        "children",
        "meetings",
        "not_same",
    )
    with transaction.atomic(), deferred_refresh():
        for participation in Participation.objects.filter(organization=remove):
            participation.organization = keep
            _save(participation, user, reason)
            moved["participations"] += 1

        def set_organization(position):
            position.organization = keep

        _move_positions(
            list(Position.objects.filter(organization=remove)),
            set_owner=set_organization,
            user=user,
            reason=reason,
            moved=moved,
        )
        for pledge in Pledge.objects.filter(actor_organization=remove):
            pledge.actor_organization = keep
            _save(pledge, user, reason)
            moved["pledges"] += 1
        for child in Organization.objects.filter(parent=remove).exclude(pk=keep.pk):
            child.parent = keep
            _save(child, user, reason)
            moved["children"] += 1
        if keep.parent_id == remove.pk:
            # the kept record was the removed one's child: it takes its parent's place
            keep.parent_id = remove.parent_id if remove.parent_id != keep.pk else None
        links = Meeting.organizations.through.objects
        already = set(links.filter(organization=keep).values_list("meeting_id", flat=True))
        moved["meetings"] = links.filter(organization=remove).exclude(
            meeting_id__in=already
        ).update(organization=keep)
        links.filter(organization=remove).delete()  # meetings that had both
        _move_aliases(
            OrganizationAlias,
            "organization",
            keep=keep,
            remove=remove,
            user=user,
            reason=reason,
            moved=moved,
        )
        for name in (remove.name, remove.acronym):
            _add_merge_alias(OrganizationAlias, "organization", keep, name, user, moved)
        moved["evidence"] += Evidence.objects.filter(organization=remove).update(
            organization=keep
        )
        moved["not_same"] = _move_not_same(NotSameOrganization, keep, remove)
        return _finish(
            MergeRecord.Kind.ORGANIZATION, keep, remove, ORGANIZATION_FILL_FIELDS, user, moved
        )
