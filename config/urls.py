from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

admin.site.site_header = _("Parley editors")
admin.site.site_title = _("Parley")
admin.site.index_title = _("Statements, actors and sources")

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("tracker.urls")),
]
