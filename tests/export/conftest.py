"""A small hand-built data set whose export is asserted value by value."""

import datetime as dt
from decimal import Decimal
from io import StringIO
from types import SimpleNamespace

import pytest

from diplomacy import models as m
from diplomacy.export import export_json
from tests import factories as f

EXPORTED_AT = dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.UTC)


def build_dataset() -> SimpleNamespace:
    mofa = f.OrganizationFactory(
        name="Ministry of Foreign Affairs", acronym="MOFA", kind="ministry", country="KR"
    )
    f.OrganizationAliasFactory(organization=mofa, name="Foreign Ministry")
    un = f.OrganizationFactory(
        name="United Nations", acronym="UN", kind="international_organization", country=""
    )
    unsc = f.OrganizationFactory(
        name="Security Council", acronym="", kind="un_body", country="", parent=un
    )
    kang = f.PersonFactory(
        name="Kang Kyung-wha",
        family_name="Kang",
        given_name="Kyung-wha",
        name_order="family_first",
        country="KR",
    )
    f.PersonAliasFactory(person=kang, name="Minister Kang")
    f.PersonAliasFactory(person=kang, name="Foreign Minister Kang")
    position = f.PositionFactory(
        person=kang,
        title="Minister of Foreign Affairs",
        organization=mofa,
        start_date=dt.date(2017, 6, 18),
        end_date=None,
        first_seen=dt.date(2017, 11, 1),
        last_seen=dt.date(2021, 1, 20),
    )
    lavrov = f.PersonFactory(
        name="Sergey Lavrov",
        family_name="Lavrov",
        given_name="Sergey",
        name_order="given_first",
        country="RU",
    )
    release = f.ReleaseFactory(
        source_name="mofa_2021_12_001.txt",
        title="Foreign Minister Holds Talks with Russian Counterpart",
        section="Press Releases",
        published_on=dt.date(2021, 12, 15),
        hits=321,
        notes=["unofficial translation"],
        checksum="ab" * 32,
    )
    meeting = f.MeetingFactory(
        title="Korea-Russia foreign ministers' talks",
        kind="meeting",
        status="held",
        date=dt.date(2021, 12, 1),
        date_precision="month",
        date_inferred=True,
        date_reason="year from the release date",
        city="Moscow",
        country="RU",
        venue="",
        format="",
        confidence=0.75,
    )
    meeting.organizations.set([mofa, un])
    f.MeetingReleaseFactory(meeting=meeting, release=release, extraction_key="meeting:1")
    host = f.ParticipationFactory(
        meeting=meeting,
        release=release,
        person=kang,
        name_as_written="Foreign Minister Kang Kyung-wha",
        role="host",
        title="Foreign Minister",
        organization=mofa,
    )
    unnamed = f.ParticipationFactory(
        meeting=meeting,
        release=release,
        person=None,
        name_as_written="heads of ten diplomatic missions",
        role="attendee",
        title="",
        organization=None,
    )
    # Lavrov and the Security Council are named in the release only through evidence.
    f.EvidenceFactory(release=release, meeting=None, person=lavrov, quote="Sergey Lavrov")
    f.EvidenceFactory(release=release, meeting=None, organization=unsc, quote="Security Council")
    pledge = f.PledgeFactory(
        text="The ROK will provide USD 2 million for humanitarian aid.",
        kind="contribution",
        actor="ROK",
        actor_country="KR",
        actor_organization=mofa,
        amount=Decimal("2000000.00"),
        currency="USD",
        meeting=meeting,
        release=release,
        firmness="committed",
        fulfilment="in_the_works",
    )
    f.PledgeStatusChangeFactory(
        pledge=pledge,
        changed_on=dt.date(2022, 1, 10),
        firmness="committed",
        fulfilment="in_the_works",
        note="Budget approved",
    )
    return SimpleNamespace(
        mofa=mofa,
        un=un,
        unsc=unsc,
        kang=kang,
        lavrov=lavrov,
        position=position,
        release=release,
        meeting=meeting,
        host=host,
        unnamed=unnamed,
        pledge=pledge,
    )


@pytest.fixture
def dataset(db):
    return build_dataset()


def export_text() -> str:
    buffer = StringIO()
    export_json(buffer, exported_at=EXPORTED_AT)
    return buffer.getvalue()


def by_id(items, pk) -> dict:
    (found,) = [item for item in items if item["id"] == pk]
    return found


__all__ = ["EXPORTED_AT", "build_dataset", "by_id", "export_text", "m"]
