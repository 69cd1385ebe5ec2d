"""Admin screens for curation, wired from ``diplomacy/admin.py``.

Site-level views (they span several models), added in front of the admin site's URLs:
- ``/admin/diplomacy/review/`` (``admin:curation_review``): the review queue.
- ``/admin/diplomacy/duplicates/`` (``admin:curation_duplicates``): likely duplicates.

ModelAdmin mixins (custom views through ``get_urls()`` + ``admin_site.admin_view``, reached
from changelist actions):
- ``PersonMergeAdminMixin``, ``OrganizationMergeAdminMixin``: ``<model>/merge/?ids=a,b``.
- ``SplitMeetingAdminMixin``: ``meeting/<id>/split/``.
- ``ReassignAdminMixin``: ``participation/reassign/?ids=…``; the change form's person field
  goes through the same domain function.
- ``PledgeStatusAdminMixin``: a status change on the pledge form is recorded as a dated
  PledgeStatusChange with note and source link.

Reading needs staff status (and the view permission for model pages); every write checks
the change permission (merging also the delete permission) and answers 403 otherwise.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.http import urlencode

from diplomacy.models import (
    MeetingRelease,
    Organization,
    Participation,
    Person,
    ReviewStatus,
)

from . import CurationRefused
from .corrections import (
    change_pledge_status,
    move_mention_evidence,
    reassign_participation,
    split_meeting,
)
from .duplicates import (
    likely_duplicate_organizations,
    likely_duplicate_people,
    mark_not_same_organizations,
    mark_not_same_people,
)
from .merge import merge_organizations, merge_people, merge_preview
from .review import QUEUE_MODELS, queue_page, resolve_keys, set_review_status

REVIEW_PER_PAGE = 50
DUPLICATES_SHOWN = 50


def _ids(request, name="ids") -> list[int]:
    raw = request.GET.get(name) or request.POST.get(name) or ""
    return [int(x) for x in raw.split(",") if x.strip().isdigit()]


def _can_change(user, kinds) -> bool:
    return all(user.has_perm(f"diplomacy.change_{kind}") for kind in kinds)


# --- site-level views -------------------------------------------------------------------


def curation_urls(site):
    """URL patterns for the site-level curation views (put in front of the site's own)."""

    def review(request):
        return review_queue_view(request, site)

    def duplicates(request):
        return duplicates_view(request, site)

    return [
        path("diplomacy/review/", site.admin_view(review), name="curation_review"),
        path("diplomacy/duplicates/", site.admin_view(duplicates), name="curation_duplicates"),
    ]


def review_queue_view(request, site):
    """Unreviewed records of six kinds, least confident first, beside their evidence.
    Viewers read it; curators verify or reject one row or the selected rows."""
    if not all(request.user.has_perm(f"diplomacy.view_{kind}") for kind in QUEUE_MODELS):
        raise PermissionDenied
    if request.method == "POST":
        return _review_post(request)
    kinds = [k for k in request.GET.getlist("kind") if k in QUEUE_MODELS]
    page, entries = queue_page(
        page_number=request.GET.get("p", 1), per_page=REVIEW_PER_PAGE, kinds=kinds
    )
    for entry in entries:
        entry.change_url = reverse(
            f"admin:diplomacy_{entry.kind}_change", args=[entry.record.pk]
        )
        entry.key = f"{entry.kind}:{entry.record.pk}"
    context = {
        **site.each_context(request),
        "title": "Review queue",
        "page": page,
        "entries": entries,
        "kinds": list(QUEUE_MODELS),
        "chosen_kinds": kinds,
        "kind_query": urlencode([("kind", k) for k in kinds]),
        "can_review": _can_change(request.user, QUEUE_MODELS),
        "statuses": ReviewStatus,
    }
    return TemplateResponse(request, "admin/curation/review_queue.html", context)


def _review_post(request):
    one = request.POST.get("one", "")
    if one:
        kind, _, rest = one.partition(":")
        pk, _, status = rest.partition(":")
        keys = [f"{kind}:{pk}"]
    else:
        keys = request.POST.getlist("selected")
        status = request.POST.get("status", "")
    records = resolve_keys(keys)
    kinds = {record._meta.model_name for record in records}
    if not _can_change(request.user, kinds):
        raise PermissionDenied
    try:
        count = set_review_status(records=records, status=status, user=request.user)
    except CurationRefused as refusal:
        messages.error(request, str(refusal))
    else:
        messages.success(request, f"{count} record(s) marked {status}.")
    return HttpResponseRedirect(request.get_full_path())


def duplicates_view(request, site):
    """Likely duplicate people and organizations, to merge or dismiss."""
    if not (
        request.user.has_perm("diplomacy.view_person")
        and request.user.has_perm("diplomacy.view_organization")
    ):
        raise PermissionDenied
    if request.method == "POST":
        kind = request.POST.get("kind")
        model, mark, perm = {
            "person": (Person, mark_not_same_people, "diplomacy.add_notsameperson"),
            "organization": (
                Organization,
                mark_not_same_organizations,
                "diplomacy.add_notsameorganization",
            ),
        }.get(kind, (None, None, None))
        if model is None:
            messages.error(request, "Unknown kind of record.")
            return HttpResponseRedirect(request.path)
        if not request.user.has_perm(perm):
            raise PermissionDenied
        first = get_object_or_404(model, pk=request.POST.get("first"))
        second = get_object_or_404(model, pk=request.POST.get("second"))
        try:
            mark(first=first, second=second, user=request.user)
        except CurationRefused as refusal:
            messages.error(request, str(refusal))
        else:
            messages.success(request, f"“{first}” and “{second}” are recorded as different.")
        return HttpResponseRedirect(request.path)
    context = {
        **site.each_context(request),
        "title": "Likely duplicates",
        "sections": [
            ("People", "person", likely_duplicate_people(limit=DUPLICATES_SHOWN)),
            ("Organizations", "organization", likely_duplicate_organizations(
                limit=DUPLICATES_SHOWN
            )),
        ],
        "can_merge": _can_change(request.user, ["person", "organization"]),
    }
    return TemplateResponse(request, "admin/curation/duplicates.html", context)


# --- ModelAdmin mixins ----------------------------------------------------------------


class _CurationViewMixin:
    def _url_name(self, suffix):
        return f"{self.opts.app_label}_{self.opts.model_name}_{suffix}"

    def _context(self, request, title, **extra):
        return {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": title,
            **extra,
        }

    def _require(self, request, *permissions):
        checks = {"change": self.has_change_permission, "delete": self.has_delete_permission}
        if not all(checks[p](request) for p in permissions):
            raise PermissionDenied


class MergeAdminMixin(_CurationViewMixin):
    """Merge two people / two organizations: action → confirmation page → domain function."""

    merge_function = None  # set by the subclasses below

    def get_urls(self):
        view = self.admin_site.admin_view(self.merge_view)
        return [path("merge/", view, name=self._url_name("merge")), *super().get_urls()]

    @admin.action(description="Merge the two selected records…", permissions=["change", "delete"])
    def merge_selected(self, request, queryset):
        pks = sorted(queryset.values_list("pk", flat=True)[:3])
        if len(pks) != 2:
            self.message_user(request, "Select exactly two records to merge.", messages.ERROR)
            return None
        url = reverse(f"admin:{self._url_name('merge')}")
        return HttpResponseRedirect(f"{url}?ids={pks[0]},{pks[1]}")

    def merge_view(self, request):
        self._require(request, "change", "delete")
        pks = _ids(request)
        records = list(self.model.objects.filter(pk__in=pks).order_by("pk"))
        if len(set(pks)) != 2 or len(records) != 2:
            self.message_user(request, "Select exactly two records to merge.", messages.ERROR)
            return HttpResponseRedirect(reverse(f"admin:{self._url_name('changelist')}"))
        if request.method == "POST":
            keep_pk = int(request.POST.get("keep", "0") or 0)
            keep = next((r for r in records if r.pk == keep_pk), None)
            if keep is None:
                self.message_user(request, "Choose the record to keep.", messages.ERROR)
                return HttpResponseRedirect(request.get_full_path())
            remove = next(r for r in records if r.pk != keep_pk)
            try:
                record = type(self).merge_function(keep=keep, remove=remove, user=request.user)
            except CurationRefused as refusal:
                self.message_user(request, str(refusal), messages.ERROR)
                return HttpResponseRedirect(reverse(f"admin:{self._url_name('changelist')}"))
            moved = ", ".join(f"{n} {kind}" for kind, n in record.moved.items()) or "nothing"
            self.message_user(
                request, f"Merged “{record.removed_name}” into “{keep}” (moved: {moved}).",
                messages.SUCCESS,
            )
            change_url = reverse(f"admin:{self._url_name('change')}", args=[keep.pk])
            return HttpResponseRedirect(change_url)
        fields = [
            f
            for f in self.model._meta.concrete_fields
            if f.name not in {"edited_fields", "created_at", "updated_at"}
        ]
        moves = [merge_preview(record) for record in records]
        columns = [
            {
                "record": record,
                "change_url": reverse(f"admin:{self._url_name('change')}", args=[record.pk]),
            }
            for record in records
        ]
        # propose keeping the record with more participations (the better-attested one)
        default_keep = max(
            zip(records, moves, strict=True),
            key=lambda pair: (pair[1]["participations"], -pair[0].pk),
        )[0]
        context = self._context(
            request,
            f"Merge two {self.opts.verbose_name_plural}",
            columns=columns,
            field_rows=[
                (field.verbose_name, [getattr(r, field.name) for r in records]) for field in fields
            ],
            move_rows=[(kind, [m[kind] for m in moves]) for kind in moves[0]],
            default_keep=default_keep.pk,
            ids=f"{records[0].pk},{records[1].pk}",
        )
        return TemplateResponse(request, "admin/curation/merge_confirm.html", context)


class PersonMergeAdminMixin(MergeAdminMixin):
    merge_function = staticmethod(merge_people)


class OrganizationMergeAdminMixin(MergeAdminMixin):
    merge_function = staticmethod(merge_organizations)


class SplitMeetingAdminMixin(_CurationViewMixin):
    def get_urls(self):
        view = self.admin_site.admin_view(self.split_view)
        return [path("<int:pk>/split/", view, name=self._url_name("split")), *super().get_urls()]

    @admin.action(description="Split the selected meeting by release…", permissions=["change"])
    def split_selected(self, request, queryset):
        pks = list(queryset.values_list("pk", flat=True)[:2])
        if len(pks) != 1:
            self.message_user(request, "Select exactly one meeting to split.", messages.ERROR)
            return None
        return HttpResponseRedirect(reverse(f"admin:{self._url_name('split')}", args=pks))

    def split_view(self, request, pk):
        self._require(request, "change")
        meeting = get_object_or_404(self.model, pk=pk)
        links = list(
            MeetingRelease.objects.filter(meeting=meeting)
            .select_related("release")
            .defer("release__raw_text", "release__cleaned_text")
            .order_by("release__published_on", "release_id")
        )
        if request.method == "POST":
            chosen = request.POST.get("release")
            link = next((x for x in links if str(x.release_id) == chosen), None)
            if link is None:
                self.message_user(request, "Choose one of the meeting's releases.", messages.ERROR)
                return HttpResponseRedirect(request.path)
            try:
                new = split_meeting(meeting=meeting, release=link.release, user=request.user)
            except CurationRefused as refusal:
                self.message_user(request, str(refusal), messages.ERROR)
                return HttpResponseRedirect(request.path)
            self.message_user(
                request, f"Release #{link.release_id} now reports a new meeting #{new.pk}.",
                messages.SUCCESS,
            )
            return HttpResponseRedirect(reverse(f"admin:{self._url_name('change')}", args=[new.pk]))
        context = self._context(
            request, f"Split meeting: {meeting}", meeting=meeting, links=links
        )
        return TemplateResponse(request, "admin/curation/split_confirm.html", context)


class ReassignForm(forms.Form):
    def __init__(self, *args, admin_site, **kwargs):
        super().__init__(*args, **kwargs)
        widget = AutocompleteSelect(Participation._meta.get_field("person"), admin_site)
        self.fields["person"] = forms.ModelChoiceField(
            queryset=Person.objects.all(), widget=widget
        )


class ReassignAdminMixin(_CurationViewMixin):
    def get_urls(self):
        view = self.admin_site.admin_view(self.reassign_view)
        return [path("reassign/", view, name=self._url_name("reassign")), *super().get_urls()]

    @admin.action(description="Reassign the selected mentions to another person…",
                  permissions=["change"])
    def reassign_selected(self, request, queryset):
        pks = ",".join(str(pk) for pk in queryset.values_list("pk", flat=True)[:200])
        url = reverse(f"admin:{self._url_name('reassign')}")
        return HttpResponseRedirect(f"{url}?ids={pks}")

    def reassign_view(self, request):
        self._require(request, "change")
        participations = list(
            Participation.objects.filter(pk__in=_ids(request)).select_related("person", "meeting")
        )
        form = ReassignForm(request.POST or None, admin_site=self.admin_site)
        if request.method == "POST" and form.is_valid() and participations:
            person = form.cleaned_data["person"]
            moved = sum(
                reassign_participation(participation=p, person=person, user=request.user)
                for p in participations
            )
            self.message_user(
                request,
                f"{len(participations)} mention(s) now attached to “{person}” "
                f"({moved} evidence row(s) moved).",
                messages.SUCCESS,
            )
            return HttpResponseRedirect(reverse(f"admin:{self._url_name('changelist')}"))
        context = self._context(
            request,
            "Reassign mentions to another person",
            participations=participations,
            form=form,
            media=self.media + form.media,
            ids=",".join(str(p.pk) for p in participations),
        )
        return TemplateResponse(request, "admin/curation/reassign.html", context)

    def save_model(self, request, obj, form, change):
        # the person field of the change form is a reassignment: its evidence moves too
        if change and "person" in form.changed_data:
            move_mention_evidence(
                participation=obj, old_person_id=form.initial.get("person"), person=obj.person
            )
        super().save_model(request, obj, form, change)


class PledgeStatusForm(forms.ModelForm):
    """The pledge form plus the details of a status change (used when firmness or
    fulfilment changes)."""

    status_changed_on = forms.DateField(
        required=False, help_text="When the status changed (today if blank)"
    )
    status_note = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2}))
    status_source_url = forms.URLField(required=False, assume_scheme="https")


