"""Organizations: gazetteer matching (compiled once per gazetteer) plus discovery patterns
("Long Name (ABBR)", "Ministry of …", "… Agency/Institute/Service", missions, foreign
ministries written with a demonym: "the Russian Foreign Ministry").

Treaties, documents and events (NPT, CTBT, IPCP, COP21, "... Forum", "... Conference") are
never turned into organizations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .common import Text, gaz_cache, norm, slug, trie_pattern, windowed_finditer
from .countries import CITIES, city_country, city_regex, country_name, country_regex, demonym_regex, lookup_country, lookup_demonym, official_country_at
from .namedata import PORTFOLIO_END
from .nametools import NAME_TOK_RE
from .rules_r6c import find_legislatures, ministry_unit, modifier_only
from .types import Gazetteer, KnownOrganization, OrganizationMention

# inline patterns, compiled once (re.search(r"…") pays a cache lookup per call)
_RX0 = re.compile(r"\b(?:Korea|Korean|Koreans|ROK|Seoul|National)\b")
_RX1 = re.compile(r"\bMinistry\b|\bDepartment of\b")
_RX2 = re.compile(r"\b(?:Institute|University|Academy|Cent(?:er|re) for)\b")
_RX3 = re.compile(r"\b(?:Embassy|Consulate|Permanent Mission|Delegation)\b")
_RX4 = re.compile(r"\b(?:Assembly|Parliament|Congress|Senate)\b")
_RX5 = re.compile(r"\b(?:Army|Navy|Air Force|Forces|Command|Chiefs of Staff)\b")
_RX6 = re.compile(r"\b(?:Corporation|Company|Co\.|Inc\.|Ltd)\b")
_RX7 = re.compile(r"\b(?:Foundation|Association|Society|Red Cross)\b")
_RX8 = re.compile(r"\b(?:United Nations|UN)\b")
_RX9 = re.compile(r"\b(?:Agency|Service|Office|Commission|Administration|Secretariat|Bureau)\b")
_RX10 = re.compile(r"\b(?:Organi[sz]ation|Union|Bank|Fund)\b")

HOME = "KR"  # releases are written by the ROK's Ministry of Foreign Affairs
MOFA = "Ministry of Foreign Affairs"
CONF_KNOWN, CONF_DERIVED, CONF_DISCOVERED = 0.95, 0.8, 0.55

AMBIGUOUS_ACRONYMS = frozenset({"MOU", "ME", "MOE", "MOF", "MOJ", "AU", "KF", "PIF", "ICC", "DPO", "MSS"})
EVENT_WORDS = re.compile(
    r"\b(?:Treaty|Convention|Conference|Summit|Meeting|Forum|Initiative|Programme|Program|Plan|"
    r"Resolution|Games|Olympics?|Declaration|Dialogue|Talks|Session|Review|Act|Strategy|Agenda|"
    r"Expo|Agreement|Protocol|Statement|Consultation|Ministerial|Seminar|Workshop|Symposium|"
    r"Exercise|Week|Festival|Award|Prize|Day|Year|Project|Process|Vision|Partnership|Framework|"
    r"Principles|Charter|Report|Index|Route|Express|Peninsula|Movement|Undong)\b"
)
ORG_WORDS = re.compile(
    r"\b(?:Organi[sz]ation|Agency|Institute|Union|Council|Commission|Committee|Fund|Bank|"
    r"Association|Office|Cent(?:er|re)|Secretariat|Authority|Service|Ministry|Department|Bureau|"
    r"Court|Corporation|Foundation|Federation|Alliance|Board|Network|Society|Academy|University|"
    r"Command|Forces|Mission|Embassy|Party|Assembly|Parliament|Congress|Community|Group)\b"
)
PORTFOLIO = {"Foreign": "Foreign Affairs", "Defense": "National Defense", "Defence": "Defence",
             "Unification": "Unification", "Trade": "Trade", "Finance": "Finance",
             "Economy": "Economy", "Justice": "Justice", "Interior": "Interior", "Health": "Health"}
_CAP = r"[A-Z0-9][\w’'&.-]*"
_FOREIGN_MIN_RE = re.compile(
    r"(?P<who>[A-Z][\w.’']*(?:\s[A-Z][\w’']*)?)(?:’s|'s)?\s(?P<port>Foreign|Defense|Defence|Unification|Trade|Finance)\s(?:Ministry|Ministries)\b"
)
_EVENT_AFTER_RE = re.compile(r"(?:\s[A-Z][\w’'-]*){0,3}\s(?:Summits?|Meetings?|Economic Leaders|Ministerial|Peacekeeping|Climate|Conference|Resolution|Framework|Forum|Day|Smart|Plus Three|Foreign Ministers|Leaders)\b")
_AND_BEFORE_RE = re.compile(r"(?:the )?([A-Z][\w.]*) and $")
_MINISTRY_RE = re.compile(
    r"\b(?:Ministry|Department) (?:of|for) (?:the )?" + _CAP + r"(?:(?:, (?!Ministry\b|Department\b)| and | & | )" + _CAP + r"){0,6}"
)
_OF_COUNTRY_RE = re.compile(r"\s(?:of|in)\s(?:the\s)?([A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,4})")
_ABBR_RE = re.compile(r"\(([A-Z][A-Za-z0-9&\-]{1,11})\)")
_KEYWORD_ORG_RE = re.compile(
    r"(?:" + _CAP + r" (?:and (?=[A-Z]))?){0,6}(?:Agency|Institute|Service|Foundation|Secretariat|Office|Commission|"
    r"Academy|University|Corporation|Association|Center|Centre|Command|Administration|Network)(?![\w-])"
    r"(?: (?:of|for|on) (?:the )?" + _CAP + r"(?: (?:and |of |the )?" + _CAP + r"){0,4})?"
)
_MISSION_RE = re.compile(
    r"\b(?:Permanent Mission|Embassy|Consulate[- ]General|Consulate|Delegation)"
    r"(?: of (?:the )?(?P<from>[A-Z][\w.’'-]*(?: (?:of )?[A-Z][\w.’'-]*){0,4}?))?"
    r" (?:to|in) (?:the )?(?P<to>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3})"
)
# cheap anchors (literal first characters) for the window scans below
_MIN_ANCHOR = re.compile(r"Ministr(?:y|ies)\b")
_MINISTRY_ANCHOR = re.compile(r"(?:Ministry|Department) (?:of|for) ")
_MISSION_ANCHOR = re.compile(r"(?:Permanent Mission|Embassy|Consulate|Delegation)")
_KEYWORD_ANCHOR = re.compile(r"(?:Agency|Institute|Service|Foundation|Secretariat|Office|Commission|"
                             r"Academy|University|Corporation|Association|Center|Centre|Command|Administration|Network)")
# informal groupings of states and meeting series: never organizations, even when a
# gazetteer lists them (README: "G20", "Group of Friends on …", "the ASEAN Regional Forum")
NOT_ORG_RE = re.compile(
    r"^(?:Group of (?:Seven|Eight|Twenty|Seventy-Seven|77|Friends\b.*)|G-?(?:7|8|20|77)(?:\+\d)?|"
    r"BRICS|Quad|MIKTA|ASEAN Regional Forum|ASEAN Plus Three|East Asia Summit|Asia-Europe Meeting|"
    r"Friends of .*)$"
)
# facilities are not organizations ("a health care center, a hospital")
FACILITY_RE = re.compile(r"\b(?:Health(?: Care)?|Healthcare|Medical|Hospital|Clinic|Vocational Training|"
                         r"Training|Sports|Convention|Exhibition|Visitor|Cultural|Community) Cent(?:er|re)$")
# an acronym that only modifies a longer proper name: "UN Security Council", "UN High Commissioner"
_ACR_MODIFIER_RE = re.compile(
    r" (?:[A-Z][\w’'-]* ){0,2}(?:Council|Assembly|Commissioner|Secretariat|Commission|Committee|"
    r"Agency|Programme|Program|Fund|Office|Organization|Mission|Command|Court|Tribunal|Network|University|"
    r"Institute|Foundation|Centre|Center)\b")
# an organization's name qualifying a title or an activity, not named as a noun phrase of its own
_TITLE_OR_ACTIVITY_AFTER_RE = re.compile(
    r" (?:(?:Deputy |Under-|Assistant )?Secretary[- ]General|Special (?:Envoy|Rapporteur|Adviser|Advisor)|"
    r"peacekeeping|peacekeepers|sanctions|reform|agencies|troops|forces|system-wide|member states)\b")
_NAME_NEXT_RE = re.compile(r",? (?!(?:On|In|At|The|This|Last|Next)\b)[A-Z][\w’'-]+ [A-Z]")
_NAME_BEFORE_RE = re.compile(r"[A-Z][\w’'-]+ [A-Z][\w’'-]+, (?:the )?$")  # "Nakamitsu Izumi, UN Under-Secretary-General"
# bilateral meeting series are meetings, not organizations (README: "the joint economic committee")
_MEETING_SERIES_RE = re.compile(r"(?:^|\s)Joint (?:[A-Z][\w’'-]* (?:and |& )?){0,4}(?:Commission|Committee)\b|"
                                r"^(?:\d+(?:st|nd|rd|th) )?[A-Z][\w’'.]*-[A-Z][\w’'.-]* (?:[A-Z][\w’'-]* ){0,3}"
                                r"(?:Commission|Committee)$")
_COMPANY_TAIL_RE = re.compile(r"\b(?:Power|Electric|Energy|Gas|Oil|Petroleum|Steel|Motors?|Airlines|Shipbuilding|"
                              r"Heavy Industries|Electronics|Engineering|Construction|Telecom|Chemical|Pharmaceutical)$")
GENERIC_FIRST = frozenset("Office Secretariat Preparatory Organizing Organising Joint General Special "
                          "Permanent Executive Central Regional Local Main New Relevant".split())
LEADING_STOP = frozenset(
    "The A An In On At By For With And Of During After Before Meanwhile Additionally Also "
    "This That These Those Its Their His Her Our Both Each Every Since Under Through".split()
)


_WORD_RE = re.compile(r"[\w’'][\w’'.&-]*")


class NameMatcher:
    """Case-insensitive longest match of many multiword names: one trie-shaped regex compiled
    once per gazetteer (O(total characters) to build; matching is linear in the text and does
    not grow with the number of names)."""

    def __init__(self, forms):
        lows = {" ".join(f.replace("’", "'").lower().split()) for f in forms}
        lows.discard("")
        # the left boundary is tested in finditer: a leading lookbehind would stop the regex
        # engine from skipping ahead to candidate first characters
        self.rx = re.compile(r"(?:" + trie_pattern(lows) + r")(?![\w-])") if lows else None

    def finditer(self, text: str):
        if self.rx is None:
            return
        low = text.replace("’", "'").lower()
        if len(low) != len(text):  # lower() changed lengths (rare non-ASCII): fall back
            low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text.replace("’", "'"))
        pos = 0
        while True:
            m = self.rx.search(low, pos)
            if m is None:
                return
            s, e = m.span()
            if s and (low[s - 1].isalnum() or low[s - 1] in "_'.&-"):
                pos = s + 1  # inside a word: try again from the next character
                continue
            yield _Hit(s, e, text[s:e])
            pos = e


class _LeftBounded:
    """A compiled pattern whose matches must not follow a word character or hyphen; checked
    here rather than by a leading lookbehind, which would stop the regex engine from
    skipping quickly to candidate first characters."""

    def __init__(self, rx: re.Pattern):
        self.rx = rx

    def finditer(self, text: str):
        for m in self.rx.finditer(text):
            s = m.start()
            if s and (text[s - 1].isalnum() or text[s - 1] in "_-"):
                continue
            yield m


class _Hit:
    __slots__ = ("_s", "_e", "_t")

    def __init__(self, s, e, t):
        self._s, self._e, self._t = s, e, t

    def start(self):
        return self._s

    def end(self):
        return self._e

    def group(self, _=0):
        return self._t


@dataclass(frozen=True)
class OrgIndex:
    names_re: NameMatcher | None  # case-insensitive multiword names and aliases
    acr_re: _LeftBounded | None  # case-sensitive acronyms
    by_form: dict  # normalised form -> KnownOrganization
    by_name: dict  # canonical name (normalised) -> KnownOrganization


def org_index(gaz: Gazetteer) -> OrgIndex:
    memo = gaz_cache(gaz)
    idx = memo.get("org_index")
    if idx is None:
        idx = memo["org_index"] = _build_org_index(gaz)
    return idx


def _build_org_index(gaz: Gazetteer) -> OrgIndex:
    by_form: dict[str, KnownOrganization] = {}
    by_name: dict[str, KnownOrganization] = {}
    words, acrs = set(), set()
    for o in gaz.organizations:
        by_name[norm(o.name)] = o
        for f in (o.name, *o.aliases):
            if f:
                by_form.setdefault(norm(f), o)
                words.add(f)
        if o.acronym and o.acronym not in AMBIGUOUS_ACRONYMS:
            by_form.setdefault(norm(o.acronym), o)
            acrs.add(o.acronym)
    names_re = NameMatcher(words) if words else None
    acr_re = _LeftBounded(re.compile(r"(?:" + trie_pattern(acrs) + r")(?![\w-])")) if acrs else None
    return OrgIndex(names_re, acr_re, by_form, by_name)


def org_key(name: str, country: str | None) -> str:
    return "org:" + slug(name) + (f"-{country.lower()}" if country else "")


class OrgCollector:
    """Accumulates organization mentions of one release, merging repeated forms."""

    def __init__(self, text: Text, gaz: Gazetteer):
        self.t = text
        self.gaz = gaz
        self.idx = org_index(gaz)
        self.orgs: dict[str, OrganizationMention] = {}
        self.claimed: list[tuple[int, int, str]] = []  # (start, end, key)
        self.blocked: list[tuple[int, int]] = []  # spans of non-organizations (G20, ARF …)
        self._keys: dict[tuple[str, str | None], str] = {}  # (name, country) -> key
        self._own_forms: dict[str, tuple[str, str]] = {}  # key -> (norm name, norm acronym)
        self._claim_starts: dict[int, int] | None = None
        self._claim_count = 0

    def is_claimed(self, s: int, e: int) -> bool:
        return any(a < e and s < b for a, b, _ in self.claimed) or any(a < e and s < b for a, b in self.blocked)

    def claim_end_at(self, start: int, end: int) -> int | None:
        """The end of a claimed organization name starting at ``start`` and longer than
        [start, end) (an index of claim starts, rebuilt when claims were added)."""
        idx = self._claim_starts
        if idx is None or self._claim_count != len(self.claimed):
            idx = {}
            for a, b, k in self.claimed:
                if k and b > idx.get(a, -1):
                    idx[a] = b
            self._claim_starts, self._claim_count = idx, len(self.claimed)
        b = idx.get(start)
        return b if b is not None and b > end else None

    def key_at(self, s: int, e: int) -> str | None:
        for a, b, k in self.claimed:
            if a <= s and e <= b:
                return k
        return None

    def add(self, name: str, *, kind: str, country: str | None, start: int, end: int,
            acronym: str = "", known: bool = False, confidence: float = CONF_KNOWN,
            parent: str | None = None) -> str:
        key = self._keys.get((name, country))
        if key is None:
            key = self._keys[(name, country)] = org_key(name, country)
        m = self.orgs.get(key)
        if m is None:
            m = OrganizationMention(key=key, name=name, acronym=acronym, kind=kind, country=country,
                                    confidence=confidence, known=known)
            m.parent_key = parent  # a parent *name* for now, resolved in finish()
            self.orgs[key] = m
        m.confidence = max(m.confidence, confidence)
        if start >= 0:
            form = self.t.text[start:end]
            own = self._own_forms.get(key)
            if own is None or own[0] != m.name:
                own = self._own_forms[key] = (m.name, (norm(m.name), norm(m.acronym)))
            if form not in m.aliases and form != m.name and norm(form) not in own[1]:
                m.aliases.append(form)
            m.spans.append(self.t.span(start, end))
            self.claimed.append((start, end, key))
        return key

    def add_known(self, o: KnownOrganization, start: int, end: int, country: str | None = None,
                  confidence: float = CONF_KNOWN) -> str:
        return self.add(o.name, kind=o.kind, country=country if country is not None else o.country,
                        start=start, end=end, acronym=o.acronym, known=True,
                        confidence=confidence, parent=o.parent)

    def foreign_ministry(self, port: str, code: str, start: int, end: int) -> str:
        port_name = PORTFOLIO.get(port, port)
        if code == HOME:
            known = self.idx.by_name.get(norm(f"Ministry of {port_name}"))
            if known:
                return self.add_known(known, start, end)
        name = f"Ministry of {port_name} of {country_name(code)}"
        if start < 0 and (name, code) not in self._keys:
            # implied by a title: the ministry the release names in full ("Ministry of Foreign
            # Affairs, International Trade and Worship of Argentina") if there is one
            for m in self.orgs.values():
                if m.country == code and m.kind == "ministry" and f"of {port_name}" in m.name:
                    return m.key
        return self.add(name, kind="ministry", country=code, start=start, end=end,
                        confidence=CONF_DERIVED)

    def finish(self) -> list[OrganizationMention]:
        by_name = {norm(m.name): m.key for m in self.orgs.values()}
        out = []
        for m in self.orgs.values():
            if m.parent_key:
                m.parent_key = by_name.get(norm(m.parent_key))
            out.append(m)
        out.sort(key=lambda m: m.spans[0].start if m.spans else 1 << 30)
        return out


def _country_after(text: str, end: int) -> tuple[str | None, int]:
    m = _OF_COUNTRY_RE.match(text, end)
    if not m:
        return None, end
    words = m.group(1).split(" ")
    for n in range(len(words), 0, -1):
        cand = " ".join(words[:n]).rstrip(",.")
        code = lookup_country(cand)
        if code:
            return code, m.start(1) + len(cand)
    return _official_after(text, end)


_OF_OFFICIAL_RE = re.compile(r"\s(?:of|in) (?=(?:the )?[A-Z])")


def _official_after(text: str, end: int) -> tuple[str | None, int]:
    """" of the Kingdom of the Netherlands", " of the Argentine Republic": a country written
    with its official long name."""
    m = _OF_OFFICIAL_RE.match(text, end)
    if not m:
        return None, end
    code, e = official_country_at(text, m.end())
    return (code, e) if code else (None, end)


def _strip_leading(name: str, start: int) -> tuple[str, int]:
    while True:
        first, _, rest = name.partition(" ")
        if rest and (first in LEADING_STOP or first.isdigit() and False):
            name, start = rest, start + len(first) + 1
            continue
        return name, start


def find_organizations(col: OrgCollector) -> None:
    text = col.t.text
    # 1. another country's ministry written with a demonym/country: "the Russian Foreign Ministry"
    for m in windowed_finditer(_FOREIGN_MIN_RE, _MIN_ANCHOR, text, 80, 5):
        who = m.group("who")
        code = lookup_demonym(who) or lookup_country(who)
        if code is None and " " in who:
            last = who.split(" ")[-1]
            code = lookup_demonym(last) or lookup_country(last)
        if code:
            col.foreign_ministry(m.group("port"), code, m.start(), m.end())
            if m.group(0).endswith("Ministries"):  # "the ROK and Russian Foreign Ministries"
                am = _AND_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
                if am:
                    other = lookup_demonym(am.group(1)) or lookup_country(am.group(1))
                    if other:
                        col.foreign_ministry(m.group("port"), other, -1, -1)
    # 1b. parliaments and their parts (r6c), before the gazetteer's ROK National Assembly
    find_legislatures(col, lambda n, s, e: col.add_known(col.idx.by_name[norm(n)], s, e)
                      if norm(n) in col.idx.by_name else None)
    # 2. gazetteer names/aliases (case-insensitive) and acronyms (case-sensitive)
    for rx in (col.idx.names_re, col.idx.acr_re):
        if rx is None:
            continue
        for m in rx.finditer(text):
            s, e = m.start(), m.end()
            if col.is_claimed(s, e):
                continue
            o = col.idx.by_form.get(norm(m.group(0)))
            if o is None:
                continue
            if modifier_only(text, s, e, m.group(0), col.idx.by_form):
                continue  # "UN OCHA", "the United Nations Peacekeeping Ministerial" (r6c)
            if NOT_ORG_RE.match(o.name) or (o.acronym and NOT_ORG_RE.match(o.acronym)):
                col.blocked.append((s, e))  # and its words are not read again ("ASEAN …")
                continue
            if _ACR_MODIFIER_RE.match(text, e) and (rx is col.idx.acr_re or o.kind != "un_body") \
                    and not col.idx.by_form.get(norm(text[s:_ACR_MODIFIER_RE.match(text, e).end()])):
                continue  # "the UN Security Council": the council is named, not the UN
            tm = _TITLE_OR_ACTIVITY_AFTER_RE.match(text, e) if o.kind != "ministry" else None
            if tm and not (tm.group(0)[1].isupper() and (_NAME_NEXT_RE.match(text, tm.end())
                                                         or _NAME_BEFORE_RE.search(text, max(0, s - 60), s))):
                # "convened by the UN Secretary-General", "UN peacekeeping operations": a modifier
                # (not "NATO Secretary-General Jens Stoltenberg": the holder's organization)
                continue
            if o.kind == "ministry" and o.country == HOME:
                mm = _MINISTRY_RE.match(text, s)
                if mm and mm.end() > e and _country_after(text, mm.end())[0] not in (None, HOME):
                    continue  # "Ministry of Foreign Affairs, African Cooperation and … of Morocco"
                if mm and mm.end() > e and _longer_portfolio(text[s:mm.end()], col):
                    continue  # "Ministry of Foreign Affairs and International Cooperation": not the ROK's
            if rx is col.idx.acr_re and _EVENT_AFTER_RE.match(text, e):
                continue  # "the G20 Summit", "the APEC Economic Leaders' Meeting": an event
            code, e2 = _country_after(text, e)
            if o.country == HOME and o.kind == "ministry" and not code:
                dm = _DEMONYM_BEFORE_RE.search(text, max(0, s - 25), s)
                dcode = (lookup_demonym(dm.group(1)) or lookup_country(dm.group(1))) if dm else None
                if dcode and dcode != HOME:  # "the Norwegian Ministry of Foreign Affairs"
                    port = o.name.replace("Ministry of ", "")
                    name = f"Ministry of {port} of {country_name(dcode)}"
                    col.add(name, kind="ministry", country=dcode, start=s - len(dm.group(0)), end=e,
                            confidence=CONF_DERIVED)
                    continue
            if o.country == HOME and o.kind == "ministry" and code and code != HOME:
                port = o.name.replace("Ministry of ", "")
                name = f"Ministry of {port} of {country_name(code)}"
                col.add(name, kind="ministry", country=code, start=s, end=e2, confidence=CONF_DERIVED)
                continue
            if code == o.country and code:
                e = e2  # "Ministry of Foreign Affairs of the Republic of Korea"
            col.add_known(o, s, e)
    # 3. "Ministry of X" not in the gazetteer
    for m in windowed_finditer(_MINISTRY_RE, _MINISTRY_ANCHOR, text, 1, 260):
        s, e = m.start(), m.end()
        if col.is_claimed(s, e):
            continue
        name = _trim_person_tail(m.group(0))
        name, _ = _trim_sentence_end(name, 0)  # "… of the Department of Foreign Affairs."
        e = s + len(name)
        if name.startswith("Department") and (_SUBUNIT_AFTER_RE.match(text, e) or _HEAD_OF_UNIT_RE.search(text, max(0, s - 40), s)):
            continue  # "Director-General of the Department of Northeast Asian Affairs": a ministry's unit  # "Director-General of the Department of … (Name) of the Ministry of …": a unit
        code, e2 = _country_after(text, e)
        if code is None:
            dm = demonym_regex().search(text, max(0, s - 20), s)
            code = lookup_demonym(dm.group(0)) if dm and dm.end() >= s - 1 else None
        if code is None and not col.idx.by_form.get(norm(name)):
            # a ministry the ROK does not have ("Department of Foreign Affairs", "Ministry of
            # Foreign Affairs and International Cooperation"): the city it stands in, another
            # country's ministry of that name already read, or the foreign country of its sentence
            code = _foreign_ministry_country(text, name, s, e, col)
        code = code or HOME
        if code != HOME:
            name = f"{name} of {country_name(code)}"
            e = e2
        col.add(name, kind="ministry", country=code, start=s, end=e, confidence=CONF_DISCOVERED + 0.1)
    # 4. missions
    for m in windowed_finditer(_MISSION_RE, _MISSION_ANCHOR, text, 1, 260):
        s, e = m.start(), m.end()
        # an organization the mission is accredited to may already be claimed ("… to the African
        # Union"); anything else claimed inside it means it is part of a longer name
        if col.is_claimed(s, m.start("to")) or (col.is_claimed(m.start("to"), e) and col.key_at(m.start("to"), e) is None
                                                  and not any(m.start("to") <= a and b <= e for a, b, _ in col.claimed)):
            continue
        frm = m.group("from")
        if EVENT_WORDS.search(m.group("to")):
            continue  # "the Korean Delegation to the East Asia Summit …": a delegation to a meeting
        code = (lookup_country(frm) if frm else None) or HOME
        name = m.group(0)
        name, e = _trim_sentence_end(name, e)
        dm = None if frm else _DEMONYM_BEFORE_RE.search(text, max(0, s - 25), s)
        dcode = (lookup_demonym(dm.group(1)) or lookup_country(dm.group(1))) if dm else None
        if dcode:  # "the Korean Embassy in Kenya", "the Japanese Embassy in Seoul"
            code = dcode
            head, _, rest = name.partition(" ")
            name = f"{head} of {'the Republic of Korea' if dcode == HOME else country_name(dcode)} {rest}"
            s -= len(dm.group(0))
        name = _embassy_in_country(name, code)
        col.add(name, kind="diplomatic_mission", country=code, start=s, end=e,
                confidence=CONF_DISCOVERED, parent=MOFA if code == HOME else None)
    # 5. "Long Name (ABBR)"
    for m in _ABBR_RE.finditer(text):
        abbr = m.group(1)
        if lookup_country(abbr):
            continue
        if col.is_claimed(m.start(1), m.end(1)):
            _known_long_form(col, m, abbr)  # "United Nations High Commissioner for Refugees (UNHCR)"
            continue
        head = text[max(0, m.start() - 160) : m.start()].rstrip()
        words = head.split(" ")
        taken: list[str] = []
        for w in reversed(words):
            if not w or "\n" in w or (taken and w.endswith((",", ";", ":"))):
                break  # "Vice Minister Yoon, President Han … of the Korea …": a comma ends it
            if w[0].isupper() or w[0].isdigit() or w in ("of", "for", "and", "on", "the", "de", "&"):
                taken.append(w)
                if len(taken) > 12:
                    break
                continue
            break
        while taken and taken[-1] in ("of", "for", "and", "on", "the", "de", "&"):
            taken.pop()
        long = " ".join(reversed(taken))
        long, _ = _strip_leading(long, 0)
        if long and long[0].upper() != abbr[0]:
            # "President Han Seung-woo of the Korea Trade-Investment Promotion Agency (KOTRA)":
            # the name is the longest tail that starts with the acronym's first letter
            ws = long.split(" ")
            for i in range(1, len(ws)):
                if ws[i][:1] == abbr[0] and ws[i - 1] in ("of", "the", "and", "for") and ORG_WORDS.search(" ".join(ws[i:])):
                    long = " ".join(ws[i:])
                    break
        company = bool(long) and not ORG_WORDS.search(long) and _COMPANY_TAIL_RE.search(long) is not None \
            and _main_initials(long.split(" ")) == [c for c in abbr.upper() if c.isalpha()]
        if not long or EVENT_WORDS.search(long) or not (ORG_WORDS.search(long) or company):
            continue  # ("Korea Hydro & Nuclear Power (KHNP)": a company, its initials its acronym)
        if _MEETING_SERIES_RE.search(long):
            continue  # "the ROK-Indonesia Joint Economic and Trade Committee (JETCO)": a meeting series
        if long.startswith("UN ") or long.startswith("ROK "):
            pass
        s = m.start() - 1 - len(long) if head.endswith(long) else m.start()
        s = text.rfind(long, 0, m.start())
        if s >= 0 and col.is_claimed(s, m.end()):
            un = _un_body(head, abbr)
            if un:  # "the United Nations Economic and Social Commission for Asia and the Pacific (ESCAP)"
                s2 = text.rfind(un, 0, m.start())
                if s2 >= 0 and _release_inner_claims(col, s2, s2 + len(un)):
                    long, s = un, s2
        if s < 0 or col.is_claimed(s, m.end()):
            continue
        code = HOME if _is_home(long) else _foreign_demonym_country(long)
        key = col.add(long, kind="company" if company else _kind_for(long, code), country=code, start=s,
                      end=s + len(long), acronym=abbr, confidence=CONF_DISCOVERED)
        col.claimed.append((m.start(1), m.end(1), key))
    # 6. "... Agency/Institute/Service/..." (keyword discovery)
    for m in windowed_finditer(_KEYWORD_ORG_RE, _KEYWORD_ANCHOR, text, 220, 220):
        name, s = _strip_leading(m.group(0), m.start())
        e = m.end()
        while name.endswith((".", ",")) and not name.endswith(("Co.", "Inc.", "Ltd.", "Corp.")):
            name, e = name[:-1], e - 1  # the sentence's full stop
        cuts = list(_SENT_CUT_RE.finditer(name)) if ". " in name else ()
        if cuts:  # "… on March 20. The Joint Commission": a name never spans a sentence end
            name, s = _strip_leading(name[cuts[-1].end():], s + cuts[-1].end())
        if " and " in name and not _and_joins_name(name):
            continue  # "Korea and Japan Foundation …": two names, not one
        event_secretariat = bool(_EVENT_SECRETARIAT_RE.search(name))
        if event_secretariat:  # "the 2030 Example Expo Organizing Secretariat": the event's own body
            if any(a < e and s < b and not (s <= a and b <= e) for a, b, _ in col.claimed):
                continue
            code = HOME if _is_home(name) else None
            col.add(name, kind="government_agency" if code == HOME else "international_organization",
                    country=code, start=s, end=e, confidence=CONF_DISCOVERED)
            continue
        if " " not in name or col.is_claimed(s, e) or ministry_unit(text, name, e):
            continue  # (r6c: "the Center for … of the Ministry of Foreign Affairs": a unit)
        if EVENT_WORDS.search(name) and not name.endswith(" Secretariat"):
            continue  # "… Forum Secretariat": a forum's standing secretariat is an organization
        if _MEETING_SERIES_RE.search(name):
            continue  # "the ROK-Indonesia Joint Commission": a bilateral meeting series (README)
        first = name.split(" ")[0]
        if first in GENERIC_FIRST or first.lower() == first or FACILITY_RE.search(name) or NOT_ORG_RE.match(name):
            continue
        if _branch_office(name):
            continue  # "KOICA Chile Office", "the Seoul Office": an organization's local office
        code = HOME if _is_home(name) else (lookup_demonym(first) or None)  # "Norwegian Polar Institute"
        col.add(name, kind=_kind_for(name, code), country=code, start=s, end=e, confidence=CONF_DISCOVERED)
    # 6b. "ABBR (Long Name)": an acronym explained after it, when its letters are the long
    # name's initials ("P4G (Partnering for Green Growth …)")
    for m in _ABBR_FIRST_RE.finditer(text):
        abbr, long = m.group(1), m.group(2).strip()
        if (lookup_country(abbr) or lookup_country(long) or EVENT_WORDS.search(long)
                or NOT_ORG_RE.match(long) or not _initials_fit(abbr, long) or col.is_claimed(m.start(), m.end())):
            continue
        key = col.add(long, kind=_kind_for(long), country=None, start=m.start(2), end=m.start(2) + len(long),
                      acronym=abbr, confidence=CONF_DISCOVERED)
        col.claimed.append((m.start(1), m.end(1), key))
    # 6c. national trade/investment promotion agencies named "Business Finland", "Enterprise
    # Singapore", "Invest India": an agency of that country
    for m in (_PROMO_AGENCY_RE.finditer(text) if ("Business " in text or "Enterprise " in text or "Invest " in text) else ()):
        code = lookup_country(m.group(2))
        if code and not col.is_claimed(m.start(), m.end()):
            col.add(m.group(0), kind="government_agency", country=code, start=m.start(), end=m.end(),
                    confidence=CONF_DISCOVERED)
    # 6d. national Red Cross / Red Crescent societies ("the Moroccan Red Crescent")
    for m in (_RED_CROSS_RE.finditer(text) if "Red C" in text else ()):
        code = lookup_demonym(m.group(1)) or lookup_country(m.group(1))
        if code and not col.is_claimed(m.start(), m.end()):
            col.add(m.group(0), kind="ngo", country=code, start=m.start(), end=m.end(), confidence=CONF_DISCOVERED)
    # 6e. the ROK's presidential committees ("the Presidential Committee on Northern Economic
    # Cooperation"): government bodies, not meeting series
    for m in (_PRES_COMMITTEE_RE.finditer(text) if "Presidential Committee" in text else ()):
        name, e = _trim_sentence_end(m.group(0), m.end())
        if not col.is_claimed(m.start(), e):
            col.add(name, kind="government_agency", country=HOME, start=m.start(), end=e,
                    confidence=CONF_DISCOVERED)
    # 7. short references to a discovered long name ("the Preparatory Secretariat"), and its
    # acronym used again on its own ("Executive Secretary of ESCWA Name")
    for m in list(col.orgs.values()):
        if not m.known and m.acronym and len(m.acronym) >= 3 and text.count(m.acronym) > 1:
            for mm in re.finditer(r"(?<![\w-])" + re.escape(m.acronym) + r"(?![\w-])", text):
                if not col.is_claimed(mm.start(), mm.end()):
                    col.add(m.name, kind=m.kind, country=m.country, start=mm.start(), end=mm.end())
    for m in list(col.orgs.values()):
        words = m.name.split(" ")
        if m.known or len(words) < 3 or m.confidence > CONF_DISCOVERED or m.kind == "ministry":
            continue
        tail = " ".join(words[-2:])
        if not all(w[:1].isupper() for w in words[-2:]):
            continue
        for mm in re.finditer(r"(?<![\w-])" + re.escape(tail) + r"(?![\w-])", text):
            if not col.is_claimed(mm.start(), mm.end()):
                col.add(m.name, kind=m.kind, country=m.country, start=mm.start(), end=mm.end())


_PRES_COMMITTEE_RE = re.compile(r"(?<![\w-])Presidential Committee (?:on|for) (?:the )?[A-Z][\w’'-]*"
                                r"(?:(?:,| and| of| the|) [A-Z][\w’'-]*){0,5}")
_PROMO_AGENCY_RE = re.compile(r"(?<![\w-])(Business|Enterprise|Invest) ([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?![\w-])")
_RED_CROSS_RE = re.compile(r"(?<![\w-])([A-Z][a-z]+(?: [A-Z][a-z]+)?) Red (?:Cross|Crescent)(?: Society)?(?![\w-])")
_DEMONYM_BEFORE_RE = re.compile(r"(?<![\w-])(?!The )([A-Z][a-z]+(?: [A-Z][a-z]+)?) $")  # "The Korean Embassy": not "The"
_HEAD_OF_UNIT_RE = re.compile(r"\b(?:Director-General|Director General|Director|Head) of (?:the )?$")
_SUBUNIT_AFTER_RE = re.compile(
    r"(?: [A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2})?,? (?:of|in|at) (?:the |its |their )?(?:[A-Z][\w’'-]* ){0,2}(?:Ministry|Foreign Ministry)\b")


_CITY_AFTER_RE = re.compile(r" in ([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)")
_ROK_MINISTRY_HEAD_RE = re.compile(r"^Ministry of ")


def _longer_portfolio(full: str, col: "OrgCollector") -> bool:
    """A gazetteer ministry of the ROK read inside a longer ministry name whose portfolio ends
    with a portfolio word and is not an ROK ministry ("Ministry of Foreign Affairs and
    International Cooperation"; not "Ministry of Foreign Affairs and KOICA")."""
    full = _trim_person_tail(full)
    full, _ = _trim_sentence_end(full, 0)
    last = full.rsplit(" ", 1)[-1].rstrip(",")
    if not (last in PORTFOLIO_END and not col.idx.by_form.get(norm(full)) and last not in _ORG_TAIL_WORDS):
        return False
    # every word added is a portfolio's ("… and President Hold Policy …" in a headline is not)
    known = next((o for o in col.idx.by_form if full.lower().startswith(o) and len(o) > 12), None)
    rest = full[len(known):] if known else full.split(" ", 3)[-1]
    return all(w in ("and", "&", "") or (w in PORTFOLIO_END or w in _PORTFOLIO_MODS) and w not in _ORG_TAIL_WORDS
               for w in rest.replace(",", " ").split(" "))


_PORTFOLIO_MODS = frozenset("International Regional African European Foreign Moroccan East Integration Worship "
                            "Expatriates Diaspora Commonwealth Francophonie Religious Overseas External".split())


_ORG_TAIL_WORDS = frozenset("Agency Ministry Committee Council Office Organization Organizations Assembly Union "
                            "Nations NATO UN EU ASEAN OECD Government".split())


def _foreign_ministry_country(text: str, name: str, s: int, e: int, col: "OrgCollector") -> str | None:
    cm = _CITY_AFTER_RE.match(text, e)
    if cm:
        for n in (2, 1):
            city = " ".join(cm.group(1).split(" ")[:n]).rstrip(",.")
            code = city_country(city)
            if code:
                return code if code != HOME else None
    for o in col.orgs.values():
        if o.country not in (None, HOME) and o.kind == "ministry" and o.name.startswith(name + " of "):
            return o.country  # "the Department of Foreign Affairs" after "… of the Philippines"
    if _ROK_MINISTRY_HEAD_RE.match(name) and not _longer_portfolio(name, col):
        return None
    lo = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s)) + 1
    best = None
    for rx in (demonym_regex(), country_regex()):
        for m in rx.finditer(text, lo, s):
            w = m.group(0)
            code = lookup_demonym(w) or lookup_country(w.replace("the ", "", 1) if w.startswith("the ") else w)
            if code and code != HOME and (best is None or m.start() > best[0]):
                best = (m.start(), code)
    if best is None:  # "… of the Ministry of External Relations Sergio Danese in Brasilia."
        hi = min(x for x in (text.find(". ", e), text.find("\n", e), len(text)) if x >= 0)
        for cm in city_regex().finditer(text, e, hi):
            code = city_country(cm.group(0)) if text.endswith("in ", 0, cm.start()) else None
            if code and code != HOME:
                return code
    return best[1] if best else None


