"""What the detail pages say: exact names, dates, links, evidence."""

import datetime as dt

import pytest
from django.urls import reverse

from diplomacy import models as m
from tests import factories as f

from .conftest import TEXT

pytestmark = pytest.mark.django_db


def test_release_detail_marks_evidence_and_escapes_script(viewer_client, build_meeting):
    meeting = build_meeting()
    release = meeting.releases.get()
    ev_meeting, ev_part = release.evidence.order_by("start")
    html = viewer_client.get(reverse("release-detail", args=[release.pk])).text
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    part = meeting.participations.get(person__name="Sergey Lavrov 0")
    expected = (
        f'<mark id="ev-{ev_meeting.pk}" class="ev ev-meeting" title="meeting: Kim–Lavrov talks 0">'
        "met Russian Foreign Minister "
        f'<mark id="ev-{ev_part.pk}" class="ev ev-participation" '
        'title="participation: Sergey Lavrov 0">Sergey Lavrov'
        '</mark><a class="ev-ref ev-participation" '
        f'href="/meetings/{meeting.pk}/#participation-{part.pk}" title="Sergey Lavrov 0">'
        "participation</a> in Moscow"
        f'</mark><a class="ev-ref ev-meeting" href="/meetings/{meeting.pk}/" '
        'title="Kim–Lavrov talks 0">meeting</a>'
    )
    assert expected in html
    assert f'<a href="/meetings/{meeting.pk}/">Kim–Lavrov talks 0</a> · 1 November 2017' in html


def test_meeting_detail_shows_date_place_participants_evidence(viewer_client, build_meeting):
    meeting = build_meeting(date_uncertain=True, venue="Osobnyak")
    release = meeting.releases.get()
    ev = release.evidence.get(field="meeting")
    html = viewer_client.get(reverse("meeting-detail", args=[meeting.pk])).text
    assert (
        '<dd class="date">1 November 2017 <span class="inferred">(year inferred: '
        'release published 2 November 2017)</span> <strong class="flag">date uncertain'
        "</strong></dd>"
    ) in html
    assert '<dd class="place">Osobnyak, Moscow, Russia</dd>' in html
    lavrov = m.Person.objects.get(name="Sergey Lavrov 0")
    assert f'<a href="/people/{lavrov.pk}/">Sergey Lavrov 0</a>' in html
    assert "<td>Counterpart</td>" in html and "<td>Host</td>" in html
    assert (
        "<blockquote>1. Foreign Minister Kim Min-su <mark>met Russian Foreign Minister Sergey "
        "Lavrov in Moscow</mark> on 1 November. &lt;script&gt;alert(1)&lt;/script&gt;"
        "</blockquote>"
    ) in html
    assert f'href="/releases/{release.pk}/#ev-{ev.pk}"' in html
    assert f'<a href="/releases/{release.pk}/">{release.title}</a> (2 November 2017)' in html


def test_meeting_date_month_precision_reads_as_written(viewer_client):
    meeting = f.MeetingFactory(date=dt.date(2021, 12, 1), date_precision=m.DatePrecision.MONTH)
    html = viewer_client.get(reverse("meeting-detail", args=[meeting.pk])).text
    assert '<dd class="date">December 2021</dd>' in html


def test_person_detail_shows_positions_meetings_counterparts(viewer_client, build_meeting):
    first = build_meeting(0)
    second = build_meeting(1)
    lavrov = m.Person.objects.get(name="Sergey Lavrov 0")
    # Lavrov 0 also met Kim 1 at the second meeting
    f.ParticipationFactory(meeting=second, person=lavrov)
    f.PositionFactory(
        person=lavrov,
        title="Foreign Minister",
        organization__name="MFA of Russia",
        first_seen=dt.date(2015, 1, 1),
        last_seen=dt.date(2018, 1, 1),
    )
    html = viewer_client.get(reverse("person-detail", args=[lavrov.pk])).text
    assert "Foreign Minister, <a href=" in html and ">MFA of Russia</a>" in html
    assert '<svg class="chart"' in html
    assert f'<a href="/meetings/{first.pk}/">Kim–Lavrov talks 0</a>' in html
    counterparts = viewer_client.get(reverse("person-detail", args=[lavrov.pk])).context[
        "counterparts"
    ]
    assert [(c["person__name"], c["meetings"]) for c in counterparts] == [
        ("Kim Min-su 0", 1),
        ("Kim Min-su 1", 1),
        ("Sergey Lavrov 1", 1),
    ]


def test_organization_detail_shows_people_meetings_pledges(viewer_client, build_meeting):
    meeting = build_meeting()
    org = f.OrganizationFactory(name="Ministry of Foreign Affairs of Russia", country="RU")
    meeting.organizations.add(org)
    person = m.Person.objects.get(name="Sergey Lavrov 0")
    f.PositionFactory(person=person, organization=org, title="Minister")
    pledge = f.PledgeFactory(
        release=meeting.releases.get(), actor_organization=org, text="Russia will help."
    )
    html = viewer_client.get(reverse("organization-detail", args=[org.pk])).text
    assert f'<a href="/people/{person.pk}/">Sergey Lavrov 0</a>, Minister' in html
    assert f'<a href="/meetings/{meeting.pk}/">Kim–Lavrov talks 0</a>' in html
    assert f'<a href="/pledges/{pledge.pk}/">Russia will help.</a> · Not yet rated' in html


def test_pledge_detail_shows_status_history_and_evidence(viewer_client, curator):
    release = f.ReleaseFactory(cleaned_text="Intro. The ROK will give USD 5 million. End.")
    pledge = f.PledgeFactory(release=release, text="The ROK will give USD 5 million.")
    f.PledgeStatusChangeFactory(
        pledge=pledge,
        changed_on=dt.date(2018, 3, 1),
        note="Budget passed",
        changed_by=curator,
    )
    f.EvidenceFactory(
        release=release,
        meeting=None,
        pledge=pledge,
        start=7,
        end=38,
        sentence_start=7,
        sentence_end=39,
        quote="The ROK will give USD 5 million",
    )
    html = viewer_client.get(reverse("pledge-detail", args=[pledge.pk])).text
    assert (
        '<tr><td class="nowrap">1 March 2018</td><td>Committed</td><td>In the works</td>\n'
        "<td>Budget passed</td>\n<td>curator</td></tr>"
    ) in html
    assert "<blockquote><mark>The ROK will give USD 5 million</mark>.</blockquote>" in html


def test_release_text_is_whole_and_escaped(viewer_client):
    release = f.ReleaseFactory(cleaned_text=TEXT)
    html = viewer_client.get(reverse("release-detail", args=[release.pk])).text
    assert '<div class="release-text">Foreign Minister Meets Russian Counterpart' in html
    assert "&lt;script&gt;" in html
