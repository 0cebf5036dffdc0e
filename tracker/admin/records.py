import datetime

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.views.main import ChangeList
from django.db import transaction
from django.db.models import F, Max, Min, Prefetch, Q
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from .. import derived, search
from ..models import (
    Actor,
    ActorAlias,
    Event,
    Outlet,
    Source,
    Statement,
    StatementLink,
    StatementQuerySet,
    StatementSource,
    StatementTopic,
    Topic,
    stances_in_order,
)
from ..text import normalize_name
from .articles import AddFromArticleAdminMixin
from .conflicts import SEEN_VERSION, ConflictAdminMixin, seen_versions
from .desk import DeskQueueFilter
from .duplicates import DuplicateAdminMixin
from .history import HistoryDiffAdminMixin
from .imports import InterchangeAdminMixin
from .merge import MergeAdminMixin


class ActorAliasInline(admin.TabularInline):
    model = ActorAlias
    extra = 1


@admin.register(Actor)
class ActorAdmin(MergeAdminMixin, ConflictAdminMixin, HistoryDiffAdminMixin, SimpleHistoryAdmin):
    list_display = ("name", "kind", "country", "title", "wikidata_id", "updated_at")
    list_filter = ("kind", "country")
    search_fields = ("name", "slug", "title", "aliases__name")
    prepopulated_fields = {"slug": ("name",)}
    inlines = (ActorAliasInline,)
    fields = ("name", "slug", "kind", "title", "country", "wikidata_id", "description")


@admin.register(Topic)
class TopicAdmin(MergeAdminMixin, ConflictAdminMixin, HistoryDiffAdminMixin, SimpleHistoryAdmin):
    list_display = ("name", "parent", "slug")
    list_select_related = ("parent",)
    search_fields = ("name", "slug", "description")
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ("parent",)
    fields = ("name", "slug", "parent", "description", "keywords")


@admin.register(Outlet)
class OutletAdmin(MergeAdminMixin, ConflictAdminMixin, HistoryDiffAdminMixin, SimpleHistoryAdmin):
    list_display = ("name", "country", "language", "homepage")
    list_filter = ("country", "language")
    search_fields = ("name", "slug", "homepage")
    prepopulated_fields = {"slug": ("name",)}


@admin.register(Source)
class SourceAdmin(ConflictAdminMixin, HistoryDiffAdminMixin, SimpleHistoryAdmin):
    list_display = ("__str__", "outlet", "published_on", "url")
    list_select_related = ("outlet",)
    list_filter = ("outlet",)
    search_fields = ("title", "url", "author", "outlet__name")
    autocomplete_fields = ("outlet",)
    date_hierarchy = "published_on"


@admin.register(Event)
class EventAdmin(ConflictAdminMixin, HistoryDiffAdminMixin, SimpleHistoryAdmin):
    list_display = ("name", "start_date", "end_date", "place")
    search_fields = ("name", "slug", "place")
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ("participants",)
    date_hierarchy = "start_date"


class StatementTopicInline(admin.TabularInline):
    model = StatementTopic
    autocomplete_fields = ("topic",)
    fields = ("topic", "stance")
    extra = 1


class StatementSourceInline(admin.TabularInline):
    model = StatementSource
    autocomplete_fields = ("source",)
    fields = ("position", "source", "role")
    ordering = ("position", "id")
    extra = 1


class StatementLinkInline(admin.TabularInline):
    model = StatementLink
    fk_name = "from_statement"
    autocomplete_fields = ("to_statement",)
    fields = ("relation", "to_statement")
    extra = 0


class AddTopicForm(forms.Form):
    topic = forms.ModelChoiceField(label=_("Topic"), queryset=Topic.objects.all())
    stance = forms.ChoiceField(label=_("Stance"), choices=StatementTopic.Stance.choices)


