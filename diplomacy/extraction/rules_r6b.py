"""Multilateral events the Korean side attends, and meeting kinds (round r6b).

Real releases report conferences, forums, video conferences and ministerials that a Korean
official "joined", at which the government "made the announcement", or at which a minister "will
make the opening remarks"; and briefings name events "scheduled for November 25" or "which will
take place in Seoul in 2021". ``meetings.MeetingFinder`` calls the functions below through a few
hook lines:

- ``extra_trigger``: meeting verbs ``meetings.TRIGGER_RE`` does not know ("joined the 9th
  multilateral video conference …", "made the announcement at the 6th Brussels Conference …",
  "At the Third … Pledging Conference for Syria held in Kuwait on March 31, the government
  pledged …");
- ``event_name``: the name of the event such a sentence reports ("joined the …", "announcement
  at the …", "at the 2022 … Forum, which will take place in Busan on …");
- ``kind``: kinds decided before the generic rules of ``meetings._kind`` (a "multilateral" video
  conference, a Korea-<region or group> officials' meeting, a group of friends' meeting, a
  conference call among several countries' ministers);
- ``announced``: named events announced in a relative clause "…, which is scheduled for
  November 25" (a day) or "…, which will take place in Seoul in 2021" (a year only), also in
  briefings;
- ``name_city``: a conference named after its city ("the 52nd Munich Security Conference")
  takes place there, not in the other city of a two-city trip;
- ``own_event_date``: such a conference reached on a trip takes its own first day from a later
  "…, which runs from February 11 to 13";
- ``covid_year_guess`` (called from ``dates.YearContext.resolve``): with no date block, tenure,
  weekday or event year, a release mentioning COVID-19 dates its meetings in 2020 as an
  uncertain best guess.
"""

from __future__ import annotations

import datetime as dt
import re

from .types import MeetingMention, PartialDate

# event head nouns (capitalised or not)
_NOUN = (r"(?:[Vv]ideo ?[Cc]onference|[Vv]ideoconference|[Tt]eleconference|[Cc]onference [Cc]all|[Cc]onference|"
         r"[Ff]orum|[Ss]ummit|[Mm]inisterial|[Mm]eetings?|[Dd]ialogue|[Cc]onsultations?|[Ss]ymposium|[Ss]eminar|"
         r"[Ww]orkshop|[Ss]ession|[Rr]ound ?[Tt]able|[Cc]ommittee|[Cc]ommission|[Pp]ledging [Ee]vent|[Oo]pen [Dd]ebate|"
         r"[Gg]eneral [Dd]ebate|[Dd]ebate|[Rr]etreat|[Ss]igning [Cc]eremony)")
_NOUN_RE = re.compile(r"\b" + _NOUN + r"\b")
_QUOTES_RE = re.compile(r"[“”\"«»]")

# "joined the 9th multilateral video conference of …" (not "joined by", not "joined the EU")
_JOINED_RE = re.compile(r"\b(?:joined|joins|will join|to join) (?:the|a|an) (?=(?:[\w’'“”\"+-]+ ){0,8}?" + _NOUN + r"\b)")
# "addressed the Conference on …", "spoke at the opening session of the … Forum", "took part in
# the … Open Debate" (the nouns the generic pattern does not know)
_ADDRESS_RE = re.compile(r"\b(?:addressed|addresses|will address|to address|spoke at|speaks at|will speak at|to speak at|"
                         r"attended|attends|will attend|to attend|"
                         r"participated in|participates in|will participate in|took part in|will take part in|"
                         r"takes part in) (?:the|a|an) (?=(?:[\w’'“”\"+-]+ ){0,10}?" + _NOUN + r"\b)")
