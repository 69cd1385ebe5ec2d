"""Score the extractor against the hand-checked fixtures.

    python -m diplomacy.extraction.evaluate [--fixtures DIR] [--seeds DIR] [--min-f1 0.0]
                                            [--json] [--verbose] [--only SUBSTRING]

For every ``<fixtures>/expected/*.json`` the release text is read from ``<seeds>/<source_name>``
or ``<fixtures>/releases/<source_name>``, parsed and extracted with
``diplomacy.extraction.parse_release`` / ``extract`` / ``default_gazetteer``, and compared with
the expectation (format: ``fixtures/README.md``).

Figures (precision / recall / F1, micro-averaged over files by summing tp/fp/fn):

- ``title``            release title, exact after whitespace and quote normalisation
- ``release_date``     ``published_on``
- ``meeting_date``     meetings matched by best overlap, then date string + precision compared
- ``participants``     (matched meeting, name, role) for named participants
- ``participant_names``  the same without the role
- ``people``           person names (an extracted person matches on its name or any alias
                       against the expected name or aliases)
- ``organizations``    names; an expected organization also matches on its aliases/acronym
- ``pledges``          extracted text contains ``text_contains`` and the kind is equal
- ``pledge_texts``     the same without the kind

Accuracies per file: ``release_section``, ``release_hits``, ``release_notes``; over matched
meeting pairs: ``meeting_status``, ``meeting_format``,
``meeting_city``, ``meeting_kind``; over matched pledges with an expected amount:
``pledge_amount``.

Pure Python: no Django. The matching helpers are pure functions so they can be unit-tested.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import traceback
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from diplomacy.extraction.types import (
    Extraction,
    MeetingMention,
    OrganizationMention,
    PartialDate,
    PersonMention,
    PledgeMention,
)

REPO_ROOT = Path(__file__).resolve().parents[2]

F1_FIGURES = (
    "title",
    "release_date",
    "meeting_date",
    "participants",
    "participant_names",
    "people",
    "organizations",
    "pledges",
    "pledge_texts",
)
ACCURACY_FIGURES = (
    "release_section",
    "release_hits",
    "release_notes",
    "meeting_status",
    "meeting_format",
    "meeting_city",
    "meeting_kind",
    "pledge_amount",
)

# --- normalisation --------------------------------------------------------------------------

_QUOTES = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "`": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u2033": '"',
    "\u300c": '"',  # 「
    "\u300d": '"',  # 」
    "\u2013": "-",
    "\u2014": "-",
    "\u2010": "-",
    "\u2011": "-",
}
_QUOTE_TABLE = str.maketrans(_QUOTES)
_WS = re.compile(r"\s+")


def normalize_ws(text: str | None) -> str:
    """NBSP and every other whitespace run -> one space; stripped. Case and quotes kept."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text)  # NBSP -> space, full-width forms
    return _WS.sub(" ", text).strip()


def norm(text: str | None) -> str:
    """Comparison key: whitespace and quotes/dashes normalised, case-folded."""
    return normalize_ws(text).translate(_QUOTE_TABLE).casefold()


# --- counting -------------------------------------------------------------------------------


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        if self.tp + self.fn == 0:
            return 1.0 if self.fp == 0 else 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def as_dict(self) -> dict:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    def add(self, other: "Accuracy") -> None:
        self.correct += other.correct
        self.total += other.total

    @property
    def accuracy(self) -> float:
        return 1.0 if self.total == 0 else self.correct / self.total

    def as_dict(self) -> dict:
        return {"correct": self.correct, "total": self.total, "accuracy": round(self.accuracy, 4)}


# --- generic matching -----------------------------------------------------------------------


