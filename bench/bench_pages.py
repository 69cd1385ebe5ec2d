"""Server time of the staff pages, CSV export and admin changelists at scale.

    .venv/bin/python bench/bench_pages.py [--releases 20000] [--meetings 100000] [--repeat 15]
                                          [--database postgres|sqlite] [--search-only]
                                          [--db-name NAME] [--stages 1,2] [--pages LABELS]

Creates a fresh database (PostgreSQL ``bench_pages_…`` dropped afterwards, or a temp SQLite
file) -- or, with ``--db-name``, creates once and then reuses a kept PostgreSQL database --
writes synthetic rows directly (COPY batches on PostgreSQL, ``bulk_create`` on SQLite:
releases with corpus text, meetings, participations, people, organizations, pledges -- no
history rows; then the (meeting, country) pairs are rebuilt), then requests every page with
Django's test client as a logged-in superuser and prints median and p95 server time and the
query count. Stage 1 has ``--releases``
releases (one to two meetings each); stage 2 adds meetings up to ``--meetings``. The query
count of each page must be the same at both sizes. It also times diplomacy.search (the
figures of bench_search.py, which calls this with ``--search-only``).

A kept database holds the rows of the last stage filled, so keep one per stage
(``--db-name bench_s1 --stages 1``, ``--db-name bench_s2 --stages 2``) to compare code
changes on the same rows.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def setup_django(url: str) -> None:
    os.environ.update({"DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "config.test_settings",
                       "LOG_LEVEL": "ERROR"})
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    settings.ALLOWED_HOSTS = ["testserver"]
    settings.DEBUG = False
    call_command("migrate", verbosity=0)


def _copy_cell(value) -> str:
    """One value in PostgreSQL's COPY text format."""
    if value is None:
        return r"\N"
    if isinstance(value, bool):
        return "t" if value else "f"
    text = str(value)
    return (text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
            .replace("\r", "\\r"))


def insert_rows(model, objs: list) -> list:
    """Insert unsaved instances in one round trip per batch and set their ``pk``.

    PostgreSQL: ids are drawn from the table's sequence in one query, then the rows go in
    with COPY (no per-row INSERT, no RETURNING, no history rows). Other databases:
    ``bulk_create``."""
    import io
    import json

    from django.db import connection, models

    if not objs:
        return objs
    if connection.vendor != "postgresql":
        return model.objects.bulk_create(objs, batch_size=2000)
    meta = model._meta
    fields = meta.concrete_fields
    with connection.cursor() as cursor:
        cursor.execute("SELECT nextval(pg_get_serial_sequence(%s, %s)) "
                       "FROM generate_series(1, %s)", [meta.db_table, meta.pk.column, len(objs)])
        ids = [row[0] for row in cursor.fetchall()]
        buffer = io.StringIO()
        for obj, pk in zip(objs, ids, strict=True):
            obj.pk = pk
            cells = []
            for field in fields:
                value = field.pre_save(obj, True)  # auto_now(_add) included
                if isinstance(field, models.JSONField):
                    value = json.dumps(value)
                else:
                    value = field.get_prep_value(value)
                cells.append(_copy_cell(value))
            buffer.write("\t".join(cells))
            buffer.write("\n")
            obj._state.adding = False
        buffer.seek(0)
        columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
        cursor.cursor.copy_expert(
            f"COPY {connection.ops.quote_name(meta.db_table)} ({columns}) FROM STDIN", buffer)
    return objs


