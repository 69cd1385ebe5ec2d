"""Every page needs a staff login; viewers read but get no edit links."""

import pytest
from django.urls import reverse

from tests import factories as f

pytestmark = pytest.mark.django_db

NAMES = ["release", "meeting", "person", "organization", "pledge"]


@pytest.fixture
def urls(build_meeting):
    meeting = build_meeting()
    release = meeting.releases.get()
    person = meeting.participations.first().person
    org = f.OrganizationFactory()
    pledge = f.PledgeFactory(release=release)
    objs = dict(release=release, meeting=meeting, person=person, organization=org, pledge=pledge)
    out = [
        reverse("dashboard"),
        reverse("autocomplete-people"),
        reverse("autocomplete-organizations"),
    ]
    for name in NAMES:
        out += [
            reverse(f"{name}-list"),
            reverse(f"{name}-export"),
            reverse(f"{name}-detail", args=[objs[name].pk]),
        ]
    return out, objs


def test_pages_anonymous_redirect_to_login(client, urls):
    for url in urls[0]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"] == f"{reverse('login')}?next={url}"


def test_pages_non_staff_get_403(client, django_user_model, urls):
    user = django_user_model.objects.create_user(username="public", password="x-pass-12345")
    client.force_login(user)
    for url in urls[0]:
        assert client.get(url).status_code == 403, url


def test_pages_viewer_sees_every_page_without_edit_links(viewer_client, urls):
    for url in urls[0]:
        response = viewer_client.get(url)
        assert response.status_code == 200, url
        assert b"Edit in the admin" not in b"".join(
            response.streaming_content if response.streaming else [response.content]
        )


@pytest.mark.parametrize("name", NAMES)
def test_detail_curator_gets_admin_change_link(curator_client, urls, name):
    obj = urls[1][name]
    response = curator_client.get(reverse(f"{name}-detail", args=[obj.pk]))
    admin_url = reverse(f"admin:diplomacy_{name}_change", args=[obj.pk])
    assert response.context["admin_url"] == admin_url
    assert f'<a class="button" href="{admin_url}">Edit in the admin</a>' in response.text


def test_header_has_logout_post_form_with_csrf_and_password_link(viewer_client):
    html = viewer_client.get(reverse("dashboard")).text
    assert f'<form method="post" action="{reverse("logout")}">' in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert f'href="{reverse("password_change")}"' in html


def test_logout_by_post_signs_out(viewer_client):
    response = viewer_client.post(reverse("logout"))
    assert response.status_code == 302
    assert viewer_client.get(reverse("dashboard")).status_code == 302


def test_pages_send_csp_and_no_inline_script(viewer_client):
    response = viewer_client.get(reverse("meeting-list"))
    assert response["Content-Security-Policy"].startswith("default-src 'self'")
    html = response.text
    assert html.count("<script") == 1
    assert '<script src="/static/diplomacy/autocomplete.js" defer></script>' in html
    assert " onclick=" not in html and " onchange=" not in html


def test_static_files_are_served(viewer_client):
    for path in ("/static/diplomacy/site.css", "/static/diplomacy/autocomplete.js"):
        response = viewer_client.get(path)
        assert response.status_code == 200
        body = b"".join(response.streaming_content)
        assert len(body) > 500
