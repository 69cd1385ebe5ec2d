"""CSV downloads: exactly the filtered rows, streamed, formula-safe."""

import csv
import datetime as dt
import io

import pytest
from django.http import StreamingHttpResponse
from django.urls import reverse

from diplomacy import models as m
from tests import factories as f

pytestmark = pytest.mark.django_db


def rows(response):
    assert isinstance(response, StreamingHttpResponse)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    body = b"".join(response.streaming_content).decode()
    return list(csv.reader(io.StringIO(body)))


def test_meeting_csv_has_exactly_the_filtered_rows(viewer_client, build_meeting):
    moscow = build_meeting(0)
    f.MeetingFactory(title="In Paris", city="Paris", country="FR")
    response = viewer_client.get(reverse("meeting-export"), {"country": "RU"})
    assert response["Content-Disposition"] == 'attachment; filename="meetings.csv"'
    assert rows(response) == [
        [
            "id",
            "date",
            "title",
            "kind",
            "status",
            "format",
            "city",
            "country",
            "participants",
            "review_status",
        ],
        [
            str(moscow.pk),
            "1 November 2017 (year inferred: release published 2 November 2017)",
            "Kim–Lavrov talks 0",
            "meeting",
            "held",
            "in_person",
            "Moscow",
            "RU",
            "Sergey Lavrov 0; Kim Min-su 0",
            "unreviewed",
        ],
    ]


def test_csv_follows_the_sort_order_and_ignores_pagination(viewer_client):
    made = [f.MeetingFactory(title=f"M{i:02d}", date=dt.date(2016, 1, 1)) for i in range(60)]
    data = rows(viewer_client.get(reverse("meeting-export"), {"o": "title", "page": "2"}))
    assert [r[2] for r in data[1:]] == [mt.title for mt in made]


def test_release_csv_rows(viewer_client):
    r = f.ReleaseFactory(title='=HYPERLINK("x")', published_on=dt.date(2015, 2, 3))
    f.MeetingReleaseFactory(release=r)
    assert rows(viewer_client.get(reverse("release-export"))) == [
        ["id", "published_on", "title", "section", "meetings", "review_status", "source_name"],
        [
            str(r.pk),
            "2015-02-03",
            '\'=HYPERLINK("x")',
            "Press Releases",
            "1",
            "unreviewed",
            r.source_name,
        ],
    ]


def test_person_organization_pledge_csv_rows(viewer_client):
    parent = f.OrganizationFactory(name="Government of Korea", country="KR")
    org = f.OrganizationFactory(name="MOFA Korea", acronym="MOFA", parent=parent, country="KR")
    person = f.PersonFactory(name="Kang Kyung-wha", family_name="Kang", given_name="Kyung-wha")
    f.PositionFactory(person=person, organization=org, title="Minister")
    pledge = f.PledgeFactory(
        text="Give aid",
        amount=5,
        currency="USD",
        fulfilment="kept",
        release__published_on=dt.date(2018, 1, 2),
    )
    assert rows(viewer_client.get(reverse("person-export"), {"organization": "MOFA"})) == [
        ["id", "name", "family_name", "given_name", "country", "positions", "review_status"],
        [
            str(person.pk),
            "Kang Kyung-wha",
            "Kang",
            "Kyung-wha",
            "KR",
            "Minister, MOFA Korea",
            "unreviewed",
        ],
    ]
    assert rows(viewer_client.get(reverse("organization-export"), {"parent": str(parent.pk)})) == [
        ["id", "name", "acronym", "kind", "country", "parent", "review_status"],
        [str(org.pk), "MOFA Korea", "MOFA", "ministry", "KR", "Government of Korea", "unreviewed"],
    ]
    assert rows(viewer_client.get(reverse("pledge-export"), {"fulfilment": "kept"})) == [
        [
            "id",
            "announced_on",
            "text",
            "kind",
            "actor",
            "actor_country",
            "amount",
            "currency",
            "target_date",
            "firmness",
            "fulfilment",
            "release_id",
            "review_status",
        ],
        [
            str(pledge.pk),
            "2018-01-02",
            "Give aid",
            "commitment",
            "Republic of Korea",
            "KR",
            "5.00",
            "USD",
            "",
            "announced",
            "kept",
            str(pledge.release_id),
            "unreviewed",
        ],
    ]


def test_csv_with_bad_filter_has_only_the_header(viewer_client):
    f.MeetingFactory()
    data = rows(viewer_client.get(reverse("meeting-export"), {"date_from": "not a date"}))
    assert len(data) == 1


def test_csv_link_on_the_list_keeps_the_filters(viewer_client):
    html = viewer_client.get(reverse("meeting-list"), {"country": "RU", "page": "1"}).text
    assert '<a href="/meetings/export.csv?country=RU" download>Download CSV</a>' in html


def test_csv_query_count_is_constant(viewer_client, build_meeting, django_assert_num_queries):
    for i in range(3):
        build_meeting(i)
    # session, user, meetings, participants with people (prefetch within the chunk)
    with django_assert_num_queries(4):
        data = rows(viewer_client.get(reverse("meeting-export")))
    assert len(data) == 4
    assert m.Meeting.objects.count() == 3
