"""Restore a backup made with dumpdata into an empty, migrated database (see the README)."""

from django.core.management.base import BaseCommand, CommandError

from diplomacy.export import RestoreError, restore_backup
from diplomacy.models.meeting_countries import rebuild_all


class Command(BaseCommand):
    help = (
        "Load a backup made with `dumpdata diplomacy auth.group auth.user --natural-foreign "
        "--natural-primary` into an empty, migrated database, in one transaction. Refuses to "
        "run when the database already holds records or users."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="The backup file (.json, .json.gz, .json.bz2, .json.xz)")
        parser.add_argument(
            "--database", default="default", help="Database alias (default: default)"
        )

    def handle(self, *args, path, database, **options):
        try:
            restore_backup(path=path, using=database, stdout=self.stdout)
        except RestoreError as exc:
            raise CommandError(str(exc)) from exc
        if database == "default":
            # loaddata saves raw rows (no signals); a backup made before the table existed
            # has none of its rows: recompute them
            rebuild_all()
        self.stdout.write(self.style.SUCCESS(f"Restored {path}"))