def populate(n_releases: int, meetings_target: int, rng: random.Random, stage: int) -> None:
    """Rows for a stage, written with COPY batches on PostgreSQL (``insert_rows``): stage 1
    the organizations, 600 people and ``n_releases`` releases of the synthetic corpus; every
    stage then adds meetings (each with a reporting release, two participations and every
    other one a pledge) until there are ``meetings_target``. What is already there is kept,
    so a kept database (``--db-name``) is filled only once."""
    from corpus import COUNTRIES, INTERNATIONAL, generate
    from django.db import connection, transaction
    from django.utils import timezone

    from diplomacy import models as m

    now = timezone.now()
    if stage == 1 and not m.Release.objects.exists():
        orgs = [m.Organization(name=f"Ministry of Foreign Affairs of {c[1]}", kind="ministry",
                               country=c[0]) for c in COUNTRIES]
        orgs += [m.Organization(name=n, acronym=a, kind="international_organization")
                 for n, a, _ in INTERNATIONAL]
        insert_rows(m.Organization, orgs)
        people = [m.Person(name=f"{rng.choice(['Kim', 'Lee', 'Park', 'Sergey', 'Anna'])} "
                                f"{rng.choice(['Lavrov', 'Min-su', 'Jensen', 'Tanaka'])} {i}",
                           country=rng.choice(COUNTRIES)[0]) for i in range(600)]
        insert_rows(m.Person, people)
        releases = []
        for name, text in generate(n_releases, seed=11):
            title = text.split("\n\n")[2] if text.startswith("바로") else name
            releases.append(m.Release(
                source_name=name, checksum="0" * 64, raw_text=text, cleaned_text=text,
                title=title[:500], section="Press Releases",
                published_on=dt.date(2010, 1, 1) + dt.timedelta(days=rng.randrange(5000)),
                loaded_at=now, extractor_version="bench"))
            if len(releases) == 2000:
                with transaction.atomic():
                    insert_rows(m.Release, releases)
                releases = []
        with transaction.atomic():
            insert_rows(m.Release, releases)
    release_ids = list(m.Release.objects.order_by("pk").values_list("pk", flat=True))
    person_ids = list(m.Person.objects.order_by("pk").values_list("pk", flat=True))
    org_ids = list(m.Organization.objects.order_by("pk").values_list("pk", flat=True))
    have = added = m.Meeting.objects.count()
    while have < meetings_target:
        batch = min(10_000, meetings_target - have)
        meetings = [m.Meeting(
            title=f"Meeting of foreign ministers {have + i}", kind="meeting", status="held",
            date=dt.date(2010, 1, 1) + dt.timedelta(days=rng.randrange(5000)),
            date_precision="day", city=rng.choice(["Seoul", "Moscow", "Tokyo", "Paris"]),
            country=rng.choice(COUNTRIES)[0], format="in_person") for i in range(batch)]
        with transaction.atomic():
            insert_rows(m.Meeting, meetings)
            links, parts, pledges = [], [], []
            for i, meeting in enumerate(meetings):
                release = release_ids[(have + i) % len(release_ids)]
                links.append(m.MeetingRelease(meeting=meeting, release_id=release,
                                              extraction_key=f"m{have + i}"))
                for role, key in (("counterpart", "a"), ("counterpart", "b")):
                    parts.append(m.Participation(
                        meeting=meeting, release_id=release, person_id=rng.choice(person_ids),
                        organization_id=rng.choice(org_ids), name_as_written="someone",
                        role=role, extraction_key=f"{key}{have + i}"))
                if i % 2 == 0:
                    pledges.append(m.Pledge(
                        release_id=release, meeting=meeting, kind="commitment",
                        text="The two sides agreed to expand cooperation.", actor="ROK",
                        extraction_key=f"p{have + i}"))
            insert_rows(m.MeetingRelease, links)
            insert_rows(m.Participation, parts)
            insert_rows(m.Pledge, pledges)
        have += batch
        print(f"  {have} meetings", file=sys.stderr, flush=True)
    if have != added:
        # the rows went in without the app's write paths: compute their (meeting, country)
        # pairs as `manage.py refresh_meeting_countries` does
        from diplomacy.models.meeting_countries import rebuild_all

        start = time.perf_counter()
        pairs = rebuild_all()
        print(f"  {pairs} meeting countries rebuilt in {time.perf_counter() - start:.1f} s",
              file=sys.stderr, flush=True)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    # the rows went in behind the app's back (no history rows): forget cached page data
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()


