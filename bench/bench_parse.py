"""Throughput of the extraction layer over the seeds repeated.

    .venv/bin/python bench/bench_parse.py [N]      # N releases, default 5000
"""

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from diplomacy.extraction import default_gazetteer, extract, parse_release  # noqa: E402


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    seeds = [(p.name, p.read_bytes()) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    items = [seeds[i % len(seeds)] for i in range(n)]
    gaz = default_gazetteer()
    extract(parse_release(seeds[0][1], seeds[0][0]), gaz)  # warm caches (compiled matchers)
    t0 = time.perf_counter()
    parsed = [parse_release(raw, name) for name, raw in items]
    t1 = time.perf_counter()
    for p in parsed[: max(1, n // 5)]:
        extract(p, gaz)
    t2 = time.perf_counter()
    m = max(1, n // 5)
    print(f"parse only:      {n / (t1 - t0):9.0f} releases/s  ({n} releases)")
    print(f"parse + extract: {m / ((t1 - t0) / n * m + (t2 - t1)):9.0f} releases/s  ({m} releases)")


if __name__ == "__main__":
    main()
