"""Releases: the list and the page showing a release's text with its evidence marked."""

from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.views.generic import DetailView

from diplomacy.filters import ReleaseFilter
from diplomacy.models import Evidence, Meeting, MeetingRelease, Release
from diplomacy.search import full_text_plans

from .base import AdminLinkMixin, FilteredListView, StaffRequiredMixin, detail_url
from .highlight import EVIDENCE_JOINS, Span, evidence_link, highlight

LONG_TEXT = ("raw_text", "cleaned_text")


def meeting_count():
    """Meetings a release reports, as a subquery (no GROUP BY over the release list)."""
    per_release = (
        MeetingRelease.objects.filter(release=OuterRef("pk"))
        .order_by()
        .values("release")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(per_release, output_field=IntegerField()), 0)


class ReleaseListView(FilteredListView):
    model = Release
    filterset_class = ReleaseFilter
    template_name = "diplomacy/release_list.html"
    export_url_name = "release-export"
    csv_columns = [
        ("id", lambda r: r.pk),
        ("published_on", lambda r: r.published_on),
        ("title", lambda r: r.title),
        ("section", lambda r: r.section),
        ("meetings", lambda r: r.meeting_count),
        ("review_status", lambda r: r.review_status),
        ("source_name", lambda r: r.source_name),
    ]

    def get(self, request, *args, **kwargs):
        if self.export or not request.GET.get("q", "").strip():
            return super().get(request, *args, **kwargs)
        # a text search: count, page keys and rows through the full-text index
        with full_text_plans():
            response = super().get(request, *args, **kwargs)
            return response.render() if hasattr(response, "render") else response

    def base_queryset(self):
        # one query for the page: the texts stay in the database, the count is a subquery
        return (
            Release.objects.defer(*LONG_TEXT)
            .annotate(meeting_count=meeting_count())
            .order_by("-published_on", "-pk")
        )

    def decorate(self, release):
        release.url = detail_url("release-detail", release.pk)


class ReleaseDetailView(StaffRequiredMixin, AdminLinkMixin, DetailView):
    model = Release
    template_name = "diplomacy/release_detail.html"
    context_object_name = "release"

    def get_queryset(self):
        return Release.objects.defer("raw_text")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        release = self.object
        evidence = list(
            Evidence.objects.filter(release=release)
            .select_related(*EVIDENCE_JOINS)
            .order_by("start", "-end", "pk")
        )
        spans = []
        for ev in evidence:
            ev.label, ev.href, ev.target_title = evidence_link(ev)
            spans.append(Span(ev.pk, ev.start, ev.end, ev.href, ev.label, ev.target_title))
        context["highlighted"], problems = highlight(release.cleaned_text, spans)
        for ev in evidence:
            ev.problem = ev.pk in problems
        context["evidence"] = evidence
        context["meetings"] = list(
            Meeting.objects.filter(release_links__release=release).order_by("date", "pk")
        )
        context["pledges"] = list(release.pledges.order_by("pk"))
        return context
