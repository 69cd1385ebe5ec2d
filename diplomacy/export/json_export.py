"""The JSON export: one object, five lists, written record by record (never one big string)."""

import datetime as dt
import json

from django.utils import timezone

from .records import ITERATORS, LISTS
from .snapshot import consistent_snapshot

# Raise the major number when a key is removed or changes meaning; the minor when keys are added.
FORMAT_VERSION = "1.0"


def write_json_lists(stream, header: dict, lists) -> None:
    """Write ``{**header, name: [record, ...], ...}`` to a text stream, one record a line.

    ``lists`` is a sequence of (name, iterable of dicts); each record is serialized on its own,
    so memory does not grow with the number of records.
    """
    stream.write("{\n")
    for key, value in header.items():
        stream.write(f"{json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},\n")
    for index, (name, records) in enumerate(lists):
        stream.write(f"{json.dumps(name)}: [")
        separator = "\n"
        for record in records:
            stream.write(separator)
            stream.write(json.dumps(record, ensure_ascii=False, sort_keys=False))
            separator = ",\n"
        stream.write("\n]" if separator != "\n" else "]")
        stream.write(",\n" if index < len(lists) - 1 else "\n")
    stream.write("}\n")


def export_json(stream, *, exported_at: dt.datetime | None = None) -> None:
    """Write the whole database in the documented JSON format to a text stream."""
    exported_at = exported_at or timezone.now()
    header = {"format_version": FORMAT_VERSION, "exported_at": exported_at.isoformat()}
    with consistent_snapshot():
        write_json_lists(stream, header, [(name, ITERATORS[name]()) for name in LISTS])
