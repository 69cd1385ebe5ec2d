"""Batched writes with their simple-history rows.

The loader writes each table in one statement per file instead of one ``save()`` per row, and
the history rows simple-history's ``post_save`` would have written one by one in one statement
too (same columns and values: ``history_type`` ``+`` for new rows, ``~`` for changed ones).

The statements are built here, once per table and process, from the models' own fields, and
every value goes through the field's ``pre_save`` / ``get_db_prep_save`` as in ``Model.save()``
and ``bulk_create()``. Django's ``bulk_create`` spent about a millisecond per call compiling the
same few INSERTs again for every file, more than SQLite took to run them
(tests/loading/test_writes.py checks that both write the same rows). Other database vendors use
``bulk_create``/``bulk_history_create``.
"""

from __future__ import annotations

from collections import defaultdict

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, IntegrityError, connection, connections, models, transaction
from django.db.models.constants import OnConflict
from django.utils import timezone
from simple_history.utils import get_change_reason_from_object

BATCH = 500
LEAN_VENDORS = ("sqlite", "postgresql")
HISTORY_COLUMNS = {"history_id", "history_date", "history_change_reason", "history_type",
                   "history_user_id"}


# Field classes whose database value is the Python value itself when it has this type (what
# their get_db_prep_save returns for it on SQLite and PostgreSQL); exact classes only.
PLAIN_VALUES = {
    models.CharField: str, models.TextField: str, models.IntegerField: int,
    models.BigIntegerField: int, models.SmallIntegerField: int,
    models.PositiveIntegerField: int, models.PositiveSmallIntegerField: int,
    models.PositiveBigIntegerField: int, models.AutoField: int, models.BigAutoField: int,
    models.FloatField: float, models.BooleanField: bool,
}


def _converter(field, conn):
    """value -> field.get_db_prep_save(value, conn), without the calls for plain values."""
    prep = field.get_db_prep_save
    target = field.target_field if isinstance(field, models.ForeignKey) else field
    plain = PLAIN_VALUES.get(type(target))
    if plain is None:
        return lambda value: prep(value, conn)
    return lambda value: value if value is None or type(value) is plain else prep(value, conn)


def _reader(field):
    """obj -> the value an INSERT writes (``pre_save``: auto_now dates are set here)."""
    if type(field).pre_save is models.Field.pre_save:
        attname = field.attname
        return lambda obj: getattr(obj, attname)
    return lambda obj: field.pre_save(obj, True)


class TablePlan:
    """The columns of one table, the INSERT statement's head and tail, and (for a model with
    history) the plan of its historical table."""

    _plans: dict[type, TablePlan] = {}

    @classmethod
    def of(cls, model) -> TablePlan:
        plan = cls._plans.get(model)
        if plan is None:
            plan = cls._plans[model] = cls(model)
        return plan

    def __init__(self, model):
        opts = model._meta
        self.model = model
        self.pk = opts.pk
        self.auto_pk = self.pk.get_internal_type() in ("AutoField", "BigAutoField",
                                                       "SmallAutoField")
        self.fields = [f for f in opts.concrete_fields if not (f is self.pk and self.auto_pk)]
        self.relations = [f for f in opts.concrete_fields if f.is_relation]
        self.table = opts.db_table
        attribute = getattr(opts, "simple_history_manager_attribute", None)
        self.history_model = getattr(model, attribute).model if attribute else None
        self.history_fields = None
        if self.history_model is not None:
            tracked = {f.attname for f in self.history_model.tracked_fields}
            fields = [f for f in self.history_model._meta.concrete_fields
                      if f.attname != "history_id"]
            if {f.attname for f in fields} - tracked - HISTORY_COLUMNS:
                fields = None  # a historical column we do not know how to fill: use simple-history
            self.history_fields = fields
        self._converters: dict[str, tuple] = {}

    def converters(self, conn) -> tuple[list, list | None]:
        """(reader, converter) pairs of the table's columns; (attname, converter, index of
        the same value in a row of the table or None) of its history table's columns."""
        pair = self._converters.get(conn.vendor)
        if pair is None:
            main = [(_reader(f), _converter(f, conn)) for f in self.fields]
            at = {f.attname: i for i, f in enumerate(self.fields)}
            history = None if self.history_fields is None else [
                (f.attname, _converter(f, conn), at.get(f.attname))
                for f in self.history_fields]
            pair = self._converters[conn.vendor] = (main, history)
        return pair


