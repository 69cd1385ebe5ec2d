"""Several encounters told in one sentence or as the list of a trip (round r6a).

Real releases often pack more than one meeting into a sentence; ``MeetingFinder`` builds one
meeting per sentence, and these functions, called from ``MeetingFinder.run`` right after it
has built and kept a meeting ``m`` from the sentence of candidate ``c``, split it:

- ``bilateral_and_trilateral``: "will hold bilateral and trilateral meetings with A of the US
  and B of Japan": the trilateral (a conference of all) and one bilateral per counterpart;
- ``separately``: "met separately with A and B", "will meet bilaterally with his Dutch and
  Australian counterparts, A and B", "held bilateral meetings with the foreign ministers of
  A, B and C": one bilateral meeting per foreign counterpart;
- ``clauses``: one subject, several encounter verbs joined by "and" ("will pay a courtesy call
  on Prime Minister A and attend a luncheon hosted by Minister B", "held talks with A and then
  called on B"): one meeting per clause with its own counterpart (a meal is kind ``meal``);

and ``undated_encounter`` lets a later sentence of a trip without a date of its own be a
meeting when it tells a further encounter ("X will also meet with Y", "While in the ROK, X
will also pay a courtesy call on Y", "There he will hold talks with Y"); ``trip_context`` dates and places
such an encounter from the trip (month precision: the day is not given).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from . import rules_r7a
from .common import slug
from .countries import city_country, city_regex
from .types import MeetingMention, PartialDate, ParticipantMention

_BI_TRI_RE = re.compile(r"\b(?:bilateral and (?:trilateral|three-way)|(?:trilateral|three-way) and bilateral)\b")
_SEPARATE_RE = re.compile(r"\b(?:separately|bilaterally|respectively|(?:separate|bilateral|one-on-one) "
                          r"(?:meetings|talks|conversations))\b")
# an encounter verb of a clause
_MEAL_WORDS = r"(?:luncheon|lunch|dinner|breakfast|banquet)"
_ENC_VERB_RE = re.compile(
    r"\b(?:(?:pay|paid|pays|paying) (?:a |an )?courtesy (?:call|visit)s? on|called on|call on|"
    r"(?:attend|attended|attends|have|had|has|host|hosted|hosts|give|gave|gives) (?:a |an |the )?(?:working |official |"
    r"state |welcome |welcoming )?" + _MEAL_WORDS + r"(?: meeting)?\b(?: (?:hosted by|given by|with|for)\b)?|"
    r"(?:meet|met|meets) (?:with )?(?=[A-Z]|the |his |her |their )|"
    r"(?:hold|held|holds|have|had|has) (?:a |an )?(?:bilateral |separate |one-on-one )?(?:talks|meeting) with)")
# what joins the clauses: "…, and then", "and also", "as well as" (not a relative clause)
_JOIN_RE = re.compile(r"(?:,? and (?:then |later |also |will |to |subsequently )*|, (?:then |also |will )*|"
                      r",? as well as )$")
_REL_CLAUSE_RE = re.compile(r"\b(?:who|which|whom|whose|that|where)\b")
_MEAL_RE = re.compile(r"\b" + _MEAL_WORDS + r"\b", re.I)
_CALL_RE = re.compile(r"\bcourtesy (?:call|visit)|\bcall(?:ed)? on\b")
_HOSTED_BY_RE = re.compile(r"\b(?:hosted|given) by\b")

# a later sentence of a trip that tells a further encounter without a date of its own
_ALSO_ENC_RE = re.compile(
    r"^(?:(?:While|During) (?:in|at|his|her|their|the) [^,]{1,60}, |There,? |In addition, |Also, )?"
    r"(?:[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,4}|[Hh]e|[Ss]he|[Tt]hey) "
    r"(?:will also|will|is also (?:scheduled|expected|set) to|also|is (?:scheduled|expected|set) to) "
    r"(?:also )?(?:meet with|meet|hold talks with|have talks with|pay (?:a |an )?courtesy call on|call on)\b")
_STARTS_ALSO_RE = re.compile(r"^(?:(?:While|During) (?:in|at|his|her|their|the) [^,]{1,60}, |There,? )")
# "At his meeting with the representatives of …, Minister X will urge …"
_AT_MEETING_RE = re.compile(r"^(?:At|In) (?:his|her|their) (?:meeting|talks|meetings) with ([^,]{3,120}), ")
_BULLET_RE = re.compile(r"\s*[°◦o•\-–▷]\s+")
# a bullet line that opens with its own date: "On December 1, …", "On the morning of May 3, …"
_DATED_LINE_RE = re.compile(r"(?:On|In the (?:morning|afternoon|evening) of|On the (?:morning|afternoon|evening) of) "
                            r"(?:the (?:morning|afternoon|evening) of )?(?:[A-Z][a-z]+day, )?[A-Z][a-z]+\.? \d{1,2}\b")
# the counterpart phrase after the encounter verb
_WITH_RE = re.compile(r"\b(?:meet with|meet|hold talks with|have talks with|courtesy call on|call on|meeting with|talks with) "
                      r"((?:the |a |an )?[^,;.]{3,120}?)(?=,| and (?:ask|discuss|exchange|urge|seek|request|explain)| to [a-z]| on [A-Z]|\.|$)")
_PRONOUN_SUBJ_RE = re.compile(r"^(?:(?:While|During) [^,]{1,60}, |There,? |In addition, |Also, )?(?:[Hh]e|[Ss]he|[Tt]hey)\b")


def _named(m: MeetingMention) -> list[ParticipantMention]:
    return [p for p in m.participants if p.person_key]


def _copy(p: ParticipantMention, role: str | None = None) -> ParticipantMention:
    return replace(p, role=role or p.role)


def _clone(m: MeetingMention, title: str, kind: str, parts: list[ParticipantMention]) -> MeetingMention:
    return replace(m, key="meeting:" + slug(title)[:60], title=title, kind=kind, participants=parts,
                   series="", ordinal=None, parent_key=None, organization_keys=list(m.organization_keys),
                   spans=list(m.spans))


def _home(finder, p: ParticipantMention) -> bool:
    pb = finder.people.people.get(p.person_key)
    return pb is not None and finder._is_home(pb)


def _country(finder, p: ParticipantMention) -> str | None:
    pb = finder.people.people.get(p.person_key)
    return pb.country if pb is not None else None


def _pair_title(finder, a: ParticipantMention, b: ParticipantMention, sent: str) -> str:
    t = finder._sides_title([a, b], False, False, sent)
    if t:
        return t
    return f"Meeting between {a.name_as_written} and {b.name_as_written}"


def _bilateral_roles(finder, home: ParticipantMention, other: ParticipantMention, visit: str | None):
    """The ROK principal and one foreign principal: visitor/host when the ROK side travels to
    the other's country (or the other visits the ROK), else attendee/counterpart."""
    oc = _country(finder, other)
    if visit and visit != "KR" and oc == visit:
        return _copy(home, "visitor"), _copy(other, "host")
    if visit == "KR" and oc and oc != "KR" and home.role == "host":
        return _copy(home, "host"), _copy(other, "visitor")
    return _copy(home, "attendee"), _copy(other, "counterpart")


