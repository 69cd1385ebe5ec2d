"""load_seeds on the five real seeds and on bad input: what a careful reader gets, exactly."""

import datetime as dt
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from diplomacy import models as m

pytestmark = pytest.mark.django_db
SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def run(*args):
    out, err = StringIO(), StringIO()
    try:
        call_command("load_seeds", *args, stdout=out, stderr=err)
    except CommandError as error:
        return out.getvalue(), err.getvalue(), error
    return out.getvalue(), err.getvalue(), None


def release(prefix):
    return m.Release.objects.get(source_name__startswith=prefix)


def meeting_of(prefix, **filters):
    return release(prefix).meetings.get(**filters)


def participants(meeting):
    return sorted(
        (p.person.name if p.person else None, p.role)
        for p in meeting.participations.select_related("person")
        if p.person
    )


@pytest.fixture
def seeds_loaded():
    out, err, error = run(str(SEEDS))
    assert error is None, err
    return out


def test_releases_read_exactly(seeds_loaded):
    expected = {
        "000": ("Outcome of the Meeting of Heads of the ROK\u2019s Diplomatic Missions to "
                "Multilateral Organizations", dt.date(2014, 12, 6), 3063),
        "001": ("4th Preparatory Committee Meeting for the 2021 Seoul UN Peacekeeping "
                "Ministerial", None, None),
        "002": ("ROK-UN High-level Consultation on Disarmament and Non-proliferation Takes "
                "Place", None, None),
        "003": ("Foreign Minister Meets with his Russian Counterpart in Moscow",
                dt.date(2016, 6, 13), 1781),
        "004": ("Foreign Minister Meets with NATO Secretary-General", None, None),
    }
    for prefix, (title, published_on, hits) in expected.items():
        r = release(prefix)
        assert (r.title, r.published_on, r.hits) == (title, published_on, hits), prefix
    assert release("003").published_at.astimezone(dt.timezone(dt.timedelta(hours=9))).time() \
        == dt.time(22, 0)
    assert release("000").notes == ["unofficial translation"]


def test_seed_000_meeting(seeds_loaded):
    meeting = meeting_of("000")
    assert (meeting.status, meeting.date, meeting.date_precision, meeting.city,
            meeting.country.code) == ("held", dt.date(2014, 12, 5), "day", "New York", "US")
    assert meeting.date_inferred is True
    assert "Permanent Mission" in meeting.venue
    assert ("Cho Tae-yul", "chair") in participants(meeting)
    # seven or more commitments in §4-5, each with its sentence as evidence
    pledges = release("000").pledges.all()
    assert pledges.filter(kind="commitment").count() >= 7
    for pledge in pledges:
        evidence = pledge.evidence.get()
        assert evidence.quote in release("000").cleaned_text


def test_seed_001_meetings(seeds_loaded):
    held = meeting_of("001", status="held")
    assert (held.date, held.date_precision, held.time, held.city, held.country.code) == (
        dt.date(2021, 9, 29), "day", dt.time(16, 0), "Seoul", "KR")
    assert held.ordinal == 4
    assert held.date_inferred and "2021" in held.date_reason
    assert participants(held) == [("Chung Eui-yong", "co_chair"), ("Suh Wook", "co_chair")]
    planned = meeting_of("001", status="planned")
    assert (planned.date_display, planned.city) == ("December 2021", "Seoul")


def test_seed_002_meeting(seeds_loaded):
    meeting = meeting_of("002")
    assert (meeting.date, meeting.date_precision, meeting.format) == (
        dt.date(2021, 1, 14), "day", "virtual")
    assert "20th anniversary" in meeting.date_reason or "2001" in meeting.date_reason
    assert [name for name, _ in participants(meeting)] == ["Ham Sang-wook", "Nakamitsu Izumi"]
    nakamitsu = m.Person.objects.get(name="Nakamitsu Izumi")
    assert (nakamitsu.family_name, nakamitsu.given_name, nakamitsu.name_order) == (
        "Nakamitsu", "Izumi", "family_first")


def test_seed_003_meeting(seeds_loaded):
    meeting = meeting_of("003")
    assert (meeting.date, meeting.city, meeting.country.code) == (
        dt.date(2016, 6, 13), "Moscow", "RU")
    assert [name for name, _ in participants(meeting)] == ["Sergey Lavrov", "Yun Byung-se"]
    assert release("003").pledges.filter(kind="signed_document").count() == 1
    ministry = m.Organization.objects.get(name="Ministry of Foreign Affairs of Russia")
    assert ministry.country.code == "RU"


