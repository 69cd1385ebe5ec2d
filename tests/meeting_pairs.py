"""The (meeting, country) pairs computed from scratch, independently of
``diplomacy.models.meeting_countries``: what ``MeetingCountry`` (and, counted per country,
``CountryMeetingCount``) must hold after any write."""

from collections import Counter

from diplomacy import models as m


def scratch_pairs() -> set[tuple[int, str]]:
    """Meetings held in a country, and meetings with a participant's person or organization
    from one (blank countries left out)."""
    pairs = set(m.Meeting.objects.exclude(country="").values_list("pk", "country"))
    pairs |= set(
        m.Participation.objects.exclude(person=None)
        .exclude(person__country="")
        .values_list("meeting_id", "person__country")
    )
    pairs |= set(
        m.Participation.objects.exclude(organization=None)
        .exclude(organization__country="")
        .values_list("meeting_id", "organization__country")
    )
    return {(meeting_id, str(code)) for meeting_id, code in pairs}


def stored_pairs() -> set[tuple[int, str]]:
    return {
        (meeting_id, str(code))
        for meeting_id, code in m.MeetingCountry.objects.values_list("meeting_id", "country")
    }


def assert_pairs_consistent() -> set[tuple[int, str]]:
    """The stored pairs equal the scratch ones, with no duplicate rows, and each country's
    stored count is its number of pairs; returns the pairs."""
    expected = scratch_pairs()
    stored = stored_pairs()
    assert stored == expected, {"missing": expected - stored, "stale": stored - expected}
    assert m.MeetingCountry.objects.count() == len(stored)
    per_country = Counter(code for _, code in expected)
    counts = dict(m.CountryMeetingCount.objects.values_list("country", "meetings"))
    assert counts == per_country
    return stored
