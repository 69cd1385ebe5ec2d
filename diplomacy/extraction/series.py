"""Numbered editions of recurring events: "the 52nd Munich Security Conference" → 2016.

Releases copied to embassy sites and news aggregators often lose their date block, and then a
meeting "on February 13" needs its year from context. A numbered edition of a recurring event
is one of the strongest clues, but the founding year alone is not enough: series skip years
(the Munich Security Conference, the Shangri-La Dialogue in 2020–21) or meet several times a year
(the Human Rights Council holds three regular sessions). So the gazetteer
(`fixtures/gazetteer/events.json`) gives each series *anchors*, pairs of (edition, year) known to
be right, and ``per_year``, how many editions a year; an edition's year counts from the nearest
anchor at or below it (or the first anchor, counting backwards). Only series with anchors take
part; the UN General Assembly has its own rule in ``dates.py`` (its sessions straddle two years).

Pure functions; ``dates.YearContext`` calls ``edition_clues`` for the whole release (a global
clue) and for a meeting's own sentence (a local clue).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True, slots=True)
class EventSeries:
    name: str
    anchors: tuple[tuple[int, int], ...]  # (edition, year), ascending by edition
    per_year: int = 1
    aliases: tuple[str, ...] = ()

    def anchor_for(self, edition: int) -> tuple[int, int]:
        """The anchor an edition counts from: the nearest at or below it, else the first."""
        below = [a for a in self.anchors if a[0] <= edition]
        return below[-1] if below else self.anchors[0]

    def year_of(self, edition: int) -> int | None:
        if edition < 1 or not self.anchors:
            return None
        n0, y0 = self.anchor_for(edition)
        return y0 + (edition - n0) // self.per_year


def series_from_dict(d: dict) -> EventSeries | None:
    """The series of one ``events.json`` entry, or None when it has no ``editions`` anchors."""
    anchors = tuple(sorted((int(n), int(y)) for n, y in d.get("editions") or ()))
    if not anchors:
        return None
    return EventSeries(name=d["name"], anchors=anchors, per_year=int(d.get("per_year") or 1),
                       aliases=tuple(d.get("aliases") or ()))


@lru_cache(maxsize=8)
def _pattern(series: tuple[EventSeries, ...]) -> tuple[re.Pattern, dict[str, EventSeries]]:
    by_name = {}
    for s in series:
        for n in (s.name, *s.aliases):
            by_name[n.lower()] = s
    names = "|".join(re.escape(n) for n in sorted(by_name, key=len, reverse=True))
    # "the 52nd Munich Security Conference", "the 31st session of the UN Human Rights Council";
    # not "the 6th East Asia Summit Foreign Ministers' Meeting" (another series, named longer)
    rx = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\s+(?:(?:regular\s+)?session\s+of\s+(?:the\s+)?)?"
                    r"(?:(?:UN|United Nations)\s+)?(" + names + r")\b(?-i:(?![ -][A-Z0-9]))",
                    re.I)
    return rx, by_name


def edition_clues(text: str, series: tuple[EventSeries, ...]) -> list[tuple[int, str]]:
    """(year, reason) for every numbered edition of a known series in ``text``."""
    if not series or not any(c.isdigit() for c in text):
        return []
    rx, by_name = _pattern(series)
    out = []
    for m in rx.finditer(text):
        s = by_name[m.group(2).lower()]
        n = int(m.group(1))
        y = s.year_of(n)
        if y is None:
            continue
        n0, y0 = s.anchor_for(n)
        out.append((y, f"year {y} from '{m.group(0)}' (the {ordinal(n0)} {s.name} was held in {y0}"
                       + (f", {s.per_year} a year)" if s.per_year > 1 else ")")))
    return out


def ordinal(n: int) -> str:
    """1 → '1st', 22 → '22nd', 13 → '13th'."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
