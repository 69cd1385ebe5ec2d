"""Role rules learnt from real MOFA releases (round r4d).

Small functions called from ``MeetingFinder.run`` after a meeting's participants are known;
each looks at the meeting's own sentence (and its paragraph) and corrects roles:

- co-chairs: "A and B will jointly chair …", "A took part as Co-chair in …", a note "* B …
  co-chaired the meeting as …";
- a foreign principal "who is visiting the Republic of Korea" / "who will be in the ROK" (in
  the meeting's sentence or the next one of its paragraph): host and visitor;
- "A hosted the … Meeting": A is the host.
"""

from __future__ import annotations

import re

# "will jointly chair", "jointly presided over", "co-chaired the …" (active; "co-chaired by" is
# handled by the participant scan itself)
_JOINT_VERB_RE = re.compile(r"\b(?:jointly (?:chair(?:ed|s)?|preside(?:d|s)? over|host(?:ed|s)?)|"
                            r"co-(?:chair(?:ed|s)?|host(?:ed|s)?|preside(?:d|s)? over))\b(?! by\b)")
# "took part as Co-chair", "attended as co-chairs", "will participate as the co-chair"
_AS_CO_CHAIR_RE = re.compile(r"(?:,[^,.;]{0,120},)?\s*(?:will |also |has |have )*(?:took part|take part|taking part|"
                             r"participated|participate|attended|attend|served|serve|joined|join)\b[^.;]{0,30}?"
                             r"\bas (?:the |a )?co-?chairs?\b", re.I)
# a note line naming a co-chair of the meeting just reported
_NOTE_CO_CHAIR_RE = re.compile(r"\bco-chaired (?:the|this) (?:meeting|talks|dialogue|conference|forum|session|"
                               r"consultations?|ministerial|summit|committee|commission)\b", re.I)
_NOTE_LINE_RE = re.compile(r"^\s*[*※]\s")
# the foreign principal is in the ROK
_IN_KOREA_RE = re.compile(r"\bwho (?:is|was|will be|has been) (?:currently |now |also )?(?:visiting|in|on (?:a |an |his |her |their )?"
                          r"(?:[\w-]+ ){0,2}visit to) (?:the Republic of Korea|the ROK|Korea|Seoul)\b")
# "X hosted the first … Meeting" (not "co-hosted", not "hosted by")
_HOSTED_RE = re.compile(r"(?<![-\w])hosted (?:the|a|an) (?:[\w’'-]+ ){0,10}?(?:[Mm]eeting|[Cc]onference|[Ff]orum|"
                        r"[Dd]ialogue|[Cc]onsultations?|[Ss]ession|[Ss]eminar|[Ww]orkshop|[Rr]oundtable)\b")

_BILATERAL_KINDS = ("meeting", "consultation", "meal")

# meeting verbs ``meetings.TRIGGER_RE`` does not know: "A and B will jointly chair the first
# meeting of …", "jointly presided over", "will preside over the … meeting"
_EXTRA_TRIGGER_RE = re.compile(r"\b(?:(?:will |to )?jointly (?:chair|preside over|host)|jointly (?:chaired|presided over)|"
                               r"(?:will |to )preside over (?:the |a |an )?(?:[\w’'-]+ ){0,8}?(?:meeting|session|conference|forum)|"
                               r"(?:will |to )(?:have|host|give) (?:a |an )(?:working |official )?(?:luncheon|dinner|breakfast) (?:with|for) (?=[a-zA-Z]))\b")
# the name of what is presided over / the meal ("the 2018 meeting of the heads of …", "a luncheon
# with members of …")
_PRESIDE_NAME_RE = re.compile(r"\b(?:will |to )?preside over (?:the |a |an )?((?:[\w’'-]+ ){0,8}?(?:meeting|session|conference|forum)"
                              r"(?: (?:of|on|for) (?:the )?[\w’' -]+?)?)(?=[,.;]| in [A-Z]| on [A-Z]|$)")
_MEAL_NAME_RE = re.compile(r"\b(?:will |to )(?:have|host|give) (?:a |an )(?:working |official )?(luncheon|dinner|breakfast) "
                           r"((?:with|for) [\w’' -]+?)(?=[,.;]| on [A-Z]| at [A-Z]|$)")


def extra_trigger(sent: str):
    """The first extra meeting verb of a sentence, or None."""
    if "jointly" not in sent and "preside over" not in sent and "luncheon" not in sent and "dinner" not in sent \
            and "breakfast" not in sent:
        return None
    return _EXTRA_TRIGGER_RE.search(sent)


