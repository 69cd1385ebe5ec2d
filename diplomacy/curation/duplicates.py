"""Likely duplicate people and organizations, for a curator to merge or dismiss.

rapidfuzz only *proposes*: similar names are common among different diplomats ("Cho Tae-yul"
and "Cho Tae-yong" are two people), so nothing here merges anything. Pairs a curator has
dismissed (NotSamePerson / NotSameOrganization) are never proposed again.

The cost is bounded, whatever the size of the tables (the page runs on every request): names
are compared by *sorted neighbourhood* rather than all pairs within a block. Each name, in its
comparable form (``comparable``: punctuation dropped, words sorted, so "LAVROV Sergey" and
"Sergey Lavrov" meet), is compared with the ``WINDOW`` names that follow it in a few sort
orders — alphabetical, alphabetical by the reversed string (differences in the first letters),
and alphabetical among the people of each organization (people sharing an organization are
proposed at a lower score). Organizations are sorted within their country, and those sharing
an acronym in a country are paired too. That is at most ``len(rows) * WINDOW`` comparisons per
order, done by rapidfuzz's C ``process.extract`` with a score cutoff: a block of 5,000 people
with one family name costs what 5,000 different names cost. A pair of near-identical names is
always adjacent in one of the orders; what the window can miss is a pair with more than
``WINDOW`` other names sorting between them in every order.

The queries do not grow with the number of records: the names (one query), the people's
organizations (one), the "not the same" decisions for the best-ranked candidates only (one
per batch of ``DISMISSED_BATCH`` candidates; one unless most of the best ones were dismissed),
then the shown records and their positions.
"""

import heapq
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
WINDOW = 20  # names each name is compared with, per sort order
PER_NAME = 5  # best matches kept per name and sort order
DISMISSED_BATCH = 200  # candidates checked against the "not the same" decisions per query
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


def _neighbour_pairs(rows, cutoff, found, *, key=lambda row: row[1], group=lambda row: ""):
    """Add {(id_a, id_b): score} to ``found`` for rows [(id, comparable_name, …)] that sort
    within WINDOW of each other by (group, key), in the same group, scoring ``cutoff`` or
    more (the PER_NAME best for each name)."""
    ordered = sorted(rows, key=lambda row: (group(row), key(row), row[0]))
    names = [row[1] for row in ordered]
    ends = [0] * len(ordered)  # where each row's group ends
    end = len(ordered)
    for i in range(len(ordered) - 1, -1, -1):
        if i + 1 < len(ordered) and group(ordered[i]) != group(ordered[i + 1]):
            end = i + 1
        ends[i] = end
    for i, row in enumerate(ordered):
        window = names[i + 1 : min(i + 1 + WINDOW, ends[i])]
        if not window:
            continue
        # the names are already in token-sorted form, so ratio == token_sort_ratio (faster)
        for _, score, j in process.extract(
            names[i], window, scorer=fuzz.ratio, score_cutoff=cutoff, limit=PER_NAME
        ):
            other = ordered[i + 1 + j][0]
            if other == row[0]:
                continue
            pair = (min(row[0], other), max(row[0], other))
            if score > found.get(pair, -1):
                found[pair] = score
    return found


def _reversed_name(row):
    return row[1][::-1]


def _without_dismissed(model, candidates, limit):
    """The best ``limit`` of ``candidates`` [(rank, a, b, score)], lowest rank first, that no
    curator dismissed. Only the best ones are sorted and checked against the decisions, a
    batch of DISMISSED_BATCH at a time (one query unless most of a batch was dismissed)."""
    if len(candidates) > DISMISSED_BATCH:
        ranked = heapq.nsmallest(DISMISSED_BATCH, candidates)
    else:
        ranked = sorted(candidates)
    kept = []
    start = 0
    while start < len(ranked) and len(kept) < limit:
        batch = ranked[start : start + DISMISSED_BATCH]
        start += len(batch)
        dismissed = set(
            model.objects.filter(
                first_id__in={p[1] for p in batch}, second_id__in={p[2] for p in batch}
            ).values_list("first_id", "second_id")
        )
        kept.extend(p for p in batch if (p[1], p[2]) not in dismissed)
        if len(kept) < limit and start == len(ranked) < len(candidates):
            ranked = sorted(candidates)  # rare: most of the best were dismissed
    return kept[:limit]


