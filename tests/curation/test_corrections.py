"""reassign_participation, split_meeting, change_pledge_status."""

import datetime as dt

import pytest

from diplomacy import models as m
from diplomacy.curation import CurationRefused
from diplomacy.curation.corrections import (
    change_pledge_status,
    reassign_participation,
    split_meeting,
)
from tests import factories as f

pytestmark = pytest.mark.django_db


def test_reassign_participation_moves_span_evidence_and_marks_person_edited(curator):
    wrong, right = f.PersonFactory(name="Kim Sung-han"), f.PersonFactory(name="Kim Hong-kyun")
    release = f.ReleaseFactory()
    participation = f.ParticipationFactory(
        person=wrong, release=release, name_as_written="Minister Kim"
    )
    f.EvidenceFactory(
        release=release, meeting=None, participation=participation, start=20, end=32
    )
    same_span = f.EvidenceFactory(release=release, meeting=None, person=wrong, start=20, end=32)
    elsewhere = f.EvidenceFactory(release=release, meeting=None, person=wrong, start=35, end=40)

    moved = reassign_participation(participation=participation, person=right, user=curator)

    participation.refresh_from_db()
    assert moved == 1
    assert participation.person == right
    assert participation.edited_fields == ["person"]
    same_span.refresh_from_db()
    elsewhere.refresh_from_db()
    assert (same_span.person, elsewhere.person) == (right, wrong)
    assert participation.evidence.count() == 1
    latest = participation.history.first()
    assert (latest.history_user, latest.person_id) == (curator, right.pk)


def test_reassign_participation_to_same_person_changes_nothing(curator):
    participation = f.ParticipationFactory()
    assert reassign_participation(
        participation=participation, person=participation.person, user=curator
    ) == 0
    assert participation.edited_fields == []


@pytest.fixture
def meeting_in_two_releases():
    meeting = f.MeetingFactory(title="Korea-Japan talks", city="Tokyo", country="JP")
    meeting.organizations.add(f.OrganizationFactory())
    first, second = f.ReleaseFactory(), f.ReleaseFactory()
    f.MeetingReleaseFactory(meeting=meeting, release=first, extraction_key="meeting:1")
    f.MeetingReleaseFactory(meeting=meeting, release=second, extraction_key="meeting:1")
    f.ParticipationFactory.create_batch(2, meeting=meeting, release=first)
    f.ParticipationFactory.create_batch(3, meeting=meeting, release=second)
    f.EvidenceFactory(meeting=meeting, release=first)
    f.EvidenceFactory.create_batch(2, meeting=meeting, release=second)
    f.PledgeFactory(meeting=meeting, release=second)
    f.PledgeFactory(meeting=meeting, release=first)
    return meeting, first, second


def test_split_meeting_moves_release_rows_to_new_meeting(meeting_in_two_releases, curator):
    meeting, first, second = meeting_in_two_releases

    new = split_meeting(meeting=meeting, release=second, user=curator)

    assert new.pk != meeting.pk
    assert (new.title, new.city, new.country.code, new.date) == (
        "Korea-Japan talks", "Tokyo", "JP", meeting.date
    )
    assert list(new.organizations.all()) == list(meeting.organizations.all())
    assert list(new.releases.all()) == [second]
    assert list(meeting.releases.all()) == [first]
    assert new.participations.count() == 3
    assert meeting.participations.count() == 2
    assert new.evidence.count() == 2
    assert meeting.evidence.count() == 1
    assert new.pledges.get().release == second
    assert meeting.pledges.get().release == first
    assert {"title", "date", "city", "country", "kind", "parent"} <= set(new.edited_fields)
    assert "review_status" not in new.edited_fields
    assert all(p.edited_fields == ["meeting"] for p in new.participations.all())
    meeting.refresh_from_db()
    assert meeting.edited_fields == ["releases"]
    assert new.history.get().history_user == curator
    assert meeting.history.first().history_user == curator


def test_split_meeting_refused_for_single_release(curator):
    link = f.MeetingReleaseFactory()
    with pytest.raises(CurationRefused, match="single release"):
        split_meeting(meeting=link.meeting, release=link.release, user=curator)


def test_split_meeting_refused_for_unrelated_release(meeting_in_two_releases, curator):
    meeting, _, _ = meeting_in_two_releases
    with pytest.raises(CurationRefused, match="does not report"):
        split_meeting(meeting=meeting, release=f.ReleaseFactory(), user=curator)
    assert m.Meeting.objects.count() == 1


def test_change_pledge_status_writes_dated_row_and_updates_pledge(curator):
    pledge = f.PledgeFactory()

    change = change_pledge_status(
        pledge=pledge,
        firmness=m.PledgeFirmness.DELIVERED,
        fulfilment=m.PledgeFulfilment.KEPT,
        changed_on=dt.date(2018, 3, 1),
        note="Funds disbursed",
        source_url="https://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=1",
        user=curator,
    )

    pledge.refresh_from_db()
    assert (pledge.firmness, pledge.fulfilment) == ("delivered", "kept")
    assert pledge.edited_fields == ["firmness", "fulfilment"]
    assert list(
        pledge.status_changes.values_list(
            "changed_on", "firmness", "fulfilment", "note", "source_url", "changed_by"
        )
    ) == [
        (
            dt.date(2018, 3, 1), "delivered", "kept", "Funds disbursed",
            "https://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=1", curator.pk,
        )
    ]
    assert change.history.get().history_user == curator
    assert pledge.history.first().history_user == curator


def test_change_pledge_status_refuses_unknown_value(curator):
    pledge = f.PledgeFactory()
    with pytest.raises(CurationRefused, match="Unknown fulfilment"):
        change_pledge_status(
            pledge=pledge, firmness="committed", fulfilment="maybe",
            changed_on=dt.date(2018, 1, 1), user=curator,
        )
    assert pledge.status_changes.count() == 0
