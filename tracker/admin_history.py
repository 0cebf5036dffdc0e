"""A readable diff between one saved version and the one before, inline rows included."""

import datetime

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.forms.models import _get_foreign_key
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.template_utils import HistoricalRecordContextHelper

TICK = datetime.timedelta(microseconds=1)


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
    history_diff_template = "admin/tracker/history_diff.html"

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        diff = path(
            "<path:object_id>/history/<int:history_id>/diff/",
            self.admin_site.admin_view(self.history_diff_view),
            name=f"{info[0]}_{info[1]}_history_diff",
        )
        return [diff, *super().get_urls()]

    def history_diff_view(self, request, object_id, history_id):
        history = self.model.history
        try:
            record = history.select_related("history_user").get(
                **{self.opts.pk.attname: unquote(object_id), "history_id": history_id}
            )
        except (history.model.DoesNotExist, ValueError) as error:
            raise Http404(_("No such version.")) from error
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

    def related_changes(self, record, previous):
        """Inline rows (topics, sources, links, aliases) removed and added by this save."""
        following = record.next_record
        until = following.history_date - TICK if following is not None else timezone.now()
        before = record.history_date - TICK
        result = []
        for inline in self.inlines:
            model = inline.model
            if not hasattr(model, "history"):
                continue
            fk = _get_foreign_key(self.model, model, fk_name=getattr(inline, "fk_name", None))
            then = self._rows_as_of(model, fk, record.instance.pk, before) if previous is not None else set()
            now = self._rows_as_of(model, fk, record.instance.pk, until)
            if then != now:
                result.append(
                    {
                        "label": model._meta.verbose_name_plural,
                        "removed": sorted(then - now),
                        "added": sorted(now - then),
                    }
                )
        return result

    @staticmethod
    def _rows_as_of(model, fk, parent_pk, moment):
        # Rows that ever belonged to the parent, at their latest state by then: a row moved
        # to another statement (a merge) counts as gone from this one.
        ever = model.history.filter(**{fk.attname: parent_pk, "history_date__lte": moment}).values("id")
        records = model.history.filter(id__in=ever, history_date__lte=moment).latest_of_each().as_instances()
        return {str(row) for row in records if getattr(row, fk.attname) == parent_pk}
