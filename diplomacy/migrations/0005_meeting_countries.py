"""``MeetingCountry``: the (meeting, country) pairs ``Meeting.with_country`` matches, stored so
that the dashboard's "countries met most" is one GROUP BY on an index (issue #7), filled here
from the existing rows.

The fill is SQL of its own (not ``diplomacy.models.meeting_countries``, which follows the
current models): one INSERT … SELECT per ``STEP`` meeting ids, on SQLite and PostgreSQL.
"""

import django.db.models.deletion
import django_countries.fields
from django.db import migrations, models

STEP = 20_000

FILL = """
    INSERT INTO diplomacy_meetingcountry (meeting_id, country)
    SELECT m.id, m.country FROM diplomacy_meeting m
     WHERE m.country <> '' AND m.id BETWEEN %(low)s AND %(high)s
    UNION
    SELECT p.meeting_id, x.country FROM diplomacy_participation p
      JOIN diplomacy_person x ON x.id = p.person_id
     WHERE x.country <> '' AND p.meeting_id BETWEEN %(low)s AND %(high)s
    UNION
    SELECT p.meeting_id, o.country FROM diplomacy_participation p
      JOIN diplomacy_organization o ON o.id = p.organization_id
     WHERE o.country <> '' AND p.meeting_id BETWEEN %(low)s AND %(high)s
"""


def fill(apps, schema_editor):
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT MIN(id), MAX(id) FROM diplomacy_meeting")
        low, high = cursor.fetchone()
        if low is None:
            return
        for start in range(low, high + 1, STEP):
            cursor.execute(FILL, {"low": start, "high": start + STEP - 1})


class Migration(migrations.Migration):
    dependencies = [("diplomacy", "0004_page_indexes")]

    operations = [
        migrations.CreateModel(
            name="MeetingCountry",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("country", django_countries.fields.CountryField(max_length=2)),
                (
                    "meeting",
                    models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="country_links",
                        to="diplomacy.meeting",
                    ),
                ),
            ],
            options={
                "indexes": [
                    models.Index(fields=["country", "meeting"], name="meetingcountry_country_idx")
                ],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("meeting", "country"), name="meetingcountry_unique"
                    )
                ],
            },
        ),
        migrations.RunPython(fill, migrations.RunPython.noop, elidable=True),
    ]
