"""Plain data produced by the parsing and extraction layer.

This module is the contract between the pure-Python extractor (``diplomacy.extraction``) and
the Django loader (``diplomacy.loading``). It imports nothing from Django. Every value is a
plain Python value (str, int, Decimal, date, time, datetime, tuples/lists of dataclasses).

Vocabularies are plain strings; the Django models define the same values as ``TextChoices``
(``diplomacy.models``) and a test checks that the two stay in step.

Offsets: every ``Span`` indexes into ``ParsedRelease.cleaned_text`` (Python ``str`` indices,
half-open ``[start, end)``), so ``cleaned_text[span.start:span.end]`` is the mention as
written and ``cleaned_text[span.sentence_start:span.sentence_end]`` its sentence.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

# --- vocabularies (mirrored by TextChoices in diplomacy.models) ---------------------------

MEETING_KINDS = (
    "meeting",  # bilateral / generic meeting or talks
    "summit",
    "consultation",  # policy consultation, strategic dialogue
    "committee",  # committee / preparatory committee / commission meeting
    "conference",  # conference, forum, ministerial, workshop, seminar
    "phone_call",  # telephone talks
    "visit",  # official visit as a whole
    "signing",  # signing ceremony of a document
    "meal",  # working luncheon / dinner / breakfast
    "briefing",  # press briefing, briefing session
    "other",
)
MEETING_STATUSES = ("held", "planned", "cancelled")
MEETING_FORMATS = ("in_person", "virtual", "phone")
DATE_PRECISIONS = ("day", "month", "year")
PARTICIPANT_ROLES = (
    "chair",
    "co_chair",
    "host",
    "visitor",
    "counterpart",  # the other side in a bilateral meeting
    "attendee",
    "signatory",
    "speaker",  # e.g. the spokesperson giving a briefing
    "delegate",
)
ORGANIZATION_KINDS = (
    "ministry",
    "government_agency",
    "head_of_state_office",
    "international_organization",
    "un_body",
    "diplomatic_mission",
    "legislature",
    "military",
    "research_institute",
    "company",
    "ngo",
    "other",
)
PLEDGE_KINDS = (
    "commitment",  # "The ROK will seek to ...", "will fully commit to ..."
    "agreement",  # "the two sides agreed to ..."
    "signed_document",  # "signed the plan of exchanges ..."
    "proposal",  # "proposed ..."
    "contribution",  # "USD 10 million in humanitarian assistance"
)
NAME_ORDERS = ("family_first", "given_first")


@dataclass(frozen=True, slots=True)
class Span:
    """Where a fact was read: ``[start, end)`` of the mention, and of its sentence."""

    start: int
    end: int
    sentence_start: int
    sentence_end: int


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date known to a precision. ``value`` is a real date (day 1 / Jan 1 fill the unknown
    parts; ``precision`` says which parts are real). ``inferred`` is True when any part (most
    often the year) did not stand in the sentence; ``reason`` says why in words. ``uncertain``
    is True when the evidence did not settle the year: then ``value`` carries the best guess
    (or is None) and staff must confirm."""

    value: dt.date | None
    precision: str | None  # one of DATE_PRECISIONS, or None when value is None
    inferred: bool = False
    reason: str = ""
    uncertain: bool = False


@dataclass(slots=True)
class ParsedRelease:
    """A release file after cleaning: page furniture dropped, metadata read."""

    source_name: str  # file name, e.g. "000_940ec65df01a73d9.txt"
    checksum: str  # sha256 hex of the raw bytes
    raw_text: str
    cleaned_text: str  # title + body, normalised (NBSP -> space, curly quotes kept)
    title: str
    title_span: Span | None
    section: str  # "Press Releases", "Press Briefings", "" when absent
    published_at: dt.datetime | None  # naive, Seoul local time when the page gives a time
    published_on: dt.date | None
    has_time: bool  # True when the date block gave a time of day
    hits: int | None
    notes: list[str] = field(default_factory=list)  # e.g. ["unofficial translation"]
    other_language_headers: list[str] = field(default_factory=list)  # "Noticias y Anuncios"
    sentences: list[tuple[int, int]] = field(default_factory=list)  # spans in cleaned_text


