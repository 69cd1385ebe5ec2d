from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Upper
from django_countries.fields import CountryField
from simple_history.models import HistoricalRecords

from .base import AliasModel, CuratedModel, NameOrder, alias_key
from .organizations import Organization


class PersonQuerySet(models.QuerySet):
    def search(self, text: str):
        text = text.strip()
        if not text:
            return self
        return self.filter(
            Q(name__icontains=text) | Q(aliases__normalized__contains=alias_key(text))
        ).distinct()

    def by_alias(self, text: str):
        return self.filter(aliases__normalized=alias_key(text)).distinct()

    def held_title(self, title: str):
        return self.filter(positions__title__icontains=title).distinct()


class Person(CuratedModel):
    name = models.CharField(max_length=200, help_text="Display name, e.g. Kang Kyung-wha")
    family_name = models.CharField(max_length=100, blank=True)
    given_name = models.CharField(max_length=100, blank=True)
    name_order = models.CharField(
        max_length=12, choices=NameOrder.choices, default=NameOrder.GIVEN_FIRST
    )
    country = CountryField(blank=True)

    history = HistoricalRecords()
    objects = PersonQuerySet.as_manager()

    class Meta(CuratedModel.Meta):
        ordering = ["name", "id"]
        verbose_name_plural = "people"
        indexes = [
            # name search on the people list and the admin (icontains -> UPPER(name) LIKE)
            models.Index(Upper("name"), name="person_upper_name_idx"),
            models.Index(fields=["family_name"], name="person_family_name_idx"),
            models.Index(fields=["country"], name="person_country_idx"),
            models.Index(fields=["review_status", "confidence"], name="person_review_idx"),
        ]

    def __str__(self) -> str:
        return self.name


class PersonAlias(AliasModel):
    """Every form of a person's name seen ("Minister Yun", "Sergey LAVROV")."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="aliases")

    history = HistoricalRecords()

    class Meta(AliasModel.Meta):
        verbose_name_plural = "person aliases"
        constraints = [
            models.UniqueConstraint(fields=["person", "name"], name="personalias_unique"),
        ]
        indexes = [
            # the loader resolves names through aliases
            models.Index(fields=["normalized"], name="personalias_norm_idx"),
        ]


class Position(CuratedModel):
    """A person's title in an organization over time (Popolo's Membership/Post).

    ``first_seen``/``last_seen`` are the dates of the releases that state it; ``start_date``/
    ``end_date`` are the real tenure where staff know it.
    """

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="positions")
    title = models.CharField(max_length=300)
    organization = models.ForeignKey(
        Organization,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="positions",
    )
    start_date = models.DateField(null=True, blank=True)
    end_date = models.DateField(null=True, blank=True)
    first_seen = models.DateField(null=True, blank=True)
    last_seen = models.DateField(null=True, blank=True)

    history = HistoricalRecords()

    class Meta(CuratedModel.Meta):
        ordering = ["person_id", "first_seen", "id"]
        constraints = [
            *CuratedModel.Meta.constraints,
            models.UniqueConstraint(
                fields=["person", "title", "organization"],
                name="position_unique_person_title_org",
            ),
            models.CheckConstraint(
                condition=Q(start_date__isnull=True)
                | Q(end_date__isnull=True)
                | Q(start_date__lte=F("end_date")),
                name="position_start_before_end",
            ),
            models.CheckConstraint(
                condition=Q(first_seen__isnull=True)
                | Q(last_seen__isnull=True)
                | Q(first_seen__lte=F("last_seen")),
                name="position_first_seen_before_last",
            ),
        ]
        indexes = [
            # "who has held the post of Foreign Minister": title search
            models.Index(Upper("title"), name="position_upper_title_idx"),
        ]

    def __str__(self) -> str:
        return self.title
