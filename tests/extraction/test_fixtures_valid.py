"""Every expected JSON in fixtures/expected follows fixtures/README.md and has its release."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from diplomacy.extraction.types import (
    MEETING_FORMATS,
    MEETING_KINDS,
    MEETING_STATUSES,
    ORGANIZATION_KINDS,
    PARTICIPANT_ROLES,
    PLEDGE_KINDS,
)

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures"
SEEDS = ROOT / "seeds"
EXPECTED_FILES = sorted((FIXTURES / "expected").glob("*.json"))

RELEASE_KEYS = {"source_name", "title", "section", "published_on", "hits", "notes", "meetings",
                "people", "organizations", "pledges"}
RELEASE_OPTIONAL = {"other_language_headers", "published_time"}
MEETING_KEYS = {"title", "kind", "status", "date", "date_inferred", "city", "country", "format",
                "participants"}
MEETING_OPTIONAL = {"date_uncertain", "date_reason", "time", "venue"}
PERSON_KEYS = {"name", "title", "organization", "country"}
PERSON_OPTIONAL = {"aliases"}
ORG_KEYS = {"name", "kind", "country"}
ORG_OPTIONAL = {"acronym", "aliases"}
PLEDGE_KEYS = {"text_contains", "kind"}
PLEDGE_OPTIONAL = {"actor", "actor_country", "amount", "currency"}
PARTICIPANT_KEYS = {"name", "role"}
PARTICIPANT_OPTIONAL = {"as_written"}

COUNTRY = re.compile(r"^[A-Z]{2}$")
CURRENCY = re.compile(r"^[A-Z]{3}$")
TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _check_keys(obj: dict, required: set, optional: set, where: str) -> None:
    assert isinstance(obj, dict), f"{where}: not an object"
    missing = required - obj.keys()
    assert not missing, f"{where}: missing keys {sorted(missing)}"
    unknown = obj.keys() - required - optional
    assert not unknown, f"{where}: unknown keys {sorted(unknown)}"


def _check_country(value, where: str) -> None:
    assert value is None or (isinstance(value, str) and COUNTRY.match(value)), (
        f"{where}: country {value!r} is not ISO alpha-2 (two uppercase letters) or null"
    )


def _check_partial_date(value: str, where: str) -> None:
    assert PARTIAL_DATE.match(value), f"{where}: bad date {value!r}"
    parts = [int(x) for x in value.split("-")]
    dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _nonempty_str(value, where: str) -> None:
    assert isinstance(value, str) and value.strip(), f"{where}: must be a non-empty string"


def test_there_are_expectations_for_all_seeds_and_enough_test_releases():
    stems = {p.stem for p in EXPECTED_FILES}
    for seed in SEEDS.glob("*.txt"):
        assert seed.stem in stems, f"no expectation for seed {seed.name}"
    own = sorted((FIXTURES / "releases").glob("*.txt"))
    for rel in own:
        assert rel.stem in stems, f"no expectation for test release {rel.name}"


@pytest.mark.parametrize("path", EXPECTED_FILES, ids=[p.stem for p in EXPECTED_FILES])
def test_expected_file_is_valid(path: Path):
    data = json.loads(path.read_text(encoding="utf-8"))
    w = path.name
    _check_keys(data, RELEASE_KEYS, RELEASE_OPTIONAL, w)

    # source and release text
    assert data["source_name"] == path.stem + ".txt", f"{w}: source_name must be <stem>.txt"
    release = SEEDS / data["source_name"]
    if not release.is_file():
        release = FIXTURES / "releases" / data["source_name"]
    assert release.is_file(), f"{w}: release text {data['source_name']} not found"
    text = release.read_bytes().decode("utf-8")
    flat = re.sub(r"\s+", " ", text.replace("\u00a0", " "))

    _nonempty_str(data["title"], f"{w}: title")
    assert re.sub(r"\s+", " ", data["title"]) in flat, f"{w}: title not found in the release"
    assert isinstance(data["section"], str)
    if data["published_on"] is not None:
        dt.date.fromisoformat(data["published_on"])
        assert len(data["published_on"]) == 10
    if "published_time" in data:
        assert TIME.match(data["published_time"]), f"{w}: published_time"
    assert data["hits"] is None or (isinstance(data["hits"], int) and data["hits"] >= 0)
    assert isinstance(data["notes"], list) and all(isinstance(n, str) for n in data["notes"])
    for h in data.get("other_language_headers", []):
        _nonempty_str(h, f"{w}: other_language_headers")

    # people
    names = set()
    for k, p in enumerate(data["people"]):
        where = f"{w}: people[{k}]"
        _check_keys(p, PERSON_KEYS, PERSON_OPTIONAL, where)
        _nonempty_str(p["name"], f"{where}.name")
        assert p["name"] not in names, f"{where}: duplicate person {p['name']}"
        names.add(p["name"])
        assert isinstance(p["title"], str)
        assert p["organization"] is None or isinstance(p["organization"], str)
        _check_country(p["country"], where)
        assert all(isinstance(a, str) and a for a in p.get("aliases", []))

    # organizations
    org_names = set()
    for k, o in enumerate(data["organizations"]):
        where = f"{w}: organizations[{k}]"
        _check_keys(o, ORG_KEYS, ORG_OPTIONAL, where)
        _nonempty_str(o["name"], f"{where}.name")
        assert o["name"] not in org_names, f"{where}: duplicate organization {o['name']}"
        org_names.add(o["name"])
        assert o["kind"] in ORGANIZATION_KINDS, f"{where}: kind {o['kind']!r}"
        _check_country(o["country"], where)
        assert isinstance(o.get("acronym", ""), str)
        assert all(isinstance(a, str) and a for a in o.get("aliases", []))
    for p in data["people"]:
        if p["organization"] is not None:
            assert p["organization"] in org_names, (
                f"{w}: {p['name']}'s organization {p['organization']!r} is not in organizations"
            )

    # meetings
    for k, m in enumerate(data["meetings"]):
        where = f"{w}: meetings[{k}]"
        _check_keys(m, MEETING_KEYS, MEETING_OPTIONAL, where)
        _nonempty_str(m["title"], f"{where}.title")
        assert m["kind"] in MEETING_KINDS, f"{where}: kind {m['kind']!r}"
        assert m["status"] in MEETING_STATUSES, f"{where}: status {m['status']!r}"
        assert m["format"] is None or m["format"] in MEETING_FORMATS, f"{where}: format"
        if m["date"] is None:
            assert m.get("date_uncertain"), f"{where}: a null date must be date_uncertain"
        else:
            _check_partial_date(m["date"], where)
        assert isinstance(m["date_inferred"], bool)
        assert isinstance(m.get("date_uncertain", False), bool)
        if m.get("time") is not None:
            assert TIME.match(m["time"]), f"{where}: time {m['time']!r}"
        assert isinstance(m["city"], str)
        _check_country(m["country"], where)
        if m["kind"] == "phone_call":
            assert m["format"] == "phone", f"{where}: a phone_call has format phone"
        if m["format"] == "phone":
            assert m["kind"] == "phone_call", f"{where}: format phone is a phone_call"
        seen = set()
        for q, part in enumerate(m["participants"]):
            pw = f"{where}.participants[{q}]"
            _check_keys(part, PARTICIPANT_KEYS, PARTICIPANT_OPTIONAL, pw)
            assert part["role"] in PARTICIPANT_ROLES, f"{pw}: role {part['role']!r}"
            if part["name"] is not None:
                assert part["name"] in names, f"{pw}: {part['name']!r} is not in people"
                assert part["name"] not in seen, f"{pw}: {part['name']!r} twice"
                seen.add(part["name"])

    # pledges
    for k, pl in enumerate(data["pledges"]):
        where = f"{w}: pledges[{k}]"
        _check_keys(pl, PLEDGE_KEYS, PLEDGE_OPTIONAL, where)
        _nonempty_str(pl["text_contains"], f"{where}.text_contains")
        assert pl["kind"] in PLEDGE_KINDS, f"{where}: kind {pl['kind']!r}"
        assert pl.get("actor") or pl.get("actor_country"), f"{where}: actor or actor_country"
        _check_country(pl.get("actor_country"), where)
        if "amount" in pl:
            assert isinstance(pl["amount"], str) and re.fullmatch(r"\d+(\.\d+)?", pl["amount"]), (
                f"{where}: amount must be a string of digits"
            )
            assert CURRENCY.match(pl.get("currency", "")), f"{where}: currency"
        # the needle must stand in the release text (quotes and whitespace as written)
        needle = re.sub(r"\s+", " ", pl["text_contains"])
        assert needle in flat, f"{where}: text_contains not found in the release: {needle!r}"
