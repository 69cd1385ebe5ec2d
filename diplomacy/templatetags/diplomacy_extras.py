"""Template helpers for the staff pages: partial dates as people write them, sortable column
headers."""

from django import template
from django.utils.html import format_html

from diplomacy.dates import format_partial_date

register = template.Library()


@register.filter
def partial_date(value, precision="day"):
    """``{{ pledge.target_date|partial_date:pledge.target_date_precision }}``"""
    return format_partial_date(value, precision or "day")


@register.simple_tag
def meeting_date(meeting):
    """ "December 2021", "1 November 2017 (year inferred: …)", plus a flag when the date is
    uncertain; "date unknown" when there is none."""
    text = meeting.date_display or "date unknown"
    if meeting.date_inferred:
        reason = meeting.date_reason or "no reason recorded"
        inferred = format_html(' <span class="inferred">(year inferred: {})</span>', reason)
    else:
        inferred = ""
    if meeting.date_uncertain:
        flag = format_html(' <strong class="flag">{}</strong>', "date uncertain")
    else:
        flag = ""
    return format_html("{}{}{}", text, inferred, flag)


@register.simple_tag
def meeting_date_text(meeting):
    """The same, as plain text (CSV export and page titles)."""
    text = meeting.date_display or ""
    if meeting.date_inferred:
        text += f" (year inferred: {meeting.date_reason or 'no reason recorded'})"
    if meeting.date_uncertain:
        text += " [date uncertain]"
    return text


@register.simple_tag(takes_context=True)
def sort_header(context, field, label):
    """A ``<th>`` whose link sorts by ``field``, then the other way round on a second click."""
    request = context["request"]
    current = request.GET.get("o", "")
    if current == field:
        target, state, arrow = f"-{field}", "ascending", " ▲"
    elif current == f"-{field}":
        target, state, arrow = field, "descending", " ▼"
    else:
        target, state, arrow = field, "none", ""
    query = request.GET.copy()
    query["o"] = target
    query.pop("page", None)
    return format_html(
        '<th scope="col" aria-sort="{}"><a href="?{}">{}{}</a></th>',
        state,
        query.urlencode(),
        label,
        arrow,
    )
