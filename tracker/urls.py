from django.urls import include, path, register_converter

from . import api, converters, feeds, overview, position_views, registry, views
from .exports import views as exports

app_name = "tracker"
register_converter(converters.IdConverter, "id")

urlpatterns = [
    path("", views.TimelineView.as_view(), name="timeline"),
    path("statements/<id:pk>/", views.StatementDetailView.as_view(), name="statement-detail"),
    path("actors/", views.ActorListView.as_view(), name="actor-list"),
    path("actors/<slug:slug>/", views.ActorDetailView.as_view(), name="actor-detail"),
    path("topics/", views.TopicListView.as_view(), name="topic-list"),
    path("topics/<slug:slug>/", views.TopicDetailView.as_view(), name="topic-detail"),
    path("events/", views.EventListView.as_view(), name="event-list"),
    path("events/<slug:slug>/", views.EventDetailView.as_view(), name="event-detail"),
    path("about/", views.AboutView.as_view(), name="about"),
    path("registry/<slug:kind>.json", registry.suggestions, name="registry-suggestions"),
    path("charts/months.svg", views.month_chart, name="chart-months"),
    path("charts/speakers.svg", views.speaker_chart, name="chart-speakers"),
    path("overview/", overview.OverviewView.as_view(), name="overview"),
    path("positions/", position_views.PositionsView.as_view(), name="positions"),
    path("positions/shift/<id:before>/<id:after>/", position_views.ShiftView.as_view(), name="shift-detail"),
    path("feeds/statements.atom", feeds.StatementFeed(), name="statement-feed"),
    path("feeds/shifts.atom", feeds.shift_feed, name="shift-feed"),
    path("export/statements.csv", exports.export_csv, name="export-csv"),
    path("export/statements.json", exports.export_json, name="export-json"),
    path("export/statements.xlsx", exports.export_xlsx, name="export-xlsx"),
    path("export/statements.timeline.json", exports.export_timeline, name="export-timeline"),
    path("api/", include((api.urlpatterns, "api"))),
    path("timeline/", include("tracker.timeline_views")),
]