# "participated in a conference call among 20 countries' vice foreign ministers": a multilateral
# call told in lower case
_CALL_AMONG_NAME_RE = re.compile(r"\b(?:participated|participates|took part|takes part|joined|attended|was|were|hosted|"
                                 r"will host|to host|held|will hold|to hold|chaired|will chair|convened|will convene)(?: in)? "
                                 r"(?:a|an|the) ((?:multilateral |virtual |online |regional |inter-governmental |"
                                 r"intergovernmental )?(?:conference call|teleconference|video ?conference|videoconference|"
                                 r"virtual meeting|meeting|consultations?|dialogue) (?:among|of) (?:the )?"
                                 r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|[A-Z][\w-]*|delegates|"
                                 r"representatives|officials|ministers|vice|foreign|heads|member|participating|countries)"
                                 r"[^,.;()]{3,80}?)"
                                 r"(?=,| on | in | via | at |\.|$)")
# "made the announcement at the …", "announced … at the …", "pledged … at the …"
_ANNOUNCE_AT_RE = re.compile(r"\b(?:made (?:the|this|its|an|the same) (?:announcement|pledge)|announced|pledged|unveiled)"
                             r"\b[^.;]{0,120}?\bat the (?=(?:\d{1,3}(?:st|nd|rd|th) |(?:19|20)\d\d )?[A-Z])")
# "At the Third International Humanitarian Pledging Conference for Syria held in Kuwait on March
# 31, the government … pledged …": an event dated in the sentence's opening phrase
_AT_THE_RE = re.compile(r"(?:^|(?<=\. )|(?<=^\d\. )|(?<=, ))[Aa]t the (?=(?:\d{1,3}(?:st|nd|rd|th) |(?:19|20)\d\d |"
                        r"(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth) )?[A-Z])")
# the event is dated in the clause right after its name
_DATED_AFTER_RE = re.compile(r",? (?:(?:which|that) (?:is |was |will be |has been )?)?(?:held|(?:will )?take place|took place|"
                             r"takes place|runs|ran|will run|(?:is |was )?scheduled (?:for|to)|to be held|convened|"
                             r"set for)\b")
# a bilateral encounter on the occasion of the event: the event is the context, not the meeting
_BILATERAL_RE = re.compile(r"\b(?:met|meet|meets|talks with|meeting with|conversation with|called on|courtesy call|"
                           r"received)\b")
_CONTEXT_BEFORE_RE = re.compile(r"(?:sidelines of|margins of|occasion of|ahead of|preparations? for|prepare for|"
                                r"run-up to|on the eve of|for) $")
# where a name read from running text ends
_NAME_CUT_RE = re.compile(r",|;|\.(?= |$)| (?:held|which|that|where|to be|was|were|is|will|has|had|took|takes|runs|"
                          r"ran|via|through|with|from|between|under|at|by|on (?=(?:[A-Z][a-z]+day|January|February|"
                          r"March|April|May|June|July|August|September|October|November|December)\b)|in (?=[A-Z]))\b")
_SPELLED = {"first": "1st", "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th", "sixth": "6th",
            "seventh": "7th", "eighth": "8th", "ninth": "9th", "tenth": "10th"}
_SMALL = frozenset(("of", "on", "for", "and", "the", "in", "to", "among", "between", "a", "an", "at", "from", "with", "by"))


# "will receive a courtesy call from …" (the generic pattern knows only "received")
_WILL_RECEIVE_RE = re.compile(r"\b(?:will receive|receives|is to receive|to receive|is receiving) (?:a |an )?(?:courtesy )?"
                              r"(?:call|visit) from\b")
# "will attend the “2019 Korea-Africa … Forum” co-hosted by …": a quoted name after the verb
_QUOTED_AFTER_VERB_RE = re.compile(r"\b(?:attend|attends|attended|host|hosts|hosted|co-host|co-hosts|co-hosted|hold|holds|"
                                   r"held|chair|chairs|chaired|open|opened|join|joined|participate in|participated in|"
                                   r"take part in|took part in|remarks at|speech at|address at) (?:the |a |an )?[“\"]([^”\"]{4,150})[”\"]")


