from django.db import models
from django.db.models import Q
from django_countries.fields import CountryField
from simple_history.models import HistoricalRecords

from diplomacy.dates import format_partial_date

from .base import (
    CuratedModel,
    DatePrecision,
    MeetingFormat,
    MeetingKind,
    MeetingStatus,
    ParticipantRole,
)
from .organizations import Organization
from .people import Person
from .releases import Release


class MeetingQuerySet(models.QuerySet):
    def held(self):
        return self.filter(status=MeetingStatus.HELD)

    def planned(self):
        return self.filter(status=MeetingStatus.PLANNED)

    def between(self, start=None, end=None):
        qs = self
        if start:
            qs = qs.filter(date__gte=start)
        if end:
            qs = qs.filter(date__lte=end)
        return qs

    def with_country(self, code: str):
        """Meetings held in a country or with a participant (person or organization) from it:
        their (meeting, country) pairs are kept in ``MeetingCountry``."""
        return self.filter(
            pk__in=MeetingCountry.objects.filter(country=code).values("meeting_id")
        )

    def involving(self, person):
        return self.filter(
            pk__in=Participation.objects.filter(person=person).values("meeting_id")
        )

    def search(self, text: str):
        qs = self
        for word in text.split()[:8]:
            qs = qs.filter(Q(title__icontains=word) | Q(city__icontains=word))
        return qs


