"""Dates in release text and year inference for "on January 14"-style dates.

``find_dates`` reads "Wednesday, September 29", "June 13, 2016", "14 January 2021",
"in December", "April 2013", "2014-12-05". ``YearContext`` gathers, once per release, the
clues that settle a missing year: the release date (with New-Year and planned-event
adjustment), years written in event names ("2021 Seoul UN Peacekeeping Ministerial"),
"Nth anniversary this year" of something "first held in YYYY" (or a gazetteer founding
year), "Nth session of the UN General Assembly" (opens in September of 1945+N), tenures of
titled people from the gazetteer, explicit past/future years as bounds, and the weekday.
Precision is never invented: "in December" is month precision.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from dataclasses import dataclass

from .common import Text, norm, windowed_finditer
from .series import edition_clues, ordinal
from .types import PartialDate

# inline patterns, compiled once (re.search(r"…") pays a cache lookup per call)
_RX0 = re.compile(r"\b(?:in|of|early|mid-?|late|since|until|by|from|end of)\s$")
_RX1 = re.compile(r"\b(?:by|until|till|through)\s$")

MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
              "sept": 9, "oct": 10, "nov": 11, "dec": 12}
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
# the twelve month names as a regex alternation (no group), for patterns that name a month
MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
_MON = (r"(?:" + MONTH_NAMES + r"|"
        r"Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.)")
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
MDY_RE = re.compile(r"(?:(?P<wd>" + _WD + r"),?\s)?(?:the\s)?(?P<mon>" + _MON + r")\s(?P<day>\d{1,2})(?:st|nd|rd|th)?(?![\d:])(?:,?\s(?P<year>(?:19|20)\d{2})(?!\d))?")
DMY_RE = re.compile(r"(?:(?P<wd>" + _WD + r"),?\s)?(?<![\d.])(?P<day>\d{1,2})(?:st|nd|rd|th)?\s(?:of\s)?(?P<mon>" + _MON + r")(?:,?\s(?P<year>(?:19|20)\d{2})(?!\d))?")
MY_RE = re.compile(r"(?P<mon>" + _MON + r")(?:\s(?:of\s)?(?P<year>(?:19|20)\d{2})(?!\d))?")
_MON_ANCHOR = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
ISO_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)")
YEAR_RE = re.compile(r"(?<![\d-])((?:19|20)\d{2})(?![\d-])")
EVENT_YEAR_RE = re.compile(
    r"(?<![\w-])((?:19|20)\d{2})\s(?=[A-Z])((?:[A-Z][\w’'-]*\s?){1,7})|((?:[A-Z][\w’'-]*\s){1,6})((?:19|20)\d{2})(?![\d-])"
)
_YEAR_FAST_RE = re.compile(r"((?:19|20)\d{2})(?!\d)")
ANNIV_RE = re.compile(r"(\d{1,3})(?:st|nd|rd|th)\s+anniversary")
FOUNDED_RE = re.compile(
    r"(?:first held|first convened|launched|established|founded|created|inaugurated|set up|started|establishment|"
    r"launch|founding|inception|opening|normalization|normalisation)"
    r"[^.;]{0,80}?\bin\s(?:(?:" + MONTH_NAMES + r")\s)?((?:19|20)\d{2})(?!\d)"
)
UNGA_RE = re.compile(r"(\d{1,3})(?:st|nd|rd|th)\s+(?:[Ss]ession\s+of\s+the\s+(?:UN\s+|United Nations\s+)?General Assembly|"
                     r"(?:UN\s+|United Nations\s+)General Assembly|UNGA)\b")
_LOOKING_BACK_RE = re.compile(r"\W*(?:[o°◦º*※-]\s*)?(?:Previously|Earlier|In the past|Last year|Since)\b")
_MONTH_BEFORE_RE = re.compile(r"\b(?:" + MONTH_NAMES + r"),? $")
_PAST_PREP_RE = re.compile(r"\b(?:since|in|of|from|during|early|late|mid-?)\s*$")
_EVENT_YEAR_AFTER_RE = re.compile(r" (?!(?:and|to|when|after|before|as|at|in|on|for|the)\b)[A-Z]")
_CAP_BEFORE_RE = re.compile(r"[A-Z][\w’'-]* $")
FUTURE_RE = re.compile(r"\b(?:will|shall|upcoming|to be held|scheduled|plans? to|is to|are to|next year|expected to|hope|hopes|"
    r"agreed to (?:hold|host|convene|meet|launch)|to host|bid|candidacy|would)\b")


@dataclass(frozen=True)
class DateMention:  # frozen: find_dates results are memoized and shared
    start: int
    end: int
    year: int | None
    month: int
    day: int | None  # None: month precision
    weekday: int | None


def _month(s: str) -> int:
    s = s.lower().rstrip(".")
    return MONTHS.get(s) or MONTH_ABBR.get(s, 0)


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Dates in ``text[start:end]`` (memoized: the meeting finder asks about the same
    sentences several times; strings cache their hash, so the lookup is cheap)."""
    end = len(text) if end is None else end
    return list(_find_dates(text, start, end))


