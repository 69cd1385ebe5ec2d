"""FilterSets for the staff list pages (and their CSV exports).

Person and organization filters are text inputs matched by name or alias (with a datalist
filled from ``/autocomplete/…`` by static/diplomacy/autocomplete.js), never a select of every
row; a number matches the record's id, which is how detail pages link to filtered lists.
Every text input has a maximum length; a value that does not validate shows a form error
and an empty list (django-filter's strict mode), never a server error.
"""

from django import forms
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse_lazy
from django_countries import countries
from django_filters import (
    CharFilter,
    ChoiceFilter,
    DateFilter,
    FilterSet,
    OrderingFilter,
)

from .models import (
    Meeting,
    MeetingFormat,
    MeetingKind,
    MeetingRelease,
    MeetingStatus,
    Organization,
    OrganizationKind,
    Participation,
    Person,
    Pledge,
    PledgeFirmness,
    PledgeFulfilment,
    PledgeKind,
    Position,
    Release,
    ReviewStatus,
)
from .search import (
    search_meetings,
    search_organizations,
    search_people,
    search_pledges,
    search_releases,
)

TEXT_MAX = 200
OPEN = "open"


def text(label, method, *, autocomplete="", placeholder=""):
    attrs = {"maxlength": TEXT_MAX, "placeholder": placeholder}
    if autocomplete:
        # autocomplete.js fills a datalist from this JSON endpoint
        attrs.update({"data-autocomplete": reverse_lazy(autocomplete), "autocomplete": "off"})
    return CharFilter(
        label=label, method=method, max_length=TEXT_MAX, widget=forms.TextInput(attrs=attrs)
    )


def search():
    return text("Search", "filter_search", placeholder="words in the title or text")


def date(field, lookup, label):
    return DateFilter(
        field_name=field,
        lookup_expr=lookup,
        label=label,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )


def country_choices():
    return [(code, name) for code, name in countries]


def review():
    return ChoiceFilter(label="Review status", choices=ReviewStatus.choices)


class StableOrderingFilter(OrderingFilter):
    """``?o=field`` or ``?o=-field``; the primary key always breaks ties, so pages never
    repeat or skip a row."""

    def filter(self, qs, value):
        if not value:
            return qs
        ordering = [self.get_ordering_value(param) for param in value]
        tie = "-pk" if ordering[0].startswith("-") else "pk"
        return qs.order_by(*ordering, tie)


def people_named(value: str):
    """Ids of people with this id, or whose name or alias contains ``value``."""
    if value.strip().isdigit():
        return Person.objects.filter(pk=int(value)).values("pk")
    return search_people(Person.objects.all(), value).values("pk")


def organizations_named(value: str):
    if value.strip().isdigit():
        return Organization.objects.filter(pk=int(value)).values("pk")
    return search_organizations(Organization.objects.all(), value).values("pk")


class SearchMixin:
    """The search box: full-text on PostgreSQL, word matching on SQLite (diplomacy.search)."""

    search_function = None

    def filter_search(self, queryset, name, value):
        if self.search_function is None:
            return queryset.search(value)
        return self.search_function(queryset, value)


class ReleaseFilter(SearchMixin, FilterSet):
    search_function = staticmethod(search_releases)
    q = search()
    published_from = date("published_on", "gte", "Published from")
    published_to = date("published_on", "lte", "Published until")
    section = ChoiceFilter(label="Section", choices=lambda: ReleaseFilter.section_choices())
    has_meetings = ChoiceFilter(
        label="Meetings",
        choices=[("yes", "Reports meetings"), ("no", "Reports no meeting")],
        method="filter_has_meetings",
    )
    review_status = review()
    o = StableOrderingFilter(
        fields={"published_on": "published_on", "title": "title", "section": "section"},
        label="Sort",
    )

    class Meta:
        model = Release
        fields = []

    @staticmethod
    def section_choices():
        sections = (
            Release.objects.exclude(section="")
            .order_by("section")
            .values_list("section", flat=True)
            .distinct()
        )
        return [(s, s) for s in sections]

    def filter_has_meetings(self, queryset, name, value):
        reports = Exists(MeetingRelease.objects.filter(release=OuterRef("pk")))
        return queryset.filter(reports if value == "yes" else ~reports)


