"""Server time of the staff pages, CSV export and admin changelists at scale.

    .venv/bin/python bench/bench_pages.py [--releases 20000] [--meetings 100000] [--repeat 15]
                                          [--database postgres|sqlite] [--search-only]

Creates a fresh database (PostgreSQL ``bench_pages_…`` dropped afterwards, or a temp SQLite
file), bulk-inserts synthetic rows directly (releases with corpus text, meetings,
participations, people, organizations, pledges -- no history rows), then requests every page
with Django's test client as a logged-in superuser and prints median and p95 server time and
the query count. Stage 1 has ``--releases`` releases (one to two meetings each); stage 2 adds
meetings up to ``--meetings``. The query count of each page must be the same at both sizes.
It also times diplomacy.search (the figures of bench_search.py, which calls this with
``--search-only``).
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


def populate(n_releases: int, meetings_target: int, rng: random.Random, stage: int) -> None:
    from corpus import COUNTRIES, INTERNATIONAL, generate
    from django.utils import timezone

    from diplomacy import models as m

    now = timezone.now()
    if stage == 1:
        orgs = [m.Organization(name=f"Ministry of Foreign Affairs of {c[1]}", kind="ministry",
                               country=c[0]) for c in COUNTRIES]
        orgs += [m.Organization(name=n, acronym=a, kind="international_organization")
                 for n, a, _ in INTERNATIONAL]
        m.Organization.objects.bulk_create(orgs)
        people = [m.Person(name=f"{rng.choice(['Kim', 'Lee', 'Park', 'Sergey', 'Anna'])} "
                                f"{rng.choice(['Lavrov', 'Min-su', 'Jensen', 'Tanaka'])} {i}",
                           country=rng.choice(COUNTRIES)[0]) for i in range(600)]
        m.Person.objects.bulk_create(people, batch_size=1000)
        releases = []
        for name, text in generate(n_releases, seed=11):
            title = text.split("\n\n")[2] if text.startswith("바로") else name
            releases.append(m.Release(
                source_name=name, checksum="0" * 64, raw_text=text, cleaned_text=text,
                title=title[:500], section="Press Releases",
                published_on=dt.date(2010, 1, 1) + dt.timedelta(days=rng.randrange(5000)),
                loaded_at=now, extractor_version="bench"))
            if len(releases) == 2000:
                m.Release.objects.bulk_create(releases)
                releases = []
        m.Release.objects.bulk_create(releases)
    release_ids = list(m.Release.objects.values_list("pk", flat=True))
    person_ids = list(m.Person.objects.values_list("pk", flat=True))
    org_ids = list(m.Organization.objects.values_list("pk", flat=True))
    have = m.Meeting.objects.count()
    while have < meetings_target:
        batch = min(5000, meetings_target - have)
        meetings = m.Meeting.objects.bulk_create([m.Meeting(
            title=f"Meeting of foreign ministers {have + i}", kind="meeting", status="held",
            date=dt.date(2010, 1, 1) + dt.timedelta(days=rng.randrange(5000)),
            date_precision="day", city=rng.choice(["Seoul", "Moscow", "Tokyo", "Paris"]),
            country=rng.choice(COUNTRIES)[0], format="in_person") for i in range(batch)])
        links, parts, pledges = [], [], []
        for i, meeting in enumerate(meetings):
            release = release_ids[(have + i) % len(release_ids)]
            links.append(m.MeetingRelease(meeting=meeting, release_id=release,
                                          extraction_key=f"m{have + i}"))
            for role, key in (("counterpart", "a"), ("counterpart", "b")):
                parts.append(m.Participation(
                    meeting=meeting, release_id=release, person_id=rng.choice(person_ids),
                    organization_id=rng.choice(org_ids), name_as_written="someone", role=role,
                    extraction_key=f"{key}{have + i}"))
            if i % 2 == 0:
                pledges.append(m.Pledge(release_id=release, meeting=meeting, kind="commitment",
                                        text="The two sides agreed to expand cooperation.",
                                        actor="ROK", extraction_key=f"p{have + i}"))
        m.MeetingRelease.objects.bulk_create(links)
        m.Participation.objects.bulk_create(parts)
        m.Pledge.objects.bulk_create(pledges)
        have += batch
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")


def urls(deep_page: dict[str, int]) -> list[tuple[str, str]]:
    from django.urls import reverse

    from diplomacy import models as m

    first = {name: model.objects.order_by("pk").values_list("pk", flat=True).first()
             for name, model in (("release", m.Release), ("meeting", m.Meeting),
                                 ("person", m.Person), ("organization", m.Organization),
                                 ("pledge", m.Pledge))}
    out = []
    for name, prefix in (("release", "releases"), ("meeting", "meetings"),
                         ("person", "people"), ("organization", "organizations"),
                         ("pledge", "pledges")):
        base = f"/{prefix}/"
        out += [(f"{prefix} list", base), (f"{prefix} sorted", f"{base}?o=-pk"),
                (f"{prefix} deep page", f"{base}?page={deep_page.get(prefix, 100)}")]
        out.append((f"{name} detail", reverse(f"{name}-detail", args=[first[name]])))
    out += [
        ("meetings filtered", "/meetings/?country=RU&o=-date"),
        ("meetings search", "/meetings/?q=foreign+ministers+moscow"),
        ("releases search", "/releases/?q=humanitarian+assistance"),
        ("releases filtered", "/releases/?section=Press+Releases&o=title"),
        ("people search", "/people/?q=lavrov"),
        ("pledges filtered", "/pledges/?kind=commitment"),
        ("dashboard", "/"),
    ]
    for model in ("release", "meeting", "participation", "person", "organization", "pledge",
                  "evidence"):
        out.append((f"admin {model}s", f"/admin/diplomacy/{model}/"))
    out += [("admin meetings search", "/admin/diplomacy/meeting/?q=moscow"),
            ("admin meetings page 100", "/admin/diplomacy/meeting/?p=100")]
    return out


def time_url(client, url: str, repeat: int) -> tuple[float, float, int, int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # warm-up
    times = []
    for _ in range(repeat):
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


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--releases", type=int, default=20_000)
    parser.add_argument("--meetings", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--database", choices=["postgres", "sqlite"], default="postgres")
    parser.add_argument("--pg-url", default="postgres://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--search-only", action="store_true")
    args = parser.parse_args(argv)

    from bench_load import FreshDatabase

    rng = random.Random(5)
    with FreshDatabase(args.database, args.pg_url, "pages") as url:
        setup_django(url)
        from django.contrib.auth import get_user_model
        from django.test import Client

        from diplomacy import models as m

        user = get_user_model().objects.create_superuser("bench", "b@example.org", "x")
        client = Client()
        client.force_login(user)
        stages = [("stage 1", int(args.releases * 1.25))]
        if not args.search_only:
            stages.append(("stage 2", args.meetings))
        seen_queries: dict[str, int] = {}
        for stage_no, (stage, meetings) in enumerate(stages, 1):
            start = time.perf_counter()
            populate(args.releases, meetings, rng, stage_no)
            sizes = {name: model.objects.count() for name, model in (
                ("releases", m.Release), ("meetings", m.Meeting), ("participations",
                                                                   m.Participation),
                ("people", m.Person), ("pledges", m.Pledge))}
            print(f"\n## {stage}: {sizes} (inserted in {time.perf_counter() - start:.0f} s)")
            print("\n| search | median ms | p95 ms | rows shown | matches |\n|---|---|---|---|---|")
            for label, median, p95, shown, total in bench_search(args.repeat):
                print(f"| {label} | {median:.1f} | {p95:.1f} | {shown} | {total} |")
            if args.search_only:
                continue
            print("\n| page | median ms | p95 ms | queries | status |\n|---|---|---|---|---|")
            deep = {"releases": sizes["releases"] // 100, "meetings": sizes["meetings"] // 100,
                    "pledges": sizes["pledges"] // 100, "people": 5, "organizations": 1}
            for label, target in urls(deep):
                median, p95, queries, status = time_url(client, target, args.repeat)
                flag = ""
                if label in seen_queries and seen_queries[label] != queries:
                    flag = f" (was {seen_queries[label]})"
                seen_queries.setdefault(label, queries)
                print(f"| {label} `{target}` | {median:.1f} | {p95:.1f} | {queries}{flag} | "
                      f"{status} |", flush=True)
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
