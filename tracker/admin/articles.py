"""The statement admin's "Add from article" page: paste or upload, review the candidates, save drafts.

Wiring: add `AddFromArticleAdminMixin` to `StatementAdmin`'s bases (its `get_urls` adds the page at
`…/statement/add-from-article/`, named `admin:tracker_statement_add_from_article`).
"""

import datetime
import json
import logging

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from tracker.duplicates import find_near_duplicates
from tracker.models import Actor, DatePrecision

from ..extraction.db import kept_directory
from ..extraction.drafts import Article, save_drafts
from ..extraction.extractor import extract
from .article_forms import ArticleForm, CandidateFormSet, ReviewArticleForm

logger = logging.getLogger(__name__)

TEMPLATE = "admin/tracker/statement/add_from_article.html"
# Candidates at least this sure are ticked to keep, unless they repeat an existing statement.
KEEP_BY_DEFAULT = 0.7


def add_from_article_urls(model_admin):
    view = model_admin.admin_site.admin_view(lambda request: add_from_article_view(request, model_admin))
    return [path("add-from-article/", view, name="tracker_statement_add_from_article")]


class AddFromArticleAdminMixin:
    def get_urls(self):
        return add_from_article_urls(self) + super().get_urls()


def add_from_article_view(request, model_admin):
    if not model_admin.has_add_permission(request):
        raise PermissionDenied
    if request.method == "POST" and "save" in request.POST:
        return _save(request, model_admin)
    form = ArticleForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        return _review(request, model_admin, form)
    return _render(request, model_admin, {"form": form})


def _review(request, model_admin, form):
    article = form.cleaned_data
    try:
        extraction = extract(article["text"], kept_directory(), article["published_on"])
    except Exception:
        # The rules meet copy nobody wrote them for: a failure on one article is logged for the
        # developers, and the editor keeps the form, text included, with a message instead of a 500.
        logger.exception("The extractor failed on an article (%d characters)", len(article["text"]))
        form.add_error(
            None,
            _(
                "Parley could not read statements from this article: the error is logged for the developers. "
                "Nothing was saved; add its statements by hand, or try again without the parts around the story."
            ),
        )
        return _render(request, model_admin, {"form": form})
    slugs = {c.speaker_slug for c in extraction.candidates} | {c.relayed_by for c in extraction.candidates}
    actors = Actor.objects.in_bulk([slug for slug in slugs if slug], field_name="slug")
    initial, duplicates = [], []
    for candidate in extraction.candidates:
        speaker = actors.get(candidate.speaker_slug)
        matches = find_near_duplicates(speaker=speaker, said_on=article["published_on"], text=candidate.text)
        duplicates.append(matches)
        initial.append(
            {
                "keep": candidate.confidence >= KEEP_BY_DEFAULT and not matches,
                "speaker": speaker,
                "new_speaker": "" if speaker else candidate.speaker,
                "kind": candidate.kind,
                "said_on": _said_on(candidate.date_said),
                "date_precision": candidate.date_precision or DatePrecision.DAY,
                "text": candidate.text,
                "relayed_by": actors.get(candidate.relayed_by),
                "carried_by": candidate.carried_by or "",
                "topic_slugs": ",".join(candidate.topics),
                "mentions": ",".join(candidate.mentions),
            }
        )
    review = ReviewArticleForm(
        initial={
            "url": article["url"],
            "title": article["title"],
            "outlet": article["outlet"],
            "published_on": article["published_on"],
            "source_chain": json.dumps(extraction.source_chain),
            "setting": extraction.setting or "",
        }
    )
    formset = CandidateFormSet(initial=initial)
    context = {
        "review": review,
        "formset": formset,
        "rows": list(zip(formset.forms, extraction.candidates, duplicates, strict=True)),
        "source_chain": _chain_labels(extraction.source_chain),
        "keep_by_default": KEEP_BY_DEFAULT,
    }
    return _render(request, model_admin, context)


def _said_on(date_said):
    """A candidate's "YYYY-MM-DD" or "YYYY-MM" as the first day it can mean."""
    return datetime.date.fromisoformat(date_said if len(date_said) > 7 else f"{date_said}-01") if date_said else None


def _chain_labels(chain):
    return [(link.get("outlet") or link.get("title"), link["role"]) for link in chain]


def _save(request, model_admin):
    review = ReviewArticleForm(request.POST)
    formset = CandidateFormSet(request.POST)
    if review.is_valid() and formset.is_valid():
        for form in formset:
            said_on = form.cleaned_data.get("said_on")
            if form.cleaned_data.get("keep") and said_on and said_on > review.cleaned_data["published_on"]:
                form.add_error("said_on", _("A statement cannot be said after the article reporting it."))
    if not (review.is_valid() and formset.is_valid()):
        chain = review.cleaned_data.get("source_chain", []) if hasattr(review, "cleaned_data") else []
        context = {
            "review": review,
            "formset": formset,
            "rows": [(form, None, []) for form in formset],
            "source_chain": _chain_labels(chain),
        }
        return _render(request, model_admin, context)
    kept = [form.cleaned_data for form in formset if form.cleaned_data.get("keep")]
    data = review.cleaned_data
    article = Article(data["published_on"], data["url"], data["title"], data["outlet"])
    statements = save_drafts(
        article=article, chain=data["source_chain"], setting=data["setting"], rows=kept, user=request.user
    )
    model_admin.message_user(
        request,
        ngettext("%(count)d draft statement saved.", "%(count)d draft statements saved.", len(statements))
        % {"count": len(statements)},
        messages.SUCCESS,
    )
    return HttpResponseRedirect(f"{reverse('admin:tracker_statement_changelist')}?status__exact=draft")


def _render(request, model_admin, context):
    context = {
        **model_admin.admin_site.each_context(request),
        "title": _("Add statements from an article"),
        "opts": model_admin.opts,
        **context,
    }
    return TemplateResponse(request, TEMPLATE, context)
