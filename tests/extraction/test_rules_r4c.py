"""Rules added in round r4c (real page layouts, pledges, meeting kind/format/city): small inputs
written for these tests in our own words (furniture lines imitate the real sites' layouts)."""

import datetime as dt

import pytest

from diplomacy.extraction import extract, parse_release
from diplomacy.extraction.types import ParseError


def _parse(text: str):
    return parse_release(text.encode(), "r4c_test.txt")


# --- page furniture of real sites ---------------------------------------------------------------

def test_site_name_and_social_links_are_not_the_title():
    p = _parse(
        "바로가기 메뉴\n본문 바로가기\n\nMinistry of Foreign Affairs REPUBLIC OF KOREA\n\n"
        "  1. Ministry of  Foreign Affairs, Republic of Korea facebook\n"
        "  2. Ministry of  Foreign Affairs, Republic of Korea youtube\n"
        "SCREEN SIZE\n검색창 열기\nKOR\n\nPress Releases\n\n"
        "Vice Minister Meets Visiting Delegation from Chile\n\nDate\n2019-03-05\nhit\n812\n\n"
        "1. Vice Minister Lee met the delegation on March 5.\n"
    )
    assert p.title == "Vice Minister Meets Visiting Delegation from Chile"
    assert p.section == "Press Releases"
    assert p.published_on == dt.date(2019, 3, 5)
    assert p.hits == 812
    assert "facebook" not in p.cleaned_text


def test_social_links_in_any_order_and_network():
    p = _parse(
        "Ministry of Foreign Affairs, Republic of Korea\n1. Ministry of Foreign Affairs, Republic of Korea instagram\n"
        "2. Ministry of Foreign Affairs, Republic of Korea twitter\nMinistry News\n\n"
        "Foreign Ministry Hosts Workshop on Consular Services\n\n1. The Ministry held a workshop on April 2.\n"
    )
    assert p.title == "Foreign Ministry Hosts Workshop on Consular Services"
    assert p.section == "Ministry News"


def test_publicnow_copy_date_line_month_first():
    p = _parse(
        "Results\n\nMinistry of Foreign Affairs of the Republic of Korea\n\n"
        "03/04/2021 | Press release | Archived content\n\nSpokesperson's Press Briefing (March 4, 2021)\n\n"
        "Press Briefing\n\nSpokesperson Kim Sun\n\nMarch 4, 2021 14:30 KST\n\nGood afternoon.\n"
    )
    assert p.title == "Spokesperson's Press Briefing (March 4, 2021)"
    assert p.published_on == dt.date(2021, 3, 4)
    assert p.section == ""


def test_publicnow_distributed_line():
    p = _parse(
        "Ministry of Foreign Affairs of the Republic of Korea\n\n"
        "09/12/2023 | Press release | Distributed by Public on 09/12/2023 04:10\n\n"
        "Spokesperson's Press Briefing (September 12, 2023)\nPress Briefing\nGood afternoon.\n"
    )
    assert p.title == "Spokesperson's Press Briefing (September 12, 2023)"
    assert p.published_on == dt.date(2023, 9, 12)


def test_briefing_date_line_dates_a_page_without_date_block():
    p = _parse(
        "Press Briefings\n\nSpokesperson's Press Briefing (Dec. 3, 2015)\n\nPress Briefing\n"
        "Spokesperson and Deputy Minister for Public Relations Han Mi-ra\nDec. 3, 2015 14:30 KST\n\n"
        "Good afternoon. Let me start today's briefing.\n"
    )
    assert p.published_on == dt.date(2015, 12, 3)
    assert p.published_at == dt.datetime(2015, 12, 3, 14, 30)


def test_date_label_with_long_date_value():
    p = _parse("News\n\nEmbassy Holds Reception\n\nDate : 7 May 2017\n\n1. The Embassy held a reception.\n")
    assert p.published_on == dt.date(2017, 5, 7)


def test_image_slot_names_are_dropped():
    p = _parse(
        "Press Releases\n\nMinister Attends Forum\n\nDate\n2013-04-15\nhit\n17\n\nworld1\n\nworld2\n\n"
        "1. The Minister attended the forum on April 15.\n\nphoto_03.jpg\n"
    )
    assert "world1" not in p.cleaned_text and "photo_03" not in p.cleaned_text
    assert p.hits == 17


def test_embassy_name_header_is_not_the_title():
    p = _parse(
        "Embassy of the Republic of Korea in the Federal Republic of Germany\n\nEmbassy News\n\n"
        "Ambassador Visits Hamburg Port\n\n• Date : 2021-06-01 10:00:00\n• Hit : 90\n\n1. The Ambassador visited.\n"
    )
    assert p.title == "Ambassador Visits Hamburg Port"
    assert p.section == "Embassy News"


