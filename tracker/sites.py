"""The admin site: Django's, with the editors' desk as its index (tracker/admin/desk.py).

Kept outside the tracker.admin package: Django builds the site while it imports that package
to register the ModelAdmins, and the site must not import the package in turn.
"""

from django.contrib import admin

TRACKER_APP = "tracker"


class DeskAdminSite(admin.AdminSite):
    """The admin with the editors' desk as its index; auth and axes under "Site administration", for superusers."""

    def index(self, request, extra_context=None):
        from .admin.desk import desk_context

        app_list = self.get_app_list(request)
        context = {
            **desk_context(request),
            "records": [app for app in app_list if app["app_label"] == TRACKER_APP],
            "site_apps": [app for app in app_list if app["app_label"] != TRACKER_APP]
            if request.user.is_superuser
            else [],
            **(extra_context or {}),
        }
        return super().index(request, extra_context=context)
