"""Round r7b: spokesperson's briefings and visit schedules as real MOFA pages phrase them.

``MeetingFinder.run`` calls ``finish`` once, after its own passes. Each rule below handles one
family of phrasing seen in real odd-year briefings and releases that the earlier rules missed
or misread:

- ``visit_range_month``: an encounter with no day of its own told "While in the ROK, …" or
  "During this first visit …" after a visit given as a range ("will pay an official visit to the
  ROK from November 17 to 19"): the month of the visit (README: a meeting "during the visit" of
  a visit given as a range has month precision).
- ``visitor_roles``: a bilateral meeting whose foreign side is said, in the sentence before or
  after, to be on a visit ("Speaker X is visiting the ROK from April 19 to 24 at the invitation
  of …", "Secretary X will make a visit on May 17 and 18. On May 18, Minister Y will hold a
  meeting with the Secretary"): the foreign side is the visitor, ours the host, the meeting is
  in the ROK, and the visit told only as the frame of that meeting is not recorded as well.
- ``date_after_visit_clause``: "X will visit Seoul on May 14 and 15 and hold the strategic
  dialogue with Y on May 15": the date after the meeting's own verb is the meeting's date,
  not the first day of the visit.
- ``announced_event``: a briefing item that announces an event in its own sentence ("The 2015
  NPT Review Conference will be held in New York from April 27 to May 22", "The Joint Committee
  … will be launched with its first meeting at the Foreign Ministry on November 19") and names
  who goes in the next sentence ("Deputy Minister X will attend as head of the delegation",
  "X and Y will lead their sides"): a planned meeting with those people.
- ``reception_item``: "Vice Minister X will attend a reception … on June 12": a schedule item
  of the briefing (kind ``other``); a later item "on the same day" takes its date.
- ``empty_visit``: a briefing's lead-in "officials of our partners will visit the country from
  this week" (no one named, no date) is not a meeting.
- ``briefing_title``: the briefing's own title ("Spokesperson's Press Briefing (April 21,
  2015)") is never the name of a meeting it announces: the event named in the sentence is
  ("the 6th Cooperation Forum among … will be held in Tokyo on November 5", kind from that
  name), with "The ROK delegation will be headed by X" later in the item as its attendee; a
  "welcoming dinner" the official speaks at is a meal.
"""

from __future__ import annotations

import re

from .dates import MONTH_NAMES, explicit, find_dates
from .types import MeetingMention, PartialDate, ParticipantMention

_ITEM_RE = re.compile(r"^\s*(?:(?:First(?:ly)?|For starters|Second(?:ly)?|Third(?:ly)?|Fourth(?:ly)?|Next|Lastly|"
                      r"Finally|Last(?:ly)?),|Moving (?:on|along)\b|Turning to\b)")
_DURING_VISIT_RE = re.compile(
    r"^\s*(?:While (?:in|on|visiting) (?:the ROK|Korea|the Republic of Korea|[A-Z][a-z]+)|While (?:he|she) is in|"
    r"During (?:the|this|his|her|their)(?: [\w-]+){0,3} (?:visit|stay|trip))\b")
_RANGE_RE = re.compile(
    r"\b(?:from|between) (?P<m1>January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.) (?P<d1>\d{1,2})(?:st|nd|rd|th)?"
    r"(?:,? \d{4})? (?:to|until|through|till|and|-|–) |"
    r"\bon (?P<m3>" + MONTH_NAMES + r") "
    r"(?P<d3>\d{1,2}) and \d{1,2}\b")
_VISIT_FRAME_RE = re.compile(
    r"\b(?:is (?:on )?(?:a |an |his |her )?(?:[\w-]+ ){0,2}visit(?:ing)?|will (?:make|pay) (?:a |an |his |her )?"
    r"(?:[\w-]+ ){0,2}visit|will visit|will be in|is in|arrived in|will arrive in)\b")
