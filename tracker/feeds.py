"""Atom feeds: any timeline filter (`/feeds/statements.atom?actor=…&topic=…`) and changes of position."""

import re

from django.contrib.syndication.views import Feed
from django.core.validators import slug_re
from django.http import HttpResponseBadRequest
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_page

from . import counts, positions, queries
from .models import Actor, Topic
from .templatetags.parley import at_precision

FEED_SIZE = 50
# Characters XML 1.0 cannot carry at all: a control character pasted into a statement or a
# search must not take the feed down.
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(value):
    if isinstance(value, str):
        return XML_ILLEGAL.sub("", value)
    if isinstance(value, list | tuple):
        return type(value)(xml_safe(item) for item in value)
    return value


class XmlSafeAtom1Feed(Atom1Feed):
    def __init__(self, *args, **kwargs):
        super().__init__(*map(xml_safe, args), **{key: xml_safe(value) for key, value in kwargs.items()})

    def add_item(self, *args, **kwargs):
        super().add_item(*map(xml_safe, args), **{key: xml_safe(value) for key, value in kwargs.items()})


class StatementFeed(Feed):
    feed_type = XmlSafeAtom1Feed
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
        return queries.order_statements(filterset.paging_qs, "newest").with_relations()[:FEED_SIZE]

    def item_title(self, item):
        excerpt = item.text if len(item.text) <= 90 else f"{item.text[:89]}…"
        prefix = _("[Retracted] ") if item.status == item.Status.RETRACTED else ""
        return f"{prefix}{item.speaker.name}: “{excerpt}”"

    def item_description(self, item):
        parts = [f"<p>{escape(item.text)}</p>"]
        if item.condition:
            parts.append(f"<p>{escape(_('Condition'))}: {escape(item.condition)}</p>")
        topics = ", ".join(f"{link.topic.name} ({link.get_stance_display()})" for link in item.stances)
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
        return [link.topic.name for link in item.stances]


class ShiftFeed(Feed):
    """Changes of position: `/feeds/shifts.atom?actor=…&topic=…`, each repeatable, newest first."""

    feed_type = XmlSafeAtom1Feed

    def __call__(self, request, *args, **kwargs):
        chosen, problems = {}, []
        for name, model in (("actor", Actor), ("topic", Topic)):
            slugs = list(dict.fromkeys(slug[:200] for slug in request.GET.getlist(name) if slug))
            lookup = [slug for slug in slugs if slug_re.match(slug)]  # NUL bytes and the like: never queried
            found = list(model.objects.filter(slug__in=lookup).order_by("name")) if slugs else None
            missing = [slug for slug in slugs if slug not in {obj.slug for obj in found or ()}]
            if missing:
                problems.append(_("unknown %(name)s “%(slugs)s”") % {"name": name, "slugs": "”, “".join(missing)})
            chosen[name] = found
        if problems:
            return HttpResponseBadRequest(
                _("These filters cannot be applied: %(problems)s") % {"problems": "; ".join(problems)},
                content_type="text/plain; charset=utf-8",
            )
        request.shift_filter = chosen
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, *args, **kwargs):
        return request.shift_filter

    def title(self, chosen):
        names = [obj.name for name in ("actor", "topic") for obj in chosen[name] or ()]
        if names:
            return _("Parley: changes of position — %(filters)s") % {"filters": ", ".join(names)}
        return _("Parley: changes of position")

    def link(self, chosen):
        if chosen["topic"] and len(chosen["topic"]) == 1:
            return f"{reverse('tracker:positions')}?topic={chosen['topic'][0].slug}"
        return reverse("tracker:timeline")

    def subtitle(self):
        return _("Each time an actor's published stance on a topic differs from their previous one, newest first.")

    def items(self, chosen):
        return positions.shifts(topics=chosen["topic"], actors=chosen["actor"], limit=FEED_SIZE)

    def item_title(self, shift):
        return str(shift)

    def item_link(self, shift):
        url = reverse("tracker:shift-detail", kwargs={"before": shift.before.pk, "after": shift.after.pk})
        return f"{url}?topic={shift.topic.slug}"

    def item_description(self, shift):
        parts = []
        for label, statement in ((_("Then"), shift.before), (_("Now"), shift.after)):
            said = at_precision(statement.said_on, statement.date_precision)
            parts.append(f"<p><strong>{escape(label)}</strong> ({escape(said)}): {escape(statement.text)}</p>")
        return "".join(parts)

    def item_author_name(self, shift):
        return shift.actor.name

    def item_pubdate(self, shift):
        return shift.after.published_at

    def item_updateddate(self, shift):
        return max(shift.before.updated_at, shift.after.updated_at)

    def item_categories(self, shift):
        return [shift.topic.name]


# Finding the newest shifts means ranking every stance the filter covers: feed readers polling the same
# URL share one answer for the aggregate cache period, as charts and counts do.
shift_feed = cache_page(counts.cache_seconds())(ShiftFeed())