def _known_long_form(col: "OrgCollector", m: re.Match, abbr: str) -> None:
    """"Long Name (ACR)" where ACR is an organization already read: the long name (the words
    before the bracket whose main initials spell the acronym) is one more form of it."""
    k = col.key_at(m.start(1), m.end(1))
    o = col.orgs.get(k) if k else None
    if o is None or o.acronym != abbr:
        return
    text = col.t.text
    words = text[max(0, m.start() - 120) : m.start()].rstrip().split(" ")
    letters = [c for c in abbr.upper() if c.isalpha()]
    for i in range(max(0, len(words) - 12), len(words)):
        tail = words[i:]
        if not tail[0][:1].isupper() or (i and words[i - 1][:1].isupper()):
            continue
        if _main_initials(tail) == letters and all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in tail):
            long = " ".join(tail)
            s = text.rfind(long, 0, m.start())
            if s >= 0 and not col.is_claimed(s, s + len(long)):
                col.add(o.name, kind=o.kind, country=o.country, start=s, end=s + len(long), acronym=o.acronym,
                        known=o.known)
            return


_SENT_CUT_RE = re.compile(r"(?<![\w.])(?!(?:Co|Inc|Ltd|Corp|St|Mt|Dr|Mr|Ms|Jr|Sr|No)\.)[\w’'-]*[a-z0-9]\. (?=[A-Z])")


