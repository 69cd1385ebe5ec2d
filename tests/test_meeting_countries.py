"""MeetingCountry holds exactly the (meeting, country) pairs computed from scratch (a meeting's
own country, its participants' people's and organizations' countries) after every write path:
loads, re-loads, re-extraction, admin edits and inlines, ORM saves and deletes, merges, splits,
reassignments, release and meeting deletion, and the repair command; the dashboard's
"countries met" figures are those of the UNION it used to compute."""

import importlib
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django_countries import countries

from diplomacy import models as m
from diplomacy.curation.corrections import reassign_participation, split_meeting
from diplomacy.curation.merge import merge_organizations, merge_people
from diplomacy.loading import load_files, reextract_all
from diplomacy.models.meeting_countries import rebuild_all, refresh_meeting_countries
from diplomacy.views.dashboard import HOME_COUNTRY, TOP_COUNTRIES, countries_met
from tests import factories as f
from tests.loading.test_load_seeds import SEEDS
from tests.meeting_pairs import assert_pairs_consistent, stored_pairs
from tests.test_admin import meeting_form_data

pytestmark = pytest.mark.django_db


def countries_met_by_union():
    """The dashboard's computation before the table: distinct (meeting, country) pairs of a
    UNION over meetings and participations' people and organizations, counted in SQL."""
    from django.db.models import F

    pairs = (
        m.Meeting.objects.exclude(country="").order_by()
        .annotate(mid=F("pk"), code=F("country")).values_list("mid", "code")
        .union(
            m.Participation.objects.exclude(person__country="").exclude(person=None).order_by()
            .annotate(mid=F("meeting_id"), code=F("person__country")).values_list("mid", "code"),
            m.Participation.objects.exclude(organization__country="").exclude(organization=None)
            .order_by().annotate(mid=F("meeting_id"), code=F("organization__country"))
            .values_list("mid", "code"),
        )
    )
    sql, params = pairs.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT pairs.code, COUNT(*) AS n FROM ({sql}) pairs "  # noqa: S608 (ORM SQL)
            "WHERE pairs.code <> %s GROUP BY pairs.code ORDER BY n DESC, pairs.code LIMIT %s",
            [*params, HOME_COUNTRY, TOP_COUNTRIES],
        )
        return [(code, countries.name(code) or code, n) for code, n in cursor.fetchall()]


@pytest.fixture
def seeds():
    summary = load_files([SEEDS])
    assert summary.counts()["created"] == 5
    return assert_pairs_consistent()


@pytest.fixture
def world():
    """Meetings in and with several countries, people and organizations from them (and from
    none), through factories (ORM saves)."""
    ru, cn, jp = (f.PersonFactory(country=c) for c in ("RU", "CN", "JP"))
    nobody = f.PersonFactory(country="")
    un = f.OrganizationFactory(name="United Nations", country="")
    mofa_jp = f.OrganizationFactory(name="Ministry of Foreign Affairs", country="JP")
    moscow = f.MeetingFactory(country="RU")
    seoul = f.MeetingFactory(country="KR")
    nowhere = f.MeetingFactory(country="")
    f.ParticipationFactory(meeting=moscow, person=cn, organization=un)
    f.ParticipationFactory(meeting=seoul, person=ru, organization=mofa_jp)
    f.ParticipationFactory(meeting=seoul, person=nobody, organization=None)
    f.ParticipationFactory(meeting=nowhere, person=None, organization=mofa_jp)
    f.ParticipationFactory(meeting=nowhere, person=jp, organization=None)
    ours = {moscow.pk, seoul.pk, nowhere.pk}
    assert {pair for pair in assert_pairs_consistent() if pair[0] in ours} == {
        (moscow.pk, "RU"), (moscow.pk, "CN"),
        (seoul.pk, "KR"), (seoul.pk, "RU"), (seoul.pk, "JP"),
        (nowhere.pk, "JP"),
    }
    return {"ru": ru, "cn": cn, "jp": jp, "nobody": nobody, "un": un, "mofa_jp": mofa_jp,
            "moscow": moscow, "seoul": seoul, "nowhere": nowhere}


