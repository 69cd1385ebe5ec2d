"""Indexes that match the staff lists' sorts and filters at archive scale.

- releases: ``(title, id)`` for the title sort; ``(section, published_on, id)`` replaces
  ``(section)``: the section filter in the list's date order, and the section choices;
- meetings: ``(country, date, id)`` replaces ``(country, date)``: the country filter's
  meeting ids come index-only, in the list's order;
- participations: ``(organization, meeting)`` replaces ``(organization)`` (which only
  repeated the foreign key's own index): meetings with an organization, index-only;
- pledges: ``(actor, id)`` for the actor sort;
- PostgreSQL only: ``meeting_words_gin``, a GIN index on the words of a meeting's title, city
  and venue (``to_tsvector('simple', …)``), which ``diplomacy.search.search_meetings`` reads;
  its expression must stay equal to ``search.MEETING_WORDS``.
"""

from django.db import migrations, models

MEETING_WORDS = (
    "to_tsvector('simple'::regconfig, COALESCE(title, '') || ' ' || COALESCE(city, '') "
    "|| ' ' || COALESCE(venue, ''))"
)


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE INDEX meeting_words_gin ON diplomacy_meeting USING gin (({MEETING_WORDS}))"
    )


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("DROP INDEX IF EXISTS meeting_words_gin")


class Migration(migrations.Migration):
    dependencies = [("diplomacy", "0003_search")]

    operations = [
        migrations.RemoveIndex(model_name="meeting", name="meeting_country_date_idx"),
        migrations.RemoveIndex(model_name="participation", name="participation_org_idx"),
        migrations.RemoveIndex(model_name="release", name="release_section_idx"),
        migrations.AddIndex(
            model_name="meeting",
            index=models.Index(
                fields=["country", "date", "id"], name="meeting_country_date_id_idx"
            ),
        ),
        migrations.AddIndex(
            model_name="participation",
            index=models.Index(
                fields=["organization", "meeting"], name="participation_org_meeting_idx"
            ),
        ),
        migrations.AddIndex(
            model_name="pledge",
            index=models.Index(fields=["actor", "id"], name="pledge_actor_id_idx"),
        ),
        migrations.AddIndex(
            model_name="release",
            index=models.Index(
                fields=["section", "published_on", "id"], name="release_section_date_idx"
            ),
        ),
        migrations.AddIndex(
            model_name="release",
            index=models.Index(fields=["title", "id"], name="release_title_idx"),
        ),
        migrations.RunPython(forwards, backwards, elidable=False),
    ]
