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

from .countries import lookup_country, lookup_demonym
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
