"""Partial dates as people write them. Pure Python (no Django)."""

import datetime as dt


def format_partial_date(value: dt.date | None, precision: str) -> str:
    """``2017-11-01`` at day precision → "1 November 2017"; month → "December 2021";
    year → "2021"; no date → ""."""
    if value is None:
        return ""
    if precision == "year":
        return f"{value.year}"
    if precision == "month":
        return f"{value:%B} {value.year}"
    return f"{value.day} {value:%B} {value.year}"


def iso_partial_date(value: dt.date | None, precision: str) -> str | None:
    """The export form: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` per precision, or None."""
    if value is None:
        return None
    if precision == "year":
        return f"{value.year:04d}"
    if precision == "month":
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()