def urls(deep_page: dict[str, int]) -> list[tuple[str, str]]:
    from django.urls import reverse

    from diplomacy import models as m

    first = {name: model.objects.order_by("pk").values_list("pk", flat=True).first()
             for name, model in (("release", m.Release), ("meeting", m.Meeting),
                                 ("person", m.Person), ("organization", m.Organization),
                                 ("pledge", m.Pledge))}
    # a valid sort other than the default per list (an unknown ?o= shows a form error and
    # no rows, which would time nothing)
    sort = {"releases": "title", "meetings": "country", "people": "country",
            "organizations": "kind", "pledges": "actor"}
    out = []
    for name, prefix in (("release", "releases"), ("meeting", "meetings"),
                         ("person", "people"), ("organization", "organizations"),
                         ("pledge", "pledges")):
        base = f"/{prefix}/"
        deep = deep_page.get(prefix, 100)
        out += [(f"{prefix} list", base), (f"{prefix} sorted", f"{base}?o={sort[prefix]}"),
                (f"{prefix} deep page", f"{base}?page={deep}"),
                (f"{prefix} sorted deep page", f"{base}?o=-{sort[prefix]}&page={deep}")]
        out.append((f"{name} detail", reverse(f"{name}-detail", args=[first[name]])))
    out += [
        ("meetings filtered", "/meetings/?country=RU&o=-date"),
        ("meetings filtered deep page", "/meetings/?country=RU&o=-date&page=150"),
        ("meetings search", "/meetings/?q=foreign+ministers+moscow"),
        ("meetings person filter", "/meetings/?person=lavrov"),
        ("releases search", "/releases/?q=humanitarian+assistance"),
        ("releases search deep page", "/releases/?q=humanitarian+assistance&page=100"),
        ("releases filtered", "/releases/?section=Press+Releases&o=title"),
        ("people search", "/people/?q=lavrov"),
        ("pledges filtered", "/pledges/?kind=commitment"),
        ("pledges filtered deep page", "/pledges/?kind=commitment&page=150"),
        ("dashboard", "/"),
        ("dashboard (cold cache)", "/"),
    ]
    for model in ("release", "meeting", "participation", "person", "organization", "pledge",
                  "evidence"):
        out.append((f"admin {model}s", f"/admin/diplomacy/{model}/"))
    out += [("admin meetings search", "/admin/diplomacy/meeting/?q=moscow"),
            ("admin meetings page 100", "/admin/diplomacy/meeting/?p=100"),
            ("admin releases search", "/admin/diplomacy/release/?q=humanitarian"),
            ("admin people search", "/admin/diplomacy/person/?q=lavrov"),
            ("admin organizations search", "/admin/diplomacy/organization/?q=ministry"),
            ("admin pledges search", "/admin/diplomacy/pledge/?q=cooperation")]
    return out


def time_url(client, url: str, repeat: int, *, cold: bool = False
             ) -> tuple[float, float, int, int]:
    """Median and p95 ms of ``repeat`` requests after a warm-up, the last one's query count
    and status. ``cold``: every cache is emptied before each request (untimed)."""
    from django.core.cache import caches
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # warm-up
    times = []
    for _ in range(repeat):
        if cold:
            for cache in caches.all():
                cache.clear()
        with CaptureQueriesContext(connection) as queries:
            start = time.perf_counter()
            response = client.get(url)
            if getattr(response, "streaming", False):
                b"".join(response.streaming_content)
            times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
    return statistics.median(times), p95, len(queries), response.status_code


def bench_search(repeat: int) -> list[tuple]:
    from diplomacy import models as m
    from diplomacy.search import search_organizations, search_people, search_releases

    cases = [
        ("releases: humanitarian assistance", search_releases, m.Release,
         "humanitarian assistance", {}),
        ("releases: \"strategic dialogue\" -postponed", search_releases, m.Release,
         '"strategic dialogue" -postponed', {}),
        ("releases: nuclear (ranked)", search_releases, m.Release, "nuclear", {"rank": True}),
        ("releases: rare word", search_releases, m.Release, "cholera Kenya", {}),
        ("people: lavrof (fuzzy)", search_people, m.Person, "lavrof", {"rank": True}),
        ("organizations: nato", search_organizations, m.Organization, "nato", {}),
    ]
    rows = []
    for label, func, model, text, kwargs in cases:
        times = []
        for _ in range(repeat + 1):
            start = time.perf_counter()
            page = list(func(model.objects.all(), text, **kwargs)[:50])
            times.append((time.perf_counter() - start) * 1000)
        times = sorted(times[1:])
        p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
        total = func(model.objects.all(), text, **kwargs).count()
        rows.append((label, statistics.median(times), p95, len(page), total))
    return rows


