"""Round r6a: several encounters told in one sentence or as the list of a trip
(diplomacy/extraction/rules_r6a.py). Examples written in our own words."""

from tests.extraction.rules_helpers import release_maker, roles

release = release_maker("2019-05-20")


def _by_title(x):
    return {m.title: m for m in x.meetings}


def _date(m):
    return (m.date.value.isoformat() if m.date.value else None, m.date.precision)


def test_bilateral_and_trilateral_meetings_of_one_trip():
    x = release(
        "Foreign Minister to Visit Japan for Bilateral and Trilateral Meetings",
        "1. Foreign Minister Kang Kyung-wha will travel to Japan on August 2 to hold bilateral and trilateral "
        "foreign ministerial meetings with Secretary of State Mike Pompeo of the US and Foreign Minister "
        "Taro Kono of Japan.",
    )
    assert len(x.meetings) == 3
    tri = [m for m in x.meetings if m.kind == "conference"]
    assert len(tri) == 1
    assert roles(x, tri[0]) == {"Kang Kyung-wha": "attendee", "Mike Pompeo": "attendee", "Taro Kono": "attendee"}
    bis = {frozenset(roles(x, m).items()) for m in x.meetings if m.kind == "meeting"}
    assert bis == {
        frozenset({("Kang Kyung-wha", "attendee"), ("Mike Pompeo", "counterpart")}),
        frozenset({("Kang Kyung-wha", "visitor"), ("Taro Kono", "host")}),  # the country visited
    }
    for m in x.meetings:
        assert _date(m) == ("2019-08-02", "day")
        assert m.status == "planned" and m.country == "JP"


def test_met_separately_gives_one_meeting_per_counterpart():
    x = release(
        "Foreign Minister Meets Dutch and Canadian Counterparts",
        "Foreign Minister Kang Kyung-wha, who is in Geneva for the Human Rights Council, met separately with "
        "Foreign Minister Stef Blok of the Netherlands and Foreign Minister Marc Garneau of Canada on February 25.",
    )
    assert len(x.meetings) == 2
    got = sorted(tuple(sorted(roles(x, m).items())) for m in x.meetings)
    assert got == [
        (("Kang Kyung-wha", "attendee"), ("Marc Garneau", "counterpart")),
        (("Kang Kyung-wha", "attendee"), ("Stef Blok", "counterpart")),
    ]
    for m in x.meetings:
        assert m.kind == "meeting" and m.status == "held"
        assert _date(m) == ("2019-02-25", "day")
        assert (m.city, m.country) == ("Geneva", "CH")


def test_bilateral_meetings_with_three_ministers():
    x = release(
        "Vice Minister Holds Bilateral Meetings",
        "Vice Foreign Minister Lee Tae-ho held bilateral meetings with Foreign Minister Stef Blok of the "
        "Netherlands, Foreign Minister Marise Payne of Australia and Foreign Minister Marc Garneau of Canada "
        "in Geneva on February 25.",
    )
    assert len(x.meetings) == 3
    assert {n for m in x.meetings for n, r in roles(x, m).items() if r == "counterpart"} == {
        "Stef Blok", "Marise Payne", "Marc Garneau"}
    assert all(roles(x, m)["Lee Tae-ho"] == "attendee" and m.kind == "meeting" for m in x.meetings)


def test_plural_counterparts_named_after_the_word():
    x = release(
        "Foreign Minister to Attend G20 Meeting",
        "On the margins of the G20 Foreign Ministers' Meeting in Nagoya on November 22, Foreign Minister "
        "Kang Kyung-wha will meet bilaterally with her Dutch and Australian counterparts, Stef Blok and "
        "Marise Payne.",
    )
    ppl = {p.name: p for p in x.people}
    assert ppl["Stef Blok"].country == "NL" and ppl["Marise Payne"].country == "AU"
    assert len(x.meetings) == 2
    assert sorted(tuple(sorted(roles(x, m).items())) for m in x.meetings) == [
        (("Kang Kyung-wha", "attendee"), ("Marise Payne", "counterpart")),
        (("Kang Kyung-wha", "attendee"), ("Stef Blok", "counterpart")),
    ]
    assert all(_date(m) == ("2019-11-22", "day") and m.status == "planned" for m in x.meetings)