def quoted_name(sent: str) -> str:
    """A quoted event name right after an attendance verb, or ""."""
    if "“" not in sent and '"' not in sent:
        return ""
    m = _QUOTED_AFTER_VERB_RE.search(sent)
    if m is None or not _NOUN_RE.search(m.group(1)):
        return ""
    return m.group(1).strip().rstrip(",.")


def extra_trigger(sent: str):
    """The first attendance verb of ``sent`` that ``meetings.TRIGGER_RE`` does not know, or None."""
    if "receiv" in sent:
        m = _WILL_RECEIVE_RE.search(sent)
        if m:
            return m
    if "join" in sent:
        m = _JOINED_RE.search(sent)
        if m:
            return m
    if "announce" in sent or "pledge" in sent or "unveil" in sent:
        m = _ANNOUNCE_AT_RE.search(sent)
        if m and _NOUN_RE.search(sent, m.end(), m.end() + 160):
            return m
    m = _ADDRESS_RE.search(sent) if ("dress" in sent or "spoke" in sent or "speak" in sent or "part" in sent
                                    or "attend" in sent) else None
    if m and _read_name(sent, m.end()):
        return m
    if " among " in sent or " of " in sent:
        m = _CALL_AMONG_NAME_RE.search(sent)
        if m:
            return m
    if "t the " in sent:
        for m in _AT_THE_RE.finditer(sent):
            name = _read_name(sent, m.end())
            if name and _DATED_AFTER_RE.match(_QUOTES_RE.sub("", sent[m.end():]), len(_raw_name(sent, m.end()))):
                return m
    return None


def _raw_name(sent: str, at: int) -> str:
    """The words from ``at`` (quotes dropped) up to where a name read from running text ends."""
    rest = _QUOTES_RE.sub("", sent[at:])
    cm = _NAME_CUT_RE.search(rest)
    return rest[: cm.start()] if cm else rest


def _read_name(sent: str, at: int) -> str:
    """An event's name starting at ``at``: it must hold an event noun, start with a capital, a
    number or an ordinal, and be short; trailing words after the last event noun that are not
    capitalised are dropped. "" when there is none."""
    raw = _raw_name(sent, at).strip()
    if raw.lower().startswith("signing ceremony ") and len(raw.split(" ")) <= 18:
        return "Signing Ceremony " + raw[len("signing ceremony "):]
    if raw[:1].islower() and " of the " in raw and not raw.startswith(("multilateral", "first ", "second ", "third ")):
        # "the opening session of the 16th Jeju Forum …": the event the session belongs to
        raw = raw.split(" of the ", 1)[1]
    words = raw.split(" ")
    if not raw or len(words) > 18:
        return ""
    if not (raw[:1].isupper() or raw[:1].isdigit() or words[0].lower() in _SPELLED):
        return ""
    if not _NOUN_RE.search(raw):
        return ""
    if words[0].lower() in _SPELLED and len(words) > 1:
        words[0] = _SPELLED[words[0].lower()]
    out = []
    for i, w in enumerate(words):
        if i and w in _SMALL:
            out.append(w)
        else:
            out.append(w[:1].upper() + w[1:] if w[:1].isalpha() else w)
    name = " ".join(out).rstrip(",")
    while name.split(" ")[-1] in _SMALL:
        name = name.rsplit(" ", 1)[0]
    return name


# "will jointly chair, at the Ministry of Foreign Affairs, the first meeting of …": the verb's
# object after a parenthetical phrase
_VERB_PAREN_RE = re.compile(r"\b(?:chair|chaired|co-chair|co-chaired|preside over|presided over|host|hosted|co-host|"
                            r"co-hosted|attend|attended|hold|held|open|opened|convene|convened)(?:, [^,;.]{3,80}, the | the "
                            r"(?=(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th)) "
                            r"(?:meeting|session|plenary) of (?:the )?[A-Z]))")


