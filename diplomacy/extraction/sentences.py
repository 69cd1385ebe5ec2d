"""Sentence splitting for cleaned release text (linear time, no backtracking).

A sentence never crosses a line break (every line of ``cleaned_text`` is a paragraph, a
bullet, a note or the title). Leading paragraph numbers ("1.") and bullets ("°", "◦", "o",
"-", "•", "※", "*", "▷") are not part of the sentence. We do not split after common
abbreviations ("Mr.", "U.S.", "No.", "St. Petersburg"), single initials, or numbers.
"""

from __future__ import annotations

import re

# a paragraph marker at the start of a line: "1.", "2)", "(3)", bullets
MARKER_RE = re.compile(r"(?:\(?\d{1,3}[.)]|\(?[a-z][.)](?=\s)|[°◦o•\-–※*▷▶■□●○◆◇>·ㅇ](?=\s))\s*")
# a possible sentence end: . ! ? optionally followed by closing quotes/brackets, then space
END_RE = re.compile(r"[.!?][”’\"')\]」]*(?=\s|[“‘\"A-Z]|$)")

ABBREVIATIONS = frozenset(
    """mr mrs ms dr st no nos u.s u.k u.n gen lt col amb prof jr sr co inc ltd corp vs etc e.g
    i.e jan feb mar apr jun jul aug sep sept oct nov dec rep gov sen rev fig vol art para
    ft mt approx dept est cf op pres messrs mme mlle hon""".split()
)


def _is_abbreviation(line: str, dot: int) -> bool:
    """True when the '.' at ``dot`` closes an abbreviation rather than a sentence."""
    i = dot
    while i > 0 and (line[i - 1].isalpha() or line[i - 1] == "."):
        i -= 1
    word = line[i:dot].lower()
    if not word:
        # "2016." or "10." : a number; a sentence may still end with a year
        return False
    if word in ABBREVIATIONS:
        return True
    if len(word) == 1 and line[i].isupper():  # an initial: "J. Smith"
        return True
    if "." in word and all(len(p) <= 2 for p in word.split(".")):  # "U.S", "a.m"
        return True
    return False


def split_line(line: str, offset: int) -> list[tuple[int, int]]:
    """Sentence spans (absolute offsets) inside one line of cleaned text."""
    spans: list[tuple[int, int]] = []
    m = MARKER_RE.match(line)
    start = m.end() if m and m.end() < len(line) else 0
    while start < len(line) and line[start] == " ":
        start += 1
    for em in END_RE.finditer(line, start):
        dot = em.start()
        if line[dot] == "." and _is_abbreviation(line, dot):
            continue
        end = em.end()
        rest = line[end:].lstrip(" ")
        if rest and not (rest[0].isupper() or rest[0].isdigit() or rest[0] in "“‘\"(「[*"):
            continue
        if end > start:
            spans.append((offset + start, offset + end))
        start = end
        while start < len(line) and line[start] == " ":
            start += 1
    if start < len(line):
        end = len(line.rstrip(" "))
        if end > start:
            spans.append((offset + start, offset + end))
    return spans


def split_sentences(text: str) -> list[tuple[int, int]]:
    """All sentence spans of ``text``, line by line."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            spans.extend(split_line(line, pos))
        pos += len(line) + 1
    return spans
