"""Restoring a full backup made with ``dumpdata`` (see the README, "Backup and restore").

The JSON export is for researchers and leaves out what curation needs (history, evidence spans,
edited fields, users); a backup is ``dumpdata`` of the diplomacy app (records, their
django-simple-history tables, evidence, merge decisions) plus auth users and groups, with
natural keys so that users, groups and permissions are matched by name, not by id.
"""

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import transaction

BACKUP_LABELS = ("diplomacy", "auth.group", "auth.user")


class RestoreError(Exception):
    pass


def non_empty_tables(*, using: str = "default") -> list[str]:
    """Labels of the models that already hold rows and would collide with a backup: every
    model of the diplomacy app (historical tables included) and users. Groups are not counted:
    the migrations create "viewers" and "curators", and loaddata matches them by name."""
    candidates = [*apps.get_app_config("diplomacy").get_models(), get_user_model()]
    return [
        model._meta.label for model in candidates if model._default_manager.using(using).exists()
    ]


def database_is_empty(*, using: str = "default") -> bool:
    return not non_empty_tables(using=using)


def restore_backup(*, path: str, using: str = "default", stdout=None) -> None:
    """Load a dumpdata backup into a migrated, empty database, all or nothing.

    Raises RestoreError when the database already holds records (loading on top of them would
    mix two states and collide on ids)."""
    busy = non_empty_tables(using=using)
    if busy:
        raise RestoreError(
            "the database is not empty (rows in " + ", ".join(busy) + "); restore into a "
            "freshly migrated database, or run `manage.py flush` first"
        )
    # Permissions in the backup are found by (codename, app_label, model) through the content
    # type cache; after a flush in the same process the cached ids may be stale.
    ContentType.objects.clear_cache()
    with transaction.atomic(using=using):
        call_command("loaddata", path, database=using, stdout=stdout, verbosity=1)
