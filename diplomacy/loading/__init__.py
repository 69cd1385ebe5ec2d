"""Loading: maps the extractor's plain data onto the models, one transaction per file,
idempotently, never overwriting what staff curated."""

from .apply import Changes, apply_extraction
from .gazetteer import gazetteer_from_db, seed_gazetteer
from .run import FileResult, LoadSummary, iter_release_files, load_files, reextract_all

__all__ = [
    "Changes",
    "FileResult",
    "LoadSummary",
    "apply_extraction",
    "gazetteer_from_db",
    "iter_release_files",
    "load_files",
    "reextract_all",
    "seed_gazetteer",
]
