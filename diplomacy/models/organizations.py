from django.db import models
from django.db.models.functions import Lower, Upper
from django_countries.fields import CountryField
from simple_history.models import HistoricalRecords

from .base import AliasModel, CuratedModel, OrganizationKind, alias_key


class OrganizationQuerySet(models.QuerySet):
    def search(self, text: str):
        text = text.strip()
        if not text:
            return self
        return self.filter(
            models.Q(name__icontains=text)
            | models.Q(acronym__iexact=text)
            | models.Q(aliases__normalized__contains=alias_key(text))
        ).distinct()

    def by_alias(self, text: str):
        return self.filter(aliases__normalized=alias_key(text)).distinct()


class Organization(CuratedModel):
    name = models.CharField(max_length=300)
    acronym = models.CharField(max_length=50, blank=True)
    kind = models.CharField(
        max_length=30, choices=OrganizationKind.choices, default=OrganizationKind.OTHER
    )
    country = CountryField(blank=True, help_text="ISO 3166-1; blank for international bodies")
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="children"
    )

    history = HistoricalRecords()
    objects = OrganizationQuerySet.as_manager()

    class Meta(CuratedModel.Meta):
        ordering = ["name", "id"]
        constraints = [
            *CuratedModel.Meta.constraints,
            # one "Ministry of Foreign Affairs" per country
            models.UniqueConstraint(
                Lower("name"), "country", name="organization_unique_name_country"
            ),
            models.CheckConstraint(
                condition=models.Q(kind__in=OrganizationKind.values), name="organization_kind_valid"
            ),
        ]
        indexes = [
            # name search (icontains compiles to UPPER(name) LIKE): trigram index added on PG
            models.Index(Upper("name"), name="organization_upper_name_idx"),
            # kind and country filters on the organization list
            models.Index(fields=["kind", "country"], name="organization_kind_country_idx"),
            models.Index(fields=["review_status", "confidence"], name="organization_review_idx"),
        ]

    def __str__(self) -> str:
        if self.acronym:
            return f"{self.name} ({self.acronym})"
        return self.name


class OrganizationAlias(AliasModel):
    """Every form of an organization's name seen in releases or added by staff."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="aliases")

    history = HistoricalRecords()

    class Meta(AliasModel.Meta):
        verbose_name_plural = "organization aliases"
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "name"], name="organizationalias_unique"
            ),
        ]
        indexes = [
            # the loader resolves names through aliases
            models.Index(fields=["normalized"], name="organizationalias_norm_idx"),
        ]
