"""Round r7c: people and organizations as real odd-year releases write them (examples in our
own words)."""

from diplomacy.extraction.rules_r7c import paren_acronym

from .rules_helpers import people, release_maker

release = release_maker("2017-10-02")


def orgs(x):
    return {o.name: o for o in x.organizations}


def test_plural_headline_verb_is_not_a_name():
    x = release(
        "Foreign Minister and US Secretary of State Reaffirm Coordination on Sanctions",
        "1. Foreign Minister Kang Kyung-wha met with US Secretary of State Rex Tillerson on September 30 in Seoul.",
    )
    assert set(people(x)) == {"Kang Kyung-wha", "Rex Tillerson"}
    assert "Reaffirm Coordination" not in people(x)


def test_plural_headline_verb_agree_is_not_a_name():
    x = release(
        "Vice Foreign Minister and Deputy Secretary of State Agree Closer Consultation",
        "1. First Vice Minister of Foreign Affairs Lim Sung-nam met with Deputy Secretary of State John Sullivan in Washington on September 28.",
    )
    assert set(people(x)) == {"Lim Sung-nam", "John Sullivan"}


def test_p4g_named_alone_is_an_organization():
    x = release(
        "Joint Statement of the Foreign Ministers",
        "The two ministers confirmed their partnership on green growth, including through P4G.",
    )
    o = orgs(x)["Partnering for Green Growth and the Global Goals 2030"]
    assert (o.acronym, o.kind, o.country) == ("P4G", "other", None)


def test_the_elders_is_an_ngo():
    x = release(
        "Foreign Minister Meets with a Former President",
        "1. Foreign Minister Yun Byung-se met with former President Tarja Halonen of Finland on October 1. "
        "She said she would support dialogue as a member of The Elders.",
    )
    o = orgs(x)["The Elders"]
    assert (o.kind, o.country) == ("ngo", None)


def test_acronym_in_brackets_before_title_gives_the_employer():
    x = release(
        "Meeting of Mission Chiefs",
        "1. Korea International Cooperation Agency (KOICA) President Lee Mi-kyung will brief the ambassadors on October 5.",
    )
    p = people(x)["Lee Mi-kyung"]
    assert p.title == "President"
    assert p.organization_key == "org:korea-international-cooperation-agency-kr"
    assert p.country == "KR"


def test_bracketed_non_organization_gives_no_employer():
    x = release(
        "Development Cooperation Briefing",
        "1. On official development assistance (ODA) Director Park Min-soo of the Development Policy Division spoke on October 4.",
    )
    assert all(o.acronym != "ODA" for o in x.organizations)


def test_paren_acronym_helper():
    assert paren_acronym("(KOICA)") == (1, 5)
    assert paren_acronym("(IFRC)") == (1, 4)
    assert paren_acronym("(the)") is None
    assert paren_acronym("KOICA") is None
    assert paren_acronym("(A)") is None
