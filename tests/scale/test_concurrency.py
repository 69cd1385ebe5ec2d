"""Loads racing each other and staff on PostgreSQL; deleting releases, people, organizations.

Threads use their own database connections (Django opens one per thread) and close them at
the end, so these tests need real transactions (``transaction=True``).
"""

import shutil
import threading
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connections
from django.db.models import Count

from diplomacy import models as m
from diplomacy.loading import load_files, reextract_all
from diplomacy.loading.run import load_lock

SEEDS = sorted(Path(settings.SEEDS_DIR).glob("*.txt"))
MODELS = (m.Release, m.Meeting, m.MeetingRelease, m.Person, m.PersonAlias, m.Organization,
          m.OrganizationAlias, m.Participation, m.Position, m.Pledge, m.Evidence)


def counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in MODELS}


def in_thread(target, *args, **kwargs):
    """Run target in a thread with its own connection; return (thread, outcome dict)."""
    outcome = {}

    def run():
        try:
            outcome["result"] = target(*args, **kwargs)
        except BaseException as error:  # reported by the test, not lost in the thread
            outcome["error"] = error
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    return thread, outcome


@pytest.fixture
def corpus(tmp_path):
    """The five seeds plus 25 synthetic releases, in two overlapping halves."""
    import sys

    sys.path.insert(0, str(Path(settings.BASE_DIR) / "bench"))
    from corpus import write_corpus

    folder = tmp_path / "all"
    write_corpus(folder, 25, seed=3)
    for seed in SEEDS:
        shutil.copy(seed, folder / seed.name)
    files = sorted(folder.glob("*.txt"))
    return files[:20], files[10:]  # files 10-19 are in both


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_loads_of_overlapping_files_create_no_duplicates(corpus):
    first, second = corpus
    union = sorted(set(first) | set(second))
    load_files(union, gazetteer_dir=settings.GAZETTEER_DIR)
    expected = counts()
    call_command("flush", interactive=False, verbosity=0)

    threads = [in_thread(load_files, files, gazetteer_dir=settings.GAZETTEER_DIR)
               for files in (first, second)]
    for thread, _ in threads:
        thread.join(timeout=300)
    outcomes = [outcome for _, outcome in threads]
    assert [o.get("error") for o in outcomes] == [None, None]
    assert [o["result"].counts()["failed"] for o in outcomes] == [0, 0]
    # the overlapping files were created by one run and found unchanged by the other
    created = sum(o["result"].counts()["created"] for o in outcomes)
    assert created == len(union)
    # The rows that identify things are the same as after one sequential load. (Aliases may
    # differ by one or two: the extractor learns from the database's gazetteer, and the two
    # runs saw the database at different moments.)
    identity = ("Release", "MeetingRelease")
    now = counts()
    assert {k: now[k] for k in identity} == {k: expected[k] for k in identity}
    assert not (
        m.Person.objects.values("name", "country").annotate(n=Count("id")).filter(n__gt=1)
    )
    assert not (
        m.Organization.objects.values("name", "country").annotate(n=Count("id")).filter(n__gt=1)
    )


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_advisory_lock_makes_a_second_connection_wait():
    with load_lock():  # held by this test's connection
        thread, outcome = in_thread(load_files, SEEDS[:1])
        time.sleep(1.5)
        assert thread.is_alive(), "the second loader did not wait for the lock"
        assert m.Release.objects.count() == 0
    thread.join(timeout=120)
    assert outcome.get("error") is None
    assert outcome["result"].counts()["created"] == 1
    assert m.Release.objects.count() == 1


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_staff_edit_during_reextract_stands(corpus):
    files = sorted(set(corpus[0]) | set(corpus[1]))
    load_files(files, gazetteer_dir=settings.GAZETTEER_DIR)
    meetings = list(m.Meeting.objects.exclude(city="").order_by("pk")[:5])
    assert meetings
    thread, outcome = in_thread(reextract_all)
    for meeting in meetings:  # edited while the re-extract runs, as the admin saves it
        meeting.city = "Edited City"
        meeting.mark_edited(["city"])
        meeting.save()
    thread.join(timeout=300)
    assert outcome.get("error") is None
    assert outcome["result"].counts()["failed"] == 0
    reextract_all()  # and once more, after the edit surely committed
    for meeting in m.Meeting.objects.filter(pk__in=[x.pk for x in meetings]):
        assert (meeting.city, meeting.edited_fields) == ("Edited City", ["city"])


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_country_change_racing_a_new_participation_leaves_the_pairs_right():
    """A curator changes a person's country while, in another transaction, a participation
    of that person is added to a meeting. Each refresh would miss the other's uncommitted
    change; the refresh lock makes the second wait for the first to commit, so it sees both."""
    from django.db import transaction

    from tests import factories as f
    from tests.meeting_pairs import assert_pairs_consistent

    person = f.PersonFactory(country="RU")
    meeting = f.MeetingFactory(country="")
    changed, finish = threading.Event(), threading.Event()

    def curator():
        with transaction.atomic():
            row = m.Person.objects.get(pk=person.pk)
            row.country = "BY"
            row.save()  # refreshes this person's meetings (none yet): takes the lock
            changed.set()
            finish.wait(30)

    def loader():
        with transaction.atomic():
            f.ParticipationFactory(meeting=meeting, person=person, organization=None)

    first, first_outcome = in_thread(curator)
    assert changed.wait(30)
    second, second_outcome = in_thread(loader)
    time.sleep(1.0)
    assert second.is_alive(), "the second refresh did not wait for the first transaction"
    finish.set()
    first.join(timeout=60)
    second.join(timeout=60)
    assert first_outcome.get("error") is None and second_outcome.get("error") is None
    pairs = assert_pairs_consistent()
    assert (meeting.pk, "BY") in pairs and (meeting.pk, "RU") not in pairs
