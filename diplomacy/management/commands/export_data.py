"""Export the database as JSON, CSV or Popolo JSON (formats documented in the README)."""

import os
import tempfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from diplomacy.export import export_csv, export_json, export_popolo


class _Text:
    """A text stream over the command's stdout that writes exactly what it is given."""

    def __init__(self, out):
        self.out = out

    def write(self, text: str) -> None:
        self.out.write(text, ending="")


class Command(BaseCommand):
    help = (
        "Export releases, meetings, people, organizations and pledges. json and popolo go to "
        "stdout unless --output names a file; csv needs --output: a folder (created if "
        "missing) or a path ending in .zip."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--format",
            choices=["json", "csv", "popolo"],
            default="json",
            help="json: the full documented format; csv: one file per list; popolo: persons, "
            "organizations, memberships and events for civic-data tools (default: json)",
        )
        parser.add_argument(
            "--output",
            "-o",
            help="File (json, popolo), folder or .zip file (csv). Default for json and popolo: "
            "stdout. A file is written next to its final name and renamed when complete.",
        )

    def handle(self, *args, format, output, **options):
        if format == "csv":
            if not output:
                raise CommandError("--format csv needs --output (a folder or a .zip path)")
            self._export_csv(Path(output))
            return
        writer = export_json if format == "json" else export_popolo
        if not output:
            writer(_Text(self.stdout))
            return
        self._write_file(Path(output), writer)
        self.stderr.write(f"Wrote {output}")

    def _write_file(self, path: Path, writer) -> None:
        """Write to a temporary file in the same folder, then rename it: an interrupted export
        never leaves a half-written file under the final name."""
        try:
            fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        except OSError as exc:
            raise CommandError(f"cannot write {path}: {exc.strerror or exc}") from exc
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as stream:
                writer(stream)
            os.replace(tmp_name, path)
        except OSError as exc:
            Path(tmp_name).unlink(missing_ok=True)
            raise CommandError(f"cannot write {path}: {exc.strerror or exc}") from exc
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise

    def _export_csv(self, path: Path) -> None:
        try:
            export_csv(path)
        except OSError as exc:
            raise CommandError(f"cannot write {path}: {exc.strerror or exc}") from exc
        self.stderr.write(f"Wrote {path}")
