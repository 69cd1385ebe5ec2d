"""The curation admin screens: merge, split, reassign, pledge status, duplicates, history,
and what a viewer may not do."""

import datetime as dt

import pytest
from django.urls import reverse

from diplomacy import models as m
from tests import factories as f

pytestmark = pytest.mark.django_db


def changelist(model):
    return reverse(f"admin:diplomacy_{model._meta.model_name}_changelist")


def messages_of(response):
    return [str(x) for x in response.wsgi_request._messages]


# --- merge ------------------------------------------------------------------------------


def test_merge_action_redirects_to_confirmation_with_both_ids(curator_client):
    a, b = f.PersonFactory(), f.PersonFactory()
    response = curator_client.post(
        changelist(m.Person), {"action": "merge_selected", "_selected_action": [b.pk, a.pk]}
    )
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('admin:diplomacy_person_merge')}?ids={a.pk},{b.pk}"


def test_merge_action_with_three_selected_is_refused(curator_client):
    people = f.PersonFactory.create_batch(3)
    response = curator_client.post(
        changelist(m.Person),
        {"action": "merge_selected", "_selected_action": [p.pk for p in people]},
        follow=True,
    )
    assert "Select exactly two records to merge." in messages_of(response)
    assert m.Person.objects.count() == 3


def test_merge_confirmation_page_shows_both_records_and_counts(curator_client):
    a = f.PersonFactory(name="Sergey Lavrov")
    b = f.PersonFactory(name="Sergei Lavrov")
    f.ParticipationFactory.create_batch(2, person=b)
    f.PersonAliasFactory(person=a)
    response = curator_client.get(f"{reverse('admin:diplomacy_person_merge')}?ids={a.pk},{b.pk}")
    assert response.status_code == 200
    assert response.context["move_rows"] == [
        ("participations", [0, 2]),
        ("positions", [0, 0]),
        ("aliases", [1, 0]),
        ("evidence", [0, 0]),
    ]
    assert response.context["default_keep"] == b.pk  # the better-attested one
    page = response.content.decode()
    assert "Sergey Lavrov" in page and "Sergei Lavrov" in page


