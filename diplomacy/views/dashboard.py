"""The dashboard: counts, recent releases, what waits for review, two charts.

Everything on it is aggregated in the database and cached (Django's cache framework) under a
key holding the *data version*: the newest history row (id and time) and the newest row id
of every model the dashboard counts, read in one indexed query per request. Every change the
app makes (admin edits and actions, loads, merges, deletes) writes a history row, so the next
request after a change computes fresh numbers; the short timeout bounds how stale a change
made outside the app (raw SQL, a restore), or committed after a later-numbered concurrent
write, can look. Several app servers may each keep their own copy (the default local-memory
cache is per process): the version key keeps every copy right.
"""

import hashlib

from django.core.cache import cache
from django.db import connection
from django.db.models import Count, Q
from django.db.models.functions import TruncMonth
from django.shortcuts import render
from django_countries import countries

from diplomacy.charts import horizontal_bars, month_columns
from diplomacy.models import (
    CountryMeetingCount,
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
CACHE_SECONDS = 60
COUNTED = (Release, Meeting, Participation, Person, Organization, Pledge)


def data_version() -> str:
    """A fingerprint of the rows the dashboard shows: the newest history row (id and time)
    of each counted model, and its newest row id (rows written in bulk without history).
    One query; each part is a lookup at the end of an index."""
    quote = connection.ops.quote_name
    newest = (
        "(SELECT MAX(history_id) FROM {0}), (SELECT MAX(history_date) FROM {0}), "
        "(SELECT MAX(id) FROM {1})"
    )
    parts = [
        newest.format(quote(m.history.model._meta.db_table), quote(m._meta.db_table))
        for m in COUNTED
    ]
    with connection.cursor() as cursor:
        # table names only, no input
        cursor.execute("SELECT " + ", ".join(parts))
        row = "|".join(str(value) for value in cursor.fetchone())
    return hashlib.blake2b(row.encode(), digest_size=16).hexdigest()


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
        # columns of the (review_status, confidence) index only, not id: PostgreSQL can count
        # on that index alone instead of reading every row (releases: 20 ms → 5 ms at 20,000)
        numbers = model.objects.aggregate(
            total=Count("*"), waiting=Count("review_status", filter=unreviewed)
        )
        rows.append((label, url_name, numbers["total"], numbers["waiting"]))
    return rows


def meetings_per_month():
    """Held meetings dated at least to the month, for the last MONTHS_SHOWN months with data."""
    months = (
        Meeting.objects.held()
        .exclude(date=None)
        .exclude(date_precision=DatePrecision.YEAR)
        .annotate(month=TruncMonth("date"))
        .order_by("-month")
        .values("month")
        .annotate(n=Count("pk"))
        .values_list("month", "n")[:MONTHS_SHOWN]
    )
    return list(reversed(months))


def countries_met():
    """Meetings per country, as ``Meeting.with_country`` counts them (held there, or with a
    person or organization from there): the stored count of (meeting, country) pairs per
    country (``CountryMeetingCount``, one row per country, kept with the pairs), so the cost
    does not grow with the meetings; one query, TOP_COUNTRIES rows back."""
    top = (
        CountryMeetingCount.objects.exclude(country=HOME_COUNTRY)
        .filter(meetings__gt=0)
        .order_by("-meetings", "country")
        .values_list("country", "meetings")[:TOP_COUNTRIES]
    )
    return [(code, countries.name(code) or code, n) for code, n in top]


def dashboard_data() -> dict:
    """Everything the dashboard shows, from the cache when the data has not changed."""
    key = f"diplomacy:dashboard:{data_version()}"
    data = cache.get(key)
    if data is None:
        months = meetings_per_month()
        top = countries_met()
        data = {
            "totals": totals(),
            "recent_releases": list(
                Release.objects.defer(*LONG_TEXT).order_by("-published_on", "-pk")[
                    :QUEUE_LENGTH
                ]
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
        cache.set(key, data, CACHE_SECONDS)
    return data


@staff_required
def dashboard(request):
    return render(request, "diplomacy/dashboard.html", dashboard_data())