_ABROAD_RE = re.compile(r"\b(?:visit(?:ing)?|be in|is in|arrive in|arrived in) (?!the ROK|the Republic of Korea|Korea\b|Seoul\b|on\b|from\b)"
                        r"(?:the )?[A-Z]")
_OWN_VERB_RE = re.compile(r"\band (?:will )?(?:hold|meet|have|attend|co-chair|chair)\b")
_EVENT_SENT_RE = re.compile(
    r"^\s*(?:(?:First|Next|Lastly|Finally|Moving (?:on|along)[^,]*|For starters|In addition|Also),\s+)?"
    r"(?:the |a )(?P<name>(?:[\w’'()-]+ ){0,14}?(?:Conference|Meeting|Committee|Commission|Forum|Summit|Dialogue|"
    r"Consultation|Talks|Session)(?: (?:of|on|for|among|between) (?:[\w’'(),-]+ ){0,12}?[\w’'()-]+)?)"
    r",?(?: [^,]{0,80},)? will (?:take place|be held|be launched|be convened|convene|open)\b")
_GOES_RE = re.compile(r"\bwill (?:attend|lead|head|participate|take part|represent)\b")
_LEAD_RE = re.compile(r"\bwill lead (?:their|the two|the respective|respective)\b|\blead(?:ing)? their (?:respective )?"
                      r"(?:sides|delegations)\b")
_RECEPTION_RE = re.compile(r"\bwill (?:attend|host),?(?: [^,]{3,60},)? (?:a |the )(?:[\w’'\"“”-]+ ){0,6}?reception\b")
_SAME_DAY_RE = re.compile(r"\b[Oo]n the same day\b")
_KIND_OF = (("Conference", "conference"), ("Forum", "conference"), ("Summit", "summit"), ("Committee", "committee"),
            ("Commission", "committee"), ("Dialogue", "consultation"), ("Consultation", "consultation"))


def _paras(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    out, pos = [], lo
    for line in text[lo:hi].split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _item_bounds(f, pos: int) -> tuple[int, int]:
    """The briefing item (or, without item words, the paragraph) around ``pos``."""
    text = f.t.text
    paras = _paras(text, len(f.title), len(text))
    idx = next((i for i, (a, b) in enumerate(paras) if a <= pos <= b), None)
    if idx is None:
        return pos, pos
    if not any(_ITEM_RE.match(text[a:b]) for a, b in paras):
        return paras[idx]
    i = idx
    while i > 0 and not _ITEM_RE.match(text[paras[i][0]:paras[i][1]]):
        i -= 1
    j = idx + 1
    while j < len(paras) and not _ITEM_RE.match(text[paras[j][0]:paras[j][1]]) and not text[paras[j][0]:].startswith(("[Q", "Q:", "This is all")):
        j += 1
    return paras[i][0], paras[j - 1][1]


def _sentences(f, lo: int, hi: int) -> list[tuple[int, int]]:
    return [(a, b) for a, b in f.t.sentences if a >= lo and b <= hi + 1]


def _month_num(s: str) -> int:
    s = s.lower().rstrip(".")[:3]
    return ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].index(s) + 1


def _sent_of(f, m: MeetingMention) -> tuple[int, int] | None:
    if not m.spans:
        return None
    sp = m.spans[0]
    return sp.sentence_start, sp.sentence_end


def _person(f, p: ParticipantMention):
    return f.people.people.get(p.person_key) if p.person_key else None


def _names_in(f, p: ParticipantMention, sent: str) -> bool:
    pb = _person(f, p)
    if pb is None:
        return False
    toks = [t for t in (pb.tokens or []) if len(t) > 2]
    return bool(toks) and any(re.search(r"\b" + re.escape(t) + r"\b", sent) for t in toks)