def _and_joins_name(name: str) -> bool:
    """"Reconciliation and Healing Foundation": "and" inside one name joins two common words;
    a country or demonym on either side ("Korea and Japan Foundation") makes it two names."""
    words = name.split(" ")
    for i, w in enumerate(words):
        if w == "and":
            if i == 0 or i + 1 >= len(words):
                return False
            for x in (words[i - 1], words[i + 1]):
                if lookup_country(x) or lookup_demonym(x):
                    return False
    return True


def _embassy_in_country(name: str, code: str | None) -> str:
    """"the Korean Embassy in Santiago": an embassy of the ROK is accredited to a country and
    named for it ("Embassy of the Republic of Korea in Chile"), not for the capital it stands
    in. Consulates keep their city."""
    if code != HOME or not name.startswith("Embassy "):
        return name
    head, sep, city = name.rpartition(" in ")
    hit = CITIES.get(city) if sep else None
    if hit and hit[1] and hit[0] != HOME:
        return f"{head} in {country_name(hit[0])}"
    return name


def _branch_office(name: str) -> bool:
    """"<ORG> <Country|City> Office" / "<City> Office": a local office of an organization
    named elsewhere, not an organization of its own."""
    words = name.split(" ")
    if len(words) < 2 or words[-1] not in ("Office", "Branch"):
        return False
    place = words[:-1]
    if place and place[0].isupper() and len(place[0]) >= 2 and len(place) > 1:
        place = place[1:]  # the organization's acronym ("KOICA")
    p = " ".join(place)
    return bool(p) and bool(lookup_country(p) or city_country(p))


