"""The curation admin: every model, fast on archive-size tables.

Habits (see STYLE.md): explicit ``list_select_related``; autocomplete for foreign keys; no
foreign-key ``list_filter`` (it loads every related row); capped counts instead of COUNT(*)
over the whole table; every change a person makes is remembered in ``edited_fields`` so that
loads never overwrite it; history with revert through django-simple-history.
"""

import datetime as dt
import functools
import re

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.views.main import ChangeList
from django.core.paginator import Paginator
from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from simple_history.admin import SimpleHistoryAdmin

from .curation.admin_views import (
    OrganizationMergeAdminMixin,
    PersonMergeAdminMixin,
    PledgeStatusAdminMixin,
    ReassignAdminMixin,
    SplitMeetingAdminMixin,
    curation_urls,
)
from .filters import country_name
from .models import (
    Evidence,
    Meeting,
    MeetingRelease,
    MergeRecord,
    NotSameOrganization,
    NotSamePerson,
    Organization,
    OrganizationAlias,
    Participation,
    Person,
    PersonAlias,
    Pledge,
    PledgeStatusChange,
    Position,
    Release,
    ReviewStatus,
)
from .models.meeting_countries import deferred_refresh
from .search import (
    full_text_plans,
    search_meetings,
    search_organizations,
    search_people,
    search_releases,
)

COUNT_CAP = 10_000
# Django 6 will assume https for scheme-less URLs; say so now (and silence the warning).
URL_FIELDS_HTTPS = {models.URLField: {"assume_scheme": "https"}}
CURATION_FIELDS = {"review_status", "confidence", "edited_fields", "reviewed_by", "reviewed_at"}


class CappedCountPaginator(Paginator):
    """Counts at most COUNT_CAP + 1 rows (``SELECT COUNT(*) FROM (… LIMIT n)``), so a
    changelist over a million rows costs a bounded scan; narrow with search or filters to
    reach rows beyond the cap.

    A page is read in two steps (a "deferred join"): the primary keys of the page's rows
    (``ORDER BY … OFFSET … LIMIT …`` over the narrow sort index, without computing the
    listed columns, joins and subqueries for the skipped rows), then those rows by key in the
    same order. A deep page then costs about what page 1 does, and every page runs the same
    two queries.

    ``unfiltered``: the same rows without the filters (a view's base queryset): the second
    step then reads the page's rows by key alone instead of testing every filter again (a
    search or a country's UNION) for them."""

    def __init__(self, object_list, per_page, *args, unfiltered=None, **kwargs):
        super().__init__(object_list, per_page, *args, **kwargs)
        self.unfiltered = unfiltered

    @cached_property
    def count(self):
        rows = self.object_list
        if isinstance(rows, models.QuerySet) and not rows.query.distinct_fields:
            # the order does not change how many rows there are, and a sliced subquery
            # would keep it (walking the sort index across the whole table)
            rows = rows.order_by()
        return rows[: COUNT_CAP + 1].count()

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        rows = self.object_list
        if isinstance(rows, models.QuerySet) and not rows.query.is_sliced:
            keys = list(rows.prefetch_related(None).values_list("pk", flat=True)[bottom:top])
            # the page's rows by key, in the page's order
            return self._get_page(self._by_key(rows).filter(pk__in=keys), number, self)
        return self._get_page(rows[bottom:top], number, self)

    def _by_key(self, rows):
        base = self.unfiltered
        if base is None or rows.query.distinct or rows.query.extra_order_by:
            return rows
        order = rows.query.order_by
        named = {item.lstrip("-") for item in order if isinstance(item, str)}
        added = set(rows.query.annotations) - set(base.query.annotations)
        if not order or len(named) < len(order) or named & added:
            return rows  # the model's default order, an expression, or what a filter added
        return base.order_by(*order)


