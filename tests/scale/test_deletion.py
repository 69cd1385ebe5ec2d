"""Deleting records: a release's meetings stay (with no release) and pages still render; a
person or organization others point to cannot be deleted (PROTECT) and the admin says so."""

import pytest
from django.urls import reverse

from diplomacy import models as m
from tests.factories import (
    MeetingFactory,
    MeetingReleaseFactory,
    OrganizationFactory,
    PersonFactory,
    ReleaseFactory,
)

pytestmark = pytest.mark.django_db


def test_release_delete_keeps_its_meetings_and_pages_render(admin_client_):
    link = MeetingReleaseFactory()
    meeting, release = link.meeting, link.release
    person = PersonFactory()
    m.Participation.objects.create(meeting=meeting, release=release, person=person,
                                   name_as_written=person.name, role="counterpart")
    m.Participation.objects.create(meeting=meeting, release=None, name_as_written="Staff added",
                                   role="attendee")
    m.Pledge.objects.create(release=release, meeting=meeting, text="Will cooperate.",
                            kind="commitment", actor="ROK")

    release.delete()

    meeting.refresh_from_db()
    # what the release said goes with it: its links, participations, pledges, evidence…
    assert list(meeting.release_links.all()) == []
    assert list(meeting.participations.values_list("name_as_written", flat=True)) == [
        "Staff added"]
    assert m.Pledge.objects.count() == 0
    # …the meeting itself stays (a curator may have worked on it) and every page shows it
    for url in (reverse("meeting-list"), reverse("meeting-detail", args=[meeting.pk]),
                reverse("person-detail", args=[person.pk]), reverse("release-list"),
                reverse("admin:diplomacy_meeting_changelist"),
                reverse("admin:diplomacy_meeting_change", args=[meeting.pk])):
        response = admin_client_.get(url)
        assert response.status_code == 200, url
    assert meeting.title in admin_client_.get(reverse("meeting-list")).content.decode()


@pytest.mark.parametrize("kind", ["person", "organization"])
def test_admin_refuses_to_delete_a_referenced_record(admin_client_, kind):
    meeting = MeetingFactory()
    organization = OrganizationFactory()
    person = PersonFactory()
    m.Participation.objects.create(meeting=meeting, person=person, organization=organization,
                                   name_as_written=person.name, role="counterpart")
    target = person if kind == "person" else organization
    url = reverse(f"admin:diplomacy_{kind}_delete", args=[target.pk])

    page = admin_client_.get(url).content.decode()
    assert f"Cannot delete {target._meta.verbose_name}" in page
    assert "would require deleting the following protected related objects" in page

    response = admin_client_.post(url, {"post": "yes"})
    assert response.status_code == 200  # the same refusal, nothing deleted
    assert f"Cannot delete {target._meta.verbose_name}" in response.content.decode()
    assert type(target).objects.filter(pk=target.pk).exists()


def test_unreferenced_person_can_be_deleted(admin_client_):
    person = PersonFactory()
    response = admin_client_.post(reverse("admin:diplomacy_person_delete", args=[person.pk]),
                                  {"post": "yes"})
    assert response.status_code == 302
    assert not m.Person.objects.filter(pk=person.pk).exists()
    assert ReleaseFactory()  # the database is still usable
