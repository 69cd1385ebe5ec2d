"""Round r6d: pledges as real MOFA releases phrase them.

Pure functions over one sentence (or clause); ``pledges.PledgeFinder`` calls them through a few
hook lines. Each handles one family of phrasing seen in real releases that the earlier rules
missed or over-read:

- ``money_after``: an amount with the currency code after the number ("100,000 USD",
  "5 million USD", "500 million KRW"), used when no code-first amount is found.
- ``not_undertaken_amount``: an amount that records giving already done or ongoing ("the ROK
  had provided 13.45 million US dollars", "running the fund with an annual budget of US$1
  million since 2013", "thanked the ROK for its contribution of USD 1 million") with no verb
  of a new undertaking; the noun "pledge" ("besides the new pledge of US$ 10 million") is
  not such a verb.
  A tally of many donors ("39 countries, including Korea, pledged a combined 467 million U.S.
  dollars") is no one's undertaking either.
- ``collective_decision``: "The foreign ministers decided to …", "They also decided to …": a
  decision of several parties, read as an agreement.
- ``government_decision``: "The Korean government has decided to dispatch …" (no amount): a
  government's decision to act, read as a commitment.
- ``appraisal_only``: "agreed on the importance of …": a shared appraisal, not an undertaking.
- ``hope_intro_closed``: "With the hope that the assistance will help …, the government will
  continue …": the hope is an introductory clause closed by a comma, so the main clause's
  "will" stays a commitment.
- ``APPOSITION_COMMIT_RE``: "the ROK, as a non-permanent member of … and a member of …, will
  continue …": a long appositive between the actor and "will".
- ``prediction_before``: "expressed confidence that … will": a forecast, like a hope.
- ``second_subject_split``: "The two sides agreed to …, and Minister Kang also proposed …": two
  undertakings of different subjects in one sentence, read as two clauses.
- ``REPORTED_POSS_WOULD_RE``: "Minister X said that his government would continue to …": a
  commitment in reported speech whose actor is the speaker's own government or ministry.
- ``person_promise_actor``: "Minister Munoz vowed to …", "Minister Kang promised to …": a person
  promising on the government's behalf; the actor is the person's country.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

_NUM = r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
_SCALE = r"(?:\s?(million|billion|thousand|mn|bn)\b)?"
_MONEY_AFTER_RE = re.compile(r"(?<![\w.,])" + _NUM + _SCALE + r"\s(USD|KRW|EUR|JPY|GBP)\b")
_SCALES = {"million": Decimal(10) ** 6, "mn": Decimal(10) ** 6, "billion": Decimal(10) ** 9,
           "bn": Decimal(10) ** 9, "thousand": Decimal(1000)}


def money_after(sent: str):
    """(amount, ISO code, span) of the first "<number> [million] <CODE>" amount, else None."""
    m = _MONEY_AFTER_RE.search(sent)
    if not m:
        return None
    try:
        amt = Decimal(m.group(1).replace(",", ""))
    except InvalidOperation:
        return None
    if m.group(2):
        amt *= _SCALES[m.group(2).lower()]
    return amt, m.group(3), (m.start(), m.end())


# a verb of a new undertaking (not the noun "pledge": "besides the new pledge of US$ 10 million")
_UNDERTAKING_RE = re.compile(
    r"\b(?:will|would|shall|decided to|decides to|has decided|have decided|plans? to|planned to|intends? to|"
    r"is to|are to|pledged|pledges to|pledge to|committed|promised|agreed|announced|offered to|"
    r"is going to|are going to|aims? to)\b")
_DONE_GIVING_RE = re.compile(
    r"\b(?:has|have|had) (?:so far |already |\w+ly )?(?:provided|contributed|donated|given|disbursed|extended|"
    r"delivered|granted|allocated|sent|expanded)\b")
_ONGOING_RE = re.compile(
    r"\b(?:annually|annual|a year|per year|each year|every year|since (?:19|20)\d\d|so far|to date|"
    r"over the past|in the past|last year|earlier this year)\b")
_THANKS_RE = re.compile(
    r"\b(?:thanked|praised|appreciated|commended|welcomed|hailed|lauded|expressed (?:\w+ )?(?:gratitude|appreciation|thanks))\b")


_TALLY_RE = re.compile(
    r"\b(?:\d+|many|several|participating|other|donor|all|the) (?:donor |participating |member )?"
    r"(?:countries|donors|participants|member states|governments|nations)\b[^.;]{0,60}?\b(?:pledged|committed|"
    r"announced|contributed|raised)\b[^.;]{0,20}?\b(?:a combined|a total of|combined|in total|collectively)\b")


def not_undertaken_amount(sent: str, money_start: int) -> bool:
    """The sentence's amount records giving done or ongoing, with no verb of a new undertaking,
    or is a tally of many donors' pledges."""
    t = _TALLY_RE.search(sent)
    if t is not None and t.end() <= money_start + 1:
        return True
    if _UNDERTAKING_RE.search(sent):
        return False
    if _DONE_GIVING_RE.search(sent) or _ONGOING_RE.search(sent):
        return True
    t = _THANKS_RE.search(sent)
    return t is not None and t.start() < money_start


_COLLECTIVE = (r"(?:(?:[Tt]he|[Bb]oth|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Aa]ll) (?:\w+ ){0,2}?"
               r"(?:sides|ministers|Ministers|leaders|countries|parties|participants|delegations|governments|"
               r"top diplomats|heads of delegation|[Ss]tates)|[Tt]hey)")