def visit_range_month(f) -> None:
    text = f.t.text
    for m in f.meetings:
        if m.date.value is not None:
            continue
        se = _sent_of(f, m)
        if se is None or not _DURING_VISIT_RE.match(text[se[0]:se[1]]):
            continue
        lo, _ = _item_bounds(f, se[0])
        lo = min(lo, se[0])
        prior = list(_RANGE_RE.finditer(text, max(lo, se[0] - 900), se[0]))
        if not prior:
            continue
        r = prior[-1]
        month = _month_num(r.group("m1") or r.group("m3"))
        local = f.years.local_clues(se[0], se[1], f.title, month)
        d = f.years.resolve(month, int(r.group("d1") or r.group("d3")), None, m.status if m.status != "cancelled" else "planned", local)
        if d.value is not None:
            m.date = PartialDate(d.value.replace(day=1), "month", True,
                                 "during the visit given as a range; the day is not given; " + d.reason, d.uncertain)


def visitor_roles(f, briefing: bool) -> None:
    text = f.t.text
    drop = []
    for m in f.meetings:
        if m.kind not in ("meeting", "consultation", "meal") or m.format in ("phone", "virtual"):
            continue
        named = [p for p in m.participants if p.person_key]
        if len(named) != 2 or {p.role for p in named} != {"attendee", "counterpart"}:
            continue
        ours = next(p for p in named if p.role == "attendee")
        theirs = next(p for p in named if p.role == "counterpart")
        ob, tb = _person(f, ours), _person(f, theirs)
        if ob is None or tb is None or not f._is_home(ob) or f._is_home(tb):
            continue
        se = _sent_of(f, m)
        if se is None:
            continue
        lo, hi = _item_bounds(f, se[0])
        sents = _sentences(f, min(lo, se[0]), max(hi, se[1]))
        k = next((i for i, (a, b) in enumerate(sents) if a <= se[0] < b or a == se[0]), None)
        if k is None:
            continue
        hit = None
        for i in (k - 1, k + 1, k + 2):
            if 0 <= i < len(sents):
                a, b = sents[i]
                s = text[a:b]
                if _VISIT_FRAME_RE.search(s) and not _ABROAD_RE.search(s) and _names_in(f, theirs, s) \
                        and not _names_in(f, ours, s.split(" invitation")[0]):
                    hit = (a, b)
                    break
        if hit is None:
            continue
        own = text[se[0]:se[1]]
        if _VISIT_FRAME_RE.search(own) and _ABROAD_RE.search(own):
            continue
        ours.role, theirs.role = "host", "visitor"
        m.country = m.country or "KR"
        if m.format is None:
            m.format = "in_person"
        for v in f.meetings:
            if v is not m and v.kind == "visit" and v.spans and hit[0] <= v.spans[0].sentence_start < hit[1] \
                    and {p.person_key for p in v.participants if p.person_key} <= {theirs.person_key}:
                drop.append(v)
    for v in drop:
        if v in f.meetings:
            f.meetings.remove(v)


def date_after_visit_clause(f) -> None:
    text = f.t.text
    for m in f.meetings:
        if m.date.value is None or m.date.precision != "day":
            continue
        se = _sent_of(f, m)
        if se is None:
            continue
        sent = text[se[0]:se[1]]
        if not re.search(r"\bvisit\b|\bvisiting\b", sent):
            continue
        ov = _OWN_VERB_RE.search(sent)
        if ov is None:
            continue
        before = [d for d in find_dates(text, se[0], se[0] + ov.start()) if d.day]
        after = [d for d in find_dates(text, se[0] + ov.end(), se[1]) if d.day]
        if not before or len(after) != 1:
            continue
        d = after[0]
        if m.date.value.month == d.month and m.date.value.day == d.day:
            continue
        if not any(b.month == m.date.value.month and b.day == m.date.value.day for b in before):
            continue
        m.date = PartialDate(m.date.value.replace(month=d.month, day=d.day), "day", m.date.inferred,
                             f"the date after the meeting's own verb; {m.date.reason}", m.date.uncertain)


