"""Shared fixtures: staff users with and without edit rights, and a way to assert the
database that a test runs on."""

import os

import pytest
from django.contrib.auth.models import Group


@pytest.fixture
def curator(django_user_model):
    user = django_user_model.objects.create_user(
        username="curator", password="curator-pass-123", is_staff=True
    )
    user.groups.add(Group.objects.get(name="curators"))
    return user


@pytest.fixture
def viewer(django_user_model):
    user = django_user_model.objects.create_user(
        username="viewer", password="viewer-pass-123", is_staff=True
    )
    user.groups.add(Group.objects.get(name="viewers"))
    return user


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser(
        username="admin", password="admin-pass-123", email="admin@example.org"
    )


@pytest.fixture
def curator_client(client, curator):
    client.force_login(curator)
    return client


@pytest.fixture
def viewer_client(client, viewer):
    client.force_login(viewer)
    return client


@pytest.fixture
def admin_client_(client, superuser):
    client.force_login(superuser)
    return client


def pytest_report_header(config):
    url = os.environ.get("DATABASE_URL", "")
    return f"database: {'PostgreSQL' if url.startswith('postgres') else 'SQLite'}"
