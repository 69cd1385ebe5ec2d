"""The review queue: unreviewed extracted records of six kinds, least confident first, each
with the sentence it was read from.

One page costs a constant number of queries whatever its size: one UNION over the six tables
for the page's (kind, id, confidence), one COUNT for the paginator, one query per kind present
on the page for the rows (each with its first evidence id from a subquery), and one query for
those evidence rows with their sentences cut out of the release text by the database
(``Substr``), so no release text is loaded into Python.
"""

from dataclasses import dataclass

from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import CharField, F, OuterRef, Subquery, Value
from django.db.models.functions import Substr
from django.utils import timezone

from diplomacy.models import (
    Evidence,
    Meeting,
    Organization,
    Participation,
    Person,
    Pledge,
    Position,
    ReviewStatus,
)

from . import CurationRefused

# kind (also the Evidence foreign key name) -> model, and what each row needs joined
QUEUE_MODELS = {
    "meeting": Meeting,
    "participation": Participation,
    "person": Person,
    "organization": Organization,
    "pledge": Pledge,
    "position": Position,
}
QUEUE_SELECT_RELATED = {
    "participation": ("person", "meeting"),
    "position": ("person", "organization"),
}


@dataclass
class QueueEntry:
    kind: str
    record: object
    evidence: dict | None  # quote, sentence, before/mark/after split, release_id


def set_review_status(*, records, status: str, user) -> int:
    """Mark records verified, rejected or unreviewed, saved one by one for their history."""
    if status not in ReviewStatus.values:
        raise CurationRefused(f"Unknown review status {status!r}.")
    now = timezone.now()
    count = 0
    with transaction.atomic():
        for record in records:
            record.review_status = status
            record.reviewed_by = user
            record.reviewed_at = now
            record._history_user = user
            record.save(update_fields=["review_status", "reviewed_by", "reviewed_at", "updated_at"])
            count += 1
    return count


def resolve_keys(keys) -> list:
    """Records for "kind:id" strings (unknown kinds and missing rows are skipped), one query
    per kind."""
    wanted: dict[str, set[int]] = {}
    for key in keys:
        kind, _, pk = str(key).partition(":")
        if kind in QUEUE_MODELS and pk.isdigit():
            wanted.setdefault(kind, set()).add(int(pk))
    records = []
    for kind, pks in wanted.items():
        records.extend(QUEUE_MODELS[kind].objects.filter(pk__in=pks).order_by("pk"))
    return records


def queue_queryset(kinds=None):
    """(kind, id, confidence) of every unreviewed record of the given kinds, least confident
    first (the (review_status, confidence) index of each table serves its part)."""
    parts = [
        model.objects.filter(review_status=ReviewStatus.UNREVIEWED)
        .annotate(queue_kind=Value(kind, output_field=CharField()))
        .values("queue_kind", "id", "confidence")
        .order_by()
        for kind, model in QUEUE_MODELS.items()
        if not kinds or kind in kinds
    ]
    if not parts:
        return Meeting.objects.none().values("id")
    first, *rest = parts
    return first.union(*rest, all=True).order_by("confidence", "queue_kind", "id")


def _split_sentence(row) -> dict:
    sentence = row["sentence"] or ""
    a = max(0, row["start"] - row["sentence_start"])
    b = max(a, row["end"] - row["sentence_start"])
    return {
        "release_id": row["release_id"],
        "id": row["id"],
        "quote": row["quote"],
        "before": sentence[:a],
        "mark": sentence[a:b],
        "after": sentence[b:],
    }


def queue_page(*, page_number=1, per_page=50, kinds=None):
    """A page of the queue: (paginator page, list of QueueEntry in page order)."""
    paginator = Paginator(queue_queryset(kinds), per_page)
    page = paginator.get_page(page_number)
    keys = [(row["queue_kind"], row["id"]) for row in page.object_list]
    by_kind: dict[str, list[int]] = {}
    for kind, pk in keys:
        by_kind.setdefault(kind, []).append(pk)

    records = {}
    for kind, pks in by_kind.items():
        model = QUEUE_MODELS[kind]
        first_evidence = (
            Evidence.objects.filter(**{kind: OuterRef("pk")})
            .order_by("release_id", "start", "id")
            .values("id")[:1]
        )
        qs = (
            model.objects.filter(pk__in=pks)
            .select_related(*QUEUE_SELECT_RELATED.get(kind, ()))
            .annotate(first_evidence_id=Subquery(first_evidence))
            .order_by()
        )
        for record in qs:
            records[(kind, record.pk)] = record

    evidence_ids = [r.first_evidence_id for r in records.values() if r.first_evidence_id]
    evidence = {}
    if evidence_ids:
        rows = (
            Evidence.objects.filter(pk__in=evidence_ids)
            .annotate(
                sentence=Substr(
                    "release__cleaned_text",
                    F("sentence_start") + 1,
                    F("sentence_end") - F("sentence_start"),
                )
            )
            .values(
                "id", "release_id", "quote", "start", "end", "sentence_start", "sentence"
            )
        )
        evidence = {row["id"]: _split_sentence(row) for row in rows}

    entries = []
    for kind, pk in keys:
        record = records.get((kind, pk))
        if record is not None:
            entries.append(QueueEntry(kind, record, evidence.get(record.first_evidence_id)))
    return page, entries
