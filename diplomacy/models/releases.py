from django.db import models, transaction
from simple_history.models import HistoricalRecords

from .base import CuratedModel


class ReleaseQuerySet(models.QuerySet):
    def delete(self):
        """Deleting releases removes their participations: their meetings' countries are
        refreshed once, not per participation."""
        from .meeting_countries import deferred_refresh

        with transaction.atomic(using=self.db), deferred_refresh():
            return super().delete()

    delete.alters_data = True
    delete.queryset_only = True

    def published_between(self, start=None, end=None):
        qs = self
        if start:
            qs = qs.filter(published_on__gte=start)
        if end:
            qs = qs.filter(published_on__lte=end)
        return qs

    def with_meetings(self):
        return self.filter(meeting_links__isnull=False).distinct()

    def search(self, text: str):
        """Words in the title or the cleaned text (PostgreSQL full-text search where the
        database offers it is added by diplomacy.search; this is the portable fallback)."""
        qs = self
        for word in text.split()[:8]:
            qs = qs.filter(models.Q(title__icontains=word) | models.Q(cleaned_text__icontains=word))
        return qs


class Release(CuratedModel):
    """One press release file as loaded: raw and cleaned text plus what the page says of it."""

    source_name = models.CharField(max_length=255, unique=True, help_text="File name")
    checksum = models.CharField(max_length=64, help_text="SHA-256 of the raw bytes")
    raw_text = models.TextField()
    cleaned_text = models.TextField(help_text="Title and body; evidence offsets index into it")
    title = models.CharField(max_length=500)
    section = models.CharField(max_length=100, blank=True, help_text='e.g. "Press Releases"')
    published_on = models.DateField(null=True, blank=True)
    published_at = models.DateTimeField(
        null=True, blank=True, help_text="Set when the page gives a time of day"
    )
    hits = models.PositiveIntegerField(null=True, blank=True)
    notes = models.JSONField(default=list, blank=True, help_text='e.g. ["unofficial translation"]')
    other_language_headers = models.JSONField(default=list, blank=True)
    extraction_warnings = models.JSONField(default=list, blank=True)
    loaded_at = models.DateTimeField()
    extractor_version = models.CharField(max_length=20)

    history = HistoricalRecords(excluded_fields=["raw_text", "cleaned_text"])
    objects = ReleaseQuerySet.as_manager()

    class Meta(CuratedModel.Meta):
        ordering = ["-published_on", "-id"]
        indexes = [
            # release list ordered by date, filtered by date range
            models.Index(fields=["published_on", "id"], name="release_published_idx"),
            # section filter on the release list, in the list's date order; section choices
            models.Index(fields=["section", "published_on", "id"], name="release_section_date_idx"),
            # release list sorted by title (?o=title): an index-only walk, no sort of the table
            models.Index(fields=["title", "id"], name="release_title_idx"),
            # review queue and review-status filter
            models.Index(fields=["review_status", "confidence"], name="release_review_idx"),
        ]

    def __str__(self) -> str:
        return self.title

    def delete(self, *args, **kwargs):
        """As ``ReleaseQuerySet.delete``: meeting countries refreshed once."""
        from .meeting_countries import deferred_refresh

        with transaction.atomic(using=kwargs.get("using")), deferred_refresh():
            return super().delete(*args, **kwargs)