def bilateral_and_trilateral(finder, m: MeetingMention, c: dict) -> list[MeetingMention]:
    """"bilateral and trilateral meetings with A of the US and B of Japan": ``m`` (all of
    them) is the trilateral conference; one bilateral meeting per foreign principal."""
    sent = finder.t.text[c["s"] : c["e"]]
    if not _BI_TRI_RE.search(sent):
        return []
    named = _named(m)
    homes = [p for p in named if _home(finder, p)]
    others = [p for p in named if not _home(finder, p)]
    if len(homes) != 1 or len(others) < 2:
        return []
    m.kind = "conference"
    for p in named:
        if p.role in ("visitor", "host", "counterpart"):
            p.role = "attendee"
    out = []
    for o in others:
        a, b = _bilateral_roles(finder, homes[0], o, c.get("visit"))
        title = _pair_title(finder, a, b, sent)
        out.append(_clone(m, title, "meeting", [a, b]))
    return out


def separately(finder, m: MeetingMention, c: dict) -> list[MeetingMention]:
    """"met separately with A and B", "held bilateral meetings with the foreign ministers of A,
    B and C": ``m`` becomes the meeting with the first counterpart, one more per other."""
    sent = finder.t.text[c["s"] : c["e"]]
    if not _SEPARATE_RE.search(sent) or _BI_TRI_RE.search(sent):
        return []
    named = _named(m)
    homes = [p for p in named if _home(finder, p)]
    others = [p for p in named if not _home(finder, p)]
    if len(homes) != 1 or len(others) < 2:
        return []
    if any(p.role in ("chair", "co_chair") for p in named):
        return []
    # the counterparts come after the verb, the ROK principal before it
    if not all(o.span is not None and homes[0].span is not None and o.span.start > homes[0].span.start for o in others):
        return []
    countries = [rules_r7a.side_of(finder, o) for o in others]  # r7a: an organization head is a side of her own
    if any(x is None for x in countries) or len(set(countries)) != len(countries):
        return []  # one delegation of several people, not several sides
    made = []
    for o in others:
        a, b = _bilateral_roles(finder, homes[0], o, c.get("visit"))
        made.append((_pair_title(finder, a, b, sent), [a, b]))
    title, parts = made[0]
    m.title, m.key, m.kind, m.participants = title, "meeting:" + slug(title)[:60], "meeting", parts
    m.series, m.ordinal = "", None
    out = [_clone(m, t, "meeting", ps) for t, ps in made[1:]]
    _respective_days(sent, [m] + out)
    return out


