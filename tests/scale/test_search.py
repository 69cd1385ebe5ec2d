"""diplomacy.search: PostgreSQL full-text search of releases and fuzzy names, SQLite fallback."""

import pytest

from diplomacy import models as m
from diplomacy.search import (
    search_organizations,
    search_people,
    search_releases,
)
from tests.factories import OrganizationFactory, PersonFactory, ReleaseFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def releases():
    return {
        "moscow": ReleaseFactory(
            title="Foreign Minister Meets with Russian Counterpart in Moscow",
            cleaned_text="Foreign Minister Yun Byung-se held talks with Foreign Minister Sergey "
            "Lavrov in Moscow on the North Korean nuclear issue.",
        ),
        "nato": ReleaseFactory(
            title="Foreign Minister Meets with NATO Secretary-General",
            cleaned_text="Foreign Minister Kang Kyung-wha met NATO Secretary-General Jens "
            "Stoltenberg in Seoul; they discussed cyber security.",
        ),
        "aid": ReleaseFactory(
            title="ROK to Provide USD 3 million in Humanitarian Assistance to Nepal",
            cleaned_text="The government decided to provide humanitarian assistance to Nepal "
            "in the wake of the earthquakes.",
        ),
    }


def found(qs) -> set[str]:
    return set(qs.values_list("source_name", flat=True))


@pytest.mark.postgres
def test_search_releases_websearch_syntax_on_postgres(releases):
    every = m.Release.objects.all()
    names = {key: r.source_name for key, r in releases.items()}
    # stemming: "meeting" matches "Meets"; words are ANDed
    assert found(search_releases(every, "foreign minister meeting")) == {
        names["moscow"], names["nato"]}
    assert found(search_releases(every, "minister -NATO")) == {names["moscow"]}
    assert found(search_releases(every, '"humanitarian assistance"')) == {names["aid"]}
    assert found(search_releases(every, "Lavrov or Stoltenberg")) == {
        names["moscow"], names["nato"]}
    assert found(search_releases(every, "earthquake")) == {names["aid"]}  # plural in the text
    assert found(search_releases(every, "Seoul Moscow")) == set()


@pytest.mark.postgres
def test_search_releases_ranks_title_matches_first_on_postgres(releases):
    ranked = list(search_releases(m.Release.objects.all(), "NATO", rank=True))
    assert [r.source_name for r in ranked] == [releases["nato"].source_name]
    both = search_releases(m.Release.objects.all(), "Moscow or humanitarian", rank=True)
    assert {r.pk for r in both} == {releases["aid"].pk, releases["moscow"].pk}
    assert all(r.search_rank > 0 for r in both)


@pytest.mark.postgres
def test_search_people_finds_misspelt_name_on_postgres():
    lavrov = PersonFactory(name="Sergey Lavrov", family_name="Lavrov", given_name="Sergey",
                           country="RU")
    stoltenberg = PersonFactory(name="Jens Stoltenberg", country="NO")
    PersonFactory(name="Kang Kyung-wha")
    every = m.Person.objects.all()
    assert list(search_people(every, "Lavrof")) == [lavrov]
    assert list(search_people(every, "stoltenburg", rank=True)) == [stoltenberg]
    assert list(search_people(every, "Sergei Lavrov")) == [lavrov]


@pytest.mark.postgres
def test_search_organizations_acronym_alias_and_misspelling_on_postgres():
    nato = OrganizationFactory(name="North Atlantic Treaty Organization", acronym="NATO",
                               country="", kind=m.OrganizationKind.INTERNATIONAL_ORGANIZATION)
    m.OrganizationAlias.objects.create(organization=nato, name="the Alliance")
    OrganizationFactory(name="Ministry of Foreign Affairs", acronym="MOFA")
    every = m.Organization.objects.all()
    assert list(search_organizations(every, "nato")) == [nato]
    assert list(search_organizations(every, "alliance")) == [nato]
    assert list(search_organizations(every, "North Atlantik Treaty")) == [nato]


@pytest.mark.postgres
def test_trigram_indexes_serve_icontains_on_postgres():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SET enable_seqscan = off")
        cursor.execute(
            "EXPLAIN SELECT id FROM diplomacy_person WHERE UPPER(name) LIKE UPPER(%s)",
            ["%lavrov%"],
        )
        plan = "\n".join(row[0] for row in cursor.fetchall())
        cursor.execute("RESET enable_seqscan")
    assert "person_name_trgm" in plan


def test_search_falls_back_to_words_without_postgres(releases):
    """The same calls work on SQLite (plain word matching, no stemming, no fuzziness)."""
    every = m.Release.objects.all()
    assert found(search_releases(every, "humanitarian Nepal")) == {
        releases["aid"].source_name}
    assert found(search_releases(every, "")) == found(every)
    lavrov = PersonFactory(name="Sergey Lavrov")
    assert list(search_people(m.Person.objects.all(), "lavrov")) == [lavrov]
