"""Loader benchmark: full load, re-load of unchanged files, --reextract, and Django's own
``loaddata`` of the same rows, on SQLite and/or PostgreSQL, each in a fresh database.

    .venv/bin/python bench/bench_load.py [-n 5000] [--database sqlite|postgres|both]
                                         [--corpus DIR] [--seed 7] [--no-quarter]

Every phase runs in its own child process, so its peak memory (``ru_maxrss``) is its own; the
run is repeated at N/4 to show that memory stays flat as the archive grows. PostgreSQL
databases are created with ``CREATE DATABASE bench_…`` on the server in ``--pg-url`` (default
``postgres://postgres@127.0.0.1:5432/postgres``) and dropped afterwards. Prints a table.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable


# --- child side: one phase, one process ------------------------------------------------------
def _child(phase: str, corpus: str, n: int, dump: str) -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import resource

    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    files = sorted(Path(corpus).glob("*.txt"))[:n]
    from django.db import connection

    queries = [0]

    def count_queries(execute, sql, params, many, context):
        queries[0] += 1
        return execute(sql, params, many, context)

    start = time.perf_counter()
    started = resource.getrusage(resource.RUSAGE_SELF)
    cpu_start = started.ru_utime + started.ru_stime
    outcome: dict = {}
    counting = connection.execute_wrapper(count_queries)
    counting.__enter__()
    if phase == "parse":  # parsing + extraction only, no database (one core)
        from diplomacy.extraction import default_gazetteer, extract, parse_release

        gazetteer = default_gazetteer()
        meetings = 0
        for path in files:
            ex = extract(parse_release(path.read_bytes(), path.name), gazetteer)
            meetings += len(ex.meetings)
        outcome = {"meetings": meetings}
    elif phase in ("load", "reload"):
        from diplomacy.loading import load_files

        summary = load_files(files, gazetteer_dir=settings.GAZETTEER_DIR)
        outcome = summary.counts()
    elif phase == "reextract":
        from diplomacy.loading import reextract_all

        outcome = reextract_all().counts()
    elif phase == "dumpdata":
        with open(dump, "w") as out:
            call_command("dumpdata", "diplomacy", stdout=out)
    elif phase == "loaddata":
        call_command("loaddata", dump, verbosity=0)
    elif phase == "count":
        from diplomacy import models as m

        outcome = {name: model.objects.count() for name, model in (
            ("releases", m.Release), ("meetings", m.Meeting), ("people", m.Person),
            ("organizations", m.Organization), ("participations", m.Participation),
            ("pledges", m.Pledge), ("evidence", m.Evidence))}
    wall = time.perf_counter() - start
    counting.__exit__(None, None, None)
    if phase in ("load", "reload", "reextract"):
        outcome["queries"] = queries[0]
    usage = resource.getrusage(resource.RUSAGE_SELF)
    rss_mb = usage.ru_maxrss / 1024
    # CPU of this process (on SQLite that includes the database's work; on PostgreSQL the
    # server's is not counted): a figure that other work on the machine disturbs less
    cpu = usage.ru_utime + usage.ru_stime - cpu_start
    print("RESULT " + json.dumps({"wall": wall, "cpu": cpu, "rss_mb": rss_mb, **outcome}))


# --- parent side -------------------------------------------------------------------------------
def run_phase(phase: str, db_url: str, corpus: Path, n: int, dump: Path) -> dict:
    env = {**os.environ, "DATABASE_URL": db_url, "DJANGO_SETTINGS_MODULE": "config.settings",
           "DEBUG": "0", "SECRET_KEY": "bench-only", "SECURE_SSL": "0", "LOG_LEVEL": "ERROR"}
    proc = subprocess.run(  # noqa: S603 (our own interpreter and script)
        [PY, __file__, "--child", phase, "--corpus", str(corpus), "-n", str(n), "--dump",
         str(dump)], env=env, capture_output=True, text=True, cwd=ROOT, check=False)
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[7:])
    raise RuntimeError(f"phase {phase} failed:\n{proc.stdout[-2000:]}\n{proc.stderr[-4000:]}")


def migrate(db_url: str) -> None:
    env = {**os.environ, "DATABASE_URL": db_url, "DEBUG": "0", "SECRET_KEY": "bench-only",
           "SECURE_SSL": "0"}
    subprocess.run([PY, "manage.py", "migrate", "-v", "0"], env=env, cwd=ROOT,  # noqa: S603
                   check=True)


class FreshDatabase:
    """A fresh SQLite file or PostgreSQL database, removed on exit."""

    def __init__(self, kind: str, pg_url: str, tag: str):
        self.kind, self.pg_url, self.tag = kind, pg_url, tag

    def __enter__(self) -> str:
        if self.kind == "sqlite":
            self.tmp = tempfile.TemporaryDirectory(prefix="bench_")
            self.url = f"sqlite:///{self.tmp.name}/bench.sqlite3"
        else:
            import psycopg2

            self.name = f"bench_{os.getpid()}_{self.tag}"
            self._admin(f'DROP DATABASE IF EXISTS "{self.name}"', psycopg2)
            self._admin(f'CREATE DATABASE "{self.name}"', psycopg2)
            self.url = self.pg_url.rsplit("/", 1)[0] + "/" + self.name
        migrate(self.url)
        return self.url

    def _admin(self, sql: str, psycopg2) -> None:
        conn = psycopg2.connect(self.pg_url)
        conn.autocommit = True
        with conn.cursor() as cursor:
            cursor.execute(sql)
        conn.close()

    def __exit__(self, *exc) -> None:
        if self.kind == "sqlite":
            self.tmp.cleanup()
        else:
            import psycopg2

            self._admin(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)', psycopg2)


def bench_one(kind: str, n: int, corpus: Path, pg_url: str) -> list[tuple]:
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench_dump_") as tmp:
        dump = Path(tmp) / "dump.json"
        with FreshDatabase(kind, pg_url, f"{kind}_{n}") as url:
            for phase in ("load", "reload", "reextract", "count", "dumpdata"):
                result = run_phase(phase, url, corpus, n, dump)
                rows.append((kind, n, phase, result))
                print(f"  {kind:8} n={n:<6} {phase:10} {result['wall']:8.1f} s "
                      f"(CPU {result['cpu']:6.1f} s) "
                      f"{result['rss_mb']:7.0f} MB  {json.dumps(_extra(result))}", flush=True)
        with FreshDatabase(kind, pg_url, f"{kind}_{n}_ld") as url:
            result = run_phase("loaddata", url, corpus, n, dump)
            rows.append((kind, n, "loaddata", result))
            print(f"  {kind:8} n={n:<6} {'loaddata':10} {result['wall']:8.1f} s "
                  f"{result['rss_mb']:7.0f} MB  (dump {dump.stat().st_size / 1e6:.0f} MB)",
                  flush=True)
    return rows


def _extra(result: dict) -> dict:
    return {k: v for k, v in result.items() if k not in ("wall", "cpu", "rss_mb")}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=5000)
    parser.add_argument("--database", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--corpus", type=Path, default=None,
                        help="folder of releases (default: generated into a temp folder)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-quarter", action="store_true", help="skip the N/4 run")
    parser.add_argument("--pg-url", default="postgres://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--dump", default="", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args.child, str(args.corpus), args.n, args.dump)
        return 0

    sys.path.insert(0, str(ROOT / "bench"))
    from corpus import write_corpus

    tmp = None
    corpus = args.corpus
    if corpus is None or not any(corpus.glob("*.txt")):
        if corpus is None:
            tmp = tempfile.TemporaryDirectory(prefix="corpus_")
            corpus = Path(tmp.name)
        write_corpus(corpus, args.n, args.seed)
    sizes = [args.n] if args.no_quarter else [args.n // 4, args.n]
    kinds = ["sqlite", "postgres"] if args.database == "both" else [args.database]

    print(f"corpus {corpus} ({args.n} releases, seed {args.seed}); phases in child processes")
    parse = run_phase("parse", "sqlite:///:memory:", corpus, args.n, Path("/dev/null"))
    print(f"  parse+extract (no database): {args.n / parse['wall']:.0f} releases/s, "
          f"{parse['rss_mb']:.0f} MB peak")
    rows = []
    for kind in kinds:
        for n in sizes:
            rows += bench_one(kind, n, corpus, args.pg_url)

    print("\n| database | releases | phase | wall s | releases/s | peak RSS MB | note |")
    print("|---|---|---|---|---|---|---|")
    print(f"| — | {args.n} | parse+extract | {parse['wall']:.1f} | "
          f"{args.n / parse['wall']:.0f} | {parse['rss_mb']:.0f} | one core, no DB |")
    by_key = {(k, n, p): r for k, n, p, r in rows}
    for kind, n, phase, result in rows:
        if phase in ("count", "dumpdata"):
            continue
        notes = []
        load = by_key[(kind, n, "load")]["wall"]
        if phase == "reload":
            notes.append(f"{100 * result['wall'] / load:.1f}% of the first load")
        elif phase == "loaddata":
            notes.append(f"loader / loaddata = {load / result['wall']:.2f}")
        elif phase == "load":
            counts = by_key[(kind, n, "count")]
            notes.append(", ".join(f"{v} {k}" for k, v in _extra(counts).items()))
        elif phase == "reextract":
            notes.append(f"{result.get('updated', 0)} releases \"updated\"")
        if phase in ("load", "reextract"):
            notes.append(f"{result['queries'] / n:.1f} queries/release")
            notes.append(f"CPU {result['cpu']:.1f} s = {n / result['cpu']:.0f} releases/s")
        note = "; ".join(notes)
        print(f"| {kind} | {n} | {phase} | {result['wall']:.1f} | {n / result['wall']:.0f} | "
              f"{result['rss_mb']:.0f} | {note} |")
    if tmp:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
