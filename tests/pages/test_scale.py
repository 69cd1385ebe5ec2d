"""What keeps the pages fast at archive scale still gives the right answers: deep pages (read
as keys, then rows) hold the right rows in the right order, the cached dashboard shows fresh
numbers after an edit, the country filter finds what ``Meeting.with_country`` finds (the
stored pairs, which equal the ones computed from scratch), and the hand-formatted
``<select>`` escapes and selects like Django's."""

import datetime as dt

import pytest
from django.urls import reverse

from diplomacy import models as m
from diplomacy.admin import CappedCountPaginator
from diplomacy.filters import FastSelect, MeetingFilter
from tests import factories as f
from tests.meeting_pairs import scratch_pairs

pytestmark = pytest.mark.django_db


@pytest.fixture
def many_meetings():
    """130 meetings over 20 dates (so dates tie and the key breaks ties), three countries,
    titles in another order than the dates."""
    release = f.ReleaseFactory()
    meetings = []
    for i in range(130):
        meeting = f.MeetingFactory(
            title=f"Talks {(i * 37) % 130:03d}",
            date=dt.date(2015, 1, 1) + dt.timedelta(days=i % 20),
            country=("RU", "CN", "JP")[i % 3],
        )
        f.MeetingReleaseFactory(meeting=meeting, release=release)
        meetings.append(meeting)
    return meetings


def page_pks(client, name, **query):
    response = client.get(reverse(f"{name}-list"), query)
    assert response.status_code == 200
    return [row.pk for row in response.context["object_list"]], response


@pytest.mark.parametrize(
    ("sort", "order"),
    [
        ("", ("-date", "-pk")),
        ("title", ("title", "pk")),
        ("-title", ("-title", "-pk")),
        ("-country", ("-country", "-pk")),
        ("date", ("date", "pk")),
    ],
)
@pytest.mark.parametrize("page", [1, 2, 3])
def test_meeting_pages_hold_the_right_rows_in_order(viewer_client, many_meetings, sort, order,
                                                    page):
    query = {"page": page, **({"o": sort} if sort else {})}
    pks, response = page_pks(viewer_client, "meeting", **query)
    expected = list(m.Meeting.objects.order_by(*order).values_list("pk", flat=True))
    assert pks == expected[(page - 1) * 50 : page * 50]
    assert response.context["page_obj"].number == page
    # participants still come with each meeting (prefetch kept through the second step)
    assert all(hasattr(row, "participant_list") for row in response.context["object_list"])


def test_filtered_deep_page_is_the_filtered_slice(viewer_client, many_meetings):
    later = m.Meeting.objects.filter(date__gte=dt.date(2015, 1, 4))
    expected = list(later.order_by("title", "pk").values_list("pk", flat=True))
    assert len(expected) == 109
    pks, _ = page_pks(viewer_client, "meeting", date_from="2015-01-04", o="title", page=2)
    assert pks == expected[50:100]
    pks, _ = page_pks(viewer_client, "meeting", date_from="2015-01-04", o="title", page=9)
    assert pks == expected[100:]  # out of range: the last page


def test_country_filter_page_in_date_order(viewer_client, many_meetings):
    expected = list(
        m.Meeting.objects.with_country("RU").order_by("-date", "-pk").values_list("pk", flat=True)
    )
    assert len(expected) == 44
    pks, response = page_pks(viewer_client, "meeting", country="RU", o="-date")
    assert pks == expected
    assert response.context["result_count"] == 44


def test_release_deep_page_keeps_annotations(viewer_client):
    for i in range(60):
        release = f.ReleaseFactory(published_on=dt.date(2016, 1, 1) + dt.timedelta(days=i))
        for _ in range(i % 3):
            f.MeetingReleaseFactory(release=release)
    pks, response = page_pks(viewer_client, "release", page=2)
    expected = list(m.Release.objects.order_by("-published_on", "-pk").values_list("pk", flat=True))
    assert pks == expected[50:]
    for row in response.context["object_list"]:
        assert row.meeting_count == row.meeting_links.count()


def test_paginator_reads_keys_then_rows(django_assert_num_queries, many_meetings):
    paginator = CappedCountPaginator(m.Meeting.objects.order_by("-date", "-pk"), 50)
    assert paginator.count == 130
    with django_assert_num_queries(2):  # keys of page 3, then its rows
        rows = list(paginator.page(3).object_list)
    expected = list(m.Meeting.objects.order_by("-date", "-pk"))[100:]
    assert rows == expected


def test_admin_changelist_deep_page(admin_client_, many_meetings):
    response = admin_client_.get(reverse("admin:diplomacy_meeting_changelist"), {"p": 3})
    assert response.status_code == 200
    shown = [row.pk for row in response.context["cl"].result_list]
    expected = list(m.Meeting.objects.order_by("-date", "-id").values_list("pk", flat=True))
    assert shown == expected[100:]