class Meeting(CuratedModel):
    """Any event a release reports: meeting, consultation, conference, phone talk, visit…"""

    title = models.CharField(max_length=500)
    kind = models.CharField(max_length=20, choices=MeetingKind.choices, default=MeetingKind.MEETING)
    status = models.CharField(
        max_length=10, choices=MeetingStatus.choices, default=MeetingStatus.HELD
    )
    date = models.DateField(
        null=True, blank=True, help_text="Unknown parts are filled with 1; see the precision"
    )
    date_precision = models.CharField(max_length=5, choices=DatePrecision.choices, blank=True)
    date_inferred = models.BooleanField(
        default=False, help_text="Part of the date (usually the year) came from context"
    )
    date_uncertain = models.BooleanField(
        default=False, help_text="The evidence did not settle the date: please confirm"
    )
    date_reason = models.TextField(blank=True, help_text="Why the date was inferred, in words")
    time = models.TimeField(null=True, blank=True, help_text="Seoul time unless stated")
    city = models.CharField(max_length=100, blank=True)
    country = CountryField(blank=True)
    venue = models.CharField(max_length=300, blank=True)
    format = models.CharField(max_length=10, choices=MeetingFormat.choices, blank=True)
    series = models.CharField(max_length=300, blank=True)
    ordinal = models.PositiveSmallIntegerField(null=True, blank=True)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="children"
    )
    releases = models.ManyToManyField(
        Release, through="MeetingRelease", related_name="meetings", blank=True
    )
    organizations = models.ManyToManyField(Organization, related_name="meetings", blank=True)

    history = HistoricalRecords()
    objects = MeetingQuerySet.as_manager()

    class Meta(CuratedModel.Meta):
        ordering = ["-date", "-id"]
        constraints = [
            *CuratedModel.Meta.constraints,
            # a date always has a precision, and no date has none
            models.CheckConstraint(
                condition=(Q(date__isnull=True) & Q(date_precision=""))
                | (Q(date__isnull=False) & Q(date_precision__in=DatePrecision.values)),
                name="meeting_date_has_precision",
            ),
            models.CheckConstraint(
                condition=Q(kind__in=MeetingKind.values), name="meeting_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(status__in=MeetingStatus.values), name="meeting_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(format="") | Q(format__in=MeetingFormat.values),
                name="meeting_format_valid",
            ),
        ]
        indexes = [
            # meeting list: ordered by date, filtered by a date range
            models.Index(fields=["date", "id"], name="meeting_date_idx"),
            # "every meeting in Russia in 2015-2017", in the list's order (and the meeting ids
            # of a country, index-only, for the country filter)
            models.Index(fields=["country", "date", "id"], name="meeting_country_date_id_idx"),
            models.Index(fields=["status", "kind"], name="meeting_status_kind_idx"),
            models.Index(fields=["city"], name="meeting_city_idx"),
            # review queue, least confident first (the dashboard's: then newest), read in order
            models.Index(
                fields=["review_status", "confidence", "-date", "id"],
                name="meeting_review_queue_idx",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def date_display(self) -> str:
        return format_partial_date(self.date, self.date_precision)


class MeetingRelease(models.Model):
    """A release that reports a meeting. ``extraction_key`` is the meeting's key in that
    release's extraction, so that re-loading the release finds the same row."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="release_links")
    release = models.ForeignKey(Release, on_delete=models.CASCADE, related_name="meeting_links")
    extraction_key = models.CharField(max_length=100, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["meeting", "release"], name="meetingrelease_unique"),
            models.UniqueConstraint(
                fields=["release", "extraction_key"],
                condition=~Q(extraction_key=""),
                name="meetingrelease_unique_key",
            ),
        ]

    def __str__(self) -> str:
        return f"meeting {self.meeting_id} in release {self.release_id}"


class Participation(CuratedModel):
    """Who took part in a meeting: the name as written plus the resolved person (null until
    resolved, and for unnamed participants such as "the heads of ten diplomatic missions")."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="participations")
    release = models.ForeignKey(
        Release,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="participations",
        help_text="The release this participation was read from (blank when added by staff)",
    )
    name_as_written = models.CharField(max_length=300)
    person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.PROTECT, related_name="participations"
    )
    role = models.CharField(
        max_length=12, choices=ParticipantRole.choices, default=ParticipantRole.ATTENDEE
    )
    title = models.CharField(max_length=300, blank=True, help_text="Title as stated at the time")
    organization = models.ForeignKey(
        Organization,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="participations",
    )
    extraction_key = models.CharField(max_length=100, blank=True)

    history = HistoricalRecords()

    class Meta(CuratedModel.Meta):
        ordering = ["meeting_id", "id"]
        constraints = [
            *CuratedModel.Meta.constraints,
            models.UniqueConstraint(
                fields=["meeting", "release", "extraction_key"],
                condition=~Q(extraction_key=""),
                name="participation_unique_key",
            ),
            models.CheckConstraint(
                condition=Q(role__in=ParticipantRole.values), name="participation_role_valid"
            ),
        ]
        indexes = [
            # "whom did X meet": participations of a person
            models.Index(fields=["person", "meeting"], name="participation_person_idx"),
            # meetings with an organization (country filter, organization page): index-only
            models.Index(fields=["organization", "meeting"], name="participation_org_meeting_idx"),
            models.Index(fields=["review_status", "confidence"], name="participation_review_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.name_as_written} ({self.role})"

    @classmethod
    def from_db(cls, db, field_names, values):
        row = super().from_db(db, field_names, values)
        # the meeting it was read in: a save that moves it refreshes both meetings' countries
        # (diplomacy.models.meeting_countries)
        if "meeting_id" in row.__dict__:
            row._loaded_values = {"meeting_id": row.meeting_id}
        return row


class MeetingCountry(models.Model):
    """A country a meeting is *with*: where it was held, or where the person or organization
    of one of its participations is from (``Meeting.with_country``). Derived from those
    columns and kept equal to them on every write (``diplomacy.models.meeting_countries``);
    nobody edits it. No history: it records nothing of its own."""

    meeting = models.ForeignKey(
        Meeting,
        on_delete=models.CASCADE,
        related_name="country_links",
        db_index=False,  # the unique constraint's index starts with it
    )
    country = CountryField()

    class Meta:
        constraints = [
            # one row per pair; also serves "the pairs of these meetings" (refresh, deletes)
            models.UniqueConstraint(fields=["meeting", "country"], name="meetingcountry_unique"),
        ]
        indexes = [
            # "countries met most": GROUP BY country, index-only; the meeting ids of a country
            # (meetings country filter)
            models.Index(fields=["country", "meeting"], name="meetingcountry_country_idx"),
        ]

    def __str__(self) -> str:
        return f"meeting {self.meeting_id} with {self.country.code}"


class CountryMeetingCount(models.Model):
    """How many meetings each country is in: the ``MeetingCountry`` rows per country, moved by
    the same statements that write them (``diplomacy.models.meeting_countries``), so that
    "countries met most" reads one row per country instead of counting every pair. Derived;
    ``manage.py refresh_meeting_countries`` recounts it."""

    country = models.CharField(max_length=2, primary_key=True)
    meetings = models.IntegerField(default=0)  # a few hundred rows: no index needed

    def __str__(self) -> str:
        return f"{self.country}: {self.meetings} meetings"