def _new_meeting(f, title: str, kind: str, date: PartialDate, s: int, e: int, parts, city="", country=None) -> MeetingMention:
    from .common import slug
    return MeetingMention(key=f"meeting:{slug(title)}", title=title, kind=kind, status="planned", date=date,
                          city=city, country=country, format="in_person" if city else None,
                          participants=parts, spans=[f.t.span(s, e)])


def _date_in(f, a: int, b: int, status: str = "planned") -> PartialDate | None:
    ds = find_dates(f.t.text, a, b)
    if not ds:
        return None
    d = ds[0]
    if d.year:
        return explicit(d)
    local = f.years.local_clues(a, b, f.title, d.month)
    return f.years.resolve(d.month, d.day, d.weekday, status, local)


def _covered(f, a: int, b: int) -> bool:
    return any(sp.sentence_start < b and a < sp.sentence_end for m in f.meetings for sp in m.spans)


def announced_event(f, briefing: bool) -> None:
    if not briefing:
        return
    text = f.t.text
    for a, b in list(f.t.sentences):
        if a < len(f.title):
            continue
        sent = text[a:b]
        em = _EVENT_SENT_RE.match(sent)
        if em is None:
            continue
        here = [m for m in f.meetings if any(sp.sentence_start < b and a < sp.sentence_end for sp in m.spans)]
        if len(here) > 1 or (here and any(p.person_key for p in here[0].participants)):
            continue
        date = _date_in(f, a, b)
        if date is None or date.value is None:
            continue
        lo, hi = _item_bounds(f, a)
        parts: list[ParticipantMention] = []
        for c, d in _sentences(f, b, hi):
            s2 = text[c:d]
            if not _GOES_RE.search(s2):
                continue
            got = f._participants(c, d, None, s2)
            if not got:
                continue
            lead = bool(_LEAD_RE.search(s2))
            for p in got:
                pb = _person(f, p)
                if pb is None:
                    continue
                p.role = "counterpart" if lead and not f._is_home(pb) else "attendee"
                parts.append(p)
            break
        if not parts:
            continue
        if here:  # told by the earlier rules without its people: add them
            here[0].participants.extend(parts)
            continue
        name = em.group("name").strip()
        name = re.sub(r"^(?:\d+(?:st|nd|rd|th) )?", lambda x: x.group(0), name)
        kind = next((k for w, k in _KIND_OF if w in name), "conference")
        if lead and kind == "conference":
            kind = "meeting"
        city, country = "", None
        cm = re.search(r"\bin ([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:, [A-Z][\w ]+)?(?= on| from|,|\.)", sent)
        if cm:
            from .countries import city_country
            cc = city_country(cm.group(1))
            if cc:
                city, country = cm.group(1), cc
        m = _new_meeting(f, name[0].upper() + name[1:], kind, date, a, b, parts, city, country)
        if re.search(r"\bat the (?:ROK )?(?:Foreign Ministry|Ministry of Foreign Affairs)\b", sent):
            m.country = "KR"
            m.format = "in_person"
        f.meetings.append(m)


