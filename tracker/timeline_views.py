"""The public TimelineJS page and its JSON: published statements through the reader filter."""

from django.core.exceptions import ValidationError
from django.http import JsonResponse, StreamingHttpResponse
from django.shortcuts import render
from django.urls import path, reverse
from django.views.decorators.http import require_GET

from . import queries
from .exports.timeline import stream_timeline
from .views import form_fields

# TimelineJS draws every slide it is given: a page shows the newest matches, at most this many.
MAX_SLIDES = 500


@require_GET
def timeline_page(request):
    filterset = queries.statement_filterset(params=request.GET, user=None)
    valid = filterset.is_valid()
    query = request.GET.urlencode()
    context = {
        "filter": filterset,
        "fields": form_fields(filterset),
        "query_text": request.GET.get("q", ""),
        "has_filters": any(value for name, value in request.GET.items() if name != "sort"),
        "advanced_open": False,
        "data_url": reverse("tracker:timelinejs-data") + (f"?{query}" if query else ""),
        "any_statements": valid and filterset.qs.exists(),
        "max_slides": MAX_SLIDES,
    }
    return render(request, "tracker/timeline.html", context, status=200 if valid else 400)


@require_GET
def timeline_data(request):
    """TimelineJS JSON of the newest MAX_SLIDES published statements matching the filter."""
    try:
        statements = queries.statement_list(params=request.GET, user=None, paging=True)
    except ValidationError as error:
        return JsonResponse({"errors": error.message_dict}, status=400)
    return StreamingHttpResponse(
        stream_timeline(statements[:MAX_SLIDES], base_url=request.build_absolute_uri("/")),
        content_type="application/json; charset=utf-8",
    )


urlpatterns = [
    path("", timeline_page, name="timelinejs"),
    path("data.json", timeline_data, name="timelinejs-data"),
]
