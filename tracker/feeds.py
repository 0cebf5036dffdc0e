"""Atom feed of any timeline filter: `/feeds/statements.atom?actor=…&topic=…`."""

from django.contrib.syndication.views import Feed
from django.http import HttpResponseBadRequest
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from . import queries
from .templatetags.parley import at_precision

FEED_SIZE = 50


class StatementFeed(Feed):
    feed_type = Atom1Feed
    description_template = None

    def __call__(self, request, *args, **kwargs):
        # Reader surface: published statements only, whoever asks.
        filterset = queries.statement_filterset(params=request.GET, user=None)
        if not filterset.is_valid():
            problems = "; ".join(f"{name}: {' '.join(errors)}" for name, errors in filterset.errors.items())
            return HttpResponseBadRequest(
                _("These filters cannot be applied: %(problems)s") % {"problems": problems},
                content_type="text/plain; charset=utf-8",
            )
        # One Feed instance serves every request: the filter travels on the request, not on self.
        request.statement_filterset = filterset
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, *args, **kwargs):
        return request.statement_filterset

    def title(self, filterset):
        described = ", ".join(
            str(value) if not hasattr(value, "__iter__") or isinstance(value, str) else ", ".join(map(str, value))
            for name, value in filterset.active_filters.items()
            if name != "sort"
        )
        return _("Parley: %(filters)s") % {"filters": described} if described else _("Parley: latest statements")

    def link(self, filterset):
        query = filterset.data.urlencode() if hasattr(filterset.data, "urlencode") else ""
        return reverse("tracker:timeline") + (f"?{query}" if query else "")

    def subtitle(self):
        return _("Published statements by world leaders, newest first.")

    def items(self, filterset):
        return queries.order_statements(filterset.qs, "newest").with_relations()[:FEED_SIZE]

    def item_title(self, item):
        excerpt = item.text if len(item.text) <= 90 else f"{item.text[:89]}…"
        prefix = _("[Retracted] ") if item.status == item.Status.RETRACTED else ""
        return f"{prefix}{item.speaker.name}: “{excerpt}”"

    def item_description(self, item):
        parts = [f"<p>{escape(item.text)}</p>"]
        if item.condition:
            parts.append(f"<p>{escape(_('Condition'))}: {escape(item.condition)}</p>")
        topics = ", ".join(f"{link.topic.name} ({link.get_stance_display()})" for link in item.topic_stances.all())
        if topics:
            parts.append(f"<p>{escape(topics)}</p>")
        parts.append(f"<p>{escape(item.speaker_title)} · {escape(at_precision(item.said_on, item.date_precision))}</p>")
        return "".join(parts)

    def item_author_name(self, item):
        return item.speaker.name

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_categories(self, item):
        return [link.topic.name for link in item.topic_stances.all()]