def reception_item(f, briefing: bool) -> None:
    if not briefing:
        return
    text = f.t.text
    for a, b in list(f.t.sentences):
        sent = text[a:b]
        if not _RECEPTION_RE.search(sent) or _covered(f, a, b):
            continue
        date = _date_in(f, a, b)
        if date is None or date.value is None:
            continue
        parts = [p for p in f._participants(a, b, None, sent) if p.person_key]
        subj = [p for p in parts if p.span is None or p.span.start < a + _RECEPTION_RE.search(sent).start()]
        if not subj:
            continue
        for p in subj:
            p.role = "attendee"
        rm = re.search(r"reception(?: (?:marking|for|in honor of|celebrating|on the occasion of) (?:the )?"
                       r"([\"“][^\"”]+[\"”]|[\w’' -]{3,40}?)(?= hosted| on| by|,|\.))?", sent)
        title = "Reception" + (f" marking {rm.group(1).strip(chr(34) + '“”')}" if rm and rm.group(1) else "")
        m = _new_meeting(f, title, "other", date, a, b, subj[:1])
        at = next((i for i, x in enumerate(f.meetings) if x.spans and x.spans[0].start > a), len(f.meetings))
        f.meetings.insert(at, m)
        # a later item "On the same day" of this briefing took an older meeting's date
        for n in f.meetings:
            se = _sent_of(f, n)
            if n is m or se is None or se[0] <= b:
                continue
            if _SAME_DAY_RE.search(text[se[0]:se[1]]) and not find_dates(text, se[0], se[1]):
                between = [x for x in f.meetings if x is not m and x is not n and x.spans
                           and b <= x.spans[0].sentence_start < se[0]]
                if not between:
                    n.date = PartialDate(date.value, date.precision, True, "'on the same day' as the reception; "
                                         + date.reason, date.uncertain)
                    if n.city and not re.search(re.escape(n.city), text[se[0]:se[1]]):
                        n.city, n.country = "", None
                        n.format = None


_MEAL_RE = re.compile(r"\b(?:at|attend|host|hold|have) (?:a |an |the )(?:[\w’'-]+ ){0,3}?(dinner|luncheon|lunch|banquet|breakfast)\b")
_DELEGATION_RE = re.compile(r"\b(?:delegation|delegates?)\b[^.]{0,60}\bwill be (?:headed|led) by\b|"
                            r"\bwill (?:head|lead) (?:the |our |its )?(?:ROK |Korean )?delegation\b")


def _delegation_head(f, m: MeetingMention, a: int) -> None:
    """"The ROK delegation will be headed by Chancellor X" later in the same item: X attends."""
    if any(p.person_key for p in m.participants):
        return
    text = f.t.text
    _, hi = _item_bounds(f, a)
    for c, d in _sentences(f, a + 1, hi):
        s2 = text[c:d]
        if _DELEGATION_RE.search(s2):
            got = [p for p in f._participants(c, d, None, s2) if p.person_key]
            if got:
                got[0].role = "attendee"
                m.participants.append(got[0])
            return


def briefing_title(f, briefing: bool) -> None:
    if not briefing:
        return
    text = f.t.text
    for m in f.meetings:
        if m.title.strip() != f.title.strip():
            continue
        se = _sent_of(f, m)
        sent = text[se[0]:se[1]] if se else ""
        em = _EVENT_SENT_RE.match(sent)
        mm = _MEAL_RE.search(sent)
        if em:
            name = em.group("name").strip()
            m.title = name[0].upper() + name[1:]
            if m.kind == "meeting":
                m.kind = next((k for w, k in _KIND_OF if w in name), "meeting")
            _delegation_head(f, m, se[0])
            continue
        if mm and m.kind == "meeting":
            m.kind = "meal"
        names = [f.people.people[p.person_key].name for p in m.participants if p.person_key in f.people.people]
        label = mm.group(1).capitalize() if mm else {"conference": "Conference", "consultation": "Consultation"}.get(m.kind, "Meeting")
        m.title = f"{label} of {' and '.join(names)}" if names else label


def empty_visit(f, briefing: bool) -> None:
    """In a briefing, "senior officials of our partners will visit the country from this week"
    introduces the items below; with no one named and no date it is no meeting of its own."""
    if briefing:
        f.meetings[:] = [m for m in f.meetings if not (m.kind == "visit" and m.date.value is None
                                                       and not any(p.person_key for p in m.participants))]


def finish(f, briefing: bool) -> None:
    empty_visit(f, briefing)
    visit_range_month(f)
    visitor_roles(f, briefing)
    date_after_visit_clause(f)
    announced_event(f, briefing)
    reception_item(f, briefing)
    briefing_title(f, briefing)
