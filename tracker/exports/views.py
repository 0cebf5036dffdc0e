"""Staff downloads: login, then the export permission, then the same query as the timeline."""

from django.contrib.auth.decorators import login_required, permission_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, JsonResponse, StreamingHttpResponse
from django.utils import timezone
from django.views.decorators.http import require_GET

from .. import queries
from .csv import stream_csv
from .filenames import FILENAME_PARAMS, export_filename
from .json import stream_json
from .timeline import stream_timeline
from .xlsx import CONTENT_TYPE as XLSX_CONTENT_TYPE
from .xlsx import write_xlsx


def exporter_view(extension):
    """Decorate `view(request, queryset)`: gatekeeping, filtering and the file name."""

    def decorate(build_response):
        @require_GET
        @login_required
        @permission_required("tracker.export_statement", raise_exception=True)
        def view(request):
            try:
                queryset = queries.statement_list(params=request.GET, user=request.user)
            except ValidationError as error:
                return JsonResponse({"errors": error.message_dict}, status=400)
            response = build_response(request, queryset)
            filename = export_filename(request.GET, extension, today=timezone.localdate())
            response["Content-Disposition"] = f'attachment; filename="{filename}"'
            response["Cache-Control"] = "private, no-store"
            return response

        view.__name__ = build_response.__name__
        view.__doc__ = build_response.__doc__
        return view

    return decorate


def base_url(request):
    return request.build_absolute_uri("/")


def is_filtered(params):
    return any(params.get(name) for name in FILENAME_PARAMS if name != "sort")


def flag(request, name):
    return request.GET.get(name) in {"1", "true", "yes"}


@exporter_view("csv")
def export_csv(request, queryset):
    """`?bom=1` starts the file with a BOM for Excel; `?raw=1` leaves formula starts unmarked."""
    return StreamingHttpResponse(
        stream_csv(queryset, base_url=base_url(request), bom=flag(request, "bom"), raw=flag(request, "raw")),
        content_type="text/csv; charset=utf-8",
    )


@exporter_view("json")
def export_json(request, queryset):
    return StreamingHttpResponse(
        stream_json(queryset, complete=not is_filtered(request.GET)), content_type="application/json; charset=utf-8"
    )


@exporter_view("xlsx")
def export_xlsx(request, queryset):
    return FileResponse(write_xlsx(queryset, base_url=base_url(request)), content_type=XLSX_CONTENT_TYPE)


@exporter_view("timeline.json")
def export_timeline(request, queryset):
    return StreamingHttpResponse(
        stream_timeline(queryset, base_url=base_url(request)), content_type="application/json; charset=utf-8"
    )
