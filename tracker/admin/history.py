"""A readable diff between one saved version and the one before, inline rows included; a
revert that brings back the inline rows (topics, sources, links, aliases) of that version too."""

import datetime

from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.db import router, transaction
from django.forms.models import _get_foreign_key
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.template_utils import HistoricalRecordContextHelper

TICK = datetime.timedelta(microseconds=1)


def row_label(row):
    """An inline row as the diff and revert pages name it, even when its topic or source is gone."""
    try:
        return str(row)
    except ObjectDoesNotExist:
        return _("%(kind)s #%(pk)s, pointing to something since deleted") % {
            "kind": row._meta.verbose_name,
            "pk": row.pk,
        }


class ReadableChanges(HistoricalRecordContextHelper):
    """Choice labels instead of stored codes, and whole texts: a diff is read, not skimmed."""

    def __init__(self, model, record):
        super().__init__(model, record, max_displayed_delta_change_chars=100_000)

    def prepare_delta_change_value(self, change, value):
        field = self.model._meta.get_field(change.field)
        if field.choices and value not in (None, ""):
            return dict(field.flatchoices).get(value, value)
        if value in (None, ""):
            return "—"
        return super().prepare_delta_change_value(change, value)


class HistoryDiffAdminMixin:
    """Include before SimpleHistoryAdmin: adds `<pk>/history/<history_id>/diff/`."""

    object_history_list_template = "admin/tracker/object_history_list_diff.html"
    object_history_form_template = "admin/tracker/object_history_form.html"
    history_diff_template = "admin/tracker/history_diff.html"

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        diff = path(
            "<path:object_id>/history/<int:history_id>/diff/",
            self.admin_site.admin_view(self.history_diff_view),
            name=f"{info[0]}_{info[1]}_history_diff",
        )
        return [diff, *super().get_urls()]

    def recorded_version(self, object_id, history_id):
        """The historical record `history_id` of the object `object_id`; 404 when there is none."""
        history = self.model.history
        try:
            return history.select_related("history_user").get(
                **{self.opts.pk.attname: unquote(object_id), "history_id": history_id}
            )
        except (history.model.DoesNotExist, ValueError) as error:
            raise Http404(_("No such version.")) from error

    def history_diff_view(self, request, object_id, history_id):
        record = self.recorded_version(object_id, history_id)
        obj = self.model._default_manager.filter(pk=record.instance.pk).first()
        if not self.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        previous = record.prev_record
        changes = []
        if previous is not None:
            delta = record.diff_against(previous, foreign_keys_are_objs=True)
            changes = ReadableChanges(self.model, record).context_for_delta_changes(delta)
        context = {
            **self.admin_site.each_context(request),
            "title": _("Changes in version %(version)s") % {"version": getattr(record, "version", record.pk)},
            "opts": self.opts,
            "object": obj,
            "object_id": object_id,
            "record": record,
            "previous": previous,
            "changes": changes,
            "related_changes": self.related_changes(record, previous),
        }
        return TemplateResponse(request, self.history_diff_template, context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        """simple-history's revert form, which restores the fields only; the inline rows of the
        version are listed on it and restored with it, in the same transaction."""
        record = self.recorded_version(object_id, version_id)
        rows = self.related_rows_as_of(record)
        extra_context = {
            **(extra_context or {}),
            "restored_rows": [(label, sorted(map(row_label, found))) for label, _m, _fk, found in rows],
        }
        with transaction.atomic(using=router.db_for_write(self.model)):
            response = super().history_form_view(request, object_id, version_id, extra_context)
            if request.method == "POST" and response.status_code == 302:
                self.restore_related_rows(request, record, rows)
        return response

    def related_rows_as_of(self, record):
        """[(label, model, foreign key, rows)] of each recorded inline as this version left them."""
        following = record.next_record
        until = following.history_date - TICK if following is not None else timezone.now()
        found = []
        for model, fk in self._recorded_inlines():
            found.append(
                (
                    model._meta.verbose_name_plural,
                    model,
                    fk,
                    self._instances_as_of(model, fk, record.instance.pk, until),
                )
            )
        return found

    def restore_related_rows(self, request, record, rows):
        """Put the inline rows back as `rows` has them: rows added since are removed, rows
        removed or changed since come back. A row whose topic or source is gone is skipped, and said so."""
        for label, model, fk, then in rows:
            model._default_manager.filter(**{fk.attname: record.instance.pk}).exclude(
                pk__in=[row.pk for row in then]
            ).delete()
            for row in then:
                if self._points_to_existing_rows(row):
                    row.save()
                else:
                    messages.warning(
                        request,
                        _("Not restored (what it pointed to is gone): %(label)s “%(row)s”.")
                        % {"label": label, "row": row_label(row)},
                    )

    @staticmethod
    def _points_to_existing_rows(row):
        # Asked, not caught: SQLite checks foreign keys only when the transaction commits.
        return all(
            field.related_model._default_manager.filter(pk=getattr(row, field.attname)).exists()
            for field in row._meta.concrete_fields
            if field.is_relation and getattr(row, field.attname) is not None
        )

    def _recorded_inlines(self):
        for inline in self.inlines:
            model = inline.model
            if hasattr(model, "history"):
                yield model, _get_foreign_key(self.model, model, fk_name=getattr(inline, "fk_name", None))

    def related_changes(self, record, previous):
        """Inline rows (topics, sources, links, aliases) removed and added by this save."""
        before = record.history_date - TICK
        result = []
        for label, model, fk, rows in self.related_rows_as_of(record):
            then = self._rows_as_of(model, fk, record.instance.pk, before) if previous is not None else set()
            now = set(map(row_label, rows))
            if then != now:
                result.append(
                    {
                        "label": label,
                        "removed": sorted(then - now),
                        "added": sorted(now - then),
                    }
                )
        return result

    @classmethod
    def _rows_as_of(cls, model, fk, parent_pk, moment):
        return {row_label(row) for row in cls._instances_as_of(model, fk, parent_pk, moment)}

    @staticmethod
    def _instances_as_of(model, fk, parent_pk, moment):
        # Rows that ever belonged to the parent, at their latest state by then: a row moved
        # to another statement (a merge) counts as gone from this one.
        ever = model.history.filter(**{fk.attname: parent_pk, "history_date__lte": moment}).values("id")
        records = model.history.filter(id__in=ever, history_date__lte=moment).latest_of_each().as_instances()
        return [row for row in records if getattr(row, fk.attname) == parent_pk]