def co_chairs(finder, m, c) -> None:
    """Co-chairs told by a joint verb, by "as Co-chair" or by a note of the paragraph."""
    text = finder.t.text
    s, e = c["s"], c["e"]
    sent = text[s:e]
    named = [p for p in m.participants if p.person_key and p.span is not None]
    if not named:
        return
    changed = False
    jm = _JOINT_VERB_RE.search(sent)
    if jm and "co-chair" not in sent[: jm.start()].lower():
        cut = s + jm.start()
        before = [p for p in named if p.span.start < cut]
        if len(before) >= 2 or (before and "co-" in jm.group(0)):
            for p in before:
                if p.role in ("attendee", "chair", "counterpart", "host", "visitor"):
                    p.role = "co_chair"
                    changed = True
    for p in named:
        if p.role == "co_chair" or not (s <= p.span.start < e):
            continue
        if _AS_CO_CHAIR_RE.match(text, p.span.end, e):
            p.role = "co_chair"
            changed = True
    # a note of the paragraph: "* H.E. B, Minister …, co-chaired the meeting as …"
    if "co-chaired" in text[e : c["pe"]]:
        pos = e
        while pos < c["pe"]:
            nl = text.find("\n", pos)
            nl = c["pe"] if nl < 0 or nl > c["pe"] else nl
            line = text[pos:nl]
            if _NOTE_LINE_RE.match(line):
                nm = _NOTE_CO_CHAIR_RE.search(line)
                if nm:
                    have = {p.person_key for p in m.participants if p.person_key}
                    for p in finder._participants(pos, pos + nm.start(), c["visit"], line[: nm.start()]):
                        if p.person_key and p.person_key not in have:
                            p.role = "co_chair"
                            m.participants.append(p)
                            changed = True
            pos = nl + 1
    if changed:
        for p in m.participants:
            if p.person_key and p.role == "chair":
                p.role = "co_chair"


def visitor_in_korea(finder, m, c) -> None:
    """"…, who is visiting the Republic of Korea": the foreign principal is the visitor and the
    ROK principal the host (the meeting's sentence or the next one of its paragraph)."""
    if m.kind not in _BILATERAL_KINDS or finder._multilateral:
        return
    named = [p for p in m.participants if p.person_key]
    if not 1 <= len(named) <= 2 or any(p.role not in ("attendee", "counterpart") for p in named):
        return  # two principals (an entourage is told otherwise)
    text = finder.t.text
    lead = finder._lead_sentences(c["ps"], c["pe"])
    seg = [(a, b) for a, b in lead if a >= c["s"]][:2]
    if not any(_IN_KOREA_RE.search(text, a, b) for a, b in seg):
        return
    if any("courtesy call" in text[a:b] for a, b in seg):
        return  # a courtesy call received is not a visit's encounter (README: attendee/counterpart)
    homes = [p for p in named if finder._is_home(finder.people.people[p.person_key])]
    if not homes or len(homes) == len(named) and len(named) > 1:
        return
    for p in named:
        p.role = "host" if p in homes else "visitor"


def hosted_by_subject(finder, m, c) -> None:
    """"A hosted the first … Meeting": A (named before the verb) is the host."""
    text = finder.t.text
    s, e = c["s"], c["e"]
    if "hosted" not in text[s:e]:
        return
    hm = _HOSTED_RE.search(text, s, e)
    if not hm:
        return
    before = [p for p in m.participants if p.person_key and p.span is not None and p.span.start < hm.start()]
    if len(before) != 1 or before[0].role not in ("attendee", "chair"):
        return
    if any(p.role in ("host", "visitor", "co_chair") for p in m.participants):
        return
    before[0].role = "host"


def event_name(finder, sent: str) -> str:
    """A meeting's name from a verb ``meetings._EVENT_NAME_RE`` does not know."""
    if "preside over" in sent:
        pm = _PRESIDE_NAME_RE.search(sent)
        if pm:
            name = pm.group(1)
            return name[:1].upper() + name[1:]
    mm = _MEAL_NAME_RE.search(sent) if ("luncheon" in sent or "dinner" in sent or "breakfast" in sent) else None
    if mm:
        return mm.group(1).capitalize() + " " + mm.group(2)
    return ""


_INTERGOV_RE = re.compile(r"\b(?:intergovernmental|inter-governmental|intergovernment) (?:[a-z’'-]+ )?(?:meeting|session)\b")


def multilateral_name(n: str) -> bool:
    """A lower-case meeting name that says it is among governments ("… intergovernmental
    meeting 2021"): a conference."""
    return "intergov" in n and _INTERGOV_RE.search(n) is not None


def apply_roles(finder, m, c) -> None:
    co_chairs(finder, m, c)
    visitor_in_korea(finder, m, c)
    hosted_by_subject(finder, m, c)
