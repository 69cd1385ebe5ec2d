"""Organizations, people and meeting dates as real MOFA releases write them (round r6c).

Pure functions called from ``organizations.find_organizations``, ``names.PeopleFinder`` and the
meeting finder's date step; each says what it handles:

Organizations
- ``find_legislatures``: parliaments and their parts ("the US Congress", "the US Senate Foreign
  Relations Committee", "the House Foreign Affairs Committee", "the UK House of Lords and House
  of Commons", "the National Assembly of Viet Nam", "the Japanese Diet").
- ``modifier_only``: an organization's name that only modifies what follows ("UN OCHA": the
  office is named, not the UN; "the United Nations Peacekeeping Ministerial": an event; "a
  high-level UN meeting").
- ``ministry_unit``: a body named as part of a ministry ("the Center for … of the Ministry of
  Foreign Affairs") is a unit, not an organization of its own.

People
- ``comma_name_end``: a Korean name written "Surname, Given-name" ("Kang, Kyung-wha").
- ``org_word_follows``: capitalised words before "Committee"/"Party"/… are an organization's
  name, not a person's ("Secretary of the CPC Tianjin Municipal Committee").
- ``member_appositives``: "Li Hongzhong, a member of the Political Bureau …, and Secretary of
  …": the name before an appositive that starts with "a member of".
- ``tail_same_person``: "Minister Pejčinović Burić" after "Marija Pejčinović Burić": a
  surname of two words (or more) used without the given name is the same person.

Dates
- ``weekday_after_release``: "on Wednesday afternoon", "on Monday morning, July 4": a weekday
  (with or without a time of day) counted from the release's date.
"""

from __future__ import annotations

import datetime as dt
import re

from .common import norm
from .countries import country_name, lookup_country, lookup_demonym
from .namedata import KOREAN_SURNAMES

# ---------------------------------------------------------------------------------------------
# people


_GIVEN_HYPHEN_RE = re.compile(r", ([A-Z][a-z]+-[a-z]+)(?![\w-])")


def comma_name_end(text: str, surname: str, pos: int) -> int | None:
    """"Kang, Kyung-wha": after a Korean surname ending at ``pos``, the end of the given name
    written after a comma (hyphenated, lower case after the hyphen), else None."""
    if surname not in KOREAN_SURNAMES:
        return None
    m = _GIVEN_HYPHEN_RE.match(text, pos)
    return m.end() if m else None


_ORG_HEAD_AFTER_RE = re.compile(r" (?:Committee|Commission|Council|Party|Assembly|Government|Municipality|"
                                r"Province|Provincial|Municipal|University|Institute|Bureau|Department|"
                                r"Ministry|Office|Agency|Foundation|Association|Congress|Parliament|"
                                r"Senate|Court|Corporation|Group|Company)(?![\w-])")


def org_word_follows(text: str, end: int) -> bool:
    """The words just read as a name run on into an organization's head noun ("… Tianjin
    Municipal Committee", "… Guangdong Provincial Party Committee")."""
    return _ORG_HEAD_AFTER_RE.match(text, end) is not None


_NAME_WORD = r"[A-Z][^\W\d_]+(?:-[A-Za-z][^\W\d_]*)?"
_MEMBER_APPOS_RE = re.compile(
    r"(?<![\w-])(?P<name>" + _NAME_WORD + r"(?: " + _NAME_WORD + r"){1,2}), (?:a|an) "
    r"(?:senior |leading |ranking |standing |permanent |founding )?(?:[Mm]ember) (?:of|on) (?:the )?")
_APPOS_END_RE = re.compile(r",(?! (?:and|the)\b)|[.;\n]| who\b| will\b| is\b| was\b")
_SECOND_TITLE_RE = re.compile(r"\band ((?:Party |Deputy |Vice |First |Executive |General )?(?:Secretary|Chairman|Chair|"
                              r"Chairperson|President|Director|Head|Governor|Mayor|Minister)\b.*)$")