class MeetingFilter(SearchMixin, FilterSet):
    search_function = staticmethod(search_meetings)
    q = search()
    date_from = date("date", "gte", "From")
    date_to = date("date", "lte", "Until")
    status = ChoiceFilter(choices=MeetingStatus.choices)
    kind = ChoiceFilter(choices=MeetingKind.choices)
    format = ChoiceFilter(choices=MeetingFormat.choices)
    country = ChoiceFilter(
        label="Country",
        choices=country_choices,
        method="filter_country",
        help_text="Held there, or with a participant or organization from there",
    )
    city = CharFilter(lookup_expr="icontains", max_length=TEXT_MAX, label="City")
    person = text("Person", "filter_person", autocomplete="autocomplete-people")
    organization = text(
        "Organization", "filter_organization", autocomplete="autocomplete-organizations"
    )
    review_status = review()
    o = StableOrderingFilter(
        fields={
            "date": "date",
            "title": "title",
            "kind": "kind",
            "status": "status",
            "city": "city",
            "country": "country",
        },
        label="Sort",
    )

    class Meta:
        model = Meeting
        fields = []

    def filter_country(self, queryset, name, value):
        return queryset.with_country(value)

    def filter_person(self, queryset, name, value):
        return queryset.filter(
            pk__in=Participation.objects.filter(person__in=people_named(value)).values("meeting_id")
        )

    def filter_organization(self, queryset, name, value):
        orgs = organizations_named(value)
        linked = Meeting.organizations.through.objects.filter(organization__in=orgs)
        return queryset.filter(
            Q(pk__in=linked.values("meeting_id"))
            | Q(pk__in=Participation.objects.filter(organization__in=orgs).values("meeting_id"))
        )


class PersonFilter(FilterSet):
    q = text("Name", "filter_name", autocomplete="autocomplete-people", placeholder="name or alias")
    country = ChoiceFilter(choices=country_choices)
    organization = text(
        "Organization", "filter_organization", autocomplete="autocomplete-organizations"
    )
    title = text("Title held", "filter_title", placeholder="e.g. Foreign Minister")
    review_status = review()
    o = StableOrderingFilter(fields={"name": "name", "country": "country"}, label="Sort")

    class Meta:
        model = Person
        fields = []

    def filter_name(self, queryset, name, value):
        return queryset.filter(pk__in=people_named(value))

    def filter_organization(self, queryset, name, value):
        held = Position.objects.filter(organization__in=organizations_named(value))
        return queryset.filter(pk__in=held.values("person_id"))

    def filter_title(self, queryset, name, value):
        return queryset.filter(
            pk__in=Position.objects.filter(title__icontains=value).values("person_id")
        )


class OrganizationFilter(FilterSet):
    q = text(
        "Name",
        "filter_name",
        autocomplete="autocomplete-organizations",
        placeholder="name, acronym or alias",
    )
    kind = ChoiceFilter(choices=OrganizationKind.choices)
    country = ChoiceFilter(choices=country_choices)
    parent = text("Part of", "filter_parent", autocomplete="autocomplete-organizations")
    review_status = review()
    o = StableOrderingFilter(
        fields={"name": "name", "kind": "kind", "country": "country"}, label="Sort"
    )

    class Meta:
        model = Organization
        fields = []

    def filter_name(self, queryset, name, value):
        return queryset.filter(pk__in=organizations_named(value))

    def filter_parent(self, queryset, name, value):
        return queryset.filter(parent__in=organizations_named(value))


class PledgeFilter(FilterSet):
    q = text("Search", "filter_search", placeholder="words in the pledge or actor")
    actor = text("Actor", "filter_actor", autocomplete="autocomplete-organizations")
    kind = ChoiceFilter(choices=PledgeKind.choices)
    fulfilment = ChoiceFilter(
        label="Fulfilment",
        choices=[(OPEN, "Open (not kept, broken or settled)"), *PledgeFulfilment.choices],
        method="filter_fulfilment",
    )
    firmness = ChoiceFilter(choices=PledgeFirmness.choices)
    date_from = date("release__published_on", "gte", "Announced from")
    date_to = date("release__published_on", "lte", "Announced until")
    review_status = review()
    o = StableOrderingFilter(
        fields={
            "release__published_on": "date",
            "kind": "kind",
            "actor": "actor",
            "firmness": "firmness",
            "fulfilment": "fulfilment",
        },
        label="Sort",
    )

    class Meta:
        model = Pledge
        fields = []

    def filter_search(self, queryset, name, value):
        return search_pledges(queryset, value)

    def filter_actor(self, queryset, name, value):
        return queryset.filter(
            Q(actor__icontains=value) | Q(actor_organization__in=organizations_named(value))
        )

    def filter_fulfilment(self, queryset, name, value):
        if value == OPEN:
            return queryset.open()
        return queryset.filter(fulfilment=value)
