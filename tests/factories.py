"""factory_boy factories for model rows used across the test suite."""

import datetime as dt

import factory
from django.utils import timezone

from diplomacy import models as m


class ReleaseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.Release

    source_name = factory.Sequence(lambda n: f"test_{n:05d}.txt")
    checksum = factory.Sequence(lambda n: f"{n:064x}")
    title = factory.Sequence(lambda n: f"Foreign Minister Meets Counterpart {n}")
    cleaned_text = factory.LazyAttribute(
        lambda o: f"{o.title}\n\n1. Foreign Minister Kim Min-su met his counterpart in Seoul."
    )
    raw_text = factory.LazyAttribute(lambda o: o.cleaned_text)
    section = "Press Releases"
    published_on = dt.date(2016, 6, 13)
    hits = 100
    loaded_at = factory.LazyFunction(timezone.now)
    extractor_version = "test"


class OrganizationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.Organization

    name = factory.Sequence(lambda n: f"Ministry of Examples {n}")
    kind = m.OrganizationKind.MINISTRY
    country = "KR"


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.Person

    name = factory.Sequence(lambda n: f"Kim Min-su {n}")
    family_name = "Kim"
    given_name = factory.Sequence(lambda n: f"Min-su {n}")
    name_order = m.NameOrder.FAMILY_FIRST
    country = "KR"


class PositionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.Position

    person = factory.SubFactory(PersonFactory)
    title = "Minister of Foreign Affairs"
    organization = factory.SubFactory(OrganizationFactory)
    first_seen = dt.date(2016, 6, 13)
    last_seen = dt.date(2016, 6, 13)


class MeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.Meeting

    title = factory.Sequence(lambda n: f"Meeting of foreign ministers {n}")
    kind = m.MeetingKind.MEETING
    status = m.MeetingStatus.HELD
    date = dt.date(2016, 6, 13)
    date_precision = m.DatePrecision.DAY
    city = "Moscow"
    country = "RU"
    format = m.MeetingFormat.IN_PERSON


class MeetingReleaseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.MeetingRelease

    meeting = factory.SubFactory(MeetingFactory)
    release = factory.SubFactory(ReleaseFactory)
    extraction_key = factory.Sequence(lambda n: f"meeting:{n}")


class ParticipationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.Participation

    meeting = factory.SubFactory(MeetingFactory)
    person = factory.SubFactory(PersonFactory)
    name_as_written = factory.LazyAttribute(lambda o: o.person.name if o.person else "someone")
    role = m.ParticipantRole.COUNTERPART
    title = "Foreign Minister"


class PledgeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.Pledge

    text = factory.Sequence(lambda n: f"The ROK will contribute to peacekeeping ({n}).")
    kind = m.PledgeKind.COMMITMENT
    actor = "Republic of Korea"
    actor_country = "KR"
    release = factory.SubFactory(ReleaseFactory)
    extraction_key = factory.Sequence(lambda n: f"pledge:{n}")


class PledgeStatusChangeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.PledgeStatusChange

    pledge = factory.SubFactory(PledgeFactory)
    changed_on = dt.date(2017, 1, 1)
    firmness = m.PledgeFirmness.COMMITTED
    fulfilment = m.PledgeFulfilment.IN_THE_WORKS


class EvidenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.Evidence

    release = factory.SubFactory(ReleaseFactory)
    start = 0
    end = 10
    sentence_start = 0
    sentence_end = 40
    quote = "Foreign Mi"
    field = "name"
    meeting = factory.SubFactory(MeetingFactory)


class PersonAliasFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.PersonAlias

    person = factory.SubFactory(PersonFactory)
    name = factory.Sequence(lambda n: f"Minister Kim {n}")


class OrganizationAliasFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.OrganizationAlias

    organization = factory.SubFactory(OrganizationFactory)
    name = factory.Sequence(lambda n: f"Example Ministry {n}")


# --- curation (tests/curation) ------------------------------------------------------------


class NotSamePersonFactory(factory.django.DjangoModelFactory):
    """Pass ``first``/``second`` already ordered (first.pk < second.pk)."""

    class Meta:
        model = m.NotSamePerson

    first = factory.SubFactory(PersonFactory)
    second = factory.SubFactory(PersonFactory)


class NotSameOrganizationFactory(factory.django.DjangoModelFactory):
    """Pass ``first``/``second`` already ordered (first.pk < second.pk)."""

    class Meta:
        model = m.NotSameOrganization

    first = factory.SubFactory(OrganizationFactory)
    second = factory.SubFactory(OrganizationFactory)
