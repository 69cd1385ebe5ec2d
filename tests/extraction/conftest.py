import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from diplomacy.extraction import extract, parse_release  # noqa: E402

SEEDS = ROOT / "seeds"


def _load(stem: str):
    path = next(SEEDS.glob(stem + "*"))
    return parse_release(path.read_bytes(), path.name)


@pytest.fixture(scope="session")
def seed():
    cache = {}

    def get(n: str):
        if n not in cache:
            cache[n] = _load(n)
        return cache[n]

    return get


@pytest.fixture(scope="session")
def seed_x(seed):
    cache = {}

    def get(n: str):
        if n not in cache:
            cache[n] = extract(seed(n))
        return cache[n]

    return get
