"""The “merge into…” admin action for actors, topics and outlets."""

from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .. import services

MERGERS = {
    "actor": services.merge_actors,
    "topic": services.merge_topics,
    "outlet": services.merge_outlets,
}


class MergeAdminMixin:
    """Adds “Merge selected into one…”: the editor picks the record that survives."""

    def get_actions(self, request):
        actions = super().get_actions(request)
        if self.has_change_permission(request) and self.has_delete_permission(request):
            action = type(self).merge_selected
            actions["merge_selected"] = (action, "merge_selected", action.short_description)
        return actions

    @admin.action(description=_("Merge selected into one…"))
    def merge_selected(self, request, queryset):
        merge = MERGERS[self.opts.model_name]
        records = list(queryset.order_by("pk"))
        if len(records) < 2:
            self.message_user(request, _("Select at least two to merge."), messages.WARNING)
            return None
        survivor = next((r for r in records if str(r.pk) == request.POST.get("survivor")), None)
        if "apply" in request.POST and survivor is not None:
            moved = 0
            for other in records:
                if other.pk != survivor.pk:
                    moved += merge(survivor=survivor, other=other, user=request.user)
                    survivor.refresh_from_db()
            self.message_user(
                request,
                ngettext(
                    "Merged %(count)d record into “%(survivor)s”; %(moved)d linked row moved.",
                    "Merged %(count)d records into “%(survivor)s”; %(moved)d linked rows moved.",
                    len(records) - 1,
                )
                % {"count": len(records) - 1, "survivor": survivor, "moved": moved},
                messages.SUCCESS,
            )
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": _("Merge %(name)s") % {"name": self.opts.verbose_name_plural},
            "opts": self.opts,
            "records": records,
            "missing_choice": "apply" in request.POST,
            "action_checkbox_name": ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/tracker/merge.html", context)
