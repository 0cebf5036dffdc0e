"""Optimistic locking for the editors' admin: a save never silently overwrites another.

Every change form carries the `version` it was opened at. On save the row is locked
(`select_for_update()`; SQLite takes the write lock at BEGIN IMMEDIATE) and the version
compared inside the same transaction the admin saves in; when someone else saved in
between, the editor gets a conflict page showing both versions and nothing is written.
The statements change list carries the version of every row shown (`SEEN_VERSION`), so a
bulk status change leaves alone a statement saved by someone else since the list was loaded.
A save, a revert or a versioned bulk action that arrives without these versions is refused
(409, nothing written): the check cannot be skipped by leaving the field out.
"""

import json

from django import forms
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.admin.utils import unquote
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import router, transaction
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

VERSION_FIELD = "edit_version"
SEEN_VERSION = "seen_version"
REVERT_FROM = "revert_from_version"
EMPTY = "—"


def seen_versions(request):
    """{pk: version} of the change list rows the editor had in front of them ("pk:version" values)."""
    seen = {}
    for value in request.POST.getlist(SEEN_VERSION):
        pk, _sep, version = value.partition(":")
        if pk.isdigit() and version.isdigit():
            seen[int(pk)] = int(version)
    return seen


class VersionedForm(forms.ModelForm):
    edit_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None:
            self.fields[VERSION_FIELD].initial = self.instance.version


def versioned_form(form_class):
    if issubclass(form_class, VersionedForm):
        return form_class
    return type(f"Versioned{form_class.__name__}", (VersionedForm, form_class), {})


def display_value(obj, field):
    """One model field of `obj` as an editor would read it."""
    if field.many_to_many:
        return "; ".join(str(item) for item in getattr(obj, field.name).all()) or EMPTY
    value = getattr(obj, field.name, None)
    if field.choices and value not in (None, ""):
        value = dict(field.flatchoices).get(value, value)
    return format_value(value)


def format_value(value):
    if value is None or value == "" or value == []:
        return EMPTY
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "__iter__") and not isinstance(value, str):
        return "; ".join(str(item) for item in value) or EMPTY
    return str(value)


