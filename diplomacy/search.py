"""Search for the staff pages, the admin and the autocomplete.

On PostgreSQL:
- releases: full-text search (``websearch_to_tsquery``: ``"exact phrase"``, ``or``, ``-word``)
  against the stored ``diplomacy_release.search_vector`` (title weight A, text weight B) with
  its GIN index, both created by migration 0003_search;
- people and organizations: substring match (``icontains``, served by the trigram indexes on
  ``UPPER(name)``), any alias containing the text, and a fuzzy trigram word-similarity match
  on the name so that a misspelt name ("Lavrof", "Stoltenburg") still finds the person.

On SQLite every function falls back to the models' portable ``QuerySet.search`` (words with
``icontains``), so pages work the same, only less clever.

Each function takes a queryset and returns a filtered queryset (chainable, lazy). With
``rank=True`` the rows are ordered best match first and carry ``search_rank``.
"""

from __future__ import annotations

import re
from contextlib import contextmanager

from django.contrib.postgres.lookups import TrigramWordSimilar  # noqa: F401 (registers lookup)
from django.contrib.postgres.search import (
    SearchQuery,
    SearchRank,
    SearchVectorField,
    TrigramWordSimilarity,
)
from django.db import DEFAULT_DB_ALIAS, connection, connections, transaction
from django.db.models import F, Q, QuerySet
from django.db.models.expressions import RawSQL
from django.db.models.functions import Upper

from diplomacy.models import OrganizationAlias, PersonAlias, alias_key

CONFIG = "english"
MAX_CHARS = 200  # longer input is cut: nobody types more, and it bounds the query's cost


def is_postgres(qs: QuerySet) -> bool:
    return connections[qs.db].vendor == "postgresql"


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())[:MAX_CHARS]


def search_releases(qs: QuerySet, text: str | None, *, rank: bool = False) -> QuerySet:
    """Releases whose title or text match ``text`` (web-search syntax on PostgreSQL). Run the
    page's queries inside ``full_text_plans()``."""
    text = _clean(text)
    if not text:
        return qs
    if not is_postgres(qs):
        return qs.search(text)
    table = qs.model._meta.db_table
    # a column name only (no user input): the column exists on PostgreSQL only (0003_search)
    vector = RawSQL(f'"{table}"."search_vector"', [], output_field=SearchVectorField())  # noqa: S611
    query = SearchQuery(text, config=CONFIG, search_type="websearch")
    # alias(), not annotate(): the vector is filtered on, never selected
    qs = qs.alias(search_vector=vector).filter(search_vector=query)
    if rank:
        qs = qs.annotate(search_rank=SearchRank(F("search_vector"), query)).order_by(
            "-search_rank", "-published_on", "-pk"
        )
    return qs


@contextmanager
def full_text_plans(using: str = DEFAULT_DB_ALIAS):
    """Plan the queries inside with sequential scans disabled, in one transaction
    (PostgreSQL ``SET LOCAL``: nothing outlives the block; elsewhere a no-op).

    PostgreSQL's planner does not count the cost of reading each release's TOASTed
    ``search_vector`` and, for a word many releases hold, scans the whole table instead of
    reading the GIN index: 250 ms against 24 ms to count 7,000 matches of 20,000."""
    connection = connections[using]
    if connection.vendor != "postgresql":
        yield
        return
    nested = connection.in_atomic_block  # then SET LOCAL would outlive the savepoint
    with transaction.atomic(using=using):
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")
        yield
        if nested:
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL enable_seqscan TO DEFAULT")


def _names(qs: QuerySet, text: str, *, rank: bool, alias_model, owner: str, extra: Q) -> QuerySet:
    if not is_postgres(qs):
        return qs.search(text)
    upper = text.upper()
    aliases = alias_model.objects.filter(normalized__contains=alias_key(text)).values(owner)
    similarity = TrigramWordSimilarity(upper, Upper("name"))
    qs = qs.alias(_upper_name=Upper("name")).filter(
        Q(name__icontains=text)
        | Q(pk__in=aliases)
        | Q(_upper_name__trigram_word_similar=upper)
        | extra
    )
    if rank:
        qs = qs.annotate(search_rank=similarity).order_by("-search_rank", "name", "pk")
    return qs


def search_people(qs: QuerySet, text: str | None, *, rank: bool = False) -> QuerySet:
    """People whose name or an alias contains ``text``, or (PostgreSQL) whose name is
    spelt nearly so. No join: aliases are matched in a subquery, so no ``distinct()``."""
    text = _clean(text)
    if not text:
        return qs
    return _names(qs, text, rank=rank, alias_model=PersonAlias, owner="person_id", extra=Q())


def search_organizations(qs: QuerySet, text: str | None, *, rank: bool = False) -> QuerySet:
    """Organizations by name, acronym (exact, any case), alias, or near spelling."""
    text = _clean(text)
    if not text:
        return qs
    return _names(qs, text, rank=rank, alias_model=OrganizationAlias,
                  owner="organization_id", extra=Q(acronym__iexact=text))


# The expression of the GIN index meeting_words_gin (migration 0004_page_indexes), with the
# table named: keep the two equal, or PostgreSQL will not use the index.
MEETING_WORDS = (
    "to_tsvector('simple'::regconfig, COALESCE({t}.\"title\", '') || ' ' || "
    "COALESCE({t}.\"city\", '') || ' ' || COALESCE({t}.\"venue\", ''))"
)
MAX_WORDS = 8
WORD = re.compile(r"[^\W_]+")  # letters and digits: nothing tsquery would read as syntax


def search_meetings(qs: QuerySet, text: str | None) -> QuerySet:
    """Meetings with every word of ``text`` in the title, city or venue.

    PostgreSQL: each word starts a word there ("minister" finds "Ministers", "mosc" finds
    "Moscow"), matched by full-text search (the 'simple' configuration: no stemming, no stop
    words) over the GIN index meeting_words_gin, so that words every title holds cost an
    index read, not an ``UPPER(…) LIKE`` per row. SQLite: each word anywhere in them."""
    text = _clean(text)
    if not text:
        return qs
    if not is_postgres(qs):
        for word in text.split()[:MAX_WORDS]:
            qs = qs.filter(
                Q(title__icontains=word) | Q(city__icontains=word) | Q(venue__icontains=word)
            )
        return qs
    words = WORD.findall(text.lower())[:MAX_WORDS]
    if not words:
        return qs.none()
    table = connection.ops.quote_name(qs.model._meta.db_table)
    # table and column names only (no user input); the words go in as a parameter
    vector = RawSQL(MEETING_WORDS.format(t=table), [], output_field=SearchVectorField())  # noqa: S611
    query = SearchQuery(" & ".join(f"{word}:*" for word in words), config="simple",
                        search_type="raw")
    return qs.alias(meeting_words=vector).filter(meeting_words=query)


def search_pledges(qs: QuerySet, text: str | None) -> QuerySet:
    """Every word in the pledge's text or actor (trigram index on the text on PostgreSQL)."""
    text = _clean(text)
    return qs.search(text) if text else qs
