"""The one StatementFilter: timeline, feeds, API and every export filter through it."""

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db.models import Exists, OuterRef
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django_filters.fields import ModelMultipleChoiceField
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from . import rollups, search
from .db import searchorder
from .db.subqueries import first_ids, ids_in, probe_in
from .models import Actor, ActorAlias, Event, Outlet, Statement, StatementSource, StatementTopic, Topic
from .text import normalize_name

MAX_QUERY_LENGTH = 200
# Above this many link rows a topic, mention or outlet counts as broad for reading a page.
BROAD_LINKS = 5000
NO_CONTROL_CHARACTERS = RegexValidator(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", _("Remove the control characters from the search."), inverse_match=True
)
# The filters naming registry records, and the kind of record each names.
REGISTRY_FIELDS = {
    "actor": "actor",
    "mentions": "actor",
    "relayed_by": "actor",
    "topic": "topic",
    "outlet": "outlet",
    "event": "event",
}
MAX_NAME_LENGTH = 300  # the longest name a record may have (an event's)


class RegistryChoiceField(ModelMultipleChoiceField):
    """Records by slug or by name: `?actor=volodymyr-zelenskyy` or `?actor=Volodymyr Zelenský`.

    A long list is a text field on the readers' form (tracker/registry.py): without JavaScript the
    reader types a name, matched here whatever its case and accents (for actors, an alias too),
    so the timeline, feeds, API and exports accept the same. `resolved` maps each value given to
    its record, for the chips and the form's redrawing.
    """

    default_error_messages = {
        "invalid_choice": _("Select a valid choice: no %(record)s is named “%(value)s” or has that slug."),
        "ambiguous": _(
            "Several %(records)s are named “%(value)s”: pick one from the suggestions, or give its slug (%(slugs)s)."
        ),
        "too_long": _("A name or slug has at most %(n)d characters."),
    }

    def _check_values(self, value):
        values = list(dict.fromkeys(str(item) for item in value))
        for item in values:
            self.validate_no_null_characters(item)
            if len(item) > MAX_NAME_LENGTH:
                raise ValidationError(self.error_messages["too_long"], code="too_long", params={"n": MAX_NAME_LENGTH})
        records = list(self.queryset.filter(slug__in=values))
        self.resolved = {record.slug: record for record in records}
        missing = [item for item in values if item not in self.resolved]
        if not missing:
            return records
        named = self.named(missing)
        meta = self.queryset.model._meta
        for item in missing:
            found = named.get(normalize_name(item), {})
            if not found:
                params = {"record": meta.verbose_name, "value": item[:80]}
                raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice", params=params)
            if len(found) > 1:
                params = {"records": meta.verbose_name_plural, "value": item[:80], "slugs": ", ".join(sorted(found))}
                raise ValidationError(self.error_messages["ambiguous"], code="ambiguous", params=params)
            self.resolved[item] = next(iter(found.values()))
        return list({record.pk: record for record in self.resolved.values()}.values())

    def named(self, values):
        """{normalised name: {slug: record}} of the records named (or, for actors, also known as) one of `values`."""
        wanted = {normalize_name(item) for item in values} - {""}
        found = {}
        for record in self.queryset:
            for key in {normalize_name(record.name), normalize_name(record.slug)} & wanted:
                found.setdefault(key, {})[record.slug] = record
        if self.queryset.model is Actor and wanted:
            aliases = ActorAlias.objects.filter(normalized__in=wanted, actor__in=self.queryset.values("pk"))
            for alias in aliases.select_related("actor"):
                found.setdefault(alias.normalized, {})[alias.actor.slug] = alias.actor
        return found


@extend_schema_field(OpenApiTypes.STR)
class SlugMultipleChoiceFilter(django_filters.ModelMultipleChoiceFilter):
    """Repeatable `?actor=a&actor=b` by slug (or name: RegistryChoiceField); an unknown one is a form error."""

    field_class = RegistryChoiceField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("to_field_name", "slug")
        kwargs.setdefault("distinct", False)
        super().__init__(*args, **kwargs)

    def get_filter_predicate(self, v):
        # django-filter would compare the foreign key with the slug (to_field_name): use the object.
        return {self.field_name: v}


class ColumnChoiceFilter(django_filters.MultipleChoiceFilter):
    """Repeatable `?kind=a&kind=b` on a column of the statement itself: nothing to deduplicate.
    (django-filter's default `DISTINCT` would compare whole rows, texts included, at every match.)"""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("distinct", False)
        super().__init__(*args, **kwargs)


class StatementFilterForm(forms.Form):
    def clean(self):
        cleaned = super().clean()
        after, before = cleaned.get("date_after"), cleaned.get("date_before")
        if after and before and after > before:
            self.add_error("date_before", _("The end date is before the start date."))
        if cleaned.get("stance") and not cleaned.get("topic"):
            self.add_error("stance", _("Choose a topic to filter by stance on it."))
        return cleaned


class StatementFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Search"),
        method="filter_q",
        max_length=MAX_QUERY_LENGTH,
        validators=[NO_CONTROL_CHARACTERS],
        help_text=_('Words are stemmed; put a phrase in "quotes".'),
    )
    actor = SlugMultipleChoiceFilter(
        label=_("Speaker"), field_name="speaker", queryset=Actor.objects.only("id", "slug", "name")
    )
    topic = SlugMultipleChoiceFilter(
        label=_("Topic"), method="filter_topic", queryset=Topic.objects.only("id", "slug", "name")
    )
    stance = django_filters.ChoiceFilter(label=_("Stance"), choices=StatementTopic.Stance.choices, method="filter_noop")
    mentions = SlugMultipleChoiceFilter(
        label=_("Mentions"), method="filter_mentions", queryset=Actor.objects.only("id", "slug", "name")
    )
    kind = ColumnChoiceFilter(label=_("Kind"), choices=Statement.Kind.choices)
    act = ColumnChoiceFilter(label=_("Speech act"), choices=Statement.Act.choices)
    attribution = ColumnChoiceFilter(label=_("Attribution"), choices=Statement.Attribution.choices)
    relayed_by = SlugMultipleChoiceFilter(
        label=_("Relayed by"), field_name="relayed_by", queryset=Actor.objects.only("id", "slug", "name")
    )
    outlet = SlugMultipleChoiceFilter(
        label=_("Outlet"), method="filter_outlet", queryset=Outlet.objects.only("id", "slug", "name")
    )
    event = SlugMultipleChoiceFilter(
        label=_("Event"), field_name="event", queryset=Event.objects.only("id", "slug", "name")
    )
    date_after = django_filters.DateFilter(
        label=_("From"), field_name="said_on", lookup_expr="gte", widget=forms.DateInput(attrs={"type": "date"})
    )
    date_before = django_filters.DateFilter(
        label=_("To"), field_name="said_on", lookup_expr="lte", widget=forms.DateInput(attrs={"type": "date"})
    )
    sort = django_filters.ChoiceFilter(
        label=_("Order"),
        choices=[("newest", _("Newest first")), ("oldest", _("Oldest first"))],
        method="filter_noop",
        empty_label=None,
    )
    status = ColumnChoiceFilter(
        label=_("Status"),
        choices=Statement.Status.choices,
        help_text=_("Staff exports only: readers always get published statements."),
    )

    # True while `paging_qs` builds its queryset (see `linked`).
    _paging = False

    class Meta:
        model = Statement
        form = StatementFilterForm
        fields = []

    def __init__(self, data=None, *args, public_registry=False, published_only=False, **kwargs):
        # A plain HTML form submits every field, empty ones as `?actor=`: empty means "any".
        if data is not None and hasattr(data, "lists"):
            cleaned = data.copy()
            for name, values in data.lists():
                kept = [value for value in values if value != ""]
                if kept:
                    cleaned.setlist(name, kept)
                else:
                    cleaned.pop(name)
            data = cleaned
        super().__init__(data, *args, **kwargs)
        self._first_ids = {}
        # The queryset is every published statement: counts of a filter the monthly counts can
        # answer are read from them (rollup_slice).
        self.published_only = published_only
        if public_registry:
            # Readers may name only records some published statement uses (queries.PUBLIC_REGISTRY).
            from .queries import PUBLIC_REGISTRY

            for name, filter_ in self.filters.items():
                if name not in self.data:
                    continue
                model_name = {"mentions": "actor", "relayed_by": "actor"}.get(name, name)
                if model_name in PUBLIC_REGISTRY and hasattr(filter_, "queryset"):
                    filter_.queryset = PUBLIC_REGISTRY[model_name]().only("id", "slug", "name")

    def filter_noop(self, queryset, name, value):
        return queryset

    def filter_q(self, queryset, name, value):
        return search.filter_statements(
            queryset,
            value,
            first_ids=self.first_ids,
            actor_ids=self.named_actor_ids,
            published=self.published_only,
            speakers=self.speaker_ids,
            oldest=self.sort_order == "oldest",
        )

    @property
    def speaker_ids(self):
        return tuple(sorted(actor.pk for actor in self.form.cleaned_data.get("actor") or []))

    @cached_property
    def named_actor_ids(self):
        """A search naming an actor ("zelensky") also finds what they said and what mentions them."""
        return [actor_id for actor_id, _slug, _name in search.actors_named(self.form.cleaned_data.get("q"))]

    def filter_topic(self, queryset, name, value):
        if not value:
            return queryset
        topic_ids = sorted(Topic.objects.descendant_ids([topic.slug for topic in value]))
        links = StatementTopic.objects.filter(topic_id__in=topic_ids)
        probes = StatementTopic.objects.filter(probe_in("topic_id", topic_ids))
        stance = self.form.cleaned_data.get("stance")
        if stance:
            links, probes = links.filter(stance=stance), probes.filter(stance=stance)
        return self.linked(queryset, links, probes)

    def filter_mentions(self, queryset, name, value):
        if not value:
            return queryset
        through = Statement.mentions.through
        ids = [actor.pk for actor in value]
        return self.linked(
            queryset, through.objects.filter(actor__in=ids), through.objects.filter(probe_in("actor_id", ids))
        )

    def filter_outlet(self, queryset, name, value):
        if not value:
            return queryset
        return self.linked(queryset, StatementSource.objects.filter(source__outlet__in=value))

    def linked(self, queryset, links, probes=None):
        """Statements with a row in `links`, a link table's rows (they carry `statement_id`);
        `probes`, the same rows written to be looked up statement by statement (sql.probe_in).

        A narrow match is fetched as its ids (at most BROAD_LINKS) and read by primary key:
        given a subquery instead, both databases may walk the whole date index hoping to meet
        the matches early, which is slow when they cluster in the past (0.5 s at 1M).
        A broad match stays a subquery (sql.ids_in) that collects the matches once for counts,
        charts and exports; to read one page, the database walks the date index and checks
        each statement until the page is full (`paging_qs`).
        """
        sql, params = links.values("statement_id").query.sql_with_params()
        ids = self.first_ids(links.db, sql, params, BROAD_LINKS)
        if len(ids) < BROAD_LINKS:
            return queryset.filter(id__in=set(ids))
        if self._paging:
            probes = links if probes is None else probes
            return queryset.filter(Exists(probes.filter(statement_id=OuterRef("pk"))))
        return ids_in(queryset, sql, params)

    def first_ids(self, using, sql, params, limit):
        """sql.first_ids, remembered: `qs` and `paging_qs` ask the same question."""
        key = (using, sql, tuple(params), limit)
        if key not in self._first_ids:
            self._first_ids[key] = first_ids(using, sql, params, limit)
        return self._first_ids[key]

    def filter_queryset(self, queryset):
        filtered = super().filter_queryset(queryset)
        if slice_ := self.rollup_slice():
            return rollups.describe(filtered, slice_)
        if matches := self.search_matches():
            return searchorder.describe(filtered, matches)
        return filtered

    # Filters the monthly counts cannot answer (tracker/rollups.py); `sort` changes no count.
    UNCOUNTED = ("q", "stance", "mentions", "kind", "act", "attribution", "relayed_by", "outlet", "event", "status")

    def rollup_slice(self):
        """The filter as a rollups.Slice (speakers, one topic, dates), or None when it is more than that."""
        if not self.published_only or not self.form.is_valid():
            return None
        cleaned = self.form.cleaned_data
        if any(cleaned.get(name) for name in self.UNCOUNTED):
            return None
        topics = list(cleaned.get("topic") or [])
        if len(topics) > 1:
            return None
        return rollups.Slice(
            speakers=tuple(sorted(actor.pk for actor in cleaned.get("actor") or [])),
            scope=topics[0].pk if topics else rollups.EVERY,
            first=cleaned.get("date_after"),
            last=cleaned.get("date_before"),
            matches=self.between,
        )

    # The filters the published search index answers alone; `sort` changes no count.
    SEARCH_FIELDS = ("q", "actor", "date_after", "date_before", "sort")

    def search_matches(self):
        """The filter as searchorder.Matches (a reader's search, perhaps by speakers and dates), or None when
        it is more than that or the database keeps no such index."""
        if not self.published_only or not self.form.is_valid():
            return None
        cleaned = self.form.cleaned_data
        terms = search.parse_terms(cleaned.get("q") or "")
        if not terms or self.named_actor_ids or not searchorder.available(self.queryset.db, terms):
            return None
        if any(cleaned.get(name) for name in self.form.fields if name not in self.SEARCH_FIELDS):
            return None
        return searchorder.Matches(
            search.match_expression(terms), self.speaker_ids, cleaned.get("date_after"), cleaned.get("date_before")
        )

    def between(self, first, last):
        """This filter's statements said from `first` to `last`, read the way a page is."""
        return self.paging_qs.filter(said_on__gte=first, said_on__lte=last)

    @cached_property
    def paging_qs(self):
        """`qs` written for reading a page in date order (see `linked`): same statements."""
        self._paging = True
        try:
            return self.filter_queryset(self.queryset.all())
        finally:
            self._paging = False

    @property
    def sort_order(self):
        if self.is_bound and self.form.is_valid() and self.form.cleaned_data.get("sort") == "oldest":
            return "oldest"
        return "newest"

    @property
    def active_filters(self):
        """The submitted, non-empty parameters: for file names and 'clear filters'."""
        if not self.is_bound or not self.form.is_valid():
            return {}
        return {
            name: value
            for name, value in self.form.cleaned_data.items()
            if value not in (None, "", [], ()) and not (hasattr(value, "exists") and not value)
        }
