"""PostgreSQL search: a stored full-text vector on releases and trigram indexes for names.

All of it is PostgreSQL-only and created through ``RunPython`` guarded by the vendor, so the
models (and SQLite databases) do not change. ``diplomacy/search.py`` is the only code that
reads these objects, and falls back to plain ``icontains`` on SQLite.

- ``diplomacy_release.search_vector``: ``tsvector`` generated and stored from the title
  (weight A) and the cleaned text (weight B), English configuration, with a GIN index. Stored
  rather than an expression index so that ranking and the recheck of phrase queries read the
  vector instead of re-parsing each release's text. Django never names the column in its
  INSERT/UPDATE statements, so it is invisible to the ORM, ``dumpdata`` and ``loaddata``.
- ``pg_trgm`` and GIN trigram indexes on ``UPPER(name)`` of people and organizations (``icontains``
  compiles to ``UPPER(col) LIKE UPPER(%s)``, which these indexes serve; so do the fuzzy
  ``%>`` word-similarity matches in diplomacy.search), on aliases' ``normalized`` form
  (``contains``), on ``UPPER(title)`` of meetings and positions and on ``UPPER(text)`` of
  pledges (the lists' word searches).
"""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

VECTOR = (
    "setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') || "
    "setweight(to_tsvector('english'::regconfig, coalesce(cleaned_text, '')), 'B')"
)

# (index name, table, indexed expression) -- each serves the query named beside it
TRIGRAM_INDEXES = [
    # people list / admin / autocomplete: name icontains, fuzzy name match
    ("person_name_trgm", "diplomacy_person", "UPPER(name)"),
    # organization list / admin / autocomplete
    ("organization_name_trgm", "diplomacy_organization", "UPPER(name)"),
    # PersonQuerySet.search: aliases__normalized__contains
    ("personalias_norm_trgm", "diplomacy_personalias", "normalized"),
    # OrganizationQuerySet.search: aliases__normalized__contains
    ("organizationalias_norm_trgm", "diplomacy_organizationalias", "normalized"),
    # MeetingQuerySet.search: title__icontains per word
    ("meeting_title_trgm", "diplomacy_meeting", "UPPER(title)"),
    # PersonQuerySet.held_title: positions__title__icontains
    ("position_title_trgm", "diplomacy_position", "UPPER(title)"),
    # PledgeQuerySet.search: text__icontains per word
    ("pledge_text_trgm", "diplomacy_pledge", "UPPER(text)"),
]


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"ALTER TABLE diplomacy_release ADD COLUMN search_vector tsvector "
        f"GENERATED ALWAYS AS ({VECTOR}) STORED"
    )
    # release search: search_vector @@ websearch_to_tsquery(...)
    schema_editor.execute(
        "CREATE INDEX release_search_vector_gin ON diplomacy_release USING gin (search_vector)"
    )
    for name, table, expression in TRIGRAM_INDEXES:
        schema_editor.execute(
            f"CREATE INDEX {name} ON {table} USING gin (({expression}) gin_trgm_ops)"
        )


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, _table, _expression in TRIGRAM_INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")
    schema_editor.execute("DROP INDEX IF EXISTS release_search_vector_gin")
    schema_editor.execute("ALTER TABLE diplomacy_release DROP COLUMN IF EXISTS search_vector")


class Migration(migrations.Migration):
    dependencies = [("diplomacy", "0002_staff_groups")]

    operations = [
        TrigramExtension(),  # CREATE EXTENSION IF NOT EXISTS pg_trgm; a no-op off PostgreSQL
        migrations.RunPython(forwards, backwards, elidable=False),
    ]
