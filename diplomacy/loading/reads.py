"""The loader's per-file reads, as SQL built once per table.

Each file needs the same handful of SELECTs (its release, the aliases of the names it
mentions, their people and positions, meetings on its days…). Django compiled each of them
again for every file, which cost about a millisecond per query, five times what SQLite took to
answer it. ``Rows`` builds the column list once per model and database vendor, converts the
values with the same converters Django's compiler applies (``connection.ops`` and the fields'
``from_db_value``) and makes instances with ``Model.from_db``, optionally with the row a
foreign key points to already attached (what ``select_related`` does). ``values`` returns plain
tuples. tests/loading/test_reads.py checks them against the ORM on both databases.
"""

from __future__ import annotations

from django.db import DEFAULT_DB_ALIAS, connections


def _db():
    return connections[DEFAULT_DB_ALIAS]


def placeholders(values) -> str:
    """``%s, %s, …`` for an IN list (callers never pass an empty one)."""
    return ", ".join(["%s"] * len(values))


class _Columns:
    """Quoted select list of one model's concrete columns under a table alias, with the
    converters of each column."""

    def __init__(self, model, alias: str, conn):
        opts = model._meta
        quote = conn.ops.quote_name
        self.model = model
        self.names = [f.attname for f in opts.concrete_fields]
        self.pk_index = opts.concrete_fields.index(opts.pk)
        self.sql = ", ".join(f"{alias}.{quote(f.column)}" for f in opts.concrete_fields)
        self.converters = []
        for i, field in enumerate(opts.concrete_fields):
            col = field.get_col(alias)
            converters = [*conn.ops.get_db_converters(col), *col.get_db_converters(conn)]
            if converters:
                self.converters.append((i, col, converters))

    def instance(self, values: list, conn):
        for i, col, converters in self.converters:
            value = values[i]
            for converter in converters:
                value = converter(value, col, conn)
            values[i] = value
        return self.model.from_db(conn.alias, self.names, values)


class Rows:
    """``SELECT`` of whole rows of ``model`` (alias ``t``), optionally joined to the row its
    foreign key ``join`` points to (alias ``r``) and attached to each instance."""

    def __init__(self, model, join: str | None = None):
        self.model = model
        self.join = model._meta.get_field(join) if join else None
        self._plans: dict[str, tuple] = {}

    def _plan(self, conn):
        plan = self._plans.get(conn.vendor)
        if plan is None:
            quote = conn.ops.quote_name
            main = _Columns(self.model, "t", conn)
            sql = f"SELECT {main.sql}"
            tables = f"{quote(self.model._meta.db_table)} t"
            related = None
            if self.join is not None:
                target = self.join.related_model
                related = _Columns(target, "r", conn)
                sql += f", {related.sql}"
                tables += (f" INNER JOIN {quote(target._meta.db_table)} r ON "
                           f"t.{quote(self.join.column)} = r.{quote(target._meta.pk.column)}")
            plan = self._plans[conn.vendor] = (f"{sql} FROM {tables}", main, related)
        return plan

    def __call__(self, where: str, params, order: str = "", limit: int | None = None) -> list:
        """Rows matching ``where`` (SQL over aliases ``t``/``r``, ``%s`` placeholders)."""
        conn = _db()
        head, main, related = self._plan(conn)
        sql = f"{head} WHERE {where}"
        if order:
            sql += f" ORDER BY {order}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        with conn.cursor() as cursor:
            cursor.execute(sql, list(params))
            rows = cursor.fetchall()
        out = []
        width = len(main.names)
        seen: dict = {}  # one instance per related row (several aliases name one person)
        for row in rows:
            obj = main.instance(list(row[:width]), conn)
            if related is not None:
                key = row[width + related.pk_index]
                target = seen.get(key)
                if target is None:
                    target = seen[key] = related.instance(list(row[width:]), conn)
                self.join.set_cached_value(obj, target)
            out.append(obj)
        return out


def values(sql: str, params) -> list[tuple]:
    """Plain rows of a query whose columns need no conversion (ids, counts)."""
    with _db().cursor() as cursor:
        cursor.execute(sql, list(params))
        return cursor.fetchall()


def execute(sql: str, params) -> None:
    with _db().cursor() as cursor:
        cursor.execute(sql, list(params))


def quote(name: str) -> str:
    return _db().ops.quote_name(name)
