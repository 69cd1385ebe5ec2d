"""FilterSets for the staff list pages (and their CSV exports).

Person and organization filters are text inputs matched by name or alias (with a datalist
filled from ``/autocomplete/…`` by static/diplomacy/autocomplete.js), never a select of every
row; a number matches the record's id, which is how detail pages link to filtered lists.
Every text input has a maximum length; a value that does not validate shows a form error
and an empty list (django-filter's strict mode), never a server error.
"""

import functools

from django import forms
from django.db import connection
from django.db.models import Exists, OuterRef, Q
from django.forms.utils import flatatt
from django.urls import reverse_lazy
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
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
    MeetingCountry,
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
SECTIONS = """
WITH RECURSIVE sections(section) AS (
    SELECT MIN(section) FROM {table} WHERE section > ''
    UNION ALL
    SELECT (SELECT MIN(r.section) FROM {table} r WHERE r.section > sections.section)
    FROM sections WHERE sections.section IS NOT NULL
)
SELECT section FROM sections WHERE section IS NOT NULL
"""


class FastSelect(forms.Select):
    """A ``<select>`` formatted in Python. Django renders every ``<option>`` through a
    template: the 250 countries cost ~20 ms on every list page. Flat choices only; every
    value and label is escaped."""

    def render(self, name, value, attrs=None, renderer=None):
        chosen = set(self.format_value(value))
        options = []
        for key, label in self.choices:
            key = "" if key is None else str(key)
            selected = " selected" if key in chosen else ""
            options.append(
                f'<option value="{escape(key)}"{selected}>{escape(str(label))}</option>'
            )
        final_attrs = self.build_attrs(self.attrs, attrs)
        return format_html(
            '<select name="{}"{}>{}</select>', name, flatatt(final_attrs),
            mark_safe("".join(options)),  # noqa: S308 (each part escaped above)
        )


def choice(**kwargs):
    return ChoiceFilter(widget=FastSelect, **kwargs)


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
    return _country_choices(get_language())


@functools.lru_cache(maxsize=8)
def _country_choices(language):
    # django-countries sorts (and translates) its 250 names on every iteration
    return [(code, str(name)) for code, name in countries]


@functools.lru_cache(maxsize=8)
def _country_names(language) -> dict:
    return dict(_country_choices(language))


def country_name(code) -> str:
    """A country's name from a code or a Country (django-countries translates it afresh on
    every ``.name``: about 0.1 ms, for every row of a list)."""
    code = getattr(code, "code", code) or ""
    return _country_names(get_language()).get(code, "")


def review():
    return choice(label="Review status", choices=ReviewStatus.choices)


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
    section = choice(label="Section", choices=lambda: ReleaseFilter.section_choices())
    has_meetings = choice(
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
        # the distinct sections by a walk over the section index, one step per section
        # (a recursive query), not a DISTINCT over every release
        table = connection.ops.quote_name(Release._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute(SECTIONS.format(table=table))
            return [(section, section) for (section,) in cursor.fetchall()]

    def filter_has_meetings(self, queryset, name, value):
        reports = Exists(MeetingRelease.objects.filter(release=OuterRef("pk")))
        return queryset.filter(reports if value == "yes" else ~reports)


class MeetingFilter(SearchMixin, FilterSet):
    search_function = staticmethod(search_meetings)
    q = search()
    date_from = date("date", "gte", "From")
    date_to = date("date", "lte", "Until")
    status = choice(choices=MeetingStatus.choices)
    kind = choice(choices=MeetingKind.choices)
    format = choice(choices=MeetingFormat.choices)
    country = choice(
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
        # Meeting.with_country: the meeting ids stored for the country (MeetingCountry, read
        # on its (country, meeting) index)
        return queryset.filter(
            pk__in=MeetingCountry.objects.filter(country=value).values("meeting_id")
        )

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
    country = choice(choices=country_choices)
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
    kind = choice(choices=OrganizationKind.choices)
    country = choice(choices=country_choices)
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
    kind = choice(choices=PledgeKind.choices)
    fulfilment = choice(
        label="Fulfilment",
        choices=[(OPEN, "Open (not kept, broken or settled)"), *PledgeFulfilment.choices],
        method="filter_fulfilment",
    )
    firmness = choice(choices=PledgeFirmness.choices)
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
