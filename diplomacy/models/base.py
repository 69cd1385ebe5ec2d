"""Vocabularies and the curation fields every extracted record carries."""

from django.conf import settings
from django.db import models
from django.db.models import Q

from diplomacy.extraction import types as vocab


class ReviewStatus(models.TextChoices):
    UNREVIEWED = "unreviewed", "Unreviewed"
    VERIFIED = "verified", "Verified"
    REJECTED = "rejected", "Rejected"


class DatePrecision(models.TextChoices):
    DAY = "day", "Day"
    MONTH = "month", "Month"
    YEAR = "year", "Year"


class MeetingKind(models.TextChoices):
    MEETING = "meeting", "Meeting / talks"
    SUMMIT = "summit", "Summit"
    CONSULTATION = "consultation", "Consultation / dialogue"
    COMMITTEE = "committee", "Committee meeting"
    CONFERENCE = "conference", "Conference / forum"
    PHONE_CALL = "phone_call", "Telephone talk"
    VISIT = "visit", "Visit"
    SIGNING = "signing", "Signing"
    MEAL = "meal", "Working meal"
    BRIEFING = "briefing", "Briefing"
    OTHER = "other", "Other"


class MeetingStatus(models.TextChoices):
    HELD = "held", "Held"
    PLANNED = "planned", "Planned"
    CANCELLED = "cancelled", "Cancelled"


class MeetingFormat(models.TextChoices):
    IN_PERSON = "in_person", "In person"
    VIRTUAL = "virtual", "Virtual"
    PHONE = "phone", "Phone"


class ParticipantRole(models.TextChoices):
    CHAIR = "chair", "Chair"
    CO_CHAIR = "co_chair", "Co-chair"
    HOST = "host", "Host"
    VISITOR = "visitor", "Visitor"
    COUNTERPART = "counterpart", "Counterpart"
    ATTENDEE = "attendee", "Attendee"
    SIGNATORY = "signatory", "Signatory"
    SPEAKER = "speaker", "Speaker"
    DELEGATE = "delegate", "Delegate"


class OrganizationKind(models.TextChoices):
    MINISTRY = "ministry", "Ministry"
    GOVERNMENT_AGENCY = "government_agency", "Government agency"
    HEAD_OF_STATE_OFFICE = "head_of_state_office", "Office of the head of state/government"
    INTERNATIONAL_ORGANIZATION = "international_organization", "International organization"
    UN_BODY = "un_body", "UN body"
    DIPLOMATIC_MISSION = "diplomatic_mission", "Diplomatic mission"
    LEGISLATURE = "legislature", "Legislature"
    MILITARY = "military", "Military"
    RESEARCH_INSTITUTE = "research_institute", "Research institute"
    COMPANY = "company", "Company"
    NGO = "ngo", "Non-governmental organization"
    OTHER = "other", "Other"


class PledgeKind(models.TextChoices):
    COMMITMENT = "commitment", "Commitment"
    AGREEMENT = "agreement", "Agreement"
    SIGNED_DOCUMENT = "signed_document", "Signed document"
    PROPOSAL = "proposal", "Proposal"
    CONTRIBUTION = "contribution", "Announced contribution"


class PledgeFirmness(models.TextChoices):
    ANNOUNCED = "announced", "Announced"
    COMMITTED = "committed", "Committed"
    DELIVERED = "delivered", "Delivered"


class PledgeFulfilment(models.TextChoices):
    NOT_RATED = "not_rated", "Not yet rated"
    IN_THE_WORKS = "in_the_works", "In the works"
    STALLED = "stalled", "Stalled"
    COMPROMISE = "compromise", "Compromise"
    KEPT = "kept", "Kept"
    BROKEN = "broken", "Broken"

    @classmethod
    def open_values(cls) -> list[str]:
        """Fulfilment states of a pledge that is still open (not kept, broken or settled)."""
        return [cls.NOT_RATED, cls.IN_THE_WORKS, cls.STALLED]


class NameOrder(models.TextChoices):
    FAMILY_FIRST = "family_first", "Family name first"
    GIVEN_FIRST = "given_first", "Given name first"


# The pure extraction layer spells the same vocabularies as tuples of strings;
# tests/test_models.py checks the two stay in step.
VOCABULARY_PAIRS = (
    (MeetingKind, vocab.MEETING_KINDS),
    (MeetingStatus, vocab.MEETING_STATUSES),
    (MeetingFormat, vocab.MEETING_FORMATS),
    (DatePrecision, vocab.DATE_PRECISIONS),
    (ParticipantRole, vocab.PARTICIPANT_ROLES),
    (OrganizationKind, vocab.ORGANIZATION_KINDS),
    (PledgeKind, vocab.PLEDGE_KINDS),
    (NameOrder, vocab.NAME_ORDERS),
)


class CuratedModel(models.Model):
    """Fields every extracted, curated record carries.

    ``edited_fields`` lists the fields a person changed (the admin and the pages add to it);
    the loader never writes those fields, and never touches a verified or rejected record
    except to add evidence.
    """

    review_status = models.CharField(
        max_length=10, choices=ReviewStatus.choices, default=ReviewStatus.UNREVIEWED
    )
    confidence = models.FloatField(
        default=1.0, help_text="How sure the extractor was, from 0 to 1 (1 for staff entries)."
    )
    edited_fields = models.JSONField(
        default=list,
        blank=True,
        help_text="Fields a person has edited; loads never overwrite them.",
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True
        constraints = [
            models.CheckConstraint(
                condition=Q(confidence__gte=0) & Q(confidence__lte=1),
                name="%(app_label)s_%(class)s_confidence_0_1",
            ),
            models.CheckConstraint(
                condition=Q(review_status__in=ReviewStatus.values),
                name="%(app_label)s_%(class)s_review_status_valid",
            ),
        ]

    @property
    def is_locked(self) -> bool:
        """Verified and rejected records are not changed by loads."""
        return self.review_status != ReviewStatus.UNREVIEWED

    def mark_edited(self, field_names) -> None:
        """Remember that a person edited these fields (keeps the list sorted and unique)."""
        self.edited_fields = sorted(set(self.edited_fields or []) | set(field_names))


def alias_key(text: str) -> str:
    """The form aliases are compared in: case-folded, single spaces, plain quotes."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ")
    return " ".join(text.casefold().split())


class AliasModel(models.Model):
    """A written form of a record's name ("Minister Yun", "Sergey LAVROV", "the Ministry").

    The columns PersonAlias and OrganizationAlias share; each subclass adds the foreign key to
    the record it names, its unique constraint and indexes (abstract: no table of its own,
    and the subclasses' tables are unchanged). ``normalized`` (``alias_key`` of the name) is
    what the loader and the searches match on; ``save()`` keeps it in step (bulk writes must
    set it themselves).
    """

    class Source(models.TextChoices):
        EXTRACTED = "extracted", "Seen in a release"
        GAZETTEER = "gazetteer", "Gazetteer"
        STAFF = "staff", "Added by staff"
        MERGE = "merge", "Name of a merged record"

    name = models.CharField(max_length=300)
    normalized = models.CharField(max_length=300, editable=False)
    source = models.CharField(max_length=10, choices=Source.choices, default=Source.EXTRACTED)

    class Meta:
        abstract = True
        ordering = ["name", "id"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.normalized = alias_key(self.name)
        super().save(*args, **kwargs)
