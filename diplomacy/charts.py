"""Small server-rendered SVG charts (no JavaScript, nothing from a CDN).

Every label goes through ``format_html``; the SVG is inline in the page so the site's
Content-Security-Policy (``img-src 'self'``) is no concern. Each chart carries a ``<title>``
and the pages print the numbers as text too, for screen readers.
"""

import datetime as dt

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

BAR_COLOUR = "#2f5d8a"


def _svg(width, height, title, body) -> SafeString:
    return format_html(
        '<svg class="chart" viewBox="0 0 {} {}" role="img" aria-labelledby="{}" '
        'xmlns="http://www.w3.org/2000/svg"><title id="{}">{}</title>{}</svg>',
        width,
        height,
        _slug(title),
        _slug(title),
        title,
        body,
    )


def _slug(text: str) -> str:
    return "chart-" + "".join(c if c.isalnum() else "-" for c in text.lower())[:40]


def month_columns(counts: list[tuple[dt.date, int]], title: str) -> SafeString:
    """Vertical bars, one per month, months without meetings shown as gaps at zero."""
    if not counts:
        return format_html('<p class="empty">{}</p>', "No dated meetings yet.")
    months = _fill_months(counts)
    width, height, pad = 720, 220, 28
    slot = min((width - 2 * pad) / len(months), 40)  # a few months stay thin bars
    top = max(n for _, n in months) or 1
    bars = []
    for i, (month, n) in enumerate(months):
        h = (height - 2 * pad) * n / top
        x = pad + i * slot
        bars.append(
            (
                f"{x + slot * 0.1:.1f}",
                f"{height - pad - h:.1f}",
                f"{max(slot * 0.8, 1):.1f}",
                f"{h:.1f}",
                BAR_COLOUR,
                f"{month:%B %Y}: {n}",
            )
        )
    rects = format_html_join(
        "",
        '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"><title>{}</title></rect>',
        bars,
    )
    first, last = months[0][0], months[-1][0]
    labels = format_html(
        '<text x="{}" y="{}" class="axis">{}</text>'
        '<text x="{}" y="{}" class="axis" text-anchor="end">{}</text>'
        '<text x="{}" y="{}" class="axis">{}</text>',
        pad,
        height - 8,
        f"{first:%b %Y}",
        width - pad,
        height - 8,
        f"{last:%b %Y}",
        2,
        pad - 10,
        f"max {top}",
    )
    axis = format_html(
        '<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#888"/>',
        pad,
        height - pad,
        width - pad,
        height - pad,
    )
    return _svg(width, height, title, format_html("{}{}{}", rects, axis, labels))


def _fill_months(counts):
    by_month = {month.replace(day=1): n for month, n in counts}
    start, end = min(by_month), max(by_month)
    out = []
    month = start
    while month <= end:
        out.append((month, by_month.get(month, 0)))
        month = (month + dt.timedelta(days=32)).replace(day=1)
    return out


def horizontal_bars(rows: list[tuple[str, int]], title: str) -> SafeString:
    """One labelled bar per row, longest first as given."""
    if not rows:
        return format_html('<p class="empty">{}</p>', "No countries yet.")
    label_w, width, row_h = 170, 720, 24
    height = row_h * len(rows) + 8
    top = max(n for _, n in rows) or 1
    parts = []
    for i, (label, n) in enumerate(rows):
        y = 4 + i * row_h
        w = (width - label_w - 50) * n / top
        parts.append(
            (
                label_w - 6,
                y + 16,
                label,
                label_w,
                y + 3,
                f"{w:.1f}",
                BAR_COLOUR,
                label_w + w + 6,
                y + 16,
                n,
            )
        )
    body = format_html_join(
        "",
        '<text x="{}" y="{}" text-anchor="end" class="label">{}</text>'
        '<rect x="{}" y="{}" width="{}" height="16" fill="{}"/>'
        '<text x="{}" y="{}" class="value">{}</text>',
        parts,
    )
    return _svg(width, height, title, body)


def timeline_svg(positions) -> SafeString:
    """A person's positions as bars over time: start (or first seen) to end (or last seen).
    A position known from one release only is a dot."""
    dated = []
    for p in positions:
        start = p.start_date or p.first_seen
        end = p.end_date or p.last_seen or start
        if start:
            dated.append((p, start, max(end, start)))
    if not dated:
        return format_html('<p class="empty">{}</p>', "No dated positions.")
    lo = min(s for _, s, _ in dated)
    hi = max(e for _, _, e in dated)
    span = max((hi - lo).days, 1)
    width, row_h, pad, label_w = 720, 30, 10, 0
    height = row_h * len(dated) + 30
    usable = width - 2 * pad - label_w
    parts = []
    for i, (p, start, end) in enumerate(dated):
        x = pad + usable * (start - lo).days / span
        w = max(usable * (end - start).days / span, 6)
        y = 6 + i * row_h
        label = p.title + (f", {p.organization.name}" if p.organization else "")
        parts.append(
            (f"{x:.1f}", y, f"{w:.1f}", BAR_COLOUR, f"{label}: {start} – {end}", pad, y + 26, label)
        )
    body = format_html_join(
        "",
        '<rect x="{}" y="{}" width="{}" height="10" rx="3" fill="{}"><title>{}</title></rect>'
        '<text x="{}" y="{}" class="label-left">{}</text>',
        parts,
    )
    axis = format_html(
        '<text x="{}" y="{}" class="axis">{}</text>'
        '<text x="{}" y="{}" class="axis" text-anchor="end">{}</text>',
        pad,
        height - 2,
        lo.isoformat(),
        width - pad,
        height - 2,
        hi.isoformat(),
    )
    return _svg(width, height, "Positions over time", format_html("{}{}", body, axis))