def event_name(finder, sent: str) -> str:
    """The name of the event an attendance sentence reports ("joined the …", "made the
    announcement at the …", "at the … Forum, which will take place in …", "will chair, at the
    Ministry …, the first meeting of …"), or ""."""
    q = quoted_name(sent)
    if q:
        return q
    if " the " in sent:
        m = _VERB_PAREN_RE.search(sent)
        if m:
            name = _read_name(sent, m.end())
            if name:
                return name
    if _BILATERAL_RE.search(sent):
        return ""
    if " among " in sent or " of " in sent:
        m = _CALL_AMONG_NAME_RE.search(sent)
        if m:
            words = m.group(1).split(" ")
            return " ".join(w if (i and w in _SMALL) or not w[:1].isalpha() else w[:1].upper() + w[1:]
                            for i, w in enumerate(words))
    if "dress" in sent or "spoke" in sent or "speak" in sent or "part" in sent or "attend" in sent:
        m = _ADDRESS_RE.search(sent)
        if m:
            name = _read_name(sent, m.end())
            if name:
                return name
    if "join" in sent:
        m = _JOINED_RE.search(sent)
        if m:
            name = _read_name(sent, m.end())
            if name:
                return name
    if "announce" in sent or "pledge" in sent or "unveil" in sent:
        m = _ANNOUNCE_AT_RE.search(sent)
        if m:
            name = _read_name(sent, m.end())
            if name:
                return name
    if "t the " in sent:
        for m in re.finditer(r"\b[Aa]t the ", sent):
            if _CONTEXT_BEFORE_RE.search(sent, max(0, m.start() - 25), m.start()):
                continue
            name = _read_name(sent, m.end())
            if name and _DATED_AFTER_RE.match(_QUOTES_RE.sub("", sent[m.end():]), len(_raw_name(sent, m.end()))):
                return name
    return ""


# --- kinds ---------------------------------------------------------------------------------------

_MULTI_HEAD_RE = re.compile(r"\b(?:multilateral|multi-party|plurilateral)\b")
# "korea-central asia high level officials' meeting", "korea-v4 high-level meeting"
_SIDE_GROUP_RE = re.compile(r"\b(?:rok|korea)-([a-z0-9 .+’'-]+?) (?:(?:high[- ]level|senior|vice[- ]ministerial|ministerial|"
                            r"foreign ministers[’']?|ministers[’']?|senior officials[’']?|high[- ]level officials[’']?|"
                            r"working[- ]level)) ?(?:[a-z’'-]+ )?meeting\b")
_GATHERING_RE = re.compile(r"\b(?:round ?table|round-table|open debate|general debate|high-level (?:meeting|event|segment|dialogue) "
                           r"(?:on|of)|plenary (?:meeting|session))\b")
# "an inter-governmental consultation among delegates from …": among several sides
_AMONG_RE = re.compile(r"\b(?:consultations?|dialogue|meeting|talks|call|conference) among\b|"
                       r"\binter-?governmental (?:consultations?|dialogue)\b")
_FRIENDS_RE = re.compile(r"\b(?:group of )?friends of\b")
_CALL_AMONG_RE = re.compile(r"\b(?:conference call|teleconference|video ?conference|videoconference)s? (?:among|of|with) "
                            r"(?:the )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|[a-z-]+ and [a-z-]+|several)\b")


def kind(n: str, lookup_country) -> str:
    """A kind for the lower-case name ``n`` decided before the generic rules, or ""."""
    head = re.split(r" (?:on|for|of the|regarding|about) ", n, maxsplit=1)[0]
    if _MULTI_HEAD_RE.search(head) and not re.search(r"\b(?:committee|commission|summit)\b", head):
        return "conference"
    sm = _SIDE_GROUP_RE.search(n)
    if sm and not re.search(r"\b(?:consultations?|dialogue|committee|commission|summit)\b", n):
        side = sm.group(1).strip()
        if side and "-" not in side and not lookup_country(side):
            return "conference"  # Korea and a region or group of countries
    if _FRIENDS_RE.search(head) and "meeting" in n:
        return "conference"
    if _GATHERING_RE.search(head):
        pair = re.match(r"(?:\d+\w* )?([a-z]+)-([a-z]+) ", head)
        if not (pair and (pair.group(1) in ("rok", "korea") or lookup_country(pair.group(1)))
                and lookup_country(pair.group(2))):
            return "conference"  # a roundtable, a UN debate, a high-level meeting of many states
    if _CALL_AMONG_RE.search(n) or _AMONG_RE.search(head):
        return "conference"
    return ""