def _trim_sentence_end(name: str, end: int) -> tuple[str, int]:
    """"Embassy of the Netherlands in Seoul." / "… in Santiago. The MOU": a name ends at the
    full stop that ends its sentence (an abbreviation such as "U.S." keeps its dots)."""
    cut = re.search(r"(?<![A-Z]\.[A-Z])\.(?: |$)", name)
    if cut and not re.search(r"\b[A-Z]\.$", name[: cut.end()].rstrip()):
        return name[: cut.start()], end - (len(name) - cut.start())
    return name, end


def _trim_person_tail(name: str) -> str:
    """"Department of Boundary and Ocean Affairs Zhou Weimin": a title's unit followed by the
    holder's name. The name ends with its last portfolio word when two or three name-like
    words follow it."""
    words = name.split(" ")
    idx = max((i for i, w in enumerate(words) if w.rstrip(",") in PORTFOLIO_END), default=-1)
    tail = words[idx + 1 :]
    if idx >= 2 and 2 <= len(tail) <= 3 and all(
            NAME_TOK_RE.match(w.rstrip(".,")) and w not in PORTFOLIO_END and w not in ("and", "of") for w in tail):
        return " ".join(words[: idx + 1])
    return name


_EVENT_SECRETARIAT_RE = re.compile(
    r"^(?:(?:19|20)\d\d )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){1,7} (?:Preparatory|Organizing|Organising) "
    r"(?:Secretariat|Committee Secretariat)$")