class LargeTableMixin:
    paginator = CappedCountPaginator
    show_full_result_count = False
    list_per_page = 50

    # Django renders each row's checkbox through the widget templates (a few ms per page of
    # 50 rows); the same HTML, formatted directly.
    @admin.display(description=mark_safe('<input type="checkbox" id="action-toggle">'))
    def action_checkbox(self, obj):
        label = format_html(_("Select this object for an action - {}"), str(obj))
        return format_html(
            '<input type="checkbox" name="{}" value="{}" class="action-select" aria-label="{}">',
            helpers.ACTION_CHECKBOX_NAME,
            str(obj.pk),
            label,
        )


class IndexedSearchMixin:
    """The changelist's (and autocomplete's) search box through diplomacy.search -- full-text
    and trigram-indexed matching on PostgreSQL, word matching on SQLite -- instead of an
    ``icontains`` per field and word; no join, so no duplicate removal. ``search_fields``
    stays set: it shows the box and names what is searched."""

    search_function = None

    def get_search_results(self, request, queryset, search_term):
        if not search_term.strip():
            return queryset, False
        return self.search_function(queryset, search_term), False


class CountryColumnMixin:
    """``country_name`` in ``list_display`` instead of ``country``: the admin would flatten
    the field's 250 choices for every row to find one name."""

    @admin.display(description="country", ordering="country")
    def country_name(self, obj):
        return country_name(obj.country) or None


FILE_NAME = re.compile(r"[\w.-]+\.\w+")


def search_release_admin(queryset, text):
    """A file name (``000123_ab12cd34.txt``) finds that release; anything else searches the
    title and text (full-text search on PostgreSQL)."""
    text = text.strip()
    if FILE_NAME.fullmatch(text):
        return queryset.filter(source_name=text)
    return search_releases(queryset, text)


class YearsFromRange:
    """A queryset whose ``dates(field, "year")`` lists every year from the first row's to the
    last row's (two ends of an index) instead of ``SELECT DISTINCT`` over every row: the
    admin's date hierarchy asks for it on each changelist. A year without rows may be listed
    (its link shows an empty list)."""

    def dates(self, field_name, kind, order="ASC"):
        if kind != "year":
            return super().dates(field_name, kind, order)
        ends = self.aggregate(first=models.Min(field_name), last=models.Max(field_name))
        if ends["first"] is None:
            return []
        years = [dt.date(y, 1, 1) for y in range(ends["first"].year, ends["last"].year + 1)]
        return years if order == "ASC" else years[::-1]


@functools.cache
def _years_from_range(queryset_class):
    return type(f"YearsFromRange{queryset_class.__name__}", (YearsFromRange, queryset_class), {})


class YearsFromRangeChangeList(ChangeList):
    def get_queryset(self, request, exclude_parameters=None):
        queryset = super().get_queryset(request, exclude_parameters)
        queryset.__class__ = _years_from_range(type(queryset))
        return queryset


class DateHierarchyMixin:
    """``date_hierarchy`` without a scan of the table for its years (YearsFromRange)."""

    def get_changelist(self, request, **kwargs):
        return YearsFromRangeChangeList


def remember_edits(obj, form, change: bool) -> None:
    """Record the fields a person changed so that the loader leaves them alone."""
    if hasattr(obj, "mark_edited"):
        edited = set(form.changed_data) - CURATION_FIELDS
        if not change:
            # a record a person creates is theirs as a whole
            edited = {f.name for f in obj._meta.concrete_fields} - CURATION_FIELDS - {"id"}
        obj.mark_edited(edited)