# --- announced events ----------------------------------------------------------------------------

_NAME_BODY = (r"((?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) )?(?:\d{1,3}(?:st|nd|rd|th) )?"
              r"(?:(?:19|20)\d\d )?[A-Z][\w’'-]*(?: (?:[A-Z0-9][\w’'-]*|of|on|for|and|the))*? "
              r"(?:Summit|Conference|Forum|Ministerial|Meeting|Dialogue|Consultations?|Commission|Committee|Symposium|"
              r"Seminar|Workshop|Expo))")
# "the 13th … Forum, which is scheduled for November 25"
_SCHEDULED_FOR_RE = re.compile(r"\bthe " + _NAME_BODY + r"(?:,? (?:which|that) (?:is|are|was|has been) (?:tentatively )?"
                               r"(?:scheduled|set|slated|planned) for|,? (?:tentatively )?scheduled for)\b")
# "the … Ministerial, which will take place in Seoul in 2021"
_IN_YEAR_RE = re.compile(r"\bthe " + _NAME_BODY + r",? (?:which|that) (?:will|is scheduled to|is set to|is to) "
                         r"(?:take place|be held|be hosted|be convened)(?: in ([A-Z][\w.]*(?: [A-Z][\w.]*)?))?"
                         r"(?: (?:in|later in) ((?:19|20)\d\d))\b")
_AGREED_RE = re.compile(r"\b(?:agreed|agree|decided|proposed|suggested|hope|hoped|looked forward|look forward|invited)\b")


_FOR_THE_RE = re.compile(r" for the (?=(?:[\w’'-]+ )*?(?:Summit|Conference|Forum|Ministerial|Meeting|Dialogue|Expo)$)")


def _nearest(name: str) -> str:
    """The event a relative clause follows: in "Preparatory Committee for the United Nations
    Peacekeeping Ministerial, which will take place …" the Ministerial, not the Committee."""
    parts = _FOR_THE_RE.split(name)
    return parts[-1] if len(parts) > 1 and _NOUN_RE.search(parts[0]) else name


def announced(finder, briefing: bool) -> None:
    """Named events announced in a relative clause of another sentence and dated there ("…,
    which is scheduled for November 25"; "…, which will take place in Seoul in 2021"), not
    already meetings of the release."""
    from .common import slug
    from .countries import city_country
    from .meetings import _bare_slug, _kind

    text = finder.t.text
    if not finder.meetings and not briefing:
        return
    have = {_bare_slug(m.title) for m in finder.meetings}

    def known(name: str) -> bool:
        b = _bare_slug(re.sub(r"^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) ", "", name,
                              flags=re.I))
        # the same event, or one named in full where a meeting names it shortly; not an event a
        # meeting is "for" ("Preparatory Committee for the … Ministerial")
        return any(b and h and (h in b or (h.endswith(b) and not re.search(r"-(?:for|of)-the-", h[: -len(b)])))
                   for h in have)

    def add(name, date, city, am):
        if name.split(" ")[0] in ("The", "This", "That"):
            return
        w0 = name.split(" ")[0].lower()
        if w0 in _SPELLED:
            name = _SPELLED[w0] + name[len(w0):]
        name = name[:1].upper() + name[1:]
        finder.meetings.append(MeetingMention(
            key="meeting:" + slug(name)[:60], title=name, kind=_kind(name, False, False), status="planned",
            date=date, city=city, country=city_country(city) if city else None, format=None,
            spans=[finder.t.span(am.start(1), am.end(1))], confidence=0.6,
        ))
        have.add(_bare_slug(name))

    start = len(finder.title)
    if "scheduled for" in text or "set for" in text or "slated for" in text or "planned for" in text:
        for am in _SCHEDULED_FOR_RE.finditer(text, start):
            s, e = finder.t.sentence_of(am.start())
            name = _nearest(am.group(1))
            if _AGREED_RE.search(text, s, am.start()) or known(name):
                continue
            date, _ = finder._date(am.end(), e, "planned")
            if date.value is None:
                continue
            add(name, date, "", am)
    if "will" in text or "scheduled to" in text:
        for am in _IN_YEAR_RE.finditer(text, start):
            s, e = finder.t.sentence_of(am.start())
            if _AGREED_RE.search(text, s, am.start()) or known(am.group(1)):
                continue
            y = int(am.group(3))
            rd = finder.years.release_date
            if rd is not None and y < rd.year:
                continue
            if re.match(r" (?:on |from )?(?:[A-Z][a-z]+ )?\d", text[am.end(): am.end() + 12]):
                continue  # a day follows: the day rules read it
            city = am.group(2) or ""
            if city and not city_country(city):
                city = ""
            name = _nearest(am.group(1))
            if known(name):
                continue
            if not re.match(r"(?:19|20)\d\d ", name) and not re.search(r"\b(?:19|20)\d\d\b", name):
                name = f"{y} {name}"
            add(name, PartialDate(dt.date(y, 1, 1), "year", False, f"'in {y}' in the sentence"), city, am)


