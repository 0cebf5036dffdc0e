"""The readers' overview: a period's numbers, who said most about what, and who stands where.

Every number comes from the one StatementFilter (queries.statement_filterset) over published
statements, with the period written into its `date_after` / `date_before`: the timeline given
the same parameters counts the same statements. Every stance comes from the one rule's table
(positions.py). The readings are kept with versions.cached until the record changes; drafts never
bump the version and are never read, so they cannot change what readers see.
"""

import datetime

from django import forms
from django.db.models import Count
from django.http import QueryDict
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from . import aggregates, positions, queries, rollups, versions, views
from .charts import month_end, months_between
from .models import Actor, Stance, Statement, StatementTopic, Topic

MATRIX_ACTORS = 15
MATRIX_TOPICS = 10
TOP_LISTED = 8
LISTED_SHIFTS = 10
LISTED_EVENTS = 20
SPARK_WIDTH, SPARK_HEIGHT = 96, 20
WEEKLY_DAYS = 190  # longer periods are drawn by calendar month
# The parameters the overview itself reads; every other one goes to the StatementFilter.
OWN_PARAMS = ("period", "as_of")
PERIODS = {"week": 7, "month": 30}


class OverviewForm(forms.Form):
    period = forms.ChoiceField(
        label=_("Period"),
        required=False,
        choices=[("week", _("Last 7 days")), ("month", _("Last 30 days")), ("custom", _("From … to …"))],
    )
    as_of = forms.DateField(
        label=_("Stances as of"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("Replay the stance matrix at a past date."),
        error_messages={"invalid": _("Give the date as YYYY-MM-DD, e.g. 2025-09-23.")},
    )


def period_params(request_params, period, today):
    """The filter's parameters with the period written into `date_after` / `date_before`."""
    params = QueryDict(mutable=True)
    for name, values in request_params.lists():
        if name not in OWN_PARAMS:
            params.setlist(name, values)
    if period in PERIODS:
        params["date_after"] = (today - datetime.timedelta(days=PERIODS[period] - 1)).isoformat()
        params["date_before"] = today.isoformat()
    return params


def chosen_period(request_params):
    """The period asked for: the one named, else custom when dates are given, else the last 7 days."""
    period = request_params.get("period", "")
    if period:
        return period
    return "custom" if request_params.get("date_after") or request_params.get("date_before") else "week"


def sparkline(values):
    """An SVG polyline's points for `values`, scaled into the sparkline's box."""
    if not values:
        return ""
    top = max(values) or 1
    step = SPARK_WIDTH / max(len(values) - 1, 1)
    return " ".join(
        f"{index * step:.1f},{SPARK_HEIGHT - 1 - (value / top) * (SPARK_HEIGHT - 2):.1f}"
        for index, value in enumerate(values)
    )


def buckets(first, last):
    """[(start, end)] day ranges covering first..last: days up to a month, then weeks, then calendar months
    (the monthly counts hold those, rollups)."""
    days = (last - first).days + 1
    if days > WEEKLY_DAYS:
        return [(max(month, first), min(month_end(month), last)) for month in months_between(first, last)][-60:]
    size = 1 if days <= 31 else 7
    found, start = [], first
    while start <= last:
        end = min(start + datetime.timedelta(days=size - 1), last)
        found.append((start, end))
        start = end + datetime.timedelta(days=1)
    return found[-60:]


def series(rows, spans):
    """{key: [n per span]} from (key, day, n) rows."""
    found = {}
    for key, day, n in rows:
        values = found.setdefault(key, [0] * len(spans))
        for index, (start, end) in enumerate(spans):
            if start <= day <= end:
                values[index] += n
                break
    return found


def ranked(counts):
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def by_month(found, spans):
    """{key: [n per span]} from {key: {first day of month: n}}, the spans being calendar months."""
    return {key: [months.get(start.replace(day=1), 0) for start, _end in spans] for key, months in found.items()}


def activity(statements, first, last, *, dates):
    """The most active speakers and topics of `statements`, each with its counts over the period.

    A filter by speakers, one topic and dates (rollups.slice_of) is read from the monthly counts:
    speakers always, stances by topic when no topic is chosen, sparklines by calendar month.
    `dates`: the filter's own date lookups on `said_on`, which each stance row carries too, so that
    its (topic, said_on) index bounds the stances read (PostgreSQL otherwise hashed every stance
    on the busiest topics: 0.2–0.3 s at 1M)."""
    spans = buckets(first, last)
    slice_ = rollups.slice_of(statements)
    every_topic = slice_ is not None and slice_.scope == rollups.EVERY
    monthly = (last - first).days + 1 > WEEKLY_DAYS
    stances = StatementTopic.objects.filter(statement__in=statements.order_by().values("id"), **dates)
    if slice_:
        speakers = ranked(rollups.speaker_totals(slice_))
    else:
        speakers = list(
            statements.order_by().values_list("speaker_id").annotate(n=Count("id")).order_by("-n", "speaker_id")
        )
    if every_topic:
        topic_rows = ranked(rollups.topic_totals(slice_))
    else:
        topic_rows = list(stances.order_by().values_list("topic_id").annotate(n=Count("id")).order_by("-n", "topic_id"))
    top_speakers = [speaker_id for speaker_id, _ in speakers[:MATRIX_ACTORS]]
    top_topics = [topic_id for topic_id, _ in topic_rows[:MATRIX_TOPICS]]
    if slice_ and monthly:
        speaker_days = by_month(rollups.speaker_months(slice_, top_speakers[:TOP_LISTED]), spans)
    else:
        speaker_days = series(
            statements.filter(speaker_id__in=top_speakers[:TOP_LISTED])
            .order_by()
            .values_list("speaker_id", "said_on")
            .annotate(n=Count("id")),
            spans,
        )
    if every_topic and monthly:
        topic_days = by_month(rollups.topic_months(slice_, top_topics[:TOP_LISTED]), spans)
    else:
        topic_days = series(
            stances.filter(topic_id__in=top_topics[:TOP_LISTED])
            .order_by()
            .values_list("topic_id", "said_on")
            .annotate(n=Count("id")),
            spans,
        )
    actors = Actor.objects.in_bulk(top_speakers)
    topics = Topic.objects.in_bulk(top_topics)
    return {
        "speaker_count": len(speakers),
        "topic_count": len(topic_rows),
        "speakers": [
            {"item": actors[pk], "n": n, "spark": sparkline(speaker_days.get(pk, []))}
            for pk, n in speakers[:TOP_LISTED]
        ],
        "topics": [
            {"item": topics[pk], "n": n, "spark": sparkline(topic_days.get(pk, []))}
            for pk, n in topic_rows[:TOP_LISTED]
        ],
        "matrix_actors": [actors[pk] for pk in top_speakers],
        "matrix_topics": [topics[pk] for pk in top_topics],
    }


def stance_matrix(actors, topics, *, first, last, as_of=None):
    """Rows of cells: each actor's current stance on each topic (the one rule's table), as of `as_of`
    when given, marked where it changed between `first` and `last` (and by `as_of`)."""
    if not actors or not topics:
        return []
    current = positions.current_stances(topics, actors, as_of=as_of)
    changed = positions.shifted_tracks(topics, actors, first, min(last, as_of) if as_of else last)
    stances = dict(Stance.choices)
    timeline = reverse("tracker:timeline")
    rows = []
    for actor in actors:
        cells = []
        for topic in topics:
            point = current.get((actor.pk, topic.pk))
            query = urlencode({"actor": actor.slug, "topic": topic.slug})
            cell = {"topic": topic, "url": f"{timeline}?{query}"}
            if point:
                cell.update(stance=point.stance, label=stances[point.stance], said_on=point.said_on)
                cell["changed"] = (actor.pk, topic.pk) in changed
            cells.append(cell)
        rows.append({"actor": actor, "cells": cells})
    return rows


def period_events(first, last):
    """Public events that overlap the period, earliest first."""
    events = queries.public_events().filter(start_date__lte=last).order_by("start_date", "id")
    return [event for event in events if event.last_day >= first][:LISTED_EVENTS]


def readings(filterset, *, first, last, as_of):
    """Everything the overview shows for these matches, from the one filter and the one stance rule."""
    statements = filterset.qs
    count, is_estimate = aggregates.count_statements(filterset.paging_qs)
    cleaned = filterset.form.cleaned_data
    dates = {
        lookup: cleaned[name]
        for name, lookup in (("date_after", "said_on__gte"), ("date_before", "said_on__lte"))
        if cleaned.get(name)
    }
    found = activity(statements, first, last, dates=dates)
    # The changes the matrix marks: its speakers on its topics (every speaker's on every topic would read
    # every track at scale).
    actors, topics = found["matrix_actors"], found["matrix_topics"]
    shifts = (
        positions.shifts(topics=topics, actors=actors, since=first, until=last, limit=LISTED_SHIFTS, points=True)
        if actors and topics
        else []
    )
    events = period_events(first, last)
    return {
        "count": count,
        "count_label": aggregates.count_label(count, is_estimate),
        "speaker_count": found["speaker_count"],
        "topic_count": found["topic_count"],
        "event_count": len(events),
        "speakers": found["speakers"],
        "topics": found["topics"],
        "shifts": shifts,
        "events": events,
        "matrix_topics": found["matrix_topics"],
        "matrix": stance_matrix(found["matrix_actors"], found["matrix_topics"], first=first, last=last, as_of=as_of),
    }


class OverviewView(TemplateView):
    """`/overview/?period=week|month|custom&date_after=&date_before=&as_of=` and any reader filter."""

    template_name = "tracker/overview.html"

    def get(self, request, *args, **kwargs):
        context = self.get_context_data(**kwargs)
        return self.render_to_response(context, status=400 if context["has_errors"] else 200)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        today = timezone.localdate()
        period = chosen_period(self.request.GET)
        form = OverviewForm({"period": period, "as_of": self.request.GET.get("as_of", "")})
        params = period_params(self.request.GET, period, today)
        filterset = queries.statement_filterset(params=params, user=None)
        filter_valid = filterset.is_valid()
        context.update(
            form=form,
            period=period,
            filter=filterset,
            fields=views.form_fields(filterset),
            has_errors=not (form.is_valid() and filter_valid),
        )
        if context["has_errors"]:
            return context
        cleaned = filterset.form.cleaned_data
        first = cleaned.get("date_after") or self.earliest()
        last = cleaned.get("date_before") or today
        as_of = form.cleaned_data.get("as_of")
        key = sorted((name, tuple(values)) for name, values in params.lists())
        context.update(
            first=first,
            last=last,
            as_of=as_of,
            statements_url=f"{reverse('tracker:timeline')}?{params.urlencode()}",
            **versions.cached(
                "overview", lambda: readings(filterset, first=first, last=last, as_of=as_of), key, first, last, as_of
            ),
        )
        return context

    @staticmethod
    def earliest():
        """The first day a published statement was said on (a custom period open at its start)."""
        first = Statement.objects.published().order_by("said_on", "id").values_list("said_on", flat=True).first()
        return first or timezone.localdate()