_ABBR_FIRST_RE = re.compile(r"(?<![\w-])([A-Z][A-Za-z0-9&-]{1,10}) \(([A-Z][^()\n]{5,120}?)\)")
_SMALL_WORDS = frozenset("of for and the on in to at de".split())


def _main_initials(words: list[str]) -> list[str]:
    return [w[0].upper() for w in words if w and w.lower() not in _SMALL_WORDS and w[0].isalpha()]


def _un_body(head: str, abbr: str) -> str | None:
    """A UN body written "United Nations <Name> (ACR)" or "UN <Name> (ACR)" whose acronym spells
    the name's main words, with or without the UN's letters ("ESCAP", "UNODC"): the full name."""
    words = head.split(" ")
    for i in range(len(words) - 1, 0, -1):
        un = None
        if words[i - 1] == "UN":
            un = 1
        elif i >= 2 and words[i - 2] == "United" and words[i - 1] == "Nations":
            un = 2
        if un is None:
            continue
        tail = words[i:]
        if not tail or not all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in tail) or tail[-1].lower() in _SMALL_WORDS:
            continue
        letters = [c for c in abbr.upper() if c.isalpha()]
        ini = _main_initials(tail)
        if ini == letters or (letters[:2] == ["U", "N"] and ini == letters[2:]):
            return " ".join(words[i - un :])
    return None