class CuratedAdmin(LargeTableMixin, SimpleHistoryAdmin):
    """Review actions, edit tracking and history for every curated model."""

    actions = ["mark_verified", "mark_rejected", "mark_unreviewed"]
    readonly_fields = ("confidence", "edited_fields", "reviewed_by", "reviewed_at")

    def save_model(self, request, obj, form, change):
        remember_edits(obj, form, change)
        if "review_status" in form.changed_data:
            obj.reviewed_by = request.user
            obj.reviewed_at = timezone.now()
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        # inside the change view's transaction; meeting countries refreshed once per inline
        with deferred_refresh():
            instances = formset.save(commit=False)
            for instance in instances:
                inline_form = next((f for f in formset.forms if f.instance is instance), None)
                if inline_form is not None:
                    remember_edits(instance, inline_form, bool(instance.pk))
                instance.save()
            for obj in formset.deleted_objects:
                obj.delete()
            formset.save_m2m()

    def delete_queryset(self, request, queryset):
        # "delete selected": meeting countries refreshed once, not per deleted row
        with transaction.atomic(), deferred_refresh():
            super().delete_queryset(request, queryset)

    def _set_review(self, request, queryset, status):
        # Saved one by one so that every change gets its history row (who, when).
        count = 0
        for obj in queryset:
            obj.review_status = status
            obj.reviewed_by = request.user
            obj.reviewed_at = timezone.now()
            obj.save(update_fields=["review_status", "reviewed_by", "reviewed_at", "updated_at"])
            count += 1
        self.message_user(
            request, f"{count} record(s) marked {status}.", messages.SUCCESS
        )

    @admin.action(description="Mark selected as verified", permissions=["change"])
    def mark_verified(self, request, queryset):
        self._set_review(request, queryset, ReviewStatus.VERIFIED)

    @admin.action(description="Mark selected as rejected", permissions=["change"])
    def mark_rejected(self, request, queryset):
        self._set_review(request, queryset, ReviewStatus.REJECTED)

    @admin.action(description="Mark selected as unreviewed", permissions=["change"])
    def mark_unreviewed(self, request, queryset):
        self._set_review(request, queryset, ReviewStatus.UNREVIEWED)


# --- inlines ----------------------------------------------------------------------------


class EvidenceInline(admin.TabularInline):
    """Read-only: where the extractor read the fact. Links to the release page."""

    model = Evidence
    extra = 0
    can_delete = False
    show_change_link = False
    fields = ("quote", "field", "span", "open_release")
    readonly_fields = fields
    fk_name = None  # set by subclasses

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description="span")
    def span(self, obj):
        return f"{obj.start}–{obj.end}"

    @admin.display(description="release")
    def open_release(self, obj):
        url = reverse("release-detail", args=[obj.release_id])
        return format_html('<a href="{}#ev-{}">release {}</a>', url, obj.pk, obj.release_id)


def evidence_inline(target: str):
    return type(
        f"{target.title()}EvidenceInline", (EvidenceInline,), {"fk_name": target}
    )


class ParticipationInline(admin.TabularInline):
    model = Participation
    extra = 0
    fields = ("name_as_written", "person", "role", "title", "organization", "review_status")
    autocomplete_fields = ("person", "organization")
    show_change_link = True

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("person", "organization")


class MeetingReleaseInline(admin.TabularInline):
    model = MeetingRelease
    extra = 0
    fields = ("release", "extraction_key")
    readonly_fields = ("extraction_key",)
    raw_id_fields = ("release",)
    verbose_name = "reporting release"


class PositionInline(admin.TabularInline):
    model = Position
    extra = 0
    fields = (
        "title",
        "organization",
        "start_date",
        "end_date",
        "first_seen",
        "last_seen",
        "review_status",
    )
    autocomplete_fields = ("organization",)

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("organization")


class PersonAliasInline(admin.TabularInline):
    model = PersonAlias
    extra = 0
    fields = ("name", "source")


class OrganizationAliasInline(admin.TabularInline):
    model = OrganizationAlias
    extra = 0
    fields = ("name", "source")


class PledgeStatusChangeInline(admin.TabularInline):
    model = PledgeStatusChange
    extra = 0
    fields = ("changed_on", "firmness", "fulfilment", "note", "source_url", "changed_by")
    readonly_fields = ("changed_by",)
    formfield_overrides = URL_FIELDS_HTTPS