_COLLECTIVE_DECISION_RE = re.compile(r"\b" + _COLLECTIVE + r"\s(?:also\s|further\s|jointly\s|then\s)?decided to\s[a-z]")


def collective_decision(sent: str) -> bool:
    """"The foreign ministers (also) decided to …", "They decided to …"."""
    return "decided to" in sent and _COLLECTIVE_DECISION_RE.search(sent) is not None


GOVERNMENT_DECISION_RE = re.compile(
    r"(?P<actor>(?:[Tt]he )?(?:Government of the Republic of Korea|government of the Republic of Korea|"
    r"ROK government|Korean government|Korean Government|ROK Government|Government|government|ROK|Republic of Korea))"
    r"\s(?:has\s|have\s)?(?:also\s|therefore\s|thus\s)?decided to\s(?:further\s|also\s)?(?P<verb>[a-z]+)")


def government_decision(sent: str):
    """"The Korean government has decided to dispatch …": the match (actor, verb), else None."""
    if "decided to" not in sent:
        return None
    return GOVERNMENT_DECISION_RE.search(sent)


_APPRAISAL_RE = re.compile(r"\b(?:agreed|concurred) on the (?:importance|significance|value|meaning|usefulness)\b")
_AGREE_ANY_RE = re.compile(r"\b(?:agreed|agree|concurred|reached (?:an |a )?(?:agreement|consensus))\b")


def appraisal_only(sent: str) -> bool:
    """Every "agreed" of the sentence is "agreed on the importance of …"."""
    n = len(_APPRAISAL_RE.findall(sent))
    return n > 0 and n == len(_AGREE_ANY_RE.findall(sent))


_HOPE_INTRO_RE = re.compile(r"^(?:\d{1,2}\.\s*)?(?:[°o•◦\-–]\s*)?(?:With|In) (?:the |a )?(?:hope|hopes|expectation|wish)\b[^,]*,\s")


def hope_intro_closed(pre: str) -> bool:
    """The text before the actor is only an introductory "With the hope that …," clause."""
    m = _HOPE_INTRO_RE.match(pre)
    return m is not None and m.end() >= len(pre.rstrip()) - 1 and "," not in pre[m.end():]


_PREDICTION_RE = re.compile(r"\b(?:confident|confidence|optimistic|optimism|convinced|conviction|trust that|anticipated|"
                            r"anticipates|foresaw|predicted)\b")


def prediction_before(pre: str) -> bool:
    """"expressed his confidence that the two countries … will deepen …": a forecast."""
    return _PREDICTION_RE.search(pre) is not None


def apposition_commit_re(actor: str) -> re.Pattern:
    """"<actor>, as/which/who …, will <verb>" with an appositive of up to 240 characters."""
    return re.compile(
        r"(?P<actor>" + actor + r"),\s(?:as|which|who|being|in its capacity as|a|an)\s[^;]{1,240}?,\s(?:will|shall)\s"
        r"(?:further\s|also\s|actively\s|continue to\s|fully\s|closely\s|seek to\s)*"
        r"(?!be\b|help\b|see\b|never\b|have\b|become a\b|serve\b|mark\b|offer an\b)(?P<verb>[a-z]+)")


def person_promise_actor(people, s: int, actor_start: int, actor_end: int):
    """The person named as the subject of "vowed/promised/pledged/committed to": (country code,
    org key) of the first person mentioned in ``[actor_start, actor_end]``, else None."""
    for m in people.mentions:
        if actor_start <= m.start <= actor_end:
            p = people.people[m.key]
            if p.country:
                return p.country, p.org_key
    return None


_SECOND_SUBJECT_RE = re.compile(
    r",? (?:and|while|whereas) (?=(?:[A-Z][\w’'-]*(?:-[A-Z][\w’'-]*)? ){1,4}(?:also |further |in turn |then )?"
    r"(?:proposed|suggested|put forward|pledged|vowed|promised|offered to|agreed to|signed)\b)")
_FIRST_TRIGGER_RE = re.compile(r"\b(?:agreed (?:to|on|that|upon)|proposed|suggested|signed|will|shall|pledged|vowed|promised)\b")


def second_subject_split(text: str, s: int, e: int):
    """Split point (start, end of the joint) of "<undertaking>, and <Name> (also) proposed …",
    when the first part carries an undertaking of its own, else None."""
    m = _SECOND_SUBJECT_RE.search(text, s, e)
    if m is None or not _FIRST_TRIGGER_RE.search(text, s, m.start()):
        return None
    return m.start(), m.end()


def reported_poss_would_re(prefix: str) -> re.Pattern:
    """"<reporting verb> that his/her/their/its government|country|ministry would <verb>"."""
    return re.compile(
        r"\b(?:said|stressed|noted|emphasized|underscored|added|stated|explained|affirmed|reaffirmed|assured|"
        r"made clear|pledged|promised|vowed) that (?P<actor>(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts) (?:government|country|"
        r"ministry|organi[sz]ation|agency))\swould\s(?:further\s|also\s|actively\s|continue to\s|fully\s|closely\s)*"
        r"(?!be\b|help\b|see\b|never\b|have\b|become a\b|serve\b|mark\b|like\b|love\b)(?P<verb>[a-z]+)")


REPORTED_POSS_WOULD_RE = reported_poss_would_re("")
