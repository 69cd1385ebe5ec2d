"""The held-out evaluation sets in fixtures/holdout, fixtures/holdout2, fixtures/holdout3,
fixtures/holdout4, fixtures/holdout5, fixtures/holdout6 and fixtures/holdout7 follow fixtures/README.md, like fixtures/.

Layout (what ``python -m diplomacy.extraction.evaluate --fixtures fixtures/holdout`` reads, and the
same for ``fixtures/holdout2``, ``fixtures/holdout3``, ``fixtures/holdout4``, ``fixtures/holdout5``, ``fixtures/holdout6`` and ``fixtures/holdout7``): ``<set>/releases/<stem>.txt`` and ``<set>/expected/<stem>.json``.

The per-file checks are the ones in ``test_fixtures_valid.py``: its test function is called with
its FIXTURES/SEEDS globals pointed at the holdout folder, so the two never drift apart.
These tests check format validity only; they never compare the expected data with extractor output.
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

# fixtures/holdout2: a second held-out set, written independently (see its README.md)
HOLDOUT2 = base.ROOT / "fixtures" / "holdout2"
# fixtures/holdout3: a third blind set, written without reading the extractor (see its README.md)
HOLDOUT3 = base.ROOT / "fixtures" / "holdout3"
# fixtures/holdout4: a fourth blind set, written without reading the extractor (see its README.md)
HOLDOUT4 = base.ROOT / "fixtures" / "holdout4"
# fixtures/holdout5: a fifth blind set, paraphrased from real even-year MOFA releases (see its README.md)
HOLDOUT5 = base.ROOT / "fixtures" / "holdout5"
# fixtures/holdout6: a sixth blind set, paraphrased from other real even-year MOFA releases (see its README.md)
HOLDOUT6 = base.ROOT / "fixtures" / "holdout6"
# fixtures/holdout7: a seventh blind set, paraphrased from further real even-year MOFA releases (see its README.md)
HOLDOUT7 = base.ROOT / "fixtures" / "holdout7"
MIN_RELEASES_BY_SET = {HOLDOUT: MIN_RELEASES, HOLDOUT2: 15, HOLDOUT3: 20, HOLDOUT4: 20, HOLDOUT5: 20, HOLDOUT6: 20, HOLDOUT7: 20}
HOLDOUT_SETS = list(MIN_RELEASES_BY_SET)
SET_IDS = [p.name for p in HOLDOUT_SETS]

ALL_EXPECTED = [(s, p) for s in HOLDOUT_SETS for p in sorted((s / "expected").glob("*.json"))]
ALL_EXPECTED_IDS = [f"{s.name}/{p.stem}" for s, p in ALL_EXPECTED]


@pytest.mark.parametrize("holdout", HOLDOUT_SETS, ids=SET_IDS)
def test_every_holdout_release_has_an_expectation_and_vice_versa(holdout: Path):
    releases = {p.stem for p in (holdout / "releases").glob("*.txt")}
    expected = {p.stem for p in (holdout / "expected").glob("*.json")}
    minimum = MIN_RELEASES_BY_SET[holdout]
    assert len(releases) >= minimum, f"only {len(releases)} releases in {holdout.name}"
    assert releases == expected, (
        f"releases without expectation: {sorted(releases - expected)}; "
        f"expectations without release: {sorted(expected - releases)}"
    )


@pytest.mark.parametrize("holdout", HOLDOUT_SETS, ids=SET_IDS)
def test_holdout_does_not_overlap_the_development_fixtures(holdout: Path):
    dev = {p.stem for p in (base.FIXTURES / "releases").glob("*.txt")}
    dev |= {p.stem for p in base.SEEDS.glob("*.txt")}
    held = {p.stem for p in (holdout / "releases").glob("*.txt")}
    clash = sorted(dev & held)
    assert not clash, f"same names in fixtures/ and fixtures/{holdout.name}: {clash}"
    dev_texts = {p.read_bytes() for p in (base.FIXTURES / "releases").glob("*.txt")}
    dev_texts |= {p.read_bytes() for p in base.SEEDS.glob("*.txt")}
    for p in (holdout / "releases").glob("*.txt"):
        assert p.read_bytes() not in dev_texts, f"{p.name} is a copy of a development release"


# Every later set against every earlier one: no shared file names, no copied release.
SET_PAIRS = [(later, earlier) for i, later in enumerate(HOLDOUT_SETS) for earlier in HOLDOUT_SETS[:i]]


@pytest.mark.parametrize(("later", "earlier"), SET_PAIRS, ids=[f"{x.name}-vs-{y.name}" for x, y in SET_PAIRS])
def test_a_holdout_set_does_not_overlap_the_earlier_ones(later: Path, earlier: Path):
    before = {p.stem: p.read_bytes() for p in (earlier / "releases").glob("*.txt")}
    after = {p.stem: p.read_bytes() for p in (later / "releases").glob("*.txt")}
    clash = sorted(set(before) & set(after))
    assert not clash, f"same names in fixtures/{earlier.name} and fixtures/{later.name}: {clash}"
    copies = sorted(stem for stem, text in after.items() if text in set(before.values()))
    assert not copies, f"{later.name} releases copied from {earlier.name}: {copies}"


@pytest.mark.parametrize("holdout", HOLDOUT_SETS, ids=SET_IDS)
def test_the_scorer_finds_every_holdout_release(holdout: Path):
    loaded = load_expected(holdout)
    assert len(loaded) == len(list((holdout / "expected").glob("*.json")))
    for path, data in loaded:
        # the seeds folder is searched first by the scorer; a holdout name must not resolve there
        found = find_release(data["source_name"], holdout, base.SEEDS)
        assert found == holdout / "releases" / data["source_name"], f"{path.name}: scorer reads {found}"


@pytest.mark.parametrize(("holdout", "path"), ALL_EXPECTED, ids=ALL_EXPECTED_IDS)
def test_holdout_expected_file_is_valid(holdout: Path, path: Path, monkeypatch):
    monkeypatch.setattr(base, "FIXTURES", holdout)
    monkeypatch.setattr(base, "SEEDS", holdout / "releases")
    base.test_expected_file_is_valid(path)


@pytest.mark.parametrize(("holdout", "path"), ALL_EXPECTED, ids=ALL_EXPECTED_IDS)
def test_holdout_json_is_utf8_with_typographic_text_kept(holdout: Path, path: Path):
    raw = path.read_bytes()
    data = json.loads(raw.decode("utf-8"))
    assert "\\u" not in raw.decode("utf-8"), f"{path.name}: write JSON with ensure_ascii=False"
    assert data["source_name"].endswith(".txt")
    assert data["source_name"] == path.stem + ".txt", f"{path.name}: source_name must be the same stem"
