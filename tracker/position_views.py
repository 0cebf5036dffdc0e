"""Positions pages: one topic's stances over time, and the then/now page of a shift.

The reading is in positions.py; here are the parameters, the page blocks and their limits.
Kept apart from views.py so that both stay short.
"""

import datetime
import functools
import re

from django.core.validators import slug_re
from django.http import Http404
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from . import charts, positions, presentation, queries, versions
from .links import id_urls
from .models import Stance, Topic
from .templatetags.parley import at_precision

CHART_ACTORS = 25  # rows on the chart: the actors with the most statements on the topic
# The newest statements of those actors; the table lists the same. 400 made the broadest topic's page
# 53 KB compressed (each mark carries its words), the timeline holds the rest.
CHART_POINTS = 150
# Actors a stance named on the positions page, busiest first; `stance=` lists one stance's in full.
STANDINGS_SHOWN = 40
LISTED_SHIFTS = 50
LISTED_LINKS = 50
PAGE_SHIFTS = 10  # on topic and actor pages
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def find_topic(slug):
    """The public topic with this slug, or None; a value that cannot be a slug (NUL bytes, spaces) is not looked up."""
    return queries.public_topics().filter(slug=slug).first() if slug_re.match(slug) and len(slug) <= 200 else None


def parse_as_of(value):
    """(date or None, message or None) for an `as_of=YYYY-MM-DD` parameter."""
    if not value:
        return None, None
    if ISO_DATE.match(value):
        try:
            return datetime.date.fromisoformat(value), None
        except ValueError:
            pass
    return None, _("“%(value)s” is not a date: give it as YYYY-MM-DD, e.g. 2025-09-23.") % {"value": value[:40]}


def standings_block(topic, as_of=None, *, current=None):
    """Who supports, opposes, is mixed, neutral or unclear on `topic` as of a date (today when none)."""
    found = positions.standings(topic, as_of=as_of) if as_of or current is None else current
    grouped = positions.group_by_stance(found)
    return {
        "topic": topic,
        "as_of": as_of,
        "groups": [(value, label, busiest_first(grouped[value])) for value, label in Stance.choices if grouped[value]],
        "actor_count": len(found),
    }


def busiest_first(standings):
    """A page names the actors with the most statements on the topic first, and links the rest."""
    return sorted(standings, key=lambda standing: (-standing.statement_count, standing.actor.name))


def chart_block(topic, current, as_of=None):
    """The stance chart of the `CHART_ACTORS` most frequent speakers, and what it leaves out."""
    shown = busiest_first(current)[:CHART_ACTORS]
    shown.sort(key=lambda standing: (standing.actor.name, standing.actor.pk))
    points = positions.chart_points(topic, [standing.actor.pk for standing in shown], limit=CHART_POINTS)
    chart = charts.stance_chart(shown, points, as_of=as_of)
    if chart:
        label_marks(chart, topic)
        chart["omitted_actors"] = len(current) - len(shown)
        chart["omitted_statements"] = sum(standing.statement_count for standing in shown) - len(points)
        chart["statement_count"] = len(points)
    return chart


def label_marks(chart, topic):
    """Links, dates, words and coordinates for every mark as ready strings: a topic brings hundreds of marks,
    and the template then only prints them."""
    topic_query = urlencode({"topic": topic.slug})
    stances = {value: str(label).lower() for value, label in Stance.choices}
    statement_url = id_urls("tracker:statement-detail", "pk")
    shift_url = id_urls("tracker:shift-detail", "before", "after")
    date_label = functools.cache(at_precision)  # a chart's marks fall on fewer days than it has marks
    for row in chart["rows"]:
        row.cy = f"{row.y:.1f}"
        row.lines = [(f"{x1:.1f}", f"{x2:.1f}", stance) for x1, x2, stance in row.segments]
        for mark in row.marks:
            point = mark.point
            stance = stances[point.stance]
            mark.cx = f"{mark.x:.1f}"
            mark.url = statement_url(pk=point.statement_id)
            mark.iso = point.said_on.isoformat()
            mark.date_label = date_label(point.said_on, point.precision)
            mark.stance_text = stance
            mark.words = presentation.words_for(point.excerpt, point.kind, 80)
            mark.title = f"{row.actor.name}, {mark.date_label}: {stance}. {mark.words}"
            if point.is_shift:
                before = stances[point.previous_stance]
                pair = {"before": point.previous_statement_id, "after": point.statement_id}
                mark.shift_url = f"{shift_url(**pair)}?{topic_query}"
                mark.change_label = _("%(before)s → %(after)s: then and now") % {"before": before, "after": stance}
                mark.shift_title = _("%(name)s changed position, %(date)s: %(before)s → %(after)s.") % {
                    "name": row.actor.name,
                    "date": mark.date_label,
                    "before": before,
                    "after": stance,
                }


