"""Pledges: commitments, agreements, signed documents, proposals and contributions.

One pledge per sentence (its strongest kind), read with rules:
- contribution: a money amount ("USD 10 million", "$5 million", "5 million dollars",
  "KRW 1 billion") with a giving verb (contribute, provide, donate, pledge, grant …);
- signed_document: "signed the …"/"concluded the …";
- agreement: "agreed to/on/that", "reached an agreement";
- proposal: "proposed …", "suggested …";
- commitment: an actor (country, government, ministry, organization) as the subject of
  "will <verb>", "will fully commit", "promised/pledged/vowed to", "is committed to".
  Predictions ("will help", "will be", "is expected to"), hopes ("voiced hope that … will")
  and "should" are not commitments. Future intentions inside quotes, or reported with
  "said that … will", are kept with a lower confidence (0.6).
Actors: "the two sides"/"they"/"the two Ministers" = the countries/organizations of the
main meeting's counterparts; "the country"/"the government" = the ROK.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from .common import Text, trie_pattern
from .meetings import BACKGROUND_SIGNED
from .countries import country_name, lookup_country, lookup_demonym
from .organizations import HOME, OrgCollector
from . import rules_r6d
from .types import MeetingMention, PledgeMention

# inline patterns, compiled once (re.search(r"…") pays a cache lookup per call)
_RX0 = re.compile(r"\bsigned\b")
_RX1 = re.compile(r"\b(?:attended by|in the presence of|witnessed by)\s")
_RX2 = re.compile(r"\bat (?:the |a )?$")
_RX3 = re.compile(r"^(?:the|The)\s")
_RX4 = re.compile(r"[A-Z][a-z]+ [Gg]overnment$")
_RX5 = re.compile(r"\bsigned (?:the |an? |a )?")
_RX6 = re.compile(r"\b(?:promised|pledged|vowed|undertook) to\b")
_RX7 = re.compile(r"\bshould\b")

_DIGIT_RE = re.compile(r"\d")
_ACTIVE_SIGNED_RE = re.compile(BACKGROUND_SIGNED + r" ")
_CURRENCY_HINT = re.compile(r"USD|US\$|U\.S\.|\$|KRW|₩|EUR|€|JPY|¥|GBP|£|dollar|won\b|euro|yen\b")
_NUM = r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
_SCALE = r"(?:\s?(million|billion|thousand|mn|bn|m)\b)?"
MONEY_RES = [
    (re.compile(r"(?:USD|US\$|U\.S\.\s?\$|\$)\s?" + _NUM + _SCALE), "USD"),
    (re.compile(r"(?:KRW|₩)\s?" + _NUM + _SCALE), "KRW"),
    (re.compile(r"(?:EUR|€)\s?" + _NUM + _SCALE), "EUR"),
    (re.compile(r"(?:JPY|¥)\s?" + _NUM + _SCALE), "JPY"),
    (re.compile(r"(?:GBP|£)\s?" + _NUM + _SCALE), "GBP"),
    (re.compile(_NUM + _SCALE + r"\s(?:US dollars|U\.S\. dollars|dollars)\b"), "USD"),
    (re.compile(_NUM + _SCALE + r"\s(?:Korean )?won\b"), "KRW"),
    (re.compile(_NUM + _SCALE + r"\seuros?\b"), "EUR"),
    (re.compile(_NUM + _SCALE + r"\syen\b"), "JPY"),
]
GIVE_RE = re.compile(r"\b(?:contribut\w*|provid\w*|donat\w*|pledg\w*|grant\w*|offer\w*|disburs\w*|allocat\w*|extend\w*|send\w*|deliver\w*|fund\w*|assistance|aid)\b")
SIGN_RE = re.compile(r"\b(?:signed|concluded|initialed|exchanged the instruments of)\b")
AGREE_RE = re.compile(r"\b(?:agreed (?:to|on|that|upon)|agree to|reached (?:an |a )?(?:agreement|consensus)|concurred)\b")
PROPOSE_RE = re.compile(r"\b(?:proposed|suggested|put forward)\b")
_TRIGGERS_RE = re.compile(
    r"\b(?:(?P<sign>" + SIGN_RE.pattern[5:-3] + r")|(?P<agree>" + AGREE_RE.pattern[5:-3] + r")|(?P<propose>"
    + PROPOSE_RE.pattern[5:-3] + r"))\b"
)
# an organization named by its kind ("the agency will …", "the Secretariat will …"): the one the
# speaker belongs to, or the only one of that kind in the release
GENERIC_ORG_NOUNS = ("agency", "organization", "organisation", "secretariat", "bank", "fund", "institute",
                     "commission", "programme", "program", "foundation", "centre", "center", "office", "body")
_GENERIC_ORG = r"(?:[Aa]gency|[Oo]rgani[sz]ation|[Ss]ecretariat|[Bb]ank|[Ff]und|[Ii]nstitute|[Cc]ommission|[Pp]rogramme|" \
               r"[Pp]rogram|[Ff]oundation|[Cc]ent(?:re|er)|[Oo]ffice|body)"
ACTOR = (r"(?:the |The )?(?:ROK(?: government)?|Republic of Korea|Korea|Korean government|Government of the Republic of Korea|"
         r"(?!Korean )[A-Z][a-z]+ [Gg]overnment|"
         r"government|country|Foreign Ministry|Ministry|two sides|two countries|two Ministers|two ministers|"
         r"[Bb]oth sides|[Bb]oth countries|[Bb]oth ministers|[Bb]oth governments|two governments|[A-Z][\w.]*(?: [A-Z][\w.]*){0,3}|[Tt]hey|We|we)")
COMMIT_RE = re.compile(
    r"(?P<actor>" + ACTOR + r")(?:,[^,]{1,80},)?\s(?:will|shall)\s(?:further\s|also\s|actively\s|continue to\s|fully\s|closely\s|seek to\s)*"
    r"(?!be\b|help\b|see\b|never\b|have\b|become a\b|serve\b|mark\b|offer an\b)(?P<verb>[a-z]+)"
)
_GENERIC_COMMIT_RE = re.compile(
    r"(?P<actor>\b(?:the|The) " + _GENERIC_ORG + r")\s(?:will|shall)\s(?:further\s|also\s|actively\s|continue to\s|fully\s|"
    r"closely\s|seek to\s)*(?!be\b|help\b|see\b|never\b|have\b|become a\b|serve\b|mark\b|offer an\b)(?P<verb>[a-z]+)")
_SIGNER_RE = re.compile(r"(?P<actor>" + ACTOR + r")\ssigned\b")
_PROPOSER_RE = re.compile(r"(?P<actor>" + ACTOR + r")\s(?:\w+\s)?(?:proposed|suggested|put forward)")
PROMISE_RE = re.compile(r"(?P<actor>" + ACTOR + r")\s(?:\w+\s)?(?:promised|pledged|vowed|committed|undertook) to\b")
# every rule below needs one of these substrings; one cheap scan per sentence
_HINT_RE = re.compile(trie_pattern(
    "signed conclu initial exchanged agree reached concurred propos suggest put promised pledged vowed "
    "undertook committed will shall would decided $ ₩ € ¥ £ USD US KRW EUR JPY GBP dollar won euro yen".split()))
_KIND_HINT_RE = re.compile(trie_pattern(
    "signed concluded initialed exchanged agreed agree reached concurred proposed suggested put".split()))
_PROMISE_HINT = re.compile(r"promised|pledged|vowed|committed|undertook")
PAST_GIVING_RE = re.compile(r"\b(?:has|have|had) (?:so far |already |\w+ly )?(?:provided|contributed|donated|given|disbursed|extended)\b")
SCHEDULE_RE = re.compile(
    r"\b(?:alternative|new|later|another|suitable) date\b|\b(?:re)?schedul\w*\b|\bnext (?:week|month)\b|"
    r"\btomorrow\b|\bwill (?:also )?(?:hold|give|deliver|host|attend|visit|travel to) (?:a |an |the )?(?:\w+ ){0,2}"
    r"(?:briefing|press conference|visit|trip)\b")
_PAST_SIMPLE_GIVE_RE = re.compile(r"\b(?:provided|contributed|donated|gave|disbursed|delivered|sent|granted|allocated|funded)\b")
_FUTURE_GIVE_RE = re.compile(r"\b(?:will|would|shall|decided to|decides to|plans? to|pledged|pledges|pledge|intends? to|"
                             r"is to|are to|announced|committed|promised|agreed)\b")
# "will pay an official visit", "will travel to", "will attend", "will hold the … Dialogue":
# an item of a schedule, not an undertaking
_SCHEDULE_VERBS = frozenset("visit travel attend meet co-chair chair participate depart arrive stay tour".split())
_MEETING_AFTER_RE = re.compile(r"(?:[\w’'-]+ ){0,8}?(?:talks|meeting|meetings|dialogue|consultations?|conference|"
                               r"summit|forum|session|visit|trip|call|conversation|ceremony|briefing|luncheon|dinner|"
                               r"ministerial|committee)\b", re.I)


_APPOSITION_COMMIT_RE = rules_r6d.apposition_commit_re(ACTOR)
_GIVER_RE = re.compile(r"(?P<actor>" + ACTOR + r")\s(?:will |has |have |had )?(?:\w+ly )?(?:contribut|provid|donat|pledg|"
                       r"grant|offer|extend|announc|decid|disburs|allocat|send)")
_ORG_GIVES_RE = re.compile(r"(?:\s\([A-Z][\w&-]*\))?\s(?:will |has |have |had |would )?(?:also |further )?(?:\w+ly )?"
                           r"(?:contribut|provid|donat|pledg|grant|offer|extend|disburs|allocat|send|deliver|fund)")
_VISIT_AFTER_RE = re.compile(r"(?:an? |the )?(?:[\w-]+ ){0,2}(?:visit|trip|courtesy call)\b")


_POSS_RE = re.compile(r"(?:his|her|their|its) ", re.I)
_POSS_HINT_RE = re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts) (?:ministry|government|country|organi[sz]ation|agency) (?:will|shall) |"
                           r"(?:the|The) (?:Embassy|Mission|Consulate(?:-General)?) (?:will|shall) ")
_POSS_COMMIT_RE = re.compile(
    r"(?P<actor>\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts) (?:ministry|government|country|organi[sz]ation|agency)|\b(?:the|The) "
    r"(?:Embassy|Mission|Consulate(?:-General)?))\s(?:will|shall)\s(?:further\s|also\s|actively\s|continue to\s|fully\s|"
    r"closely\s|seek to\s)*(?!be\b|help\b|see\b|never\b|have\b|become a\b|serve\b|mark\b|offer an\b)(?P<verb>[a-z]+)")


# "the CEPA signed by the two sides in December last year", "the projects agreed upon at the
# summit": a participle naming an earlier document or decision, not this release's undertaking
_SIGNED_PARTICIPLE_RE = re.compile(r"(?<!\bwas)(?<!\bwere)(?<!\bbeen)(?<!\bbe) signed by "
                                   r"[^,.;]{0,60}?\b(?:last year|in (?:19|20)\d\d|(?:19|20)\d\d|ago|previously|earlier)\b")
_AGREED_PARTICIPLE_RE = re.compile(r"\b[a-z]+s agreed (?:upon|on) (?:at|in|during|by|last|earlier)\b")
_RESTATED_SIGNING_RE = re.compile(r"(?:The|the) (?:MOU|MoU|Memorandum|Agreement|[Aa]rrangement|document|[A-Z]{2,8}) "
                                  r"(?:was|were) signed by\b")
_AGENDA_VERBS = frozenset("review discuss exchange explore assess evaluate examine consult".split())
_AGENDA_NOUN_RE = re.compile(r"(?: in)? (?:an? |the )?(?:[\w-]+ ){0,2}(?:discussions?|exchanges? of views|consultations?)\b")
_PAST_GIFT_RE = re.compile(r"\b(?:provided|contributed|donated|gave|disbursed|delivered|granted) (?:USD|US\$|\$|KRW|EUR|€|₩)")


# "the countries attending the 12th Forum … last year agreed to hold it": a decision of an earlier
# event recalled as background
_PAST_AGREED_RE = re.compile(r"\b(?:last (?:year|month|week)|in (?:19|20)\d\d|previously|earlier|ago),? agreed\b")
# "Following its announcements … of US$40 million …, the government will continue to contribute
# …": the amounts of the introductory clause are past announcements, not this undertaking
_INTRO_CLAUSE_RE = re.compile(r"^(?:\d{1,2}\.\s*)?(?:Following|After|Building on|In addition to|On top of|Besides)\b")
# "the two sides will sign a memorandum of understanding": a signing announced with the meeting
_WILL_SIGN_RE = re.compile(r"\b(?:will|shall) (?:also )?sign (?:a |an |the |two |three |several )?(?:[\w’'-]+ ){0,6}?"
                           r"(?:memorand\w*|MOUs?|MoUs?|agreements?|arrangements?|treaty|treaties|accords?|"
                           r"declarations?|protocols?|conventions?|charter|statements?|documents?)\b")
# "X stressed that the ROK would strengthen …": a commitment in reported speech (past sequence)
_REPORTED_WOULD_RE = re.compile(
    r"\b(?:said|stressed|noted|emphasized|underscored|added|stated|explained|affirmed|reaffirmed|assured|made clear) "
    r"that (?P<actor>" + ACTOR + r")\s(?:would)\s(?:further\s|also\s|actively\s|continue to\s|fully\s|closely\s)*"
    r"(?!be\b|help\b|see\b|never\b|have\b|become a\b|serve\b|mark\b|like\b|love\b)(?P<verb>[a-z]+)")
# "The Government … restates its position that …, and will keep taking part in …": the sentence's
# subject carries a second, coordinated "will" far from it
_SUBJ_AND_WILL_RE = re.compile(
    r"^(?:\d{1,2}\.\s*)?(?P<actor>(?:The |the )?(?:Government of the Republic of Korea|ROK government|Korean government|"
    r"ROK|Republic of Korea|Government|Foreign Ministry|Ministry of Foreign Affairs))\s(?:[a-z]+ly\s)?[a-z]+s\b"
    r"[^;]{0,300}?,? and (?:will|shall)\s(?:further\s|also\s|actively\s|continue to\s|fully\s|closely\s)*"
    r"(?!be\b|help\b|see\b|never\b|have\b|serve\b|mark\b)(?P<verb>[a-z]+)")
_AGENDA_PAIRS = {"go": ("over",), "take": ("stock",), "look": ("for", "into", "at"), "focus": ("on",),
                 "share": ("views", "their", "assessments")}


def _intro_amount_only(sent: str) -> bool:
    """The amounts all stand in an introductory "Following …," clause before a "will" clause."""
    if not _INTRO_CLAUSE_RE.match(sent):
        return False
    w = sent.find(" will ")
    if w < 0:
        return False
    c = sent.rfind(",", 0, w)
    return c > 0 and _money(sent[:c])[0] is not None and _money(sent[c:])[0] is None


def _drop_participles(sent: str, kinds):
    kinds = set(kinds)
    if "sign" in kinds and _SIGNED_PARTICIPLE_RE.search(sent) and len(re.findall(r"\bsigned\b", sent)) == 1:
        kinds.discard("sign")
    if "agree" in kinds and _AGREED_PARTICIPLE_RE.search(sent) and len(AGREE_RE.findall(sent)) == 1:
        kinds.discard("agree")
    if "agree" in kinds and _PAST_AGREED_RE.search(sent) and len(AGREE_RE.findall(sent)) == 1:
        kinds.discard("agree")
    return kinds


def _agenda_verb(sent: str, cm) -> bool:
    """"will review … and discuss …": the agenda of talks, not an undertaking (the "two sides"
    as subject)."""
    if "verb" not in cm.re.groupindex or cm.group("verb") is None:
        return False
    verb = cm.group("verb")
    if verb in ("engage", "have", "hold") and _AGENDA_NOUN_RE.match(sent, cm.end("verb")):
        pass  # "The two sides will engage in an extensive discussion on …", "will have an in-depth discussion"
    elif verb not in _AGENDA_VERBS:
        nxt = sent[cm.end("verb") + 1 :].split(" ", 1)[0]
        if nxt not in _AGENDA_PAIRS.get(verb, ()):
            return False
    return cm.group("actor").lower().replace("the ", "") in ("two sides", "two ministers", "both sides", "they")


def _past_gift_clause(sent: str) -> bool:
    """A past simple giving verb right before the amount, with no future before it ("The ROK
    provided USD 2 million … in March this year, and the Government hopes …")."""
    m = _PAST_GIFT_RE.search(sent)
    return m is not None and not _FUTURE_GIVE_RE.search(sent, 0, m.start()) and HOPE_RE.search(sent, m.end()) is not None


def _generic_before_will(sent: str) -> bool:
    """A generic organization noun right before "will"/"shall" (a literal scan; the full
    pattern has no literal prefix and is slow on long sentences)."""
    for aux in (" will ", " shall "):
        i = sent.find(aux)
        while i > 0:
            j = sent.rfind(" ", 0, i)
            if sent[j + 1 : i].lower() in GENERIC_ORG_NOUNS:
                return True
            i = sent.find(aux, i + 1)
    return False


_PARTICIPATE_IN_RE = re.compile(r" in (?:the |a |an )?(?:[\w’'-]+ ){0,3}?(?:Group|Initiative|Partnership|Coalition|Alliance|"
                                r"Network|Platform|Mechanism|Programme|Program|Fund|Framework|efforts?|projects?|"
                                r"initiatives?|programmes?|programs?|activities|cooperation)\b")


def _joins_body(sent: str, verb_end: int) -> bool:
    """"participate in" a standing group, initiative or programme (not in a meeting)."""
    m = _PARTICIPATE_IN_RE.match(sent, verb_end)
    return m is not None and _MEETING_AFTER_RE.match(sent, verb_end + 4) is None


def _schedule_verb(sent: str, cm) -> bool:
    if "verb" not in cm.re.groupindex or cm.group("verb") is None:
        return False
    verb = cm.group("verb")
    if verb == "participate" and _joins_body(sent, cm.end("verb")):
        return False  # "will actively participate in the Group of Friends of …": an undertaking
    if verb in _SCHEDULE_VERBS or (verb == "co" and sent.startswith(("-chair", "-host"), cm.end("verb"))):
        return True
    if verb in ("pay", "make"):
        return _VISIT_AFTER_RE.match(sent, cm.end("verb") + 1) is not None
    if verb in ("hold", "host", "have", "convene", "lead", "head"):
        return _MEETING_AFTER_RE.match(sent, cm.end("verb") + 1) is not None
    return False


HOPE_RE = re.compile(r"\b(?:hope|hoped|hopes|expect|expects|expected|believe|believes|wish|wished)\b")
REPORTED_RE = re.compile(r"\b(?:said|says|stressed|noted|emphasized|underscored|added|stated|mentioned|highlighted) that\b|“[^”]*$")
SCALE = {"million": Decimal(10) ** 6, "m": Decimal(10) ** 6, "mn": Decimal(10) ** 6,
         "billion": Decimal(10) ** 9, "bn": Decimal(10) ** 9, "thousand": Decimal(1000)}


_CLAUSE_SPLIT_RE = re.compile(r";\s+(?:and\s+)?")


_SPEAKER_SPLIT_RE = re.compile(r",? (?:and|while|whereas) (?=(?:[A-Z][\w’'-]*(?:-[A-Z][\w’'-]*)? ){1,4}"
                               r"(?:said|stated|noted|stressed|added|emphasized|underlined|affirmed) that\b)")


def _clauses(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """A sentence, or its ";"-separated clauses when it has several (each may carry its own
    undertaking: "…should be implemented; and that Russia will make every effort"), or its two
    speakers' halves ("X said that A will …, and Minister Y said that B will …")."""
    if ";" not in text[s:e]:
        if text.count(" will ", s, e) >= 2:
            m = _SPEAKER_SPLIT_RE.search(text, s, e)
            if m and " will " in text[s : m.start()] and " will " in text[m.end() : e]:
                return [(s, m.start()), (m.end(), e)]
        cut = rules_r6d.second_subject_split(text, s, e)  # "… agreed to …, and Minister Kang proposed …"
        return [(s, cut[0]), (cut[1], e)] if cut else [(s, e)]
    out, pos = [], s
    for m in _CLAUSE_SPLIT_RE.finditer(text, s, e):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, e))
    return [(a, b) for a, b in out if b > a]