def member_appositives(text: str):
    """Yield (name start, name end, title, appositive start, appositive end) for "Name, a
    member of the … (and Secretary of the …)," — the title is the second role when there is
    one ("Secretary of the CPC Tianjin Municipal Committee"), else ""."""
    if "ember o" not in text:
        return
    for m in _MEMBER_APPOS_RE.finditer(text):
        if m.start() > 0 and text[m.start() - 1] not in " \n(\"“":
            continue
        em = _APPOS_END_RE.search(text, m.end())
        end = em.start() if em else min(len(text), m.end() + 200)
        body = text[m.end() : end]
        sm = _SECOND_TITLE_RE.search(body)
        # a membership is no title: a later "Senator Fowler" gives it
        title = sm.group(1).strip() if sm else ""
        yield m.start("name"), m.end("name"), title, m.end(), end


def tail_same_person(people: dict, clean: list[str]):
    """The person whose name ends with (or is the end of) these tokens, two words at least:
    "Pejčinović Burić" and "Marija Pejčinović Burić". Returns (key, person, new_is_longer) or
    None; only when exactly one person fits."""
    if len(clean) < 2:
        return None
    low = [t.lower() for t in clean]
    hits = []
    for k, p in people.items():
        other = [t.lower() for t in p.tokens]
        if len(other) < 2 or other == low:
            continue
        if len(other) > len(low) and other[-len(low):] == low:
            hits.append((k, p, False))
        elif len(low) > len(other) and low[-len(other):] == other and len(other) >= 2:
            hits.append((k, p, True))
    return hits[0] if len(hits) == 1 else None


# ---------------------------------------------------------------------------------------------
# dates

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def weekday_after_release(ref: dt.date, weekday: str, planned: bool) -> dt.date | None:
    """The weekday named counted from the release's date: the next such day (or the day
    itself) for a planned meeting, the last one (or the day itself) for a held one."""
    try:
        wd = WEEKDAYS.index(weekday.lower())
    except ValueError:
        return None
    diff = wd - ref.weekday()
    if planned:
        return ref + dt.timedelta(days=diff % 7)
    return ref - dt.timedelta(days=(-diff) % 7)


# ---------------------------------------------------------------------------------------------
# organizations (filled in below)


def add_member_appositives(finder) -> None:
    """Record the people named before "…, a member of …" (``member_appositives``) with the
    organization and country the appositive names ("… of the Communist Party of China")."""
    text = finder.t.text
    for ns, ne, title, a, b in member_appositives(text):
        if finder._covered(ns, ne) or finder.orgs.is_claimed(ns, ne):
            continue
        toks = text[ns:ne].split(" ")
        if any(lookup_country(w) or lookup_demonym(w) for w in toks):
            continue
        org = country = None
        for s, e, k in sorted(finder.orgs.claimed):
            if a <= s < b and k:
                org = org or k
                country = country or finder.orgs.orgs[k].country
        if country is None:
            for w in re.findall(r"[A-Z][\w’'-]+", text[a:b]):
                country = lookup_country(w) or lookup_demonym(w)
                if country:
                    break
        finder._add(toks, ns, ne, title=title, org_key=org, country=country)


# ---------------------------------------------------------------------------------------------
# organizations

_US = r"(?:(?:the )?(?:US|U\.S\.|United States|American) )"
# "the US Senate Foreign Relations Committee", "the House Foreign Affairs Committee", "the Senate
# Armed Services Committee", "the Senate Committee on Foreign Relations"
_US_COMMITTEE_RE = re.compile(
    r"(?<![\w-])(?P<us>" + _US + r")?(?P<house>Senate|House) (?:(?P<topic>(?:[A-Z][a-z]+ ){1,3})Committee|"
    r"Committee on (?P<topic2>[A-Z][a-z]+(?: (?:and )?[A-Z][a-z]+){0,3}))(?![\w-])")
_US_CHAMBER_RE = re.compile(r"(?<![\w-])(?P<us>" + _US + r")(?P<body>Congress|Senate|House of Representatives)(?![\w-])"
                            r"(?: and (?:the )?(?P<other>Senate|House of Representatives)(?![\w-]))?")
