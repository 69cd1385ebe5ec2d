"""Numbered editions of recurring events date a release that has no date block (series.py and
its use in dates.YearContext). Example releases are our own wording."""

from diplomacy.extraction.gazetteer import default_gazetteer
from diplomacy.extraction.series import EventSeries, edition_clues, series_from_dict
from tests.extraction.rules_helpers import release_maker

release = release_maker(None)  # no date block: the year must come from the text
SERIES = default_gazetteer().event_series


def years(text):
    return [y for y, _ in edition_clues(text, SERIES)]


def test_year_of_counts_from_the_nearest_anchor_at_or_below_the_edition():
    sld = EventSeries("Shangri-La Dialogue", anchors=((1, 2002), (19, 2022)))
    assert [sld.year_of(n) for n in (1, 15, 18, 19, 21)] == [2002, 2016, 2019, 2022, 2024]
    msc = EventSeries("Munich Security Conference", anchors=((50, 2014),))
    assert [msc.year_of(n) for n in (49, 52, 56)] == [2013, 2016, 2020]  # backwards from the first anchor too
    hrc = EventSeries("Human Rights Council", anchors=((4, 2007),), per_year=3)
    assert [hrc.year_of(n) for n in (4, 6, 7, 22, 31, 33, 34)] == [2007, 2007, 2008, 2013, 2016, 2016, 2017]
    assert msc.year_of(0) is None


def test_series_from_dict_needs_anchors():
    assert series_from_dict({"name": "Jeju Forum", "founding_year": 2001}) is None
    s = series_from_dict({"name": "ASEAN Summit", "editions": [[22, 2013]], "per_year": 2, "aliases": ["x"]})
    assert s == EventSeries("ASEAN Summit", anchors=((22, 2013),), per_year=2, aliases=("x",))


def test_edition_clues_in_text():
    assert years("on the sidelines of the 52nd Munich Security Conference") == [2016]
    assert years("the 23rd ASEAN Regional Forum (ARF) in Vientiane") == [2016]
    assert years("at the 26th ARF held in Bangkok") == [2019]
    assert years("at the high-level segment of the 31st session of the UN Human Rights Council") == [2016]
    assert years("the 73rd World Health Assembly, held virtually") == [2020]
    assert years("the 49th ASEAN Foreign Ministers’ Meeting") == [2016]
    # a longer name is another series with its own numbering
    assert years("the 6th East Asia Summit Foreign Ministers' Meeting") == []
    assert years("the 52nd Munich Security Conference's closing panel") == [2016]
    assert years("the Munich Security Conference") == []
    reason = edition_clues("the 11th East Asia Summit", SERIES)[0][1]
    assert reason == "year 2016 from '11th East Asia Summit' (the 4th East Asia Summit was held in 2009)"


def test_an_edition_in_another_sentence_dates_a_release_without_a_date_block():
    x = release(
        "Foreign Minister Meets US Secretary of State",
        "1. Foreign Minister Yun Byung-se, who is in Munich to attend the 52nd Munich Security "
        "Conference, met with US Secretary of State John Kerry on February 13.",
        "2. The two ministers discussed the situation on the Korean Peninsula.",
    )
    (m,) = x.meetings
    assert (m.date.value.isoformat(), m.date.precision, m.date.inferred) == ("2016-02-13", "day", True)
    assert "52nd Munich Security Conference" in m.date.reason


def test_a_un_general_assembly_session_in_another_sentence_dates_the_meetings():
    x = release(
        "Foreign Minister Holds Bilateral Talks in New York",
        "1. Foreign Minister Kang Kyung-wha is in New York to attend the 73rd session of the UN "
        "General Assembly.",
        "2. On September 26, Minister Kang met with Foreign Minister Marise Payne of Australia.",
    )
    (m,) = x.meetings
    assert m.date.value.isoformat() == "2018-09-26"
    assert "73rd session of the UN General Assembly opened in September 2018" in m.date.reason


def test_a_session_mentioned_as_background_is_no_clue():
    x = release(
        "ROK-UN Consultation on Disarmament Held",
        "1. The ROK-UN Consultation on Disarmament was held on March 3 in Seoul between "
        "Deputy Minister Ham Sang-wook and High Representative Izumi Nakamitsu.",
        "o Previously, the ROK drafted a resolution adopted at the 74th session of the UN General Assembly.",
    )
    (m,) = x.meetings
    assert "General Assembly" not in (m.date.reason or "")
