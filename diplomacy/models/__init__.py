"""The data model of diplomatic activity, one module per model family."""

from .base import (
    CuratedModel,
    DatePrecision,
    MeetingFormat,
    MeetingKind,
    MeetingStatus,
    NameOrder,
    OrganizationKind,
    ParticipantRole,
    PledgeFirmness,
    PledgeFulfilment,
    PledgeKind,
    ReviewStatus,
    alias_key,
)
from .evidence import (
    EVIDENCE_TARGETS,
    Evidence,
    MergeRecord,
    NotSameOrganization,
    NotSamePerson,
)
from .meetings import (
    CountryMeetingCount,
    Meeting,
    MeetingCountry,
    MeetingRelease,
    Participation,
)
from .organizations import Organization, OrganizationAlias
from .people import Person, PersonAlias, Position
from .pledges import Pledge, PledgeStatusChange
from .releases import Release

# receivers that keep MeetingCountry in step with single-row saves and deletes
from . import meeting_countries  # noqa: E402, F401  isort: skip

__all__ = [
    "CountryMeetingCount",
    "EVIDENCE_TARGETS",
    "CuratedModel",
    "DatePrecision",
    "Evidence",
    "Meeting",
    "MeetingCountry",
    "MeetingFormat",
    "MeetingKind",
    "MeetingRelease",
    "MeetingStatus",
    "MergeRecord",
    "NameOrder",
    "NotSameOrganization",
    "NotSamePerson",
    "Organization",
    "OrganizationAlias",
    "OrganizationKind",
    "ParticipantRole",
    "Participation",
    "Person",
    "PersonAlias",
    "Pledge",
    "PledgeFirmness",
    "PledgeFulfilment",
    "PledgeKind",
    "PledgeStatusChange",
    "Position",
    "Release",
    "ReviewStatus",
    "alias_key",
]