class SpanDatesQuerySet(StatementQuerySet):
    """Year and month choices for the date hierarchy from the first and last date.

    Django asks for `SELECT DISTINCT date_trunc(...)` over every matching row, a full scan
    at a million statements; the span costs two index lookups. A year or month inside the
    span with no statements may be listed, and simply opens an empty list.

    Filtered by one topic and nothing else, the statements are that topic's links, one link
    each (`links`, set by StatementChangeList): they are counted and their dates spanned on the
    links' (topic, said_on) index, where the list itself would join every link of the topic
    to its statement for each of the count and the two dates (1M: 40,000 links, three times).
    """

    links = None

    def count(self):
        return self.links.count() if self.links is not None else super().count()

    def span(self, field_name):
        """(first, last) value of `field_name`, as two index lookups."""
        if self.links is not None and field_name == "said_on":
            dates = self.links.filter(said_on__isnull=False).order_by().values_list("said_on", flat=True)
        else:
            dates = self.order_by().values_list(field_name, flat=True)
        return dates.order_by(field_name).first(), dates.order_by(f"-{field_name}").first()

    def dates(self, field_name, kind, order="ASC"):
        if kind == "day":
            return super().dates(field_name, kind, order)
        first, last = self.span(field_name)
        if first is None:
            return []
        if kind == "year":
            span = [datetime.date(year, 1, 1) for year in range(first.year, last.year + 1)]
        else:
            span = [
                datetime.date(month // 12, month % 12 + 1, 1)
                for month in range(first.year * 12 + first.month - 1, last.year * 12 + last.month)
            ]
        return span if order == "ASC" else span[::-1]

    def aggregate(self, *args, **kwargs):
        """The date hierarchy's first and last date, as two index lookups: SQLite answers MIN()
        or MAX() from an index, not both in one query (a full scan at 1M statements)."""
        first, last = kwargs.get("first"), kwargs.get("last")
        if not args and len(kwargs) == 2 and isinstance(first, Min) and isinstance(last, Max):
            (field,) = first.source_expressions
            if last.source_expressions == [field] and isinstance(field, F):
                first, last = self.span(field.name)
                return {"first": first, "last": last}
        return super().aggregate(*args, **kwargs)


class StatementChangeList(ChangeList):
    def get_queryset(self, request, exclude_parameters=None):
        queryset = super().get_queryset(request, exclude_parameters)
        topic = self.only_topic() if exclude_parameters is None else None
        link_order = self.link_order(queryset.query.order_by)
        if topic is not None and link_order:
            # One topic's statements by date: its links hold a copy of each statement's date, so the page
            # is read down their (topic, said_on, statement) index and stops after a page, where ordering
            # by the statements' own columns sorts every statement of the topic first (1M: 40,000).
            linked = self.root_queryset.filter(topic_stances__topic=topic)
            queryset = self.apply_select_related(linked.order_by(*link_order))
        elif queryset.query.distinct:
            # A filter across topics or mentions: Django deduplicates whole rows (`SELECT DISTINCT`
            # over every column, texts included); selecting the matching ids instead is the same list.
            matching = queryset.order_by()
            matching.query.distinct = False
            ordering = queryset.query.order_by
            queryset = self.apply_select_related(self.root_queryset.filter(pk__in=matching.values("pk")))
            queryset = queryset.order_by(*ordering)
        # The topics column reads each row's stances from one prefetch.
        stances = Prefetch("topic_stances", queryset=stances_in_order(), to_attr="prefetched_stances")
        queryset = SpanDatesQuerySet(model=queryset.model, query=queryset.query, using=queryset.db)
        queryset = queryset.prefetch_related(stances)
        if topic is not None:
            queryset.links = StatementTopic.objects.filter(topic_id=topic)
        return queryset

    @staticmethod
    def link_order(ordering):
        """The list's order (by date, then the primary key, as Django completes it) on a topic's links, or None."""
        terms = [str(term) for term in ordering]
        if len(terms) != 2 or terms[0].lstrip("-") != "said_on" or terms[1].lstrip("-") not in ("id", "pk"):
            return None
        said_on, pk = (term[: len(term) - len(term.lstrip("-"))] for term in terms)
        return [f"{said_on}topic_stances__said_on", f"{pk}topic_stances__statement_id"]

    def only_topic(self):
        """The topic id when the list is filtered by `topics__id__exact` and by nothing else."""
        params = self.get_filters_params()
        value = params.get("topics__id__exact", [""])
        if self.query or len(params) != 1 or len(value) != 1 or not value[0].isdigit():
            return None
        return int(value[0])


@admin.register(Statement)
class StatementAdmin(
    AddFromArticleAdminMixin,
    InterchangeAdminMixin,
    DuplicateAdminMixin,
    ConflictAdminMixin,
    HistoryDiffAdminMixin,
    SimpleHistoryAdmin,
):
    list_display = ("excerpt", "speaker", "said_on", "topic_list", "kind", "act", "status_seen", "updated_at")
    list_display_links = ("excerpt",)
    list_select_related = ("speaker",)
    list_filter = ("status", DeskQueueFilter, "kind", "act", "attribution", "date_precision")
    list_per_page = 50
    # The unfiltered total costs a full count per page view at scale; the filtered count is enough.
    show_full_result_count = False
    search_fields = ("text", "speaker__name", "setting", "key")
    date_hierarchy = "said_on"
    autocomplete_fields = ("speaker", "relayed_by", "event", "mentions")
    inlines = (StatementTopicInline, StatementSourceInline, StatementLinkInline)
    readonly_fields = ("created_at", "created_by", "updated_at", "updated_by", "published_at", "version")
    actions = ("publish", "send_to_review", "retract", "add_topic", "export_csv")
    versioned_actions = ("publish", "send_to_review", "retract")
    fieldsets = (
        (None, {"fields": ("speaker", "speaker_title", "kind", "text", "condition")}),
        (
            _("When and where"),
            {"fields": ("said_on", "date_precision", "first_reported_on", "setting", "event", "audience")},
        ),
        (_("Classification"), {"fields": ("act", "attribution", "relayed_by", "mentions")}),
        (_("Original language"), {"fields": ("original_text", "original_language"), "classes": ("collapse",)}),
        (_("Publication"), {"fields": ("status", "correction_note", "key")}),
        (_("Record"), {"fields": readonly_fields, "classes": ("collapse",)}),
    )

    class Media:
        css = {"all": ("tracker/admin.css",)}  # a readable statement column

    def action_checkbox(self, obj):
        """The row's checkbox as Django draws it, written out: its widget template, fifty times a page,
        was a sixth of the change list's time."""
        return format_html(
            '<input type="checkbox" name="{}" value="{}" class="action-select" aria-label="{}">',
            helpers.ACTION_CHECKBOX_NAME,
            obj.pk,
            format_html(_("Select this object for an action - {}"), str(obj)),
        )

    @admin.display(description=_("statement"), ordering="text")
    def excerpt(self, obj):
        return obj.text if len(obj.text) <= 160 else f"{obj.text[:159]}…"

    @admin.display(description=_("topics"))
    def topic_list(self, obj):
        return ", ".join(f"{link.topic.name} ({link.get_stance_display().lower()})" for link in obj.stances) or "—"

    @admin.display(description=_("status"), ordering="status")
    def status_seen(self, obj):
        """The status, and the version the editor sees: a bulk action leaves alone what changed since."""
        return format_html(
            '{}<input type="hidden" name="{}" value="{}:{}">',
            obj.get_status_display(),
            SEEN_VERSION,
            obj.pk,
            obj.version,
        )

    def get_changelist(self, request, **kwargs):
        return StatementChangeList

    def get_search_results(self, request, queryset, search_term):
        """`#123` opens one statement; words search the text through the full-text index,
        the speaker's name and aliases, and the external key."""
        term = search_term.strip()
        if not term:
            return queryset, False
        if term.startswith("#") and term[1:].isdigit():
            return queryset.filter(pk=int(term[1:])), False
        speakers = Actor.objects.filter(Q(name__icontains=term) | Q(aliases__normalized=normalize_name(term)))
        matches = search.filter_statements(queryset, term) | queryset.filter(
            Q(speaker__in=speakers.values("id")) | Q(key=term)
        )
        return matches, False

    def get_changeform_initial_data(self, request):
        initial = {"said_on": timezone.localdate(), "status": Statement.Status.DRAFT}
        initial.update(super().get_changeform_initial_data(request))
        return initial

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        obj.updated_by = request.user
        if not obj.speaker_title and obj.speaker_id:
            obj.speaker_title = obj.speaker.title
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        with derived.batch():  # the inline topics bring the kept tables up to date once
            super().save_related(request, form, formsets, change)
        form.instance.refresh_first_reported_on()

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.status != Statement.Status.DRAFT and not request.user.is_superuser:
            return False
        return super().has_delete_permission(request, obj)

    def delete_queryset(self, request, queryset):
        with transaction.atomic(), derived.batch():  # the kept tables follow once, not per statement
            super().delete_queryset(request, queryset)

    def get_actions(self, request):
        actions = super().get_actions(request)
        if not request.user.is_superuser:
            # Bulk delete could take published statements with it: editors retract instead.
            actions.pop("delete_selected", None)
        return actions

    def _set_status(self, request, queryset, status, message):
        seen = seen_versions(request)
        changed, moved_on = 0, []
        with transaction.atomic(), derived.batch():
            for statement in queryset.select_for_update().exclude(status=status):
                if seen.get(statement.pk, statement.version) != statement.version:
                    moved_on.append(statement)
                    continue
                statement.status = status
                statement.updated_by = request.user
                statement._change_reason = f"Bulk action: {status}"
                statement.save()
                changed += 1
        self.message_user(request, message % {"count": changed}, messages.SUCCESS)
        if moved_on:
            links = format_html_join(
                ", ",
                '<a href="{}">#{}</a>',
                ((reverse("admin:tracker_statement_change", args=[s.pk]), s.pk) for s in moved_on),
            )
            self.message_user(
                request,
                format_html(
                    "{} {}",
                    ngettext(
                        "Left alone because someone saved it after you loaded this list — check it first:",
                        "Left alone because someone saved them after you loaded this list — check them first:",
                        len(moved_on),
                    ),
                    links,
                ),
                messages.WARNING,
            )

    @admin.action(description=_("Publish selected statements"), permissions=("change",))
    def publish(self, request, queryset):
        self._set_status(request, queryset, Statement.Status.PUBLISHED, _("%(count)d statement(s) published."))

    @admin.action(description=_("Send selected statements to review"), permissions=("change",))
    def send_to_review(self, request, queryset):
        self._set_status(request, queryset, Statement.Status.REVIEW, _("%(count)d statement(s) sent to review."))

    @admin.action(description=_("Retract selected statements"), permissions=("change",))
    def retract(self, request, queryset):
        self._set_status(request, queryset, Statement.Status.RETRACTED, _("%(count)d statement(s) retracted."))

    @admin.action(description=_("Add a topic to selected statements"), permissions=("change",))
    def add_topic(self, request, queryset):
        form = AddTopicForm(request.POST if "apply" in request.POST else None)
        if form.is_valid():
            topic, stance = form.cleaned_data["topic"], form.cleaned_data["stance"]
            added = 0
            with transaction.atomic(), derived.batch():
                for statement in queryset.exclude(topic_stances__topic=topic):
                    StatementTopic.objects.create(statement=statement, topic=topic, stance=stance)
                    added += 1
            self.message_user(
                request,
                ngettext(
                    "Added “%(topic)s” to %(count)d statement.",
                    "Added “%(topic)s” to %(count)d statements.",
                    added,
                )
                % {"topic": topic, "count": added},
                messages.SUCCESS,
            )
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": _("Add a topic"),
            "opts": self.model._meta,
            "form": form,
            "queryset": queryset,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/tracker/statement/add_topic.html", context)