def test_courtesy_call_and_luncheon_in_one_sentence():
    x = release(
        "Spokesperson's Press Briefing (May 20, 2019)",
        "Minister of Foreign Affairs of Croatia Gordan Grlic Radman will visit the ROK from May 22 to 24 at the "
        "invitation of Foreign Minister Kang Kyung-wha. During his stay, Minister Grlic Radman will pay a courtesy "
        "call on Prime Minister Lee Nak-yon and attend a luncheon hosted by Foreign Minister Kang.",
        section="Press Briefings",
    )
    t = _by_title(x)
    call = next(m for title, m in t.items() if title.startswith("Courtesy call on Prime Minister Lee Nak-yon"))
    meal = next(m for title, m in t.items() if title.startswith("Luncheon hosted by Foreign Minister Kang"))
    assert call.kind == "meeting" and meal.kind == "meal"
    assert roles(x, call) == {"Gordan Grlic Radman": "visitor", "Lee Nak-yon": "host"}
    assert roles(x, meal) == {"Gordan Grlic Radman": "visitor", "Kang Kyung-wha": "host"}
    for m in (call, meal):
        assert _date(m) == ("2019-05-01", "month")  # some day of the visit
        assert m.status == "planned" and m.country == "KR"


def test_pronoun_subject_of_a_visit_calls_on_and_holds_talks():
    x = release(
        "Foreign Minister Visits Mongolia",
        "Foreign Minister Kang Kyung-wha visited Ulaanbaatar, Mongolia, on May 14. She called on President "
        "Khaltmaagiin Battulga and held talks with Foreign Minister Damdin Tsogtbaatar.",
    )
    assert len(x.meetings) == 2
    hosts = {n for m in x.meetings for n, r in roles(x, m).items() if r == "host"}
    assert hosts == {"Khaltmaagiin Battulga", "Damdin Tsogtbaatar"}
    for m in x.meetings:
        assert roles(x, m)["Kang Kyung-wha"] == "visitor"
        assert _date(m) == ("2019-05-14", "day") and (m.city, m.country) == ("Ulaanbaatar", "MN")


def test_further_encounters_of_a_trip_without_a_day():
    x = release(
        "Foreign Minister to Visit New York and Munich",
        "1. Foreign Minister Yun Byung-se will travel to New York and Munich from February 9 to 14 to visit the UN "
        "and to attend the 53rd Munich Security Conference.",
        "2. At his meeting with the representatives of the Security Council members, Minister Yun will call for a "
        "strong resolution.",
        "o Minister Yun will also meet with UN Secretary-General Antonio Guterres and ask for his support.",
        "3. From New York, Minister Yun will go on to the Munich Security Conference, which runs from February "
        "17 to 19. There he will hold talks with US Secretary of State Rex Tillerson to discuss the sanctions.",
        date="2017-02-06",
    )
    t = _by_title(x)
    rep = t["Meeting with the representatives of the Security Council members"]
    assert roles(x, rep) == {"Yun Byung-se": "attendee"}
    assert [p.name_as_written for p in rep.participants if not p.person_key] == [
        "the representatives of the Security Council members"]
    sg = next(m for m in x.meetings if "António Guterres" in roles(x, m))  # the gazetteer's spelling
    assert roles(x, sg) == {"Yun Byung-se": "visitor", "António Guterres": "host"}
    assert (sg.city, sg.country) == ("New York", "US")
    talks = next(m for m in x.meetings if "Rex Tillerson" in roles(x, m))
    assert roles(x, talks) == {"Yun Byung-se": "attendee", "Rex Tillerson": "counterpart"}
    assert talks.city == "Munich" and talks.country == "DE"  # "There": the place just named
    for m in (rep, sg, talks):
        assert _date(m) == ("2017-02-01", "month")
        assert m.status == "planned" and m.format == "in_person"


def test_same_counterpart_twice_is_one_meeting():
    # "met with X and held talks on …": one encounter, not two
    x = release(
        "Foreign Minister Meets Dutch Counterpart",
        "Foreign Minister Kang Kyung-wha met with Foreign Minister Stef Blok of the Netherlands in Seoul on May 14 "
        "and held talks on bilateral relations.",
    )
    assert len(x.meetings) == 1
    assert roles(x, x.meetings[0]) == {"Kang Kyung-wha": "attendee", "Stef Blok": "counterpart"}


def test_meeting_and_luncheon_with_the_same_people_is_one_meeting():
    x = release(
        "Foreign Minister Holds Talks",
        "Foreign Minister Kang Kyung-wha held talks with Foreign Minister Stef Blok of the Netherlands in Seoul on "
        "May 14 and had a working luncheon with him.",
    )
    assert len(x.meetings) == 1


def test_one_delegation_of_several_people_is_not_split():
    # two foreign officials of one country met separately is still one country; not split
    x = release(
        "Vice Minister Meets Delegation",
        "Vice Foreign Minister Lee Tae-ho met separately with Deputy Foreign Minister Maria Lopez of Chile and "
        "Vice Minister Carlos Diaz of Chile in Seoul on May 14.",
    )
    assert len(x.meetings) == 1