_RESPECTIVE_DAYS_RE = re.compile(r"\bon (?:[A-Z][a-z]+ )(\d{1,2}(?:, \d{1,2})*,? and \d{1,2})(?:, \d{4})?,? respectively\b")


def _respective_days(sent: str, ms: list[MeetingMention]) -> None:
    """"met with A and B on June 3 and 4, respectively": each meeting its own day (of the
    month and year already read for the first)."""
    dm = _RESPECTIVE_DAYS_RE.search(sent)
    d0 = ms[0].date
    if dm is None or d0.value is None or d0.precision != "day":
        return
    days = [int(x) for x in re.split(r",? and |, ", dm.group(1))]
    if len(days) != len(ms) or days[0] != d0.value.day:
        return
    for m, day in zip(ms[1:], days[1:]):
        try:
            m.date = replace(d0, value=d0.value.replace(day=day))
        except ValueError:
            return


def _clause_title(finder, verb: str, subj: list, people: list, sent: str) -> tuple[str, str]:
    """A clause's title and kind from its verb and its principals."""
    who = people[0].name_as_written
    if _MEAL_RE.search(verb):
        meal = _MEAL_RE.search(verb).group(0).capitalize()
        if _HOSTED_BY_RE.search(verb):
            title = f"{meal} hosted by {who}"
        else:
            title = f"{meal} with {who}"
        if subj:
            title += f" for {subj[0].name_as_written}" if _HOSTED_BY_RE.search(verb) else ""
        return title, "meal"
    if _CALL_RE.search(verb):
        title = f"Courtesy call on {who}"
        if subj:
            title += f" by {subj[0].name_as_written}"
        return title, "meeting"
    if subj:
        return _pair_title(finder, subj[0], people[0], sent), "meeting"
    return f"Meeting with {who}", "meeting"


def _pronoun_subject(finder, m: MeetingMention, c: dict) -> list[ParticipantMention]:
    """"He/She …" after a visit ("X visited Ulaanbaatar on May 14. She called on …"): the
    visit's ROK principal (of the frame sentence, else of the meeting before)."""
    text = finder.t.text
    cands = []
    if c.get("frame_span"):
        fa, fb = c["frame_span"]
        cands = [p for p in finder._participants(fa, fb, c.get("visit"), text[fa:fb]) if p.person_key]
    if not cands and finder.meetings:
        cands = [p for p in finder.meetings[-1].participants if p.person_key]
    homes = [p for p in cands if _home(finder, p)]
    if not homes:
        return []
    p = _copy(homes[0])
    others = [x.role for x in m.participants if x.person_key]
    p.role = "visitor" if "host" in others else ("host" if "visitor" in others else "attendee")
    return [p]


