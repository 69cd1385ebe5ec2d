"""The held-out evaluation set in fixtures/holdout follows fixtures/README.md, like fixtures/.

Layout (what ``python -m diplomacy.extraction.evaluate --fixtures fixtures/holdout`` reads):
``fixtures/holdout/releases/<stem>.txt`` and ``fixtures/holdout/expected/<stem>.json``.

The per-file checks are the ones in ``test_fixtures_valid.py``: its test function is called with
its FIXTURES/SEEDS globals pointed at the holdout folder, so the two never drift apart.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplomacy.extraction.evaluate import find_release, load_expected
from tests.extraction import test_fixtures_valid as base

HOLDOUT = base.ROOT / "fixtures" / "holdout"
HOLDOUT_RELEASES = HOLDOUT / "releases"
HOLDOUT_EXPECTED = sorted((HOLDOUT / "expected").glob("*.json"))
MIN_RELEASES = 12


def test_every_holdout_release_has_an_expectation_and_vice_versa():
    releases = {p.stem for p in HOLDOUT_RELEASES.glob("*.txt")}
    expected = {p.stem for p in HOLDOUT_EXPECTED}
    assert len(releases) >= MIN_RELEASES, f"only {len(releases)} holdout releases"
    assert releases == expected, (
        f"releases without expectation: {sorted(releases - expected)}; "
        f"expectations without release: {sorted(expected - releases)}"
    )


def test_holdout_does_not_overlap_the_development_fixtures():
    dev = {p.stem for p in (base.FIXTURES / "releases").glob("*.txt")}
    dev |= {p.stem for p in base.SEEDS.glob("*.txt")}
    holdout = {p.stem for p in HOLDOUT_RELEASES.glob("*.txt")}
    clash = sorted(dev & holdout)
    assert not clash, f"same names in fixtures/ and fixtures/holdout: {clash}"
    dev_texts = {p.read_bytes() for p in (base.FIXTURES / "releases").glob("*.txt")}
    dev_texts |= {p.read_bytes() for p in base.SEEDS.glob("*.txt")}
    for p in HOLDOUT_RELEASES.glob("*.txt"):
        assert p.read_bytes() not in dev_texts, f"{p.name} is a copy of a development release"


def test_the_scorer_finds_every_holdout_release():
    loaded = load_expected(HOLDOUT)
    assert len(loaded) == len(HOLDOUT_EXPECTED)
    for path, data in loaded:
        # the seeds folder is searched first by the scorer; a holdout name must not resolve there
        found = find_release(data["source_name"], HOLDOUT, base.SEEDS)
        assert found == HOLDOUT_RELEASES / data["source_name"], f"{path.name}: scorer reads {found}"


@pytest.mark.parametrize("path", HOLDOUT_EXPECTED, ids=[p.stem for p in HOLDOUT_EXPECTED])
def test_holdout_expected_file_is_valid(path: Path, monkeypatch):
    monkeypatch.setattr(base, "FIXTURES", HOLDOUT)
    monkeypatch.setattr(base, "SEEDS", HOLDOUT_RELEASES)
    base.test_expected_file_is_valid(path)


@pytest.mark.parametrize("path", HOLDOUT_EXPECTED, ids=[p.stem for p in HOLDOUT_EXPECTED])
def test_holdout_json_is_utf8_with_typographic_text_kept(path: Path):
    raw = path.read_bytes()
    data = json.loads(raw.decode("utf-8"))
    assert "\\u" not in raw.decode("utf-8"), f"{path.name}: write JSON with ensure_ascii=False"
    assert data["source_name"].endswith(".txt")
