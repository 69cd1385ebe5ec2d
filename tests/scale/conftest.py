"""Scale tests: ``@pytest.mark.postgres`` tests skip on SQLite, unless REQUIRE_POSTGRES=1 (CI)
turns the skip into a failure."""

import os

import pytest


def require_postgres() -> None:
    """Skip (or, with REQUIRE_POSTGRES=1, fail) when the test database is not PostgreSQL."""
    from django.db import connection

    if connection.vendor == "postgresql":
        return
    if os.environ.get("REQUIRE_POSTGRES") == "1":
        pytest.fail("needs PostgreSQL, but the tests run on SQLite (REQUIRE_POSTGRES=1)")
    pytest.skip("needs PostgreSQL (set DATABASE_URL=postgres://…)")


@pytest.fixture(autouse=True)
def _postgres_marker(request):
    if request.node.get_closest_marker("postgres") is not None:
        require_postgres()
