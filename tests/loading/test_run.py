"""load_files writes each file atomically (its own savepoint) while committing several files
at a time: a file that fails while being written leaves nothing, the others load, and every
result is reported once, in order."""

import shutil
from pathlib import Path

import pytest
from django.conf import settings

from diplomacy import models as m
from diplomacy.loading import load_files, reextract_all
from diplomacy.loading import run as loader

pytestmark = pytest.mark.django_db
SEEDS = sorted(Path(settings.SEEDS_DIR).glob("*.txt"))


@pytest.fixture
def folder(tmp_path):
    out = tmp_path / "batch"
    out.mkdir()
    for i, seed in enumerate(SEEDS):
        shutil.copy(seed, out / f"{i}.txt")
    return out


def test_file_failing_midway_leaves_nothing_and_the_others_load(folder, monkeypatch):
    write = loader.apply_extraction

    def fail_on_two(extraction, release=None):
        changes = write(extraction, release=release)  # every row of the file is written…
        if extraction.release.source_name == "2.txt":
            raise RuntimeError("disk on fire")  # …then it fails
        return changes

    monkeypatch.setattr(loader, "apply_extraction", fail_on_two)
    monkeypatch.setattr(loader, "COMMIT_FILES", 2)
    seen = []
    summary = load_files([folder], on_result=seen.append)
    assert [r.source_name for r in seen] == [f"{i}.txt" for i in range(len(SEEDS))]
    assert summary.counts() == {"created": len(SEEDS) - 1, "updated": 0, "unchanged": 0,
                                "failed": 1}
    assert "disk on fire" in summary.failed[0].error
    names = set(m.Release.objects.values_list("source_name", flat=True))
    assert names == {f"{i}.txt" for i in range(len(SEEDS))} - {"2.txt"}
    assert not m.Evidence.objects.filter(release__source_name="2.txt").exists()
    assert not m.Pledge.objects.filter(release__source_name="2.txt").exists()
    # the failed file loads on the next run, the others are unchanged
    monkeypatch.setattr(loader, "apply_extraction", write)
    again = load_files([folder])
    assert again.counts() == {"created": 1, "updated": 0, "unchanged": len(SEEDS) - 1,
                              "failed": 0}


def test_reextract_reports_every_release_in_order(folder, monkeypatch):
    monkeypatch.setattr(loader, "COMMIT_FILES", 2)
    load_files([folder])
    seen = []
    summary = reextract_all(on_result=seen.append)
    assert [r.source_name for r in seen] == list(
        m.Release.objects.order_by("pk").values_list("source_name", flat=True))
    assert summary.counts()["failed"] == 0
    assert sum(summary.counts().values()) == len(SEEDS)


def test_reload_of_unchanged_files_reads_no_gazetteer(folder, monkeypatch):
    load_files([folder])
    monkeypatch.setattr(loader, "gazetteer_from_db", lambda: pytest.fail("gazetteer read"))
    summary = load_files([folder])
    assert summary.counts()["unchanged"] == len(SEEDS)