# --- model admins -----------------------------------------------------------------------


class ReviewStatusFilter(admin.SimpleListFilter):
    """Review status without a COUNT per option."""

    title = "review status"
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return ReviewStatus.choices

    def queryset(self, request, queryset):
        if self.value() in ReviewStatus.values:
            return queryset.filter(review_status=self.value())
        return queryset


@admin.register(Release)
class ReleaseAdmin(IndexedSearchMixin, DateHierarchyMixin, CuratedAdmin):
    list_display = ("title", "published_on", "section", "hits", "source_name", "review_status")
    list_select_related = ()  # the list reads only the release's own columns
    list_filter = (ReviewStatusFilter, "section")
    search_fields = ("title", "cleaned_text", "=source_name")  # see search_release_admin
    search_function = staticmethod(search_release_admin)
    date_hierarchy = "published_on"
    ordering = ("-published_on", "-id")
    readonly_fields = (
        *CuratedAdmin.readonly_fields,
        "checksum",
        "loaded_at",
        "extractor_version",
        "extraction_warnings",
        "raw_text",
    )
    fieldsets = (
        (None, {"fields": ("title", "section", "published_on", "published_at", "hits")}),
        ("Source", {"fields": ("source_name", "checksum", "notes", "other_language_headers")}),
        ("Text", {"fields": ("cleaned_text", "raw_text"), "classes": ("collapse",)}),
        (
            "Loading and review",
            {
                "fields": (
                    "loaded_at",
                    "extractor_version",
                    "extraction_warnings",
                    "review_status",
                    "confidence",
                    "edited_fields",
                    "reviewed_by",
                    "reviewed_at",
                )
            },
        ),
    )

    def changelist_view(self, request, extra_context=None):
        if request.method != "GET" or not request.GET.get("q", "").strip():
            return super().changelist_view(request, extra_context)
        # a text search: every query of the page through the full-text index
        with full_text_plans():
            response = super().changelist_view(request, extra_context)
            return response.render() if hasattr(response, "render") else response

    def get_queryset(self, request):
        # raw and cleaned text are large; the changelist never shows them
        qs = super().get_queryset(request)
        if request.resolver_match and request.resolver_match.url_name.endswith("changelist"):
            qs = qs.defer("raw_text", "cleaned_text")
        return qs


@admin.register(Meeting)
class MeetingAdmin(
    SplitMeetingAdminMixin, IndexedSearchMixin, DateHierarchyMixin, CountryColumnMixin,
    CuratedAdmin,
):
    list_display = (
        "title",
        "date_display",
        "kind",
        "status",
        "format",
        "city",
        "country_name",
        "review_status",
        "confidence",
    )
    list_select_related = ()  # only the meeting's own columns are listed
    list_filter = (ReviewStatusFilter, "status", "kind", "format", "date_inferred")
    search_fields = ("title", "city", "venue")  # words, through search_meetings
    search_function = staticmethod(search_meetings)
    date_hierarchy = "date"
    ordering = ("-date", "-id")
    autocomplete_fields = ("parent", "organizations")
    inlines = [ParticipationInline, MeetingReleaseInline, evidence_inline("meeting")]
    actions = [*CuratedAdmin.actions, "split_selected"]
    fieldsets = (
        (None, {"fields": ("title", "kind", "status", "format", "series", "ordinal", "parent")}),
        (
            "When",
            {
                "fields": (
                    "date",
                    "date_precision",
                    "date_inferred",
                    "date_uncertain",
                    "date_reason",
                    "time",
                )
            },
        ),
        ("Where", {"fields": ("city", "country", "venue")}),
        ("Organizations", {"fields": ("organizations",)}),
        (
            "Review",
            {
                "fields": (
                    "review_status",
                    "confidence",
                    "edited_fields",
                    "reviewed_by",
                    "reviewed_at",
                )
            },
        ),
    )

    @admin.display(description="date", ordering="date")
    def date_display(self, obj):
        return obj.date_display


