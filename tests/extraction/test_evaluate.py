"""The scorer on hand-built Extraction objects (no extractor, no database)."""

from __future__ import annotations

import copy
import datetime as dt
from decimal import Decimal

import pytest

from diplomacy.extraction.evaluate import (
    aggregate,
    match_meetings,
    max_bipartite_matching,
    norm,
    org_matches,
    partial_date_str,
    person_matches,
    score,
)
from diplomacy.extraction.types import (
    Extraction,
    MeetingMention,
    OrganizationMention,
    ParsedRelease,
    ParticipantMention,
    PartialDate,
    PersonMention,
    PledgeMention,
)

EXPECTED = {
    "source_name": "t_test.txt",
    "title": "Foreign Minister Meets with his Russian Counterpart in Moscow",
    "section": "Press Releases",
    "published_on": "2016-06-13",
    "hits": 1781,
    "notes": [],
    "meetings": [
        {
            "title": "ROK-Russia Foreign Ministers’ Meeting",
            "kind": "meeting",
            "status": "held",
            "date": "2016-06-13",
            "date_inferred": True,
            "city": "Moscow",
            "country": "RU",
            "format": "in_person",
            "participants": [
                {"name": "Yun Byung-se", "role": "visitor"},
                {"name": "Sergey Lavrov", "role": "host"},
                {"name": None, "role": "attendee"},
            ],
        },
        {
            "title": "Eastern Economic Forum",
            "kind": "conference",
            "status": "planned",
            "date": "2016-09",
            "date_inferred": True,
            "city": "Vladivostok",
            "country": "RU",
            "format": None,
            "participants": [],
        },
    ],
    "people": [
        {"name": "Yun Byung-se", "title": "Foreign Minister", "organization": "Ministry of Foreign Affairs",
         "country": "KR", "aliases": ["Minister Yun"]},
        {"name": "Sergey Lavrov", "title": "Foreign Minister",
         "organization": "Ministry of Foreign Affairs of Russia", "country": "RU"},
    ],
    "organizations": [
        {"name": "Ministry of Foreign Affairs", "acronym": "MOFA", "kind": "ministry", "country": "KR"},
        {"name": "Ministry of Foreign Affairs of Russia", "kind": "ministry", "country": "RU",
         "aliases": ["Russian Foreign Ministry"]},
        {"name": "United Nations", "acronym": "UN", "kind": "international_organization",
         "country": None},
    ],
    "pledges": [
        {"text_contains": "agreed to broaden the scope of cooperation", "kind": "agreement",
         "actor": "ROK and Russia"},
        {"text_contains": "signed the “plan of exchanges", "kind": "signed_document",
         "actor": "ROK and Russia"},
        {"text_contains": "USD 10 million", "kind": "contribution", "actor_country": "KR",
         "amount": "10000000", "currency": "USD"},
    ],
}


def _release(title=EXPECTED["title"], published_on=dt.date(2016, 6, 13)) -> ParsedRelease:
    return ParsedRelease(
        source_name="t_test.txt", checksum="0" * 64, raw_text="", cleaned_text="",
        title=title, title_span=None, section="Press Releases",
        published_at=None, published_on=published_on, has_time=False, hits=1781,
    )


