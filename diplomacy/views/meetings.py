"""Meetings: the list (filterable by country, person, organization…) and the meeting page."""

from django.db.models import Prefetch, Q
from django.views.generic import DetailView

from diplomacy.filters import MeetingFilter, country_name
from diplomacy.models import Meeting, Participation, Release
from diplomacy.templatetags.diplomacy_extras import meeting_date_text

from .base import (
    AdminLinkMixin,
    FilteredListView,
    StaffRequiredMixin,
    detail_url,
)
from .evidence_sql import with_sentences
from .highlight import sentence_parts
from .releases import LONG_TEXT


def participants_prefetch():
    return Prefetch(
        "participations",
        queryset=Participation.objects.select_related("person").order_by("pk"),
        to_attr="participant_list",
    )


def participant_names(meeting) -> str:
    return "; ".join(
        p.person.name if p.person else p.name_as_written for p in meeting.participant_list
    )


class MeetingListView(FilteredListView):
    model = Meeting
    filterset_class = MeetingFilter
    template_name = "diplomacy/meeting_list.html"
    export_url_name = "meeting-export"
    csv_columns = [
        ("id", lambda m: m.pk),
        ("date", meeting_date_text),
        ("title", lambda m: m.title),
        ("kind", lambda m: m.kind),
        ("status", lambda m: m.status),
        ("format", lambda m: m.format),
        ("city", lambda m: m.city),
        ("country", lambda m: m.country.code),
        ("participants", participant_names),
        ("review_status", lambda m: m.review_status),
    ]

    def base_queryset(self):
        # page: the meetings, then one query for their participants (with people)
        return Meeting.objects.prefetch_related(participants_prefetch()).order_by("-date", "-pk")

    def decorate(self, meeting):
        meeting.url = detail_url("meeting-detail", meeting.pk)
        meeting.country_name = country_name(meeting.country)
        for p in meeting.participant_list:
            p.person_url = detail_url("person-detail", p.person_id) if p.person_id else ""


class MeetingDetailView(StaffRequiredMixin, AdminLinkMixin, DetailView):
    model = Meeting
    template_name = "diplomacy/meeting_detail.html"
    context_object_name = "meeting"

    def get_queryset(self):
        return Meeting.objects.select_related("parent")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        meeting = self.object
        evidence = list(
            with_sentences().filter(Q(meeting=meeting) | Q(participation__meeting=meeting))
        )
        for ev in evidence:
            ev.before, ev.match, ev.after = sentence_parts(ev)
        context.update(
            participations=list(
                meeting.participations.select_related("person", "organization").order_by("pk")
            ),
            organizations=list(meeting.organizations.order_by("name", "pk")),
            releases=list(
                Release.objects.filter(meeting_links__meeting=meeting)
                .defer(*LONG_TEXT)
                .order_by("published_on", "pk")
            ),
            evidence=evidence,
            pledges=list(meeting.pledges.order_by("pk")),
        )
        return context