def clauses(finder, m: MeetingMention, c: dict) -> list[MeetingMention]:
    """One subject, several encounter verbs joined by "and" with a new counterpart each: one
    meeting per clause."""
    text = finder.t.text
    s, e = c["s"], c["e"]
    sent = text[s:e]
    verbs = list(_ENC_VERB_RE.finditer(sent))
    if len(verbs) < 2:
        return []
    # keep the verbs that continue the first one's clause chain
    chain = [verbs[0]]
    for v in verbs[1:]:
        between = sent[chain[-1].end() : v.start()]
        if _REL_CLAUSE_RE.search(between) or ". " in between:
            continue
        if _JOIN_RE.search(sent[max(0, v.start() - 30) : v.start()]):
            chain.append(v)
    if len(chain) < 2:
        return []
    named = [p for p in _named(m) if p.span is not None]
    first = s + chain[0].start()
    subj = [p for p in named if p.span.start < first]
    if len(subj) > 1:
        return []  # "A and B met with C and D": one meeting of two sides
    if not subj and _PRONOUN_SUBJ_RE.match(sent):
        subj = _pronoun_subject(finder, m, c)
    groups = []
    for i, v in enumerate(chain):
        a = s + v.start()
        b = s + chain[i + 1].start() if i + 1 < len(chain) else e
        groups.append((v, [p for p in named if a <= p.span.start < b]))
    if any(not g for _, g in groups):
        return []  # a clause without a named counterpart ("met with X and held talks on …")
    keys = [frozenset(p.person_key for p in g) for _, g in groups]
    if len(set(keys)) != len(keys) or any(k & subj_k for k in keys for subj_k in [{p.person_key for p in subj}]):
        return []
    made = []
    for v, g in groups:
        title, kind = _clause_title(finder, v.group(0), subj, g, sent)
        parts = [_copy(p) for p in subj] + [_copy(p) for p in g]
        if subj:
            srole = subj[0].role
            if srole in ("attendee", "counterpart") and all(p.role in ("attendee", "counterpart") for p in g):
                parts[0].role = "attendee" if _home(finder, subj[0]) else "counterpart"
                for p in parts[1:]:
                    p.role = "counterpart" if parts[0].role == "attendee" else "attendee"
            elif srole == "visitor":
                for p in parts[1:]:
                    p.role = "host"
        made.append((title, kind, parts))
    later_names = {x for _, g in groups[1:] for p in g
                   for x in (p.name_as_written, finder.people.people[p.person_key].name)}
    generated = m.title.startswith(("Meeting between", "Meeting with")) or m.title.endswith(")") \
        or m.title == finder.title or any(n and n in m.title for n in later_names)
    title, kind, parts = made[0]
    if generated:
        m.title, m.key = title, "meeting:" + slug(title)[:60]
        m.kind = kind if m.kind in ("meeting", "meal", "conference") else m.kind
    m.participants = parts + [p for p in m.participants if not p.person_key]
    return [_clone(m, t, k, ps) for t, k, ps in made[1:]]


def split(finder, m: MeetingMention, c: dict) -> list[MeetingMention]:
    """The further meetings told in the sentence of ``m`` (``m`` may be narrowed to the first)."""
    sent = finder.t.text[c["s"] : c["e"]]
    if m.kind in ("signing", "visit") or m.format in ("phone", "virtual"):
        return []
    if len(_named(m)) < 2 and not _ENC_VERB_RE.search(sent):
        return []
    out = bilateral_and_trilateral(finder, m, c)
    if not out:
        out = separately(finder, m, c)
    if not out:
        out = clauses(finder, m, c)
    have = {x.key for x in finder.meetings} | {m.key}
    kept = []
    for x in out:
        if x.key in have:
            continue
        have.add(x.key)
        kept.append(x)
    return kept


def undated_encounter(sent: str) -> bool:
    """A later sentence of a trip telling a further encounter with no date of its own ("X will
    also meet with Y", "While in the ROK, X will also pay a courtesy call on Y", "At his
    meeting with the representatives of …, X will urge …")."""
    if _AT_MEETING_RE.match(sent) and " will " in sent:
        return True
    if " also " not in sent and not _STARTS_ALSO_RE.match(sent):
        return False
    return _ALSO_ENC_RE.match(sent) is not None


_EXTRA_TRIGGER_RE = re.compile(r"\b(?:will|to|is (?:scheduled|expected|set) to) also (?:meet|hold talks|have talks|call on)\b|"
                               r"\b(?:held|hold|holds|will hold|to hold|had|have|will have) (?:separate |bilateral |one-on-one )?"
                               r"meetings with\b|"
                               r"^(?:At|In) (?:his|her|their) (?:meeting|talks|meetings) with\b")


def extra_trigger(sent: str):
    """Meeting verbs ``meetings.TRIGGER_RE`` does not know: "will also meet with", "At his
    meeting with …, X will …"."""
    if "also" not in sent and "eeting with" not in sent and "alks with" not in sent and "eetings with" not in sent:
        return None
    return _EXTRA_TRIGGER_RE.search(sent)