def _perfect() -> Extraction:
    yun = PersonMention(key="p:yun", name="Yun Byung-se", aliases=["Minister Yun"])
    lavrov = PersonMention(key="p:lavrov", name="Sergey Lavrov", aliases=["Sergey LAVROV"])
    m1 = MeetingMention(
        key="m1", title="ROK-Russia Foreign Ministers’ Meeting", kind="meeting", status="held",
        date=PartialDate(dt.date(2016, 6, 13), "day", inferred=True), city="Moscow", country="RU",
        format="in_person",
        participants=[
            ParticipantMention("Foreign Minister Yun Byung-se", "visitor", person_key="p:yun"),
            ParticipantMention("Foreign Minister Sergey Lavrov of Russia", "host", person_key="p:lavrov"),
            ParticipantMention("the delegations", "attendee"),
        ],
    )
    m2 = MeetingMention(
        key="m2", title="second Eastern Economic Forum", kind="conference", status="planned",
        date=PartialDate(dt.date(2016, 9, 1), "month", inferred=True), city="Vladivostok",
        country="RU",
    )
    return Extraction(
        release=_release(),
        extractor_version="test",
        organizations=[
            OrganizationMention(key="o:mofa", name="Ministry of Foreign Affairs", acronym="MOFA", country="KR"),
            OrganizationMention(key="o:mfa-ru", name="Ministry of Foreign Affairs of Russia", country="RU"),
            OrganizationMention(key="o:un", name="United Nations", acronym="UN"),
        ],
        people=[yun, lavrov],
        meetings=[m1, m2],
        pledges=[
            PledgeMention(text="the two sides agreed to broaden the scope of cooperation to include trade",
                          kind="agreement", actor="ROK and Russia"),
            PledgeMention(text='the two top diplomats signed the "plan of exchanges" for 2016-2017',
                          kind="signed_document", actor="ROK and Russia"),
            PledgeMention(text="The ROK will provide USD 10 million in humanitarian assistance",
                          kind="contribution", actor="ROK", actor_country="KR",
                          amount=Decimal("10000000"), currency="USD"),
        ],
    )


def _figs(result):
    return result["figures"]


def test_perfect_match_scores_one_everywhere():
    r = score(EXPECTED, _perfect())
    for figure, d in _figs(r).items():
        assert (d["precision"], d["recall"], d["f1"]) == (1.0, 1.0, 1.0), (figure, d, r["misses"])
    for figure, d in r["accuracy"].items():
        assert d["accuracy"] == 1.0, (figure, d, r["misses"])
    assert r["accuracy"]["pledge_amount"]["total"] == 1
    assert r["misses"] == []


def test_missing_person_lowers_recall_exactly():
    ext = _perfect()
    ext.people = [p for p in ext.people if p.key != "p:lavrov"]
    # Lavrov's participation goes with him (his person_key no longer resolves to a person)
    ext.meetings[0].participants = [p for p in ext.meetings[0].participants
                                    if p.person_key != "p:lavrov"]
    r = score(EXPECTED, ext)
    people = _figs(r)["people"]
    assert people["tp"] == 1 and people["fn"] == 1 and people["fp"] == 0
    assert people["precision"] == 1.0
    assert people["recall"] == pytest.approx(0.5)
    assert people["f1"] == pytest.approx(2 / 3, abs=1e-4)
    parts = _figs(r)["participants"]
    assert parts["recall"] == pytest.approx(0.5) and parts["precision"] == 1.0
    assert any("Sergey Lavrov" in m for m in r["misses"])


def test_extra_org_lowers_precision_exactly():
    ext = _perfect()
    ext.organizations.append(OrganizationMention(key="o:cop21", name="COP21"))
    r = score(EXPECTED, ext)
    orgs = _figs(r)["organizations"]
    assert (orgs["tp"], orgs["fp"], orgs["fn"]) == (3, 1, 0)
    assert orgs["precision"] == pytest.approx(0.75)
    assert orgs["recall"] == 1.0
    assert orgs["f1"] == pytest.approx(2 * 0.75 / 1.75, abs=1e-4)
    assert "organizations: extra COP21" in r["misses"]


def test_org_alias_and_acronym_matching():
    expected_ru = EXPECTED["organizations"][1]
    assert org_matches(expected_ru, OrganizationMention(key="x", name="Russian Foreign Ministry"))
    assert org_matches(expected_ru, OrganizationMention(key="x", name="russian  foreign\u00a0ministry"))
    expected_un = EXPECTED["organizations"][2]
    assert org_matches(expected_un, OrganizationMention(key="x", name="UN"))
    assert org_matches(expected_un, OrganizationMention(key="x", name="The U.N. body", acronym="UN"))
    assert not org_matches(expected_un, OrganizationMention(key="x", name="UN Security Council"))

    ext = _perfect()
    ext.organizations[1] = OrganizationMention(key="o:mfa-ru", name="Russian Foreign Ministry")
    ext.organizations[2] = OrganizationMention(key="o:un", name="UN")
    r = score(EXPECTED, ext)
    assert _figs(r)["organizations"]["f1"] == 1.0


