"""Gazetteer: what the database already knows (organizations, people with tenures, titles,
event founding years), loaded from ``fixtures/gazetteer/*.json`` or passed in by the loader.

JSON schema (one file per list; all files optional; mirrors ``types.Known*``):

``organizations.json`` — list of objects::

    {"name": "Ministry of Foreign Affairs",      # canonical name (required)
     "acronym": "MOFA",                           # "" when none
     "aliases": ["Foreign Ministry", ...],        # other written forms
     "kind": "ministry",                          # one of ORGANIZATION_KINDS
     "country": "KR",                             # ISO alpha-2 or null (international)
     "parent": null}                              # canonical name of the parent or null

``people.json`` — list of objects::

    {"name": "Yun Byung-se", "family_name": "Yun", "given_name": "Byung-se",
     "name_order": "family_first",                # or "given_first"
     "aliases": [], "country": "KR",
     "tenures": [{"title": "Minister of Foreign Affairs",
                  "organization": "Ministry of Foreign Affairs",
                  "start": "2013-03-11", "end": "2017-06-18"}]}   # ISO dates or null

``titles.json`` — list of strings (extra titles curators added).

``events.json`` — list of ``{"name": "...", "founding_year": 2001}``: series or facts whose
first year lets us date "the 20th anniversary this year"; and/or ``"editions": [[50, 2014]]``
(with optional ``"per_year"`` and ``"aliases"``): anchors that date a numbered edition ("the
52nd Munich Security Conference" → 2016), see ``series.py``.

``load_gazetteer(directory)`` reads them into a frozen ``Gazetteer``; ``default_gazetteer()``
caches the one in ``fixtures/gazetteer``. Compiled matchers are cached per gazetteer
(``Gazetteer`` is frozen and hashable), see ``organizations.org_index``.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache
from pathlib import Path

from .series import series_from_dict
from .types import Gazetteer, KnownOrganization, KnownPerson, KnownTenure

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "fixtures" / "gazetteer"


def _date(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


def organization_from_dict(d: dict) -> KnownOrganization:
    return KnownOrganization(
        name=d["name"], acronym=d.get("acronym") or "", aliases=tuple(d.get("aliases") or ()),
        kind=d.get("kind") or "other", country=d.get("country"), parent=d.get("parent"),
        db_id=d.get("db_id"),
    )


def person_from_dict(d: dict) -> KnownPerson:
    tenures = tuple(
        KnownTenure(title=t["title"], organization=t.get("organization"),
                    start=_date(t.get("start")), end=_date(t.get("end")))
        for t in d.get("tenures") or ()
    )
    return KnownPerson(
        name=d["name"], family_name=d.get("family_name") or "", given_name=d.get("given_name") or "",
        name_order=d.get("name_order") or "given_first", aliases=tuple(d.get("aliases") or ()),
        country=d.get("country"), tenures=tenures, db_id=d.get("db_id"),
    )


def _read(path: Path) -> list:
    if not path.exists():
        return []
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, list):
        raise ValueError(f"{path}: expected a JSON list")
    return data


def load_gazetteer(directory: str | Path = DEFAULT_DIR) -> Gazetteer:
    d = Path(directory)
    events = _read(d / "events.json")
    return Gazetteer(
        organizations=tuple(organization_from_dict(x) for x in _read(d / "organizations.json")),
        people=tuple(person_from_dict(x) for x in _read(d / "people.json")),
        titles=tuple(str(x) for x in _read(d / "titles.json")),
        event_founding_years=tuple((x["name"], int(x["founding_year"])) for x in events if "founding_year" in x),
        event_series=tuple(s for s in map(series_from_dict, events) if s is not None),
    )


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The gazetteer shipped in ``fixtures/gazetteer`` (cached)."""
    return load_gazetteer(DEFAULT_DIR)
