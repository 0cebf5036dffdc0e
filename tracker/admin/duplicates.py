"""Duplicate warnings on the statement form, and the likely-duplicates page with its merge."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from ..duplicates import find_near_duplicates, likely_duplicate_pairs, pairs_to_decide
from ..models import Statement
from ..services import MergeError, merge_statements

SAVE_ANYWAY = "save_anyway"


class DuplicateWarningForm(forms.ModelForm):
    save_anyway = forms.BooleanField(
        label=_("Save anyway: this is not a duplicate"), required=False, widget=forms.HiddenInput
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get(SAVE_ANYWAY):
            return cleaned
        # Re-saving an old statement whose words did not change need not warn again.
        if self.instance.pk and not {"speaker", "said_on", "text"} & set(self.changed_data):
            return cleaned
        matches = find_near_duplicates(
            speaker=cleaned.get("speaker"),
            said_on=cleaned.get("said_on"),
            text=cleaned.get("text"),
            exclude_pk=self.instance.pk,
        )
        if matches:
            self.duplicates = matches
            self.fields[SAVE_ANYWAY].widget = forms.CheckboxInput()
            links = format_html_join(
                "; ",
                '<a href="{}" target="_blank" rel="noopener">#{} ({}, {}, {}% similar): “{}”</a>',
                (
                    (
                        reverse("admin:tracker_statement_change", args=[m.statement.pk]),
                        m.statement.pk,
                        m.statement.said_on.isoformat(),
                        m.statement.get_status_display(),
                        f"{m.score:g}",
                        m.statement.text[:120],
                    )
                    for m in matches
                ),
            )
            raise ValidationError(
                format_html(
                    "{} {} {}",
                    _("This nearly repeats a statement by the same speaker within a week:"),
                    links,
                    _("Tick “Save anyway” below to save it regardless."),
                ),
                code="near_duplicate",
            )
        return cleaned


def with_duplicate_warning(form_class):
    if issubclass(form_class, DuplicateWarningForm):
        return form_class
    return type(f"DuplicateChecked{form_class.__name__}", (DuplicateWarningForm, form_class), {})


class DuplicateAdminMixin:
    """For StatementAdmin: warn on near-duplicates; the likely-duplicates page with merge."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.form = with_duplicate_warning(self.form)

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        (name, options), *rest = fieldsets
        if SAVE_ANYWAY in options["fields"]:
            return fieldsets
        return [(name, {**options, "fields": (SAVE_ANYWAY, *options["fields"])}), *rest]

    def get_urls(self):
        extra = [
            path(
                "duplicates/",
                self.admin_site.admin_view(self.duplicates_view),
                name="tracker_statement_duplicates",
            ),
            path(
                "duplicates/merge/",
                self.admin_site.admin_view(require_POST(self.merge_duplicate_view)),
                name="tracker_statement_merge_duplicate",
            ),
        ]
        return extra + super().get_urls()

    def duplicates_view(self, request):
        if not self.has_change_permission(request):
            raise PermissionDenied
        to_decide = request.GET.get("open") == "1"  # the editors' desk queue: drafts and reviews only
        title = _("Drafts and reviews that may repeat a statement") if to_decide else _("Likely duplicate statements")
        context = {
            **self.admin_site.each_context(request),
            "title": title,
            "opts": self.opts,
            "pairs": pairs_to_decide() if to_decide else likely_duplicate_pairs(),
        }
        return TemplateResponse(request, "admin/tracker/duplicates.html", context)

    def merge_duplicate_view(self, request):
        if not self.has_change_permission(request):
            raise PermissionDenied
        back = HttpResponseRedirect(reverse("admin:tracker_statement_duplicates"))
        try:
            keep_pk, drop_pk = int(request.POST.get("keep", "")), int(request.POST.get("drop", ""))
        except ValueError:
            self.message_user(request, _("Choose which statement to keep."), messages.ERROR)
            return back
        keep = get_object_or_404(Statement, pk=keep_pk)
        drop = get_object_or_404(Statement, pk=drop_pk)
        if drop.status in {Statement.Status.DRAFT, Statement.Status.REVIEW} and not self.has_delete_permission(
            request, drop
        ):
            raise PermissionDenied
        try:
            merge_statements(keep=keep, drop=drop, user=request.user)
        except MergeError as error:
            self.message_user(request, str(error), messages.ERROR)
            return back
        self.message_user(
            request,
            _("Statement #%(drop)s merged into #%(keep)s.") % {"drop": drop_pk, "keep": keep_pk},
            messages.SUCCESS,
        )
        return back