@lru_cache(maxsize=512)
def _find_dates(text: str, start: int, end: int) -> tuple[DateMention, ...]:
    return tuple(_scan_dates(text, start, end))


def _scan_dates(text: str, start: int, end: int) -> list[DateMention]:
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(s, e):
        return all(e <= a or s >= b for a, b in taken)

    has_month = _MON_ANCHOR.search(text, start, end) is not None
    for rx in ((MDY_RE, DMY_RE) if has_month else ()):
        for m in windowed_finditer(rx, _MON_ANCHOR, text, 30, 30, start, end):
            mon, day = _month(m.group("mon")), int(m.group("day"))
            if not (1 <= day <= 31) or not free(m.start(), m.end()):
                continue
            wd = WEEKDAYS.index(m.group("wd").lower()) if m.group("wd") else None
            y = int(m.group("year")) if m.group("year") else None
            out.append(DateMention(m.start(), m.end(), y, mon, day, wd))
            taken.append((m.start(), m.end()))
    for m in ISO_RE.finditer(text, start, end):
        if free(m.start(), m.end()) and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31:
            out.append(DateMention(m.start(), m.end(), int(m.group(1)), int(m.group(2)), int(m.group(3)), None))
            taken.append((m.start(), m.end()))
    for m in (MY_RE.finditer(text, start, end) if has_month else ()):
        if not free(m.start(), m.end()):
            continue
        if m.group("mon") == "May" and not m.group("year") and not _RX0.search(text[max(0, m.start() - 9) : m.start()]):
            continue  # "May" the verb
        y = int(m.group("year")) if m.group("year") else None
        out.append(DateMention(m.start(), m.end(), y, _month(m.group("mon")), None, None))
        taken.append((m.start(), m.end()))
    out.sort(key=lambda d: d.start)
    return out


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


_FOUNDING_CACHE: dict[int, tuple[tuple, dict]] = {}


def _founding(event_years: tuple) -> dict:
    """norm(name) -> year, built once per gazetteer tuple (identity-keyed)."""
    hit = _FOUNDING_CACHE.get(id(event_years))
    if hit is not None and hit[0] is event_years:
        return hit[1]
    if len(_FOUNDING_CACHE) > 4:
        _FOUNDING_CACHE.clear()
    d = {norm(n): y for n, y in event_years}
    _FOUNDING_CACHE[id(event_years)] = (event_years, d)
    return d


def _unga_clue(n: int, month: int | None) -> tuple[int, str]:
    """The year of a date in ``month`` during the nth session of the UN General Assembly."""
    y = 1945 + n
    if month is not None and month < 9:  # the session runs from September to September
        return y + 1, f"the {ordinal(n)} session of the UN General Assembly runs from September {y} to September {y + 1}"
    return y, f"the {ordinal(n)} session of the UN General Assembly opened in September {y}"


