from django.conf import settings
from django.db import models
from django.db.models import Q
from django_countries.fields import CountryField
from simple_history.models import HistoricalRecords

from diplomacy.dates import format_partial_date

from .base import CuratedModel, DatePrecision, PledgeFirmness, PledgeFulfilment, PledgeKind
from .meetings import Meeting
from .organizations import Organization
from .releases import Release


class PledgeQuerySet(models.QuerySet):
    def open(self):
        """Pledges not yet kept, broken or settled by compromise."""
        return self.filter(fulfilment__in=PledgeFulfilment.open_values())

    def search(self, text: str):
        qs = self
        for word in text.split()[:8]:
            qs = qs.filter(Q(text__icontains=word) | Q(actor__icontains=word))
        return qs


class Pledge(CuratedModel):
    """A commitment, agreement, signed document, proposal or announced contribution.

    Two axes, as pledge trackers use them: ``firmness`` (announced → committed → delivered) and
    ``fulfilment`` (not yet rated … kept / broken). Each change is kept in PledgeStatusChange.
    """

    text = models.TextField(help_text="Verbatim text of the pledge")
    kind = models.CharField(max_length=20, choices=PledgeKind.choices)
    actor = models.CharField(max_length=300, help_text='As stated: "ROK", "NATO", "the two sides"')
    actor_country = CountryField(blank=True)
    actor_organization = models.ForeignKey(
        Organization, null=True, blank=True, on_delete=models.PROTECT, related_name="pledges"
    )
    amount = models.DecimalField(max_digits=20, decimal_places=2, null=True, blank=True)
    currency = models.CharField(max_length=3, blank=True, help_text="ISO 4217, e.g. USD")
    target_date = models.DateField(null=True, blank=True)
    target_date_precision = models.CharField(
        max_length=5, choices=DatePrecision.choices, blank=True
    )
    meeting = models.ForeignKey(
        Meeting, null=True, blank=True, on_delete=models.SET_NULL, related_name="pledges"
    )
    release = models.ForeignKey(Release, on_delete=models.CASCADE, related_name="pledges")
    extraction_key = models.CharField(max_length=100, blank=True)
    firmness = models.CharField(
        max_length=10, choices=PledgeFirmness.choices, default=PledgeFirmness.ANNOUNCED
    )
    fulfilment = models.CharField(
        max_length=12, choices=PledgeFulfilment.choices, default=PledgeFulfilment.NOT_RATED
    )

    history = HistoricalRecords()
    objects = PledgeQuerySet.as_manager()

    class Meta(CuratedModel.Meta):
        ordering = ["-release__published_on", "-id"]
        constraints = [
            *CuratedModel.Meta.constraints,
            models.UniqueConstraint(
                fields=["release", "extraction_key"],
                condition=~Q(extraction_key=""),
                name="pledge_unique_key",
            ),
            models.CheckConstraint(
                condition=Q(amount__isnull=True) | (Q(amount__gte=0) & ~Q(currency="")),
                name="pledge_amount_has_currency",
            ),
            models.CheckConstraint(
                condition=(Q(target_date__isnull=True) & Q(target_date_precision=""))
                | (
                    Q(target_date__isnull=False)
                    & Q(target_date_precision__in=DatePrecision.values)
                ),
                name="pledge_target_date_has_precision",
            ),
            models.CheckConstraint(
                condition=Q(kind__in=PledgeKind.values), name="pledge_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(firmness__in=PledgeFirmness.values), name="pledge_firmness_valid"
            ),
            models.CheckConstraint(
                condition=Q(fulfilment__in=PledgeFulfilment.values),
                name="pledge_fulfilment_valid",
            ),
        ]
        indexes = [
            # "which pledges are still open": fulfilment filter, then kind
            models.Index(fields=["fulfilment", "kind"], name="pledge_fulfilment_kind_idx"),
            models.Index(fields=["actor_country"], name="pledge_actor_country_idx"),
            models.Index(fields=["review_status", "confidence"], name="pledge_review_idx"),
        ]

    def __str__(self) -> str:
        return self.text[:80]

    @property
    def target_date_display(self) -> str:
        return format_partial_date(self.target_date, self.target_date_precision)


class PledgeStatusChange(models.Model):
    """One dated step in a pledge's life: announcement, commitment, delivery, rating."""

    pledge = models.ForeignKey(Pledge, on_delete=models.CASCADE, related_name="status_changes")
    changed_on = models.DateField()
    firmness = models.CharField(max_length=10, choices=PledgeFirmness.choices)
    fulfilment = models.CharField(max_length=12, choices=PledgeFulfilment.choices)
    note = models.TextField(blank=True)
    source_url = models.URLField(blank=True, help_text="Where the change is documented")
    evidence = models.TextField(blank=True, help_text="Quote supporting the change")
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["pledge_id", "changed_on", "id"]
        indexes = [
            models.Index(fields=["pledge", "changed_on"], name="pledgestatus_pledge_date_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.changed_on}: {self.firmness}/{self.fulfilment}"