def test_site_name_alone_is_kept_as_title_when_nothing_follows():
    p = _parse("Ministry of Foreign Affairs of the Republic of Korea\n")
    assert p.title == "Ministry of Foreign Affairs of the Republic of Korea"


def test_social_word_in_a_real_title_is_kept():
    p = _parse("Press Releases\n\nKorea and Chile Agree to Work Together on Blog Literacy\n\n1. Text.\n")
    assert p.title == "Korea and Chile Agree to Work Together on Blog Literacy"


# --- pledges on real text -----------------------------------------------------------------------

def _release(title: str, *paragraphs: str, date: str | None = "2021-05-12", section: str = "Press Releases"):
    body = "\n\n".join(paragraphs)
    block = f"Date\n{date}\nhit\n12\n\n" if date else ""
    return extract(parse_release(f"{section}\n\n{title}\n\n{block}{body}\n".encode(), "r4c_rule.txt"))


def _pledges(x):
    return [(p.kind, p.text) for p in x.pledges]


def test_will_sign_a_memorandum_is_a_signed_document():
    x = _release("Foreign Minister to Meet Peruvian Counterpart",
                 "1. Foreign Minister Chung Eui-yong will meet Foreign Minister of Peru Allan Wagner in Seoul on May 14.",
                 "2. After the meeting, the two sides will sign a memorandum of understanding on climate cooperation.")
    kinds = [k for k, t in _pledges(x) if "memorandum" in t]
    assert kinds == ["signed_document"]


def test_agenda_of_a_planned_meeting_is_not_a_pledge():
    x = _release("Korea-Chile Policy Consultation to Take Place",
                 "1. The two sides will take stock of progress in trade and will discuss ways to cooperate.",
                 "2. They will also go over regional issues and look for new areas of cooperation.")
    assert _pledges(x) == []


def test_agreement_of_an_earlier_event_is_background():
    x = _release("First Senior Officials' Meeting Held",
                 "1. The meeting was created because the members of the Forum in Tashkent last year agreed to hold it.")
    assert not [k for k, _ in _pledges(x) if k == "agreement"]


def test_amounts_in_an_introductory_clause_are_past():
    x = _release("Korea Provides Aid",
                 "1. Following its announcements in March of US$5 million in aid for Haiti, the Korean government "
                 "will continue to contribute to global humanitarian efforts.")
    assert [k for k, _ in _pledges(x)] == ["commitment"]
    assert x.pledges[0].amount is None


def test_coordinated_will_after_a_present_verb_is_a_commitment():
    x = _release("Statement on the Attack in Kabul",
                 "1. The Government of the Republic of Korea strongly condemns the attack, and will continue to "
                 "support international efforts against terrorism.", section="Statements")
    assert [(p.kind, p.actor_country) for p in x.pledges] == [("commitment", "KR")]


def test_reported_would_is_a_commitment():
    x = _release("Foreign Minister Attends Meeting",
                 "1. Foreign Minister Chung stressed that the ROK would expand its support for maritime security in the region.")
    assert [(p.kind, p.actor_country) for p in x.pledges] == [("commitment", "KR")]


def test_hoped_would_is_not_a_commitment():
    x = _release("Foreign Minister Attends Meeting",
                 "1. Foreign Minister Chung said that he hoped the talks would resume soon.")
    assert _pledges(x) == []


# --- meeting kind / format / city ----------------------------------------------------------------

def test_teleconference_is_virtual():
    x = _release("Vice Minister Joins Teleconference",
                 "1. Vice Minister Choi Jong-kun took part in a teleconference with the vice foreign ministers of "
                 "five countries on May 11.")
    assert x.meetings and x.meetings[0].format == "virtual"


def test_held_meeting_placed_nowhere_has_no_format():
    x = _release("Foreign Minister Meets Secretary of State",
                 "1. On May 11, Foreign Minister Chung Eui-yong held a meeting with Secretary of State Antony "
                 "Blinken of the US and discussed the alliance.")
    assert x.meetings and x.meetings[0].format is None


def test_received_visitor_stays_in_person():
    x = _release("Foreign Minister Receives Senator",
                 "1. Foreign Minister Chung Eui-yong received US Senator Tom Wells on May 11.")
    assert x.meetings and x.meetings[0].format == "in_person"


def test_press_briefing_title_does_not_make_a_briefing():
    from diplomacy.extraction.meetings import _kind
    assert _kind("Spokesperson's Press Briefing (May 4, 2021)", False, False) == "meeting"
