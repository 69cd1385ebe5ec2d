import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplomacy.extraction import MAX_BYTES, ParseError, parse_release
from diplomacy.extraction.sentences import split_sentences

SEED_META = {
    "000": ("Outcome of the Meeting of Heads of the ROK’s Diplomatic Missions to Multilateral Organizations",
            "Press Releases", dt.date(2014, 12, 6), None, 3063, ["unofficial translation"], []),
    "001": ("4th Preparatory Committee Meeting for the 2021 Seoul UN Peacekeeping Ministerial",
            "", None, None, None, [], ["Noticias y Anuncios"]),
    "002": ("ROK-UN High-level Consultation on Disarmament and Non-proliferation Takes Place",
            "Press Releases", None, None, None, [], []),
    "003": ("Foreign Minister Meets with his Russian Counterpart in Moscow", "Press Releases",
            dt.date(2016, 6, 13), dt.datetime(2016, 6, 13, 22, 0), 1781, ["unofficial translation"], []),
    "004": ("Foreign Minister Meets with NATO Secretary-General", "Press Releases", None, None, None,
            ["unofficial translation"], []),
}


@pytest.mark.parametrize("n", sorted(SEED_META))
def test_seed_metadata_matches_hand_checked_values(seed, n):
    p = seed(n)
    title, section, on, at, hits, notes, headers = SEED_META[n]
    assert (p.title, p.section, p.published_on, p.published_at, p.hits, p.notes, p.other_language_headers) == (
        title, section, on, at, hits, notes, headers)
    assert p.has_time == (at is not None)
    assert p.cleaned_text.startswith(title)
    assert p.cleaned_text[p.title_span.start : p.title_span.end] == title


@pytest.mark.parametrize("n", sorted(SEED_META))
def test_seed_cleaned_text_has_no_furniture(seed, n):
    text = seed(n).cleaned_text
    for junk in ("바로가기", "Skip navigation", "Countries Information", "HOME", "상세보기", "\u00a0", "unofficial translation", "  "):
        assert junk not in text
    assert text.count(seed(n).title) == 1  # the repeated title of seed 001 is dropped


def test_seed_sentences_do_not_split_on_abbreviations(seed):
    p = seed("003")
    sents = [p.cleaned_text[s:e] for s, e in p.sentences]
    assert any("starting on June 14 in St. Petersburg and Murmansk" in s for s in sents)
    assert all(not s.startswith(("1.", "2.", "°")) for s in sents)


def test_sentences_skip_mr_us_no_abbreviations():
    text = "Mr. Kim met U.S. officials. He cited Resolution No. 2270 in St. Petersburg. Then left."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Mr. Kim met U.S. officials.", "He cited Resolution No. 2270 in St. Petersburg.", "Then left."]


def test_sentence_split_after_closing_quote_without_space():
    text = "He said, “We agree.”Additionally, he noted it."
    assert [text[s:e] for s, e in split_sentences(text)] == ["He said, “We agree.”", "Additionally, he noted it."]


def test_parse_error_empty_file():
    with pytest.raises(ParseError, match="empty"):
        parse_release(b"", "x.txt")
    with pytest.raises(ParseError, match="empty"):
        parse_release(b" \n\n ", "x.txt")


def test_parse_error_binary_names_nul_and_line():
    with pytest.raises(ParseError) as ei:
        parse_release(b"Title\nsecond\x00line", "x.txt")
    assert "NUL" in str(ei.value) and ei.value.line == 2


def test_parse_error_latin1_names_utf8_offset_and_line():
    raw = "Press Releases\n\nCaf\u00e9 meeting held\n".encode("latin-1")
    with pytest.raises(ParseError) as ei:
        parse_release(raw, "x.txt")
    assert "not UTF-8" in ei.value.message and "offset 19" in ei.value.message
    assert ei.value.line == 3 and str(ei.value).startswith("line 3:")


def test_parse_error_no_title_when_only_furniture():
    with pytest.raises(ParseError, match="no title"):
        parse_release("바로가기 메뉴\nKOR\nPress Releases\n".encode(), "x.txt")


def test_parse_error_no_title_when_body_first():
    with pytest.raises(ParseError, match="no title") as ei:
        parse_release(b"1. The Foreign Ministry held a meeting on May 5.\n", "x.txt")
    assert ei.value.line == 1


def test_parse_error_too_large_file_rejected_quickly():
    with pytest.raises(ParseError, match="too large"):
        parse_release(b"a" * (MAX_BYTES + 1), "big.txt")


def test_parse_date_block_at_end_and_bom():
    raw = "\ufeffEmbassy News\n\nAmbassador Meets Mayor\n\n1. The Ambassador met the Mayor on May 3.\n\nDate: 2020.05.04\n".encode()
    p = parse_release(raw, "e.txt")
    assert p.title == "Ambassador Meets Mayor" and p.section == "Embassy News"
    assert p.published_on == dt.date(2020, 5, 4)
    assert "Date" not in p.cleaned_text


def test_parse_crlf_and_checksum_stable():
    a = parse_release(b"Press Releases\r\n\r\nTitle here\r\n\r\n1. Body text.\r\n", "a.txt")
    assert a.title == "Title here" and a.cleaned_text == "Title here\n\n1. Body text."
    assert len(a.checksum) == 64


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000) | st.text(max_size=3000).map(lambda s: s.encode("utf-8", "surrogatepass")))
def test_parse_release_never_raises_anything_but_parse_error(raw):
    try:
        p = parse_release(raw, "h.txt")
    except ParseError:
        return
    n = len(p.cleaned_text)
    for s, e in p.sentences:
        assert 0 <= s < e <= n
    assert p.cleaned_text[: len(p.title)] == p.title


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from([
    "Press Releases", "Foreign Minister Meets Counterpart", "Date", "2014-12-06", "hit", "3063",
    "1. Foreign Minister Kang Kyung-wha met with Minister Lavrov on May 5.", "° The ROK will seek to help.",
    "* unofficial translation", "Mr. U.S. No. St. 1. 2.", "“quoted”.Next", "\u00a0\u00a0", "KOR",
    "the two sides agreed to USD 5 million", "Wednesday, September 29", "(ABC)", "Ministry of X of Y",
]), max_size=30))
def test_parse_and_extract_on_genre_like_noise_keep_offsets_valid(lines):
    from diplomacy.extraction import extract
    try:
        p = parse_release("\n".join(lines).encode(), "g.txt")
    except ParseError:
        return
    x = extract(p)
    n = len(p.cleaned_text)
    spans = [sp for o in x.organizations for sp in o.spans] + [sp for pp in x.people for sp in pp.spans]
    spans += [m.spans[0] for m in x.meetings if m.spans] + [pl.span for pl in x.pledges if pl.span]
    for sp in spans:
        assert 0 <= sp.sentence_start <= sp.start < sp.end <= sp.sentence_end <= n
