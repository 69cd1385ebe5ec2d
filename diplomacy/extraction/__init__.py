"""Parsing and extraction of MOFA press releases (pure Python, no Django)."""

from .cleaning import MAX_BYTES, parse_release
from .types import *  # noqa: F401,F403
from .types import (
    Extraction,
    Gazetteer,
    KnownOrganization,
    KnownPerson,
    KnownTenure,
    MeetingMention,
    OrganizationMention,
    ParsedRelease,
    ParseError,
    ParticipantMention,
    PartialDate,
    PersonMention,
    PledgeMention,
    Span,
)

from .pipeline import EXTRACTOR_VERSION  # noqa: E402


from .gazetteer import default_gazetteer, load_gazetteer  # noqa: E402
from .pipeline import extract  # noqa: E402

__all__ = [
    "EXTRACTOR_VERSION", "MAX_BYTES", "parse_release", "extract", "default_gazetteer",
    "load_gazetteer", "Extraction", "Gazetteer", "KnownOrganization", "KnownPerson",
    "KnownTenure", "MeetingMention", "OrganizationMention", "ParsedRelease", "ParseError",
    "ParticipantMention", "PartialDate", "PersonMention", "PledgeMention", "Span",
]
