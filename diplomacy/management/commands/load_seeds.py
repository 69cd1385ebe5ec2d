"""Load press-release text files into the database.

    python manage.py load_seeds                 # every *.txt under seeds/
    python manage.py load_seeds PATH [PATH …]   # files and/or folders
    python manage.py load_seeds --dry-run       # report what would change, write nothing
    python manage.py load_seeds --reextract     # re-run the extractor over stored releases

Each file is loaded atomically (in its own savepoint; the savepoints are committed every few
files or seconds, see diplomacy/loading/run.py): a bad file is reported on stderr, nothing of
it is written, and the others still load; the command exits non-zero when any file failed.
"""

import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from diplomacy.loading import load_files, reextract_all


class Command(BaseCommand):
    help = "Load release text files (default: seeds/) and extract their facts."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", help="Files or folders (default: seeds/)")
        parser.add_argument("--dry-run", action="store_true", help="Report, write nothing")
        parser.add_argument(
            "--reextract",
            action="store_true",
            help="Re-run the current extractor over every stored release",
        )
        parser.add_argument(
            "--force", action="store_true", help="Re-extract files even when unchanged"
        )
        parser.add_argument(
            "--no-progress", action="store_true", help="No progress bar, even for many files"
        )
        parser.add_argument(
            "--verbose-changes", action="store_true", help="List every field that changed"
        )

    def handle(self, *args, paths, dry_run, reextract, force, no_progress, verbose_changes,
               **options):
        bar = None

        def report(result):
            failed = result.outcome == "failed"
            lines = [result.line()]
            if verbose_changes:
                lines += [f"    {detail}" for detail in result.changes.details]
            out = self.stderr if failed else self.stdout
            for line in lines:
                if bar is not None:
                    bar.write(line, file=out._out)
                else:
                    out.write(line)
            if bar is not None:
                bar.update(1)

        if reextract:
            from diplomacy.models import Release

            total = Release.objects.count()
            bar = self._bar(total, no_progress)
            summary = reextract_all(dry_run=dry_run, on_result=report)
        else:
            from diplomacy.loading import iter_release_files

            targets = paths or [settings.SEEDS_DIR]
            total = sum(1 for _ in iter_release_files(targets))
            bar = self._bar(total, no_progress)
            summary = load_files(
                targets, dry_run=dry_run, force=force, gazetteer_dir=settings.GAZETTEER_DIR,
                on_result=report,
            )
        if bar is not None:
            bar.close()
        prefix = "dry run, nothing written: " if dry_run else ""
        self.stdout.write(f"{prefix}{summary.line()}")
        if summary.failed:
            raise CommandError(
                f"{len(summary.failed)} file(s) failed: "
                + "; ".join(r.source_name for r in summary.failed[:20])
            )

    def _bar(self, total, no_progress):
        """A progress bar on stderr for big batches when a person is watching."""
        if no_progress or total < 50 or not sys.stderr.isatty():
            return None
        from tqdm import tqdm

        return tqdm(total=total, unit="file", file=sys.stderr)