# --- loads ------------------------------------------------------------------------------


def test_pairs_after_loading_the_seeds(seeds):
    # participants' countries count, not only where meetings were held
    held = set(m.Meeting.objects.exclude(country="").values_list("pk", "country"))
    assert seeds - {(pk, str(code)) for pk, code in held}
    assert {code for _, code in seeds} >= {"RU", "KR"}


def test_pairs_after_a_reload(seeds):
    unchanged = load_files([SEEDS])
    assert unchanged.counts()["unchanged"] == 5
    forced = load_files([SEEDS], force=True)
    assert forced.counts()["failed"] == 0
    assert assert_pairs_consistent() == seeds


def test_pairs_after_reextract(seeds):
    summary = reextract_all()
    assert summary.counts()["failed"] == 0
    assert assert_pairs_consistent() == seeds


def test_load_filling_a_person_country_refreshes_their_meetings(seeds):
    """A person whose country was blank gets it from a release: every meeting of theirs
    gains the pair, including meetings of other releases."""
    person = m.Person.objects.filter(participations__isnull=False).exclude(country="") \
        .order_by("pk").first()
    code = person.country.code
    m.Person.objects.filter(pk=person.pk).update(country="")  # as if it was never known
    refresh_meeting_countries(person_ids=[person.pk])
    assert_pairs_consistent()
    other = f.MeetingFactory(country="")
    f.ParticipationFactory(meeting=other, person=person, organization=None)
    assert (other.pk, code) not in stored_pairs()

    load_files([SEEDS], force=True)

    assert m.Person.objects.get(pk=person.pk).country == code
    assert (other.pk, code) in assert_pairs_consistent()


def test_dry_run_writes_no_pairs():
    load_files([SEEDS], dry_run=True)
    assert m.MeetingCountry.objects.count() == 0 == m.Meeting.objects.count()


# --- admin ------------------------------------------------------------------------------


