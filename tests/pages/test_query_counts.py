"""Every list and detail page runs the same number of queries for 1 row as for 3.

Each request starts with 2 queries: the session and the user. Detail pages add 2 for the
curator's permissions (user permissions, group permissions) behind the admin edit link."""

import pytest
from django.urls import reverse

from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def rows(build_meeting):
    def build(n):
        last = {}
        for i in range(n):
            meeting = build_meeting(i)
            release = meeting.releases.get()
            person = meeting.participations.first().person
            org = f.PositionFactory(person=person).organization
            f.PositionFactory(person=person, title="Ambassador", organization=None)
            f.OrganizationFactory(parent=org)
            f.PersonAliasFactory(person=person)
            meeting.organizations.add(org)
            pledge = f.PledgeFactory(release=release, actor_organization=org, meeting=meeting)
            f.PledgeStatusChangeFactory(pledge=pledge)
            f.PledgeStatusChangeFactory(pledge=pledge)
            f.EvidenceFactory(
                release=release,
                meeting=None,
                pledge=pledge,
                start=5,
                end=8,
                sentence_start=0,
                sentence_end=20,
            )
            last = {
                "release": release,
                "meeting": meeting,
                "person": person,
                "organization": org,
                "pledge": pledge,
            }
        return last

    return build


# Every list page reads its page in two steps (CappedCountPaginator.page: the page's keys,
# then those rows), so deep pages cost what page 1 does: one query more than a plain slice,
# the same at every size and every page.
LIST_QUERIES = {
    # session, user, capped COUNT, page keys, releases with meeting-count subquery,
    # section choices
    "release": 6,
    # session, user, capped COUNT, page keys, meetings, participations with people (prefetch)
    "meeting": 6,
    # session, user, capped COUNT, page keys, people, positions with organizations (prefetch)
    "person": 6,
    # session, user, capped COUNT, page keys, organizations joined to their parent
    "organization": 5,
    # session, user, capped COUNT, page keys, pledges joined to their release (texts deferred)
    "pledge": 5,
}

DETAIL_QUERIES = {
    # session, user, release, 2 permission queries, evidence joined to its six targets,
    # meetings reported, pledges
    "release": 8,
    # session, user, meeting (+parent), 2 permissions, evidence with sentences (Substr),
    # participations with people and organizations, organizations, releases, pledges
    "meeting": 10,
    # session, user, person, 2 permissions, positions with organizations, counterparts
    # (one GROUP BY), participations with meetings, aliases
    "person": 9,
    # session, user, organization (+parent), 2 permissions, meetings, pledges with releases,
    # aliases, children, positions with people
    "organization": 10,
    # session, user, pledge with release, meeting and organization, 2 permissions,
    # evidence with sentences, status changes with users
    "pledge": 7,
}


@pytest.mark.parametrize("n", [1, 3])
@pytest.mark.parametrize("name", sorted(LIST_QUERIES))
def test_list_query_count_is_constant(curator_client, rows, django_assert_num_queries, name, n):
    rows(n)
    with django_assert_num_queries(LIST_QUERIES[name]):
        response = curator_client.get(reverse(f"{name}-list"))
    assert response.status_code == 200
    assert len(response.context["object_list"]) == (
        2 * n if name in ("organization", "person") else n
    )


@pytest.mark.parametrize("n", [1, 3])
@pytest.mark.parametrize("name", sorted(DETAIL_QUERIES))
def test_detail_query_count_is_constant(curator_client, rows, django_assert_num_queries, name, n):
    obj = rows(n)[name]
    with django_assert_num_queries(DETAIL_QUERIES[name]):
        response = curator_client.get(reverse(f"{name}-detail", args=[obj.pk]))
    assert response.status_code == 200


# session, user, data version, 5 aggregates (total and waiting per table), meetings per
# month, countries (one UNION, counted in SQL), recent releases, meetings waiting for review
DASHBOARD_COLD = 12
# session, user, data version: the rest comes from the cache
DASHBOARD_CACHED = 3


@pytest.mark.parametrize("n", [1, 3])
def test_dashboard_query_count_is_constant(curator_client, rows, django_assert_num_queries, n):
    rows(n)
    with django_assert_num_queries(DASHBOARD_COLD):
        response = curator_client.get(reverse("dashboard"))
    assert [t[2] for t in response.context["totals"]] == [n, n, 2 * n, 2 * n, n]
    with django_assert_num_queries(DASHBOARD_CACHED):
        again = curator_client.get(reverse("dashboard"))
    for key in ("totals", "months", "countries", "month_chart", "country_chart"):
        assert again.context[key] == response.context[key]
