"""People: names with titles and organizations, in every written form.

Forms found: "<title> <Name>" ("Second Vice Minister of Foreign Affairs Cho Tae-yul",
"NATO Secretary-General Jens Stoltenberg", "Foreign Minister Sergey LAVROV of Russia"),
appositives ("Ham Sang-wook, Deputy Minister for … of the Ministry of Foreign Affairs …",
"Nakamitsu Izumi, UN Under-Secretary-General and …"), Korean hyphenated names anywhere,
gazetteer names anywhere, short forms ("Minister Yun", "High Representative Nakamitsu") and
bare titles ("the Secretary-General") resolved only when unambiguous, "then <title>
<Surname>" for a past office-holder, and gazetteer tenures for a bare "Foreign Minister Yun".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .common import Text, norm, slug, trie_pattern, windowed_finditer
from .countries import lookup_country, lookup_demonym, official_country_at
from .namedata import (
    HOME_TITLE_ORG, KOREAN_SURNAMES, MOFA_TITLES, PLURAL_TITLES, NAME_SUFFIXES, PARTICLES, PORTFOLIO_END, TITLE_CORES, TITLE_MODS,
)
from .nametools import (  # noqa: F401  (re-exported: title_compatible, split_name, …)
    NAME_TOK_RE, POSS_RE, PeopleIndex, strip_poss, _is_name_token, _norm_token, _portfolio_word, _SUFFIX_FORMS,
    _title_words, korean_looking, people_index, split_name, title_compatible,
)
from . import rules_r6a
from .organizations import HOME, OrgCollector, country_name
from .rules_r7c import paren_acronym
from .rules_r6c import add_member_appositives, comma_name_end, org_word_follows, tail_same_person
from .types import Gazetteer, KnownPerson, PersonMention

# inline patterns, compiled once (re.search(r"…") pays a cache lookup per call)
_RX0 = re.compile(r"(?:then|former) $")
_RX1 = re.compile(r"\bSecretary of State\b")
_RX2 = re.compile(r"\bForeign\b")
_RX3 = re.compile(r"\b(?:Minister|Secretary|Affairs)\b")
_RX4 = re.compile(r"\b(?:Deputy|Vice|Assistant)\b")
_RX5 = re.compile(r"Minister (?:of|for) ((?:the )?[A-Z][\w,]*(?: (?:and |& )?[A-Z][\w]*){0,5})")
_RX6 = re.compile(r"[A-Z]\.")
_RX7 = re.compile(r"\s(?:of|from) (?:the )?([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3})")
_RX8 = re.compile(r"((?:\S+ ){1,5}\S+),\s(?:the\s)?$")
_RX9 = re.compile(r" of (?:the )?([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,4})")
_RX10 = re.compile(r"\s+(?:of|of the|for|to)$")
_RX11 = re.compile(r" (?:of|for) (?:the )?[A-Z][\w’'-]*(?: (?:and |of |the )?[A-Z][\w’'-]*){0,5}")
_RX12 = re.compile(r" of (?:the )?([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3})$")

CONF_FULL, CONF_GAZ_SHORT, CONF_THEN = 0.9, 0.65, 0.6
# trie-shaped alternations (longest first at every branch, as the word lists are ordered)
TITLE_RE = re.compile(r"(?<![\w-])(?:(?:" + trie_pattern(TITLE_MODS.split("|")) + r")[\s-])*(?:"
                      + trie_pattern(TITLE_CORES.split("|")) + r")(?![\w-])")
_HYPHEN_LOWER = re.compile(r"-[a-z]")
_TITLE_ANCHOR = re.compile(r"(?:" + trie_pattern(TITLE_CORES.split("|")) + r")")
TOKEN_RE = re.compile(r"[^\s,;:()\[\]“”\"]+")
KOREAN_NAME_RE = re.compile(r"(?<![\w-])([A-Z][a-z]{0,5}) ([A-Z][a-z]+-[a-z]+)(?![\w-])")
CONNECT = frozenset({"and", "of", "the", "for", "&", "on", "to"})
HONORIFICS = frozenset("Prince Princess Sheikh Sheikha Sir Dame Lord Dr. Dr Mr. Mr Ms. Ms Mrs. Mrs H.E.".split())
_WHO_TITLE_RE = re.compile(r"(?<![\w-])([A-Z][^\W\d_]+(?:-[a-z]+)?(?: [A-Z][^\W\d_]+(?:-[a-z]+)?){1,2}),? who (?:was|is|has been|had been) "
                           r"(?:newly |recently |just )?(?:appointed |elected |named |nominated |sworn in )?(?:as )?(?:the )?(?:new )?")
_WHO_ANCHOR = re.compile(r" who (?:was|is|has|had) ")
_OF_AFTER_NAME_RE = re.compile(r",? (?:of|from) (?:the )?")
_APPOS_EXT_RE = re.compile(r"(?: (?:and|of|for|to|the|on|in) | |-)(?:[A-Z][\w’'-]*|and|of|for|the|on)")
_COUNTERPART_NAME_RE = re.compile(r"\b(?:his|her|their) (?:(?P<mod>[A-Z][\w.-]*(?: [A-Z][\w-]*)?) )?counterpart,? "
                                  r"(?P<name>[A-Z][^\W\d_]+(?:[-'’][A-Za-z][^\W\d_]*)?(?: (?:[A-Z][^\W\d_]+(?:[-'’][A-Za-z][^\W\d_]*)?|"
                                  r"le|la|de|da|van|von|der|del|bin|al)){1,3})")
_APPOINTEE_RE = re.compile(r"\bto (?P<name>[A-Z][^\W\d_]+(?:-[A-Za-z]+)?(?: [A-Z][^\W\d_]+(?:-[A-Za-z]+)?){0,3}) on (?:his|her) "
                           r"(?:appointment|election|re-election|reappointment) as (?:the )?(?:new )?"
                           r"(?P<title>[A-Z][\w’'-]*(?:(?:,(?= (?:[A-Z][\w’'-]* ){1,3}(?:and|&) [A-Z]))? (?:[A-Z][\w’'-]*|of|for|and|the))*)")
_DIPLOMATIC_DESK_RE = re.compile(r"^(?:Deputy |Assistant )?(?:Director|Director-General|Director General|Head)(?: of the Department)? "
                                 r"(?:for|of) (?:[A-Z][a-z]+ )?(?:Asian|Asia|African|Africa|European|Europe|American|Americas|"
                                 r"Pacific|Middle Eastern|Political|Multilateral|Consular|Bilateral|Protocol|International "
                                 r"Organizations)(?: (?:and )?[A-Z][a-z]+)*(?: Affairs)?$")
_ACCOMPANIED_BY_RE = re.compile(r"\baccompanied by ")
_ENTOURAGE_END_RE = re.compile(r"\b(?:paid|met|meets|held|had|called on|visited|received|calls? on|pays)\b")
_PLURAL_CORES = tuple(PLURAL_TITLES)
_LIST_NEXT_RE = re.compile(r"(?:,? and |, )([A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,2})(?![\w-])")
_ACR_PAREN_RE = re.compile(r"\([A-Z][A-Za-z0-9&-]{1,11}\) [A-Z]")


_FOREIGN_PORT_RE = re.compile(r"(?:the )?(?:Foreign(?! Trade\b)|External (?:Affairs|Relations)\b|International Relations\b)")
_SECRETARY_CABINETS = frozenset({"PH", "US"})  # cabinet departments headed by a "Secretary of …"
_SECRETARY_OF_RE = re.compile(r"^(Cabinet )?Secretary (?:of|for) ((?!State\b|the\b)[A-Z][a-z]+(?: (?:and |& )?[A-Z][a-z]+){0,3})$")
_RANK_TITLES = frozenset({"Ambassador", "Counsellor", "Counselor", "Minister-Counsellor"})
_RANK_APPOS_RE = re.compile(r", ((?:(?:Deputy|Vice|Under|Permanent|State|Chief|First|Second) )?(?:Secretary[- ]General|"
                            r"Secretary|Minister|Director[- ]General|Director|Undersecretary|Under-Secretary) "
                            r"(?:of|for) (?:[A-Z][\w’'-]*(?:,? (?:and |& )?)?){1,5}),")
_FM_SUBJECT_RE = re.compile(r"\b(?:Foreign Minister|Minister (?:of|for) Foreign Affairs)\b")
_SECOND_ROLE_RE = re.compile(r" of (?:the )?([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}) and (?=[A-Z])")
_OF_OFFICIAL_NAME_RE = re.compile(r"\s(?:of|from) (?=(?:the )?[A-Z])")


_ONE_WORD_NAME_RE = re.compile(r"(?:Al|El|Bin|Ben|Abu|Abdel|Abdul)-[A-Z][a-z]{3,}")
_OF_COUNTRY_RE = re.compile(r"\bof (?:the )?([A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2})")


def _official_country_after(text: str, pos: int) -> str | None:
    """A country written with its official long name after a person's name ("Santiago CAFIERO
    of the Argentine Republic", "… of the Kingdom of the Netherlands")."""
    m = _OF_OFFICIAL_NAME_RE.match(text, pos)
    return official_country_at(text, m.end())[0] if m else None


