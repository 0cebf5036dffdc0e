"""Forms of the "Add from article" admin page: the article, then one row per candidate statement."""

import json

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from tracker.models import Actor, DatePrecision, Outlet, SourceRole, Stance, Statement, StatementKind, Topic

from ..extraction.document import html_to_text

MAX_UPLOAD = 2 * 1024 * 1024
HTML_SUFFIXES = (".html", ".htm")
KINDS = [
    (StatementKind.DIRECT_QUOTE, StatementKind.DIRECT_QUOTE.label),
    (StatementKind.PARAPHRASE, StatementKind.PARAPHRASE.label),
]


class ArticleForm(forms.Form):
    text = forms.CharField(
        label=_("Article text"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 16, "cols": 100}),
        help_text=_("Paste the article, including its “Source: …” line if it has one."),
    )
    file = forms.FileField(label=_("…or upload it"), required=False, help_text=_("A .txt or .html file."))
    url = forms.URLField(label=_("URL"), required=False, max_length=1000, assume_scheme="https")
    title = forms.CharField(
        label=_("Title"), required=False, max_length=500, help_text=_("Leave empty to use the article’s first line.")
    )
    outlet = forms.ModelChoiceField(label=_("Outlet"), queryset=Outlet.objects.all(), required=False)
    published_on = forms.DateField(
        label=_("Date"), help_text=_("The drafts are dated this day; change any of them later if it was said earlier.")
    )

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("file")
        if upload:
            cleaned["text"] = self._read(upload)
        if not (cleaned.get("text") or "").strip():
            raise ValidationError(_("Paste the article’s text or upload a file."))
        if not cleaned.get("title") and not cleaned.get("url"):
            first_line = next(line.strip() for line in cleaned["text"].splitlines() if line.strip())
            cleaned["title"] = first_line[:500]
        return cleaned

    def _read(self, upload):
        if upload.size > MAX_UPLOAD:
            raise ValidationError(_("The file is larger than 2 MB."))
        raw = upload.read().decode("utf-8", errors="replace")
        return html_to_text(raw) if upload.name.lower().endswith(HTML_SUFFIXES) else raw


class ReviewArticleForm(forms.Form):
    """The article again, carried through the review step, with the parsed chain and an editable setting."""

    url = forms.URLField(required=False, max_length=1000, widget=forms.HiddenInput, assume_scheme="https")
    title = forms.CharField(required=False, max_length=500, widget=forms.HiddenInput)
    outlet = forms.ModelChoiceField(queryset=Outlet.objects.all(), required=False, widget=forms.HiddenInput)
    published_on = forms.DateField(widget=forms.HiddenInput)
    source_chain = forms.CharField(required=False, widget=forms.HiddenInput)
    setting = forms.CharField(
        label=_("Setting"),
        required=False,
        max_length=500,
        help_text=_("Saved on every draft, e.g. “remarks to the press”."),
    )

    def clean_source_chain(self):
        try:
            chain = json.loads(self.cleaned_data["source_chain"] or "[]")
        except ValueError as error:
            raise ValidationError(_("The source chain could not be read.")) from error
        valid_roles = set(SourceRole.values)
        if not isinstance(chain, list) or not all(_is_link(link, valid_roles) for link in chain):
            raise ValidationError(_("The source chain could not be read."))
        return chain


def _is_link(link, valid_roles):
    named = isinstance(link.get("title") or link.get("outlet"), str) if isinstance(link, dict) else False
    return named and link.get("role") in valid_roles


def _actor_widget(field_name):
    return AutocompleteSelect(Statement._meta.get_field(field_name), admin.site)


class CandidateForm(forms.Form):
    keep = forms.BooleanField(label=_("Keep"), required=False)
    speaker = forms.ModelChoiceField(
        label=_("Speaker"), queryset=Actor.objects.all(), required=False, widget=_actor_widget("speaker")
    )
    new_speaker = forms.CharField(
        label=_("…or new actor"), required=False, max_length=200, help_text=_("Created when no speaker is chosen.")
    )
    kind = forms.ChoiceField(label=_("Kind"), choices=KINDS)
    said_on = forms.DateField(
        label=_("Said on"), required=False, widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    date_precision = forms.ChoiceField(label=_("Precision"), choices=DatePrecision.choices, required=False)
    text = forms.CharField(label=_("Text"), widget=forms.Textarea(attrs={"rows": 3, "cols": 60}))
    relayed_by = forms.ModelChoiceField(
        label=_("Relayed by"), queryset=Actor.objects.all(), required=False, widget=_actor_widget("relayed_by")
    )
    carried_by = forms.CharField(required=False, max_length=200, widget=forms.HiddenInput)
    topic_slugs = forms.CharField(required=False, widget=forms.HiddenInput)
    mentions = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The text box as tall as its text, at about 60 characters a line.
        text = (self.data.get(self.add_prefix("text")) if self.is_bound else self.initial.get("text")) or ""
        self.fields["text"].widget.attrs["rows"] = min(max(2, len(text) // 60 + 1), 14)
        raw = self.data.get(self.add_prefix("topic_slugs")) if self.is_bound else self.initial.get("topic_slugs")
        self.topics = list(Topic.objects.filter(slug__in=_split(raw)).order_by("name"))
        for topic in self.topics:
            self.fields[f"topic_{topic.slug}"] = forms.ChoiceField(
                label=topic.name, choices=[("", _("— not this topic"))] + Stance.choices, required=False
            )
            self.initial.setdefault(f"topic_{topic.slug}", Stance.UNCLEAR)

    @property
    def topic_fields(self):
        return [self[f"topic_{topic.slug}"] for topic in self.topics]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("keep") and not cleaned.get("speaker") and not (cleaned.get("new_speaker") or "").strip():
            raise ValidationError(_("Choose the speaker, or name a new actor."))
        cleaned["topic_stances"] = [
            (topic, cleaned[f"topic_{topic.slug}"]) for topic in self.topics if cleaned.get(f"topic_{topic.slug}")
        ]
        cleaned["mention_actors"] = list(Actor.objects.filter(slug__in=_split(cleaned.get("mentions"))))
        return cleaned


def _split(value):
    return [part for part in (value or "").split(",") if part]


CandidateFormSet = forms.formset_factory(CandidateForm, extra=0, max_num=500, validate_max=True)
