"""apply_extraction on hand-built extractions: idempotent, and never against a curator."""

import datetime as dt

import pytest
from django.db import transaction

from diplomacy import models as m
from diplomacy.extraction import types as x
from diplomacy.loading import apply_extraction

pytestmark = pytest.mark.django_db

TEXT = (
    "Foreign Minister Meets Russian Counterpart\n\n"
    "1. Foreign Minister Yun Byung-se met Foreign Minister Sergey LAVROV of Russia in Moscow "
    "on June 13. The two sides agreed to expand cooperation."
)


def span(word: str, sentence_of: str | None = None) -> x.Span:
    start = TEXT.index(word)
    sentence = sentence_of or word
    s_start = TEXT.rfind("\n", 0, TEXT.index(sentence)) + 1
    s_end = TEXT.find(".", TEXT.index(sentence) + len(sentence) - 1) + 1 or len(TEXT)
    return x.Span(start, start + len(word), s_start, max(s_end, start + len(word)))


def make_extraction(*, city="Moscow", checksum="a" * 64, pledge_text=None) -> x.Extraction:
    parsed = x.ParsedRelease(
        source_name="r1.txt", checksum=checksum, raw_text=TEXT, cleaned_text=TEXT,
        title="Foreign Minister Meets Russian Counterpart", title_span=None,
        section="Press Releases", published_at=dt.datetime(2016, 6, 13, 22, 0),
        published_on=dt.date(2016, 6, 13), has_time=True, hits=1781,
        notes=["unofficial translation"],
    )
    mofa = x.OrganizationMention(key="org:mofa", name="Ministry of Foreign Affairs",
                                 acronym="MOFA", kind="ministry", country="KR")
    mofa_ru = x.OrganizationMention(
        key="org:mofa-ru", name="Ministry of Foreign Affairs of Russia", kind="ministry",
        country="RU", aliases=["Russian Foreign Ministry"])
    yun = x.PersonMention(
        key="p:yun", name="Yun Byung-se", family_name="Yun", given_name="Byung-se",
        name_order="family_first", title="Foreign Minister", organization_key="org:mofa",
        country="KR", spans=[span("Yun Byung-se")])
    lavrov = x.PersonMention(
        key="p:lavrov", name="Sergey Lavrov", family_name="Lavrov", given_name="Sergey",
        aliases=["Sergey LAVROV"], title="Foreign Minister", organization_key="org:mofa-ru",
        country="RU", spans=[span("Sergey LAVROV")])
    meeting = x.MeetingMention(
        key="m1", title="Meeting of the foreign ministers of the ROK and Russia",
        kind="meeting", status="held",
        date=x.PartialDate(dt.date(2016, 6, 13), "day", inferred=True,
                           reason="year from the date block"),
        city=city, country="RU", format="in_person",
        participants=[
            x.ParticipantMention("Foreign Minister Yun Byung-se", "counterpart", "p:yun",
                                 "Foreign Minister", "org:mofa", span("Yun Byung-se")),
            x.ParticipantMention("Sergey LAVROV", "counterpart", "p:lavrov",
                                 "Foreign Minister", "org:mofa-ru", span("Sergey LAVROV")),
        ],
        organization_keys=["org:mofa", "org:mofa-ru"],
        spans=[span("met")],
    )
    pledge = x.PledgeMention(
        text=pledge_text or "The two sides agreed to expand cooperation.", kind="agreement",
        actor="ROK and Russia", meeting_key="m1", span=span("agreed to expand cooperation"))
    return x.Extraction(release=parsed, extractor_version="test", organizations=[mofa, mofa_ru],
                        people=[yun, lavrov], meetings=[meeting], pledges=[pledge])


def load(extraction):
    with transaction.atomic():
        release = m.Release.objects.filter(source_name="r1.txt").first()
        return apply_extraction(extraction, release=release)


def snapshot():
    return {
        "releases": m.Release.objects.count(),
        "meetings": m.Meeting.objects.count(),
        "people": m.Person.objects.count(),
        "organizations": m.Organization.objects.count(),
        "participations": m.Participation.objects.count(),
        "pledges": m.Pledge.objects.count(),
        "positions": m.Position.objects.count(),
        "evidence": m.Evidence.objects.count(),
        "aliases": m.PersonAlias.objects.count() + m.OrganizationAlias.objects.count(),
    }


