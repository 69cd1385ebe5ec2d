"""Small shared helpers: spans, slugs, sentence lookup."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .types import Span

_SLUG_RE = re.compile(r"[^a-z0-9]+")


def slug(s: str) -> str:
    s = s.lower().replace("’", "").replace("'", "")
    return _SLUG_RE.sub("-", s).strip("-")[:80] or "x"


class Text:
    """cleaned_text plus a fast offset -> sentence lookup."""

    __slots__ = ("text", "sentences", "_starts")

    def __init__(self, text: str, sentences: list[tuple[int, int]]):
        self.text = text
        self.sentences = sentences
        self._starts = [s for s, _ in sentences]

    def sentence_of(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self._starts, pos) - 1
        if i >= 0 and self.sentences[i][0] <= pos < max(self.sentences[i][1], self.sentences[i][0] + 1):
            return self.sentences[i]
        # a marker or gap: fall back to the enclosing line
        ls = self.text.rfind("\n", 0, pos) + 1
        le = self.text.find("\n", pos)
        return (ls, len(self.text) if le < 0 else le)

    def sentence_index(self, pos: int) -> int:
        return bisect.bisect_right(self._starts, pos) - 1

    def span(self, start: int, end: int) -> Span:
        ss, se = self.sentence_of(start)
        if end > se:
            se = end
        return Span(start, end, min(ss, start), se)


@lru_cache(maxsize=65536)
def norm(s: str) -> str:
    return " ".join(s.replace("’", "'").replace("\u00a0", " ").split()).lower()


def trie_pattern(words) -> str:
    """A regex body matching any of ``words`` (literal strings), built from a character
    trie so matching costs O(length of the match), not O(number of words); longer words are
    tried first (greedy optional tails). Building is O(total characters)."""
    root: dict = {}
    for w in words:
        if not w:
            continue
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    import sys

    limit = sys.getrecursionlimit()
    longest = max((len(w) for w in words if w), default=0)
    if longest + 50 > limit:
        sys.setrecursionlimit(longest + 100)
    try:
        return build(root)
    finally:
        sys.setrecursionlimit(limit)


_GAZ_CACHE: dict[int, tuple[object, dict]] = {}


def gaz_cache(gaz) -> dict:
    """Per-gazetteer memo (keyed on the object's identity, never on its hash: hashing a large
    frozen gazetteer costs O(size) per release). The entry keeps a reference to the gazetteer
    so the id cannot be reused while cached. A few recent gazetteers are kept."""
    hit = _GAZ_CACHE.get(id(gaz))
    if hit is not None and hit[0] is gaz:
        return hit[1]
    if len(_GAZ_CACHE) >= 4:
        _GAZ_CACHE.pop(next(iter(_GAZ_CACHE)))
    memo: dict = {}
    _GAZ_CACHE[id(gaz)] = (gaz, memo)
    return memo


def windowed_finditer(rx: re.Pattern, anchor: re.Pattern, text: str, back: int, fwd: int,
                      start: int = 0, end: int | None = None):
    """``rx.finditer`` restricted to windows around hits of a cheap ``anchor`` regex (one
    that starts with a literal, so the regex engine can skip ahead fast). Every match of
    ``rx`` must contain an anchor hit, start at most ``back`` characters before it and end at
    most ``fwd`` characters after it. Lookbehinds still see the text before each window."""
    end = len(text) if end is None else end
    windows: list[list[int]] = []
    for a in anchor.finditer(text, start, end):
        ws, we = max(start, a.start() - back), min(end, a.end() + fwd)
        if windows and ws <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], we)
        else:
            windows.append([ws, we])
    for ws, we in windows:
        yield from rx.finditer(text, ws, we)
