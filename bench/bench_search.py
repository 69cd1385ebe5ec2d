"""Search timings (diplomacy.search) on PostgreSQL at 20,000 releases.

    .venv/bin/python bench/bench_search.py [--releases 20000] [--repeat 30]

Runs bench_pages.py's first stage with ``--search-only``: a fresh database, the releases of the
synthetic corpus bulk-inserted, then median and p95 of the first page (50 rows) of each
search, with the total number of matches. Aim: p95 <= 50 ms.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_pages import main  # noqa: E402

if __name__ == "__main__":
    args = sys.argv[1:]
    if "--repeat" not in args:
        args += ["--repeat", "30"]
    sys.exit(main(["--search-only", *args]))
