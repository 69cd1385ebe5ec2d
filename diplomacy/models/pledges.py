from django.conf import settings
from django.db import models, transaction
from django.db.models import Q
from django.db.models.signals import post_delete
from django.dispatch import receiver
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
            # pledge list sorted by actor
            models.Index(fields=["actor", "id"], name="pledge_actor_id_idx"),
        ]

    def __str__(self) -> str:
        return self.text[:80]

    @property
    def target_date_display(self) -> str:
        return format_partial_date(self.target_date, self.target_date_precision)

    def refresh_status_from_history(self, *, user=None) -> bool:
        """Set ``firmness``/``fulfilment`` to the latest status change (by ``changed_on``,
        then id) and mark both fields edited, so that loads keep them.

        The one place a pledge's current status follows its history: PledgeStatusChange
        calls it whenever a change is saved or deleted (admin inline, admin change page,
        ``curation.corrections.change_pledge_status``). An older-dated change added later
        does not override a newer one; without any change the pledge is left as it is.
        The pledge row is locked first, so concurrent changes to one pledge take turns and
        the last to commit sees the others. Only the status columns are written (a stale
        instance cannot overwrite other fields); this instance is updated to match.
        Returns True if the row changed.
        """
        with transaction.atomic():
            try:
                row = Pledge.objects.select_for_update(no_key=True).get(pk=self.pk)
            except Pledge.DoesNotExist:
                return False
            latest = (
                PledgeStatusChange.objects.filter(pledge_id=self.pk)
                .order_by("-changed_on", "-id")
                .values_list("changed_on", "firmness", "fulfilment")
                .first()
            )
            if latest is None:
                return False
            changed_on, firmness, fulfilment = latest
            before = (row.firmness, row.fulfilment, list(row.edited_fields or []))
            row.firmness, row.fulfilment = firmness, fulfilment
            row.mark_edited(["firmness", "fulfilment"])
            changed = before != (row.firmness, row.fulfilment, row.edited_fields)
            if changed:
                if user is not None:
                    row._history_user = user
                row._change_reason = f"status {firmness}/{fulfilment} as of {changed_on}"
                row.save(update_fields=["firmness", "fulfilment", "edited_fields", "updated_at"])
        self.firmness, self.fulfilment = row.firmness, row.fulfilment
        self.edited_fields, self.updated_at = row.edited_fields, row.updated_at
        return changed


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

    def save(self, *args, **kwargs):
        """Save, then bring the pledge's current status in line with its history (and the
        previous pledge's, if the change moved to another pledge)."""
        with transaction.atomic():
            old_pledge_id = None
            if self.pk is not None and not self._state.adding:
                old_pledge_id = (
                    type(self).objects.filter(pk=self.pk)
                    .values_list("pledge_id", flat=True)
                    .first()
                )
            super().save(*args, **kwargs)
            user = self._status_user()
            self._pledge().refresh_status_from_history(user=user)
            if old_pledge_id not in (None, self.pledge_id):
                Pledge(pk=old_pledge_id).refresh_status_from_history(user=user)

    def _pledge(self) -> Pledge:
        """The pledge instance the caller holds if there is one (so that it sees the new
        status), else a stand-in with the id."""
        if type(self).pledge.is_cached(self):
            return self.pledge
        return Pledge(pk=self.pledge_id)

    def _status_user(self):
        """Who the pledge's history row names: the user saving this change, else (outside a
        request) the person the change is attributed to."""
        user = getattr(self, "_history_user", None)
        if user is None and getattr(HistoricalRecords.context, "request", None) is None:
            user = self.changed_by if self.changed_by_id else None
        return user


@receiver(post_delete, sender=PledgeStatusChange, dispatch_uid="pledge_status_after_delete")
def _status_change_deleted(sender, instance, origin=None, **kwargs):
    """A deleted change (one row or a queryset): the pledge falls back to the latest change
    left, or stays as it is if none is left. Deletions that start elsewhere (a pledge or
    its release being deleted) cascade here only with the pledge itself, so skip them."""
    if isinstance(origin, models.QuerySet):
        origin = origin.model
    elif origin is not None:
        origin = type(origin)
    if origin is not PledgeStatusChange:
        return
    instance._pledge().refresh_status_from_history(user=instance._status_user())