def test_admin_edit_of_a_meeting_country(curator_client, world):
    moscow = world["moscow"]
    response = curator_client.post(
        reverse("admin:diplomacy_meeting_change", args=[moscow.pk]),
        meeting_form_data(moscow, country="FR"),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    pairs = assert_pairs_consistent()
    assert (moscow.pk, "FR") in pairs and (moscow.pk, "RU") not in pairs


def test_admin_inline_adds_and_removes_a_participation(curator_client, world):
    seoul, cn = world["seoul"], world["cn"]
    url = reverse("admin:diplomacy_meeting_change", args=[seoul.pk])
    existing = list(seoul.participations.order_by("pk"))
    data = meeting_form_data(seoul)
    data.update({"participations-TOTAL_FORMS": str(len(existing) + 1),
                 "participations-INITIAL_FORMS": str(len(existing))})
    for i, row in enumerate(existing):
        data.update({
            f"participations-{i}-id": str(row.pk),
            f"participations-{i}-meeting": str(seoul.pk),
            f"participations-{i}-name_as_written": row.name_as_written,
            f"participations-{i}-person": str(row.person_id or ""),
            f"participations-{i}-role": row.role,
            f"participations-{i}-title": row.title,
            f"participations-{i}-organization": str(row.organization_id or ""),
            f"participations-{i}-review_status": row.review_status,
        })
    new = len(existing)
    data.update({
        f"participations-{new}-meeting": str(seoul.pk),
        f"participations-{new}-name_as_written": "Wang Yi",
        f"participations-{new}-person": str(cn.pk),
        f"participations-{new}-role": "counterpart",
        f"participations-{new}-title": "Foreign Minister",
        f"participations-{new}-organization": "",
        f"participations-{new}-review_status": "unreviewed",
    })
    response = curator_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert (seoul.pk, "CN") in assert_pairs_consistent()

    # remove the participation that brought Japan (its organization) and Russia (its person)
    data = meeting_form_data(seoul)
    rows = list(seoul.participations.order_by("pk"))
    data.update({"participations-TOTAL_FORMS": str(len(rows)),
                 "participations-INITIAL_FORMS": str(len(rows))})
    for i, row in enumerate(rows):
        data.update({
            f"participations-{i}-id": str(row.pk),
            f"participations-{i}-meeting": str(seoul.pk),
            f"participations-{i}-name_as_written": row.name_as_written,
            f"participations-{i}-person": str(row.person_id or ""),
            f"participations-{i}-role": row.role,
            f"participations-{i}-title": row.title,
            f"participations-{i}-organization": str(row.organization_id or ""),
            f"participations-{i}-review_status": row.review_status,
        })
        if row.organization_id == world["mofa_jp"].pk:
            data[f"participations-{i}-DELETE"] = "on"
    response = curator_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    pairs = assert_pairs_consistent()
    assert {(seoul.pk, "JP"), (seoul.pk, "RU")}.isdisjoint(pairs)
    assert (seoul.pk, "CN") in pairs


def test_admin_bulk_delete_of_releases(admin_client_, world):
    release = f.ReleaseFactory()
    moscow = world["moscow"]
    f.MeetingReleaseFactory(meeting=moscow, release=release)
    f.ParticipationFactory(meeting=moscow, release=release, person=world["jp"],
                           organization=None)
    assert (moscow.pk, "JP") in assert_pairs_consistent()
    response = admin_client_.post(
        reverse("admin:diplomacy_release_changelist"),
        {"action": "delete_selected", "_selected_action": [release.pk], "post": "yes"},
    )
    assert response.status_code == 302
    assert not m.Release.objects.exists()
    assert (moscow.pk, "JP") not in assert_pairs_consistent()


# --- ORM saves and deletes (what the admin's change forms and curation functions do) ---------


def test_participation_added_removed_and_moved(world):
    moscow, nowhere = world["moscow"], world["nowhere"]
    row = f.ParticipationFactory(meeting=moscow, person=world["jp"], organization=None)
    assert (moscow.pk, "JP") in assert_pairs_consistent()
    row.meeting = nowhere
    row.save()
    pairs = assert_pairs_consistent()
    assert (moscow.pk, "JP") not in pairs
    # moved again, by an instance read without its meeting (the old one is read on save)
    again = m.Participation.objects.defer("meeting").get(pk=row.pk)
    again.meeting = moscow
    again.save()
    assert (moscow.pk, "JP") in assert_pairs_consistent()
    m.Participation.objects.get(pk=row.pk).delete()
    assert (moscow.pk, "JP") not in assert_pairs_consistent()
    m.Participation.objects.filter(meeting=world["seoul"]).delete()
    assert {code for pk, code in assert_pairs_consistent() if pk == world["seoul"].pk} == {"KR"}


def test_person_and_organization_country_changes(world):
    ru, mofa_jp, nobody = world["ru"], world["mofa_jp"], world["nobody"]
    ru.country = "BY"
    ru.save()
    nobody.country = "FR"
    nobody.save()
    mofa_jp.country = ""
    mofa_jp.save()
    pairs = assert_pairs_consistent()
    seoul, nowhere = world["seoul"].pk, world["nowhere"].pk
    assert {(seoul, "BY"), (seoul, "FR")} <= pairs
    assert {(seoul, "RU"), (seoul, "JP")}.isdisjoint(pairs)
    assert (nowhere, "JP") in pairs  # still Japan's through the Japanese person
    # a save that does not touch the country leaves the pairs alone, in no extra query
    with CaptureQueriesContext(connection) as queries:
        ru.save(update_fields=["review_status", "updated_at"])
    assert not any("meetingcountry" in q["sql"] for q in queries.captured_queries)


def test_meeting_country_saved_and_meeting_deleted(world):
    moscow = world["moscow"]
    moscow.country = ""
    moscow.save()
    assert (moscow.pk, "RU") not in assert_pairs_consistent()
    moscow.delete()
    assert not any(pk == moscow.pk for pk, _ in assert_pairs_consistent())
    m.Meeting.objects.filter(pk=world["seoul"].pk).delete()
    assert {pk for pk, _ in assert_pairs_consistent()} == {world["nowhere"].pk}


def test_release_delete_refreshes_its_meetings_once(world):
    release = f.ReleaseFactory()
    seoul = world["seoul"]
    f.MeetingReleaseFactory(meeting=seoul, release=release)
    for code in ("DE", "IT", "ES"):
        f.ParticipationFactory(meeting=seoul, release=release,
                               person=f.PersonFactory(country=code), organization=None)
    assert {(seoul.pk, c) for c in ("DE", "IT", "ES")} <= assert_pairs_consistent()
    with CaptureQueriesContext(connection) as queries:
        release.delete()
    touching = [q["sql"].split()[0] for q in queries.captured_queries
                if "diplomacy_meetingcountry" in q["sql"]]
    assert touching == ["DELETE", "INSERT"]  # once, not per participation
    pairs = assert_pairs_consistent()
    assert {(seoul.pk, c) for c in ("DE", "IT", "ES")}.isdisjoint(pairs)


# --- curation ---------------------------------------------------------------------------


def test_merge_of_two_people(world, curator):
    keep = f.PersonFactory(name="Sergey Lavrov", country="")
    remove = world["ru"]
    f.ParticipationFactory(meeting=world["nowhere"], person=keep, organization=None)
    merge_people(keep=keep, remove=remove, user=curator)
    keep.refresh_from_db()
    assert keep.country == "RU"  # filled from the removed record
    pairs = assert_pairs_consistent()
    assert {(world["seoul"].pk, "RU"), (world["nowhere"].pk, "RU")} <= pairs


def test_merge_of_two_organizations(world, curator):
    keep = f.OrganizationFactory(name="MOFA Japan", country="")
    f.ParticipationFactory(meeting=world["moscow"], person=None, organization=keep)
    merge_organizations(keep=keep, remove=world["mofa_jp"], user=curator)
    assert (world["moscow"].pk, "JP") in assert_pairs_consistent()


def test_split_and_reassign(world, curator):
    moscow = world["moscow"]
    first, second = f.ReleaseFactory(), f.ReleaseFactory()
    f.MeetingReleaseFactory(meeting=moscow, release=first)
    f.MeetingReleaseFactory(meeting=moscow, release=second)
    row = f.ParticipationFactory(meeting=moscow, release=second, person=world["jp"],
                                 organization=None)
    new = split_meeting(meeting=moscow, release=second, user=curator)
    pairs = assert_pairs_consistent()
    assert (new.pk, "JP") in pairs and (moscow.pk, "JP") not in pairs
    reassign_participation(participation=m.Participation.objects.get(pk=row.pk),
                           person=world["cn"], user=curator)
    pairs = assert_pairs_consistent()
    assert (new.pk, "CN") in pairs and (new.pk, "JP") not in pairs


# --- repair, migration, dashboard ---------------------------------------------------------


def test_repair_command_rebuilds_after_writes_that_bypass_the_app(world):
    m.Meeting.objects.filter(pk=world["moscow"].pk).update(country="FR")
    m.MeetingCountry.objects.create(meeting=world["nowhere"], country="ZZ")
    out = StringIO()
    call_command("refresh_meeting_countries", stdout=out)
    pairs = assert_pairs_consistent()
    assert out.getvalue() == f"{len(pairs)} (meeting, country) pairs\n"
    assert rebuild_all() == len(pairs)


def test_migration_fill_equals_scratch(seeds, world):
    m.MeetingCountry.objects.all().delete()
    migration = importlib.import_module("diplomacy.migrations.0005_meeting_countries")
    migration.fill(None, connection.schema_editor())
    assert_pairs_consistent()


def test_dashboard_countries_match_the_old_union(seeds, world, curator_client):
    expected = countries_met_by_union()
    assert expected  # something to compare
    assert countries_met() == expected
    assert curator_client.get(reverse("dashboard")).context["countries"] == expected
