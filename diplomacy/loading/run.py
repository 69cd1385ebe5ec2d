"""Load release files (or re-extract stored releases), each file atomically.

A bad file never stops the batch: its error (naming the file, and the line where it helps) is
reported and nothing of it is written. On PostgreSQL a session advisory lock makes concurrent
loads take turns, so two runs over the same files cannot race each other into duplicates.

Each file is written inside its own savepoint: if anything in it fails, the savepoint is rolled
back and nothing of that file remains, while the files before and after it load. The savepoints
are committed together every ``COMMIT_FILES`` files or ``COMMIT_SECONDS`` seconds, whichever
comes first (a commit per file cost more than writing a small release). A file's result is
reported once the commit that holds it has succeeded. Foreign keys are checked as each row is
written (``SET CONSTRAINTS ALL IMMEDIATE`` on PostgreSQL), so a row that a curator deleted
meanwhile fails its own file, not the commit of the others.

The (meeting, country) pairs of the meetings the batch's files touched are refreshed once,
just before the batch commits (``diplomacy.models.meeting_countries.deferred_refresh``): a
constant number of queries per batch, none per file.

Files are read one at a time and the database is asked about them in chunks, so memory does
not grow with the number of files.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from django.db import DatabaseError, connection, transaction

from diplomacy import extraction as extractor
from diplomacy.extraction import EXTRACTOR_VERSION, ParseError, parse_release
from diplomacy.extraction import types as x
from diplomacy.models import Release
from diplomacy.models.meeting_countries import deferred_refresh

from .apply import Changes, apply_extraction, find_release
from .gazetteer import gazetteer_from_db, seed_gazetteer

ADVISORY_LOCK_KEY = 0x0D1B10  # any constant shared by every loader process
COMMIT_FILES = 100  # files per commit at most
COMMIT_SECONDS = 2.0  # and at most this long between commits
CHUNK = 500  # files whose stored checksums are read in one query


@dataclass
class FileResult:
    source_name: str
    outcome: str  # created | updated | unchanged | failed
    error: str = ""
    changes: Changes = field(default_factory=Changes)

    def line(self) -> str:
        if self.outcome == "failed":
            return f"failed     {self.source_name}: {self.error}"
        parts = []
        for bucket in ("created", "updated", "deleted"):
            counts = getattr(self.changes, bucket)
            if counts:
                parts.append(f"{bucket} " + ", ".join(f"{n} {k}" for k, n in counts.items()))
        if self.changes.kept_curated:
            parts.append(f"kept {self.changes.kept_curated} curated")
        detail = f" ({'; '.join(parts)})" if parts else ""
        return f"{self.outcome:<10} {self.source_name}{detail}"


@dataclass
class LoadSummary:
    """Counts of outcomes, and the failed files (memory does not grow with the files that
    loaded; ``on_result`` sees every result)."""

    totals: dict[str, int] = field(
        default_factory=lambda: {"created": 0, "updated": 0, "unchanged": 0, "failed": 0})
    failed: list[FileResult] = field(default_factory=list)

    def add(self, result: FileResult) -> None:
        self.totals[result.outcome] += 1
        if result.outcome == "failed":
            self.failed.append(result)

    def counts(self) -> dict[str, int]:
        return dict(self.totals)

    def line(self) -> str:
        return ", ".join(f"{n} {k}" for k, n in self.totals.items())


def iter_release_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named on the command line, and the ``*.txt`` files inside named folders (sorted,
    recursively). A path that does not exist is yielded as is: reading it reports the error."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*.txt") if p.is_file() or p.is_symlink())
        else:
            yield path


@contextmanager
def load_lock():
    """One loader at a time on PostgreSQL (SQLite serialises writers by itself)."""
    if connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_lock(%s)", [ADVISORY_LOCK_KEY])
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_unlock(%s)", [ADVISORY_LOCK_KEY])


class DryRunRollback(Exception):
    pass


class Batches:
    """Savepoints per file inside a transaction committed every few files or seconds; results
    are handed on only after their commit."""

    def __init__(self, summary: LoadSummary, on_result: Callable[[FileResult], None] | None):
        self.summary = summary
        self.on_result = on_result
        self.pending: list[FileResult] = []
        self.atomic = None
        self.refresh = None

    def __enter__(self) -> Batches:
        return self

    def _begin(self) -> None:
        self.atomic = transaction.atomic()
        self.atomic.__enter__()
        self.refresh = deferred_refresh()
        self.refresh.__enter__()
        self.started = time.monotonic()
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")

    def write(self, work: Callable[[], FileResult]) -> None:
        """Run ``work`` (which writes one file in its own savepoint) inside the batch."""
        if self.atomic is None:
            self._begin()
        self.pending.append(work())
        if (len(self.pending) >= COMMIT_FILES
                or time.monotonic() - self.started >= COMMIT_SECONDS):
            self.commit()

    def skip(self, result: FileResult) -> None:
        """A result that wrote nothing (unchanged, unreadable): reported in order."""
        self.pending.append(result)
        if self.atomic is None:
            self.report()

    def commit(self) -> None:
        if self.atomic is not None:
            atomic, self.atomic = self.atomic, None
            refresh, self.refresh = self.refresh, None
            try:
                try:
                    refresh.__exit__(None, None, None)  # the batch's meeting countries
                except BaseException as error:
                    atomic.__exit__(type(error), error, error.__traceback__)  # roll back
                    raise
                atomic.__exit__(None, None, None)
            except DatabaseError as error:
                for i, result in enumerate(self.pending):
                    if result.outcome in ("created", "updated"):
                        self.pending[i] = FileResult(
                            result.source_name, "failed",
                            error=f"could not be saved (commit failed): {error}")
        self.report()

    def report(self) -> None:
        for result in self.pending:
            self.summary.add(result)
            if self.on_result:
                self.on_result(result)
        self.pending = []

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.commit()
        elif self.atomic is not None:
            self.refresh.__exit__(exc_type, exc, tb)
            self.atomic.__exit__(exc_type, exc, tb)  # roll the open batch back
            self.atomic = self.refresh = None


def _load_one(
    source_name: str,
    raw: bytes,
    *,
    gazetteer: Callable[[], x.Gazetteer],
    previous: tuple[str, str] | None,
    force: bool,
    dry_run: bool,
) -> FileResult:
    """Parse, extract and write one file in its own savepoint (the caller's batch)."""
    try:
        parsed = parse_release(raw, source_name)
        extraction = extractor.extract(parsed, gazetteer())
    except ParseError as error:
        return FileResult(source_name, "failed", error=str(error))
    except Exception as error:  # an extractor bug must not stop the batch
        return FileResult(source_name, "failed", error=f"extraction failed: {error!r}")
    try:
        with transaction.atomic():
            release = find_release(source_name)
            changes = apply_extraction(extraction, release=release)
            if dry_run:
                raise DryRunRollback
    except DryRunRollback:
        pass
    except Exception as error:
        return FileResult(source_name, "failed", error=f"could not be saved: {error}")
    outcome = "created" if previous is None else "updated" if changes.changed else "unchanged"
    return FileResult(source_name, outcome, changes=changes)


class _LazyGazetteer:
    """The database's gazetteer, read when the first file needs extracting (a re-load of
    unchanged files never reads it)."""

    def __init__(self):
        self.value = None

    def __call__(self) -> x.Gazetteer:
        if self.value is None:
            self.value = gazetteer_from_db()
        return self.value


def _read(path: Path) -> bytes | FileResult:
    try:
        size = path.stat().st_size
        if size > extractor.MAX_BYTES:  # refuse before reading it into memory
            raise ParseError(f"file too large: {size} bytes (limit "
                             f"{extractor.MAX_BYTES} bytes); not a release page")
        return path.read_bytes()
    except ParseError as error:
        return FileResult(path.name, "failed", error=str(error))
    except OSError as error:
        return FileResult(path.name, "failed", error=f"cannot read {path}: "
                          f"{error.strerror or error}")


def load_files(
    paths: Iterable[str | Path],
    *,
    dry_run: bool = False,
    force: bool = False,
    gazetteer_dir: str | Path | None = None,
    on_result: Callable[[FileResult], None] | None = None,
) -> LoadSummary:
    """Load release files. Unchanged files (same bytes, same extractor version) are skipped
    after one cheap checksum comparison."""
    summary = LoadSummary()
    files = iter_release_files(paths)
    with load_lock():
        if gazetteer_dir is not None and not dry_run:
            seed_gazetteer(gazetteer_dir)
        gazetteer = _LazyGazetteer()
        with Batches(summary, on_result) as batches:
            while chunk := list(islice(files, CHUNK)):
                known = {
                    name: (checksum, version)
                    for name, checksum, version in Release.objects.filter(
                        source_name__in=[f.name for f in chunk]
                    ).values_list("source_name", "checksum", "extractor_version")
                }
                for path in chunk:
                    raw = _read(path)
                    if isinstance(raw, FileResult):
                        batches.skip(raw)
                        continue
                    previous = known.get(path.name)
                    if (previous and not force
                            and previous == (hashlib.sha256(raw).hexdigest(), EXTRACTOR_VERSION)):
                        batches.skip(FileResult(path.name, "unchanged"))
                        continue
                    batches.write(lambda path=path, raw=raw, previous=previous: _load_one(
                        path.name, raw, gazetteer=gazetteer, previous=previous, force=force,
                        dry_run=dry_run))
    return summary


def reextract_all(
    *, dry_run: bool = False, on_result: Callable[[FileResult], None] | None = None
) -> LoadSummary:
    """Run the current extractor over every stored release (from its stored raw text)."""
    summary = LoadSummary()
    with load_lock():
        gazetteer = gazetteer_from_db()
        last = 0
        with Batches(summary, on_result) as batches:
            while rows := list(
                Release.objects.filter(pk__gt=last).order_by("pk")
                .values_list("pk", "source_name", "raw_text")[:200]
            ):
                for pk, source_name, raw_text in rows:
                    last = pk
                    batches.write(lambda name=source_name, text=raw_text: _load_one(
                        name, text.encode("utf-8"), gazetteer=lambda: gazetteer,
                        previous=("", ""), force=True, dry_run=dry_run))
    return summary