_EU_PARLIAMENT_RE = re.compile(r"(?<![\w-])European Parliament(?![\w-])")
_UK_HOUSE_RE = re.compile(r"(?<![\w-])(?P<who>(?:UK|U\.K\.|British|Canadian) )?(?P<body>House of (?:Lords|Commons))(?![\w-])")
# another country's parliament: "the National Assembly of Viet Nam", "the Vietnamese National
# Assembly", "the Japanese Diet", "the National Diet of Japan", "the Federal Assembly of Russia"
_ASSEMBLY_OF_RE = re.compile(r"(?<![\w-])(?P<body>National Assembly|National Diet|Parliament|Federal Assembly|"
                             r"National Congress|Congress|State Duma|Grand National Assembly|Bundestag) of (?:the )?(?P<who>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2})")
_DEMONYM_ASSEMBLY_RE = re.compile(r"(?<![\w-])(?P<who>[A-Z][a-z]+) (?P<body>National Assembly|Diet|Parliament|"
                                  r"Bundestag|State Duma|Congress)(?![\w-])")
# a committee of the ROK's National Assembly ("the Foreign Affairs and Unification Committee of
# the National Assembly", "the National Assembly's Foreign Affairs and Unification Committee")
_NA_COMMITTEE_RE = re.compile(r"(?<![\w-])(?:(?P<pre>National Assembly(?:’s|'s)? )(?P<a>(?:[A-Z][a-z]+ (?:and )?){1,5})Committee|"
                              r"(?P<b>(?:[A-Z][a-z]+ (?:and )?){1,5})Committee of the National Assembly)(?![\w-])")


def _country_code(word: str) -> str | None:
    w = word.strip().rstrip(".,")
    return lookup_country(w) or lookup_demonym(w)


def find_legislatures(col, add_known_by_name) -> None:
    """Parliaments and their parts as noun phrases of their own (kind ``legislature``).

    ``add_known_by_name(name, s, e)`` records a gazetteer organization (the ROK's National
    Assembly) and returns its key or None."""
    text = col.t.text
    if not any(w in text for w in ("Congress", "Senate", "House", "Assembly", "Diet", "Parliament", "Duma",
                                   "Bundestag")):
        return
    for m in _NA_COMMITTEE_RE.finditer(text):
        topic = (m.group("a") or m.group("b")).strip()
        first = topic.split(" ")[0]
        if first in ("The", "A", "An", "Special") or col.is_claimed(m.start(), m.end()):
            continue
        col.add(f"{topic} Committee of the National Assembly", kind="legislature", country="KR",
                start=m.start(), end=m.end(), confidence=0.6)
    for m in _US_COMMITTEE_RE.finditer(text):
        if col.is_claimed(m.start(), m.end()):
            continue
        if not m.group("us") and "Senate" not in text.replace(m.group(0), "") and m.group("house") == "House" \
                and not re.search(r"\b(?:US|U\.S\.|United States|American|Congress)\b", text):
            continue  # "the House … Committee" of a release about no US lawmakers
        if m.group("topic"):
            name = f"US {m.group('house')} {m.group('topic')}Committee"
        else:
            name = f"US {m.group('house')} Committee on {m.group('topic2')}"
        s = m.start("house")
        col.add(name, kind="legislature", country="US", start=s, end=m.end(), confidence=0.6)
    for m in _US_CHAMBER_RE.finditer(text):
        s = m.start("us") + (4 if m.group("us").startswith("the ") else 0)
        if col.is_claimed(s, m.end()):
            continue
        body = m.group("body")
        e = m.end("body")
        col.add(f"United States {body}", kind="legislature", country="US", start=s, end=e, confidence=0.6)
        if m.group("other") and not col.is_claimed(m.start("other"), m.end("other")):
            # "the US Senate and House of Representatives": both chambers
            col.add(f"United States {m.group('other')}", kind="legislature", country="US",
                    start=m.start("other"), end=m.end("other"), confidence=0.6)
    for m in _EU_PARLIAMENT_RE.finditer(text):
        if not col.is_claimed(m.start(), m.end()):
            col.add("European Parliament", kind="legislature", country=None, start=m.start(), end=m.end(),
                    confidence=0.6)
    for m in _UK_HOUSE_RE.finditer(text):
        s = m.start("who") if m.group("who") else m.start("body")
        if col.is_claimed(s, m.end()):
            continue
        code = _country_code(m.group("who") or "") or "GB"
        col.add(m.group("body"), kind="legislature", country=code, start=s, end=m.end(), confidence=0.6)
    for m in _ASSEMBLY_OF_RE.finditer(text):
        words = m.group("who").split(" ")
        code = None
        for n in range(len(words), 0, -1):
            code = lookup_country(" ".join(words[:n]).rstrip(".,"))
            if code:
                e = m.start("who") + len(" ".join(words[:n]).rstrip(".,"))
                break
        if not code or col.is_claimed(m.start(), e):
            continue
        if code == "KR":
            add_known_by_name("National Assembly", m.start(), e)
            continue
        if code == "US" and m.group("body") == "Congress":
            col.add("United States Congress", kind="legislature", country="US", start=m.start(), end=e,
                    confidence=0.6)
            continue
        col.add(f"{m.group('body')} of {country_name(code)}", kind="legislature", country=code,
                start=m.start(), end=e, confidence=0.6)
    for m in _DEMONYM_ASSEMBLY_RE.finditer(text):
        code = lookup_demonym(m.group("who")) or lookup_country(m.group("who"))
        if not code or col.is_claimed(m.start(), m.end()):
            continue
        if code == "KR":
            add_known_by_name("National Assembly", m.start(), m.end())
            continue
        if code == "US" and m.group("body") == "Congress":
            col.add("United States Congress", kind="legislature", country="US", start=m.start(), end=m.end(),
                    confidence=0.6)
            continue
        body = "National Diet" if m.group("body") == "Diet" else m.group("body")
        col.add(f"{body} of {country_name(code)}", kind="legislature", country=code, start=m.start(),
                end=m.end(), confidence=0.6)