def test_person_alias_matching_and_participants_resolve_through_aliases():
    assert person_matches(EXPECTED["people"][0], PersonMention(key="x", name="Minister Yun"))
    assert person_matches(EXPECTED["people"][1], PersonMention(key="x", name="SERGEY LAVROV"))
    ext = _perfect()
    ext.people[0] = PersonMention(key="p:yun", name="Yun", aliases=["Minister Yun"])
    r = score(EXPECTED, ext)
    assert _figs(r)["people"]["f1"] == 1.0
    assert _figs(r)["participants"]["f1"] == 1.0


def test_wrong_role_counts_in_participants_but_not_in_names():
    ext = _perfect()
    ext.meetings[0].participants[1].role = "counterpart"
    r = score(EXPECTED, ext)
    assert (_figs(r)["participants"]["tp"], _figs(r)["participants"]["fp"],
            _figs(r)["participants"]["fn"]) == (1, 1, 1)
    assert _figs(r)["participant_names"]["f1"] == 1.0


def test_meeting_date_precision_must_match():
    ext = _perfect()
    ext.meetings[1].date = PartialDate(dt.date(2016, 9, 1), "day")
    r = score(EXPECTED, ext)
    d = _figs(r)["meeting_date"]
    assert (d["tp"], d["fp"], d["fn"]) == (1, 1, 1)


def test_extra_meeting_lowers_meeting_date_precision():
    ext = _perfect()
    ext.meetings.append(MeetingMention(
        key="m3", title="bilateral summit talks", kind="summit", status="held",
        date=PartialDate(dt.date(2015, 11, 1), "month"),
    ))
    r = score(EXPECTED, ext)
    d = _figs(r)["meeting_date"]
    assert (d["tp"], d["fp"], d["fn"]) == (2, 1, 0)
    assert r["meeting_pairs"] == [(0, 0), (1, 1)]


def test_meetings_matched_by_overlap_not_order():
    ext = _perfect()
    ext.meetings.reverse()
    r = score(EXPECTED, ext)
    assert r["meeting_pairs"] == [(0, 1), (1, 0)]
    assert _figs(r)["meeting_date"]["f1"] == 1.0
    assert _figs(r)["participants"]["f1"] == 1.0


def test_pledge_needs_kind_and_text():
    ext = _perfect()
    ext.pledges[0].kind = "commitment"
    r = score(EXPECTED, ext)
    assert (_figs(r)["pledges"]["tp"], _figs(r)["pledges"]["fp"], _figs(r)["pledges"]["fn"]) == (2, 1, 1)
    assert _figs(r)["pledge_texts"]["f1"] == 1.0


def test_pledge_amount_accuracy():
    ext = _perfect()
    ext.pledges[2].amount = Decimal("1000000")
    r = score(EXPECTED, ext)
    assert r["accuracy"]["pledge_amount"] == {"correct": 0, "total": 1, "accuracy": 0.0}


def test_status_format_city_accuracy():
    ext = _perfect()
    ext.meetings[0].format = "virtual"
    ext.meetings[1].city = ""
    r = score(EXPECTED, ext)
    assert r["accuracy"]["meeting_format"]["accuracy"] == pytest.approx(0.5)
    assert r["accuracy"]["meeting_city"]["accuracy"] == pytest.approx(0.5)
    assert r["accuracy"]["meeting_status"]["accuracy"] == 1.0


def test_meeting_fields_are_scored_even_when_no_date_is_known():
    expected = copy.deepcopy(EXPECTED)
    expected["meetings"][0]["date"] = None
    ext = _perfect()
    ext.meetings[0].date = PartialDate(None, None, inferred=True, uncertain=True)
    ext.meetings[0].city = ""
    r = score(expected, ext)
    assert r["accuracy"]["meeting_city"] == {"correct": 1, "total": 2, "accuracy": 0.5}
    d = _figs(r)["meeting_date"]
    assert (d["tp"], d["fp"], d["fn"]) == (1, 0, 0)


