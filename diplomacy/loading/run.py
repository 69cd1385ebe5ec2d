"""Load release files (or re-extract stored releases), one transaction per file.

A bad file never stops the batch: its error (naming the file, and the line where it helps) is
reported and nothing of it is written. On PostgreSQL a session advisory lock makes concurrent
loads take turns, so two runs over the same files cannot race each other into duplicates.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from django.db import connection, transaction

from diplomacy import extraction as extractor
from diplomacy.extraction import EXTRACTOR_VERSION, ParseError, parse_release
from diplomacy.extraction import types as x
from diplomacy.models import Release

from .apply import Changes, apply_extraction
from .gazetteer import gazetteer_from_db, seed_gazetteer

ADVISORY_LOCK_KEY = 0x0D1B10  # any constant shared by every loader process


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
    results: list[FileResult] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        out = {"created": 0, "updated": 0, "unchanged": 0, "failed": 0}
        for result in self.results:
            out[result.outcome] += 1
        return out

    @property
    def failed(self) -> list[FileResult]:
        return [r for r in self.results if r.outcome == "failed"]

    def line(self) -> str:
        counts = self.counts()
        return ", ".join(f"{n} {k}" for k, n in counts.items())


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


def _load_one(
    source_name: str,
    raw: bytes,
    *,
    gazetteer: x.Gazetteer,
    known: dict[str, tuple[str, str]],
    force: bool,
    dry_run: bool,
) -> FileResult:
    checksum = hashlib.sha256(raw).hexdigest()
    previous = known.get(source_name)
    if previous and not force and previous == (checksum, EXTRACTOR_VERSION):
        return FileResult(source_name, "unchanged")
    try:
        parsed = parse_release(raw, source_name)
        extraction = extractor.extract(parsed, gazetteer)
    except ParseError as error:
        return FileResult(source_name, "failed", error=str(error))
    except Exception as error:  # an extractor bug must not stop the batch
        return FileResult(source_name, "failed", error=f"extraction failed: {error!r}")
    try:
        with transaction.atomic():
            release = Release.objects.filter(source_name=source_name).first()
            changes = apply_extraction(extraction, release=release)
            if dry_run:
                raise DryRunRollback
    except DryRunRollback:
        pass
    except Exception as error:
        return FileResult(source_name, "failed", error=f"could not be saved: {error}")
    if previous is None:
        outcome = "created"
    else:
        outcome = "updated" if changes.changed else "unchanged"
    return FileResult(source_name, outcome, changes=changes)


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
    files = list(iter_release_files(paths))
    with load_lock():
        if gazetteer_dir is not None and not dry_run:
            seed_gazetteer(gazetteer_dir)
        gazetteer = gazetteer_from_db()
        known = {
            name: (checksum, version)
            for name, checksum, version in Release.objects.filter(
                source_name__in=[f.name for f in files]
            ).values_list("source_name", "checksum", "extractor_version")
        }
        for path in files:
            try:
                size = path.stat().st_size
                if size > extractor.MAX_BYTES:  # refuse before reading it into memory
                    raise ParseError(f"file too large: {size} bytes (limit "
                                     f"{extractor.MAX_BYTES} bytes); not a release page")
                raw = path.read_bytes()
            except ParseError as error:
                result = FileResult(path.name, "failed", error=str(error))
            except OSError as error:
                result = FileResult(path.name, "failed", error=f"cannot read {path}: "
                                    f"{error.strerror or error}")
            else:
                result = _load_one(path.name, raw, gazetteer=gazetteer, known=known,
                                   force=force, dry_run=dry_run)
            summary.results.append(result)
            if on_result:
                on_result(result)
    return summary


def reextract_all(
    *, dry_run: bool = False, on_result: Callable[[FileResult], None] | None = None
) -> LoadSummary:
    """Run the current extractor over every stored release (from its stored raw text)."""
    summary = LoadSummary()
    with load_lock():
        gazetteer = gazetteer_from_db()
        rows = Release.objects.order_by("pk").values_list("source_name", "raw_text")
        for source_name, raw_text in rows.iterator(chunk_size=200):
            result = _load_one(
                source_name,
                raw_text.encode("utf-8"),
                gazetteer=gazetteer,
                known={source_name: ("", "")},
                force=True,
                dry_run=dry_run,
            )
            summary.results.append(result)
            if on_result:
                on_result(result)
    return summary