def bullet_encounters(finder, ps: int, pe: int, after_meetings: bool = True) -> list[tuple[int, int]]:
    """The sentences of a paragraph's bullet lines that tell an encounter of their own (bullets
    are otherwise detail of the paragraph): "o Minister X will also meet with Y" (a further
    encounter of the trip, only after a meeting), or a line with its own date and meeting verb
    ("o On December 1, Vice Minister X met with Y in Brasilia")."""
    text = finder.t.text
    le = text.find("\n", ps)
    if le < 0 or le >= pe:
        return []
    out = []
    pos = le + 1
    while pos < pe:
        nl = text.find("\n", pos)
        nl = pe if nl < 0 or nl > pe else nl
        bm = _BULLET_RE.match(text, pos, nl)
        if bm:
            for a, b in finder.t.sentences:
                if pos <= a < nl:
                    a2 = max(a, bm.end())
                    sent = text[a2:b]
                    own = (after_meetings and undated_encounter(sent)) or (
                        _DATED_LINE_RE.match(sent) is not None and finder._own_dates(a2, b)
                        and finder._trigger(sent) is not None)
                    if own and not any(x <= a < y for x, y in out):
                        out.append((a2, b))
                    break  # the line's first sentence only
        pos = nl + 1
    return out


def encounter_of_trip(finder, c: dict, prev: MeetingMention | None) -> MeetingMention | None:
    """A further encounter of a trip the general builder could not name ("There he will hold
    talks with Secretary X", "At his meeting with the representatives of …"): the travelling
    principal (the previous meeting's) and the counterpart of the sentence."""
    if prev is None:
        return None
    text = finder.t.text
    s, e = c["s"], c["e"]
    sent = text[s:e]
    am = _AT_MEETING_RE.match(sent)
    wm = None if am else _WITH_RE.search(sent)
    if am is None and wm is None:
        return None
    grp = am or wm
    ws, we = s + grp.start(1), s + grp.end(1)
    phrase = grp.group(1)
    homes = [p for p in prev.participants if p.person_key and _home(finder, p)][:1]  # the travelling principal
    if not homes:
        return None
    parts = finder._participants(s, e, None, sent)
    others = [p for p in parts if p.person_key and not _home(finder, p) and ws <= p.span.start < we]
    own = [p for p in parts if p.person_key and _home(finder, p)]
    if own and own[0].person_key != homes[0].person_key:
        return None
    if not own and not _PRONOUN_SUBJ_RE.match(sent) and not am:
        return None
    city, country = prev.city, prev.country
    if sent.startswith("There"):
        # "There he will hold talks with …": where the sentence before went
        i = bisect.bisect_left(finder.t._starts, s) - 1
        if i >= 0:
            pa, pb = finder.t.sentences[i]
            found = [cm.group(0) for cm in city_regex().finditer(text, pa, pb)]
            if found and city_country(found[-1]):
                city, country = found[-1], city_country(found[-1])
    visitor = homes[0].role == "visitor"
    subj = _copy(homes[0], "visitor" if visitor else "attendee")
    if others:
        o = others[0]
        host = visitor and _country(finder, o) == country
        cp = _copy(o, "host" if host else "counterpart")
        if not host and visitor:
            subj.role = "attendee"
        word = "Talks" if "talks" in sent[: grp.start(1)] else "Meeting"
        title = f"{word} with {o.name_as_written}"
    else:
        if not re.match(r"(?:the |a |an )?(?:\d+ |[a-z]+ )?(?:representatives?|members?|heads?|ministers?|leaders?|"
                        r"delegations?|ambassadors?|officials?|experts?)\b", phrase):
            return None
        cp = ParticipantMention(name_as_written=phrase, role="counterpart", span=finder.t.span(ws, we))
        subj.role = "attendee"
        title = f"Meeting with {phrase}"
    status = "planned" if re.search(r"\bwill\b|\bis (?:scheduled|expected|set) to\b", sent) else "held"
    d = prev.date
    date = PartialDate(d.value.replace(day=1) if d.value else None,
                       ("month" if d.precision == "day" else d.precision) if d.value else None, True,
                       "a further encounter of the trip, no day of its own; " + (d.reason or ""), d.uncertain)
    return MeetingMention(
        key="meeting:" + slug(title)[:60], title=title, kind="meeting", status=status, date=date,
        city=city, country=country, format="in_person" if prev.format == "in_person" else None,
        participants=[subj, cp], spans=[finder.t.span(ws, we)], confidence=0.6,
    )


