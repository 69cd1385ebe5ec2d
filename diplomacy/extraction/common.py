"""Small shared helpers: spans, slugs, sentence lookup."""

from __future__ import annotations

import bisect
import re

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


def norm(s: str) -> str:
    return " ".join(s.replace("’", "'").replace("\u00a0", " ").split()).lower()
