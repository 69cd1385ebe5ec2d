"""export_data: formats, outputs and errors."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command


def run(*args) -> str:
    out = StringIO()
    call_command("export_data", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def test_export_data_json_to_stdout(dataset):
    data = json.loads(run("--format", "json"))
    assert [m["id"] for m in data["meetings"]] == [dataset.meeting.id]


def test_export_data_popolo_to_file(dataset, tmp_path):
    target = tmp_path / "popolo.json"
    assert run("--format", "popolo", "--output", str(target)) == ""
    data = json.loads(target.read_text(encoding="utf-8"))
    assert [e["id"] for e in data["events"]] == [f"event/{dataset.meeting.id}"]
    # only the final file is left: the temporary file was renamed
    assert [p.name for p in tmp_path.iterdir()] == ["popolo.json"]


def test_export_data_csv_to_zip(dataset, tmp_path):
    run("--format", "csv", "--output", str(tmp_path / "data.zip"))
    assert (tmp_path / "data.zip").stat().st_size > 0


@pytest.mark.django_db
def test_export_data_csv_without_output_fails():
    with pytest.raises(CommandError, match="--format csv needs --output"):
        run("--format", "csv")


@pytest.mark.django_db
def test_export_data_bad_format_rejected():
    with pytest.raises(CommandError, match="invalid choice: 'xml'"):
        run("--format", "xml")


@pytest.mark.django_db
def test_export_data_unwritable_json_output_names_path(tmp_path):
    target = tmp_path / "missing-folder" / "export.json"
    with pytest.raises(CommandError, match=f"cannot write {target}"):
        run("--output", str(target))


@pytest.mark.django_db
def test_export_data_unwritable_csv_output_names_path(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    target = blocker / "csv"
    with pytest.raises(CommandError, match=f"cannot write {target}"):
        run("--format", "csv", "--output", str(target))
