"""Access rules checked against every URL the project serves, and the production settings."""

import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from tests import factories as f

ROOT = Path(__file__).resolve().parent.parent
PUBLIC = {"login", "admin:login", "password_reset", "logout", "admin:logout"}
# a signed-in user may change their own password, staff or not
OWN_ACCOUNT = {"password_change", "password_change_done"}
SAMPLE_ARGS = {"pk": "1", "object_id": "1", "app_label": "diplomacy", "history_id": "1"}


def walk(patterns=None, prefix="", namespace=""):
    """Every (route, name) the URL configuration serves, with sample arguments filled in."""
    if patterns is None:
        patterns = get_resolver().url_patterns
    for entry in patterns:
        if isinstance(entry, URLResolver):
            ns = entry.namespace or namespace
            yield from walk(entry.url_patterns, prefix + str(entry.pattern), ns)
        elif isinstance(entry, URLPattern):
            route = prefix + str(entry.pattern)
            name = f"{namespace}:{entry.name}" if namespace and entry.name else entry.name
            yield route, name


def concrete(route: str) -> str | None:
    """A URL for a route: <int:pk>-style converters get sample values; regex routes used by
    the admin (^…$) are turned into paths; routes with other groups are skipped."""
    route = route.replace("^", "").replace("$", "").replace("\\Z", "")

    def fill(match):
        name = match.group(1).split(":")[-1]
        return SAMPLE_ARGS.get(name, "1")

    route = re.sub(r"<([^>]+)>", fill, route)
    route = re.sub(r"\(\?P<(\w+)>[^)]*\)", lambda m: SAMPLE_ARGS.get(m.group(1), "1"), route)
    if "(" in route or "\\" in route or "*" in route:
        return None
    return "/" + route


ALL_URLS = sorted(
    {(url, name) for route, name in walk() if (url := concrete(route)) and name not in PUBLIC},
    key=lambda item: item[0],
)


def test_url_walk_finds_the_pages():
    names = {name for _, name in ALL_URLS}
    assert {"dashboard", "release-detail", "admin:index"} <= names
    assert len(ALL_URLS) > 50


@pytest.mark.django_db
@pytest.mark.parametrize(("url", "name"), ALL_URLS)
def test_anonymous_is_sent_to_login_everywhere(client, url, name):
    response = client.get(url)
    assert response.status_code in (302, 404), (url, response.status_code)
    if response.status_code == 302:
        assert "login" in response["Location"], (url, response["Location"])


@pytest.mark.django_db
@pytest.mark.parametrize(("url", "name"), ALL_URLS)
def test_non_staff_user_gets_nothing(client, django_user_model, url, name):
    user = django_user_model.objects.create_user(username="outsider", password="x-123-yz")
    client.force_login(user)
    response = client.get(url)
    if name in OWN_ACCOUNT:
        assert response.status_code == 200
    elif url.startswith("/admin/"):
        # the admin sends non-staff users to its login page
        assert response.status_code in (302, 404), (url, response.status_code)
        if response.status_code == 302:
            assert "login" in response["Location"]
    else:
        assert response.status_code in (403, 404), (url, response.status_code)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "name"), [(u, n) for u, n in ALL_URLS if n and n.startswith("admin:diplomacy_")]
)
def test_viewer_cannot_change_anything_in_the_admin(viewer_client, url, name):
    f.MeetingFactory()
    if name.endswith(("_add", "_delete", "_change")):
        response = viewer_client.post(url, {})
        assert response.status_code in (403, 404), (url, response.status_code)


@pytest.mark.django_db
def test_viewer_post_to_change_page_is_refused(viewer_client):
    meeting = f.MeetingFactory(city="Moscow")
    response = viewer_client.post(
        f"/admin/diplomacy/meeting/{meeting.pk}/change/", {"city": "Paris"}
    )
    assert response.status_code == 403
    meeting.refresh_from_db()
    assert meeting.city == "Moscow"


def production_env(**extra):
    env = {
        "PATH": os.environ["PATH"],
        "HOME": os.environ.get("HOME", "/tmp"),
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "diplomacy.example.org",
    }
    env.update(extra)
    return env


def test_production_settings_pass_check_deploy():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT, env=production_env(), capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_production_refuses_to_start_without_secret_key():
    env = production_env()
    del env["SECRET_KEY"]
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is off" in result.stderr


def test_schema_only_commands_run_without_secret_key():
    """makemigrations --check never signs anything, so it works on a production-like env."""
    env = production_env()
    del env["SECRET_KEY"]
    result = subprocess.run(
        [sys.executable, "manage.py", "makemigrations", "--check", "--dry-run"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No changes detected" in result.stdout


def test_bad_boolean_setting_fails_loudly():
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT, env=production_env(DEBUG="maybe"), capture_output=True, text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "DEBUG='maybe' is not a boolean" in result.stderr


@pytest.mark.django_db
def test_pages_send_security_headers(curator_client):
    response = curator_client.get("/")
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.django_db
def test_login_is_throttled_after_repeated_failures(client, django_user_model):
    django_user_model.objects.create_user(username="clerk", password="right-pass-123",
                                          is_staff=True)
    for _ in range(4):
        response = client.post("/accounts/login/", {"username": "clerk", "password": "wrong"})
        assert response.status_code == 200
    # the fifth failure locks the username from this address
    fifth = client.post("/accounts/login/", {"username": "clerk", "password": "wrong"})
    assert fifth.status_code == 429
    locked = client.post("/accounts/login/", {"username": "clerk", "password": "right-pass-123"})
    assert locked.status_code == 429
    assert "_auth_user_id" not in client.session
