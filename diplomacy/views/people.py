"""People and organizations: lists and pages (positions over time, meetings, counterparts)."""

from django.db.models import Count, Prefetch, Q
from django.views.generic import DetailView

from diplomacy.charts import timeline_svg
from diplomacy.filters import OrganizationFilter, PersonFilter, country_name
from diplomacy.models import Meeting, Organization, Participation, Person, Position

from .base import (
    AdminLinkMixin,
    FilteredListView,
    StaffRequiredMixin,
    detail_url,
)

# A detail page lists at most this many meetings or pledges; the rest are one click away in
# the filtered list (a foreign minister meets thousands of people).
DETAIL_LIMIT = 100


def positions_prefetch():
    return Prefetch(
        "positions",
        queryset=Position.objects.select_related("organization").order_by("first_seen", "pk"),
        to_attr="position_list",
    )


def position_titles(person) -> str:
    return "; ".join(
        f"{p.title}, {p.organization.name}" if p.organization else p.title
        for p in person.position_list
    )


class PersonListView(FilteredListView):
    model = Person
    filterset_class = PersonFilter
    template_name = "diplomacy/person_list.html"
    export_url_name = "person-export"
    csv_columns = [
        ("id", lambda p: p.pk),
        ("name", lambda p: p.name),
        ("family_name", lambda p: p.family_name),
        ("given_name", lambda p: p.given_name),
        ("country", lambda p: p.country.code),
        ("positions", position_titles),
        ("review_status", lambda p: p.review_status),
    ]

    def base_queryset(self):
        # page: the people, then one query for their positions (with organizations)
        return Person.objects.prefetch_related(positions_prefetch()).order_by("name", "pk")

    def decorate(self, person):
        person.url = detail_url("person-detail", person.pk)
        person.country_name = country_name(person.country)


class PersonDetailView(StaffRequiredMixin, AdminLinkMixin, DetailView):
    model = Person
    template_name = "diplomacy/person_detail.html"
    context_object_name = "person"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        person = self.object
        positions = list(
            person.positions.select_related("organization").order_by("first_seen", "pk")
        )
        their_meetings = Participation.objects.filter(person=person).values("meeting_id")
        counterparts = (
            Participation.objects.filter(meeting_id__in=their_meetings, person__isnull=False)
            .exclude(person=person)
            .values("person_id", "person__name")
            .annotate(meetings=Count("meeting_id", distinct=True))
            .order_by("-meetings", "person__name", "person_id")[:DETAIL_LIMIT]
        )
        participations = list(
            person.participations.select_related("meeting", "organization").order_by(
                "-meeting__date", "-meeting_id", "pk"
            )[: DETAIL_LIMIT + 1]
        )
        counterparts = list(counterparts)
        for p in participations:
            p.meeting_url = detail_url("meeting-detail", p.meeting_id)
        for c in counterparts:
            c["url"] = detail_url("person-detail", c["person_id"])
        context.update(
            aliases=list(person.aliases.order_by("name", "pk")),
            positions=positions,
            timeline=timeline_svg(positions),
            participations=participations[:DETAIL_LIMIT],
            more_meetings=len(participations) > DETAIL_LIMIT,
            counterparts=counterparts,
            limit=DETAIL_LIMIT,
        )
        return context


class OrganizationListView(FilteredListView):
    model = Organization
    filterset_class = OrganizationFilter
    template_name = "diplomacy/organization_list.html"
    export_url_name = "organization-export"
    csv_columns = [
        ("id", lambda o: o.pk),
        ("name", lambda o: o.name),
        ("acronym", lambda o: o.acronym),
        ("kind", lambda o: o.kind),
        ("country", lambda o: o.country.code),
        ("parent", lambda o: o.parent.name if o.parent else ""),
        ("review_status", lambda o: o.review_status),
    ]

    def base_queryset(self):
        return Organization.objects.select_related("parent").order_by("name", "pk")

    def decorate(self, org):
        org.url = detail_url("organization-detail", org.pk)
        org.country_name = country_name(org.country)
        org.parent_url = detail_url("organization-detail", org.parent_id) if org.parent_id else ""


class OrganizationDetailView(StaffRequiredMixin, AdminLinkMixin, DetailView):
    model = Organization
    template_name = "diplomacy/organization_detail.html"
    context_object_name = "organization"

    def get_queryset(self):
        return Organization.objects.select_related("parent")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        org = self.object
        linked = Meeting.organizations.through.objects.filter(organization=org)
        meetings = list(
            Meeting.objects.filter(
                Q(pk__in=linked.values("meeting_id"))
                | Q(pk__in=Participation.objects.filter(organization=org).values("meeting_id"))
            ).order_by("-date", "-pk")[: DETAIL_LIMIT + 1]
        )
        pledges = list(
            org.pledges.select_related("release")
            .defer("release__raw_text", "release__cleaned_text")
            .order_by("-release__published_on", "-pk")[: DETAIL_LIMIT + 1]
        )
        for m in meetings:
            m.url = detail_url("meeting-detail", m.pk)
        for p in pledges:
            p.url = detail_url("pledge-detail", p.pk)
        context.update(
            aliases=list(org.aliases.order_by("name", "pk")),
            children=list(org.children.order_by("name", "pk")),
            positions=list(
                org.positions.select_related("person").order_by("person__name", "first_seen", "pk")
            ),
            meetings=meetings[:DETAIL_LIMIT],
            more_meetings=len(meetings) > DETAIL_LIMIT,
            pledges=pledges[:DETAIL_LIMIT],
            more_pledges=len(pledges) > DETAIL_LIMIT,
            limit=DETAIL_LIMIT,
        )
        return context
