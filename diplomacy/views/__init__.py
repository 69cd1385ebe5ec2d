"""Staff pages, one module per model family. Every view requires a staff login (anonymous
users go to the login page, signed-in non-staff users get 403)."""

from .autocomplete import organizations as autocomplete_organizations
from .autocomplete import people as autocomplete_people
from .base import StaffRequiredMixin, staff_required
from .dashboard import dashboard
from .meetings import MeetingDetailView, MeetingListView
from .people import (
    OrganizationDetailView,
    OrganizationListView,
    PersonDetailView,
    PersonListView,
)
from .pledges import PledgeDetailView, PledgeListView
from .releases import ReleaseDetailView, ReleaseListView

__all__ = [
    "MeetingDetailView",
    "MeetingListView",
    "OrganizationDetailView",
    "OrganizationListView",
    "PersonDetailView",
    "PersonListView",
    "PledgeDetailView",
    "PledgeListView",
    "ReleaseDetailView",
    "ReleaseListView",
    "StaffRequiredMixin",
    "autocomplete_organizations",
    "autocomplete_people",
    "dashboard",
    "staff_required",
]
