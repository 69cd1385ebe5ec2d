"""Round r7d (own wording): encounters told in dated bullet lines under a trip sentence, the
trip sentence itself as a summary, and a ministry the ROK does not have placed by the city of
its sentence."""

from tests.extraction.rules_helpers import people, release_maker, roles

release = release_maker("2015-12-03")

TRIP = (
    "1. Second Vice Minister of Foreign Affairs Cho Tae-yul visited Argentina and Brazil from "
    "November 27 to December 2 and held talks with senior officials of the two countries."
)


def test_dated_bullet_lines_under_a_trip_are_its_encounters_and_the_trip_is_not_recorded():
    x = release(
        "Vice Minister Visits Argentina and Brazil",
        TRIP + "\n\no On November 28, Vice Minister Cho held the seventh ROK-Argentina Policy "
        "Consultation with Vice Minister of Foreign Affairs Carlos Foradori in Buenos Aires.\n\n"
        "o On December 1, Vice Minister Cho met with Secretary-General of the Ministry of External "
        "Relations Sergio Danese in Brasilia.",
        "2. The two sides discussed ways to expand trade.",
    )
    got = [(m.kind, m.date.value.isoformat(), m.city, roles(x, m)) for m in x.meetings]
    assert got == [
        ("consultation", "2015-11-28", "Buenos Aires", {"Cho Tae-yul": "visitor", "Carlos Foradori": "host"}),
        ("meeting", "2015-12-01", "Brasilia", {"Cho Tae-yul": "visitor", "Sergio Danese": "host"}),
    ]
    assert people(x)["Sergio Danese"].country == "BR"
    orgs = {o.name: o.country for o in x.organizations}
    assert orgs["Ministry of External Relations of Brazil"] == "BR"


def test_a_bullet_without_its_own_date_stays_detail_of_the_paragraph():
    x = release(
        "Vice Minister Meets Argentine Counterpart",
        "1. Second Vice Minister of Foreign Affairs Cho Tae-yul held talks with Vice Minister of "
        "Foreign Affairs Carlos Foradori in Buenos Aires on November 28.\n\n"
        "o The two vice ministers held in-depth discussions on trade and investment.",
    )
    assert [m.date.value.isoformat() for m in x.meetings] == ["2015-11-28"]


def test_a_trip_with_named_encounter_in_its_own_sentence_is_kept():
    x = release(
        "Vice Minister Visits Argentina",
        "1. Second Vice Minister of Foreign Affairs Cho Tae-yul visited Argentina on November 28 "
        "and held talks with Vice Minister of Foreign Affairs Carlos Foradori in Buenos Aires.",
    )
    (m,) = x.meetings
    assert roles(x, m) == {"Cho Tae-yul": "visitor", "Carlos Foradori": "host"}