_UN_WORDS = ("UN", "U.N.", "United Nations")
_EVENT_NAME_AFTER_RE = re.compile(r" (?:[A-Z][\w’'-]* ){0,3}(?:Ministerial|Summit|Conference|Forum|Day|Week|Dialogue|"
                                  r"Meeting|Meetings|Session|Games)(?![\w-])")
_LOWER_EVENT_AFTER_RE = re.compile(r" (?:meeting|meetings|conference|conferences|event|events|summit|forum|"
                                   r"debate|session|sessions|resolution|resolutions|member states)\b")
_ACRONYM_AFTER_RE = re.compile(r" ([A-Z][A-Z0-9&-]{2,9})(?![\w-])")


def modifier_only(text: str, s: int, e: int, name: str, known_forms) -> bool:
    """The United Nations named only as a modifier: before another organization's acronym
    ("UN OCHA", "UN ESCAP"), before an event's name ("the United Nations Peacekeeping
    Ministerial") or before a common noun ("a high-level UN meeting")."""
    if name.lower().startswith("the "):
        name = name[4:]
    if name not in _UN_WORDS:
        return False
    am = _ACRONYM_AFTER_RE.match(text, e)
    if am and (norm(am.group(1)) in known_forms or f"({am.group(1)})" in text):
        return True
    if _LOWER_EVENT_AFTER_RE.match(text, e):
        return True
    em = _EVENT_NAME_AFTER_RE.match(text, e)
    return bool(em)


_OF_MINISTRY_AFTER_RE = re.compile(r",? (?:of|under|within|affiliated with) the (?:(?:ROK|Korean) )?(?:Ministry of|Foreign Ministry\b|"
                                   r"[A-Z][\w’'-]* Ministry\b)")
_UNIT_HEAD_RE = re.compile(r"^(?:the )?(?:Center|Centre|Office|Bureau|Division|Task Force|Unit)\b")


def ministry_unit(text: str, name: str, end: int) -> bool:
    """"the Center for Economic Security and Foreign Affairs of the Ministry of Foreign Affairs":
    a centre, office or bureau named as part of a ministry is a unit of it (like "the
    Department of … Affairs" of a director-general), not an organization of its own."""
    return bool(_UNIT_HEAD_RE.match(name)) and _OF_MINISTRY_AFTER_RE.match(text, end) is not None


