"""The review queue: contents, order, evidence sentences, actions, permissions, queries."""

import pytest
from django.urls import reverse

from diplomacy import models as m
from diplomacy.curation.review import queue_page, set_review_status
from tests import factories as f

pytestmark = pytest.mark.django_db

URL = "/admin/diplomacy/review/"
TEXT = "Talks in Seoul\n\n1. Foreign Minister Kim Min-su met Sergey Lavrov in Moscow. Next."


def one_of_each(confidence=0.5):
    """One unreviewed record of each of the six kinds, each with evidence in one release."""
    release = f.ReleaseFactory(cleaned_text=TEXT)
    start = TEXT.index("Foreign")
    end = TEXT.index(" Next")
    span = {"release": release, "sentence_start": start, "sentence_end": end}
    lavrov = TEXT.index("Sergey Lavrov")
    meeting = f.MeetingFactory(confidence=confidence)
    person = f.PersonFactory(confidence=confidence)
    organization = f.OrganizationFactory(confidence=confidence)
    records = {
        "meeting": meeting,
        "participation": f.ParticipationFactory(
            meeting=meeting, person=person, confidence=confidence
        ),
        "person": person,
        "organization": organization,
        "position": f.PositionFactory(
            person=person, organization=organization, confidence=confidence
        ),
        "pledge": f.PledgeFactory(release=release, confidence=confidence),
    }
    for kind, record in records.items():
        f.EvidenceFactory(
            **span,
            **{"meeting": None, kind: record},
            start=lavrov,
            end=lavrov + len("Sergey Lavrov"),
            quote="Sergey Lavrov",
        )
    return records


def test_queue_lists_unreviewed_least_confident_first_with_sentence():
    low = f.MeetingFactory(confidence=0.2)
    high = f.PersonFactory(confidence=0.9)
    f.MeetingFactory(review_status=m.ReviewStatus.VERIFIED, confidence=0.1)
    f.PersonFactory(review_status=m.ReviewStatus.REJECTED, confidence=0.1)
    records = one_of_each(confidence=0.5)

    page, entries = queue_page()

    assert [(e.kind, e.record.pk) for e in entries] == [
        ("meeting", low.pk),
        ("meeting", records["meeting"].pk),
        ("organization", records["organization"].pk),
        ("participation", records["participation"].pk),
        ("person", records["person"].pk),
        ("pledge", records["pledge"].pk),
        ("position", records["position"].pk),
        ("person", high.pk),
    ]
    assert page.paginator.count == 8
    assert entries[0].evidence is None
    evidence = entries[1].evidence
    assert (evidence["before"], evidence["mark"], evidence["after"]) == (
        "Foreign Minister Kim Min-su met ",
        "Sergey Lavrov",
        " in Moscow.",
    )


def test_queue_filters_by_kind():
    one_of_each()
    _, entries = queue_page(kinds=["pledge", "person"])
    assert sorted(e.kind for e in entries) == ["person", "pledge"]


def test_set_review_status_records_reviewer_and_history(curator):
    meeting = f.MeetingFactory()
    assert set_review_status(records=[meeting], status="rejected", user=curator) == 1
    meeting.refresh_from_db()
    assert (meeting.review_status, meeting.reviewed_by) == ("rejected", curator)
    assert meeting.history.first().history_user == curator


def test_review_page_query_count_same_for_one_and_three_rows_per_kind(
    curator_client, django_assert_num_queries
):
    # 1 session, 1 user, 2 permissions (user's and groups') for the checks and the sidebar,
    # 1 UNION page, 1 COUNT, 6 rows (one per kind on the page, each with its first evidence
    # id), 1 evidence with sentences = 13.
    one_of_each()
    with django_assert_num_queries(13):
        response = curator_client.get(URL)
    assert len(response.context["entries"]) == 6
    one_of_each()
    one_of_each()
    with django_assert_num_queries(13):
        response = curator_client.get(URL)
    assert len(response.context["entries"]) == 18
    assert response.content.decode().count("<mark>Sergey Lavrov</mark>") == 18


def test_review_page_is_paginated(curator_client):
    for _ in range(51):
        f.MeetingFactory()
    response = curator_client.get(URL)
    assert len(response.context["entries"]) == 50
    assert response.context["page"].paginator.num_pages == 2
    assert len(curator_client.get(URL + "?p=2").context["entries"]) == 1


def test_review_one_click_verify_and_reject(curator_client, curator):
    meeting, person = f.MeetingFactory(), f.PersonFactory()
    page = curator_client.get(URL).content.decode()
    assert f'value="meeting:{meeting.pk}:verified"' in page
    assert "csrfmiddlewaretoken" in page
    response = curator_client.post(URL, {"one": f"meeting:{meeting.pk}:verified"})
    assert response.status_code == 302
    curator_client.post(URL, {"one": f"person:{person.pk}:rejected"})
    meeting.refresh_from_db()
    person.refresh_from_db()
    assert (meeting.review_status, meeting.reviewed_by) == ("verified", curator)
    assert (person.review_status, person.reviewed_by) == ("rejected", curator)
    assert curator_client.get(URL).context["entries"] == []


def test_review_bulk_action(curator_client):
    pledges = f.PledgeFactory.create_batch(3)
    response = curator_client.post(
        URL,
        {"selected": [f"pledge:{p.pk}" for p in pledges[:2]], "status": "verified", "bulk": "1"},
    )
    assert response.status_code == 302
    assert sorted(m.Pledge.objects.values_list("review_status", flat=True)) == [
        "unreviewed", "verified", "verified"
    ]


def test_viewer_sees_queue_read_only_and_cannot_post(viewer_client):
    meeting = f.MeetingFactory()
    response = viewer_client.get(URL)
    assert response.status_code == 200
    assert response.context["can_review"] is False
    page = response.content.decode()
    assert [e.record for e in response.context["entries"]] == [meeting]
    assert "Verify</button>" not in page
    response = viewer_client.post(URL, {"one": f"meeting:{meeting.pk}:verified"})
    assert response.status_code == 403
    meeting.refresh_from_db()
    assert meeting.review_status == "unreviewed"


def test_viewer_cannot_verify_through_changelist_action(viewer_client):
    meeting = f.MeetingFactory()
    response = viewer_client.post(
        reverse("admin:diplomacy_meeting_changelist"),
        {"action": "mark_verified", "_selected_action": [meeting.pk]},
    )
    meeting.refresh_from_db()
    assert meeting.review_status == "unreviewed"
    assert response.status_code in (200, 302, 403)


def test_anonymous_is_sent_to_login(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))