def _release_inner_claims(col: OrgCollector, s: int, e: int) -> bool:
    """Give up the claims lying inside [s, e) (a shorter name read inside a longer one); False
    when a claim straddles the boundary."""
    if col.t.text[max(0, s - 4) : s].lower() == "the ":
        s -= 4  # "the United Nations" claimed with its article
    inner = [(a, b, k) for a, b, k in col.claimed if a < e and s < b]
    if any(not (s <= a and b <= e) for a, b, _ in inner) or any(a < e and s < b for a, b in col.blocked):
        return False
    for a, b, k in inner:
        col.claimed.remove((a, b, k))
        col._claim_starts = None
        o = col.orgs.get(k)
        if o is not None:
            o.spans = [sp for sp in o.spans if not (s <= sp.start and sp.end <= e)]
            if not o.spans:
                del col.orgs[k]
    return True


def _initials_fit(abbr: str, long: str) -> bool:
    """The acronym's letters are, in order, the initials of the long name's main words."""
    initials = [w[0].upper() for w in long.split() if w and w.lower() not in _SMALL_WORDS and w[0].isalpha()]
    letters = [c for c in abbr.upper() if c.isalpha()]
    if len(letters) < 2 or not initials or letters[0] != initials[0]:
        return False
    i = 0
    for c in letters:
        while i < len(initials) and initials[i] != c:
            i += 1
        if i == len(initials):
            return False
        i += 1
    return True


