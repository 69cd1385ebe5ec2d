"""Rows for the page tests, built with the shared factories."""

import datetime as dt

import pytest

from diplomacy import models as m
from tests import factories as f

TEXT = (
    "Foreign Minister Meets Russian Counterpart\n\n"
    "1. Foreign Minister Kim Min-su met Russian Foreign Minister Sergey Lavrov in Moscow "
    "on 1 November. <script>alert(1)</script>\n"
    "2. The two sides agreed to expand cooperation."
)


def span(text, needle):
    start = text.index(needle)
    return start, start + len(needle)


def sentence(text, needle):
    """(start, end) of the numbered paragraph holding ``needle``."""
    start, _ = span(text, needle)
    s = text.rfind("\n", 0, start) + 1
    e = text.find("\n", start)
    return s, (len(text) if e == -1 else e)


@pytest.fixture(autouse=True)
def empty_cache():
    """The dashboard caches its numbers (keyed by the data version); start each test
    without what an earlier test left in the process's local-memory cache."""
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()
    yield


@pytest.fixture
def build_meeting():
    """A meeting in Moscow reported by a release, with a Russian participant and evidence;
    returns the meeting. Call it n times for n rows."""

    def build(n=0, **meeting_kwargs):
        release = f.ReleaseFactory(
            title=f"Foreign Minister Meets Russian Counterpart {n}",
            cleaned_text=TEXT,
            published_on=dt.date(2017, 11, 2),
        )
        meeting = f.MeetingFactory(
            title=f"Kim–Lavrov talks {n}",
            date=dt.date(2017, 11, 1),
            city="Moscow",
            country="RU",
            date_inferred=True,
            date_reason="release published 2 November 2017",
            **meeting_kwargs,
        )
        f.MeetingReleaseFactory(meeting=meeting, release=release)
        lavrov = f.PersonFactory(name=f"Sergey Lavrov {n}", country="RU", family_name="Lavrov")
        kim = f.PersonFactory(name=f"Kim Min-su {n}", country="KR")
        part = f.ParticipationFactory(meeting=meeting, person=lavrov, release=release)
        f.ParticipationFactory(
            meeting=meeting, person=kim, release=release, role=m.ParticipantRole.HOST
        )
        s, e = sentence(TEXT, "Sergey Lavrov")
        a, b = span(TEXT, "met Russian Foreign Minister Sergey Lavrov in Moscow")
        f.EvidenceFactory(
            release=release,
            meeting=meeting,
            start=a,
            end=b,
            sentence_start=s,
            sentence_end=e,
            quote=TEXT[a:b],
            field="meeting",
        )
        a, b = span(TEXT, "Sergey Lavrov")
        f.EvidenceFactory(
            release=release,
            meeting=None,
            participation=part,
            start=a,
            end=b,
            sentence_start=s,
            sentence_end=e,
            quote=TEXT[a:b],
            field="participant",
        )
        return meeting

    return build
