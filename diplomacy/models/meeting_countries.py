"""The (meeting, country) pairs behind "countries met most" and the meetings' country filter.

A meeting is *with* a country when it was held there, or when the person or the organization
of one of its participations is from there (``Meeting.with_country``). Counting those pairs
from their three sources took a UNION over every meeting and participation (~1 s at 100,000
meetings). ``MeetingCountry`` stores them (the meetings' country filter reads it), and
``CountryMeetingCount`` their number per country, moved by the same statements, so the
dashboard reads one row per country: counting the pairs (a GROUP BY) still cost 70–90 ms at
100,000 meetings, growing with them.

Both tables are derived: nothing edits them, and they are kept equal to their sources on every
write:

- single-row ORM saves and deletes (the admin, its inlines, the curation functions, the
  gazetteer) through the signal receivers below: a meeting's country, a participation's
  meeting, person or organization, a person's or organization's country;
- the loader, which writes in bulk without signals, calls ``refresh_meeting_countries`` for
  what each file touched; inside its batch (``deferred_refresh``) the calls are collected and
  run once before the batch commits;
- a meeting's pairs go with it (``on_delete=CASCADE``; its ``pre_delete`` receiver takes them
  off the counts); deleting releases refreshes their meetings once (``Release.delete`` and
  ``ReleaseQuerySet.delete``);
- ``rebuild_all`` (``manage.py refresh_meeting_countries``) recomputes both tables, for
  repair after writes that bypass the app (raw SQL, ``loaddata``: ``restore_data`` runs it).

A refresh is a few statements whatever the number of meetings (per chunk of ``CHUNK`` ids):
delete the pairs no source holds any more and insert the missing ones (both ``RETURNING``
their countries: SQLite 3.35+), then one upsert of the changed countries' counts. Writers
that use ``QuerySet.update()`` or ``bulk_create()`` on those columns must call
``refresh_meeting_countries`` themselves (tests/test_meeting_countries.py checks each path).
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterable
from contextlib import contextmanager

from django.db import connection, models, transaction
from django.db.models.constants import OnConflict
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from django.dispatch import receiver

from .meetings import CountryMeetingCount, Meeting, MeetingCountry, Participation
from .organizations import Organization
from .people import Person

REFRESH_LOCK_KEY = 0x0D1B11  # PostgreSQL: one refreshing transaction at a time (see _locked)
CHUNK = 500  # meeting ids per pair of statements
REBUILD_STEP = 20_000  # meeting ids per step of a rebuild

# The pairs of the meetings in {scope} (a condition on a meeting id column), as
# (meeting_id, country) rows; three index-served parts, de-duplicated by the UNION.
PAIRS = """
    SELECT m.id AS meeting_id, m.country AS country FROM {meeting} m
     WHERE m.country <> '' AND {scope_m}
    UNION
    SELECT p.meeting_id, x.country FROM {participation} p JOIN {person} x ON x.id = p.person_id
     WHERE x.country <> '' AND {scope_p}
    UNION
    SELECT p.meeting_id, o.country FROM {participation} p
      JOIN {organization} o ON o.id = p.organization_id
     WHERE o.country <> '' AND {scope_p}
"""

# Stored pairs of the meetings in scope that no source holds any more.
DELETE_STALE = """
    DELETE FROM {table} WHERE {scope_t}
       AND NOT EXISTS (SELECT 1 FROM {meeting} m
                        WHERE m.id = {table}.meeting_id AND m.country = {table}.country)
       AND NOT EXISTS (SELECT 1 FROM {participation} p JOIN {person} x ON x.id = p.person_id
                        WHERE p.meeting_id = {table}.meeting_id AND x.country = {table}.country)
       AND NOT EXISTS (SELECT 1 FROM {participation} p
                         JOIN {organization} o ON o.id = p.organization_id
                        WHERE p.meeting_id = {table}.meeting_id AND o.country = {table}.country)