def _foreign_demonym_country(name: str) -> str | None:
    """The country of a name led by another country's demonym ("Italian Space Agency")."""
    first = name.split(" ")[0]
    code = lookup_demonym(first) if first[:1].isupper() else None
    return code if code and code != HOME else None


def _is_home(name: str) -> bool:
    if _JOINT_RE.search(name):
        return False  # "Korea-Central Asia …", "ASEAN-Korea …": a body of both sides
    if _foreign_demonym_country(name):
        return False  # "Italian National Research Council": another country's body
    if _RX0.search(name):
        return True
    return any(city_country(w) == HOME for w in name.split(" "))  # "Busan …", "Jeju …"


_JOINT_RE = re.compile(r"\b(?:Korea|ROK)-[A-Z]|[A-Za-z]-(?:Korea|ROK)\b")


def _kind_for(name: str, country: str | None = "") -> str:
    """The kind a name says; ``country`` None (known to be international) turns a
    government-style body ("… Secretariat") into an international organization."""
    k = _kind_by_name(name)
    if country is None and k == "government_agency":
        return "international_organization"
    return k


def _kind_by_name(name: str) -> str:
    if _RX1.search(name):
        return "ministry"
    if _RX2.search(name):
        return "research_institute"
    if _RX3.search(name):
        return "diplomatic_mission"
    if _RX4.search(name):
        return "legislature"
    if _RX5.search(name):
        return "military"
    if _RX6.search(name):
        return "company"
    if _RX7.search(name):
        return "ngo"
    if _RX8.search(name):
        return "un_body"
    if _RX9.search(name):
        return "government_agency"
    if _RX10.search(name):
        return "international_organization"
    return "other"
