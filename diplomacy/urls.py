"""Staff pages. CSV downloads live at ``<list>/export.csv`` and take the list's query string
(``/meetings/export.csv?country=RU``): ``?format=`` is taken by the meeting format filter."""

from django.urls import path

from . import views

PAGES = [
    ("releases", "release", views.ReleaseListView, views.ReleaseDetailView),
    ("meetings", "meeting", views.MeetingListView, views.MeetingDetailView),
    ("people", "person", views.PersonListView, views.PersonDetailView),
    ("organizations", "organization", views.OrganizationListView, views.OrganizationDetailView),
    ("pledges", "pledge", views.PledgeListView, views.PledgeDetailView),
]

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("autocomplete/people.json", views.autocomplete_people, name="autocomplete-people"),
    path(
        "autocomplete/organizations.json",
        views.autocomplete_organizations,
        name="autocomplete-organizations",
    ),
]
for prefix, name, list_view, detail_view in PAGES:
    urlpatterns += [
        path(f"{prefix}/", list_view.as_view(), name=f"{name}-list"),
        path(f"{prefix}/export.csv", list_view.as_view(export=True), name=f"{name}-export"),
        path(f"{prefix}/<int:pk>/", detail_view.as_view(), name=f"{name}-detail"),
    ]
