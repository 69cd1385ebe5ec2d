"""Filters return exactly the expected rows; bad input never breaks a page."""

import datetime as dt

import pytest
from django.urls import reverse

from diplomacy import models as m
from tests import factories as f

pytestmark = pytest.mark.django_db


def titles(client, name, **params):
    response = client.get(reverse(f"{name}-list"), params)
    assert response.status_code == 200
    return [str(obj) for obj in response.context["object_list"]]


@pytest.fixture
def meetings():
    ru = f.PersonFactory(name="Sergey Lavrov", country="RU")
    f.PersonAliasFactory(person=ru, name="Minister Lavrov")
    cn = f.PersonFactory(name="Wang Yi", country="CN")
    un = f.OrganizationFactory(name="United Nations", acronym="UN", country="")
    moscow = f.MeetingFactory(
        title="In Moscow", city="Moscow", country="RU", date=dt.date(2016, 1, 5)
    )
    seoul = f.MeetingFactory(
        title="Lavrov in Seoul",
        city="Seoul",
        country="KR",
        date=dt.date(2017, 3, 1),
        kind=m.MeetingKind.SUMMIT,
        format=m.MeetingFormat.VIRTUAL,
    )
    f.ParticipationFactory(meeting=seoul, person=ru)
    beijing = f.MeetingFactory(
        title="In Beijing",
        city="Beijing",
        country="CN",
        date=dt.date(2018, 7, 9),
        status=m.MeetingStatus.PLANNED,
        review_status=m.ReviewStatus.VERIFIED,
    )
    f.ParticipationFactory(meeting=beijing, person=cn, organization=un)
    return moscow, seoul, beijing


def test_meeting_country_filter_includes_participants_from_it(viewer_client, meetings):
    assert titles(viewer_client, "meeting", country="RU") == ["Lavrov in Seoul", "In Moscow"]
    assert titles(viewer_client, "meeting", country="CN") == ["In Beijing"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ["In Beijing", "Lavrov in Seoul", "In Moscow"]),
        ({"date_from": "2017-01-01"}, ["In Beijing", "Lavrov in Seoul"]),
        ({"date_from": "2016-01-01", "date_to": "2017-12-31"}, ["Lavrov in Seoul", "In Moscow"]),
        ({"status": "planned"}, ["In Beijing"]),
        ({"kind": "summit"}, ["Lavrov in Seoul"]),
        ({"format": "virtual"}, ["Lavrov in Seoul"]),
        ({"city": "mosc"}, ["In Moscow"]),
        ({"person": "lavrov"}, ["Lavrov in Seoul"]),
        ({"person": "Minister Lavrov"}, ["Lavrov in Seoul"]),
        ({"organization": "UN"}, ["In Beijing"]),
        ({"organization": "united nat"}, ["In Beijing"]),
        ({"review_status": "verified"}, ["In Beijing"]),
        ({"q": "lavrov seoul"}, ["Lavrov in Seoul"]),
        ({"o": "title"}, ["In Beijing", "In Moscow", "Lavrov in Seoul"]),
        ({"o": "-city"}, ["Lavrov in Seoul", "In Moscow", "In Beijing"]),
    ],
)
def test_meeting_filters_exact_rows(viewer_client, meetings, params, expected):
    assert titles(viewer_client, "meeting", **params) == expected


def test_meeting_person_filter_by_id(viewer_client, meetings):
    wang = m.Person.objects.get(name="Wang Yi")
    assert titles(viewer_client, "meeting", person=str(wang.pk)) == ["In Beijing"]


def test_release_filters_exact_rows(viewer_client):
    a = f.ReleaseFactory(
        title="Alpha talks", published_on=dt.date(2015, 1, 1), section="Press Releases"
    )
    f.ReleaseFactory(title="Beta notice", published_on=dt.date(2016, 1, 1), section="Notices")
    f.MeetingReleaseFactory(release=a)
    assert titles(viewer_client, "release", has_meetings="yes") == ["Alpha talks"]
    assert titles(viewer_client, "release", has_meetings="no") == ["Beta notice"]
    assert titles(viewer_client, "release", section="Notices") == ["Beta notice"]
    assert titles(viewer_client, "release", published_to="2015-06-01") == ["Alpha talks"]
    assert titles(viewer_client, "release", q="beta") == ["Beta notice"]
    assert titles(viewer_client, "release", o="published_on") == ["Alpha talks", "Beta notice"]


def test_people_filters_exact_rows(viewer_client):
    lavrov = f.PersonFactory(name="Sergey Lavrov", country="RU")
    kang = f.PersonFactory(name="Kang Kyung-wha", country="KR")
    f.PersonAliasFactory(person=kang, name="Minister Kang")
    mofa = f.OrganizationFactory(name="Ministry of Foreign Affairs", acronym="MOFA")
    f.PositionFactory(person=kang, organization=mofa, title="Minister of Foreign Affairs")
    f.PositionFactory(person=lavrov, organization=None, title="Foreign Minister")
    assert titles(viewer_client, "person", q="minister kang") == ["Kang Kyung-wha"]
    assert titles(viewer_client, "person", country="RU") == ["Sergey Lavrov"]
    assert titles(viewer_client, "person", organization="MOFA") == ["Kang Kyung-wha"]
    assert titles(viewer_client, "person", title="foreign minister") == ["Sergey Lavrov"]
    assert titles(viewer_client, "person", title="foreign") == ["Kang Kyung-wha", "Sergey Lavrov"]