def _overlap(a, b) -> bool:
    a_start, a_end = a
    b_start, b_end = b
    if None in (a_start, a_end, b_start, b_end):
        return False
    return a_start <= b_end and b_start <= a_end


def likely_duplicate_people(limit: int = 50) -> list[DuplicatePair]:
    """Pairs of people likely to be one person, best first, excluding dismissed pairs."""
    rows = [(pk, comparable(name)) for pk, name in Person.objects.values_list("id", "name")]
    organizations = defaultdict(set)  # person id -> organization ids
    by_organization = defaultdict(list)
    row_of = {row[0]: row for row in rows}
    for person_id, org_id in (
        Position.objects.filter(organization__isnull=False)
        .values_list("person_id", "organization_id")
        .distinct()
        .order_by()
    ):
        organizations[person_id].add(org_id)
        by_organization[org_id].append(row_of[person_id])

    pairs: dict[tuple[int, int], float] = {}
    _neighbour_pairs(rows, NAME_THRESHOLD, pairs)
    _neighbour_pairs(rows, NAME_THRESHOLD, pairs, key=_reversed_name)
    for members in by_organization.values():
        _neighbour_pairs(members, RELATED_THRESHOLD, pairs)

    # rank: sharing an organization first, then by score, then by ids
    candidates = []
    for (a, b), score in pairs.items():
        orgs_a = organizations.get(a)
        shared = orgs_a is not None and not orgs_a.isdisjoint(organizations.get(b, ()))
        if score >= NAME_THRESHOLD or shared:
            candidates.append(((-shared, -score), a, b, score))
    shown = _without_dismissed(NotSamePerson, candidates, limit)
    if not shown:
        return []

    ids = {pk for p in shown for pk in p[1:3]}
    positions = defaultdict(list)
    org_names = {}
    for person_id, org_id, org_name, title, first, last in Position.objects.filter(
        person_id__in=ids, organization__isnull=False
    ).values_list(
        "person_id", "organization_id", "organization__name", "title", "first_seen", "last_seen"
    ):
        positions[person_id].append((org_id, title, (first, last)))
        org_names[org_id] = org_name
    people = Person.objects.in_bulk(ids)
    proposals = []
    for _, a, b, score in shown:
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
        proposals.append(DuplicatePair(people[a], people[b], score, reasons))
    return proposals


def likely_duplicate_organizations(limit: int = 50) -> list[DuplicatePair]:
    """Pairs of organizations of the same country with similar names (or the same acronym),
    best first, excluding dismissed pairs."""
    rows = [
        (pk, comparable(name), country or "international", acronym.casefold())
        for pk, name, country, acronym in Organization.objects.values_list(
            "id", "name", "country", "acronym"
        )
    ]

    def country(row):
        return row[2]

    pairs: dict[tuple[int, int], float] = {}
    _neighbour_pairs(rows, NAME_THRESHOLD, pairs, group=country)
    _neighbour_pairs(rows, NAME_THRESHOLD, pairs, group=country, key=_reversed_name)
    by_acronym = defaultdict(list)
    for row in rows:
        if row[3]:
            by_acronym[(row[2], row[3])].append(row[0])
    same_acronym = set()
    for members in by_acronym.values():
        members.sort()
        for i, a in enumerate(members):
            for b in members[i + 1 : i + 1 + WINDOW]:
                same_acronym.add((a, b))
                pairs.setdefault((a, b), 0)
    candidates = [
        ((-(pair in same_acronym), -score), *pair, score) for pair, score in pairs.items()
    ]
    shown = _without_dismissed(NotSameOrganization, candidates, limit)
    if not shown:
        return []
    orgs = Organization.objects.in_bulk({pk for p in shown for pk in p[1:3]})
    return [
        DuplicatePair(orgs[a], orgs[b], score, ["same acronym"] if acronym else [])
        for (acronym, _), a, b, score in shown
    ]


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