"""

# Pairs of the meetings in scope that are not stored yet (a concurrent writer's rows are
# skipped by the conflict clause).
INSERT_MISSING = """
    {insert} {table} (meeting_id, country)
    SELECT pairs.meeting_id, pairs.country FROM ({pairs}) pairs
     WHERE NOT EXISTS (SELECT 1 FROM {table} t
                        WHERE t.meeting_id = pairs.meeting_id AND t.country = pairs.country)
    {conflict}
"""


def _tables() -> dict[str, str]:
    quote = connection.ops.quote_name
    return {
        "table": quote(MeetingCountry._meta.db_table),
        "meeting": quote(Meeting._meta.db_table),
        "participation": quote(Participation._meta.db_table),
        "person": quote(Person._meta.db_table),
        "organization": quote(Organization._meta.db_table),
    }


def _run(scope: str, params: list, *, insert: bool = True, count: bool = True) -> None:
    """Delete the stale and insert the missing pairs of the meetings whose id satisfies
    ``scope`` (SQL with ``{col}`` for the id column and its ``params``), and move the
    countries' counts by the pairs deleted and inserted (both statements return their
    countries; SQLite 3.35+ and PostgreSQL)."""
    names = _tables()
    stale = DELETE_STALE.format(
        scope_t=scope.format(col=f"{names['table']}.meeting_id"), **names
    ) + " RETURNING country"
    deltas: Counter[str] = Counter()
    with connection.cursor() as cursor:
        cursor.execute(stale, params)  # noqa: S608 (quoted names and placeholders only)
        deltas.subtract(code for (code,) in cursor.fetchall())
        if insert:
            _insert_missing(cursor, scope, params, names, deltas)
        if count:
            _add_to_counts(cursor, deltas)


def _insert_missing(cursor, scope: str, params: list, names: dict, deltas: Counter) -> None:
    pairs = PAIRS.format(
        scope_m=scope.format(col="m.id"), scope_p=scope.format(col="p.meeting_id"), **names
    )
    ops = connection.ops
    conflict = ops.on_conflict_suffix_sql(
        [MeetingCountry._meta.get_field("meeting"), MeetingCountry._meta.get_field("country")],
        OnConflict.IGNORE, None, None,
    )
    cursor.execute(
        INSERT_MISSING.format(
            insert=ops.insert_statement(on_conflict=OnConflict.IGNORE),
            table=names["table"], pairs=pairs, conflict=conflict or "",
        ) + " RETURNING country",
        params * 3,
    )
    deltas.update(code for (code,) in cursor.fetchall())


def _add_to_counts(cursor, deltas: Counter) -> None:
    """Add each country's change in pairs to its ``CountryMeetingCount`` row (one upsert)."""
    changes = sorted((code, n) for code, n in deltas.items() if n)
    if not changes:
        return
    counts = connection.ops.quote_name(CountryMeetingCount._meta.db_table)
    cursor.execute(
        ADD_TO_COUNTS.format(counts=counts, rows=", ".join(["(%s, %s)"] * len(changes))),
        [value for change in changes for value in change],
    )
    fewer = [code for code, n in changes if n < 0]
    if fewer:  # a country in no meeting any more has no row
        marks = ", ".join(["%s"] * len(fewer))
        cursor.execute(DROP_ZERO_COUNTS.format(counts=counts, codes=marks), fewer)


@contextmanager
def _locked():
    """A transaction holding, on PostgreSQL, a transaction-level advisory lock that every
    refresh takes. Two transactions that change the sources of the same meeting (say, a load
    adding a participation and a curator changing that person's country) would otherwise each
    compute its pairs without the other's uncommitted change; with the lock, the second one's
    statements run after the first has committed and see both. Held to the end of the
    transaction; the loader takes it only as its batch commits."""
    with transaction.atomic(savepoint=False):  # inside the caller's, when there is one
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", [REFRESH_LOCK_KEY])
        yield


# Each country's change in pairs, added to its count (a new country gets its row).
ADD_TO_COUNTS = """
    INSERT INTO {counts} (country, meetings) VALUES {rows}
    ON CONFLICT (country) DO UPDATE SET meetings = {counts}.meetings + excluded.meetings
"""