def waiting_meetings(client):
    totals = {label: waiting for label, _, _, waiting in client.get("/").context["totals"]}
    return totals["Meetings"]


def test_dashboard_is_fresh_after_an_admin_edit(curator_client):
    meetings = [f.MeetingFactory(country="RU") for _ in range(3)]
    assert waiting_meetings(curator_client) == 3
    assert waiting_meetings(curator_client) == 3  # from the cache
    response = curator_client.post(
        reverse("admin:diplomacy_meeting_changelist"),
        {"action": "mark_verified", "_selected_action": [meetings[0].pk]},
    )
    assert response.status_code == 302
    assert waiting_meetings(curator_client) == 2

    # a change of place moves the meeting from one country's bar to another's
    before = {code: n for code, _, n in curator_client.get("/").context["countries"]}
    assert before == {"RU": 3}
    meeting = meetings[1]
    meeting.country = "FR"
    meeting.save()  # as the admin's change form does: a history row, a new data version
    after = {code: n for code, _, n in curator_client.get("/").context["countries"]}
    assert after == {"RU": 2, "FR": 1}


def test_dashboard_is_fresh_after_rows_written_without_history(curator_client):
    f.MeetingFactory()
    assert waiting_meetings(curator_client) == 1
    m.Meeting.objects.bulk_create([m.Meeting(title="Bulk", date=None, date_precision="")])
    assert waiting_meetings(curator_client) == 2


def test_dashboard_counts_countries_like_with_country(curator_client):
    seoul = f.MeetingFactory(country="KR")
    f.ParticipationFactory(meeting=seoul, person=f.PersonFactory(country="RU"))
    f.ParticipationFactory(meeting=seoul, person=f.PersonFactory(country="RU"))
    moscow = f.MeetingFactory(country="RU")
    f.ParticipationFactory(meeting=moscow, person=f.PersonFactory(country="RU"),
                           organization=f.OrganizationFactory(country="CN"))
    countries = {code: n for code, _, n in curator_client.get("/").context["countries"]}
    scratch = scratch_pairs()
    assert countries == {
        "RU": m.Meeting.objects.with_country("RU").count(),
        "CN": m.Meeting.objects.with_country("CN").count(),
    } == {code: sum(c == code for _, c in scratch) for code in ("RU", "CN")} == {
        "RU": 2, "CN": 1}


@pytest.mark.parametrize("code", ["RU", "CN", "JP", "FR", "KR"])
def test_country_filter_matches_with_country(code):
    kim = f.PersonFactory(country="KR")
    wang = f.PersonFactory(country="CN")
    un = f.OrganizationFactory(country="")
    mofa = f.OrganizationFactory(country="JP")
    a = f.MeetingFactory(country="RU")
    b = f.MeetingFactory(country="KR")
    f.ParticipationFactory(meeting=b, person=wang, organization=un)
    c = f.MeetingFactory(country="")
    f.ParticipationFactory(meeting=c, person=kim, organization=mofa)
    f.ParticipationFactory(meeting=a, person=None, organization=None)
    filtered = MeetingFilter({"country": code}, queryset=m.Meeting.objects.all()).qs
    assert set(filtered.values_list("pk", flat=True)) == set(
        m.Meeting.objects.with_country(code).values_list("pk", flat=True)
    ) == {pk for pk, c in scratch_pairs() if c == code}


def test_fast_select_escapes_and_selects():
    widget = FastSelect(choices=[("", "---------"), ("a", "A & B"), ("b", '<b>"x"</b>')])
    html = widget.render("kind", "b", attrs={"id": "id_kind"})
    assert html.startswith('<select name="kind" id="id_kind">')
    assert '<option value="">---------</option>' in html
    assert '<option value="a">A &amp; B</option>' in html
    assert '<option value="b" selected>&lt;b&gt;&quot;x&quot;&lt;/b&gt;</option>' in html
    assert "<b>" not in html
    assert 'value="a" selected' not in widget.render("kind", None)


@pytest.fixture
def venues():
    return {
        "moscow": f.MeetingFactory(title="Foreign Ministers' Talks", city="Moscow", venue=""),
        "seoul": f.MeetingFactory(
            title="Strategic Dialogue", city="Seoul", venue="Ministry of Foreign Affairs"
        ),
        "paris": f.MeetingFactory(title="Working Lunch", city="Paris", venue="Quai d'Orsay"),
    }


def titles_found(text):
    from diplomacy.search import search_meetings

    return {x.title for x in search_meetings(m.Meeting.objects.all(), text)}