def _db():
    """The connection object itself (``django.db.connection`` is a proxy that looks the
    connection up again on every attribute access)."""
    return connections[DEFAULT_DB_ALIAS]


_statements: dict[tuple, tuple[str, str, str]] = {}


def _execute_insert(conn, table: str, fields, rows: list[list], *, returning=None,
                    ignore_conflicts=False) -> list:
    """One multi-row INSERT per batch; returns the RETURNING values (if asked)."""
    key = (conn.vendor, table, tuple(f.column for f in fields), returning, ignore_conflicts)
    statement = _statements.get(key)
    if statement is None:
        ops, quote = conn.ops, conn.ops.quote_name
        head = ops.insert_statement(on_conflict=OnConflict.IGNORE if ignore_conflicts else None)
        head = f"{head} {quote(table)} ({', '.join(quote(f.column) for f in fields)}) VALUES "
        tail = ""
        if ignore_conflicts:
            tail = " " + (ops.on_conflict_suffix_sql(fields, OnConflict.IGNORE, None, None)
                          or "")
        if returning is not None:
            tail += f" RETURNING {quote(returning.column)}"
        one = "(" + ", ".join(["%s"] * len(fields)) + ")"
        statement = _statements[key] = (head, one, tail)
    head, one, tail = statement
    returned = []
    if returning is None and conn.vendor == "sqlite" and len(rows) > 1:
        # one prepared statement stepped per row: cheaper than a long VALUES list to build,
        # convert (Django rewrites every %s of it) and parse
        with conn.cursor() as cursor:
            cursor.executemany(head + one + tail, rows)
        return returned
    size = max(1, conn.ops.bulk_batch_size(fields, rows))
    with conn.cursor() as cursor:
        for start in range(0, len(rows), size):
            chunk = rows[start:start + size]
            cursor.execute(head + ", ".join([one] * len(chunk)) + tail,
                           [value for row in chunk for value in row])
            if returning is not None:
                returned += [r[0] for r in cursor.fetchall()]
    return returned


def _lean(conn) -> bool:
    return conn.vendor in LEAN_VENDORS and conn.features.can_return_rows_from_bulk_insert


def insert_rows(model, objs: list, *, history: bool = True, ignore_conflicts: bool = False,
                ids: bool = True) -> list:
    """INSERT new rows, then their ``+`` history rows. Their primary keys are set on the
    objects unless conflicts are ignored or ``ids`` is False (rows nothing else points to,
    without history)."""
    if not objs:
        return objs
    plan = TablePlan.of(model)
    conn = _db()
    if not _lean(conn):  # pragma: no cover - SQLite and PostgreSQL take the lean path
        model._base_manager.bulk_create(objs, batch_size=BATCH, ignore_conflicts=ignore_conflicts)
        if history and plan.history_model is not None and not ignore_conflicts:
            model.history.bulk_history_create(objs, batch_size=BATCH)
        return objs
    rows = []
    columns, _ = plan.converters(conn)
    for obj in objs:
        for field in plan.relations:  # what Model._prepare_related_fields_for_save does
            if field.is_cached(obj):
                related = field.get_cached_value(obj)
                if related is not None:
                    if related.pk is None:
                        raise ValueError(f"{model.__name__}.{field.name}: the related "
                                         f"{type(related).__name__} is not saved")
                    if getattr(obj, field.attname) is None:
                        setattr(obj, field.attname, related.pk)
        rows.append([convert(read(obj)) for read, convert in columns])
    need_ids = ids or (history and plan.history_model is not None)
    returning = plan.pk if plan.auto_pk and not ignore_conflicts and need_ids else None
    returned = _execute_insert(conn, plan.table, plan.fields, rows, returning=returning,
                               ignore_conflicts=ignore_conflicts)
    for obj, pk in zip(objs, returned, strict=False):
        setattr(obj, plan.pk.attname, pk)
        obj._state.adding = False
        obj._state.db = conn.alias
    if history and not ignore_conflicts:
        insert_history(model, objs, "+", rows=rows)
    return objs