class ParseError(ValueError):
    """A file that cannot be read as a release. ``line`` is 1-based when it helps."""

    def __init__(self, message: str, *, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.line = line

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else self.message


@dataclass(slots=True)
class OrganizationMention:
    key: str  # local id within one extraction, e.g. "org:mofa-kr"
    name: str  # canonical name, e.g. "Ministry of Foreign Affairs"
    acronym: str = ""
    aliases: list[str] = field(default_factory=list)  # every other form seen in this release
    kind: str = "other"  # one of ORGANIZATION_KINDS
    country: str | None = None  # ISO 3166-1 alpha-2, e.g. "KR"
    parent_key: str | None = None
    spans: list[Span] = field(default_factory=list)
    confidence: float = 1.0
    known: bool = False  # True when it came from the gazetteer, False when discovered


@dataclass(slots=True)
class PersonMention:
    key: str  # local id, e.g. "person:yun-byung-se"
    name: str  # display name, Western-readable as the release writes it: "Yun Byung-se"
    family_name: str = ""
    given_name: str = ""
    name_order: str = "given_first"  # one of NAME_ORDERS
    aliases: list[str] = field(default_factory=list)  # "Minister Yun", "Sergey LAVROV"
    title: str = ""  # title as stated in this release, e.g. "Foreign Minister"
    organization_key: str | None = None
    country: str | None = None
    spans: list[Span] = field(default_factory=list)
    confidence: float = 1.0


@dataclass(slots=True)
class ParticipantMention:
    name_as_written: str  # "Foreign Minister Sergey Lavrov of Russia" or "the heads of ten ..."
    role: str  # one of PARTICIPANT_ROLES
    person_key: str | None = None  # None for unnamed participants
    title: str = ""
    organization_key: str | None = None
    span: Span | None = None


@dataclass(slots=True)
class MeetingMention:
    key: str
    title: str
    kind: str  # one of MEETING_KINDS
    status: str  # one of MEETING_STATUSES
    date: PartialDate
    time: dt.time | None = None
    city: str = ""
    country: str | None = None
    venue: str = ""
    format: str | None = None  # one of MEETING_FORMATS, None when unknown
    series: str = ""  # "Preparatory Committee Meeting for the 2021 Seoul UN Peacekeeping Ministerial"
    ordinal: int | None = None  # 4 for "4th"
    parent_key: str | None = None
    participants: list[ParticipantMention] = field(default_factory=list)
    organization_keys: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    confidence: float = 1.0


@dataclass(slots=True)
class PledgeMention:
    text: str  # verbatim sentence or clause
    kind: str  # one of PLEDGE_KINDS
    actor: str  # as people say it: "Republic of Korea", "NATO", "ROK and Russia"
    actor_country: str | None = None
    actor_organization_key: str | None = None
    amount: Decimal | None = None
    currency: str = ""  # ISO 4217, e.g. "USD"
    target_date: PartialDate | None = None
    meeting_key: str | None = None
    span: Span | None = None
    confidence: float = 1.0


@dataclass(slots=True)
class Extraction:
    release: ParsedRelease
    extractor_version: str
    organizations: list[OrganizationMention] = field(default_factory=list)
    people: list[PersonMention] = field(default_factory=list)
    meetings: list[MeetingMention] = field(default_factory=list)
    pledges: list[PledgeMention] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


# --- gazetteer: what the database already knows, passed in by the loader -----------------


@dataclass(frozen=True, slots=True)
class KnownOrganization:
    name: str
    acronym: str = ""
    aliases: tuple[str, ...] = ()
    kind: str = "other"
    country: str | None = None
    parent: str | None = None  # name of the parent organization
    db_id: int | None = None


@dataclass(frozen=True, slots=True)
class KnownTenure:
    title: str  # "Minister of Foreign Affairs"
    organization: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None


@dataclass(frozen=True, slots=True)
class KnownPerson:
    name: str
    family_name: str = ""
    given_name: str = ""
    name_order: str = "given_first"
    aliases: tuple[str, ...] = ()
    country: str | None = None
    tenures: tuple[KnownTenure, ...] = ()
    db_id: int | None = None


@dataclass(frozen=True, slots=True)
class Gazetteer:
    organizations: tuple[KnownOrganization, ...] = ()
    people: tuple[KnownPerson, ...] = ()
    titles: tuple[str, ...] = ()  # extra titles curators added
    # events with known years, e.g. {"Joint Conference on Disarmament ...": 2001}
    event_founding_years: tuple[tuple[str, int], ...] = ()
    # numbered editions of recurring events with anchors (series.EventSeries)
    event_series: tuple = ()