# --- years --------------------------------------------------------------------------------------

# --- places --------------------------------------------------------------------------------------

def name_city(finder) -> None:
    """A conference or summit whose name holds a city ("the 52nd Munich Security Conference",
    "the Brussels Conference on …") is placed in that city when its sentence does not place it
    in another one."""
    from .countries import city_country, city_regex

    for m in finder.meetings:
        if m.kind not in ("conference", "summit") or m.format in ("virtual", "phone"):
            continue
        cm = city_regex().search(m.title)
        if cm is None:
            continue
        city = cm.group(0)
        if m.city == city:
            continue
        if m.city and m.spans:
            sp = m.spans[0]
            sent = finder.t.text[sp.sentence_start:sp.sentence_end]
            if re.search(r"\b(?:in|at) (?:the )?" + re.escape(m.city) + r"\b", sent):
                continue  # placed in the other city by the sentence itself
        m.city, m.country = city, city_country(city)


# --- an event's own dates, told after the trip that takes the Korean side to it ------------------

_ORD_PREFIX_RE = re.compile(r"^(?:\d{1,3}(?:st|nd|rd|th) |(?:19|20)\d\d )+")


def own_event_date(finder) -> None:
    """A conference named in a trip's sentence ("will travel to New York and Munich from February 9
    to 14 … to attend the 52nd Munich Security Conference") and dated by the trip is re-dated by a
    later sentence that gives the event its own days ("the Munich Security Conference, which runs
    from February 11 to 13": the first day)."""
    text = finder.t.text
    for m in finder.meetings:
        if m.kind not in ("conference", "summit") or not m.spans:
            continue
        core = _ORD_PREFIX_RE.sub("", m.title)
        if len(core.split(" ")) < 2 or core not in text:
            continue
        end = m.spans[0].sentence_end
        rx = re.compile(re.escape(core) + r",? (?:which|that) (?:runs|will run|takes place|will take place|is held|"
                        r"will be held|is scheduled|is to be held)\b")
        am = rx.search(text, end)
        if am is None:
            continue
        s, e = finder.t.sentence_of(am.start())
        if not re.match(r"(?: (?:from|on|between)| for)? (?:[A-Z][a-z]+ )?\d", text[am.end(): am.end() + 30]) and \
                not re.match(r" (?:from|on|between) [A-Z][a-z]+ \d", text[am.end(): am.end() + 30]):
            continue
        date, _ = finder._date(am.end(), e, m.status if m.status != "cancelled" else "planned")
        if date.value is None or date.precision != "day":
            continue
        if m.date.value is not None and m.date.value.year != date.value.year and not date.inferred:
            continue
        m.date = date