class KeptDatabase:
    """A PostgreSQL database that outlives the run (``--db-name``): created and migrated if
    missing, otherwise reused with its rows, so repeated runs skip the inserts."""

    def __init__(self, pg_url: str, name: str):
        self.pg_url, self.name = pg_url, name

    def __enter__(self) -> str:
        import psycopg2
        from bench_load import migrate

        conn = psycopg2.connect(self.pg_url)
        conn.autocommit = True
        with conn.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [self.name])
            if cursor.fetchone() is None:
                cursor.execute(f'CREATE DATABASE "{self.name}"')
        conn.close()
        url = self.pg_url.rsplit("/", 1)[0] + "/" + self.name
        migrate(url)
        return url

    def __exit__(self, *exc) -> None:
        pass


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--releases", type=int, default=20_000)
    parser.add_argument("--meetings", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--database", choices=["postgres", "sqlite"], default="postgres")
    parser.add_argument("--pg-url", default="postgres://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--db-name", default="",
                        help="keep and reuse this PostgreSQL database instead of a fresh one")
    parser.add_argument("--stages", default="1,2", help="which stages to time, e.g. 2")
    parser.add_argument("--pages", default="",
                        help="comma-separated label fragments: time only these pages")
    parser.add_argument("--no-csv", action="store_true", help="skip the CSV export run")
    parser.add_argument("--search-only", action="store_true")
    args = parser.parse_args(argv)

    from bench_load import FreshDatabase

    rng = random.Random(5)
    if args.db_name:
        database = KeptDatabase(args.pg_url, args.db_name)
    else:
        database = FreshDatabase(args.database, args.pg_url, "pages")
    timed = {int(s) for s in args.stages.split(",") if s.strip()}
    wanted = [w.strip() for w in args.pages.split(",") if w.strip()]
    with database as url:
        setup_django(url)
        from django.contrib.auth import get_user_model
        from django.test import Client

        from diplomacy import models as m

        user = get_user_model().objects.filter(username="bench").first()
        if user is None:
            user = get_user_model().objects.create_superuser("bench", "b@example.org", "x")
        client = Client()
        client.force_login(user)
        stages = [("stage 1", int(args.releases * 1.25))]
        if not args.search_only:
            stages.append(("stage 2", args.meetings))
        seen_queries: dict[str, int] = {}
        for stage_no, (stage, meetings) in enumerate(stages, 1):
            if stage_no not in timed and not any(n > stage_no for n in timed):
                continue
            start = time.perf_counter()
            populate(args.releases, meetings, rng, stage_no)
            if stage_no not in timed:
                continue
            sizes = {name: model.objects.count() for name, model in (
                ("releases", m.Release), ("meetings", m.Meeting), ("participations",
                                                                   m.Participation),
                ("people", m.Person), ("pledges", m.Pledge))}
            print(f"\n## {stage}: {sizes} (inserted in {time.perf_counter() - start:.0f} s)",
                  flush=True)
            if not wanted:
                print("\n| search | median ms | p95 ms | rows shown | matches |\n"
                      "|---|---|---|---|---|")
                for label, median, p95, shown, total in bench_search(args.repeat):
                    print(f"| {label} | {median:.1f} | {p95:.1f} | {shown} | {total} |")
            if args.search_only:
                continue
            print("\n| page | median ms | p95 ms | queries | status |\n|---|---|---|---|---|")
            deep = {"releases": sizes["releases"] // 100, "meetings": sizes["meetings"] // 100,
                    "pledges": sizes["pledges"] // 100, "people": 5, "organizations": 1}
            for label, target in urls(deep):
                if wanted and not any(w in label for w in wanted):
                    continue
                median, p95, queries, status = time_url(client, target, args.repeat,
                                                       cold="cold" in label)
                flag = ""
                if label in seen_queries and seen_queries[label] != queries:
                    flag = f" (was {seen_queries[label]})"
                seen_queries.setdefault(label, queries)
                print(f"| {label} `{target}` | {median:.1f} | {p95:.1f} | {queries}{flag} | "
                      f"{status} |", flush=True)
            if args.no_csv or wanted:
                continue
            start = time.perf_counter()
            response = client.get("/meetings/export.csv")
            lines = sum(chunk.count(b"\n") for chunk in response.streaming_content)
            print(f"| CSV export of all meetings ({lines - 1} rows) | "
                  f"{(time.perf_counter() - start) * 1000:.0f} (one run) | | | "
                  f"{response.status_code} |", flush=True)
        from django.db import connections

        connections.close_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