def _money(sent: str) -> tuple[Decimal | None, str, tuple[int, int] | None]:
    if not _DIGIT_RE.search(sent) or not _CURRENCY_HINT.search(sent):
        return None, "", None
    for rx, cur in MONEY_RES:
        m = rx.search(sent)
        if m:
            try:
                amt = Decimal(m.group(1).replace(",", ""))
            except InvalidOperation:
                continue
            if m.group(2):
                amt *= SCALE[m.group(2).lower()]
            return amt, cur, (m.start(), m.end())
    after = rules_r6d.money_after(sent)  # "100,000 USD", "5 million USD"
    return after if after else (None, "", None)


class PledgeFinder:
    def __init__(self, t: Text, title_end: int, orgs: OrgCollector, meetings: list[MeetingMention], people):
        self.t, self.title_end, self.orgs, self.meetings, self.people = t, title_end, orgs, meetings, people
        self._current: MeetingMention | None = None  # the meeting whose paragraph is being read

    def _sides(self) -> tuple[str, str | None, str | None]:
        """Actor for 'the two sides': countries/orgs of the main meeting's named participants."""
        if not self.meetings:
            return "the two sides", None, None
        names, countries, orgs = [], [], []
        cur = self._current or self.meetings[0]
        for p in cur.participants:
            if not p.person_key:
                continue
            person = self.people.people.get(p.person_key)
            org = self.orgs.orgs.get(person.org_key) if person and person.org_key else None
            if person and person.country:
                nm = "ROK" if person.country == HOME else country_name(person.country)
                if nm not in names:
                    names.append(nm)
                    countries.append(person.country)
            elif org:
                nm = org.acronym or org.name
                if nm not in names:
                    names.append(nm)
                    orgs.append(org.key)
        if not names:
            return "the two sides", None, None
        joined = " and ".join(names) if len(names) < 3 else ", ".join(names[:-1]) + " and " + names[-1]
        return joined, (countries[0] if len(countries) == 1 and not orgs else None), (orgs[0] if orgs and not countries else None)

    def _signers(self, s: int, sent: str):
        """Who signed: the organizations of the people named before "signed" (not those
        "attended by"), else the organizations named there ("the KMI and the University of …
        signed"). None when nobody is named."""
        sm = _RX0.search(sent)
        if not sm:
            return None
        cut = s + sm.start()
        witness = [(s + w.start(), s + (sent.find(",", w.end()) if sent.find(",", w.end()) >= 0 else len(sent)))
                   for w in _RX1.finditer(sent)]
        keys: list[str] = []
        bare: list[str] = []  # signers known only by their country
        for m in self.people.mentions:
            if s <= m.start < cut and not any(a <= m.start < b for a, b in witness):
                p = self.people.people[m.key]
                if p.org_key and p.org_key not in keys:
                    keys.append(p.org_key)
                elif not p.org_key and p.country:
                    bare.append("ROK" if p.country == HOME else country_name(p.country))
        if not keys:
            for a, b, k in self.orgs.claimed:
                if s <= a < cut and k not in keys and not _RX2.search(self.t.text[max(s, a - 8) : a]):
                    keys.append(k)
        if not keys:
            return None
        names = []
        for k in keys:
            o = self.orgs.orgs[k]
            if o.kind == "ministry" and "Foreign Affairs" in o.name and o.country:
                nm = "ROK" if o.country == HOME else country_name(o.country)  # a government signs
            else:
                nm = o.acronym or o.name
            if nm not in names:
                names.append(nm)
        names += [b for b in bare if b not in names]
        cc = {self.orgs.orgs[k].country for k in keys}
        return " and ".join(names), (cc.pop() if len(cc) == 1 and not bare else None), (keys[0] if len(keys) == 1 and not bare else None)

    def _org_subject(self, s: int, sent: str):
        """"the Korea International Cooperation Agency (KOICA) will send …": an organization
        right before the giving verb."""
        text = self.t.text
        for a, b, k in self.orgs.claimed:
            if s <= a < s + len(sent) and _ORG_GIVES_RE.match(text, b):
                o = self.orgs.orgs[k]
                return o.name, o.country, k
        return None

    def _generic_org(self, s0: int, actor_end: int, actor_txt: str):
        """"the agency will …": the organization of the person speaking in the sentence if its
        name has that noun, else the only organization of the release whose name has it."""
        noun = _RX3.sub("", actor_txt).strip().lower()
        if noun not in GENERIC_ORG_NOUNS:
            return None
        def fits(k):
            o = self.orgs.orgs.get(k)
            return o is not None and o.country != HOME and noun[:6] in o.name.lower()
        for m in self.people.mentions:
            if s0 <= m.start < actor_end:
                k = self.people.people[m.key].org_key
                if k and fits(k):
                    o = self.orgs.orgs[k]
                    return o.name, o.country, k
        keys = list(dict.fromkeys(k for _, _, k in self.orgs.claimed if k and fits(k)))
        if len(keys) == 1:
            o = self.orgs.orgs[keys[0]]
            return o.name, o.country, keys[0]
        return None

    def _own_body(self, s0: int, actor_end: int, actor_txt: str):
        """"his ministry will …": the ministry (organization) of the person speaking in the
        sentence; "the Embassy/Mission/Consulate will …": the only diplomatic mission of the
        release (the ROK's when there are several)."""
        noun = actor_txt.strip().split(" ")[-1].lower()
        if noun in ("embassy", "mission", "consulate", "consulate-general"):
            keys = list(dict.fromkeys(k for _, _, k in self.orgs.claimed
                                      if k in self.orgs.orgs and self.orgs.orgs[k].kind == "diplomatic_mission"))
            home = [k for k in keys if self.orgs.orgs[k].country == HOME]
            pick = keys if len(keys) == 1 else home if len(home) == 1 else []
            if pick:
                o = self.orgs.orgs[pick[0]]
                return o.name, o.country, pick[0]
            return None
        if not _POSS_RE.match(actor_txt.strip()):
            return None
        for m in reversed(self.people.mentions):
            if s0 <= m.start < actor_end:
                p = self.people.people[m.key]
                o = self.orgs.orgs.get(p.org_key) if p.org_key else None
                if o is not None and (noun not in ("ministry",) or o.kind == "ministry"):
                    return o.name, o.country, p.org_key
                if o is None and p.country and noun in ("government", "country"):
                    return ("Republic of Korea" if p.country == HOME else country_name(p.country)), p.country, None
        return None

    def _actor(self, actor: str) -> tuple[str, str | None, str | None]:
        a = _RX3.sub("", actor).strip()
        low = a.lower()
        if low in ("two sides", "two countries", "two ministers", "both sides", "both countries", "two governments", "they",
                   "both ministers", "both governments"):
            return self._sides()
        if low in ("rok", "rok government", "republic of korea", "korea", "korean government", "government",
                   "country", "government of the republic of korea", "we"):
            return "Republic of Korea", HOME, None
        if low in ("foreign ministry", "ministry"):
            o = self.orgs.idx.by_name.get("ministry of foreign affairs")
            key = self.orgs.add_known(o, -1, -1) if o else None
            return "Ministry of Foreign Affairs", HOME, key
        code = lookup_country(a) or lookup_demonym(a.split(" ")[0])
        if code and _RX4.match(a):
            return country_name(code), code, None  # "the Kenyan government"
        if code:
            return a, code, None
        o = self.orgs.idx.by_form.get(a.lower())
        if o:
            key = self.orgs.add_known(o, -1, -1)
            return o.name, o.country, key
        return "", None, None

    def run(self) -> list[PledgeMention]:
        text = self.t.text
        out: list[PledgeMention] = []
        mkey = self.meetings[0].key if self.meetings else None
        # a meeting's paragraph runs from its sentence to the next meeting's: pledges there
        # belong to it ("The two Ministers agreed …" under "Later that day, … held talks with …")
        # meetings of one sentence (r6a splits): its pledges go to the first of them
        order = {id(m): i for i, m in enumerate(self.meetings)}
        starts = sorted(((m.spans[0].sentence_start, m) for m in self.meetings if m.spans and m.participants),
                        key=lambda x: (x[0], -order[id(x[1])]))
        for s0, e0 in self.t.sentences:
            if s0 < self.title_end:
                continue
            if not _HINT_RE.search(text, s0, e0):
                continue  # no trigger of any kind: skip the detailed rules
            for s, e in _clauses(text, s0, e0):
                self._current = None
                for st, m in starts:
                    if st <= s0:
                        self._current = m
                self._one(s, e, s0, out, self._current.key if self._current else mkey)
        return out

    def _one(self, s: int, e: int, s0: int, out: list, mkey) -> None:
        """The pledge (if any) of one sentence, or of one of its ";"-separated clauses."""
        text = self.t.text
        if True:
            sent = text[s:e]
            kind, actor_txt, conf, amount, cur = None, "", 0.8, None, ""
            cm = None
            actor_end = -1
            amt, c, mspan = _money(sent)
            if amt is not None and _intro_amount_only(sent):
                amt, c = None, ""
            if amt is not None and rules_r6d.not_undertaken_amount(sent, mspan[0]):
                amt, c = None, ""  # "had provided …", "an annual budget of US$1 million since 2013"
            # one scan for sign/agree/propose, after a literal pre-check (most sentences have none)
            kinds = {m.lastgroup for m in _TRIGGERS_RE.finditer(sent)} if _KIND_HINT_RE.search(sent) else ()
            if kinds:
                kinds = _drop_participles(sent, kinds)
            if "agree" in kinds and rules_r6d.appraisal_only(sent):
                kinds = set(kinds) - {"agree"}  # "agreed on the importance of …"
            if "agree" not in kinds and rules_r6d.collective_decision(sent):
                kinds = set(kinds) | {"agree"}  # "The foreign ministers decided to …"
            if "sign" in kinds and _RESTATED_SIGNING_RE.match(sent) and any(p.kind == "signed_document" for p in out):
                return  # "The MOU was signed by A and B, …": the signing already recorded, told again
            if amt is not None and GIVE_RE.search(sent) and not _FUTURE_GIVE_RE.search(sent) and (
                    PAST_GIVING_RE.search(sent) or _PAST_SIMPLE_GIVE_RE.search(sent)):
                # "has provided a total of USD 41 million since 2015", "provided USD 300,000 in
                # emergency relief on August 30": a record, not a pledge
                return
            if amt is not None and _past_gift_clause(sent):
                return  # "The ROK provided USD 2 million … in March, and the Government hopes that …"
            if amt is not None and GIVE_RE.search(sent):
                kind, amount, cur = "contribution", amt, c
                actor_txt = "the ROK government"
                for am in _GIVER_RE.finditer(sent):
                    # "Deputy Minister Kim announced that the ROK will provide …": the first
                    # subject that names a country or organization
                    if self._actor(am.group("actor"))[0]:
                        actor_txt = am.group("actor")
                        break
            elif "sign" in kinds and _RX5.search(sent) and _ACTIVE_SIGNED_RE.search(sent):
                kind, actor_txt = "signed_document", "the two sides"
                sm = _SIGNER_RE.search(sent)
                if sm and sm.group("actor").lower() not in ("they", "the two top diplomats"):
                    actor_txt = sm.group("actor")
            elif "agree" in kinds:
                kind, actor_txt = "agreement", "the two sides"
            elif "propose" in kinds:
                kind = "proposal"
                pm = _PROPOSER_RE.search(sent)
                actor_txt = pm.group("actor") if pm else ""
                conf = 0.75
            else:
                pm = _RX6.search(sent)
                if pm:
                    subj = [k for a, b, k in self.orgs.claimed if s <= a < s + pm.start()]
                    if subj:
                        names = list(dict.fromkeys(self.orgs.orgs[k].name for k in subj))
                        cc = {self.orgs.orgs[k].country for k in subj}
                        out.append(PledgeMention(text=sent, kind="commitment", actor=" and ".join(names),
                                                 actor_country=cc.pop() if len(cc) == 1 else None,
                                                 actor_organization_key=subj[0] if len(set(subj)) == 1 else None,
                                                 span=self.t.span(s, e), confidence=0.8))
                        return
                future = " will " in sent or " shall " in sent
                cm = (COMMIT_RE.search(sent) if future else None) or (
                    PROMISE_RE.search(sent) if _PROMISE_HINT.search(sent) else None)
                if future and (cm is None or not self._actor(cm.group("actor"))[0]) and _generic_before_will(sent):
                    cm = _GENERIC_COMMIT_RE.search(sent) or cm  # "the agency will …"
                if future and (cm is None or not self._actor(cm.group("actor"))[0]) and _POSS_HINT_RE.search(sent):
                    cm = _POSS_COMMIT_RE.search(sent) or cm  # "his ministry will …", "the Embassy will …"
                if future and (cm is None or not self._actor(cm.group("actor"))[0]) and " and " in sent:
                    cm = _SUBJ_AND_WILL_RE.search(sent) or cm  # "The Government restates …, and will …"
                if cm is None and " would " in sent:
                    cm = _REPORTED_WOULD_RE.search(sent)  # "stressed that the ROK would strengthen …"
                if cm is None and " would " in sent:
                    cm = rules_r6d.REPORTED_POSS_WOULD_RE.search(sent)  # "said that his government would …"
                if future and (cm is None or not self._actor(cm.group("actor"))[0]) and ", " in sent:
                    cm = _APPOSITION_COMMIT_RE.search(sent) or cm  # "the ROK, as a member of …, will"
                if cm is None and amt is None:
                    cm = rules_r6d.government_decision(sent)  # "The government has decided to dispatch …"
                if cm and not _RX7.search(sent[: cm.start() + 1]):
                    pre = sent[: cm.start()]
                    if HOPE_RE.search(pre[-80:]) and not rules_r6d.hope_intro_closed(pre):
                        return
                    if rules_r6d.prediction_before(pre[-80:]):
                        return  # "expressed his confidence that the two countries … will …"
                    if _agenda_verb(sent, cm):
                        return  # "The two sides will review … and discuss …": a planned meeting's agenda
                    if SCHEDULE_RE.search(sent) or _schedule_verb(sent, cm):
                        return  # "will consult … on an alternative date": a schedule, not a pledge
                    actor_txt = cm.group("actor")
                    actor_end = s + cm.end("actor")
                    kind = "commitment"
                    if REPORTED_RE.search(text[s0:s] + pre) or cm.re in (_REPORTED_WOULD_RE, rules_r6d.REPORTED_POSS_WOULD_RE):
                        conf = 0.6
                    if "verb" in cm.re.groupindex and cm.group("verb") == "sign" and _WILL_SIGN_RE.search(sent):
                        kind = "signed_document"  # "the two sides will sign an MOU" with the meeting
            if kind is None:
                return
            actor, country, org = self._actor(actor_txt) if actor_txt else ("", None, None)
            if kind == "signed_document" and actor in ("", "two top diplomats", "the two sides"):
                actor, country, org = self._signers(s, sent) or self._sides()
            if kind == "contribution" and actor_txt == "the ROK government":
                actor, country, org = self._org_subject(s, sent) or (actor, country, org)
            if kind == "commitment" and actor and actor_end > 0:
                # "the Permanent Mission … to the African Union will": the longer name is the actor
                longer = sorted((a, k) for a, b, k in self.orgs.claimed if b == actor_end and a >= s
                                and a < actor_end - len(actor_txt.strip()))
                if longer:
                    o = self.orgs.orgs[longer[0][1]]
                    actor, country, org = o.name, o.country, longer[0][1]
            if kind == "commitment" and not actor and actor_end > 0:
                generic = self._generic_org(s0, actor_end, actor_txt)
                if generic:
                    actor, country, org = generic
            if kind == "commitment" and not actor and actor_end > 0:
                # "The Ministry of Foreign Affairs will …": an organization ends where the actor does
                ending = sorted((a, k) for a, b, k in self.orgs.claimed if b == actor_end and a >= s)
                if ending:  # the longest: "the Permanent Mission … to the African Union will"
                    k = ending[0][1]
                    o = self.orgs.orgs[k]
                    actor, country, org = o.name, o.country, k
            if kind == "commitment" and not actor and actor_end > 0:
                own = self._own_body(s0, actor_end, actor_txt)  # "the Embassy will …"
                if own:
                    actor, country, org = own
            if kind == "commitment" and actor_txt in ("We", "we") and cm is not None:
                who = rules_r6d.person_promise_actor(self.people, s, s0, s + cm.start("actor"))
                if who and who[0] != HOME:  # "Minister Munoz said, “We will …”": the speaker's country
                    actor, country, org = country_name(who[0]), who[0], None
            if kind == "commitment" and not actor and cm is not None and cm.re is PROMISE_RE:
                who = rules_r6d.person_promise_actor(self.people, s, s + cm.start("actor"), s + cm.end("actor"))
                if who:  # "Minister Munoz vowed to …": the person's country
                    country, org = who[0], None
                    actor = "Republic of Korea" if country == HOME else country_name(country)
            if kind == "commitment" and not actor:
                return
            if kind == "proposal" and not actor:
                # "Deputy Minister Ham proposed": the person's country
                for m in self.people.mentions:
                    if s <= m.start < e:
                        p = self.people.people[m.key]
                        actor = "Republic of Korea" if p.country == HOME else (country_name(p.country) if p.country else p.name)
                        country, org = p.country, p.org_key
                        break
            out.append(PledgeMention(text=sent, kind=kind, actor=actor, actor_country=country,
                                     actor_organization_key=org, amount=amount, currency=cur,
                                     meeting_key=mkey if kind in ("agreement", "signed_document", "proposal") else None,
                                     span=self.t.span(s, e), confidence=conf))
