"""The dashboard: counts, recent releases, what waits for review, two charts."""

from collections import Counter

from django.db.models import Count, Q
from django.db.models.functions import TruncMonth
from django.shortcuts import render
from django_countries import countries

from diplomacy.charts import horizontal_bars, month_columns
from diplomacy.models import (
    DatePrecision,
    Meeting,
    Organization,
    Participation,
    Person,
    Pledge,
    Release,
    ReviewStatus,
)

from .base import staff_required
from .releases import LONG_TEXT

HOME_COUNTRY = "KR"  # every release is Korea's: "countries met" are the others
TOP_COUNTRIES = 12
MONTHS_SHOWN = 36
QUEUE_LENGTH = 10


def totals():
    """(label, URL name, rows, rows waiting for review): one aggregate query per table."""
    unreviewed = Q(review_status=ReviewStatus.UNREVIEWED)
    rows = []
    for label, url_name, model in (
        ("Releases", "release-list", Release),
        ("Meetings", "meeting-list", Meeting),
        ("People", "person-list", Person),
        ("Organizations", "organization-list", Organization),
        ("Pledges", "pledge-list", Pledge),
    ):
        numbers = model.objects.aggregate(total=Count("pk"), waiting=Count("pk", filter=unreviewed))
        rows.append((label, url_name, numbers["total"], numbers["waiting"]))
    return rows


def meetings_per_month():
    """Held meetings dated at least to the month, for the last MONTHS_SHOWN months with data."""
    months = (
        Meeting.objects.held()
        .exclude(date=None)
        .exclude(date_precision=DatePrecision.YEAR)
        .annotate(month=TruncMonth("date"))
        .order_by("month")
        .values("month")
        .annotate(n=Count("pk"))
        .values_list("month", "n")
    )
    return list(months)[-MONTHS_SHOWN:]


def countries_met():
    """Meetings per country, as ``Meeting.with_country`` counts them (held there, or with a
    person or organization from there): one UNION query of distinct (meeting, country)
    pairs, counted here."""
    pairs = (
        Meeting.objects.exclude(country="")
        .order_by()
        .values_list("pk", "country")
        .union(
            Participation.objects.exclude(person__country="")
            .exclude(person=None)
            .order_by()
            .values_list("meeting_id", "person__country"),
            Participation.objects.exclude(organization__country="")
            .exclude(organization=None)
            .order_by()
            .values_list("meeting_id", "organization__country"),
        )
    )
    counter = Counter(code for _, code in pairs if code != HOME_COUNTRY)
    top = sorted(counter.items(), key=lambda item: (-item[1], item[0]))[:TOP_COUNTRIES]
    return [(code, countries.name(code) or code, n) for code, n in top]


@staff_required
def dashboard(request):
    months = meetings_per_month()
    top = countries_met()
    context = {
        "totals": totals(),
        "recent_releases": list(
            Release.objects.defer(*LONG_TEXT).order_by("-published_on", "-pk")[:QUEUE_LENGTH]
        ),
        "review_meetings": list(
            Meeting.objects.filter(review_status=ReviewStatus.UNREVIEWED).order_by(
                "confidence", "-date", "pk"
            )[:QUEUE_LENGTH]
        ),
        "months": months,
        "month_chart": month_columns(months, "Meetings held per month"),
        "countries": top,
        "country_chart": horizontal_bars(
            [(name, n) for _, name, n in top], "Countries met most (meetings)"
        ),
    }
    return render(request, "diplomacy/dashboard.html", context)