def test_search_meetings_every_word_in_title_city_or_venue(venues):
    assert titles_found("foreign ministers moscow") == {"Foreign Ministers' Talks"}
    assert titles_found("MINISTRY dialogue") == {"Strategic Dialogue"}  # venue and title
    assert titles_found("Orsay lunch") == {"Working Lunch"}
    assert titles_found("foreign") == {"Foreign Ministers' Talks", "Strategic Dialogue"}
    assert titles_found("mosc") == {"Foreign Ministers' Talks"}  # the start of a word
    assert titles_found("moscow paris") == set()
    assert titles_found("' OR 1=1 --") == set()
    assert titles_found("   ") == set(m.Meeting.objects.values_list("title", flat=True))


def test_search_meetings_reads_the_gin_index_on_postgres(venues):
    from django.db import connection

    from diplomacy.search import search_meetings
    from tests.scale.conftest import require_postgres

    require_postgres()
    qs = search_meetings(m.Meeting.objects.all(), "foreign minister")
    sql, params = qs.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("EXPLAIN " + sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "meeting_words_gin" in plan, plan


def test_admin_searches(admin_client_, venues):
    release = f.ReleaseFactory(title="Humanitarian Assistance to Nepal")
    other = f.ReleaseFactory(title="Talks in Tokyo")

    def shown(model, q):
        response = admin_client_.get(reverse(f"admin:diplomacy_{model}_changelist"), {"q": q})
        assert response.status_code == 200
        return {row.pk for row in response.context["cl"].result_list}

    assert shown("release", release.source_name) == {release.pk}
    assert shown("release", "humanitarian assistance") == {release.pk}
    assert shown("release", "tokyo") == {other.pk}
    assert shown("meeting", "ministry") == {venues["seoul"].pk}
    lavrov = f.PersonFactory(name="Sergey Lavrov")
    f.PersonAliasFactory(person=lavrov, name="S. V. Lavrov")
    f.PersonFactory(name="Wang Yi")
    assert shown("person", "lavrov") == {lavrov.pk}
    nato = f.OrganizationFactory(name="North Atlantic Treaty Organization", acronym="NATO")
    assert shown("organization", "nato") == {nato.pk}


def test_admin_date_hierarchy_years_from_first_to_last(admin_client_):
    for year in (2012, 2015):
        f.MeetingFactory(date=dt.date(year, 3, 1))
    response = admin_client_.get(reverse("admin:diplomacy_meeting_changelist"))
    html = response.content.decode()
    for year in range(2012, 2016):  # 2013 and 2014 have no meeting, and are listed
        assert f"date__year={year}" in html
    assert "date__year=2011" not in html
    assert "date__year=2016" not in html
    response = admin_client_.get(
        reverse("admin:diplomacy_meeting_changelist"), {"date__year": "2015"}
    )
    assert [x.date.year for x in response.context["cl"].result_list] == [2015]


def test_section_choices_are_the_distinct_sections_in_order():
    from diplomacy.filters import ReleaseFilter

    for section in ("Spokesperson's Briefings", "", "Press Releases", "Press Releases", "Ä"):
        f.ReleaseFactory(section=section)
    in_order = (
        m.Release.objects.exclude(section="")
        .order_by("section")
        .values_list("section", flat=True)
        .distinct()
    )
    assert ReleaseFilter.section_choices() == [(x, x) for x in in_order]
    assert len(in_order) == 3


def test_release_search_pages_plan_through_the_index_and_restore_the_setting(
    viewer_client, admin_client_
):
    from django.db import connection

    release = f.ReleaseFactory(title="Humanitarian Assistance to Nepal")
    f.ReleaseFactory(title="Talks in Tokyo")
    pks, _ = page_pks(viewer_client, "release", q="humanitarian")
    assert pks == [release.pk]
    response = admin_client_.get(reverse("admin:diplomacy_release_changelist"), {"q": "nepal"})
    assert [row.pk for row in response.context["cl"].result_list] == [release.pk]
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SHOW enable_seqscan")
            assert cursor.fetchone()[0] == "on"


def test_filtered_page_reads_its_rows_by_key_alone(viewer_client, many_meetings):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        pks, _ = page_pks(viewer_client, "meeting", country="RU", o="title")
    expected = list(
        m.Meeting.objects.with_country("RU").order_by("title", "pk").values_list("pk", flat=True)
    )
    assert pks == expected
    rows_query = next(
        q["sql"] for q in queries.captured_queries
        if q["sql"].startswith('SELECT "diplomacy_meeting"."id", "diplomacy_meeting"."review')
    )
    assert "UNION" not in rows_query and "country" not in rows_query.split("WHERE")[1]