STATUS_FORM_FIELDS = ("status_changed_on", "status_note", "status_source_url")


class PledgeStatusAdminMixin:
    form = PledgeStatusForm

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        names = STATUS_FORM_FIELDS
        first_fields = [f for f in fieldsets[0][1]["fields"] if f not in names]
        return [
            (fieldsets[0][0], {**fieldsets[0][1], "fields": first_fields}),
            *fieldsets[1:],
            ("Status change (recorded when firmness or fulfilment changes)", {"fields": names}),
        ]

    def save_model(self, request, obj, form, change):
        # the status-change details are not pledge fields: keep them out of edited_fields
        form.changed_data = [n for n in form.changed_data if n not in STATUS_FORM_FIELDS]
        status_fields = {"firmness", "fulfilment"} & set(form.changed_data)
        if not (change and status_fields):
            super().save_model(request, obj, form, change)
            return
        firmness, fulfilment = obj.firmness, obj.fulfilment
        obj.firmness = form.initial.get("firmness", obj.firmness)
        obj.fulfilment = form.initial.get("fulfilment", obj.fulfilment)
        super().save_model(request, obj, form, change)
        change = change_pledge_status(
            pledge=obj,
            firmness=firmness,
            fulfilment=fulfilment,
            changed_on=form.cleaned_data.get("status_changed_on") or timezone.localdate(),
            note=form.cleaned_data.get("status_note", ""),
            source_url=form.cleaned_data.get("status_source_url", ""),
            user=request.user,
        )
        if (obj.firmness, obj.fulfilment) != (firmness, fulfilment):
            self.message_user(
                request,
                f"The status change of {change.changed_on} is recorded in the history, but a "
                f"later one still sets the current status "
                f"({obj.get_firmness_display()} / {obj.get_fulfilment_display()}).",
                messages.WARNING,
            )


__all__ = [
    "OrganizationMergeAdminMixin",
    "PersonMergeAdminMixin",
    "PledgeStatusAdminMixin",
    "ReassignAdminMixin",
    "SplitMeetingAdminMixin",
    "curation_urls",
]
