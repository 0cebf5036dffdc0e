"""Admin hooks: export the change list as CSV, and import a parley/1 or CSV file (upload → preview → confirm)."""

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect, StreamingHttpResponse
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..exports.csv import stream_csv
from ..exports.filenames import export_filename
from ..interchange import import_file, previews
from ..interchange.parse import size_problem
from ..interchange.problems import ImportFailed
from ..models import statement_order

ALLOWED_SUFFIXES = previews.SUFFIXES


class ImportForm(forms.Form):
    file = forms.FileField(label=_("File"), help_text=_("A parley/1 JSON document or a CSV in the export's columns."))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if problem := size_problem(upload.size):
            raise forms.ValidationError(problem.message)
        if not upload.name.lower().endswith(ALLOWED_SUFFIXES):
            raise forms.ValidationError(_("Choose a .json or .csv file."))
        return upload


class InterchangeAdminMixin:
    """For StatementAdmin: the CSV export action and the import page."""

    import_template = "admin/tracker/statement/import.html"

    def has_export_permission(self, request):
        return request.user.has_perm("tracker.export_statement")

    def has_import_permission(self, request):
        return request.user.has_perm("tracker.add_statement") and request.user.has_perm("tracker.change_statement")

    @admin.action(description=_("Export selected statements as CSV"), permissions=("export",))
    def export_csv(self, request, queryset):
        if not self.has_export_permission(request):
            raise PermissionDenied
        queryset = queryset.order_by(*statement_order())
        response = StreamingHttpResponse(
            stream_csv(queryset, base_url=request.build_absolute_uri("/")), content_type="text/csv; charset=utf-8"
        )
        filename = export_filename({}, "csv", today=timezone.localdate()).replace("statements", "statements-admin")
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response

    def get_urls(self):
        opts = self.model._meta
        view = self.admin_site.admin_view(self.import_view)
        return [path("import/", view, name=f"{opts.app_label}_{opts.model_name}_import"), *super().get_urls()]

    def import_view(self, request):
        if not self.has_import_permission(request):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "title": _("Import statements"),
            "opts": self.model._meta,
            "max_size": settings.PARLEY_MAX_UPLOAD_BYTES,
        }
        if request.method == "POST" and "confirm" in request.POST:
            return self._confirm(request, context)
        form = ImportForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            upload = form.cleaned_data["file"]
            data = upload.read()
            try:
                report = import_file(data, name=upload.name, dry_run=True, user=request.user)
            except ImportFailed as failure:
                context["problems"] = failure.problems
            else:
                context.update(report=report, stashed=previews.stash(data, upload.name), filename=upload.name)
        context["form"] = form
        return TemplateResponse(request, self.import_template, context)

    def _confirm(self, request, context):
        path = previews.unstash(request.POST.get("stashed", ""))
        changelist = reverse(f"admin:{self.model._meta.app_label}_{self.model._meta.model_name}_changelist")
        if path is None:
            self.message_user(request, _("The uploaded file has expired. Upload it again."), messages.ERROR)
            return HttpResponseRedirect(request.path)
        try:
            # The preview listed the near-duplicates; edit conflicts are checked again here.
            report = import_file(path.read_bytes(), name=path.name, user=request.user, check_duplicates=False)
        except ImportFailed as failure:
            context.update(problems=failure.problems, form=ImportForm())
            return TemplateResponse(request, self.import_template, context)
        finally:
            path.unlink(missing_ok=True)
        summary = "; ".join(report.lines()) if report.changed else _("Nothing to change: everything was already there.")
        self.message_user(request, _("Imported. %s") % summary, messages.SUCCESS)
        return HttpResponseRedirect(changelist)