# A meeting about to be deleted: its pairs leave the counts.
UNCOUNT_MEETING = """
    UPDATE {counts} SET meetings = meetings - 1
     WHERE country IN (SELECT country FROM {table} WHERE meeting_id = %s)
"""

DROP_ZERO_COUNTS = "DELETE FROM {counts} WHERE meetings <= 0 AND country IN ({codes})"

# rebuild_all: the counts from the pairs
COUNT_ALL = "DELETE FROM {counts}"
RECOUNT = """
    INSERT INTO {counts} (country, meetings)
    SELECT country, COUNT(*) FROM {table} GROUP BY country
"""


def _scopes(meeting_ids: Iterable[int], person_ids: Iterable[int],
            organization_ids: Iterable[int]):
    """(scope SQL with ``{col}``, params) for chunks of the given meeting ids, and of the
    ids of the people and organizations whose meetings are meant."""
    participation = connection.ops.quote_name(Participation._meta.db_table)
    # quoted table name and placeholders only
    of_people = "{col} IN (SELECT meeting_id FROM " + participation + " WHERE person_id IN "  # noqa: S608
    of_orgs = "{col} IN (SELECT meeting_id FROM " + participation + " WHERE organization_id IN "  # noqa: S608
    for ids, head, tail in (
        (meeting_ids, "{col} IN (", ")"),
        (person_ids, of_people + "(", "))"),
        (organization_ids, of_orgs + "(", "))"),
    ):
        ids = sorted({int(pk) for pk in ids if pk is not None})
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start:start + CHUNK]
            yield head + ", ".join(["%s"] * len(chunk)) + tail, chunk


class _Pending(threading.local):
    def __init__(self):
        self.batch: dict[str, set[int]] | None = None


_pending = _Pending()


def refresh_meeting_countries(meeting_ids: Iterable[int] = (), *, person_ids: Iterable[int] = (),
                              organization_ids: Iterable[int] = ()) -> None:
    """Recompute the pairs of these meetings (and of every meeting of these people and
    organizations, whose country changed): two statements per ``CHUNK`` ids of each kind.
    Inside ``deferred_refresh`` the ids are collected and refreshed when it ends. Run it in
    the transaction that made the change."""
    batch = _pending.batch
    if batch is not None:
        batch["meeting"].update(meeting_ids)
        batch["person"].update(person_ids)
        batch["organization"].update(organization_ids)
        return
    scopes = list(_scopes(meeting_ids, person_ids, organization_ids))
    if scopes:
        with _locked():
            for scope, params in scopes:
                _run(scope, params)


def _drop_stale(meeting_ids: Iterable[int]) -> None:
    """After participations were deleted: a deletion only ever removes pairs. (A full refresh
    here could re-insert the pairs of a meeting that is being deleted, after its own pairs
    were removed, while its participations go first.)"""
    batch = _pending.batch
    if batch is not None:
        batch["meeting"].update(meeting_ids)
        return
    scopes = list(_scopes(meeting_ids, (), ()))
    if scopes:
        with _locked():
            for scope, params in scopes:
                _run(scope, params, insert=False)


class deferred_refresh:  # noqa: N801 (used like a function: ``with deferred_refresh():``)
    """Collect the refreshes asked for inside it and run them once at its end (not when it
    ends with an exception: the caller's transaction is rolled back). Use it inside the
    transaction of the writes (the loader's batch, a merge, a delete); nested, it joins the
    outer one."""

    def __enter__(self):
        self.outer = _pending.batch is not None
        if not self.outer:
            _pending.batch = {"meeting": set(), "person": set(), "organization": set()}
        return self

    def __exit__(self, exc_type, exc, tb):
        if self.outer:
            return
        batch, _pending.batch = _pending.batch, None
        if exc_type is None:
            refresh_meeting_countries(
                batch["meeting"], person_ids=batch["person"],
                organization_ids=batch["organization"],
            )


