"""Atom feeds: any timeline filter (`/feeds/statements.atom?actor=…&topic=…`) and changes of position."""

import datetime
import re

from django.contrib.syndication.views import Feed
from django.core.validators import slug_re
from django.http import HttpResponseBadRequest
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from . import http, positions, presentation, queries, versions
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


def feed_identity(request):
    """(self URL, atom:id) of the feed at this URL: the exact address with its filters, and a stable
    tag: URI over the normalised query, so every filtered feed is a feed of its own."""
    params = sorted((name, value) for name, values in request.GET.lists() for value in values if value)
    query = urlencode(params)
    self_url = request.build_absolute_uri(request.get_full_path())
    return self_url, f"tag:{request.get_host().split(':')[0]},2025:{request.path}" + (f"?{query}" if query else "")


def said_at(statement):
    """When it was said, as a moment: Atom's `published` of a statement's entry."""
    return datetime.datetime.combine(statement.said_on, datetime.time(), tzinfo=datetime.UTC)


class ParleyFeed(Feed):
    feed_type = XmlSafeAtom1Feed

    def __call__(self, request, *args, **kwargs):
        request.feed_identity = feed_identity(request)
        return super().__call__(request, *args, **kwargs)

    def get_feed(self, obj, request):
        self.request = request  # read only by feed_url and feed_guid below, within this call
        return super().get_feed(obj, request)

    def feed_url(self):
        return self.request.feed_identity[0]

    def feed_guid(self):
        return self.request.feed_identity[1]


class StatementFeed(ParleyFeed):
    """Published statements of any filter. A retracted statement stays, as an updated entry marked
    retracted with its correction note, so subscribers learn of the retraction."""

    description_template = None

    def __call__(self, request, *args, **kwargs):
        filterset = queries.statement_filterset(params=request.GET, user=None, with_retracted=True)
        if not filterset.is_valid():
            problems = "; ".join(f"{name}: {' '.join(errors)}" for name, errors in filterset.errors.items())
            return HttpResponseBadRequest(
                _("These filters cannot be applied: %(problems)s") % {"problems": problems},
                content_type="text/plain; charset=utf-8",
            )
        # One Feed instance serves every request: the filter travels on the request, not on self.
        request.statement_filterset = filterset
        response = super().__call__(request, *args, **kwargs)
        # The entries are all the words it shows.
        http.shows(request, filterset.feed_items, query=filterset.form.cleaned_data.get("q"))
        return response

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
        filterset.feed_items = list(
            queries.order_statements(filterset.paging_qs, "newest").with_relations()[:FEED_SIZE]
        )
        return filterset.feed_items

    def item_title(self, item):
        return presentation.statement_headline(item, 90)

    def item_description(self, item):
        parts = []
        if item.status == item.Status.RETRACTED:
            note = item.correction_note or _("Parley no longer stands by this record.")
            parts.append(f"<p><strong>{escape(_('Retracted.'))}</strong> {escape(note)}</p>")
        parts.append(f"<p>{escape(presentation.statement_words(item))}</p>")
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
        return said_at(item)

    def item_updateddate(self, item):
        return item.updated_at

    def item_categories(self, item):
        return [link.topic.name for link in item.stances]


class ShiftFeed(ParleyFeed):
    """Changes of position: `/feeds/shifts.atom?actor=…&topic=…`, each repeatable, newest first."""

    def __call__(self, request, *args, **kwargs):
        chosen, problems = {}, []
        for name in ("actor", "topic"):
            slugs = list(dict.fromkeys(slug[:200] for slug in request.GET.getlist(name) if slug))
            lookup = [slug for slug in slugs if slug_re.match(slug)]  # NUL bytes and the like: never queried
            found = list(queries.PUBLIC_REGISTRY[name]().filter(slug__in=lookup).order_by("name")) if slugs else None
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
        topics, actors = chosen["topic"], chosen["actor"]
        return versions.cached(
            "shift-feed",
            lambda: positions.shifts(topics=topics, actors=actors, limit=FEED_SIZE),
            [topic.pk for topic in topics or ()] if topics else None,
            [actor.pk for actor in actors or ()] if actors else None,
        )

    def item_title(self, shift):
        return str(shift)

    def item_link(self, shift):
        url = reverse("tracker:shift-detail", kwargs={"before": shift.before.pk, "after": shift.after.pk})
        return f"{url}?topic={shift.topic.slug}"

    def item_description(self, shift):
        parts = []
        for label, statement in ((_("Then"), shift.before), (_("Now"), shift.after)):
            said = at_precision(statement.said_on, statement.date_precision)
            words = presentation.statement_words(statement)
            parts.append(f"<p><strong>{escape(label)}</strong> ({escape(said)}): {escape(words)}</p>")
        return "".join(parts)

    def item_author_name(self, shift):
        return shift.actor.name

    def item_pubdate(self, shift):
        return said_at(shift.after)

    def item_updateddate(self, shift):
        return max(shift.before.updated_at, shift.after.updated_at)

    def item_categories(self, shift):
        return [shift.topic.name]


# The shifts are cached until the record changes (versions.cached in `items`), never longer.
shift_feed = ShiftFeed()
