"""Staff pages. Every view requires a staff login (non-staff users get 403)."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, render

from .models import Meeting, Organization, Person, Pledge, Release


def staff_required(view):
    @login_required
    def wrapped(request, *args, **kwargs):
        if not request.user.is_staff:
            raise PermissionDenied("Staff only")
        return view(request, *args, **kwargs)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


@staff_required
def dashboard(request):
    counts = {
        "releases": Release.objects.count(),
        "meetings": Meeting.objects.count(),
        "people": Person.objects.count(),
        "organizations": Organization.objects.count(),
        "pledges": Pledge.objects.count(),
    }
    return render(request, "diplomacy/dashboard.html", {"counts": counts})


@staff_required
def release_detail(request, pk):
    release = get_object_or_404(Release, pk=pk)
    return render(request, "diplomacy/release_detail.html", {"release": release})