class YearContext:
    """Per-release clues for missing years."""

    def __init__(self, t: Text, release_date: dt.date | None, event_years: tuple = (), title_end: int = 0,
                 series: tuple = ()):
        self.t = t
        self.series = series
        self.release_date = release_date
        text = t.text
        self.global_clues: list[tuple[int, str]] = []
        self.tenures: list[tuple[dt.date | None, dt.date | None, str]] = []
        self.lower: tuple[int, str] | None = None
        self.upper: tuple[int, str] | None = None
        founding = _founding(event_years)
        # numbered editions of known series anywhere in the release ("the 52nd Munich Security
        # Conference"); the same in a meeting's own sentence is also a local clue
        # and the sessions of the UN General Assembly (their year depends on the month: resolve);
        # a mention in a sentence that dates itself ("at the 74th session … in 2019") or looks
        # back ("Previously, …") is background, not a clue to the release's own dates
        self.unga_sessions = []
        for s0, s1 in (t.sentences if series or "General Assembly" in text or "UNGA" in text else ()):
            sent = text[s0:s1]
            if _YEAR_FAST_RE.search(sent) or _LOOKING_BACK_RE.match(sent):
                continue
            self.global_clues.extend(edition_clues(sent, series))
            if "General Assembly" in sent or "UNGA" in sent:
                self.unga_sessions.extend(int(m.group(1)) for m in UNGA_RE.finditer(sent))
        self.unga_sessions = sorted(set(self.unga_sessions))
        # anniversaries "this year"
        for m in (ANNIV_RE.finditer(text) if "anniversary" in text else ()):
            s0, s1 = t.sentence_of(m.start())
            sent = text[s0:s1]
            if "this year" not in sent and "in the year that marks" not in sent:
                continue
            n = int(m.group(1))
            base = None
            why = ""
            tail = text[m.end() : s1]
            near, whole = norm(tail[:120]), norm(sent)
            for name, y in founding.items():
                if name in near or name in whole:
                    base, why = y, f"'{name}' began in {y} (gazetteer)"
                    break
            if base is None:
                idx = t.sentence_index(m.start())
                for ss, se in t.sentences[idx : idx + 4]:
                    fm = FOUNDED_RE.search(text, ss, se)
                    if fm:
                        base, why = int(fm.group(1)), f"first held in {fm.group(1)}"
                        break
            if base:
                self.global_clues.append((base + n, f"year {base + n} from the {m.group(0)} this year ({why})"))
        # explicit years as bounds
        future_of: dict[int, bool] = {}  # sentence start -> has future words
        for m in _YEAR_FAST_RE.finditer(text, title_end):
            ms = m.start()
            if (ms and (text[ms - 1].isdigit() or text[ms - 1] == "-")) or text[m.end() : m.end() + 1] == "-":
                continue  # the same test as YEAR_RE's lookarounds, done here (faster scan)
            y = int(m.group(1))
            s0, s1 = t.sentence_of(ms)
            fut = future_of.get(s0)
            if fut is None:
                fut = future_of[s0] = FUTURE_RE.search(text, s0, s1) is not None
            if fut:  # the future words must govern this year: within its clause, before it
                fut = FUTURE_RE.search(text, max(s0, ms - 90), ms) is not None or \
                    FUTURE_RE.match(text, m.end() + 1) is not None
            if _RX1.search(text[max(0, m.start() - 8) : m.start()]):
                continue  # a target year ("carbon neutrality by 2050") says nothing of the date
            if fut and text.endswith("since ", 0, ms):
                fut = False  # r6b: "which has established itself since 2007 … could": a past year
            if fut:
                if self.upper is None or y < self.upper[0]:
                    self.upper = (y, f"'{y}' is mentioned as upcoming")
                continue
            pre = text[max(0, ms - 12) : ms]
            if _MONTH_BEFORE_RE.search(pre) or _PAST_PREP_RE.search(pre):
                pass  # "in June 2023", "since 1988": a past year
            elif _EVENT_YEAR_AFTER_RE.match(text, m.end()) or _CAP_BEFORE_RE.search(pre):
                continue  # "the 2030 World Expo", "PyeongChang 2018": an event's year, maybe ahead
            if self.lower is None or y > self.lower[0]:
                self.lower = (y, f"'{y}' is mentioned as past")
        # the COVID-19 pandemic began in 2020: a release that mentions it is from 2020 on
        self.covid_bound = "COVID" in text and (self.lower is None or self.lower[0] < 2020)
        if self.covid_bound:
            self.lower = (2020, "COVID-19 is mentioned (the pandemic began in 2020)")

    def add_tenure(self, start: dt.date | None, end: dt.date | None, why: str) -> None:
        self.tenures.append((start, end, why))

    def local_clues(self, sent_start: int, sent_end: int, title: str = "", month: int | None = None) -> list[tuple[int, str]]:
        text = self.t.text
        out = []
        for src in (text[sent_start:sent_end], title):
            # both patterns need a number: the cheap literal scans first (EVENT_YEAR_RE's second
            # branch starts at every capital)
            out.extend(edition_clues(src, self.series))
            if _YEAR_FAST_RE.search(src) is None and "General Assembly" not in src and "UNGA" not in src:
                continue
            for m in (EVENT_YEAR_RE.finditer(src) if _YEAR_FAST_RE.search(src) else ()):
                y = int(m.group(1) or m.group(4))
                name = (m.group(1) + " " + m.group(2)).strip() if m.group(1) else (m.group(3) + m.group(4)).strip()
                first = name.split(" ")[0]
                if _month(first) or _month(name.split(" ")[-2] if " " in name else ""):
                    continue
                out.append((y, f"year {y} from the event name '{name}'"))
            for m in (UNGA_RE.finditer(src) if "General Assembly" in src or "UNGA" in src else ()):
                out.append(_unga_clue(int(m.group(1)), month))
        return out

    def resolve(self, month: int, day: int | None, weekday: int | None, status: str,
                local: list[tuple[int, str]]) -> PartialDate:
        d = day or 1
        prec = "day" if day else "month"
        label = f"{list(MONTHS)[month - 1].capitalize()} {day}" if day else list(MONTHS)[month - 1].capitalize()
        wd_ok = lambda y: weekday is None or (_safe_date(y, month, d) or dt.date(1, 1, 1)).weekday() == weekday  # noqa: E731
        wd_note = f"; consistent with {WEEKDAYS[weekday].capitalize()}, {label}" if weekday is not None else ""
        rd = self.release_date
        if rd is not None:
            y = rd.year
            val = _safe_date(y, month, d)
            why = f"year {y} from the release date {rd.isoformat()}"
            if val and status != "planned" and val > rd + dt.timedelta(days=7):
                y -= 1
                why = f"year {y}: a past event on {label} cannot follow the release date {rd.isoformat()}"
            elif val and status == "planned" and val < rd - dt.timedelta(days=7):
                y += 1
                why = f"year {y}: a planned event on {label} after the release date {rd.isoformat()}"
            val = _safe_date(y, month, d)
            uncertain = val is None or not wd_ok(y)
            if weekday is not None and not uncertain:
                why += wd_note
            elif weekday is not None:
                why += f"; but {label} {y} is not a {WEEKDAYS[weekday].capitalize()}"
            return PartialDate(val, prec if val else None, True, why, uncertain)
        clues = local + self.global_clues + [_unga_clue(n, month) for n in self.unga_sessions]
        cands = sorted({y for y, _ in clues})
        if cands:
            good = [y for y in cands if wd_ok(y) and self._in_tenures(y, month, d)]
            y = good[0] if good else cands[0]
            reasons = [r for yy, r in clues if yy == y]
            why = "; ".join(dict.fromkeys(reasons)) + (wd_note if wd_ok(y) else "")
            others = [r for yy, r in clues if yy != y]
            uncertain = len(good) != 1 or bool(others)
            if others:
                why += "; but " + "; ".join(others)
            return PartialDate(_safe_date(y, month, d), prec, True, why, uncertain)
        # no direct clue: tenures, bounds and weekday
        lo = self.lower[0] if self.lower else None
        hi = self.upper[0] if self.upper else None
        years = set()
        for s, e, _ in self.tenures:
            rng = set(range((s or dt.date(1990, 1, 1)).year, (e or dt.date.today()).year + 1))
            years = rng if not years else years & rng
        if not years and weekday is not None and (lo or hi):
            years = set(range(lo or (hi - 15), (hi or lo + 15) + 1))
        years = {y for y in years if (lo is None or y >= lo) and (hi is None or y <= hi) and wd_ok(y) and self._in_tenures(y, month, d)}
        if not years:
            # nothing but the pandemic's bound: its first year (2020) is the best guess, marked
            # uncertain (README); a plain past year as the only bound guesses worse, so it does not
            best = _safe_date(2020, month, d) if self.covid_bound and not self.tenures and \
                (hi is None or hi >= 2020) and wd_ok(2020) else None
            if best is not None:
                return PartialDate(best, prec, True, f"best guess for {label}: {self.lower[1]}", True)
            return PartialDate(None, None, True, f"no clue for the year of {label}", True)
        y = min(years)
        bits = [w for _, _, w in self.tenures]
        if self.lower:
            bits.append(self.lower[1])
        if self.upper:
            bits.append(self.upper[1])
        why = f"year {y} from " + "; ".join(bits) + wd_note
        if len(years) > 1:
            why += f" (also possible: {', '.join(str(x) for x in sorted(years) if x != y)})"
        return PartialDate(_safe_date(y, month, d), prec, True, why, len(years) > 1)

    def _in_tenures(self, y: int, month: int, d: int) -> bool:
        day = _safe_date(y, month, d)
        if day is None:
            return False
        return all((s is None or s <= day) and (e is None or day <= e) for s, e, _ in self.tenures)


def explicit(dm: DateMention) -> PartialDate | None:
    if dm.year is None:
        return None
    v = _safe_date(dm.year, dm.month, dm.day or 1)
    return PartialDate(v, "day" if dm.day else "month", False, "") if v else None