@admin.register(Participation)
class ParticipationAdmin(ReassignAdminMixin, CuratedAdmin):
    list_display = ("name_as_written", "role", "person", "meeting", "title", "review_status")
    list_select_related = ("person", "meeting")
    list_filter = (ReviewStatusFilter, "role")
    search_fields = ("name_as_written", "title")
    autocomplete_fields = ("meeting", "person", "organization")
    raw_id_fields = ("release",)
    inlines = [evidence_inline("participation")]
    actions = [*CuratedAdmin.actions, "reassign_selected"]


@admin.register(Person)
class PersonAdmin(PersonMergeAdminMixin, IndexedSearchMixin, CountryColumnMixin, CuratedAdmin):
    list_display = (
        "name", "family_name", "given_name", "country_name", "review_status", "confidence"
    )
    list_select_related = ()
    list_filter = (ReviewStatusFilter, "name_order")
    search_fields = ("name", "aliases__name")
    search_function = staticmethod(search_people)
    ordering = ("name", "id")
    inlines = [PersonAliasInline, PositionInline, evidence_inline("person")]
    actions = [*CuratedAdmin.actions, "merge_selected"]


@admin.register(Position)
class PositionAdmin(CuratedAdmin):
    list_display = ("person", "title", "organization", "first_seen", "last_seen", "review_status")
    list_select_related = ("person", "organization")
    list_filter = (ReviewStatusFilter,)
    search_fields = ("title", "person__name")
    autocomplete_fields = ("person", "organization")
    inlines = [evidence_inline("position")]


@admin.register(Organization)
class OrganizationAdmin(
    OrganizationMergeAdminMixin, IndexedSearchMixin, CountryColumnMixin, CuratedAdmin
):
    list_display = ("name", "acronym", "kind", "country_name", "parent", "review_status")
    list_select_related = ("parent",)
    list_filter = (ReviewStatusFilter, "kind")
    search_fields = ("name", "acronym", "aliases__name")
    search_function = staticmethod(search_organizations)
    ordering = ("name", "id")
    autocomplete_fields = ("parent",)
    inlines = [OrganizationAliasInline, evidence_inline("organization")]
    actions = [*CuratedAdmin.actions, "merge_selected"]


@admin.register(Pledge)
class PledgeAdmin(PledgeStatusAdminMixin, CuratedAdmin):
    list_display = (
        "short_text",
        "kind",
        "actor",
        "firmness",
        "fulfilment",
        "amount",
        "currency",
        "release",
        "review_status",
    )
    list_select_related = ("release",)
    list_filter = (ReviewStatusFilter, "kind", "firmness", "fulfilment")
    search_fields = ("text", "actor")
    autocomplete_fields = ("actor_organization", "meeting")
    raw_id_fields = ("release",)
    inlines = [PledgeStatusChangeInline, evidence_inline("pledge")]

    @admin.display(description="text")
    def short_text(self, obj):
        return obj.text[:100]

    def get_queryset(self, request):
        return super().get_queryset(request).defer("release__raw_text", "release__cleaned_text")

    def save_formset(self, request, form, formset, change):
        if formset.model is PledgeStatusChange:
            for inline_form in formset.forms:
                if inline_form.has_changed() and not inline_form.instance.changed_by_id:
                    inline_form.instance.changed_by = request.user
        super().save_formset(request, form, formset, change)


class AliasAdmin(LargeTableMixin, SimpleHistoryAdmin):
    list_display = ("name", "owner", "source")
    list_filter = ("source",)


@admin.register(PersonAlias)
class PersonAliasAdmin(AliasAdmin):
    list_select_related = ("person",)
    search_fields = ("name", "person__name")
    autocomplete_fields = ("person",)

    @admin.display(description="person")
    def owner(self, obj):
        return obj.person


