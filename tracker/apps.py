from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class TrackerConfig(AppConfig):
    default = True  # this module declares the admin's config too
    default_auto_field = "django.db.models.BigAutoField"
    name = "tracker"
    verbose_name = _("Statement tracker")

    def ready(self):
        from . import signals

        signals.connect()


class ParleyAdminConfig(admin_apps.AdminConfig):
    """The admin with the editors' desk as its index (tracker/sites.py, tracker/admin/desk.py)."""

    default = False

    default_site = "tracker.sites.DeskAdminSite"
