"""Hostile and odd input: the parser returns a result or a clear ParseError, never hangs, and
never loses body text."""

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplomacy.extraction import ParseError, default_gazetteer, extract, parse_release

WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=3,
               max_size=12)


def test_ten_thousand_bullets_parse_and_extract():
    body = "\n".join(f"\u00b0 The ROK will support project number {i}." for i in range(10_000))
    raw = f"Press Releases\n\nA Release with Many Bullets\n\n{body}\n".encode()
    parsed = parse_release(raw, "bullets.txt")
    assert parsed.title == "A Release with Many Bullets"
    assert "project number 9999" in parsed.cleaned_text
    extraction = extract(parsed, default_gazetteer())
    for pledge in extraction.pledges:
        assert parsed.cleaned_text[pledge.span.start:pledge.span.end]


def test_title_only_gives_a_release_without_facts_or_a_clear_error():
    try:
        parsed = parse_release("Press Releases\n\nJust a Title\n".encode(), "title.txt")
    except ParseError as error:
        assert str(error)
        return
    assert parsed.title == "Just a Title"
    extraction = extract(parsed, default_gazetteer())
    assert extraction.meetings == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(WORD, min_size=1, max_size=12).map(" ".join), min_size=1,
                max_size=20))
def test_body_text_is_never_lost(paragraphs):
    body = "\n\n".join(f"{n}. {text}." for n, text in enumerate(paragraphs, start=1))
    raw = f"Press Releases\n\nA Title For The Test\n\n{body}\n".encode()
    parsed = parse_release(raw, "words.txt")
    cleaned = re.sub(r"\s+", " ", parsed.cleaned_text)
    for text in paragraphs:
        assert text in cleaned
    for start, end in parsed.sentences:
        assert 0 <= start <= end <= len(parsed.cleaned_text)


def test_section_headers_in_other_languages_are_not_titles():
    for header in ("Actualidad", "Aktuelles", "Новости", "Notícias", "Nyheter", "ニュース"):
        raw = f"Skip navigation\n\n{header}\n\nMinister Meets Envoy in Seoul\n\n1. Text.\n"
        parsed = parse_release(raw.encode(), "x.txt")
        assert parsed.title == "Minister Meets Envoy in Seoul", header
        assert parsed.other_language_headers == [header]
