"""``CountryMeetingCount``: meetings per country (the ``MeetingCountry`` rows per country), so
that "countries met most" reads one row per country (issue #7), filled here; and the meeting
review index extended to the dashboard's queue order (confidence, newest first, id), which
it read by sorting every unreviewed meeting.
"""

from django.db import migrations, models

FILL = """
    INSERT INTO diplomacy_countrymeetingcount (country, meetings)
    SELECT country, COUNT(*) FROM diplomacy_meetingcountry GROUP BY country
"""


def fill(apps, schema_editor):
    schema_editor.execute(FILL)


class Migration(migrations.Migration):
    dependencies = [("diplomacy", "0005_meeting_countries")]

    operations = [
        migrations.CreateModel(
            name="CountryMeetingCount",
            fields=[
                ("country", models.CharField(max_length=2, primary_key=True, serialize=False)),
                ("meetings", models.IntegerField(default=0)),
            ],
        ),
        migrations.RunPython(fill, migrations.RunPython.noop, elidable=True),
        migrations.RemoveIndex(model_name="meeting", name="meeting_review_idx"),
        migrations.AddIndex(
            model_name="meeting",
            index=models.Index(
                fields=["review_status", "confidence", "-date", "id"],
                name="meeting_review_queue_idx",
            ),
        ),
    ]
