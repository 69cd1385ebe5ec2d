"""Meetings as real MOFA press releases and Ministry News tell them (round r7a).

Patterns found by reading odd-year releases (2013-2025) against the extractor; each function
is a pure helper called from ``MeetingFinder`` (meetings.py) or from ``rules_r6a``:

- ``not_this_release``: a meeting verb that names a meeting only as a topic or as the source of
  an agreement: "welcomed the plan to hold the first … meeting in London in late October",
  "…, as agreed at the second … dialogue held in Seoul on August 10" (not a meeting of the
  release: README "What counts as a meeting");
- ``side_of``: the side a participant speaks for: the country, else the organization (an EU
  High Representative among foreign ministers is a side of her own: "held bilateral talks
  with the ministers of Spain, …, High Representative of the EU …" is one meeting each);
- ``call_format``: "took part in a conference call of …": format ``phone``;
- ``home_building_city``: a venue inside the Ministry's own building ("at Seohui Hall on the
  18th floor of the Ministry building"): Seoul;
- ``pronoun_encounter``: a later sentence told with a pronoun subject and a past encounter
  verb ("He also met with National Security Advisor X on the same day", "She then held talks
  with Y"): the previous meeting's ROK principal meets the named person of the sentence.
"""

from __future__ import annotations

import re

from .common import slug
from .countries import city_country, city_regex
from .types import MeetingMention, PartialDate, ParticipantMention

# "the plan to hold …", "plans to hold …", "a plan for holding …" just before the verb
_PLAN_RE = re.compile(r"\b(?:the|a|their|its|his|her) plans? (?:(?:to|for) )?$")
# "…, as agreed at the second … Dialogue held in Seoul on August 10": the agreement's source
_AGREED_AT_RE = re.compile(r"\b(?:as |which was |which were |that was |that were )?(?:agreed|decided|announced|adopted|"
                           r"discussed|confirmed)(?: upon)? (?:at|during|in) (?:the|their|its) [^.;]{0,120}$")


def not_this_release(sent: str, start: int, verb: str) -> bool:
    """True when the meeting verb at ``start`` names a meeting that is a topic of the sentence
    (a plan welcomed) or the earlier meeting where something was agreed."""
    before = sent[max(0, start - 140) : start]
    if _PLAN_RE.search(before[-40:]):
        return True
    if verb in ("held", "took place", "hosted", "convened") and _AGREED_AT_RE.search(before):
        return True
    return False


def side_of(finder, p: ParticipantMention) -> str | None:
    """The country a participant speaks for, else (an international organization's head) the
    key of the organization."""
    pb = finder.people.people.get(p.person_key)
    if pb is None:
        return None
    if pb.country:
        return pb.country
    org = getattr(pb, "organization_key", None) or p.organization_key
    return org


_CONF_CALL_RE = re.compile(r"\b(?:conference call|audio conference|teleconference call)\b", re.I)


def call_format(m: MeetingMention, sent: str) -> None:
    """"participated in a conference call among 20 countries' vice foreign ministers": a
    meeting by telephone (its kind stays what the builder found: a call of many sides is a
    ``conference``)."""
    if m.format != "virtual" and _CONF_CALL_RE.search(sent) is not None:
        m.format = "phone"


_PRON_ENC_RE = re.compile(
    r"^(?:(?:Later (?:that|the same) (?:day|morning|afternoon|evening)|On the same day|The same day|"
    r"In the (?:afternoon|evening|morning)|After that|Afterwards|Then),? )?"
    r"(?:[Hh]e|[Ss]he) (?:also |then |later |subsequently |further )*"
    r"(?:met with|met|held talks with|had talks with|held a (?:bilateral )?meeting with|had a (?:bilateral )?meeting with|"
    r"paid a courtesy call on|called on|had a (?:working )?(?:breakfast|luncheon|lunch|dinner)(?: meeting)? with) ")
_SAME_DAY_RE = re.compile(r"\b(?:on the same day|the same day|later that day|later in the day|that (?:afternoon|evening))\b", re.I)


def pronoun_encounter(finder, c: dict, prev: MeetingMention | None) -> MeetingMention | None:
    """"He also met with National Security Advisor Tom Donilon on the same day": a further
    encounter of the principal of the meeting before, told with a pronoun subject (the general
    builder finds no ROK principal in the sentence). The date is the sentence's own, else (for
    "on the same day", "later that day") the previous meeting's; the place the sentence's city,
    else the previous meeting's."""
    if prev is None or prev.kind in ("phone_call", "signing"):
        return None
    text = finder.t.text
    s, e = c["s"], c["e"]
    sent = text[s:e]
    vm = _PRON_ENC_RE.match(sent)
    if vm is None:
        return None
    homes = [p for p in prev.participants if p.person_key and _is_home(finder, p)][:1]
    if not homes:
        return None
    parts = finder._participants(s, e, None, sent)
    others = [p for p in parts if p.person_key and not _is_home(finder, p) and p.span is not None
              and p.span.start >= s + vm.end() - 1]
    if not others:
        return None
    o = others[0]
    if any(o.person_key == p.person_key for p in prev.participants):
        return None  # the same counterpart again: the same meeting told further
    status = "planned" if re.search(r"\bwill\b", sent) else "held"
    if finder._own_dates(s, e):
        date, _ = finder._date(s, e, status, None)
    elif _SAME_DAY_RE.search(sent) and prev.date.value is not None:
        d = prev.date
        date = PartialDate(d.value, d.precision, True, "the same day as the meeting before; " + (d.reason or ""), d.uncertain)
    else:
        return None
    city, country = prev.city, prev.country
    for cm in city_regex().finditer(sent):
        if city_country(cm.group(0)):
            city, country = cm.group(0), city_country(cm.group(0))
            break
    visitor = homes[0].role == "visitor"
    oc = side_of(finder, o)
    host = visitor and oc is not None and oc == country
    subj = ParticipantMention(name_as_written=homes[0].name_as_written, role="visitor" if host else "attendee",
                              person_key=homes[0].person_key, title=homes[0].title,
                              organization_key=homes[0].organization_key, span=homes[0].span)
    cp = ParticipantMention(name_as_written=o.name_as_written, role="host" if host else "counterpart",
                            person_key=o.person_key, title=o.title, organization_key=o.organization_key, span=o.span)
    word = "Talks" if "talks" in vm.group(0) else "Meeting"
    title = f"{word} with {o.name_as_written}"
    return MeetingMention(
        key="meeting:" + slug(title)[:60], title=title, kind="meeting", status=status, date=date,
        city=city, country=country, format="in_person" if (city or prev.format == "in_person") else None,
        participants=[subj, cp], spans=[finder.t.span(s, e)], confidence=0.6,
    )


def _is_home(finder, p: ParticipantMention) -> bool:
    pb = finder.people.people.get(p.person_key)
    return pb is not None and finder._is_home(pb)


_HOME_BUILDING_RE = re.compile(r"(?:^|\bof )(?:the )?(?:Ministry|Foreign Ministry|Ministry of Foreign Affairs|MOFA) "
                               r"(?:main )?building$", re.I)


def home_building_city(venue: str) -> str:
    """"Seohui Hall on the 18th floor of the Ministry building", "the Ministry of Foreign
    Affairs building": the Ministry's own building, in Seoul (a foreign ministry is named with
    its country: "… of Japan building" does not end this way)."""
    return "Seoul" if _HOME_BUILDING_RE.search(venue.strip()) else ""