class ConflictAdminMixin:
    """Include first in a ModelAdmin's bases: `class ActorAdmin(ConflictAdminMixin, SimpleHistoryAdmin)`."""

    conflict_template = "admin/tracker/conflict.html"
    missing_version_template = "admin/tracker/missing_version.html"
    # Bulk actions that write over what the editor saw: each selected row must carry its SEEN_VERSION.
    versioned_actions = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.form = versioned_form(self.form)

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        names = [name for _name, options in fieldsets for name in _flatten(options["fields"])]
        if VERSION_FIELD in names or not fieldsets:
            return fieldsets
        (name, options), *rest = fieldsets
        return [(name, {**options, "fields": (*options["fields"], VERSION_FIELD)}), *rest]

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if not self._needs_version_check(request, object_id):
            return super().changeform_view(request, object_id, form_url, extra_context)
        with transaction.atomic(using=router.db_for_write(self.model)):
            current = self._locked_current(object_id)
            opened = _as_int(request.POST.get(VERSION_FIELD))
            if current is None or not self.has_change_permission(request, current):
                return super().changeform_view(request, object_id, form_url, extra_context)
            if opened is None:
                return self.missing_version_response(request, current)
            if opened != current.version:
                return self.conflict_response(request, current, opened)
            return super().changeform_view(request, object_id, form_url, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        """A revert carries the version of the record it was opened against, like an edit form:
        reverting after someone else saved shows the conflict page and writes nothing."""
        if request.method != "POST":
            pk = self._pk(object_id)
            latest = self.model._default_manager.filter(pk=pk).values_list("version", flat=True).first()
            extra_context = {**(extra_context or {}), "revert_from_version": latest}
            return super().history_form_view(request, object_id, version_id, extra_context)
        with transaction.atomic(using=router.db_for_write(self.model)):
            current = self._locked_current(object_id)
            opened = _as_int(request.POST.get(REVERT_FROM))
            if current is not None and self.has_change_permission(request, current):
                if opened is None:
                    return self.missing_version_response(request, current)
                if opened != current.version:
                    return self.conflict_response(request, current, opened)
            return super().history_form_view(request, object_id, version_id, extra_context)

    def response_action(self, request, queryset):
        if request.POST.get("action") in self.versioned_actions:
            seen = seen_versions(request)
            selected = request.POST.getlist(ACTION_CHECKBOX_NAME)
            if not selected or any(_as_int(pk) not in seen for pk in selected):
                return self.missing_version_response(request, None)
        return super().response_action(request, queryset)

    def save_model(self, request, obj, form, change):
        if change:
            # Keep versions increasing even when a history revert saves an old copy.
            latest = type(obj)._default_manager.filter(pk=obj.pk).values_list("version", flat=True).first()
            if latest is not None:
                obj.version = latest
        super().save_model(request, obj, form, change)

    def _needs_version_check(self, request, object_id):
        # "Save as new" writes a new row and overwrites nothing; every other save of a stored row is checked.
        return request.method == "POST" and object_id is not None and "_saveasnew" not in request.POST

    def _pk(self, object_id):
        try:
            return self.model._meta.pk.to_python(unquote(object_id))
        except ValidationError:
            return None

    def _locked_current(self, object_id):
        pk = self._pk(object_id)
        if pk is None:
            return None
        return self.model._default_manager.select_for_update().filter(pk=pk).first()

    def conflict_response(self, request, current, opened):
        rows = self.conflict_rows(request, current)
        changed_by_others = self._changed_since(current, opened)
        for row in rows:
            row["others_changed"] = row["name"] in changed_by_others
        history = getattr(current, "history", None)
        latest = history.order_by("-history_date", "-history_id").first() if history is not None else None
        context = {
            **self.admin_site.each_context(request),
            "title": _("Someone else saved this %(name)s") % {"name": self.opts.verbose_name},
            "opts": self.opts,
            "original": current,
            "opened_version": opened,
            "latest": latest,
            "rows": rows,
            "differing": [row for row in rows if row["differs"]],
        }
        return TemplateResponse(request, self.conflict_template, context, status=409)

    def missing_version_response(self, request, current):
        """A save or bulk action that does not say which version it was made against: refused, nothing written."""
        context = {
            **self.admin_site.each_context(request),
            "title": _("Nothing was saved"),
            "opts": self.opts,
            "original": current,
        }
        return TemplateResponse(request, self.missing_version_template, context, status=409)

    def conflict_rows(self, request, current):
        """Field by field: the saved value and the value the editor tried to save."""
        scratch = type(current)._default_manager.get(pk=current.pk)
        form_class = self.get_form(request, scratch, change=True)
        form = form_class(request.POST, request.FILES, instance=scratch)
        form.is_valid()  # applies the valid values to `scratch` without saving anything
        rows = []
        for name, form_field in form.fields.items():
            if name == VERSION_FIELD:
                continue
            try:
                model_field = self.opts.get_field(name)
            except FieldDoesNotExist:  # a form-only field: nothing stored to compare
                continue
            saved = display_value(current, model_field)
            if model_field.many_to_many:
                yours = format_value(form.cleaned_data.get(name)) if name in form.cleaned_data else EMPTY
            elif name in form.errors:
                yours = format_value(form[name].value())
            else:
                yours = display_value(scratch, model_field)
            rows.append(_row(name, form_field.label or model_field.verbose_name, saved, yours))
        rows.extend(self._inline_rows(request, current))
        return rows

    def _inline_rows(self, request, current):
        scratch = type(current)._default_manager.get(pk=current.pk)
        formsets, _instances = self._create_formsets(request, scratch, change=True)
        rows = []
        for formset in formsets:
            saved = [str(item) for item in formset.get_queryset()]
            formset.is_valid()
            yours = []
            for form in formset.forms:
                if formset.can_delete and formset._should_delete_form(form):
                    continue
                if form.instance.pk is None and not form.has_changed():
                    continue
                yours.append(str(form.instance) if form.is_valid() else _("(a row that no longer exists)"))
            label = formset.model._meta.verbose_name_plural
            rows.append(_row(formset.prefix, label, "; ".join(saved) or EMPTY, "; ".join(yours) or EMPTY))
        return rows

    def _changed_since(self, current, opened):
        """Names of the fields changed between the version the editor opened and now."""
        history = getattr(current, "history", None)
        if history is None:
            return set()
        then = history.filter(version=opened).order_by("-history_date").first()
        now = history.order_by("-history_date", "-history_id").first()
        if then is None or now is None:
            return set()
        delta = now.diff_against(then, excluded_fields=["updated_at", "version"])
        return set(delta.changed_fields)


def _row(name, label, saved, yours):
    return {"name": name, "label": label, "saved": saved, "yours": yours, "differs": saved != yours}


def _as_int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _flatten(fields):
    for item in fields:
        if isinstance(item, (list, tuple)):
            yield from item
        else:
            yield item