def trip_context(finder, m: MeetingMention, prev: MeetingMention | None) -> None:
    """An undated further encounter of a trip: the previous meeting's month (the day is not
    given) when the sentence itself gave no date, and its place when it names none."""
    if prev is None:
        return
    if m.format in ("phone", "virtual"):
        return
    trip_roles(m, prev, finder)
    if not m.city and not m.country and prev.country:
        m.city, m.country = prev.city, prev.country
    if m.format is None and prev.format == "in_person":
        m.format = "in_person"  # a further encounter of a trip made in person
    if m.date.value is not None or prev.date.value is None:
        return
    d = prev.date
    m.date = PartialDate(d.value.replace(day=1), "month" if d.precision == "day" else d.precision, True,
                         "a further encounter of the trip, no day of its own; " + (d.reason or ""), d.uncertain)


_NAME = (r"[A-Z][^\W\d_]+(?:[-'’][A-Za-z][^\W\d_]*)?(?: (?:[A-Z][^\W\d_]+(?:[-'’][A-Za-z][^\W\d_]*)?|"
         r"le|la|de|da|van|von|der|del|bin|al)){1,3}")
_PLURAL_COUNTERPARTS_RE = re.compile(
    r"\b(?:his|her|their) (?P<mods>[A-Z][\w.-]*(?:, [A-Z][\w.-]*)*,? and [A-Z][\w.-]*) counterparts,? "
    r"(?P<names>" + _NAME + r"(?:, " + _NAME + r")*,? and " + _NAME + r")")
_NAME_SPLIT_RE = re.compile(r",? and |, ")
_FM_SUBJECT_RE = re.compile(r"\b(?:Foreign Minister|Minister (?:of|for) Foreign Affairs)\b")


def plural_counterparts(people) -> None:
    """"will meet bilaterally with his Dutch and Australian counterparts, A and B": each name
    (in the order of the modifiers) is a person of that country; a foreign minister's
    counterparts head their countries' foreign ministries. ``people`` is the PeopleFinder."""
    from .countries import lookup_country, lookup_demonym
    from .nametools import PARTICLES, _is_name_token

    text = people.t.text
    if "counterparts" not in text:
        return
    for m in _PLURAL_COUNTERPARTS_RE.finditer(text):
        mods = _NAME_SPLIT_RE.split(m.group("mods"))
        names = _NAME_SPLIT_RE.split(m.group("names"))
        if len(mods) != len(names):
            continue
        pos = m.start("names")
        ss = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        fm = _FM_SUBJECT_RE.search(text, ss, m.start()) is not None
        for mod, name in zip(mods, names):
            ns = text.find(name, pos)
            ne = ns + len(name)
            pos = ne
            toks = name.split(" ")
            if len(toks) < 2 or not all(_is_name_token(w) or w.lower() in PARTICLES for w in toks):
                continue
            if people._covered(ns, ne) or people.orgs.is_claimed(ns, ne):
                continue
            country = lookup_country(mod) or lookup_demonym(mod)
            org = people.orgs.foreign_ministry("Foreign", country, -1, -1) if country and country != "KR" and fm else None
            people._add(toks, ns, ne, country=country, org_key=org)


def meal_of_trip(finder, m: MeetingMention, prev: MeetingMention) -> None:
    """"Later the same day, X will have a luncheon with members of the UK Parliament" after X's
    talks in London: a meal kept as its own meeting (``rules_r6c.meal_with_other_group``) on
    the same trip keeps the trip's roles (X the visitor) and, in the same place, its format."""
    trip_roles(m, prev, finder)
    if m.format is None and prev.format == "in_person" and m.country and (m.city, m.country) == (prev.city, prev.country):
        m.format = "in_person"  # the same trip, the same place


def trip_roles(m: MeetingMention, prev: MeetingMention | None, finder=None) -> None:
    """A further encounter of a trip: its principal who is the trip's visitor in the meeting
    before stays the visitor, the other named side (of the country visited) is the host."""
    if prev is None:
        return
    if finder is not None:
        where = m.country or next((_country(finder, p) for p in prev.participants
                                   if p.person_key and p.role == "host"), None)
        if any(p.person_key and p.role != "visitor" and _country(finder, p) != where
               for p in m.participants if p.person_key not in
               {q.person_key for q in prev.participants if q.role == "visitor"}):
            return
    vis = {p.person_key for p in prev.participants if p.person_key and p.role == "visitor"}
    named = [p for p in m.participants if p.person_key]
    if not vis or not 1 <= len(named) <= 2 or any(p.role not in ("attendee", "counterpart") for p in named):
        return
    if not any(p.person_key in vis for p in named):
        return
    for p in named:
        p.role = "visitor" if p.person_key in vis else "host"