@admin.register(OrganizationAlias)
class OrganizationAliasAdmin(AliasAdmin):
    list_select_related = ("organization",)
    search_fields = ("name", "organization__name")
    autocomplete_fields = ("organization",)

    @admin.display(description="organization")
    def owner(self, obj):
        return obj.organization


@admin.register(PledgeStatusChange)
class PledgeStatusChangeAdmin(LargeTableMixin, SimpleHistoryAdmin):
    list_display = ("pledge", "changed_on", "firmness", "fulfilment", "changed_by")
    list_select_related = ("pledge", "changed_by")
    list_filter = ("firmness", "fulfilment")
    date_hierarchy = "changed_on"
    autocomplete_fields = ("pledge",)
    readonly_fields = ("changed_by",)
    formfield_overrides = URL_FIELDS_HTTPS

    def save_model(self, request, obj, form, change):
        if not obj.changed_by_id:
            obj.changed_by = request.user
        super().save_model(request, obj, form, change)


@admin.register(Evidence)
class EvidenceAdmin(LargeTableMixin, admin.ModelAdmin):
    """Evidence is written by the loader: staff read it here, they do not edit it."""

    list_display = ("quote", "field", "target", "release_link", "start", "end")
    list_select_related = ()
    list_filter = ("field",)
    search_fields = ("quote",)
    raw_id_fields = (
        "release",
        "meeting",
        "participation",
        "person",
        "position",
        "organization",
        "pledge",
    )

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description="supports")
    def target(self, obj):
        return obj.target_name

    @admin.display(description="release")
    def release_link(self, obj):
        url = reverse("release-detail", args=[obj.release_id])
        return format_html('<a href="{}#ev-{}">release {}</a>', url, obj.pk, obj.release_id)


@admin.register(MeetingRelease)
class MeetingReleaseAdmin(LargeTableMixin, admin.ModelAdmin):
    list_display = ("meeting", "release", "extraction_key", "created_at")
    list_select_related = ("meeting", "release")
    raw_id_fields = ("meeting", "release")
    search_fields = ("meeting__title", "release__title")

    def get_queryset(self, request):
        return super().get_queryset(request).defer("release__raw_text", "release__cleaned_text")


class NotSameAdmin(admin.ModelAdmin):
    list_display = ("first", "second", "decided_by", "created_at", "note")
    list_select_related = ("first", "second", "decided_by")
    readonly_fields = ("decided_by", "created_at")

    def save_model(self, request, obj, form, change):
        if obj.first_id and obj.second_id and obj.first_id > obj.second_id:
            obj.first_id, obj.second_id = obj.second_id, obj.first_id
        if not obj.decided_by_id:
            obj.decided_by = request.user
        super().save_model(request, obj, form, change)


@admin.register(NotSamePerson)
class NotSamePersonAdmin(NotSameAdmin):
    autocomplete_fields = ("first", "second")


@admin.register(NotSameOrganization)
class NotSameOrganizationAdmin(NotSameAdmin):
    autocomplete_fields = ("first", "second")


@admin.register(MergeRecord)
class MergeRecordAdmin(admin.ModelAdmin):
    list_display = ("kind", "removed_name", "kept_name", "performed_by", "performed_at")
    list_select_related = ("performed_by",)
    list_filter = ("kind",)
    readonly_fields = [f.name for f in MergeRecord._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False



# The review queue and the duplicates page span several models, so they are site-level
# admin views (/admin/diplomacy/review/, /admin/diplomacy/duplicates/), put in front of the
# site's own URLs as an AdminSite subclass's get_urls() would (config/urls.py keeps using
# the default site). See diplomacy/curation/admin_views.py.
_site_get_urls = admin.site.get_urls
admin.site.get_urls = lambda: [*curation_urls(admin.site), *_site_get_urls()]
