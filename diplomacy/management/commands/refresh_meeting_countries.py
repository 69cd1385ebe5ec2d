"""Recompute the stored (meeting, country) pairs from meetings and participations.

    python manage.py refresh_meeting_countries

Every write path of the app keeps them up to date (``diplomacy.models.meeting_countries``);
this is for repair after writes that bypass it (raw SQL, a hand-made import). One
transaction; safe to run while the app serves.
"""

from django.core.management.base import BaseCommand

from diplomacy.models.meeting_countries import rebuild_all


class Command(BaseCommand):
    help = "Rebuild the (meeting, country) pairs behind 'countries met' and the country filter."

    def handle(self, *args, **options):
        pairs = rebuild_all()
        self.stdout.write(f"{pairs} (meeting, country) pairs")
