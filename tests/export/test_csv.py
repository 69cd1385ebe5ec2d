"""The CSV export: file names, columns and rows, exactly; folder and zip targets."""

import csv
import zipfile

import pytest

from diplomacy.export import export_csv
from diplomacy.export.csv_export import csv_cell
from tests import factories as f

FILES = ["meetings.csv", "organizations.csv", "people.csv", "pledges.csv", "releases.csv"]


def read_folder(folder) -> dict[str, list[list[str]]]:
    tables = {}
    for path in sorted(folder.iterdir()):
        with path.open(encoding="utf-8", newline="") as stream:
            tables[path.name] = list(csv.reader(stream))
    return tables


def test_export_csv_folder_rows_exactly(dataset, tmp_path):
    d = dataset
    export_csv(tmp_path / "out")
    tables = read_folder(tmp_path / "out")
    assert sorted(tables) == FILES
    assert tables["releases.csv"] == [
        [
            "id", "title", "published_on", "source_name", "section", "hits", "notes",
            "checksum", "review_status", "confidence", "meeting_ids", "person_ids",
            "organization_ids", "pledge_ids",
        ],
        [
            str(d.release.id), "Foreign Minister Holds Talks with Russian Counterpart",
            "2021-12-15", "mofa_2021_12_001.txt", "Press Releases", "321",
            "unofficial translation", "ab" * 32, "unreviewed", "1.0", str(d.meeting.id),
            "|".join(str(i) for i in sorted([d.kang.id, d.lavrov.id])),
            "|".join(str(i) for i in sorted([d.mofa.id, d.un.id, d.unsc.id])),
            str(d.pledge.id),
        ],
    ]  # fmt: skip
    assert tables["meetings.csv"] == [
        [
            "id", "title", "kind", "status", "date", "date_precision", "date_inferred",
            "date_uncertain", "date_reason", "time", "city", "country", "venue", "format",
            "series", "ordinal", "parent_id", "review_status", "confidence", "participants",
            "organization_ids", "release_ids",
        ],
        [
            str(d.meeting.id), "Korea-Russia foreign ministers' talks", "meeting", "held",
            "2021-12", "month", "true", "false", "year from the release date", "", "Moscow",
            "RU", "", "", "", "", "", "unreviewed", "0.75",
            f"{d.kang.id}:Foreign Minister Kang Kyung-wha:host"
            + "|:heads of ten diplomatic missions:attendee",
            f"{d.mofa.id}|{d.un.id}", str(d.release.id),
        ],
    ]  # fmt: skip
    assert tables["people.csv"][0] == [
        "id", "name", "family_name", "given_name", "name_order", "aliases", "country",
        "review_status", "confidence", "positions",
    ]  # fmt: skip
    assert tables["people.csv"][1] == [
        str(d.kang.id), "Kang Kyung-wha", "Kang", "Kyung-wha", "family_first",
        "Foreign Minister Kang|Minister Kang", "KR", "unreviewed", "1.0",
        f"Minister of Foreign Affairs:{d.mofa.id}:2017-06-18::2017-11-01:2021-01-20",
    ]  # fmt: skip
    assert tables["organizations.csv"] == [
        [
            "id", "name", "acronym", "aliases", "kind", "country", "parent_id",
            "review_status", "confidence",
        ],
        [str(d.mofa.id), "Ministry of Foreign Affairs", "MOFA", "Foreign Ministry", "ministry",
         "KR", "", "unreviewed", "1.0"],
        [str(d.un.id), "United Nations", "UN", "", "international_organization", "", "",
         "unreviewed", "1.0"],
        [str(d.unsc.id), "Security Council", "", "", "un_body", "", str(d.un.id),
         "unreviewed", "1.0"],
    ]  # fmt: skip
    assert tables["pledges.csv"] == [
        [
            "id", "text", "actor", "actor_country", "actor_organization_id", "kind", "status",
            "firmness", "amount", "currency", "target_date", "meeting_id", "release_id",
            "review_status", "confidence", "status_history",
        ],
        [
            str(d.pledge.id), "The ROK will provide USD 2 million for humanitarian aid.",
            "ROK", "KR", str(d.mofa.id), "contribution", "in_the_works", "committed",
            "2000000.00", "USD", "", str(d.meeting.id), str(d.release.id), "unreviewed",
            "1.0", "2022-01-10:committed:in_the_works",
        ],
    ]  # fmt: skip


def test_export_csv_zip_has_the_same_files(dataset, tmp_path):
    export_csv(tmp_path / "folder")
    export_csv(tmp_path / "export.zip")
    with zipfile.ZipFile(tmp_path / "export.zip") as archive:
        assert sorted(archive.namelist()) == FILES
        for name in FILES:
            in_zip = archive.read(name).decode("utf-8")
            assert in_zip == (tmp_path / "folder" / name).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("column", "value", "cell"),
    [
        ("notes", [], ""),
        ("meeting_ids", [3, 12], "3|12"),
        ("aliases", ["A|B", "C:D", "E\\F"], "A\\|B|C\\:D|E\\\\F"),
        (
            "participants",
            [{"person_id": None, "name": "Kim: the elder", "role": "host"}],
            ":Kim\\: the elder:host",
        ),
        ("hits", None, ""),
        ("date_inferred", False, "false"),
    ],
)
def test_csv_cell_joins_and_escapes(column, value, cell):
    assert csv_cell(column, value) == cell


@pytest.mark.django_db
def test_export_csv_escaped_cell_reads_back(tmp_path):
    person = f.PersonFactory(name="Kim")
    f.PersonAliasFactory(person=person, name="Kim | the elder")
    export_csv(tmp_path)
    row = read_folder(tmp_path)["people.csv"][1]
    assert row[5] == "Kim \\| the elder"
