"""CI runs the suite on SQLite and on PostgreSQL; this makes a silent fallback impossible."""

import os

import pytest
from django.db import connection


@pytest.mark.django_db
def test_database_is_the_one_asked_for():
    wants_postgres = os.environ.get("REQUIRE_POSTGRES") == "1" or os.environ.get(
        "DATABASE_URL", ""
    ).startswith("postgres")
    assert connection.vendor == ("postgresql" if wants_postgres else "sqlite")


def test_ensure_staff_prints_generated_password_once(db):
    from io import StringIO

    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    out = StringIO()
    call_command("ensure_staff", stdout=out)
    text = out.getvalue()
    password = text.split("password: ")[1].split()[0]
    user = get_user_model().objects.get(username="staff")
    assert user.is_superuser and user.is_staff
    assert user.check_password(password)
    assert len(password) >= 16
    again = StringIO()
    call_command("ensure_staff", stdout=again)
    assert "password:" not in again.getvalue()
    assert "changepassword staff" in again.getvalue()
