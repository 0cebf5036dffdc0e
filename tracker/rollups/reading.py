"""Counts of a filter read from the monthly counts: whole months from their rows, a month the date
range cuts from the filter's own statements of those days."""

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Count, Sum

from ..models import MonthlyCount, StatementTopic

EVERY = MonthlyCount.EVERY


def month_of(day):
    if isinstance(day, str):
        day = datetime.date.fromisoformat(day)
    return day.replace(day=1)


def next_month(month):
    if month.month < 12:
        return month.replace(month=month.month + 1)
    return month.replace(year=month.year + 1, month=1) if month.year < datetime.MAXYEAR else None


def previous_month(month):
    if month.month > 1:
        return month.replace(month=month.month - 1)
    return month.replace(year=month.year - 1, month=12) if month.year > datetime.MINYEAR else None


def month_end(month):
    following = next_month(month)
    return following - datetime.timedelta(days=1) if following else datetime.date.max


@dataclass(frozen=True)
class Slice:
    """Published statements by `speakers` (every speaker when empty), in `scope` (a topic's id;
    EVERY: all), said from `first` to `last` (either may be open). `matches(first, last)` gives
    the same filter's statements said between two days: a month the range cuts is counted there."""

    speakers: tuple = ()
    scope: int = EVERY
    first: datetime.date | None = None
    last: datetime.date | None = None
    matches: object = field(default=None, compare=False, repr=False)


def describe(queryset, slice_):
    """Mark `queryset` as the statements of `slice_`. A clone (any further filter) loses the mark."""
    queryset._rollup_slice = slice_
    return queryset


def slice_of(queryset):
    return queryset.__dict__.get("_rollup_slice")


def whole_months(slice_):
    """((first month, last month) the range covers entirely, None for an open end; or None when it
    covers no whole month), [(first day, last day) in each month the range cuts]."""
    first, last = slice_.first, slice_.last
    low = first if first is None or first.day == 1 else next_month(month_of(first))
    high = last if last is None or last == month_end(month_of(last)) else previous_month(month_of(last))
    high = high and month_of(high)
    cut_off = (first is not None and low is None) or (last is not None and high is None)
    months = None if cut_off or (low and high and low > high) else (low, high)
    cuts = []
    if first is not None and first.day != 1:
        cuts.append((first, min(month_end(month_of(first)), last or datetime.date.max)))
    # A range within one month is one cut.
    if last is not None and last != month_end(month_of(last)) and not (cuts and month_of(first) == month_of(last)):
        cuts.append((max(month_of(last), first or datetime.date.min), last))
    return months, cuts


def _rows(slice_, months, *, by_speaker=False, scopes=None):
    """Rows of the slice's whole months; of `scopes` (a lookup on `scope`) instead of the slice's own."""
    rows = MonthlyCount.objects.filter(**(scopes or {"scope": slice_.scope}))
    if slice_.speakers:
        rows = rows.filter(speaker__in=slice_.speakers)
    else:
        rows = rows.filter(speaker__gt=EVERY) if by_speaker else rows.filter(speaker=EVERY)
    low, high = months
    if low is not None:
        rows = rows.filter(month__gte=low)
    if high is not None:
        rows = rows.filter(month__lte=high)
    return rows.order_by()


def count(slice_):
    """How many statements the slice holds: exact."""
    months, cuts = whole_months(slice_)
    total = (_rows(slice_, months).aggregate(n=Sum("n"))["n"] or 0) if months else 0
    return total + sum(slice_.matches(first, last).order_by().count() for first, last in cuts)


def monthly(slice_):
    """{first day of month: n} for the months with statements."""
    months, cuts = whole_months(slice_)
    found = Counter()
    if months:
        rows = _rows(slice_, months).values_list("month").annotate(total=Sum("n"))
        found.update(dict(rows.values_list("month", "total")))
    for first, last in cuts:
        found[month_of(first)] += slice_.matches(first, last).order_by().count()
    return {month: n for month, n in sorted(found.items()) if n}


def speaker_totals(slice_):
    """Counter {speaker id: n} over the slice."""
    months, cuts = whole_months(slice_)
    found = Counter()
    if months:
        rows = _rows(slice_, months, by_speaker=True).values_list("speaker").annotate(total=Sum("n"))
        found.update(dict(rows.values_list("speaker", "total")))
    for first, last in cuts:
        rows = slice_.matches(first, last).order_by().values_list("speaker_id").annotate(n=Count("id"))
        found.update(dict(rows.values_list("speaker_id", "n")))
    return +found


def speaker_months(slice_, speakers):
    """{speaker id: {first day of month: n}} for these speakers."""
    months, cuts = whole_months(slice_)
    found = {speaker: Counter() for speaker in speakers}
    if months and speakers:
        rows = _rows(slice_, months, by_speaker=True).filter(speaker__in=speakers)
        for speaker, month, n in rows.values_list("speaker", "month", "n"):
            found[speaker][month] += n
    for first, last in cuts:
        rows = slice_.matches(first, last).filter(speaker_id__in=speakers).order_by().values_list("speaker_id")
        for speaker, n in rows.annotate(n=Count("id")).values_list("speaker_id", "n"):
            found[speaker][month_of(first)] += n
    return {speaker: dict(sorted((+counts).items())) for speaker, counts in found.items()}


# Statements with a stance on a topic itself, by topic (the overview's most discussed topics): rows of
# scope -topic id, for a slice of every topic (one topic's statements also take stances on others).


def topic_totals(slice_):
    """Counter {topic id: statements with a stance on it}, for a slice without a topic."""
    months, cuts = whole_months(slice_)
    found = Counter()
    if months:
        rows = _rows(slice_, months, scopes={"scope__lt": EVERY}).values_list("scope").annotate(total=Sum("n"))
        found.update({-scope: n for scope, n in rows.values_list("scope", "total")})
    for first, last in cuts:
        found.update(dict(_stances(slice_, first, last).values_list("topic_id").annotate(n=Count("id"))))
    return +found


def topic_months(slice_, topics):
    """{topic id: {first day of month: statements with a stance on it}}, for a slice without a topic."""
    months, cuts = whole_months(slice_)
    found = {topic: Counter() for topic in topics}
    if months and topics:
        rows = _rows(slice_, months, scopes={"scope__in": [-topic for topic in topics]})
        for scope, month, n in rows.values_list("scope", "month", "n"):
            found[-scope][month] += n
    for first, last in cuts:
        rows = _stances(slice_, first, last).filter(topic_id__in=topics).values_list("topic_id")
        for topic, n in rows.annotate(n=Count("id")).values_list("topic_id", "n"):
            found[topic][month_of(first)] += n
    return {topic: dict(sorted((+counts).items())) for topic, counts in found.items()}


def _stances(slice_, first, last):
    """The stances of the slice's statements said from `first` to `last`; each stance row carries its
    statement's date, so the (topic, said_on) index bounds them (PostgreSQL otherwise hashed every
    stance row against the days' statements: 0.3 s at 1M)."""
    statements = slice_.matches(first, last).values("id")
    return StatementTopic.objects.filter(statement__in=statements, said_on__gte=first, said_on__lte=last).order_by()
