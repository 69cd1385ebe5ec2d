"""Release text with its evidence spans marked, built safely.

Every piece of release text goes through ``escape`` (a release may contain ``<script>``);
only our own tags are added. Spans nest: one inside another becomes a ``<mark>`` inside a
``<mark>``; a span crossing the end of an enclosing one is cut at that end (so tags always
balance) and flagged ``clipped``; a span outside the text is left out of the text (it is still
listed in the evidence table). Each mark is followed by a small link to the record it produced
(links cannot nest, marks can).
"""

from dataclasses import dataclass

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe


@dataclass
class Span:
    pk: int
    start: int
    end: int
    href: str
    label: str  # what the span produced: "meeting", "person"…
    title: str  # the produced record's name


def highlight(text: str, spans: list[Span]) -> tuple[SafeString, set[int]]:
    """(HTML of ``text`` with marks, pks of the spans that were cut or left out)."""
    length = len(text)
    problems: set[int] = set()
    usable = []
    for span in spans:
        if span.start > span.end or span.start >= length:
            problems.add(span.pk)
            continue
        if span.end > length:
            problems.add(span.pk)
            span = Span(span.pk, span.start, length, span.href, span.label, span.title)
        usable.append(span)
    usable.sort(key=lambda s: (s.start, -s.end, s.pk))

    out: list[str] = []
    pos = 0
    stack: list[tuple[Span, int]] = []  # (span, end it closes at)

    def close_one():
        nonlocal pos
        span, end = stack.pop()
        out.append(escape(text[pos:end]))
        pos = end
        out.append(
            format_html(
                '</mark><a class="ev-ref ev-{}" href="{}" title="{}">{}</a>',
                span.label,
                span.href,
                span.title,
                span.label,
            )
        )

    for span in usable:
        while stack and stack[-1][1] <= span.start:
            close_one()
        end = span.end
        if stack and end > stack[-1][1]:
            end = stack[-1][1]
            problems.add(span.pk)
        out.append(escape(text[pos : span.start]))
        pos = span.start
        out.append(
            format_html(
                '<mark id="ev-{}" class="ev ev-{}" title="{}: {}">',
                span.pk,
                span.label,
                span.label,
                span.title,
            )
        )
        stack.append((span, end))
    while stack:
        close_one()
    out.append(escape(text[pos:]))
    # every fragment above is escaped text or format_html output
    return mark_safe("".join(out)), problems  # noqa: S308


def evidence_link(evidence) -> tuple[str, str, str]:
    """(label, URL, title) of the record an Evidence row produced. Needs the target selected
    with ``select_related`` (see ``EVIDENCE_JOINS``)."""
    from django.urls import reverse

    target = evidence.target_name
    if target == "meeting":
        m = evidence.meeting
        return target, reverse("meeting-detail", args=[m.pk]), m.title
    if target == "participation":
        p = evidence.participation
        url = reverse("meeting-detail", args=[p.meeting_id]) + f"#participation-{p.pk}"
        return target, url, p.name_as_written
    if target == "person":
        return target, reverse("person-detail", args=[evidence.person_id]), evidence.person.name
    if target == "position":
        p = evidence.position
        return target, reverse("person-detail", args=[p.person_id]) + f"#position-{p.pk}", p.title
    if target == "organization":
        o = evidence.organization
        return target, reverse("organization-detail", args=[o.pk]), str(o)
    if target == "pledge":
        return target, reverse("pledge-detail", args=[evidence.pledge_id]), str(evidence.pledge)
    return "record", "#", ""


EVIDENCE_JOINS = ("meeting", "participation", "person", "position", "organization", "pledge")


def sentence_parts(evidence) -> tuple[str, str, str]:
    """The evidence sentence (annotated as ``sentence``) split around the quoted span."""
    sentence = evidence.sentence or ""
    a = max(0, evidence.start - evidence.sentence_start)
    b = max(a, evidence.end - evidence.sentence_start)
    return sentence[:a], sentence[a:b], sentence[b:]
