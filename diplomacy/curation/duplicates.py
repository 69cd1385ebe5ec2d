"""Likely duplicate people and organizations, for a curator to merge or dismiss.

rapidfuzz only *proposes*: similar names are common among different diplomats ("Cho Tae-yul"
and "Cho Tae-yong" are two people), so nothing here merges anything. Pairs a curator has
dismissed (NotSamePerson / NotSameOrganization) are never proposed again.

To scale, names are compared only within blocks: people sharing a family name or the first
letter of their name with its words sorted (the form ``token_sort_ratio`` compares, so
"LAVROV Sergey" and "Sergey Lavrov" meet); organizations of the same country. Within a block
rapidfuzz's C ``process.extract`` with a score cutoff does the pairwise work.
"""

import re
from collections import defaultdict
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from rapidfuzz import fuzz, process

from diplomacy.models import (
    NotSameOrganization,
    NotSamePerson,
    Organization,
    Person,
    Position,
    alias_key,
)

from . import CurationRefused

NAME_THRESHOLD = 85  # token_sort_ratio on normalized names: proposed on the name alone
RELATED_THRESHOLD = 70  # proposed when the two also share an organization
_PUNCTUATION = re.compile(r"[-.,'’()]")


@dataclass
class DuplicatePair:
    first: object  # the record with the smaller id
    second: object
    score: float
    reasons: list[str] = field(default_factory=list)


def comparable(name: str) -> str:
    """Normalized name with punctuation dropped and words sorted ("kang kyungwha")."""
    return " ".join(sorted(_PUNCTUATION.sub("", alias_key(name)).split()))


def _similar_pairs(rows, block_keys, cutoff) -> dict[tuple[int, int], float]:
    """{(id_a, id_b): score} for rows [(id, comparable_name, …)] sharing a block."""
    blocks = defaultdict(list)
    for row in rows:
        for key in block_keys(row):
            blocks[key].append(row)
    found: dict[tuple[int, int], float] = {}
    for members in blocks.values():
        names = [row[1] for row in members]
        for i, row in enumerate(members[:-1]):
            rest = names[i + 1 :]
            for _, score, j in process.extract(
                row[1], rest, scorer=fuzz.token_sort_ratio, score_cutoff=cutoff, limit=None
            ):
                other = members[i + 1 + j]
                if other[0] == row[0]:
                    continue
                pair = (min(row[0], other[0]), max(row[0], other[0]))
                found[pair] = max(score, found.get(pair, 0))
    return found


def _dismissed(model, pairs) -> set[tuple[int, int]]:
    firsts = {a for a, _ in pairs}
    return set(model.objects.filter(first_id__in=firsts).values_list("first_id", "second_id"))


def _overlap(a, b) -> bool:
    a_start, a_end = a
    b_start, b_end = b
    if None in (a_start, a_end, b_start, b_end):
        return False
    return a_start <= b_end and b_start <= a_end


def likely_duplicate_people(limit: int = 50) -> list[DuplicatePair]:
    """Pairs of people likely to be one person, best first, excluding dismissed pairs."""
    rows = [
        (pk, comparable(name), alias_key(family))
        for pk, name, family in Person.objects.values_list("id", "name", "family_name")
    ]

    def block_keys(row):
        keys = [f"s:{row[1][:1]}"]
        if row[2]:
            keys.append(f"f:{row[2]}")
        return keys

    pairs = _similar_pairs(rows, block_keys, RELATED_THRESHOLD)
    pairs = {p: s for p, s in pairs.items() if p not in _dismissed(NotSamePerson, pairs)}
    ids = {pk for pair in pairs for pk in pair}
    positions = defaultdict(list)
    org_names = {}
    for person_id, org_id, org_name, title, first, last in Position.objects.filter(
        person_id__in=ids, organization__isnull=False
    ).values_list(
        "person_id", "organization_id", "organization__name", "title", "first_seen", "last_seen"
    ):
        positions[person_id].append((org_id, title, (first, last)))
        org_names[org_id] = org_name

    proposals = []
    for (a, b), score in pairs.items():
        reasons = []
        shared = {p[0] for p in positions[a]} & {p[0] for p in positions[b]}
        for org_id in sorted(shared):
            reasons.append(f"same organization: {org_names[org_id]}")
        if any(
            pa[0] == pb[0] and alias_key(pa[1]) == alias_key(pb[1]) and _overlap(pa[2], pb[2])
            for pa in positions[a]
            for pb in positions[b]
        ):
            reasons.append("same title in the same organization at overlapping dates")
        if score >= NAME_THRESHOLD or shared:
            proposals.append(((bool(reasons), score), a, b, score, reasons))
    proposals.sort(key=lambda p: (p[0], -p[1]), reverse=True)
    proposals = proposals[:limit]
    people = Person.objects.in_bulk({pk for p in proposals for pk in p[1:3]})
    return [DuplicatePair(people[a], people[b], score, r) for _, a, b, score, r in proposals]


def likely_duplicate_organizations(limit: int = 50) -> list[DuplicatePair]:
    """Pairs of organizations of the same country with similar names (or the same acronym),
    best first, excluding dismissed pairs."""
    rows = [
        (pk, comparable(name), country, acronym.casefold())
        for pk, name, country, acronym in Organization.objects.values_list(
            "id", "name", "country", "acronym"
        )
    ]
    pairs = _similar_pairs(rows, lambda row: [row[2] or "international"], NAME_THRESHOLD)
    by_acronym = defaultdict(list)
    for row in rows:
        if row[3]:
            by_acronym[(row[2], row[3])].append(row[0])
    same_acronym = set()
    for members in by_acronym.values():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                pair = (min(a, b), max(a, b))
                same_acronym.add(pair)
                pairs.setdefault(pair, 0)
    dismissed = _dismissed(NotSameOrganization, pairs)
    proposals = []
    for pair, score in pairs.items():
        if pair in dismissed:
            continue
        reasons = ["same acronym"] if pair in same_acronym else []
        proposals.append(((bool(reasons), score), *pair, score, reasons))
    proposals.sort(key=lambda p: (p[0], -p[1]), reverse=True)
    proposals = proposals[:limit]
    orgs = Organization.objects.in_bulk({pk for p in proposals for pk in p[1:3]})
    return [DuplicatePair(orgs[a], orgs[b], score, r) for _, a, b, score, r in proposals]


def _not_same(model, first, second, user, note):
    if first.pk == second.pk:
        raise CurationRefused("A record is always the same as itself.")
    a, b = sorted([first.pk, second.pk])
    try:
        with transaction.atomic():
            row, _ = model.objects.get_or_create(
                first_id=a, second_id=b, defaults={"decided_by": user, "note": note}
            )
    except IntegrityError:  # a concurrent request recorded it first
        row = model.objects.get(first_id=a, second_id=b)
    return row


def mark_not_same_people(*, first: Person, second: Person, user, note: str = ""):
    """Record that two person records are different people (never proposed again)."""
    return _not_same(NotSamePerson, first, second, user, note)


def mark_not_same_organizations(*, first: Organization, second: Organization, user, note=""):
    """Record that two organization records are different (never proposed again)."""
    return _not_same(NotSameOrganization, first, second, user, note)
