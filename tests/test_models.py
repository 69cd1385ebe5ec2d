"""Database constraints and model behaviour of the data model."""

import datetime as dt

import pytest
from django.db import IntegrityError, transaction
from django.db.models import ProtectedError

from diplomacy import models as m
from diplomacy.dates import format_partial_date, iso_partial_date
from tests import factories as f

pytestmark = pytest.mark.django_db


def assert_integrity_error(make):
    with pytest.raises(IntegrityError), transaction.atomic():
        make()


@pytest.mark.parametrize(("choices", "values"), m.base.VOCABULARY_PAIRS)
def test_vocabularies_match_extraction_layer(choices, values):
    assert tuple(choices.values) == tuple(values)


def test_meeting_date_requires_precision():
    assert_integrity_error(lambda: f.MeetingFactory(date=dt.date(2021, 12, 1), date_precision=""))


def test_meeting_precision_requires_date():
    assert_integrity_error(lambda: f.MeetingFactory(date=None, date_precision="month"))


def test_meeting_without_date_is_allowed():
    meeting = f.MeetingFactory(date=None, date_precision="")
    assert meeting.date_display == ""


def test_meeting_kind_must_be_in_vocabulary():
    assert_integrity_error(lambda: f.MeetingFactory(kind="picnic"))


def test_confidence_must_be_between_0_and_1():
    assert_integrity_error(lambda: f.PersonFactory(confidence=1.5))


def test_organization_name_unique_per_country_case_insensitive():
    f.OrganizationFactory(name="Ministry of Foreign Affairs", country="KR")
    f.OrganizationFactory(name="Ministry of Foreign Affairs", country="RU")
    assert_integrity_error(
        lambda: f.OrganizationFactory(name="ministry of foreign affairs", country="KR")
    )


def test_alias_keeps_every_written_form_and_matches_case_insensitively():
    person = f.PersonFactory(name="Sergey Lavrov")
    alias = m.PersonAlias.objects.create(person=person, name="Sergey  LAVROV")
    assert alias.normalized == "sergey lavrov"
    m.PersonAlias.objects.create(person=person, name="Sergey Lavrov")
    assert_integrity_error(
        lambda: m.PersonAlias.objects.create(person=person, name="Sergey Lavrov")
    )
    assert list(m.Person.objects.by_alias("SERGEY LAVROV").distinct()) == [person]



@pytest.mark.parametrize(
    ("model", "owner"), [(m.PersonAlias, "person"), (m.OrganizationAlias, "organization")]
)
def test_aliases_share_the_alias_base_and_keep_their_tables(model, owner):
    from django.db import connection

    from diplomacy.models.base import AliasModel

    assert issubclass(model, AliasModel)
    assert model.Source is AliasModel.Source
    with connection.cursor() as cursor:
        columns = {
            c.name for c in connection.introspection.get_table_description(
                cursor, model._meta.db_table
            )
        }
    assert columns == {"id", f"{owner}_id", "name", "normalized", "source"}
    assert model._meta.ordering == ["name", "id"]
    assert {c.name for c in model._meta.constraints} == {f"{model._meta.model_name}_unique"}
    assert f"{model._meta.model_name}_norm_idx" in {i.name for i in model._meta.indexes}
    target = f.PersonFactory() if owner == "person" else f.OrganizationFactory()
    alias = model.objects.create(**{owner: target}, name="Minister\u00a0KANG ")
    assert (str(alias), alias.normalized, alias.source) == (
        "Minister\u00a0KANG ", "minister kang", "extracted"
    )
    assert alias.history.count() == 1

def test_position_dates_ordered():
    assert_integrity_error(
        lambda: f.PositionFactory(start_date=dt.date(2020, 1, 1), end_date=dt.date(2019, 1, 1))
    )


def test_pledge_amount_needs_currency():
    assert_integrity_error(lambda: f.PledgeFactory(amount=10_000_000, currency=""))
    pledge = f.PledgeFactory(amount=10_000_000, currency="USD")
    assert pledge.amount == 10_000_000