_GROUP_MEAL_RE = re.compile(r"^(?:(?:Working |Official )?(?:Luncheon|Lunch|Dinner|Breakfast|Reception)s?(?: meeting)?) "
                            r"(?:with|for) (?:the |a |an |some |\d+ )?(?:[\w-]+ ){0,2}"
                            r"(?:members|representatives|delegation|delegates|leaders|heads|officials|experts|scholars|"
                            r"business(?:men|people)?|journalists|students|lawmakers|parliamentarians|legislators|"
                            r"senators|community|executives|friends|veterans|alumni|participants)\b", re.I)


def meal_with_other_group(title: str) -> bool:
    """"a luncheon with members of the UK House of Lords": a meal with a group the meeting
    before did not have, so not the same encounter as that meeting even on the same day."""
    return _GROUP_MEAL_RE.match(title or "") is not None


_ITEM_MARKER_RE = re.compile(r"^\s*(?:First(?:ly)?|Second(?:ly)?|Third(?:ly)?|Fourth(?:ly)?|Next|Lastly|Finally|"
                             r"Last(?:ly)?|Moving (?:on|along)|Turning to)\b,?")


def briefing_item_groups(text: str, items) -> list[int]:
    """A spokesperson's briefing announces its items with "First,", "Next,", "Lastly,"; the
    paragraphs without such a word that follow one tell more of the same item ("On this trip
    …", "Later the same day, …"). One group number per item span; when the briefing uses no
    such word every paragraph is its own item."""
    marks = [bool(_ITEM_MARKER_RE.match(text[a:b])) for a, b in items]
    if not any(marks):
        return list(range(len(items)))
    out, g, seen = [], -1, False
    for i, mk in enumerate(marks):
        if mk or not seen:
            g = i
            seen = seen or mk
        out.append(g)
    return out


_WD_PHRASE_RE = re.compile(r"\b[Oo]n (?:the (?:morning|afternoon|evening) of )?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|"
                           r"Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?\b(?!,? (?:the )?\d|,? (?:January|February|"
                           r"March|April|May|June|July|August|September|October|November|December)\b)")
_RANGE_IN_SENT_RE = re.compile(r"\b(?:from|between) (?P<m1>January|February|March|April|May|June|July|August|September|"
                               r"October|November|December) (?P<d1>\d{1,2})(?:st|nd|rd|th)? (?:to|until|through|till|and|-|–) "
                               r"(?:(?P<m2>January|February|March|April|May|June|July|August|September|October|November|"
                               r"December) )?(?P<d2>\d{1,2})\b")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")


def weekday_in_visit_range(text: str, s: int, e: int, ref: dt.date | None, status: str):
    """"On Wednesday afternoon, X will meet Y, who will be in the ROK from October 23 to 25":
    the weekday, counted from the release's date, inside the visit's range dates the meeting
    (not the range's first day). Returns (PartialDate, span) or None."""
    if ref is None or ("day" not in text[s:e]):
        return None
    wm = _WD_PHRASE_RE.search(text, s, e)
    rm = _RANGE_IN_SENT_RE.search(text, s, e) if wm else None
    if not rm:
        return None
    from .types import PartialDate
    day = weekday_after_release(ref, wm.group("wd"), status == "planned")
    m1 = _MONTHS.index(rm.group("m1").lower()) + 1
    m2 = _MONTHS.index(rm.group("m2").lower()) + 1 if rm.group("m2") else m1
    try:
        lo = dt.date(day.year, m1, int(rm.group("d1")))
        hi = dt.date(day.year + (1 if m2 < m1 else 0), m2, int(rm.group("d2")))
    except ValueError:
        return None
    if not lo <= day <= hi:
        return None
    why = (f"'{wm.group(0)}' counted from the release date {ref.isoformat()}, within the visit "
           f"'{rm.group(0)}'")
    return PartialDate(day, "day", True, why), (wm.start(), wm.end())
