"""Reading every list from the same state of the database."""

from contextlib import contextmanager

from django.db import connection, transaction


@contextmanager
def consistent_snapshot():
    """On PostgreSQL, read the whole export in one REPEATABLE READ transaction so that a load
    running at the same time cannot leave a release pointing at a meeting that the export did
    not see. On SQLite a read transaction would block writers for the whole export, so the
    export reads without one (run it when no load is running). Inside an existing transaction
    (tests, callers that already hold one) nothing changes."""
    if connection.vendor != "postgresql" or connection.in_atomic_block:
        yield
        return
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        yield