def _implied_ministry_alias(orgs: OrgCollector, code: str, real: str) -> str:
    """The foreign ministry of ``code`` implied by a title, with its real name as an alias
    ("Secretary of State" -> Ministry of Foreign Affairs of the United States / "Department of State")."""
    key = orgs.foreign_ministry("Foreign", code, -1, -1)
    o = orgs.orgs[key]
    if real not in o.aliases and real != o.name:
        o.aliases.append(real)
    return key


def _country_ends_at(toks, i: int) -> bool:
    """A country name of two or three words ends at token i ("… of Viet Nam", "… of New Zealand")."""
    if i == 0 or not toks[i][2][:1].isupper() or not toks[i - 1][2][:1].isupper():
        return False
    for n in (2, 3):
        if i + 1 >= n:
            words = [strip_poss(w).rstrip(".,") for _, _, w in toks[i + 1 - n : i + 1]]
            if lookup_country(" ".join(words)):
                return True
    return False


@dataclass
class PersonBuild:
    name: str
    tokens: list[str]
    family: str = ""
    given: str = ""
    order: str = "given_first"
    title: str = ""
    org_key: str | None = None
    country: str | None = None
    aliases: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    confidence: float = CONF_FULL
    known: KnownPerson | None = None


@dataclass
class Mention:
    start: int
    end: int
    key: str
    title: str = ""
    title_start: int = -1
    kind: str = "full"  # full | short | bare


def _person_key(name: str) -> str:
    return "person:" + slug(name)