def rebuild_all() -> int:
    """Recompute every pair (repair), in steps of ``REBUILD_STEP`` meeting ids, then every
    country's count, in one transaction; returns the number of pairs."""
    names = _tables()
    with _locked():
        with connection.cursor() as cursor:
            gone = "DELETE FROM {table} WHERE meeting_id NOT IN (SELECT id FROM {meeting})"
            cursor.execute(gone.format(**names))
            cursor.execute(f"SELECT MIN(id), MAX(id) FROM {names['meeting']}")  # noqa: S608
            low, high = cursor.fetchone()
        if low is not None:
            for start in range(low, high + 1, REBUILD_STEP):
                _run("{col} BETWEEN %s AND %s", [start, start + REBUILD_STEP - 1], count=False)
        with connection.cursor() as cursor:
            cursor.execute(COUNT_ALL.format(**names, counts=connection.ops.quote_name(
                CountryMeetingCount._meta.db_table)))
            cursor.execute(RECOUNT.format(**names, counts=connection.ops.quote_name(
                CountryMeetingCount._meta.db_table)))
        return MeetingCountry.objects.count()


# --- keeping it in step with single-row saves and deletes --------------------------------------


def _touches(update_fields, names) -> bool:
    return update_fields is None or not set(names).isdisjoint(update_fields)


@receiver(post_save, sender=Meeting, dispatch_uid="meeting_countries_meeting_saved")
def _meeting_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if not raw and _touches(update_fields, ["country"]):
        refresh_meeting_countries([instance.pk])


@receiver(pre_delete, sender=Meeting, dispatch_uid="meeting_countries_meeting_deleting")
def _meeting_deleting(sender, instance, **kwargs):
    """Its pairs go with it (CASCADE, deleted in bulk after this signal): take them off the
    countries' counts first."""
    names = _tables()
    counts = connection.ops.quote_name(CountryMeetingCount._meta.db_table)
    its_countries = "SELECT country FROM " + names["table"] + " WHERE meeting_id = %s"  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(UNCOUNT_MEETING.format(counts=counts, **names), [instance.pk])
        cursor.execute(DROP_ZERO_COUNTS.format(counts=counts, codes=its_countries), [instance.pk])


@receiver(pre_save, sender=Participation, dispatch_uid="meeting_countries_participation_saving")
def _participation_saving(sender, instance, raw=False, **kwargs):
    """The meeting the row is in before this save (it may be moving to another one): as read
    with the row (``Participation.from_db``), else read now."""
    if raw or instance.pk is None:
        instance._meeting_before_save = None
    elif "meeting_id" in getattr(instance, "_loaded_values", {}):
        instance._meeting_before_save = instance._loaded_values["meeting_id"]
    else:
        instance._meeting_before_save = (
            Participation.objects.filter(pk=instance.pk).values_list("meeting_id", flat=True)
            .first()
        )


@receiver(post_save, sender=Participation, dispatch_uid="meeting_countries_participation_saved")
def _participation_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or not _touches(update_fields, ["meeting", "person", "organization"]):
        return
    # the meeting it left (if it moved) may lose pairs; the one it is in may gain some
    refresh_meeting_countries({instance.meeting_id, instance._meeting_before_save})
    instance._loaded_values = {"meeting_id": instance.meeting_id}


@receiver(post_delete, sender=Participation, dispatch_uid="meeting_countries_participation_gone")
def _participation_deleted(sender, instance, origin=None, **kwargs):
    if isinstance(origin, Meeting) or (
        isinstance(origin, models.QuerySet) and origin.model is Meeting
    ):
        return  # its meeting is being deleted, and its pairs with it
    _drop_stale([instance.meeting_id])


@receiver(post_save, sender=Person, dispatch_uid="meeting_countries_person_saved")
@receiver(post_save, sender=Organization, dispatch_uid="meeting_countries_organization_saved")
def _country_owner_saved(sender, instance, created, raw=False, update_fields=None, **kwargs):
    # a new person or organization has no participations yet
    if raw or created or not _touches(update_fields, ["country"]):
        return
    if sender is Person:
        refresh_meeting_countries(person_ids=[instance.pk])
    else:
        refresh_meeting_countries(organization_ids=[instance.pk])
