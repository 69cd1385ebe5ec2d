import pytest
from django.urls import reverse

from tests import factories as f

pytestmark = pytest.mark.django_db


def test_every_page_renders_for_curator(curator_client, build_meeting):
    meeting = build_meeting()
    release = meeting.releases.get()
    person = meeting.participations.first().person
    org = f.PositionFactory(person=person).organization
    pledge = f.PledgeStatusChangeFactory(
        pledge=f.PledgeFactory(release=release, actor_organization=org, meeting=meeting)
    ).pledge
    urls = [reverse("dashboard")]
    for name, obj in [
        ("release", release),
        ("meeting", meeting),
        ("person", person),
        ("organization", org),
        ("pledge", pledge),
    ]:
        urls += [
            reverse(f"{name}-list"),
            reverse(f"{name}-detail", args=[obj.pk]),
            reverse(f"{name}-export"),
        ]
    for url in urls:
        response = curator_client.get(url)
        assert response.status_code == 200, url
        if not url.endswith(".csv"):
            assert b"<script>alert" not in response.content, url
