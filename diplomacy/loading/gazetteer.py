"""The gazetteer lives in the database: seeded from ``fixtures/gazetteer``, taught by curators,
and handed to the pure extractor as a plain ``Gazetteer`` at the start of each load."""

from __future__ import annotations

from pathlib import Path

from django.db import transaction
from django.db.models import Prefetch

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


@transaction.atomic
def seed_gazetteer(directory: str | Path) -> dict[str, int]:
    """Create the gazetteer's organizations and people that the database lacks, and add their
    aliases. Never changes an existing record's fields (curators own them)."""
    gazetteer = load_gazetteer(directory)
    created = {"organizations": 0, "people": 0, "aliases": 0}
    by_name: dict[tuple[str, str], Organization] = {}
    for known in gazetteer.organizations:
        org = find_organization(known.name, known.country or "", extra=(known.acronym,))
        if org is None:
            org = Organization.objects.create(
                name=known.name,
                acronym=known.acronym,
                kind=known.kind,
                country=known.country or "",
                review_status=ReviewStatus.VERIFIED,
            )
            created["organizations"] += 1
        by_name[(alias_key(known.name), known.country or "")] = org
        created["aliases"] += add_aliases(
            OrganizationAlias, "organization", org, [known.name, known.acronym, *known.aliases],
            source=OrganizationAlias.Source.GAZETTEER,
        )
    for known in gazetteer.organizations:
        if known.parent:
            org = by_name[(alias_key(known.name), known.country or "")]
            parent = find_organization(known.parent, known.country or "") or find_organization(
                known.parent, ""
            )
            if parent and org.parent_id is None and "parent" not in org.edited_fields:
                org.parent = parent
                org.save(update_fields=["parent", "updated_at"])
    for known in gazetteer.people:
        person = (
            Person.objects.by_alias(known.name).filter(country=known.country or "").first()
        )
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
        created["aliases"] += add_aliases(
            PersonAlias, "person", person, [known.name, *known.aliases],
            source=PersonAlias.Source.GAZETTEER,
        )
        for tenure in known.tenures:
            org = find_organization(tenure.organization, known.country or "") if (
                tenure.organization
            ) else None
            position = Position.objects.filter(person=person, title=tenure.title).first()
            if position is None:
                Position.objects.create(
                    person=person,
                    title=tenure.title,
                    organization=org,
                    start_date=tenure.start,
                    end_date=tenure.end,
                    review_status=ReviewStatus.VERIFIED,
                )
            elif (
                org
                and position.organization_id is None
                and "organization" not in position.edited_fields
                and not Position.objects.filter(
                    person=person, title=tenure.title, organization=org
                ).exists()
            ):
                position.organization = org
                position.save(update_fields=["organization", "updated_at"])
    return created


def find_organization(name: str, country: str, extra=()) -> Organization | None:
    """An organization known by this name (or alias) in this country ("" = international)."""
    keys = [alias_key(n) for n in (name, *extra) if n]
    match = (
        Organization.objects.filter(aliases__normalized__in=keys, country=country)
        .order_by("pk")
        .first()
    )
    if match is None:
        match = Organization.objects.filter(name__iexact=name, country=country).first()
    return match


def add_aliases(alias_model, owner_field: str, owner, names, *, source) -> int:
    """Add the written forms the owner lacks as aliases (one query to read, one to write)."""
    wanted = {name.strip()[:300] for name in names if name and name.strip()}
    if not wanted:
        return 0
    have = set(
        alias_model.objects.filter(**{owner_field: owner}, name__in=wanted).values_list(
            "name", flat=True
        )
    )
    new = [
        alias_model(**{owner_field: owner}, name=name, normalized=alias_key(name)[:300],
                    source=source)
        for name in sorted(wanted - have)
    ]
    alias_model.objects.bulk_create(new, ignore_conflicts=True)
    return len(new)


def gazetteer_from_db() -> x.Gazetteer:
    """What the database knows, as the extractor's plain data (rejected records left out)."""
    orgs = (
        Organization.objects.exclude(review_status=ReviewStatus.REJECTED)
        .select_related("parent")
        .prefetch_related(Prefetch("aliases", queryset=OrganizationAlias.objects.only(
            "organization_id", "name")))
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
            Prefetch("aliases", queryset=PersonAlias.objects.only("person_id", "name")),
            Prefetch(
                "positions",
                queryset=Position.objects.exclude(review_status=ReviewStatus.REJECTED)
                .select_related("organization")
                .only("person_id", "title", "organization__name", "start_date", "end_date",
                      "first_seen", "last_seen"),
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
    )