def max_bipartite_matching(
    left: Sequence[Any], right: Sequence[Any], compatible: Callable[[Any, Any], bool]
) -> list[tuple[int, int]]:
    """Maximum one-to-one matching (Kuhn's augmenting paths). Returns (left_i, right_j) pairs,
    sorted by left index. Deterministic: earlier candidates are tried first."""
    adj = [[j for j, r in enumerate(right) if compatible(l, r)] for l in left]
    match_right: dict[int, int] = {}

    def try_assign(i: int, seen: set[int]) -> bool:
        for j in adj[i]:  # a free candidate first, so easy cases pair in order
            if j not in match_right:
                match_right[j] = i
                return True
        for j in adj[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in match_right or try_assign(match_right[j], seen):
                match_right[j] = i
                return True
        return False

    for i in range(len(left)):
        try_assign(i, set())
    return sorted((i, j) for j, i in match_right.items())


def match_counts(
    expected: Sequence[Any], predicted: Sequence[Any], compatible: Callable[[Any, Any], bool]
) -> tuple[Counts, list[tuple[int, int]]]:
    pairs = max_bipartite_matching(expected, predicted, compatible)
    tp = len(pairs)
    return Counts(tp=tp, fp=len(predicted) - tp, fn=len(expected) - tp), pairs


def set_counts(expected: Iterable, predicted: Iterable) -> Counts:
    e, p = set(expected), set(predicted)
    return Counts(tp=len(e & p), fp=len(p - e), fn=len(e - p))


# --- dates ----------------------------------------------------------------------------------


def partial_date_str(pd: PartialDate | None) -> str | None:
    """``PartialDate`` -> "YYYY" / "YYYY-MM" / "YYYY-MM-DD" per its precision, or None."""
    if pd is None or pd.value is None:
        return None
    v = pd.value
    if pd.precision == "year":
        return f"{v.year:04d}"
    if pd.precision == "month":
        return f"{v.year:04d}-{v.month:02d}"
    return v.isoformat()


def date_precision(date_str: str | None) -> str | None:
    if not date_str:
        return None
    return {4: "year", 7: "month", 10: "day"}.get(len(date_str))


# --- names: people --------------------------------------------------------------------------


def expected_person_keys(person: dict) -> set[str]:
    keys = {norm(person.get("name"))}
    keys.update(norm(a) for a in person.get("aliases") or [])
    keys.discard("")
    return keys


def predicted_person_keys(person: PersonMention) -> set[str]:
    keys = {norm(person.name)}
    keys.update(norm(a) for a in person.aliases or [])
    keys.discard("")
    return keys


def person_matches(expected: dict, predicted: PersonMention) -> bool:
    """The extracted person's display name (or one of its aliases) equals the expected name or
    one of the expected aliases."""
    return bool(expected_person_keys(expected) & predicted_person_keys(predicted))


def build_name_resolver(expected_people: Sequence[dict]) -> Callable[[PersonMention | None], str | None]:
    """A function mapping an extracted person to the expected canonical (normalised) name it
    stands for, or to its own normalised name when it matches no expected person."""
    index: dict[str, str] = {}
    for p in expected_people:
        canonical = norm(p.get("name"))
        for k in expected_person_keys(p):
            index.setdefault(k, canonical)

    def resolve(person: PersonMention | None) -> str | None:
        if person is None:
            return None
        if norm(person.name) in index:
            return index[norm(person.name)]
        for k in predicted_person_keys(person):
            if k in index:
                return index[k]
        return norm(person.name) or None

    return resolve


# --- organizations --------------------------------------------------------------------------


def expected_org_keys(org: dict) -> set[str]:
    keys = {norm(org.get("name")), norm(org.get("acronym"))}
    keys.update(norm(a) for a in org.get("aliases") or [])
    keys.discard("")
    return keys


def org_matches(expected: dict, predicted: OrganizationMention) -> bool:
    """The extracted name equals the expected name, an expected alias or the expected acronym;
    or the extracted acronym equals one of those."""
    keys = expected_org_keys(expected)
    if norm(predicted.name) in keys:
        return True
    return bool(predicted.acronym) and norm(predicted.acronym) in keys


# --- pledges --------------------------------------------------------------------------------


def pledge_text_matches(expected: dict, predicted: PledgeMention) -> bool:
    needle = norm(expected.get("text_contains"))
    return bool(needle) and needle in norm(predicted.text)


def pledge_matches(expected: dict, predicted: PledgeMention) -> bool:
    return pledge_text_matches(expected, predicted) and expected.get("kind") == predicted.kind


def amount_equal(expected: Any, predicted: Decimal | None) -> bool:
    if expected is None:
        return predicted is None
    if predicted is None:
        return False
    try:
        return Decimal(str(expected)) == Decimal(predicted)
    except (InvalidOperation, ValueError):
        return False


# --- meetings -------------------------------------------------------------------------------

_STOP = {
    "the", "of", "and", "on", "for", "in", "to", "with", "a", "an", "at", "between", "meeting",
    "'s", "s",
}


def title_tokens(text: str | None) -> set[str]:
    return {t for t in re.findall(r"[a-z0-9]+", norm(text)) if t not in _STOP}


def jaccard(a: set, b: set) -> float:
    return 0.0 if not a and not b else len(a & b) / len(a | b)


def meeting_similarity(
    expected: dict,
    predicted: MeetingMention,
    predicted_names: set[str],
) -> float:
    """How well an extracted meeting overlaps an expected one (0 = nothing in common).
    ``predicted_names`` are the resolved (normalised) names of its named participants."""
    exp_names = {norm(p["name"]) for p in expected.get("participants") or [] if p.get("name")}
    score = 0.0
    if exp_names or predicted_names:
        score += 3.0 * jaccard(exp_names, predicted_names)
    pdate = partial_date_str(predicted.date)
    edate = expected.get("date")
    if edate and pdate:
        if edate == pdate:
            score += 2.0
        elif edate[:7] == pdate[:7]:
            score += 1.0
    score += 2.0 * jaccard(title_tokens(expected.get("title")), title_tokens(predicted.title))
    if expected.get("city") and norm(expected["city"]) == norm(predicted.city):
        score += 1.0
    if score > 0 and expected.get("kind") == predicted.kind:
        score += 0.5
    if score > 0 and expected.get("status") == predicted.status:
        score += 0.25
    return score


def match_meetings(
    expected: Sequence[dict],
    predicted: Sequence[MeetingMention],
    names_of: Callable[[MeetingMention], set[str]],
) -> list[tuple[int, int]]:
    """Greedy one-to-one matching by descending similarity; pairs with similarity 0 are never
    matched. Returns (expected_i, predicted_j) pairs sorted by expected index."""
    candidates = []
    for i, e in enumerate(expected):
        for j, p in enumerate(predicted):
            s = meeting_similarity(e, p, names_of(p))
            if s > 0:
                candidates.append((-s, i, j))
    candidates.sort()
    used_e: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i in used_e or j in used_p:
            continue
        used_e.add(i)
        used_p.add(j)
        pairs.append((i, j))
    return sorted(pairs)


# --- scoring one release --------------------------------------------------------------------


def _empty_result(source_name: str) -> dict:
    return {
        "source_name": source_name,
        "figures": {f: Counts() for f in F1_FIGURES},
        "accuracy": {f: Accuracy() for f in ACCURACY_FIGURES},
        "misses": [],
        "error": None,
    }


def score(expected: dict, extraction: Extraction | None) -> dict:
    """Compare one expected JSON object with one ``Extraction`` (None = extractor failed).

    Returns ``{"source_name", "figures": {figure: {tp, fp, fn, precision, recall, f1}},
    "accuracy": {figure: {correct, total, accuracy}}, "misses": [str], "meeting_pairs":
    [(expected_i, predicted_j)], "error": None}``."""
    res = _score_counts(expected, extraction)
    return _finish(res)


def _finish(res: dict) -> dict:
    out = dict(res)
    out["figures"] = {k: v.as_dict() for k, v in res["figures"].items()}
    out["accuracy"] = {k: v.as_dict() for k, v in res["accuracy"].items()}
    return out


def _score_counts(expected: dict, extraction: Extraction | None) -> dict:
    res = _empty_result(expected.get("source_name", ""))
    fig: dict[str, Counts] = res["figures"]
    acc: dict[str, Accuracy] = res["accuracy"]
    misses: list[str] = res["misses"]

    release = extraction.release if extraction is not None else None
    p_people = list(extraction.people) if extraction else []
    p_orgs = list(extraction.organizations) if extraction else []
    p_meetings = list(extraction.meetings) if extraction else []
    p_pledges = list(extraction.pledges) if extraction else []

    # title
    e_title = normalize_ws(expected.get("title")).translate(_QUOTE_TABLE)
    p_title = normalize_ws(release.title if release else "").translate(_QUOTE_TABLE)
    fig["title"] = _single(e_title or None, p_title or None)
    if fig["title"].tp == 0 and (e_title or p_title):
        misses.append(f"title: expected {e_title!r}, got {p_title!r}")

    # release date
    e_pub = expected.get("published_on")
    p_pub = release.published_on.isoformat() if release and release.published_on else None
    fig["release_date"] = _single(e_pub, p_pub)
    if e_pub != p_pub:
        misses.append(f"release_date: expected {e_pub}, got {p_pub}")

    # release-level metadata (accuracy per file; absent when the extractor failed)
    if release is not None:
        for name, e_val, p_val in (
            ("release_section", normalize_ws(expected.get("section")), normalize_ws(release.section)),
            ("release_hits", expected.get("hits"), release.hits),
            ("release_notes", sorted(norm(n) for n in expected.get("notes") or []),
             sorted(norm(n) for n in release.notes or [])),
        ):
            acc[name].total += 1
            if e_val == p_val:
                acc[name].correct += 1
            else:
                misses.append(f"{name}: expected {e_val!r}, got {p_val!r}")

    # people
    e_people = expected.get("people") or []
    c, pairs = match_counts(e_people, p_people, person_matches)
    fig["people"] = c
    _report_unmatched(misses, "people", e_people, p_people, pairs,
                      lambda e: e.get("name"), lambda p: p.name)

    # organizations
    e_orgs = expected.get("organizations") or []
    c, pairs = match_counts(e_orgs, p_orgs, org_matches)
    fig["organizations"] = c
    _report_unmatched(misses, "organizations", e_orgs, p_orgs, pairs,
                      lambda e: e.get("name"),
                      lambda p: p.name + (f" ({p.acronym})" if p.acronym else ""))

    # meetings
    resolve = build_name_resolver(e_people)
    by_key = {p.key: p for p in p_people}

    def names_of(m: MeetingMention) -> set[str]:
        out = set()
        for part in m.participants:
            if part.person_key and part.person_key in by_key:
                n = resolve(by_key[part.person_key])
                if n:
                    out.add(n)
        return out

    e_meetings = expected.get("meetings") or []
    mpairs = match_meetings(e_meetings, p_meetings, names_of)
    res["meeting_pairs"] = mpairs
    e_to_p = dict(mpairs)
    p_to_e = {j: i for i, j in mpairs}

    date_c = Counts()
    for i, e in enumerate(e_meetings):
        e_date = e.get("date")
        if i in e_to_p:
            p = p_meetings[e_to_p[i]]
            p_date = partial_date_str(p.date)
            p_prec = p.date.precision if p.date and p.date.value else None
            ok = e_date == p_date and date_precision(e_date) == p_prec
            if e_date is None and p_date is None:
                pass  # nothing to count for the date; the pair's other fields still are
            elif ok:
                date_c.tp += 1
            else:
                if p_date is not None:
                    date_c.fp += 1
                if e_date is not None:
                    date_c.fn += 1
                misses.append(
                    f"meeting_date: {e.get('title')!r}: expected {e_date}, got {p_date} ({p_prec})"
                )
            for name, e_val, p_val in (
                ("meeting_status", e.get("status"), p.status),
                ("meeting_format", e.get("format"), p.format),
                ("meeting_city", norm(e.get("city")), norm(p.city)),
                ("meeting_kind", e.get("kind"), p.kind),
            ):
                acc[name].total += 1
                if e_val == p_val:
                    acc[name].correct += 1
                else:
                    misses.append(f"{name}: {e.get('title')!r}: expected {e_val!r}, got {p_val!r}")
        else:
            if e_date is not None:
                date_c.fn += 1
            misses.append(f"meeting: missed {e.get('title')!r} ({e_date})")
    for j, p in enumerate(p_meetings):
        if j not in p_to_e:
            if partial_date_str(p.date) is not None:
                date_c.fp += 1
            misses.append(f"meeting: extra {p.title!r} ({partial_date_str(p.date)})")
    fig["meeting_date"] = date_c

    # participants: (meeting id, name, role) with expected-side meeting ids where matched
    e_parts = set()
    for i, e in enumerate(e_meetings):
        for part in e.get("participants") or []:
            if part.get("name"):
                e_parts.add((i, norm(part["name"]), part.get("role")))
    p_parts = set()
    for j, m in enumerate(p_meetings):
        mid: Any = p_to_e.get(j, ("extra", j))
        for part in m.participants:
            if not part.person_key:
                continue
            name = resolve(by_key.get(part.person_key)) if part.person_key in by_key else None
            if not name:
                name = norm(part.name_as_written)
            p_parts.add((mid, name, part.role))
    fig["participants"] = set_counts(e_parts, p_parts)
    fig["participant_names"] = set_counts({t[:2] for t in e_parts}, {t[:2] for t in p_parts})
    for t in sorted(e_parts - p_parts, key=str):
        misses.append(f"participants: missed {t[1]!r} as {t[2]} in meeting #{t[0]}")
    for t in sorted(p_parts - e_parts, key=str):
        misses.append(f"participants: extra {t[1]!r} as {t[2]} in meeting {t[0]}")

    # pledges
    e_pledges = expected.get("pledges") or []
    c, pairs = match_counts(e_pledges, p_pledges, pledge_matches)
    fig["pledges"] = c
    _report_unmatched(misses, "pledges", e_pledges, p_pledges, pairs,
                      lambda e: f"[{e.get('kind')}] {e.get('text_contains')}",
                      lambda p: f"[{p.kind}] {normalize_ws(p.text)[:120]}")
    c_text, text_pairs = match_counts(e_pledges, p_pledges, pledge_text_matches)
    fig["pledge_texts"] = c_text
    for i, j in text_pairs:
        e = e_pledges[i]
        if "amount" in e or "currency" in e:
            p = p_pledges[j]
            acc["pledge_amount"].total += 1
            if amount_equal(e.get("amount"), p.amount) and (e.get("currency") or "") == (p.currency or ""):
                acc["pledge_amount"].correct += 1
            else:
                misses.append(
                    f"pledge_amount: {e.get('text_contains')!r}: expected "
                    f"{e.get('amount')} {e.get('currency')}, got {p.amount} {p.currency}"
                )
    return res


def _single(expected: str | None, predicted: str | None) -> Counts:
    if expected is None and predicted is None:
        return Counts()
    if expected is not None and predicted is not None and norm(expected) == norm(predicted):
        return Counts(tp=1)
    return Counts(fp=int(predicted is not None), fn=int(expected is not None))


def _report_unmatched(misses, figure, expected, predicted, pairs, e_label, p_label) -> None:
    matched_e = {i for i, _ in pairs}
    matched_p = {j for _, j in pairs}
    for i, e in enumerate(expected):
        if i not in matched_e:
            misses.append(f"{figure}: missed {e_label(e)}")
    for j, p in enumerate(predicted):
        if j not in matched_p:
            misses.append(f"{figure}: extra {p_label(p)}")


# --- aggregation ----------------------------------------------------------------------------


def aggregate(results: Sequence[dict]) -> dict:
    """Sum the counts of several ``score`` results (micro-average)."""
    figs = {f: Counts() for f in F1_FIGURES}
    accs = {f: Accuracy() for f in ACCURACY_FIGURES}
    for r in results:
        for f, d in r["figures"].items():
            figs.setdefault(f, Counts()).add(Counts(d["tp"], d["fp"], d["fn"]))
        for f, d in r["accuracy"].items():
            accs.setdefault(f, Accuracy()).add(Accuracy(d["correct"], d["total"]))
    return {
        "figures": {k: v.as_dict() for k, v in figs.items()},
        "accuracy": {k: v.as_dict() for k, v in accs.items()},
    }


# --- fixtures I/O ---------------------------------------------------------------------------


def find_release(source_name: str, fixtures_dir: Path, seeds_dir: Path) -> Path | None:
    for d in (seeds_dir, fixtures_dir / "releases"):
        p = d / source_name
        if p.is_file():
            return p
    return None


def load_expected(fixtures_dir: Path, only: str | None = None) -> list[tuple[Path, dict]]:
    out = []
    for p in sorted((fixtures_dir / "expected").glob("*.json")):
        if only and only not in p.name:
            continue
        out.append((p, json.loads(p.read_text(encoding="utf-8"))))
    return out


def _load_extractor():
    """(parse_release, extract, gazetteer, warning). While the extraction half is still being
    written, fall back to parse-only: the extraction holds the parsed release and nothing else
    (title and release date are scored, everything else counts as missed)."""
    import diplomacy.extraction as pkg

    parse_release = pkg.parse_release  # AttributeError/ImportError if even the parser is missing
    extract = getattr(pkg, "extract", None)
    default_gazetteer = getattr(pkg, "default_gazetteer", None)
    if extract is None:
        version = getattr(pkg, "EXTRACTOR_VERSION", "parse-only")

        def extract(parsed, gazetteer=None):  # noqa: ARG001
            return Extraction(release=parsed, extractor_version=f"{version} (parse-only)")

        return parse_release, extract, None, "extract() not importable: scoring parse-only"
    gazetteer = default_gazetteer() if default_gazetteer is not None else None
    return parse_release, extract, gazetteer, None


def run(fixtures_dir: Path, seeds_dir: Path, only: str | None = None) -> list[dict]:
    parse_release, extract, gazetteer, warning = _load_extractor()
    if warning:
        print(f"warning: {warning}", file=sys.stderr)
    results = []
    for path, expected in load_expected(fixtures_dir, only):
        source_name = expected.get("source_name") or path.stem + ".txt"
        release_path = find_release(source_name, fixtures_dir, seeds_dir)
        error = None
        extraction = None
        if release_path is None:
            error = f"release text not found for {source_name}"
        else:
            try:
                parsed = parse_release(release_path.read_bytes(), source_name)
                extraction = extract(parsed, gazetteer=gazetteer)
            except Exception as exc:  # noqa: BLE001 - a failing file scores zero, run goes on
                error = f"{type(exc).__name__}: {exc}"
                tb = traceback.format_exc(limit=3)
                error += "\n" + tb
        r = score(expected, extraction)
        r["error"] = error
        results.append(r)
    return results


# --- CLI ------------------------------------------------------------------------------------


def format_table(summary: dict) -> str:
    lines = [f"{'figure':<20} {'P':>6} {'R':>6} {'F1':>6}   {'tp':>4} {'fp':>4} {'fn':>4}"]
    lines.append("-" * len(lines[0]))
    for f, d in summary["figures"].items():
        lines.append(
            f"{f:<20} {d['precision']:>6.3f} {d['recall']:>6.3f} {d['f1']:>6.3f}   "
            f"{d['tp']:>4} {d['fp']:>4} {d['fn']:>4}"
        )
    lines.append("")
    lines.append(f"{'accuracy':<20} {'acc':>6} {'n':>6}")
    for f, d in summary["accuracy"].items():
        lines.append(f"{f:<20} {d['accuracy']:>6.3f} {d['total']:>6}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m diplomacy.extraction.evaluate", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--fixtures", type=Path, default=REPO_ROOT / "fixtures")
    ap.add_argument("--seeds", type=Path, default=REPO_ROOT / "seeds")
    ap.add_argument("--min-f1", type=float, default=0.0)
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    ap.add_argument("--verbose", "-v", action="store_true", help="list per-file misses")
    ap.add_argument("--only", default=None, help="score only expected files whose name contains this")
    args = ap.parse_args(argv)

    try:
        results = run(args.fixtures, args.seeds, args.only)
    except (ImportError, AttributeError) as exc:
        print(f"cannot import the extractor: {exc}", file=sys.stderr)
        return 2
    summary = aggregate(results)
    failing = [f for f, d in summary["figures"].items() if d["f1"] < args.min_f1]

    if args.json:
        print(json.dumps({"summary": summary, "files": results, "failing": failing},
                         ensure_ascii=False, indent=2, default=str))
    else:
        print(f"{len(results)} releases scored")
        print(format_table(summary))
        errors = [r for r in results if r.get("error")]
        for r in errors:
            print(f"\nERROR {r['source_name']}: {r['error'].splitlines()[0]}")
        if args.verbose:
            for r in results:
                if r["misses"] or r.get("error"):
                    print(f"\n== {r['source_name']}")
                    if r.get("error"):
                        print(r["error"])
                    for m in r["misses"]:
                        print(f"  - {m}")
        if failing:
            print(f"\nF1 below {args.min_f1}: {', '.join(failing)}")
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main())