def test_title_and_release_date():
    ext = _perfect()
    ext.release = _release(title="Foreign  Minister Meets with his Russian\u00a0Counterpart in Moscow",
                           published_on=None)
    r = score(EXPECTED, ext)
    assert _figs(r)["title"]["f1"] == 1.0
    d = _figs(r)["release_date"]
    assert (d["tp"], d["fp"], d["fn"]) == (0, 0, 1)


def test_no_extraction_scores_zero_recall():
    r = score(EXPECTED, None)
    assert _figs(r)["people"]["recall"] == 0.0
    assert _figs(r)["title"]["f1"] == 0.0


def test_release_without_meetings_and_without_date():
    expected = copy.deepcopy(EXPECTED)
    expected.update(meetings=[], published_on=None, pledges=[])
    ext = _perfect()
    ext.meetings = []
    ext.pledges = []
    ext.release = _release(published_on=None)
    r = score(expected, ext)
    for f in ("meeting_date", "participants", "pledges", "release_date"):
        assert _figs(r)[f]["f1"] == 1.0, f


def test_aggregate_sums_counts():
    a = score(EXPECTED, _perfect())
    b = score(EXPECTED, None)
    agg = aggregate([a, b])
    people = agg["figures"]["people"]
    assert (people["tp"], people["fp"], people["fn"]) == (2, 0, 2)
    assert people["recall"] == pytest.approx(0.5)


def test_helpers():
    assert norm("  Ministry’s\u00a0 “X” ") == "ministry's \"x\""
    assert partial_date_str(PartialDate(dt.date(2021, 12, 1), "month")) == "2021-12"
    assert partial_date_str(PartialDate(dt.date(2021, 1, 1), "year")) == "2021"
    assert partial_date_str(PartialDate(None, None, uncertain=True)) is None
    assert max_bipartite_matching([1, 2], ["a", "b"], lambda l, r: True) == [(0, 0), (1, 1)]
    # augmenting path: left 0 could take either, left 1 only "a"
    pairs = max_bipartite_matching(["x", "y"], ["a", "b"],
                                   lambda l, r: (l, r) in {("x", "a"), ("x", "b"), ("y", "a")})
    assert pairs == [(0, 1), (1, 0)]
    assert match_meetings([], [], lambda m: set()) == []


def test_cli_runs_on_a_fixtures_dir_and_honours_min_f1(tmp_path, monkeypatch, capsys):
    import json

    from diplomacy.extraction import evaluate

    (tmp_path / "expected").mkdir()
    (tmp_path / "releases").mkdir()
    (tmp_path / "releases" / "t_test.txt").write_text("irrelevant", encoding="utf-8")
    (tmp_path / "expected" / "t_test.json").write_text(json.dumps(EXPECTED), encoding="utf-8")

    def fake_loader():
        return (lambda raw, name: _release()), (lambda parsed, gazetteer=None: _perfect()), None, None

    monkeypatch.setattr(evaluate, "_load_extractor", fake_loader)
    args = ["--fixtures", str(tmp_path), "--seeds", str(tmp_path / "none")]
    assert evaluate.main(args + ["--min-f1", "1.0"]) == 0
    assert "people" in capsys.readouterr().out

    def half_loader():
        def extract(parsed, gazetteer=None):
            ext = _perfect()
            ext.people = ext.people[:1]
            return ext
        return (lambda raw, name: _release()), extract, None, None

    monkeypatch.setattr(evaluate, "_load_extractor", half_loader)
    assert evaluate.main(args + ["--min-f1", "0.9", "--verbose"]) == 1
    out = capsys.readouterr().out
    assert "people: missed Sergey Lavrov" in out
    assert evaluate.main(args + ["--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["summary"]["figures"]["people"]["recall"] == 0.5
