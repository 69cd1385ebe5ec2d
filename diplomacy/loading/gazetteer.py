"""The gazetteer lives in the database: seeded from ``fixtures/gazetteer``, taught by curators,
and handed to the pure extractor as a plain ``Gazetteer`` at the start of each load."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from django.db import transaction
from django.db.models import Prefetch, Q

from diplomacy.extraction import types as x
from diplomacy.extraction.gazetteer import load_gazetteer
from diplomacy.models import (
    Organization,
    OrganizationAlias,
    Person,
    PersonAlias,
    Position,
    ReviewStatus,
    alias_key,
)

from .writes import insert_rows_or


@transaction.atomic
def seed_gazetteer(directory: str | Path) -> dict[str, int]:
    """Create the gazetteer's organizations and people that the database lacks, and add their
    aliases. Never changes an existing record's fields (curators own them).

    Every load starts with it, so it reads what it needs in a few queries (aliases of all the
    gazetteer's names, organizations by name, positions of its people) and decides in memory;
    only what is missing is written."""
    gazetteer = load_gazetteer(directory)
    created = {"organizations": 0, "people": 0, "aliases": 0}
    wanted_orgs = [(k.name, k.country or "", (k.acronym, *k.aliases))
                   for k in gazetteer.organizations]
    wanted_orgs += [(k.parent, code, ()) for k in gazetteer.organizations if k.parent
                    for code in {k.country or "", ""}]
    wanted_orgs += [(t.organization, k.country or "", ()) for k in gazetteer.people
                    for t in k.tenures if t.organization]
    orgs = OrganizationFinder(wanted_orgs)
    new_aliases: list = []
    by_name: dict[tuple[str, str], Organization] = {}
    for known in gazetteer.organizations:
        org = orgs.find(known.name, known.country or "", extra=(known.acronym,))
        if org is None:
            org = Organization.objects.create(
                name=known.name,
                acronym=known.acronym,
                kind=known.kind,
                country=known.country or "",
                review_status=ReviewStatus.VERIFIED,
            )
            orgs.add(org)
            created["organizations"] += 1
        by_name[(alias_key(known.name), known.country or "")] = org
        for name in _alias_forms([known.name, known.acronym, *known.aliases]):
            if orgs.add_alias(org, name):
                new_aliases.append(OrganizationAlias(
                    organization=org, name=name, normalized=alias_key(name)[:300],
                    source=OrganizationAlias.Source.GAZETTEER))
    for known in gazetteer.organizations:
        if known.parent:
            org = by_name[(alias_key(known.name), known.country or "")]
            parent = orgs.find(known.parent, known.country or "") or orgs.find(known.parent, "")
            if parent and org.parent_id is None and "parent" not in org.edited_fields:
                org.parent = parent
                org.save(update_fields=["parent", "updated_at"])
    insert_rows_or(OrganizationAlias, new_aliases, _ignoring_conflicts)
    created["aliases"] += len(new_aliases)

    people = PeopleFinder([n for k in gazetteer.people for n in (k.name, *k.aliases) if n])
    new_aliases = []
    for known in gazetteer.people:
        person = people.find(known.name, known.country or "")
        if person is None:
            person = Person.objects.create(
                name=known.name,
                family_name=known.family_name,
                given_name=known.given_name,
                name_order=known.name_order,
                country=known.country or "",
                review_status=ReviewStatus.VERIFIED,
            )
            created["people"] += 1
        for name in _alias_forms([known.name, *known.aliases]):
            if people.add_alias(person, name):
                new_aliases.append(PersonAlias(
                    person=person, name=name, normalized=alias_key(name)[:300],
                    source=PersonAlias.Source.GAZETTEER))
        for tenure in known.tenures:
            org = orgs.find(tenure.organization, known.country or "") if (
                tenure.organization
            ) else None
            positions = people.positions(person, tenure.title)
            if not positions:
                positions.append(Position.objects.create(
                    person=person,
                    title=tenure.title,
                    organization=org,
                    start_date=tenure.start,
                    end_date=tenure.end,
                    review_status=ReviewStatus.VERIFIED,
                ))
                continue
            position = positions[0]
            if (
                org
                and position.organization_id is None
                and "organization" not in position.edited_fields
                and not any(p.organization_id == org.pk for p in positions)
            ):
                position.organization = org
                position.save(update_fields=["organization", "updated_at"])
    insert_rows_or(PersonAlias, new_aliases, _ignoring_conflicts)
    created["aliases"] += len(new_aliases)
    return created


def _alias_forms(names) -> list[str]:
    """The written forms worth keeping as aliases, as stored (stripped, 300 characters)."""
    return sorted({name.strip()[:300] for name in names if name and name.strip()})


def _ignoring_conflicts(objs: list) -> list:
    type(objs[0]).objects.bulk_create(objs, ignore_conflicts=True)
    return objs


class OrganizationFinder:
    """Organizations by name or alias and country, for many names at once: two queries, then
    memory (kept up to date with the organizations and aliases the caller adds)."""

    def __init__(self, wanted: list[tuple[str, str, tuple[str, ...]]]):
        self.by_alias: dict[tuple[str, str], dict[int, Organization]] = defaultdict(dict)
        self.by_name: dict[tuple[str, str], dict[int, Organization]] = defaultdict(dict)
        self.aliases: set[tuple[int, str]] = set()
        keys = {alias_key(n) for name, _, extra in wanted for n in (name, *extra) if n}
        keys |= {alias_key(n)[:300] for n in _alias_forms(
            n for name, _, extra in wanted for n in (name, *extra))}
        for alias in OrganizationAlias.objects.filter(normalized__in=keys).select_related(
            "organization"
        ).order_by("pk"):
            org = alias.organization
            self.by_alias[(alias.normalized, org.country.code)].setdefault(org.pk, org)
            self.aliases.add((org.pk, alias.name))
        query = Q()
        for name, country in {(name, country) for name, country, _ in wanted}:
            query |= Q(name__iexact=name, country=country)
        if query:
            for org in Organization.objects.filter(query).order_by("pk"):
                self.add(org)

    def add(self, org: Organization) -> None:
        self.by_name[(org.name.upper(), org.country.code)].setdefault(org.pk, org)

    def add_alias(self, org: Organization, name: str) -> bool:
        """Remember the alias; False if the organization already had it."""
        if (org.pk, name) in self.aliases:
            return False
        self.aliases.add((org.pk, name))
        self.by_alias[(alias_key(name)[:300], org.country.code)].setdefault(org.pk, org)
        return True

    def find(self, name: str, country: str, extra=()) -> Organization | None:
        """An organization known by this name (or alias) in this country ("" =
        international); the oldest of several."""
        found = {}
        for key in {alias_key(n) for n in (name, *extra) if n}:
            found.update(self.by_alias.get((key, country), {}))
        if not found:
            found = self.by_name.get((name.upper(), country), {})
        return found[min(found)] if found else None


class PeopleFinder:
    """People by any of their aliases, their aliases and positions: two queries for all the
    gazetteer's people, then memory."""

    def __init__(self, names: list[str]):
        self.by_alias: dict[str, dict[int, Person]] = defaultdict(dict)
        self.aliases: set[tuple[int, str]] = set()
        self._positions: dict[tuple[int, str], list[Position]] = defaultdict(list)
        keys = {alias_key(n) for n in names} | {alias_key(n)[:300] for n in _alias_forms(names)}
        for alias in PersonAlias.objects.filter(normalized__in=keys).select_related(
            "person"
        ).order_by("pk"):
            self.by_alias[alias.normalized].setdefault(alias.person_id, alias.person)
            self.aliases.add((alias.person_id, alias.name))
        ids = sorted({pk for people in self.by_alias.values() for pk in people})
        for position in Position.objects.filter(person_id__in=ids).order_by("pk"):
            self._positions[(position.person_id, position.title)].append(position)

    def find(self, name: str, country: str) -> Person | None:
        """The oldest person with this alias and exactly this country."""
        people = self.by_alias.get(alias_key(name), {})
        matches = [pk for pk, person in people.items() if person.country.code == country]
        return people[min(matches)] if matches else None

    def add_alias(self, person: Person, name: str) -> bool:
        if (person.pk, name) in self.aliases:
            return False
        self.aliases.add((person.pk, name))
        self.by_alias[alias_key(name)[:300]].setdefault(person.pk, person)
        return True

    def positions(self, person: Person, title: str) -> list[Position]:
        """The person's positions with exactly this title, oldest first (the list is live:
        append what is created)."""
        return self._positions[(person.pk, title)]


def gazetteer_from_db() -> x.Gazetteer:
    """What the database knows, as the extractor's plain data (rejected records left out).

    Everything is read in id order (records, their aliases, their positions): the extractor's
    indexes keep the first (or last) of several records with the same form, so an order left
    to the database (default orderings by name follow the database's collation: SQLite's
    binary order puts "LAVROV" before "Lavrov", PostgreSQL's locale order does not; NULL
    dates sort first on one and last on the other) made the same corpus extract differently
    on SQLite and PostgreSQL."""
    orgs = (
        Organization.objects.exclude(review_status=ReviewStatus.REJECTED)
        .select_related("parent")
        .prefetch_related(Prefetch("aliases", queryset=OrganizationAlias.objects.only(
            "organization_id", "name").order_by("pk")))
        .order_by("pk")
    )
    organizations = tuple(
        x.KnownOrganization(
            name=org.name,
            acronym=org.acronym,
            aliases=tuple(a.name for a in org.aliases.all() if a.name != org.name),
            kind=org.kind,
            country=org.country.code or None,
            parent=org.parent.name if org.parent else None,
            db_id=org.pk,
        )
        for org in orgs.iterator(chunk_size=2000)
    )
    people_qs = (
        Person.objects.exclude(review_status=ReviewStatus.REJECTED)
        .prefetch_related(
            Prefetch("aliases", queryset=PersonAlias.objects.only("person_id", "name")
                     .order_by("pk")),
            Prefetch(
                "positions",
                queryset=Position.objects.exclude(review_status=ReviewStatus.REJECTED)
                .select_related("organization")
                .only("person_id", "title", "organization__name", "start_date", "end_date",
                      "first_seen", "last_seen")
                .order_by("pk"),
            ),
        )
        .order_by("pk")
    )
    people = tuple(
        x.KnownPerson(
            name=person.name,
            family_name=person.family_name,
            given_name=person.given_name,
            name_order=person.name_order,
            aliases=tuple(a.name for a in person.aliases.all() if a.name != person.name),
            country=person.country.code or None,
            tenures=tuple(
                x.KnownTenure(
                    title=p.title,
                    organization=p.organization.name if p.organization else None,
                    start=p.start_date or p.first_seen,
                    end=p.end_date or p.last_seen,
                )
                for p in person.positions.all()
            ),
            db_id=person.pk,
        )
        for person in people_qs.iterator(chunk_size=2000)
    )
    base = load_gazetteer()
    return x.Gazetteer(
        organizations=organizations,
        people=people,
        titles=base.titles,
        event_founding_years=base.event_founding_years,
        event_series=base.event_series,
    )
