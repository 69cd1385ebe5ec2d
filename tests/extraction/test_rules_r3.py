"""Rules added in round r3 (generalisation from real odd-year releases): one small release per
rule, written for these tests in our own words (not taken from any scoring set)."""

from diplomacy.extraction import extract, parse_release


def _release(title: str, *paragraphs: str, date: str | None = "2023-05-16", section: str = "Press Releases"):
    body = "\n\n".join(paragraphs)
    block = f"Date\n{date}\nhit\n12\n\n" if date else ""
    raw = f"{section}\n\n{title}\n\n{block}{body}\n".encode()
    return extract(parse_release(raw, "rule_test.txt"))


def _people(x):
    return {p.name: p for p in x.people}


def _roles(x, m):
    names = {p.key: p.name for p in x.people}
    return {names[p.person_key]: p.role for p in m.participants if p.person_key}


# --- names in Latin Extended-A/B letters (Central European, Turkish, Baltic) --------------------

def test_names_with_latin_extended_letters_in_capitals_and_lower_case():
    x = _release(
        "Foreign Minister Holds Talks with Foreign Minister of Lithuania",
        "1. Foreign Minister Park Jin held talks with Minister of Foreign Affairs Gabrielius ŽEMAITIS of "
        "Lithuania in Seoul on May 15.",
        "2. Later that day, Minister Park met with Minister of Economy Łukasz WIŚNIEWSKI.",
    )
    people = _people(x)
    assert "Gabrielius Žemaitis" in people
    assert "Łukasz Wiśniewski" in people
    assert len(x.meetings) == 2


# --- hopes, continuing efforts and standing arrangements are not meetings ------------------------

def test_a_hope_to_meet_in_a_message_is_not_a_meeting():
    x = _release(
        "Foreign Minister Sends Congratulatory Message to New Foreign Minister of Chile",
        "1. Foreign Minister Park Jin sent a congratulatory message on May 15 to the new Foreign Minister of Chile.",
        "2. Minister Park expressed his hope to meet with his new counterpart at an early date.",
        "3. The Government will continue to take part in the efforts of the international community.",
    )
    assert x.meetings == []


def test_a_secretariat_hosted_in_a_city_is_not_a_meeting():
    x = _release(
        "Appointment of the New Ambassador for Development Cooperation",
        "1. The Ministry of Foreign Affairs announced on May 15 that a new Ambassador for Development "
        "Cooperation has been appointed.",
        "2. The Ambassador coordinates cooperation with the Global Green Growth Institute, whose secretariat "
        "is hosted in Seoul.",
    )
    assert x.meetings == []
