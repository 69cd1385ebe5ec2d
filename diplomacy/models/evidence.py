from django.conf import settings
from django.db import models
from django.db.models import F, Q

from .meetings import Meeting, Participation
from .organizations import Organization
from .people import Person, Position
from .pledges import Pledge
from .releases import Release

# The record an Evidence row supports: exactly one of these foreign keys is set.
EVIDENCE_TARGETS = ("meeting", "participation", "person", "position", "organization", "pledge")


def _exactly_one(fields) -> Q:
    """Q true when exactly one of the nullable foreign keys is set."""
    options = Q()
    for chosen in fields:
        clause = Q(**{f"{chosen}__isnull": False})
        for other in fields:
            if other != chosen:
                clause &= Q(**{f"{other}__isnull": True})
        options |= clause
    return options


class Evidence(models.Model):
    """Where a fact was read: a release and the character span (and its sentence) in the
    release's cleaned text. Written by the loader; read-only for staff."""

    release = models.ForeignKey(Release, on_delete=models.CASCADE, related_name="evidence")
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    sentence_start = models.PositiveIntegerField()
    sentence_end = models.PositiveIntegerField()
    quote = models.CharField(max_length=500, help_text="The mention as written")
    field = models.CharField(
        max_length=30, blank=True, help_text='Which fact: "name", "date", "participant"…'
    )
    meeting = models.ForeignKey(
        Meeting, null=True, blank=True, on_delete=models.CASCADE, related_name="evidence"
    )
    participation = models.ForeignKey(
        Participation, null=True, blank=True, on_delete=models.CASCADE, related_name="evidence"
    )
    person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.CASCADE, related_name="evidence"
    )
    position = models.ForeignKey(
        Position, null=True, blank=True, on_delete=models.CASCADE, related_name="evidence"
    )
    organization = models.ForeignKey(
        Organization, null=True, blank=True, on_delete=models.CASCADE, related_name="evidence"
    )
    pledge = models.ForeignKey(
        Pledge, null=True, blank=True, on_delete=models.CASCADE, related_name="evidence"
    )

    class Meta:
        verbose_name_plural = "evidence"
        ordering = ["release_id", "start", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(start__lte=F("end"))
                & Q(sentence_start__lte=F("start"))
                & Q(end__lte=F("sentence_end")),
                name="evidence_span_within_sentence",
            ),
            # exactly one target: the sum of "is set" over the targets is 1
            models.CheckConstraint(
                condition=_exactly_one(EVIDENCE_TARGETS),
                name="evidence_exactly_one_target",
            ),
        ]
        indexes = [
            # a release's detail page highlights its spans in order
            models.Index(fields=["release", "start"], name="evidence_release_start_idx"),
        ]

    def __str__(self) -> str:
        return self.quote

    @property
    def target_name(self) -> str:
        for name in EVIDENCE_TARGETS:
            if getattr(self, f"{name}_id") is not None:
                return name
        return ""


class NotSamePerson(models.Model):
    """A curator's decision that two person records are different people, so that neither the
    loader nor the duplicate finder proposes merging them again. Stored with ``first_id <
    second_id``."""

    first = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")
    second = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")
    note = models.TextField(blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "not-the-same decision (people)"
        constraints = [
            models.UniqueConstraint(fields=["first", "second"], name="notsameperson_unique"),
            models.CheckConstraint(
                condition=Q(first__lt=F("second")), name="notsameperson_ordered"
            ),
        ]

    def __str__(self) -> str:
        return f"person {self.first_id} ≠ person {self.second_id}"


class NotSameOrganization(models.Model):
    """As NotSamePerson, for organizations."""

    first = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="+")
    second = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="+")
    note = models.TextField(blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "not-the-same decision (organizations)"
        constraints = [
            models.UniqueConstraint(fields=["first", "second"], name="notsameorganization_unique"),
            models.CheckConstraint(
                condition=Q(first__lt=F("second")), name="notsameorganization_ordered"
            ),
        ]

    def __str__(self) -> str:
        return f"organization {self.first_id} ≠ organization {self.second_id}"


class MergeRecord(models.Model):
    """What a merge did: which record was kept, which was folded into it, what moved."""

    class Kind(models.TextChoices):
        PERSON = "person", "People"
        ORGANIZATION = "organization", "Organizations"

    kind = models.CharField(max_length=12, choices=Kind.choices)
    kept_id = models.PositiveBigIntegerField()
    kept_name = models.CharField(max_length=300)
    removed_id = models.PositiveBigIntegerField()
    removed_name = models.CharField(max_length=300)
    moved = models.JSONField(default=dict, help_text="Counts of rows moved, by kind")
    performed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    performed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-performed_at", "-id"]

    def __str__(self) -> str:
        return f"{self.removed_name} → {self.kept_name}"