def test_pledge_extraction_key_unique_per_release():
    pledge = f.PledgeFactory(extraction_key="p1")
    assert_integrity_error(lambda: f.PledgeFactory(release=pledge.release, extraction_key="p1"))
    # blank keys (staff-created pledges) do not collide
    f.PledgeFactory(release=pledge.release, extraction_key="")
    f.PledgeFactory(release=pledge.release, extraction_key="")


def test_evidence_needs_exactly_one_target():
    release = f.ReleaseFactory()
    meeting = f.MeetingFactory()
    person = f.PersonFactory()
    assert_integrity_error(
        lambda: f.EvidenceFactory(release=release, meeting=meeting, person=person)
    )
    assert_integrity_error(lambda: f.EvidenceFactory(release=release, meeting=None))
    evidence = f.EvidenceFactory(release=release, meeting=None, person=person)
    assert evidence.target_name == "person"


def test_evidence_span_inside_sentence():
    assert_integrity_error(lambda: f.EvidenceFactory(start=5, end=50, sentence_end=40))


def test_not_same_pair_is_ordered():
    a, b = f.PersonFactory(), f.PersonFactory()
    assert_integrity_error(lambda: m.NotSamePerson.objects.create(first=b, second=a))
    m.NotSamePerson.objects.create(first=a, second=b)


def test_meeting_release_key_unique_per_release():
    link = f.MeetingReleaseFactory(extraction_key="meeting:1")
    assert_integrity_error(
        lambda: f.MeetingReleaseFactory(release=link.release, extraction_key="meeting:1")
    )


def test_deleting_person_with_participations_is_refused():
    participation = f.ParticipationFactory()
    with pytest.raises(ProtectedError):
        participation.person.delete()


def test_deleting_release_removes_its_evidence_and_links():
    link = f.MeetingReleaseFactory()
    f.EvidenceFactory(release=link.release, meeting=link.meeting)
    link.release.delete()
    assert m.Evidence.objects.count() == 0
    assert m.MeetingRelease.objects.count() == 0
    assert m.Meeting.objects.filter(pk=link.meeting.pk).exists()


def test_partial_dates_read_as_people_write_them():
    assert format_partial_date(dt.date(2021, 12, 1), "month") == "December 2021"
    assert format_partial_date(dt.date(2017, 11, 1), "day") == "1 November 2017"
    assert format_partial_date(dt.date(2021, 1, 1), "year") == "2021"
    assert iso_partial_date(dt.date(2021, 12, 1), "month") == "2021-12"
    assert iso_partial_date(None, "") is None


def test_meeting_queryset_with_country_includes_participants_country():
    in_moscow = f.MeetingFactory(country="RU", city="Moscow")
    in_seoul = f.MeetingFactory(country="KR", city="Seoul")
    lavrov = f.PersonFactory(name="Sergey Lavrov", country="RU")
    f.ParticipationFactory(meeting=in_seoul, person=lavrov)
    f.MeetingFactory(country="JP", city="Tokyo")
    assert set(m.Meeting.objects.with_country("RU")) == {in_moscow, in_seoul}


def test_pledge_open_excludes_kept_and_broken():
    open_one = f.PledgeFactory(fulfilment=m.PledgeFulfilment.IN_THE_WORKS)
    f.PledgeFactory(fulfilment=m.PledgeFulfilment.KEPT)
    f.PledgeFactory(fulfilment=m.PledgeFulfilment.BROKEN)
    assert list(m.Pledge.objects.open()) == [open_one]


def test_str_reads_only_own_columns(django_assert_num_queries):
    participation = f.ParticipationFactory()
    fresh = m.Participation.objects.get(pk=participation.pk)
    with django_assert_num_queries(0):
        assert str(fresh) == f"{participation.name_as_written} (counterpart)"