class PositionsView(TemplateView):
    """`/positions/?topic=<slug>&as_of=YYYY-MM-DD`: each actor's stance on one topic over time, naming
    `STANDINGS_SHOWN` actors a stance; `&stance=<stance>` lists all who hold that one, and nothing else."""

    template_name = "tracker/positions.html"

    def get(self, request, *args, **kwargs):
        context = self.get_context_data(**kwargs)
        return self.render_to_response(context, status=400 if context["errors"] else 200)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        errors, topic = [], None
        slugs = [slug for slug in self.request.GET.getlist("topic") if slug]
        if len(slugs) > 1:
            errors.append(_("Positions are shown for one topic at a time: choose one."))
        elif slugs:
            topic = find_topic(slugs[0])
            if topic is None:
                errors.append(_("There is no topic “%(slug)s”: choose one from the list.") % {"slug": slugs[0][:80]})
        as_of, as_of_error = parse_as_of(self.request.GET.get("as_of", ""))
        if as_of_error:
            errors.append(as_of_error)
        stance = self.request.GET.get("stance", "")
        if stance and stance not in Stance.values:
            errors.append(
                _("“%(value)s” is not a stance: give supports, opposes, neutral, mixed or unclear.")
                % {"value": stance[:40]}
            )
            stance = ""
        context.update(errors=errors, topic=topic, as_of=as_of, as_of_value=self.request.GET.get("as_of", "")[:40])
        if topic is None:
            context["topic_choices"] = queries.public_topics().order_by("name", "id").only("name", "slug")
            return context
        if stance:
            block = versions.membership_cached(
                "positions-stance", lambda: standings_block(topic, as_of), topic.pk, as_of
            )
            block["groups"] = [group for group in block["groups"] if group[0] == stance]
            context.update(position_block=block, stance=stance, standings_limit=None, legend=charts.stance_legend())
            return context
        context.update(
            versions.cached("positions-page", lambda: topic_positions(topic, as_of), topic.pk, as_of),
            standings_limit=STANDINGS_SHOWN,
            legend=charts.stance_legend(),
        )
        return context


def topic_positions(topic, as_of):
    """The positions page's readings: cached per topic and date until the record changes."""
    current = positions.standings(topic)
    return {
        "position_block": standings_block(topic, as_of, current=current),
        "chart": chart_block(topic, current, as_of),
        "shifts": positions.shifts(topics=[topic], limit=LISTED_SHIFTS, points=True),
        "links": positions.opposing_links(topic=topic, limit=LISTED_LINKS),
    }


class ShiftView(TemplateView):
    """`/positions/shift/<before>/<after>/?topic=<slug>`: then and now, side by side."""

    template_name = "tracker/shift_detail.html"

    def get_context_data(self, **kwargs):
        topic = find_topic(self.request.GET.get("topic", ""))
        shift = positions.shift_between(kwargs["before"], kwargs["after"], topic) if topic else None
        if shift is None:
            raise Http404(_("These two statements are not a change of position on that topic."))
        links = positions.opposing_links(statement_ids=[shift.before.pk, shift.after.pk], limit=LISTED_LINKS)
        sides = [
            (_("Then"), shift.before, shift.from_stance, shift.from_label),
            (_("Now"), shift.after, shift.to_stance, shift.to_label),
        ]
        return super().get_context_data(shift=shift, shift_sides=sides, links=links, **kwargs)


def topic_page_context(request, topic):
    """The positions block of a topic page: who holds which stance as of `as_of`, the latest shifts."""
    as_of, as_of_error = parse_as_of(request.GET.get("as_of", ""))

    def read():
        current = positions.standings(topic)
        return {
            "current_standings": current,
            "position_block": standings_block(topic, as_of, current=current),
            "topic_shifts": positions.shifts(topics=[topic], limit=PAGE_SHIFTS, points=True),
        }

    readings = versions.membership_cached("topic-page-positions", read, topic.pk, as_of)
    return {**readings, "as_of_error": as_of_error, "legend": charts.stance_legend()}


def actor_page_context(actor, topic_entries):
    """The actor's current stance, shift count and last shift per topic, merged into the topic table's
    entries (which come from views.actor_topics: a page of them), and the latest shifts."""
    slugs = sorted(entry["slug"] for entry in topic_entries)

    def read():
        topics = list(Topic.objects.filter(slug__in=slugs))
        return positions.actor_summary(actor, topics=topics, recent=PAGE_SHIFTS)

    summary = versions.membership_cached("actor-page-positions", read, actor.pk, slugs)
    by_slug = {entry["topic"].slug: entry for entry in summary["topics"]}
    for entry in topic_entries:
        found = by_slug.get(entry["slug"])
        if found:
            # The latest statement decides, ties on one day by entry order: not the per-stance maxima.
            entry["latest"] = (found["current"].stance, found["current"].said_on)
            entry["shift_count"], entry["last_shift"] = found["shift_count"], found["last_shift"]
    return {"position_summary": summary}