def test_organization_filters_exact_rows(viewer_client):
    un = f.OrganizationFactory(
        name="United Nations",
        acronym="UN",
        country="",
        kind=m.OrganizationKind.INTERNATIONAL_ORGANIZATION,
    )
    f.OrganizationFactory(
        name="UN Security Council", country="", parent=un, kind=m.OrganizationKind.UN_BODY
    )
    f.OrganizationFactory(name="Ministry of Foreign Affairs", country="KR")
    assert titles(viewer_client, "organization", kind="un_body") == ["UN Security Council"]
    assert titles(viewer_client, "organization", country="KR") == ["Ministry of Foreign Affairs"]
    assert titles(viewer_client, "organization", parent="united nations") == ["UN Security Council"]
    assert titles(viewer_client, "organization", q="un") == [
        "UN Security Council",
        "United Nations (UN)",
    ]


def test_pledge_filters_exact_rows(viewer_client):
    nato = f.OrganizationFactory(name="North Atlantic Treaty Organization", acronym="NATO")
    early = f.ReleaseFactory(published_on=dt.date(2015, 5, 1))
    late = f.ReleaseFactory(published_on=dt.date(2019, 5, 1))
    f.PledgeFactory(text="Kept one", release=early, fulfilment="kept")
    f.PledgeFactory(
        text="Stalled one",
        release=late,
        fulfilment="stalled",
        firmness="committed",
        actor="NATO allies",
        actor_organization=nato,
    )
    f.PledgeFactory(text="Proposal one", release=late, kind="proposal")
    assert titles(viewer_client, "pledge", fulfilment="open") == ["Proposal one", "Stalled one"]
    assert titles(viewer_client, "pledge", fulfilment="kept") == ["Kept one"]
    assert titles(viewer_client, "pledge", firmness="committed") == ["Stalled one"]
    assert titles(viewer_client, "pledge", kind="proposal") == ["Proposal one"]
    assert titles(viewer_client, "pledge", actor="north atlantic") == ["Stalled one"]
    assert titles(viewer_client, "pledge", date_to="2016-01-01") == ["Kept one"]
    assert titles(viewer_client, "pledge", q="stalled") == ["Stalled one"]


def test_pagination_is_deterministic_across_equal_dates(viewer_client):
    made = [f.MeetingFactory(title=f"M{i:02d}", date=dt.date(2016, 1, 1)) for i in range(55)]
    first = titles(viewer_client, "meeting")
    second = titles(viewer_client, "meeting", page=2)
    assert first + second == [mt.title for mt in reversed(made)]
    response = viewer_client.get(reverse("meeting-list"), {"page": 2})
    assert "55 meetings" in response.text and "page 2 of 2" in response.text


@pytest.mark.parametrize(
    "params",
    [
        {"date_from": "2017-13-45"},
        {"date_to": "yesterday"},
        {"country": "XX"},
        {"status": "'; DROP TABLE diplomacy_meeting; --"},
        {"q": "x" * 5000},
        {"person": "' OR 1=1 --"},
        {"o": "password"},
        {"page": "abc"},
        {"page": "99999"},
        {"unknown": "1", "format": "csv"},
    ],
)
def test_meeting_list_bad_params_never_fail(viewer_client, meetings, params):
    response = viewer_client.get(reverse("meeting-list"), params)
    assert response.status_code == 200
    export = viewer_client.get(reverse("meeting-export"), params)
    assert export.status_code == 200
    assert m.Meeting.objects.count() == 3


def test_bad_date_shows_a_form_error_and_no_rows(viewer_client, meetings):
    response = viewer_client.get(reverse("meeting-list"), {"date_from": "2017-13-45"})
    assert list(response.context["object_list"]) == []
    assert '<p class="error" role="alert">Enter a valid date.</p>' in response.text


def test_long_search_is_refused_with_an_error(viewer_client, meetings):
    response = viewer_client.get(reverse("meeting-list"), {"q": "x" * 5000})
    assert response.context["filter"].errors["q"] == [
        "Ensure this value has at most 200 characters (it has 5000)."
    ]


def test_sql_fragment_in_search_is_just_text(viewer_client, meetings):
    assert titles(viewer_client, "meeting", q="' OR 1=1 --") == []


def test_autocomplete_returns_matching_names(viewer_client, meetings):
    response = viewer_client.get(reverse("autocomplete-people"), {"q": "lavr"})
    lavrov = m.Person.objects.get(name="Sergey Lavrov")
    assert response.json() == {"results": [{"id": lavrov.pk, "name": "Sergey Lavrov"}]}
    assert viewer_client.get(reverse("autocomplete-people"), {"q": "l"}).json() == {"results": []}
    response = viewer_client.get(reverse("autocomplete-organizations"), {"q": "UN"})
    assert [r["name"] for r in response.json()["results"]] == ["United Nations"]


def test_filter_inputs_are_labelled_text_not_selects_of_rows(viewer_client, meetings):
    html = viewer_client.get(reverse("meeting-list")).text
    assert '<label for="id_person">Person</label>' in html
    assert (
        'type="text" name="person"' in html
        and 'data-autocomplete="/autocomplete/people.json"' in html
    )
    assert '<label for="id_country">Country</label>' in html
    assert '<option value="RU">Russia</option>' in html