def insert_history(model, objs: list, history_type: str, rows: list | None = None) -> None:
    """The history rows simple-history writes for these rows ("+" created, "~" changed).
    ``rows``: the database values just inserted for them (reused, not converted again)."""
    plan = TablePlan.of(model)
    if plan.history_model is None or not objs or not getattr(
            settings, "SIMPLE_HISTORY_ENABLED", True):
        return
    conn = _db()
    if plan.history_fields is None or not _lean(conn):  # pragma: no cover
        model.history.bulk_history_create(objs, batch_size=BATCH, update=history_type == "~")
        return
    now = timezone.now()
    user = plan.history_model.get_default_history_user(objs[0])
    user_id = getattr(user, "pk", None)
    history_rows = []
    _, columns = plan.converters(conn)
    converted_now = None
    for n, obj in enumerate(objs):
        explicit_user = getattr(obj, "_history_user", None)
        date = getattr(obj, "_history_date", now)
        values = {
            "history_change_reason": get_change_reason_from_object(obj) or "",
            "history_type": history_type,
            "history_user_id": explicit_user.pk if explicit_user is not None else user_id,
        }
        row = []
        for attname, convert, index in columns:
            if attname == "history_date":
                if date is now:
                    if converted_now is None:
                        converted_now = convert(now)
                    row.append(converted_now)
                else:
                    row.append(convert(date))
            elif attname in values:
                row.append(convert(values[attname]))
            elif rows is not None and index is not None:
                row.append(rows[n][index])
            else:
                row.append(convert(getattr(obj, attname)))
        history_rows.append(row)
    _execute_insert(conn, plan.history_model._meta.db_table, plan.history_fields, history_rows)


def update_rows(model, objs: list, names: list[str]) -> None:
    """UPDATE these columns of these rows (one statement, executed for each row), then their
    ``~`` history rows."""
    if not objs:
        return
    conn = _db()
    if not _lean(conn):  # pragma: no cover
        model._base_manager.bulk_update(objs, names, batch_size=BATCH)
    else:
        opts, quote = model._meta, conn.ops.quote_name
        fields = [opts.get_field(name) for name in names]
        sql = (f"UPDATE {quote(opts.db_table)} SET "  # noqa: S608 (quoted names only)
               + ", ".join(f"{quote(f.column)} = %s" for f in fields)
               + f" WHERE {quote(opts.pk.column)} = %s")
        params = [
            [f.get_db_prep_save(getattr(obj, f.attname), conn) for f in fields]
            + [opts.pk.get_db_prep_value(obj.pk, conn)]
            for obj in objs
        ]
        with conn.cursor() as cursor:
            if len(params) == 1:
                cursor.execute(sql, params[0])
            else:
                cursor.executemany(sql, params)
    insert_history(model, objs, "~")


def insert_rows_or(model, objs: list, fallback) -> list:
    """``insert_rows``; on PostgreSQL inside a savepoint, and if a row another session has
    just written makes it fail (a unique constraint), ``fallback(objs)`` instead (e.g. insert
    ignoring conflicts). SQLite lets one writer at a time in, and the loader holds the write
    lock from its first write of the file, so what it read cannot have changed."""
    if not objs:
        return objs
    if connection.vendor != "postgresql":
        return insert_rows(model, objs)
    try:
        with transaction.atomic():
            return insert_rows(model, objs)
    except IntegrityError:
        for obj in objs:  # the failed INSERT may have set nothing, or ids that were rolled back
            obj.pk = None
            obj._state.adding = True
        return fallback(objs)


class PendingUpdates:
    """Field changes to existing rows, written at the end of the file: one UPDATE per model and
    set of fields (only the changed fields of each row are written), with history."""

    def __init__(self):
        self._rows: dict[type, dict[int, tuple[object, set[str]]]] = defaultdict(dict)

    def add(self, obj, fields) -> None:
        if obj.pk is None:  # not inserted yet: it will be written with these values
            return
        model = type(obj)
        entry = self._rows[model].get(id(obj))
        if entry is None:
            self._rows[model][id(obj)] = (obj, set(fields))
        else:
            entry[1].update(fields)

    def discard(self, obj) -> None:
        self._rows[type(obj)].pop(id(obj), None)

    def flush(self) -> None:
        now = timezone.now()
        for model, entries in self._rows.items():
            groups: dict[tuple[str, ...], list] = defaultdict(list)
            for obj, fields in entries.values():
                groups[tuple(sorted(fields))].append(obj)
            has_updated_at = any(f.name == "updated_at" for f in model._meta.concrete_fields)
            for fields, objs in groups.items():
                names = list(fields)
                if has_updated_at:
                    for obj in objs:
                        obj.updated_at = now
                    names.append("updated_at")
                update_rows(model, objs, names)
        self._rows.clear()
