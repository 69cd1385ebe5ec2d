"""Name and title helpers shared by the people finder and the meeting finder: name tokens,
name splitting (family/given, particles, generational suffixes), Korean-looking names, title
comparison, and the per-gazetteer people index (built once per gazetteer object)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .common import gaz_cache, norm, trie_pattern
from .countries import lookup_country, lookup_demonym
from .namedata import (
    CHINESE_SURNAMES, JAPANESE_SURNAMES, KOREAN_SURNAMES, NAME_SUFFIXES, NOT_NAME, PARTICLES,
    PORTFOLIO_END,
)
from .rules_r7c import HEADLINE_BASE_VERBS  # r7c: "… Secretary of State Reaffirm Coordination"
from .types import Gazetteer

# inline patterns, compiled once (re.search(r"…") pays a cache lookup per call)
_RX0 = re.compile(r"[\s,]+")

# capitals include the accented ones of Latin-script names ("ECHEVERRÍA", "ÅSTRÖM", "Ñúñez")
# and those of Latin Extended-A/B, whose cases alternate ("HORÁČEK", "Władysław", "Şahin")
_LAT_EXT = [chr(c) for c in range(0x100, 0x250)]
_UP = "A-ZÀ-ÖØ-Þ" + "".join(c for c in _LAT_EXT if c.isupper())
_LO = "a-zß-öø-ÿ" + "".join(c for c in _LAT_EXT if c.islower())
NAME_TOK_RE = re.compile(rf"^(?:[{_UP}][{_LO}]+(?:[-'’][A-Za-z{_UP}{_LO}][{_LO}]*)*|"
                         rf"[{_UP}]{{2,}}(?:-[{_UP}]{{2,}})?)$")
POSS_RE = re.compile(r"(?:’s|'s|’|')$")


def strip_poss(tok: str) -> str:
    """strip_poss(tok) without the regex call (it runs for every name token)."""
    if tok.endswith(("’s", "'s")):
        return tok[:-2]
    if tok.endswith(("’", "'")):
        return tok[:-1]
    return tok


def _is_name_token(tok: str) -> bool:
    return (bool(NAME_TOK_RE.match(tok)) and tok not in NOT_NAME and tok not in HEADLINE_BASE_VERBS
            and not lookup_country(tok) and not lookup_demonym(tok))


_SUFFIX_FORMS = frozenset(NAME_SUFFIXES) | frozenset(NAME_SUFFIXES.values())


def korean_looking(tokens: list[str]) -> bool:
    """"Kim Min-seok", "Cho Hyun", "Moon Jae-in": a Korean surname then a given name."""
    toks = [strip_poss(t).rstrip(".,") for t in tokens]
    if len(toks) < 2 or _norm_token(toks[0]) not in KOREAN_SURNAMES:
        return False
    return "-" in toks[-1] or len(toks) == 2


def _portfolio_word(tok: str) -> bool:
    return tok.rstrip(".,") in PORTFOLIO_END


def _norm_token(tok: str) -> str:
    if tok.isupper() and len(tok) > 1:
        return "-".join(p.capitalize() for p in tok.split("-"))
    return tok


def split_name(tokens: list[str], country: str | None = None) -> tuple[str, str, str, str]:
    """(display name, family, given, order) from name tokens as written."""
    caps = [i for i, t in enumerate(tokens) if t.isupper() and len(t) > 1]
    toks = [_norm_token(t) for t in tokens]
    name = " ".join(toks)
    if len(toks) == 1:
        return name, toks[0], "", "given_first"
    first = toks[0]
    if caps and caps[0] == 0 and len(toks) >= 2 and not (len(caps) == len(toks)):
        return name, first, " ".join(toks[1:]), "family_first"
    if caps and caps[-1] == len(toks) - 1:
        return name, toks[-1], " ".join(toks[:-1]), "given_first"
    if first in KOREAN_SURNAMES and ("-" in toks[1] or country == "KR" or len(toks) == 2 and country in (None, "KR") and "-" in "".join(toks[1:])):
        return name, first, " ".join(toks[1:]), "family_first"
    if first in JAPANESE_SURNAMES or (first in CHINESE_SURNAMES and country == "CN" and len(toks) == 2):
        return name, first, " ".join(toks[1:]), "family_first"
    if first in KOREAN_SURNAMES and country == "KR":
        return name, first, " ".join(toks[1:]), "family_first"
    # given-first: family name is the last token, with its particles ("van der Leyen")
    end = len(toks) - 1 if len(toks) > 2 and toks[-1] in _SUFFIX_FORMS else len(toks)  # "… Marcos Jr."
    i = end - 1
    while i > 1 and toks[i - 1].lower() in PARTICLES:
        i -= 1
    return name, " ".join(toks[i:end]), " ".join(toks[:i]), "given_first"


@lru_cache(maxsize=16384)
def _title_words(title: str) -> frozenset[str]:
    t = title.lower().replace("foreign minister", "minister foreign").replace("vice-minister", "vice minister")
    return frozenset(w for w in _RX0.split(t) if w and w not in ("the", "of", "for", "and", "to"))


def title_compatible(short: str, full: str) -> bool:
    s = _title_words(short) - {"then", "former"}
    f = _title_words(full)
    return bool(s) and s <= f


@dataclass
class PeopleIndex:
    rx: re.Pattern | None  # every gazetteer name/alias, case-sensitive
    by_name: dict  # norm(form) -> KnownPerson
    by_family: dict  # norm(family name) -> [KnownPerson]


def people_index(gaz: Gazetteer) -> PeopleIndex:
    """Built once per gazetteer object, in O(size)."""
    memo = gaz_cache(gaz)
    idx = memo.get("people_index")
    if idx is None:
        forms = {f for p in gaz.people for f in (p.name, *p.aliases) if f}
        # no leading lookbehind (it defeats the engine's first-character skip): the left
        # boundary is checked by the caller
        rx = re.compile(r"(?:" + trie_pattern(forms) + r")(?![\w-])") if forms else None
        by_name: dict = {}
        by_family: dict = {}
        for p in gaz.people:
            for f in (p.name, *p.aliases):
                if f:
                    by_name[norm(f)] = p
            if p.family_name:
                by_family.setdefault(norm(p.family_name), []).append(p)
        idx = memo["people_index"] = PeopleIndex(rx, by_name, by_family)
    return idx