def test_first_load_creates_every_record_with_evidence():
    changes = load(make_extraction())
    assert changes.created == {
        "release": 1, "organization": 2, "person": 2, "position": 2, "meeting": 1,
        "participation": 2, "pledge": 1,
    }
    meeting = m.Meeting.objects.get()
    assert (meeting.city, meeting.country.code, meeting.date_display) == (
        "Moscow", "RU", "13 June 2016")
    assert meeting.date_reason == "year from the date block"
    assert sorted(p.name for p in m.Person.objects.all()) == ["Sergey Lavrov", "Yun Byung-se"]
    lavrov = m.Person.objects.get(name="Sergey Lavrov")
    assert sorted(a.name for a in lavrov.aliases.all()) == ["Sergey LAVROV", "Sergey Lavrov"]
    evidence = m.Evidence.objects.get(person=lavrov)
    assert evidence.quote == "Sergey LAVROV"
    release = m.Release.objects.get()
    assert release.cleaned_text[evidence.start:evidence.end] == "Sergey LAVROV"
    assert release.published_at.isoformat() == "2016-06-13T13:00:00+00:00"
    pledge = m.Pledge.objects.get()
    assert (pledge.kind, pledge.firmness, pledge.meeting_id) == ("agreement", "committed",
                                                                 meeting.pk)
    assert pledge.status_changes.count() == 1
    position = m.Position.objects.get(person=lavrov)
    assert position.organization.name == "Ministry of Foreign Affairs of Russia"
    assert (position.first_seen, position.last_seen) == (dt.date(2016, 6, 13),) * 2


def test_second_load_changes_nothing():
    load(make_extraction())
    before = snapshot()
    changes = load(make_extraction())
    assert not changes.changed
    assert snapshot() == before


def test_changed_file_updates_what_came_from_it():
    load(make_extraction())
    changes = load(make_extraction(city="St. Petersburg", checksum="b" * 64))
    assert changes.updated == {"meeting": 1}
    assert m.Meeting.objects.get().city == "St. Petersburg"


def test_edited_field_survives_reload():
    load(make_extraction())
    meeting = m.Meeting.objects.get()
    meeting.city = "Moskva"
    meeting.mark_edited(["city"])
    meeting.save()
    load(make_extraction(city="St. Petersburg", checksum="b" * 64))
    meeting.refresh_from_db()
    assert meeting.city == "Moskva"


def test_verified_meeting_is_not_touched():
    load(make_extraction())
    m.Meeting.objects.update(review_status=m.ReviewStatus.VERIFIED)
    changes = load(make_extraction(city="St. Petersburg", checksum="b" * 64))
    assert m.Meeting.objects.get().city == "Moscow"
    assert changes.kept_curated >= 1


def test_rejected_records_are_not_recreated():
    load(make_extraction())
    m.Pledge.objects.update(review_status=m.ReviewStatus.REJECTED)
    m.Participation.objects.filter(name_as_written="Sergey LAVROV").update(
        review_status=m.ReviewStatus.REJECTED)
    m.Person.objects.filter(name="Yun Byung-se").update(review_status=m.ReviewStatus.REJECTED)
    load(make_extraction(checksum="c" * 64))
    assert m.Pledge.objects.get().review_status == m.ReviewStatus.REJECTED
    assert m.Person.objects.filter(name="Yun Byung-se").count() == 1
    assert m.Participation.objects.filter(name_as_written="Sergey LAVROV").get().review_status \
        == m.ReviewStatus.REJECTED


def test_pledge_gone_from_file_is_removed_unless_touched():
    load(make_extraction())
    load(make_extraction(pledge_text="The two sides agreed to meet again.", checksum="d" * 64))
    assert list(m.Pledge.objects.values_list("text", flat=True)) == [
        "The two sides agreed to meet again."]
    m.Pledge.objects.update(review_status=m.ReviewStatus.VERIFIED)
    load(make_extraction(checksum="e" * 64))
    assert sorted(m.Pledge.objects.values_list("text", flat=True)) == [
        "The two sides agreed to expand cooperation.", "The two sides agreed to meet again."]