def test_seed_004_meeting(seeds_loaded):
    meeting = meeting_of("004")
    assert (meeting.date, meeting.date_precision, meeting.city) == (
        dt.date(2017, 11, 1), "day", "Seoul")
    assert meeting.date_inferred and meeting.date_reason
    assert [name for name, _ in participants(meeting)] == ["Jens Stoltenberg", "Kang Kyung-wha"]
    signed = release("004").pledges.get(kind="signed_document")
    assert "Individual Partnership and Cooperation Programme" in signed.text
    assert m.Person.objects.filter(name="Chung Sye-kyun").exists()
    assert m.Person.objects.filter(name__endswith="Rasmussen").exists()


def test_same_surname_people_stay_apart(seeds_loaded):
    assert m.Person.objects.filter(name="Chung Eui-yong").count() == 1
    assert m.Person.objects.filter(name="Chung Sye-kyun").count() == 1


def test_reload_is_idempotent(seeds_loaded):
    counts = {model: model.objects.count() for model in (
        m.Release, m.Meeting, m.Person, m.Organization, m.Participation, m.Pledge,
        m.Evidence, m.Position, m.PersonAlias)}
    out, err, error = run(str(SEEDS))
    assert error is None
    assert out.strip().splitlines()[-1] == "0 created, 0 updated, 5 unchanged, 0 failed"
    assert {model: model.objects.count() for model in counts} == counts


def test_every_evidence_span_points_into_its_release(seeds_loaded):
    for evidence in m.Evidence.objects.select_related("release"):
        text = evidence.release.cleaned_text
        assert text[evidence.start:evidence.end] == evidence.quote[: evidence.end - evidence.start]
        assert evidence.sentence_end <= len(text)


def test_changed_file_updates_and_dry_run_writes_nothing(tmp_path):
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    run(str(folder))
    path = next(folder.glob("003_*.txt"))
    path.write_text(path.read_text(encoding="utf-8").replace(
        "Foreign Ministry on June 13", "Foreign Ministry on June 14"), encoding="utf-8")
    out, _, _ = run(str(folder), "--dry-run")
    assert "updated    003_" in out
    assert out.strip().splitlines()[-1].startswith("dry run, nothing written: ")
    assert meeting_of("003").date == dt.date(2016, 6, 13)
    out, _, _ = run(str(folder))
    assert out.strip().splitlines()[-1] == "0 created, 1 updated, 4 unchanged, 0 failed"
    assert meeting_of("003").date == dt.date(2016, 6, 14)


def test_bad_files_are_reported_and_the_rest_loads(tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    shutil.copy(next(SEEDS.glob("003_*.txt")), folder / "good.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (folder / "latin1.txt").write_bytes("Press Releases\n\nCaf\xe9 talks\n\n1. Text.".encode(
        "latin-1"))
    (folder / "notitle.txt").write_text("\n\n   \n", encoding="utf-8")
    with open(folder / "huge.txt", "wb") as handle:  # 50 MB of plausible text
        handle.write(b"Press Releases\n\nA Very Long Release\n\n")
        handle.write(b"1. The two sides agreed to cooperate. " * (50 * 1024 * 1024 // 38))
    # a link to nothing: unreadable even by root
    (folder / "unreadable.txt").symlink_to(tmp_path / "missing.txt")
    out, err, error = run(str(folder))
    assert error is not None and "file(s) failed" in str(error)
    assert "created    good.txt" in out
    failures = {line.split()[1].rstrip(":"): line for line in err.strip().splitlines()}
    assert set(failures) == {"empty.txt", "binary.txt", "latin1.txt", "notitle.txt",
                             "unreadable.txt", "huge.txt"}, err
    assert "too large" in failures["huge.txt"]
    assert "cannot read" in failures["unreadable.txt"]
    assert "UTF-8" in failures["latin1.txt"]
    assert list(m.Release.objects.values_list("source_name", flat=True)) == ["good.txt"]
    assert m.Meeting.objects.count() == 1


def test_reextract_keeps_corrections(seeds_loaded):
    meeting = meeting_of("003")
    meeting.city = "Moskva"
    meeting.mark_edited(["city"])
    meeting.save()
    out, err, error = run("--reextract")
    assert error is None, err
    meeting.refresh_from_db()
    assert meeting.city == "Moskva"


def test_release_html_is_escaped_in_the_admin(admin_client_, tmp_path):
    path = tmp_path / "script.txt"
    path.write_text(
        "Press Releases\n\nMinister <script>alert(1)</script> Meets Envoy\n\n"
        "1. Foreign Minister Yun Byung-se met the envoy in Seoul on June 3, 2016.",
        encoding="utf-8",
    )
    out, err, error = run(str(path))
    assert error is None, err
    release = m.Release.objects.get(source_name="script.txt")
    for url in ("/admin/diplomacy/release/", f"/admin/diplomacy/release/{release.pk}/change/"):
        body = admin_client_.get(url).content.decode()
        assert "<script>alert(1)</script>" not in body
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
