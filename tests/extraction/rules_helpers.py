"""Helpers shared by the rule tests (tests/extraction/test_rules_*.py): a small release in the
main-site layout, extracted, and the views of it the assertions read."""

from diplomacy.extraction import extract, parse_release


def release_maker(default_date: str | None):
    """A ``release(title, *paragraphs, date=…, section=…)`` that builds, parses and extracts one
    release whose date block (when ``date`` is not None) defaults to ``default_date``."""

    def release(title: str, *paragraphs: str, date: str | None = default_date, section: str = "Press Releases"):
        body = "\n\n".join(paragraphs)
        block = f"Date\n{date}\nhit\n12\n\n" if date else ""
        raw = f"{section}\n\n{title}\n\n{block}{body}\n".encode()
        return extract(parse_release(raw, "rule_test.txt"))

    return release


def people(x):
    """The extraction's people by display name."""
    return {p.name: p for p in x.people}


def roles(x, m):
    """Meeting ``m``'s named participants as {display name: role}."""
    names = {p.key: p.name for p in x.people}
    return {names[p.person_key]: p.role for p in m.participants if p.person_key}
