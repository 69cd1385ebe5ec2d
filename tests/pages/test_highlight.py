"""The release text marker: escaped text, balanced nested marks."""

from diplomacy.views.highlight import Span, highlight


def s(pk, start, end):
    return Span(pk, start, end, f"/x/{pk}/", "meeting", f"M{pk}")


def ref(pk):
    return f'</mark><a class="ev-ref ev-meeting" href="/x/{pk}/" title="M{pk}">meeting</a>'


def mark(pk):
    return f'<mark id="ev-{pk}" class="ev ev-meeting" title="meeting: M{pk}">'


def test_highlight_escapes_text_outside_and_inside_marks():
    html, problems = highlight("<script>x</script> ok", [s(1, 0, 8)])
    assert html == f"{mark(1)}&lt;script&gt;{ref(1)}x&lt;/script&gt; ok"
    assert problems == set()


def test_highlight_nests_a_span_inside_another():
    html, problems = highlight("abcdefgh", [s(2, 2, 4), s(1, 0, 6)])
    assert html == f"{mark(1)}ab{mark(2)}cd{ref(2)}ef{ref(1)}gh"
    assert problems == set()


def test_highlight_cuts_a_crossing_span_at_the_enclosing_end():
    html, problems = highlight("abcdefgh", [s(1, 0, 4), s(2, 2, 6)])
    assert html == f"{mark(1)}ab{mark(2)}cd{ref(2)}{ref(1)}efgh"
    assert problems == {2}


def test_highlight_leaves_out_spans_beyond_the_text():
    html, problems = highlight("abc", [s(1, 5, 9), s(2, 1, 99)])
    assert html == f"a{mark(2)}bc{ref(2)}"
    assert problems == {1, 2}


def test_highlight_identical_spans_nest():
    html, _ = highlight("abc", [s(1, 0, 3), s(2, 0, 3)])
    assert html == f"{mark(1)}{mark(2)}abc{ref(2)}{ref(1)}"
