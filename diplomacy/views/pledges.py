"""Pledges: the list (open ones, by actor…) and the page with status history and evidence."""

from django.views.generic import DetailView

from diplomacy.filters import PledgeFilter
from diplomacy.models import Pledge

from .base import AdminLinkMixin, FilteredListView, StaffRequiredMixin, detail_url
from .evidence_sql import with_sentences
from .highlight import sentence_parts

RELEASE_TEXT = ("release__raw_text", "release__cleaned_text")


class PledgeListView(FilteredListView):
    model = Pledge
    filterset_class = PledgeFilter
    template_name = "diplomacy/pledge_list.html"
    export_url_name = "pledge-export"
    csv_columns = [
        ("id", lambda p: p.pk),
        ("announced_on", lambda p: p.release.published_on),
        ("text", lambda p: p.text),
        ("kind", lambda p: p.kind),
        ("actor", lambda p: p.actor),
        ("actor_country", lambda p: p.actor_country.code),
        ("amount", lambda p: p.amount),
        ("currency", lambda p: p.currency),
        ("target_date", lambda p: p.target_date_display),
        ("firmness", lambda p: p.firmness),
        ("fulfilment", lambda p: p.fulfilment),
        ("release_id", lambda p: p.release_id),
        ("review_status", lambda p: p.review_status),
    ]

    def base_queryset(self):
        # one query: pledges joined to their release (without its texts)
        return (
            Pledge.objects.select_related("release")
            .defer(*RELEASE_TEXT)
            .order_by("-release__published_on", "-pk")
        )

    def decorate(self, pledge):
        pledge.url = detail_url("pledge-detail", pledge.pk)


class PledgeDetailView(StaffRequiredMixin, AdminLinkMixin, DetailView):
    model = Pledge
    template_name = "diplomacy/pledge_detail.html"
    context_object_name = "pledge"

    def get_queryset(self):
        return Pledge.objects.select_related("release", "meeting", "actor_organization").defer(
            *RELEASE_TEXT
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        pledge = self.object
        evidence = list(with_sentences().filter(pledge=pledge))
        for ev in evidence:
            ev.before, ev.match, ev.after = sentence_parts(ev)
        context.update(
            changes=list(
                pledge.status_changes.select_related("changed_by").order_by("changed_on", "pk")
            ),
            evidence=evidence,
        )
        return context