def test_merge_confirm_post_merges_and_redirects_to_kept(curator_client, curator):
    a = f.PersonFactory(name="Sergey Lavrov")
    b = f.PersonFactory(name="Sergei Lavrov")
    f.ParticipationFactory.create_batch(2, person=b)
    response = curator_client.post(
        reverse("admin:diplomacy_person_merge"), {"ids": f"{a.pk},{b.pk}", "keep": a.pk}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:diplomacy_person_change", args=[a.pk])
    assert list(m.Person.objects.all()) == [a]
    assert a.participations.count() == 2
    record = m.MergeRecord.objects.get()
    assert (record.kept_id, record.removed_name, record.performed_by) == (
        a.pk, "Sergei Lavrov", curator
    )
    assert list(m.Person.objects.by_alias("Sergei Lavrov")) == [a]


def test_merge_organizations_through_admin(curator_client):
    a = f.OrganizationFactory(name="Ministry of Foreign Affairs")
    b = f.OrganizationFactory(name="Foreign Ministry")
    f.PledgeFactory(actor_organization=b)
    response = curator_client.post(
        reverse("admin:diplomacy_organization_merge"), {"ids": f"{a.pk},{b.pk}", "keep": a.pk}
    )
    assert response.status_code == 302
    assert list(m.Organization.objects.all()) == [a]
    assert m.Pledge.objects.get().actor_organization == a


def test_merge_of_not_same_pair_is_refused_with_message(curator_client):
    a, b = f.PersonFactory(name="Cho Tae-yul"), f.PersonFactory(name="Cho Tae-yong")
    f.NotSamePersonFactory(first=a, second=b)
    response = curator_client.post(
        reverse("admin:diplomacy_person_merge"),
        {"ids": f"{a.pk},{b.pk}", "keep": a.pk},
        follow=True,
    )
    assert [msg for msg in messages_of(response) if "not the same person" in msg] == [
        "“Cho Tae-yul” and “Cho Tae-yong” were recorded as not the same person; delete that "
        "decision first if it was wrong."
    ]
    assert m.Person.objects.count() == 2


# --- split, reassign, pledge status -----------------------------------------------------


def test_split_meeting_through_admin(curator_client):
    meeting = f.MeetingFactory()
    first, second = f.MeetingReleaseFactory(meeting=meeting), f.MeetingReleaseFactory(
        meeting=meeting
    )
    f.ParticipationFactory(meeting=meeting, release=second.release)
    response = curator_client.post(
        changelist(m.Meeting), {"action": "split_selected", "_selected_action": [meeting.pk]}
    )
    split_url = reverse("admin:diplomacy_meeting_split", args=[meeting.pk])
    assert response["Location"] == split_url
    page = curator_client.get(split_url)
    assert [link.release_id for link in page.context["links"]] == [
        first.release_id, second.release_id
    ]
    response = curator_client.post(split_url, {"release": second.release_id})
    new = m.Meeting.objects.exclude(pk=meeting.pk).get()
    assert response["Location"] == reverse("admin:diplomacy_meeting_change", args=[new.pk])
    assert list(new.releases.all()) == [second.release]
    assert new.participations.count() == 1


def test_reassign_action_and_form(curator_client):
    wrong, right = f.PersonFactory(), f.PersonFactory()
    participations = f.ParticipationFactory.create_batch(2, person=wrong)
    response = curator_client.post(
        changelist(m.Participation),
        {"action": "reassign_selected", "_selected_action": [p.pk for p in participations]},
    )
    url = response["Location"]
    assert url.startswith(reverse("admin:diplomacy_participation_reassign"))
    assert curator_client.get(url).status_code == 200
    ids = ",".join(str(p.pk) for p in participations)
    response = curator_client.post(url, {"ids": ids, "person": right.pk})
    assert response.status_code == 302
    for participation in participations:
        participation.refresh_from_db()
        assert participation.person == right
        assert participation.edited_fields == ["person"]


def pledge_form_data(pledge, **changes):
    data = {
        "text": pledge.text,
        "kind": pledge.kind,
        "actor": pledge.actor,
        "actor_country": pledge.actor_country.code,
        "actor_organization": "",
        "amount": "",
        "currency": "",
        "target_date": "",
        "target_date_precision": "",
        "meeting": "",
        "release": pledge.release_id,
        "extraction_key": pledge.extraction_key,
        "firmness": pledge.firmness,
        "fulfilment": pledge.fulfilment,
        "review_status": pledge.review_status,
        "status_changed_on": "",
        "status_note": "",
        "status_source_url": "",
        "status_changes-TOTAL_FORMS": "0",
        "status_changes-INITIAL_FORMS": "0",
        "evidence-TOTAL_FORMS": "0",
        "evidence-INITIAL_FORMS": "0",
    }
    data.update(changes)
    return data


def test_pledge_change_form_records_status_change(curator_client, curator):
    pledge = f.PledgeFactory()
    url = reverse("admin:diplomacy_pledge_change", args=[pledge.pk])
    response = curator_client.post(
        url,
        pledge_form_data(
            pledge,
            fulfilment="stalled",
            actor="ROK",
            status_changed_on="2019-05-02",
            status_note="No funds in the 2019 budget",
            status_source_url="https://example.org/budget",
        ),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    pledge.refresh_from_db()
    assert (pledge.actor, pledge.fulfilment) == ("ROK", "stalled")
    assert pledge.edited_fields == ["actor", "firmness", "fulfilment"]
    assert list(
        pledge.status_changes.values_list("changed_on", "fulfilment", "note", "changed_by")
    ) == [(dt.date(2019, 5, 2), "stalled", "No funds in the 2019 budget", curator.pk)]


def test_pledge_change_form_without_status_change_writes_no_status_row(curator_client):
    pledge = f.PledgeFactory()
    url = reverse("admin:diplomacy_pledge_change", args=[pledge.pk])
    response = curator_client.post(url, pledge_form_data(pledge, actor="ROK"))
    assert response.status_code == 302
    assert pledge.status_changes.count() == 0


# --- duplicates page --------------------------------------------------------------------


def test_duplicates_page_lists_and_dismiss_hides_pair(curator_client, curator):
    a, b = f.PersonFactory(name="Kang Kyung-wha"), f.PersonFactory(name="Kang Kyungwha")
    url = reverse("admin:curation_duplicates")
    response = curator_client.get(url)
    people = response.context["sections"][0][2]
    assert [(p.first, p.second) for p in people] == [(a, b)]
    assert f"{reverse('admin:diplomacy_person_merge')}?ids={a.pk},{b.pk}" in (
        response.content.decode()
    )
    response = curator_client.post(url, {"kind": "person", "first": b.pk, "second": a.pk})
    assert response.status_code == 302
    decision = m.NotSamePerson.objects.get()
    assert (decision.first_id, decision.second_id, decision.decided_by) == (a.pk, b.pk, curator)
    assert curator_client.get(url).context["sections"][0][2] == []


def test_admin_index_links_curation_pages(curator_client):
    page = curator_client.get(reverse("admin:index")).content.decode()
    assert reverse("admin:curation_review") in page
    assert reverse("admin:curation_duplicates") in page


# --- history ----------------------------------------------------------------------------


def test_history_page_shows_changed_fields_old_and_new(curator_client, curator):
    a = f.PersonFactory(name="Kang Kyung-wha")
    b = f.PersonFactory(name="Kang Kyungwha", country="")
    curator_client.post(
        reverse("admin:diplomacy_person_merge"), {"ids": f"{a.pk},{b.pk}", "keep": b.pk}
    )
    response = curator_client.get(reverse("admin:diplomacy_person_history", args=[b.pk]))
    page = response.content.decode()
    assert "<strong>Country:</strong>" in page
    assert "&nbsp;&rarr;&nbsp;&nbsp;KR" in page  # old (blank) → new value
    assert f"merged #{a.pk} Kang Kyung-wha into this record" in page
    assert response.context["page_obj"][0].history_user == curator


# --- viewers ----------------------------------------------------------------------------


def test_viewer_is_not_offered_curation_actions(viewer_client):
    for model, action in [
        (m.Person, "merge_selected"),
        (m.Organization, "merge_selected"),
        (m.Meeting, "split_selected"),
        (m.Participation, "reassign_selected"),
        (m.Meeting, "mark_verified"),
    ]:
        response = viewer_client.get(changelist(model))
        assert response.status_code == 200
        actions = response.context["action_form"].fields["action"].choices if response.context[
            "action_form"
        ] else []
        assert action not in [name for name, _ in actions]


def test_viewer_gets_403_on_curation_views(viewer_client):
    a, b = f.PersonFactory(), f.PersonFactory()
    link = f.MeetingReleaseFactory()
    participation = f.ParticipationFactory()
    merge = reverse("admin:diplomacy_person_merge")
    assert viewer_client.get(f"{merge}?ids={a.pk},{b.pk}").status_code == 403
    assert viewer_client.post(merge, {"ids": f"{a.pk},{b.pk}", "keep": a.pk}).status_code == 403
    split = reverse("admin:diplomacy_meeting_split", args=[link.meeting_id])
    assert viewer_client.post(split, {"release": link.release_id}).status_code == 403
    reassign = reverse("admin:diplomacy_participation_reassign")
    response = viewer_client.post(reassign, {"ids": str(participation.pk), "person": a.pk})
    assert response.status_code == 403
    duplicates = reverse("admin:curation_duplicates")
    response = viewer_client.post(duplicates, {"kind": "person", "first": a.pk, "second": b.pk})
    assert response.status_code == 403
    assert m.Person.objects.count() == 3
    assert m.NotSamePerson.objects.count() == 0
    assert m.Meeting.objects.count() == 2
    participation.refresh_from_db()
    assert participation.person != a