def test_same_person_across_releases_is_one_row():
    load(make_extraction())
    other = make_extraction()
    other.release.source_name = "r2.txt"
    other.release.published_on = dt.date(2016, 9, 1)
    with transaction.atomic():
        apply_extraction(other, release=None)
    assert m.Person.objects.filter(name="Sergey Lavrov").count() == 1
    position = m.Position.objects.get(person__name="Sergey Lavrov")
    assert (position.first_seen, position.last_seen) == (dt.date(2016, 6, 13),
                                                         dt.date(2016, 9, 1))
    # same date and the same two people: one meeting reported by two releases
    assert m.Meeting.objects.count() == 1
    assert m.Meeting.objects.get().releases.count() == 2


def test_same_name_different_country_is_not_merged():
    load(make_extraction())
    other = make_extraction()
    other.release.source_name = "r2.txt"
    other.people[1].country = "BY"
    other.organizations[1].country = "BY"
    with transaction.atomic():
        apply_extraction(other, release=None)
    assert m.Person.objects.filter(name="Sergey Lavrov").count() == 2


def other_release(name="r2.txt", **meeting_changes):
    """The same meeting (same day, same two people) as reported by another release."""
    other = make_extraction()
    other.release.source_name = name
    other.release.checksum = "f" * 64
    for field_name, value in meeting_changes.items():
        setattr(other.meetings[0], field_name, value)
    return other


def apply_named(extraction):
    with transaction.atomic():
        release = m.Release.objects.filter(source_name=extraction.release.source_name).first()
        return apply_extraction(extraction, release=release)


def test_shared_meeting_is_written_by_the_release_that_first_reported_it():
    """Re-extracting releases that report the same meeting differently changes nothing: the
    first release's values stand (re-applying the second used to overwrite them, and the
    first then wrote them back, on every --reextract)."""
    apply_named(make_extraction())
    second = other_release(title="Russia-ROK talks", city="St. Petersburg")
    apply_named(second)
    meeting = m.Meeting.objects.get()
    assert (meeting.title, meeting.city, meeting.releases.count()) == (
        "Meeting of the foreign ministers of the ROK and Russia", "Moscow", 2)
    for extraction in (second, make_extraction(), second, make_extraction()):
        changes = apply_named(extraction)
        assert not changes.changed, (extraction.release.source_name, changes.details)
    meeting.refresh_from_db()
    assert (meeting.title, meeting.city) == (
        "Meeting of the foreign ministers of the ROK and Russia", "Moscow")


def test_shared_meeting_reported_held_stays_held():
    apply_named(make_extraction())
    m.Meeting.objects.update(status="planned")  # as if the first release announced it
    first = make_extraction()
    first.meetings[0].status = "planned"
    apply_named(first)
    apply_named(other_release(status="held"))
    assert m.Meeting.objects.get().status == "held"
    for extraction in (first, other_release(status="held")):
        assert not apply_named(extraction).changed
    assert m.Meeting.objects.get().status == "held"


def test_changed_file_still_updates_a_meeting_only_it_reports():
    apply_named(make_extraction())
    apply_named(other_release(name="r3.txt"))
    m.MeetingRelease.objects.filter(release__source_name="r3.txt").delete()
    changes = apply_named(make_extraction(city="Sochi", checksum="b" * 64))
    assert changes.updated == {"meeting": 1}
    assert m.Meeting.objects.get().city == "Sochi"


def test_two_mentions_of_a_new_person_in_one_release_make_one_row():
    extraction = make_extraction()
    again = x.PersonMention(
        key="p:lavrov2", name="Sergey LAVROV", family_name="Lavrov", given_name="Sergey",
        title="Foreign Minister", organization_key="org:mofa-ru", country="RU")
    extraction.people.append(again)
    changes = apply_named(extraction)
    assert changes.created["person"] == 2
    assert m.Person.objects.filter(name="Sergey Lavrov").count() == 1
    assert m.Position.objects.filter(person__name="Sergey Lavrov").count() == 1


def test_history_rows_for_created_and_updated_rows():
    apply_named(make_extraction())
    for model in (m.Release, m.Meeting, m.Person, m.PersonAlias, m.Position, m.Organization,
                  m.OrganizationAlias, m.Participation, m.Pledge, m.PledgeStatusChange):
        created = set(model.objects.values_list("pk", flat=True))
        recorded = set(model.history.filter(history_type="+").values_list("id", flat=True))
        assert created and created == recorded, model
    apply_named(make_extraction(city="Sochi", checksum="b" * 64))
    latest = m.Meeting.history.order_by("-history_id").first()
    assert (latest.history_type, latest.city) == ("~", "Sochi")