class PeopleFinder:
    def __init__(self, t: Text, orgs: OrgCollector, gaz: Gazetteer, ref_date: dt.date | None):
        self.t = t
        self.orgs = orgs
        self.gaz = gaz
        self.ref_date = ref_date
        self.people: dict[str, PersonBuild] = {}
        self.mentions: list[Mention] = []
        self.warnings: list[str] = []
        self.pidx = people_index(gaz)
        self._gaz_by_name = self.pidx.by_name

    # ---- helpers
    def _covered(self, s: int, e: int) -> bool:
        return any(m.start < e and s < m.end for m in self.mentions)

    def _title_parts(self, ts: int, te: int) -> tuple[int, str | None, str | None, bool]:
        """Left prefix of a title: (prefix start, org key, country, has 'then')."""
        text = self.t.text
        start, org, country, then = ts, None, None, False
        pos = ts
        for _ in range(4):
            seg = text[max(0, pos - 40) : pos]  # the token before: "(\S+) $" without a regex
            if len(seg) < 2 or seg[-1] != " " or seg[-2].isspace():
                break
            j = len(seg) - 1
            while j > 0 and not seg[j - 1].isspace():
                j -= 1
            tok = seg[j:-1]
            tstart = pos - len(tok) - 1
            bare = strip_poss(tok)
            pa = paren_acronym(tok) if start == ts else None  # r7c: "… Agency (KOICA) President Name"
            if pa and self.orgs.key_at(tstart + pa[0], tstart + pa[0] + pa[1]):
                org = self.orgs.key_at(tstart + pa[0], tstart + pa[0] + pa[1])
                break
            if tok in ("then", "former", "Then", "Former"):
                then = True
                start = tstart if start == ts else start
                break
            if not bare or not (bare[0].isupper()) or bare in ("The", "A", "An", "On", "In", "At", "And") or bare.endswith(",") or bare.endswith("."):
                if bare.endswith(".") and lookup_country(bare):
                    pass
                else:
                    break
            k = self.orgs.key_at(tstart, tstart + len(bare))
            code = lookup_demonym(bare) or lookup_country(bare)
            if k:
                org = org or k
            elif code:
                country = country or code
            elif not (bare in ("National", "Assembly") or bare.isupper()):
                break
            start = tstart
            pos = tstart
        if not then:
            m = _RX0.search(text[max(0, start - 8) : start])
            then = bool(m)
        return start, org, country, then

    def _right_tokens(self, te: int) -> tuple[list[tuple[int, int, str]], int]:
        """Tokens after a title core: optional of/for part then capitalised run."""
        text = self.t.text
        out: list[tuple[int, int, str]] = []
        pos = te
        line_end = text.find("\n", te)
        line_end = len(text) if line_end < 0 else line_end
        for m in TOKEN_RE.finditer(text, te, min(line_end, te + 160)):
            if m.start() < pos:
                continue  # inside an organization's name taken whole
            gap = text[pos : m.start()]
            if gap == " " and out and out[-1][2] in ("of", "the", "for") and m.group(0)[:1].isupper():
                end = self.orgs.claim_end_at(m.start(), m.end())
                if end is not None and "\n" not in text[m.start() : end]:
                    # "… of the Organization for Security and Co-operation in Europe": the whole name
                    out.append((m.start(), end, text[m.start() : end]))
                    pos = end
                    continue
            if gap == " (" and out and out[0][2] in ("of", "for") and out[-1][2][:1].isupper() and _ACR_PAREN_RE.match(text, m.start() - 1):
                pos = m.end() + 1  # "… of the International Renewable Energy Agency (IRENA) Name"
                continue
            if gap == ", " and out and m.group(0)[:1].isupper() and _portfolio_word(out[-1][2]) \
                    and any(w[2] in ("of", "for") for w in out[:2]):
                gap = " "  # a title whose portfolio lists several areas, separated by commas
            if gap == ", " and out and comma_name_end(text, out[-1][2], out[-1][1]) == m.end():
                gap = " "  # "Kang, Kyung-wha": a Korean name written surname, comma, given name
            if gap.strip() and out:
                break
            if gap.strip() and not out:
                break
            tok = m.group(0)
            if not out and tok not in ("of", "for", "to") and not tok[:1].isupper():
                break
            particle = tok.lower() in PARTICLES and out and out[-1][2] not in CONNECT and (
                out[-1][2][:1].isupper() or out[-1][2].lower() in PARTICLES)
            if tok[:1].isupper() or tok in CONNECT or particle or (not out and tok in ("of", "for", "to")):
                out.append((m.start(), m.end(), tok))
                pos = m.end()
                if tok.endswith(".") and not tok.rstrip(".").isupper() and tok not in ("U.S.", "U.K."):
                    break
                continue
            break
        while out and out[-1][2] in CONNECT:
            out.pop()
        return out, pos

    # ---- person records
    def _add(self, tokens: list[str], s: int, e: int, *, title: str = "", title_start: int = -1,
             org_key: str | None = None, country: str | None = None, kind: str = "full",
             confidence: float = CONF_FULL) -> str:
        clean = [strip_poss(t).rstrip(".,") for t in tokens]
        if len(clean) > 2:  # a middle initial is not part of the canonical name ("Antony J. Blinken")
            clean = [clean[0]] + [t for t in clean[1:-1] if len(t) > 1] + [clean[-1]]
        if len(clean) > 2 and clean[-1] in NAME_SUFFIXES:
            clean[-1] = NAME_SUFFIXES[clean[-1]]
        known = self._gaz_by_name.get(norm(" ".join(_norm_token(t) for t in clean)))
        if known:
            name, fam, giv, order = known.name, known.family_name, known.given_name, known.name_order
        else:
            name, fam, giv, order = split_name(clean, country)
        key = _person_key(name)
        p = self.people.get(key)
        if p is None and len(clean) >= 2:
            key, p = self._same_person(key, name, clean, fam, giv, order, known)
        if p is None:
            p = PersonBuild(name=name, tokens=clean, family=fam, given=giv, order=order,
                            confidence=confidence, known=known)
            self.people[key] = p
        written = self.t.text[s:e]
        written = strip_poss(written)
        if written != p.name and written not in p.aliases:
            p.aliases.append(written)
        if title and (not p.title or (kind == "full" and len(title) > len(p.title) and p.confidence <= confidence)):
            p.title = title
        if title and kind == "full" and not p.title:
            p.title = title
        p.org_key = p.org_key or org_key
        p.country = p.country or country
        p.confidence = max(p.confidence, confidence)
        p.spans.append((s, s + len(written)))
        self.mentions.append(Mention(s, s + len(written), key, title, title_start, kind))
        return key

    def _org_for_title(self, title: str, country: str | None) -> str | None:
        home = country in (None, HOME)
        pm = None if home else _RX5.search(title)
        if pm and _FOREIGN_PORT_RE.match(pm.group(1)) and pm.group(1) != "Foreign Affairs":
            # "Minister of External Affairs", "… of International Relations and Cooperation", "… of
            # Foreign and European Affairs": the implied foreign ministry (README), real name an alias
            return _implied_ministry_alias(self.orgs, country, "Ministry of " + pm.group(1).rstrip(","))
        for words, org_name in HOME_TITLE_ORG:
            if words in title:
                if home:
                    k = self._known_org(org_name)
                    return k
                if org_name == "Ministry of Foreign Affairs":
                    return self.orgs.foreign_ministry("Foreign", country, -1, -1)
                return None
        if country == "US" and _RX1.search(title):
            # the U.S. foreign ministry: "(Deputy) Secretary of State X of the United States"
            # implied by the title: "Ministry of Foreign Affairs of the United States" (README's
            # naming rule for an implied foreign ministry), its real name an alias
            return _implied_ministry_alias(self.orgs, "US", "Department of State")
        if not home and _RX2.search(title) and _RX3.search(title):
            # "Cabinet Secretary for Foreign and Diaspora Affairs", "Foreign Secretary"
            return self.orgs.foreign_ministry("Foreign", country, -1, -1)
        sm = None if home else _SECRETARY_OF_RE.match(title)
        if sm and (sm.group(1) or country in _SECRETARY_CABINETS):
            # "Secretary of Finance" of the Philippines, "Cabinet Secretary for Energy" of Kenya: a
            # cabinet secretary heads that country's ministry of the portfolio (not Argentina's
            # "Secretary of Mining", a secretariat inside a ministry)
            return self.orgs.add(f"Ministry of {sm.group(2)} of {country_name(country)}", kind="ministry",
                                 country=country, start=-1, end=-1, confidence=0.5)
        m = None if _RX4.search(title) else _RX5.search(title)
        if m:
            port = m.group(1).replace("the ", "")
            if home:
                return self._known_org(f"Ministry of {port}") or self.orgs.add(
                    f"Ministry of {port}", kind="ministry", country=HOME, start=-1, end=-1, confidence=0.5)
            return self.orgs.add(f"Ministry of {port} of {country_name(country)}", kind="ministry",
                                 country=country, start=-1, end=-1, confidence=0.5)
        if home and any(title.startswith(t) or (" " + t) in title for t in MOFA_TITLES):
            if title.startswith("Ambassador") and not title.startswith("Ambassador for"):
                emb = self._home_embassy_for(title)
                if emb:  # g10, g20: an ROK ambassador belongs to the ROK embassy the release names
                    return emb
            return self._known_org("Ministry of Foreign Affairs")
        if not home and _DIPLOMATIC_DESK_RE.search(title) and not _RX5.search(title):
            # "Director for Asian Affairs", "Director-General for Political Affairs" of another
            # country: a desk of its foreign ministry
            return self.orgs.foreign_ministry("Foreign", country, -1, -1)
        return None

    def _home_embassy_for(self, title: str) -> str | None:
        """The ROK embassy recorded in this release for an ambassador's title: the one in the
        country the title names ("Ambassador of the Republic of Korea to Brazil"), or the only one."""
        embs = [o for o in self.orgs.orgs.values() if o.kind == "diplomatic_mission" and o.country == HOME
                and o.name.startswith("Embassy of the Republic of Korea in ")]
        to = title.rpartition(" to ")[2] if " to " in title else ""
        code = (lookup_country(to) or official_country_at(to, 0)[0]) if to else None
        if code:
            embs = [o for o in embs if o.name.endswith(" in " + country_name(code))]
        return embs[0].key if len(embs) == 1 else None

    def _same_person(self, key, name, clean, fam, giv, order, known):
        """One person written in full twice, once longer ("Josep Borrell" and "Josep Borrell
        Fontelles", "Ferdinand Marcos" and "Ferdinand Marcos Jr."): the same given name and the
        shorter a run of the longer. The longer (or the gazetteer's) form becomes the name; the
        other an alias. Returns (key, person) or (key, None)."""
        low = [norm(_norm_token(t)) for t in clean]
        for k, p in self.people.items():
            if len(p.tokens) < 2:
                continue
            other = [norm(_norm_token(t)) for t in p.tokens]
            short, long_ = (low, other) if len(low) <= len(other) else (other, low)
            if short == long_ or short[0] != long_[0]:
                continue
            if not any(long_[i : i + len(short)] == short for i in range(len(long_) - len(short) + 1)):
                continue
            if len(low) > len(other) and not p.known:  # the new form is the fuller one
                if p.name not in p.aliases:
                    p.aliases.append(p.name)
                p.name, p.tokens, p.family, p.given, p.order = name, clean, fam, giv, order
                p.known = p.known or known
            return k, p
        hit = tail_same_person(self.people, clean)  # r6c: "Minister Pejčinović Burić"
        if hit:
            k, p, longer = hit
            if longer and not p.known:
                if p.name not in p.aliases:
                    p.aliases.append(p.name)
                p.name, p.tokens, p.family, p.given, p.order = name, clean, fam, giv, order
                p.known = p.known or known
            return k, p
        return key, None

    def _gaz_home(self, tokens: list[str]) -> bool:
        known = self._gaz_by_name.get(norm(" ".join(_norm_token(strip_poss(t).rstrip(".,")) for t in tokens)))
        return bool(known and known.country == HOME)

    def _known_org(self, name: str) -> str | None:
        o = self.orgs.idx.by_name.get(norm(name))
        if o is None:
            return None
        return self.orgs.add_known(o, -1, -1)

    # ---- passes
    def run(self) -> None:
        text = self.t.text
        shorts: list[tuple[int, int, int, str, str, bool]] = []  # (ts, s, e, title, surname, then)
        bares: list[tuple[int, int, str]] = []
        for tm in windowed_finditer(TITLE_RE, _TITLE_ANCHOR, text, 60, 30):
            ts, te = tm.start(), tm.end()
            if text[ts:te].lower() != text[ts:te] and text[ts].islower():
                continue
            if text[te - 1] == "s" and text[ts:te].endswith(_PLURAL_CORES) and not (
                    text[te : te + 1] == " " and text[te + 1 : te + 2].isupper()):
                continue  # a plural title only matters before a list of names ("Ministers’ Meeting")
            pstart, porg, pcountry, then = self._title_parts(ts, te)
            toks, _ = self._right_tokens(te)
            appos = self._appositive_name(pstart)
            title_core = text[ts:te]
            if appos is not None and not self._full_name_follows(toks) and not (
                    toks and toks[0][2] not in ("of", "for", "to") and _is_name_token(strip_poss(toks[0][2]).rstrip(".,"))):
                # "Name, <title> …" — unless a full name follows the title ("…, Cho Sei-young,
                # Deputy Minister of Foreign Affairs Akiba Takeo of Japan and …": a list)
                self._do_appositive(appos, pstart, ts, te, porg, pcountry)
                continue
            # split right tokens into "of portfolio" and the name
            of_part: list[tuple[int, int, str]] = []
            name_toks: list[tuple[int, int, str]] = []
            if toks and toks[0][2] in ("of", "for", "to"):
                last_port = -1
                for i, (_, _, w) in enumerate(toks):
                    bare = strip_poss(w).rstrip(".,")
                    if bare in PORTFOLIO_END or lookup_country(bare) or self.orgs.key_at(toks[i][0], toks[i][1]) \
                            or _country_ends_at(toks, i):
                        last_port = i
                        nxt = [strip_poss(x[2]).rstrip(".,") for x in toks[i + 1 : i + 3]]
                        if nxt and _is_name_token(nxt[0]) and nxt[0] not in PORTFOLIO_END and (
                                len(nxt) < 2 or _is_name_token(nxt[1]) or nxt[1] in CONNECT
                                or len(nxt[1]) == 1 and nxt[1].isupper()):  # "… for Policy Enrique A. MANALO"
                            break
                if last_port < 0:
                    continue
                while (last_port + 2 < len(toks) and toks[last_port + 1][2] in ("and", "&")
                       and _portfolio_word(toks[last_port + 2][2])):
                    last_port += 2  # "… Affairs and Worship", "… and Trade"
                of_part = toks[: last_port + 1]
                name_toks = toks[last_port + 1 :]
            else:
                name_toks = toks
            while name_toks and name_toks[0][2] in HONORIFICS and len(name_toks) > 1:
                name_toks = name_toks[1:]  # "Prince Faisal bin Farhan Al Saud", "Sheikh …"
            clean: list[tuple[int, int, str]] = []
            limit = 4 + sum(1 for _, _, w in name_toks[:7] if w.lower() in PARTICLES)
            for s, e, w in name_toks[:limit]:
                bare = strip_poss(w).rstrip(".,")
                initial = bool(clean) and _RX6.fullmatch(w) is not None  # "Antony J. Blinken"
                if not _is_name_token(bare) and not (clean and bare.lower() in PARTICLES) and not initial:
                    break
                clean.append((s, e, w))
                if w != bare and not initial:
                    break
            title = text[ts : of_part[-1][1]] if of_part else title_core
            if not clean:
                if text[max(0, pstart - 4) : pstart].lower().endswith("the ") and not of_part:
                    bares.append((pstart - 4, te, title_core))
                continue
            ns, ne = clean[0][0], clean[-1][1]
            while ne > ns and text[ne - 1] in ".,’'" and not text[ns:ne].endswith("Jr."):
                ne -= 1
            if text[ns:ne].endswith(("’s", "'s")):
                ne -= 2
            if self._covered(ns, ne) or org_word_follows(text, ne):
                continue  # (r6c: "Secretary of the CPC Tianjin Municipal Committee": no name)
            tokens = [w for _, _, w in clean]
            if len(tokens) == 1:
                shorts.append((pstart, ns, ne, title_core, strip_poss(tokens[0].rstrip(".,")), then))  # "… with Vice Minister Sun."
                continue
            country = pcountry
            after = _RX7.match(text[ne : ne + 60])
            if after:
                for n in range(len(after.group(1).split(" ")), 0, -1):
                    cand = " ".join(after.group(1).split(" ")[:n])
                    code = lookup_country(cand) or lookup_country(cand.rstrip(".,"))
                    if code:
                        country = country or code
                        break
            if country is None:
                country = _official_country_after(text, ne)  # "… of the Republic of Indonesia"
            if country is None and of_part:
                # "Ambassador of Chile to the ROK Sergio ROMERO": the first country of the title
                # ("… of Viet Nam", "… of New Zealand": names of two or three words too)
                words = [strip_poss(w).rstrip(".,") for _, _, w in of_part]
                for i in range(len(words)):
                    code = next((c for n in (3, 2, 1) if i + n <= len(words)
                                 for c in (lookup_country(" ".join(words[i : i + n])),) if c), None)
                    if code:
                        country = code
                        break
            am = _RANK_APPOS_RE.match(text, ne) if title in _RANK_TITLES else None
            if am:
                # "Ambassador Carlos Eduardo MONTEIRO, Secretary-General of Foreign Affairs,": a
                # diplomatic rank before the name, the post (which names the ministry) after it
                title = am.group(1)
            org = porg
            if org is None:
                # "Secretary of State Pawel JABLONSKI of the Ministry of Foreign Affairs of Poland"
                om = _OF_AFTER_NAME_RE.match(text, ne)
                if om:
                    org = self._org_starting(om.end())
            if org is None and of_part:
                # the organization the title is "of": its name opens the of-part ("Secretary-
                # General of NATO"); one named later inside a portfolio list ("Minister of
                # Foreign Affairs, European Union and Cooperation") is not the employer
                head = [x for x in of_part[1:3] if x[2] not in ("the", "The")][:1]
                for s, e, _ in head:
                    org = org or self.orgs.key_at(s, e)
                if org is None:
                    # "Undersecretary for Policy of the Department of Foreign Affairs of …": a unit
                    # ("for Policy") and then the first "of" opens the employer's name
                    words = [w for _, _, w in of_part]
                    i = words.index("of") if "of" in words[:6] else -1
                    if i > 1 and words[0] == "for" and i + 1 < len(of_part):
                        j = i + 2 if words[i + 1] in ("the", "The") and i + 2 < len(of_part) else i + 1
                        k = self.orgs.key_at(of_part[j][0], of_part[j][1])
                        if k and self.orgs.orgs[k].kind == "ministry":
                            org = k
            if org:
                country = country or self.orgs.orgs[org].country
            if country is None and tokens[0] in KOREAN_SURNAMES and "-" in tokens[-1]:
                country = HOME
            if org is None and (country is not None or korean_looking(tokens) or self._gaz_home(tokens)):
                # a title alone says "ours" only for a Korean-looking name: a foreign official
                # whose country is not written stays without organization until the meeting's
                # context (the country visited) tells
                org = self._org_for_title(title, country)
                if org and country is None:
                    country = self.orgs.orgs[org].country
            plural = next((pl for pl in PLURAL_TITLES if title_core.endswith(pl)), None)
            if plural:
                title = title.replace(plural, PLURAL_TITLES[plural], 1)
            self._add(tokens, ns, ne, title=title, title_start=pstart, org_key=org, country=country)
            if plural:
                self._list_after_plural(ne, title, org, pcountry)
        self._standalone()
        self._appointee()
        add_member_appositives(self)
        self._resolve_shorts(shorts)
        self._resolve_bares(bares)
        self._entourage()

    def _appointee(self) -> None:
        """"sent a congratulatory message to Sugiono on his appointment as Minister of Foreign
        Affairs of the Republic of Indonesia": the person congratulated, named by a single word
        or in full, with the title and country of the appointment."""
        text = self.t.text
        if " appointment as " not in text and " election as " not in text:
            return
        for am in _APPOINTEE_RE.finditer(text):
            ns, ne = am.span("name")
            if self._covered(ns, ne) or self.orgs.is_claimed(ns, ne):
                continue
            words = am.group("name").split(" ")
            if any(lookup_country(w) or lookup_demonym(w) or w in PORTFOLIO_END for w in words):
                continue
            title = am.group("title")
            cut = title.find(" of the ")
            code = None
            for i in [j for j in range(len(title)) if title.startswith(" of ", j)]:
                code, _ = official_country_at(title, i + 4)
                code = code or lookup_country(title[i + 4 :].strip())
                if code:
                    cut = i
                    break
            if code is None:
                continue
            title = title[:cut] if cut > 0 else title
            org = self._org_for_title(title, code)
            self._add(words, ns, ne, title=title, title_start=am.start("title"), org_key=org, country=code,
                      kind="full", confidence=0.8)

    def _entourage(self) -> None:
        """"X … was accompanied by Regional Directors A and B": people named after "accompanied
        by" with no organization or country of their own belong to X's."""
        text = self.t.text
        if "accompanied by" not in text:
            return
        for am in _ACCOMPANIED_BY_RE.finditer(text):
            ss, _ = self.t.sentence_of(am.start())
            before = [m for m in self.mentions if ss <= m.start < am.start()]
            if not before:
                continue
            lead = self.people[before[-1].key]
            if not lead.org_key and not lead.country:
                continue
            se = self.t.sentence_of(am.start())[1]
            vm = _ENTOURAGE_END_RE.search(text, am.end(), se)
            if vm:
                se = vm.start()  # "A, accompanied by B, paid a courtesy call on C": C is not A's
            for m in self.mentions:
                if am.end() <= m.start < se and m.key != before[-1].key:
                    p = self.people[m.key]
                    if p.org_key is None and p.country is None:
                        p.org_key, p.country = lead.org_key, lead.country

    def _list_after_plural(self, pos: int, title: str, org: str | None, country: str | None) -> None:
        """"Deputy Secretaries-General Park Eun-ha and Ito Kenji": every name of the list after a
        plural title, each with the singular title."""
        text = self.t.text
        for _ in range(6):
            m = _LIST_NEXT_RE.match(text, pos)
            if not m:
                return
            toks = m.group(1).split(" ")
            if not all(_is_name_token(strip_poss(w)) for w in toks) or self._covered(m.start(1), m.end(1)):
                return
            c = country
            if org:
                c = c or self.orgs.orgs[org].country
            if c is None and toks[0] in KOREAN_SURNAMES and "-" in toks[-1]:
                c = HOME
            self._add(toks, m.start(1), m.end(1), title=title, title_start=m.start(1), org_key=org, country=c)
            if m.group(0).startswith((" and ", ", and ")):
                return
            pos = m.end(1)

    def _full_name_follows(self, toks) -> bool:
        """Two name tokens right after the title or after its "of …" portfolio part."""
        words = [strip_poss(w).rstrip(".,") for _, _, w in toks]
        start = 0
        if words and words[0] in ("of", "for", "to"):
            last = -1
            for i, w in enumerate(words):
                if w in PORTFOLIO_END or lookup_country(w) or self.orgs.key_at(toks[i][0], toks[i][1]) \
                        or _country_ends_at(toks, i):
                    last = i
                    nxt = words[i + 1 : i + 3]
                    if len(nxt) == 2 and all(_is_name_token(x) and x not in PORTFOLIO_END for x in nxt):
                        break
            start = last + 1
        rest = words[start : start + 2]
        return len(rest) == 2 and all(_is_name_token(w) and w not in PORTFOLIO_END for w in rest)

    def _appositive_name(self, pstart: int) -> list[tuple[int, int, str]] | None:
        text = self.t.text
        if "," not in text[max(0, pstart - 7) : pstart]:
            return None  # cheap pre-check: an appositive needs "Name, (the) <title>"
        m = _RX8.search(text[max(0, pstart - 60) : pstart])
        if not m:
            return None
        base = max(0, pstart - 60) + m.start(1)
        toks = [(base + tm.start(), base + tm.end(), tm.group(0)) for tm in TOKEN_RE.finditer(m.group(1))]
        out = []
        for s, e, w in reversed(toks):
            if _is_name_token(w) and w not in PORTFOLIO_END:
                out.append((s, e, w))
            elif out and w.lower() in PARTICLES and w.islower():
                out.append((s, e, w))  # r6c: "Abdullah bin Zayed Al Nahyan, Minister of …"
            else:
                break
        while out and out[-1][2].islower():
            out.pop()
        out.reverse()
        n = sum(1 for _, _, w in out if not w.islower())
        return out if 2 <= n <= 4 and len(out) <= 6 else None

    def _do_appositive(self, name_toks, pstart, ts, te, porg, pcountry) -> None:
        text = self.t.text
        ns, ne = name_toks[0][0], name_toks[-1][1]
        if self._covered(ns, ne):
            return
        end = te
        m = _APPOS_EXT_RE.match
        while True:
            mm = m(text, end)
            if not mm or mm.end() - pstart > 200:
                break
            end = mm.end()
        while text[end - 4 : end] in (" and", " the") or text[end - 3 : end] in (" of", " on"):
            end = text.rfind(" ", 0, end)
        full = text[ts:end]
        sm = next((x for x in _SECOND_ROLE_RE.finditer(full) if lookup_country(x.group(1))
                   or official_country_at(x.group(1), 0)[0]), None) if " and " in full else None
        if sm:
            # "Name, Minister of … of the Slovak Republic and OSCE Chairperson-in-Office": the
            # title ends with its country; what follows "and" is a second role
            full = full[: sm.end() - len(" and ")]
            end = ts + len(full)
        org, country = porg, pcountry
        cut = len(full)
        for a, b, k in self.orgs.claimed:
            if ts <= a < end and k:
                org = org or k
                cut = min(cut, a - ts)
        if org is None:
            for cm in _RX9.finditer(full):
                code = lookup_country(cm.group(1))
                if code:
                    country = country or code
                    cut = min(cut, cm.start())
        title = _RX10.sub("", full[:cut].rstrip(" ,"))
        if org:
            country = country or self.orgs.orgs[org].country
        tokens = [w for _, _, w in name_toks]
        if country is None and tokens[0] in KOREAN_SURNAMES and "-" in tokens[-1]:
            country = HOME
        if org is None and (country is not None or korean_looking(tokens) or self._gaz_home(tokens)):
            org = self._org_for_title(title, country)
            if org and country is None:
                country = self.orgs.orgs[org].country
        self._add(tokens, ns, ne, title=title, title_start=pstart, org_key=org, country=country)

    def _standalone(self) -> None:
        text = self.t.text
        # "with his UK counterpart Philip Hammond", "her French counterpart, Jean-Yves Le Drian":
        # the counterpart's name follows the word, the country its modifier
        if "counterpart" in text:
            for m in _COUNTERPART_NAME_RE.finditer(text):
                toks = m.group("name").split(" ")
                while toks and not _is_name_token(strip_poss(toks[-1])):
                    toks.pop()
                if len(toks) < 2 or not all(_is_name_token(w) or w.lower() in PARTICLES for w in toks):
                    continue
                ns = m.start("name")
                ne = ns + len(" ".join(toks))
                if self._covered(ns, ne) or self.orgs.is_claimed(ns, ne):
                    continue
                mod = (m.group("mod") or "").strip()
                country = (lookup_country(mod) or lookup_demonym(mod)) if mod else None
                org = None
                if country and country != HOME:
                    # "Foreign Minister Yun … with his German counterpart Frank-Walter Steinmeier":
                    # a foreign minister's counterpart heads his country's foreign ministry
                    ss = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
                    if _FM_SUBJECT_RE.search(text, ss, m.start()):
                        org = self.orgs.foreign_ministry("Foreign", country, -1, -1)
                self._add(toks, ns, ne, country=country, org_key=org)
            rules_r6a.plural_counterparts(self)  # r6a: "his Dutch and Australian counterparts, A and B"
        # "to Motegi Toshimitsu, who was appointed Minister for Foreign Affairs of Japan"
        for m in windowed_finditer(_WHO_TITLE_RE, _WHO_ANCHOR, text, 80, 60):
            tm = TITLE_RE.match(text, m.end())
            if tm is None or self._covered(m.start(1), m.end(1)) or self.orgs.is_claimed(m.start(1), m.end(1)):
                continue
            toks = m.group(1).split(" ")
            if not all(_is_name_token(w) for w in toks):
                continue
            end = tm.end()
            pm = _RX11.match(text[end:])
            full = text[tm.start() : end + (pm.end() if pm else 0)]
            country = None
            cm = _RX12.search(full)
            if cm and lookup_country(cm.group(1)):
                country = lookup_country(cm.group(1))
                full = full[: cm.start()]
            org = self._org_for_title(full, country) if country or korean_looking(toks) else None
            self._add(toks, m.start(1), m.end(1), title=full, org_key=org, country=country)
        for m in windowed_finditer(KOREAN_NAME_RE, _HYPHEN_LOWER, text, 30, 20):
            if m.group(1) not in KOREAN_SURNAMES:
                continue
            if not self._covered(m.start(), m.end()) and not self.orgs.is_claimed(m.start(), m.end()):
                self._add([m.group(1), m.group(2)], m.start(), m.end(), country=HOME, confidence=0.75)
        rx = self.pidx.rx
        if rx is not None:
            for m in rx.finditer(text):
                if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_-"):
                    continue
                known = self._gaz_by_name.get(norm(m.group(0)))
                if known and not self._covered(m.start(), m.end()):
                    self._add(m.group(0).split(" "), m.start(), m.end(), country=known.country)

    def _by_family(self, surname: str) -> list[str]:
        s = norm(_norm_token(surname))
        hits = [k for k, p in self.people.items() if norm(p.family) == s or norm(p.tokens[-1]) == s]
        if not hits:  # "Minister Retno" for Retno Marsudi: a first name used alone
            hits = [k for k, p in self.people.items() if len(p.tokens) > 1 and norm(p.tokens[0]) == s]
        if not hits:  # "Envoy Marti" for Josep Marti Fontelles: the first of two surnames
            hits = [k for k, p in self.people.items() if len(p.tokens) > 2
                    and s in (norm(_norm_token(t)) for t in p.tokens[1:-1])]
        return hits

    def _resolve_shorts(self, shorts) -> None:
        text = self.t.text
        for pstart, ns, ne, title, surname, then in shorts:
            if self._covered(ns, ne):
                continue
            cands = self._by_family(surname)
            if len(cands) > 1:
                cands = [k for k in cands if title_compatible(title, self.people[k].title)]
            if len(cands) == 1:
                p = self.people[cands[0]]
                written = text[pstart:ne]
                written = strip_poss(written)
                if written not in p.aliases:
                    p.aliases.append(written)
                p.spans.append((pstart, pstart + len(written)))
                if not p.title and not then and title:
                    # first named without a title ("his UK counterpart Philip Hammond"), titled
                    # later ("Foreign Secretary Hammond"): the later title is the person's
                    p.title = title
                    if p.org_key is None and p.country is not None:
                        p.org_key = self._org_for_title(title, p.country)
                self.mentions.append(Mention(pstart, pstart + len(written), cands[0], title, pstart, "short"))
                continue
            if len(cands) > 1:
                self.warnings.append(f"'{text[pstart:ne]}' is ambiguous between {len(cands)} people; left unresolved")
                continue
            # a past office-holder ("then NATO Secretary-General Rasmussen") is not looked up by
            # tenure: the tenure would date the release wrongly
            known = None if then else self._gazetteer_by_tenure(surname, title)
            if known is not None:
                key = self._add(known.name.split(" "), ns, ne, title=title, title_start=pstart,
                                country=known.country, kind="short", confidence=CONF_GAZ_SHORT)
                p = self.people[key]
                p.aliases[:] = [a for a in p.aliases if a != surname]
                w = strip_poss(text[pstart:ne])
                if w not in p.aliases:
                    p.aliases.append(w)
                if p.org_key is None:
                    p.org_key = self._org_for_title(title, p.country)
                continue
            if then:
                _, porg, pcountry, _ = self._title_parts(pstart, pstart)
                org = self._org_in(pstart, ns) or porg
                country = pcountry or (self.orgs.orgs[org].country if org else None)
                self._add([surname], ns, ne, title=title, title_start=pstart, org_key=org,
                          country=country, confidence=CONF_THEN)
            elif self._adopt_untitled_full(pstart, ns, ne, title, surname):
                continue
            elif _ONE_WORD_NAME_RE.fullmatch(surname):
                # "Foreign Minister of Yemen Al-Mekhlafi": a one-word name, as releases give many
                # Arab officials, is the whole name
                cm = None
                for cm in _OF_COUNTRY_RE.finditer(text, pstart, ns):
                    pass
                country = lookup_country(cm.group(1)) if cm else None
                org = self._org_in(pstart, ns) or (self._org_for_title(title, country) if country else None)
                key = self._add([surname], ns, ne, title=title, title_start=pstart, org_key=org,
                                country=country, confidence=CONF_THEN)
                w = strip_poss(text[pstart:ne])
                if w not in self.people[key].aliases:
                    self.people[key].aliases.append(w)
            else:
                self.warnings.append(f"'{text[pstart:ne]}': no person with that surname in this release or the gazetteer")

    def _adopt_untitled_full(self, pstart: int, ns: int, ne: int, title: str, surname: str) -> bool:
        """"… received Marco Rubio, a senior member of … . … Senator Rubio replied …": a full name
        written without a title earlier, whose family name a titled short mention repeats."""
        text = self.t.text
        for fm in re.compile(r"(?<![\w’'-])([A-Z][a-z]+(?:-[a-z]+)?) " + re.escape(surname) + r"(?![\w-])").finditer(text, 0, pstart):
            given = fm.group(1)
            if not _is_name_token(given) or _TITLE_ANCHOR.fullmatch(given) or TITLE_RE.fullmatch(given) \
                    or given in HONORIFICS or self._covered(fm.start(), fm.end()):
                continue
            before = text[max(0, fm.start() - 40) : fm.start()]
            if TITLE_RE.search(before + "X") and re.search(r"[A-Z][\w’'-]* $", before):
                continue  # a title just before: found (or refused) by the titled pass
            if not re.match(r",? (?:a|an|the|who)\b", text[fm.end() : fm.end() + 6]):
                continue  # the untitled name is introduced by an appositive
            key = self._add([given, surname], fm.start(), fm.end(), title=title, title_start=-1)
            p = self.people[key]
            w = strip_poss(text[pstart:ne])
            if w not in p.aliases:
                p.aliases.append(w)
            p.spans.append((pstart, pstart + len(w)))
            self.mentions.append(Mention(pstart, pstart + len(w), key, title, pstart, "short"))
            return True
        return False

    def _org_starting(self, pos: int) -> str | None:
        for a, _, k in self.orgs.claimed:
            if a == pos:
                return k
        return None

    def _org_in(self, s: int, e: int) -> str | None:
        for a, b, k in self.orgs.claimed:
            if s <= a and b <= e:
                return k
        return None

    def _gazetteer_by_tenure(self, surname: str, title: str) -> KnownPerson | None:
        found = []
        for p in self.pidx.by_family.get(norm(surname), ()):
            for t in p.tenures:
                if not title_compatible(title, t.title):
                    continue
                if self.ref_date is None or ((t.start is None or t.start <= self.ref_date) and (t.end is None or self.ref_date <= t.end)):
                    found.append(p)
                    break
        return found[0] if len(found) == 1 else None

    def _resolve_bares(self, bares) -> None:
        for s, e, title in bares:
            if self._covered(s, e):
                continue
            cands = [k for k, p in self.people.items() if p.title and title_compatible(title, p.title)]
            if len(cands) == 1:
                s2 = s + 4 if self.t.text[s : s + 4].lower() == "the " else s
                self.people[cands[0]].spans.append((s2, e))
                self.mentions.append(Mention(s2, e, cands[0], title, s2, "bare"))

    def result(self) -> list[PersonMention]:
        out = []
        for key, p in self.people.items():
            if p.known and p.known.country and p.country is None and not p.org_key:
                p.country = p.known.country
            spans = sorted(set(p.spans))
            out.append(PersonMention(
                key=key, name=p.name, family_name=p.family, given_name=p.given, name_order=p.order,
                aliases=[a for a in p.aliases if a != p.name], title=p.title, organization_key=p.org_key, country=p.country,
                spans=[self.t.span(s, e) for s, e in spans], confidence=round(p.confidence, 2),
            ))
        out.sort(key=lambda x: x.spans[0].start if x.spans else 0)
        return out
