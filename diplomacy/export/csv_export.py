"""The CSV export: one file per list, in a folder or a zip archive.

The columns are the JSON keys in the same order. Cells:
- None is an empty cell; True/False are ``true``/``false``; ``notes`` (a list of strings) and
  every list of ids are joined with ``|``;
- list-of-object columns hold one item per ``|``-separated part and the item's fields joined
  with ``:`` in a fixed order (``CSV_ITEM_FIELDS``): participants are
  ``person_id:name:role``, positions ``title:organization_id:start_date:end_date:first_seen:
  last_seen``, status_history ``changed_on:firmness:fulfilment``;
- inside list columns a literal ``\\``, ``|`` or ``:`` is escaped with a backslash, so
  ``Kim: the elder`` in a name is written ``Kim\\: the elder``.
"""

import csv
import io
import zipfile
from pathlib import Path

from .records import (
    ITERATORS,
    LISTS,
    MEETING_KEYS,
    ORGANIZATION_KEYS,
    PERSON_KEYS,
    PLEDGE_KEYS,
    RELEASE_KEYS,
)
from .snapshot import consistent_snapshot

COLUMNS = {
    "releases": RELEASE_KEYS,
    "meetings": MEETING_KEYS,
    "people": PERSON_KEYS,
    "organizations": ORGANIZATION_KEYS,
    "pledges": PLEDGE_KEYS,
}
# The fields written for each item of a list-of-objects column, in order.
CSV_ITEM_FIELDS = {
    "participants": ("person_id", "name", "role"),
    "positions": ("title", "organization_id", "start_date", "end_date", "first_seen", "last_seen"),
    "status_history": ("changed_on", "firmness", "fulfilment"),
}
LIST_SEPARATOR = "|"
ITEM_FIELD_SEPARATOR = ":"


def _scalar(value) -> str:
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace(":", "\\:")


def csv_cell(column: str, value) -> str:
    """The text of one CSV cell for a JSON value (see the module docstring)."""
    if not isinstance(value, list):
        return _scalar(value)
    if column in CSV_ITEM_FIELDS:
        fields = CSV_ITEM_FIELDS[column]
        return LIST_SEPARATOR.join(
            ITEM_FIELD_SEPARATOR.join(_escape(_scalar(item[f])) for f in fields) for item in value
        )
    return LIST_SEPARATOR.join(_escape(_scalar(item)) for item in value)


def write_csv_list(stream, name: str, records) -> None:
    columns = COLUMNS[name]
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(columns)
    for record in records:
        writer.writerow([csv_cell(column, record[column]) for column in columns])


def export_csv(target) -> None:
    """Write releases.csv … pledges.csv into ``target``: a folder (created if missing) or, when
    the path ends in ``.zip``, a zip archive. Files are UTF-8 without a byte-order mark."""
    target = Path(target)
    with consistent_snapshot():
        if target.suffix.lower() == ".zip":
            with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                for name in LISTS:
                    with (
                        archive.open(f"{name}.csv", "w") as raw,
                        io.TextIOWrapper(raw, encoding="utf-8", newline="") as stream,
                    ):
                        write_csv_list(stream, name, ITERATORS[name]())
        else:
            target.mkdir(parents=True, exist_ok=True)
            for name in LISTS:
                with open(target / f"{name}.csv", "w", encoding="utf-8", newline="") as stream:
                    write_csv_list(stream, name, ITERATORS[name]())