def test_undated_also_sentence_outside_a_trip_is_not_a_meeting():
    # a later sentence with "also" that is not an encounter ("will also discuss") adds nothing
    x = release(
        "Foreign Minister Meets Dutch Counterpart",
        "Foreign Minister Kang Kyung-wha will meet with Foreign Minister Stef Blok of the Netherlands in Seoul on "
        "May 24.",
        "The two ministers will also discuss cooperation on climate change with experts.",
    )
    assert len(x.meetings) == 1


def test_luncheon_with_other_company_after_talks_is_its_own_meeting():
    x = release(
        "Spokesperson's Press Briefing (May 20, 2019)",
        "First, Foreign Minister Kang Kyung-wha will visit Dublin, Ireland, from May 27 to 29.",
        "On this trip, Minister Kang will hold talks with Foreign Minister Simon Coveney of Ireland on May 28.",
        "Later the same day, May 28, Minister Kang will have a luncheon with members of the Irish parliament.",
        section="Press Briefings",
    )
    # the visit told through its encounters is not recorded as well
    assert [m.kind for m in x.meetings] == ["meeting", "meal"]
    talks, meal = x.meetings
    assert roles(x, talks) == {"Kang Kyung-wha": "visitor", "Simon Coveney": "host"}
    assert meal.title == "Luncheon with members of the Irish parliament"
    assert roles(x, meal) == {"Kang Kyung-wha": "visitor"}
    assert _date(meal) == ("2019-05-28", "day")
    assert (meal.city, meal.country, meal.format) == ("Dublin", "IE", "in_person")


def test_dinner_with_the_same_counterpart_stays_one_meeting():
    x = release(
        "Foreign Minister Holds Talks with Irish Counterpart",
        "Foreign Minister Kang Kyung-wha held talks with Foreign Minister Simon Coveney of Ireland in Dublin on May 28. "
        "That evening, Minister Kang hosted a dinner for Minister Coveney.",
    )
    assert len(x.meetings) == 1


def test_next_briefing_item_without_trip_anaphor_keeps_its_visit():
    x = release(
        "Spokesperson's Press Briefing (May 20, 2019)",
        "First, Foreign Minister Kang Kyung-wha will visit Dublin, Ireland, from May 27 to 29.",
        "Next, Vice Foreign Minister Cho Sei-young will meet with Deputy Secretary of State John Sullivan of the US "
        "in Seoul on May 24.",
        section="Press Briefings",
    )
    assert sorted(m.kind for m in x.meetings) == ["meeting", "visit"]


def test_talks_and_then_a_courtesy_call_in_one_sentence():
    x = release(
        "Vice Minister Visits Viet Nam",
        "Vice Foreign Minister Lee Tae-ho visited Hanoi on June 3, where he held talks with Deputy Foreign Minister "
        "Nguyen Quoc Dung and then called on Deputy Prime Minister Pham Binh Minh.",
        date="2019-06-05",
    )
    assert len(x.meetings) == 2
    talks, call = x.meetings
    assert roles(x, talks) == {"Lee Tae-ho": "visitor", "Nguyen Quoc Dung": "host"}
    assert "Pham Binh Minh" not in talks.title  # the first clause's own title
    assert call.title.startswith("Courtesy call on Deputy Prime Minister Pham Binh Minh")
    assert roles(x, call) == {"Lee Tae-ho": "visitor", "Pham Binh Minh": "host"}
    for m in x.meetings:
        assert _date(m) == ("2019-06-03", "day") and (m.city, m.country) == ("Hanoi", "VN")


def test_respectively_gives_each_meeting_its_day():
    x = release(
        "Foreign Minister Meets Counterparts",
        "Foreign Minister Kang Kyung-wha met with Foreign Minister Marise Payne of Australia and Foreign Minister "
        "Winston Peters of New Zealand on June 3 and 4, respectively, in Bangkok.",
        date="2019-06-05",
    )
    got = {next(n for n, r in roles(x, m).items() if r == "counterpart"): _date(m) for m in x.meetings}
    assert got == {"Marise Payne": ("2019-06-03", "day"), "Winston Peters": ("2019-06-04", "day")}


def test_a_trilateral_meeting_alone_is_not_split():
    x = release(
        "Foreign Minister Holds Trilateral Meeting",
        "Foreign Minister Kang Kyung-wha held a trilateral meeting with Foreign Minister Marise Payne of Australia and "
        "Foreign Minister Winston Peters of New Zealand in Bangkok on June 3.",
    )
    assert len(x.meetings) == 1 and x.meetings[0].kind == "conference"
    assert set(roles(x, x.meetings[0]).values()) == {"attendee"}
