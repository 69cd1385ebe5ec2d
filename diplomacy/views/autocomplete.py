"""JSON for the person and organization filter inputs (a datalist; see autocomplete.js)."""

from django.http import JsonResponse

from diplomacy.filters import TEXT_MAX
from diplomacy.models import Organization, Person

from .base import staff_required

LIMIT = 20


def _names(queryset, request):
    text = request.GET.get("q", "")[:TEXT_MAX].strip()
    if len(text) < 2:
        return JsonResponse({"results": []})
    rows = queryset.search(text).order_by("name", "pk")[:LIMIT]
    return JsonResponse({"results": [{"id": row.pk, "name": row.name} for row in rows]})


@staff_required
def people(request):
    return _names(Person.objects.only("pk", "name"), request)


@staff_required
def organizations(request):
    return _names(Organization.objects.only("pk", "name"), request)
