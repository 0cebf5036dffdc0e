"""The readers' filter form: its fields with the submitted values, the options of short lists, the
type-ahead fields of long ones (tracker/registry.py), and the removable chips of the chosen filters.

What the form accepts is the StatementFilter's business (tracker/filters.py); this only draws it.
"""

import html

from django.urls import reverse
from django.utils.formats import date_format
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from . import queries, registry, versions
from .filters import REGISTRY_FIELDS

PRIMARY_FIELDS = ("actor", "topic", "stance", "date_after", "date_before", "sort")
ADVANCED_FIELDS = ("mentions", "relayed_by", "kind", "act", "attribution", "outlet", "event")
CHIP_FIELDS = ("q", *PRIMARY_FIELDS, *ADVANCED_FIELDS)
EM_SPACE = "\u2003"


def indent(label, depth):
    return f"{EM_SPACE * (depth - 1)}└ {label}" if depth else label


def field_options(name, field):
    """[(value, label)] a filter select offers: the public registry only."""
    if name == "topic":
        topics = queries.public_topics().order_by("name", "id")
        rows = topics.values_list("id", "parent_id", "slug", "name", named=True)
        return [(row.slug, indent(row.name, depth)) for row, depth in registry.topic_tree(rows)]
    if name in REGISTRY_FIELDS:
        return [(slug, name) for slug, name, _hint, _keys in registry.entries(REGISTRY_FIELDS[name])]
    return [(value, label) for value, label in field.choices if value != ""]


def option_tag(value):
    # The standard library's escape, which Django's wraps: many calls a page, without the lazy-string check.
    return f'<option value="{html.escape(str(value))}">'


def options_html(name, field, selected):
    """The <option>s of a filter select, `selected` marked: escaped and joined once, then kept in
    the cache until which records are public changes (versions.membership_cached)."""

    def render():
        return "".join(
            f"{option_tag(value)}{html.escape(str(label))}</option>" for value, label in field_options(name, field)
        )

    source = REGISTRY_FIELDS.get(name, name)  # three selects, one list of actors
    options = versions.membership_cached("options", render, source, get_language())
    for value in selected:
        tag = option_tag(value)
        options = options.replace(tag, f"{tag[:-1]} selected>", 1)
    return mark_safe(options)


def form_fields(filterset, fixed=()):
    """What the filter form needs to redraw itself with the submitted values and errors."""
    form, data = filterset.form, filterset.data
    if filterset.is_bound:
        form.is_valid()  # resolves the names typed into type-ahead fields (RegistryChoiceField.resolved)
    fields = []
    for name in (*PRIMARY_FIELDS, *ADVANCED_FIELDS):
        if name in fixed:
            continue
        bound = form[name]
        given = data.getlist(name) if hasattr(data, "getlist") else [data.get(name, "")]
        resolved = getattr(bound.field, "resolved", {})
        field = {
            "name": name,
            "id": bound.id_for_label,
            "label": bound.label,
            "errors": bound.errors,
            "advanced": name in ADVANCED_FIELDS,
            "value": data.get(name, ""),
        }
        if name in ("date_after", "date_before"):
            field["type"] = "date"
        elif registry.is_long(name):
            field.update(typeahead_field(name, given, resolved))
        else:
            selected = [resolved[value].slug if value in resolved else value for value in given]
            field["type"] = "select"
            field["multiple"] = len(selected) > 1
            field["options"] = options_html(name, bound.field, selected)
        fields.append(field)
    return fields


def typeahead_field(name, given, resolved):
    """A text field per value given (one empty when none): a record's name (its slug when the name is
    not unique) with its slug for the script, or the text as typed when it named nothing."""
    kind = REGISTRY_FIELDS[name]
    values = []
    for value in given or [""]:
        record = resolved.get(value)
        if record is None:
            values.append({"text": value, "slug": ""})
        else:
            text = record.name if registry.names_one(kind, record.name) else record.slug
            values.append({"text": text, "slug": record.slug})
    return {
        "type": "typeahead",
        "values": values,
        "source": reverse("tracker:registry-suggestions", kwargs={"kind": registry.LIST_NAMES[kind]}),
    }


def filter_chips(request, filterset):
    """[{"label", "url"}] for each filter value the reader chose, `url` the page without it: the
    removable chips that show a collapsed filter form's state."""
    if not filterset.is_valid():
        return []
    form, chips = filterset.form, []
    for name in CHIP_FIELDS:
        values = [value for value in request.GET.getlist(name) if value]
        if not values or name == "sort":
            continue
        field = form.fields[name]
        if hasattr(field, "queryset"):
            names = {value: record.name for value, record in getattr(field, "resolved", {}).items()}
        elif name in ("date_after", "date_before"):
            names = {value: date_format(form.cleaned_data[name]) for value in values}
        elif name == "q":
            names = {value: f"“{value}”" for value in values}
        else:
            names = {str(value): str(label) for value, label in field.choices}
        for value in values:
            params = request.GET.copy()
            params.setlist(name, [other for other in values if other != value])
            params.pop("cursor", None)
            query = params.urlencode()
            chips.append(
                {
                    "field": form[name].label,
                    "label": names.get(value, value),
                    "url": f"{request.path}?{query}" if query else request.path,
                }
            )
    return chips
