"""Taking the data out: JSON, CSV and Popolo exports, and restoring a dumpdata backup.

Plain functions; the ``export_data`` and ``restore_data`` commands call them. The formats are
documented in the README ("Exporting the data") and in the modules below.
"""

from .backup import RestoreError, database_is_empty, restore_backup
from .csv_export import export_csv
from .json_export import FORMAT_VERSION, export_json
from .popolo import export_popolo

__all__ = [
    "FORMAT_VERSION",
    "RestoreError",
    "database_is_empty",
    "export_csv",
    "export_json",
    "export_popolo",
    "restore_backup",
]
