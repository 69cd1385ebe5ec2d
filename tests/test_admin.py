"""Every admin page of the app opens for staff, stays within a query budget, and is closed to
anonymous users; edits are remembered so that loads leave them alone."""

import pytest
from django.contrib import admin
from django.urls import reverse

from diplomacy import models as m
from tests import factories as f

pytestmark = pytest.mark.django_db

OUR_MODELS = sorted(
    (model for model in admin.site._registry if model._meta.app_label == "diplomacy"),
    key=lambda model: model._meta.model_name,
)
READ_ONLY = {m.Evidence, m.MergeRecord}


def make_rows(n=3):
    """A small connected data set touching every model."""
    for _ in range(n):
        evidence = f.EvidenceFactory()
        meeting = evidence.meeting
        f.MeetingReleaseFactory(meeting=meeting, release=evidence.release)
        participation = f.ParticipationFactory(meeting=meeting, release=evidence.release)
        f.PositionFactory(person=participation.person)
        f.PersonAliasFactory(person=participation.person)
        f.OrganizationAliasFactory()
        f.PledgeStatusChangeFactory(pledge=f.PledgeFactory(release=evidence.release))
        a, b = sorted([f.PersonFactory().pk, participation.person.pk])
        m.NotSamePerson.objects.create(first_id=a, second_id=b)
        x, y = sorted([f.OrganizationFactory().pk, f.OrganizationFactory().pk])
        m.NotSameOrganization.objects.create(first_id=x, second_id=y)
        m.MergeRecord.objects.create(
            kind="person", kept_id=1, kept_name="A", removed_id=2, removed_name="B"
        )


def url(model, page, *args):
    return reverse(f"admin:diplomacy_{model._meta.model_name}_{page}", args=args)


def test_every_model_is_registered():
    expected = {
        m.Release, m.Meeting, m.MeetingRelease, m.Participation, m.Person, m.PersonAlias,
        m.Position, m.Organization, m.OrganizationAlias, m.Pledge, m.PledgeStatusChange,
        m.Evidence, m.NotSamePerson, m.NotSameOrganization, m.MergeRecord,
    }
    assert set(OUR_MODELS) == expected


@pytest.mark.parametrize("model", OUR_MODELS, ids=lambda model: model._meta.model_name)
def test_changelist_query_count_does_not_grow_with_rows(admin_client_, model):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    make_rows(1)
    with CaptureQueriesContext(connection) as one:
        response = admin_client_.get(url(model, "changelist"))
    assert response.status_code == 200
    make_rows(3)
    with CaptureQueriesContext(connection) as four:
        response = admin_client_.get(url(model, "changelist"))
    assert response.status_code == 200
    assert len(four) == len(one), [q["sql"] for q in four.captured_queries]
    assert len(one) <= 12


@pytest.mark.parametrize("model", OUR_MODELS, ids=lambda model: model._meta.model_name)
def test_change_page_opens_within_budget(admin_client_, model, django_assert_max_num_queries):
    make_rows(2)
    obj = model.objects.order_by("pk").first()
    with django_assert_max_num_queries(45):
        response = admin_client_.get(url(model, "change", obj.pk))
    assert response.status_code == 200
    assert str(obj)[:20].split("<")[0] in response.content.decode() or model in READ_ONLY


@pytest.mark.parametrize(
    "model",
    [model for model in OUR_MODELS if model not in READ_ONLY],
    ids=lambda model: model._meta.model_name,
)
def test_add_page_opens(admin_client_, model):
    response = admin_client_.get(url(model, "add"))
    assert response.status_code == 200


@pytest.mark.parametrize("model", OUR_MODELS, ids=lambda model: model._meta.model_name)
def test_anonymous_is_sent_to_login(client, model):
    response = client.get(url(model, "changelist"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_viewer_sees_changelist_but_cannot_change(viewer_client):
    meeting = f.MeetingFactory(city="Moscow")
    assert viewer_client.get(url(m.Meeting, "changelist")).status_code == 200
    response = viewer_client.post(
        url(m.Meeting, "change", meeting.pk), {"title": "Changed", "city": "Paris"}
    )
    assert response.status_code == 403
    meeting.refresh_from_db()
    assert meeting.city == "Moscow"


def meeting_form_data(meeting, **changes):
    data = {
        "title": meeting.title,
        "kind": meeting.kind,
        "status": meeting.status,
        "format": meeting.format,
        "series": "",
        "ordinal": "",
        "parent": "",
        "date": meeting.date.isoformat(),
        "date_precision": meeting.date_precision,
        "date_reason": "",
        "time": "",
        "city": meeting.city,
        "country": meeting.country.code,
        "venue": "",
        "review_status": meeting.review_status,
        "participations-TOTAL_FORMS": "0",
        "participations-INITIAL_FORMS": "0",
        "release_links-TOTAL_FORMS": "0",
        "release_links-INITIAL_FORMS": "0",
        "evidence-TOTAL_FORMS": "0",
        "evidence-INITIAL_FORMS": "0",
    }
    data.update(changes)
    return data


def test_curator_edit_is_remembered_and_recorded_in_history(curator_client, curator):
    meeting = f.MeetingFactory(city="Moscow")
    response = curator_client.post(
        url(m.Meeting, "change", meeting.pk), meeting_form_data(meeting, city="St. Petersburg")
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    meeting.refresh_from_db()
    assert meeting.city == "St. Petersburg"
    assert meeting.edited_fields == ["city"]
    latest = meeting.history.first()
    assert latest.history_user == curator
    assert latest.city == "St. Petersburg"


def test_mark_verified_action_sets_reviewer(curator_client, curator):
    meetings = [f.MeetingFactory(), f.MeetingFactory()]
    response = curator_client.post(
        url(m.Meeting, "changelist"),
        {"action": "mark_verified", "_selected_action": [x.pk for x in meetings]},
    )
    assert response.status_code == 302
    for meeting in meetings:
        meeting.refresh_from_db()
        assert meeting.review_status == m.ReviewStatus.VERIFIED
        assert meeting.reviewed_by == curator


def test_history_revert_restores_previous_value(curator_client):
    meeting = f.MeetingFactory(city="Moscow")
    curator_client.post(
        url(m.Meeting, "change", meeting.pk), meeting_form_data(meeting, city="Paris")
    )
    first = meeting.history.earliest()
    revert_url = reverse(
        "admin:diplomacy_meeting_simple_history", args=[meeting.pk, first.history_id]
    )
    assert curator_client.get(revert_url).status_code == 200
    response = curator_client.post(revert_url, meeting_form_data(meeting, city="Moscow"))
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.city == "Moscow"
