#!/usr/bin/env python
"""Django's command-line utility for administrative tasks."""

import os
import sys

# Commands that only read model definitions and migration files: they never sign, hash or
# serve anything, so a developer (or a pre-commit check) may run them without a SECRET_KEY.
SCHEMA_ONLY_COMMANDS = {"makemigrations", "showmigrations", "sqlmigrate"}


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    if len(sys.argv) > 1 and sys.argv[1] in SCHEMA_ONLY_COMMANDS:
        os.environ.setdefault("DIPLOMACY_SCHEMA_ONLY", "1")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
