"""Matches per month for the current filter, drawn as a server-side SVG bar chart."""

import datetime
import functools
from dataclasses import dataclass

from django.core.exceptions import EmptyResultSet
from django.db.models import Count
from django.utils.dateformat import format as format_date
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from . import rollups
from .aggregates import cached_aggregate, monthly_counts
from .db import searchorder

WIDTH, HEIGHT, BASELINE = 640, 120, 100
MAX_MONTHS = 240


@dataclass
class Bar:
    month: object
    count: int
    x: float
    y: float
    width: float
    height: float
    label: str = ""


@functools.lru_cache(maxsize=4096)
def _month_name(month, language):
    return format_date(month, "F Y")


def month_name(month):
    """'March 2025' in the active language; the same few hundred months are named on every page."""
    return _month_name(month, get_language())


def bar_marks(bars, css_class, series=""):
    """The bars' <rect>s, each with its tooltip, and their axis labels, in one join: as a
    template loop, 180 months of bars cost more than the rest of the timeline page."""
    prefix = f"{escape(series)}, " if series else ""
    marks = []
    for bar in bars:
        marks.append(
            f'<rect x="{bar.x:.2f}" y="{bar.y:.2f}" width="{bar.width:.2f}" height="{bar.height:.2f}" '
            f'class="{css_class}"><title>{prefix}{month_name(bar.month)}: {bar.count}</title></rect>'
        )
        if bar.label:
            marks.append(f'<text x="{bar.x:.2f}" y="116" class="chart__label">{escape(bar.label)}</text>')
    return mark_safe("".join(marks))


def months_between(first, last):
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        yield first.replace(year=year, month=month, day=1)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def months_back(month, count):
    """The first day of the month `count` months before `month`, never before year 1."""
    index = max(month.year * 12 + month.month - 1 - count, 12)
    return month.replace(year=index // 12, month=index % 12 + 1, day=1)


def month_end(month):
    """The last day of `month` (a first day of a month)."""
    following = months_back(month, -1) if month.year < 9999 or month.month < 12 else None
    return following - datetime.timedelta(days=1) if following else datetime.date.max


def month_axis(counts, *, first=None, last=None):
    """The months the charts draw: from `first` (else the first match) to `last` (else the last match),
    the latest MAX_MONTHS of them when the range is longer."""
    start = (first or min(counts)).replace(day=1)
    end = (last or max(counts)).replace(day=1)
    if end < start:
        start, end = end, start
    return list(months_between(max(start, months_back(end, MAX_MONTHS - 1)), end))


# The month chart is a document of its own, framed by the page at whatever width the page has: its
# bars are placed in percentages of that width and its text keeps its size (no viewBox scaling).
MONTH_CHART_HEIGHT, MONTH_PLOT_TOP, MONTH_BASELINE = 132, 22, 100
LABEL_STEPS = (1, 3, 6, 12, 24, 120, 240)  # each divides the next: every wide-screen label keeps its place


def label_step(months, most):
    return next((step for step in LABEL_STEPS if len(months) / step <= most), LABEL_STEPS[-1])


def month_labels(months):
    """[(index, first line, second line, always shown)]: about a dozen labels on a wide chart, half
    of them on a narrow one (the chart's own style hides the others), on calendar quarters or years."""
    minor, major = label_step(months, 12), label_step(months, 6)
    labels = []
    for index, month in enumerate(months):
        number = month.year * 12 + month.month - 1
        if number % minor and index:
            continue
        if minor >= 12:
            lines = (str(month.year), "")
        else:
            lines = (format_date(month, "M"), str(month.year) if not labels or month.month == 1 else "")
        labels.append((index, *lines, index == 0 or number % major == 0))
    return labels


def month_bars(queryset, *, first=None, last=None, link=None):
    """Bars of matches per month from `first` to `last` (default: the matches' own range);
    `link(first day, last day)` gives the address a bar leads to."""
    counts = monthly_counts(queryset)
    if not counts:
        return {"bars": [], "max": 0, "total": 0, "height": MONTH_CHART_HEIGHT}
    months = month_axis(counts, first=first, last=last)
    peak = max((counts.get(month, 0) for month in months), default=0)
    # At least six slots, a short range centred: one month is a bar, not a wall.
    slot = 100 / max(len(months), 6)
    offset = (100 - slot * len(months)) / 2
    width = slot * 0.84
    plot = MONTH_BASELINE - MONTH_PLOT_TOP
    marks = []
    for index, month in enumerate(months):
        count = counts.get(month, 0)
        if not count:
            continue
        height = max(plot * count / peak, 2)
        x, y = offset + index * slot + (slot - width) / 2, MONTH_BASELINE - height
        title = f"{escape(month_name(month))}: {count}"
        bar = (
            f'<rect class="chart__hit" x="{offset + index * slot:.3f}%" y="{MONTH_PLOT_TOP - 8}" width="{slot:.3f}%" '
            f'height="{MONTH_BASELINE - MONTH_PLOT_TOP + 8}"/>'
            f'<rect class="chart__bar" x="{x:.3f}%" y="{y:.1f}" width="{width:.3f}%" height="{height:.1f}"/>'
            f'<text class="chart__value" x="{x + width / 2:.3f}%" y="{y - 4:.1f}" text-anchor="middle">{count}</text>'
            f"<title>{title}</title>"
        )
        if link:
            start, end = max(month, first or month), min(month_end(month), last or datetime.date.max)
            marks.append(f'<a href="{escape(link(start, end))}" target="_top">{bar}</a>')
        else:
            marks.append(f"<g>{bar}</g>")
    for index, line1, line2, major in month_labels(months):
        css_class = "chart__label" if major else "chart__label chart__label--minor"
        x = offset + index * slot + slot / 2
        marks.append(
            f'<text class="{css_class}" x="{x:.3f}%" y="{MONTH_BASELINE + 14}" text-anchor="middle">{escape(line1)}'
            + (f'<tspan x="{x:.3f}%" dy="13">{escape(line2)}</tspan>' if line2 else "")
            + "</text>"
        )
    total = sum(counts.get(month, 0) for month in months)
    return {
        "marks": mark_safe("".join(marks)),
        "max": peak,
        "total": total,
        "bars": months,
        "height": MONTH_CHART_HEIGHT,
        "peak_y": MONTH_PLOT_TOP,
        "baseline": MONTH_BASELINE,
    }


# Stances over time: one row per actor on a shared date axis (the positions page).
STANCE_WIDTH, STANCE_LEFT, STANCE_RIGHT, STANCE_TOP, STANCE_ROW, STANCE_AXIS = 760, 170, 24, 14, 34, 34
SAME_DAY_STEP = 16  # statements of one actor on one day sit side by side, not on top of each other
MIN_AXIS_DAYS = 60


def stance_shape(stance, x, y):
    """An SVG path per stance, so a stance reads by its shape as well as its colour."""
    if stance == "supports":
        return f"M{x:.1f},{y - 7:.1f}L{x + 7:.1f},{y + 5:.1f}L{x - 7:.1f},{y + 5:.1f}Z"
    if stance == "opposes":
        return f"M{x:.1f},{y + 7:.1f}L{x + 7:.1f},{y - 5:.1f}L{x - 7:.1f},{y - 5:.1f}Z"
    if stance == "mixed":
        return f"M{x:.1f},{y - 7:.1f}L{x + 7:.1f},{y:.1f}L{x:.1f},{y + 7:.1f}L{x - 7:.1f},{y:.1f}Z"
    if stance == "neutral":
        return f"M{x - 6:.1f},{y:.1f}a6,6 0 1,0 12,0a6,6 0 1,0 -12,0Z"
    return f"M{x - 5:.1f},{y - 5:.1f}h10v10h-10Z"  # unclear: an empty square


def stance_legend():
    from .models import Stance

    return [(value, label, stance_shape(value, 8, 8)) for value, label in Stance.choices]


@dataclass
class StanceMark:
    point: object
    x: float
    y: float
    shape: str
    # Filled in by the page (position_views.label_marks): links and words, worked out once in Python.
    url: str = ""
    shift_url: str = ""
    date_label: str = ""
    title: str = ""
    shift_title: str = ""
    change_label: str = ""


@dataclass
class StanceRow:
    actor: object
    y: float
    statement_count: int
    marks: list
    segments: list  # (x1, x2, stance): the stance held from one statement to the next


def axis_ticks(start, end, x_of):
    """Month ticks, thinned to about a dozen; labelled with the year in January and at the start."""
    months = list(months_between(start, end))[1:] or [start.replace(day=1)]
    step = next((n for n in (1, 2, 3, 6, 12, 24, 60, 120) if len(months) / n <= 12), 240)
    ticks = []
    for month in months:
        index = month.year * 12 + month.month - 1
        if index % step:
            continue
        if step >= 12:
            label = month.strftime("%Y")
        elif month.month == 1 or not ticks:
            label = month.strftime("%b %Y")
        else:
            label = month.strftime("%b")
        ticks.append((x_of(month), label))
    if len(months) <= 3:
        # A short range: mid-month ticks too, so that a phone's narrow window on the latest weeks shows a date.
        middles = [month.replace(day=15) for month in months_between(start, end)]
        ticks += [(x_of(day), f"{day.day} {day.strftime('%b')}") for day in middles if start <= day <= end]
        ticks.sort()
    return ticks


def moved(day, days):
    """`day` moved by `days`, held within the calendar (statements dated in year 1 or 9999 exist)."""
    try:
        return day + datetime.timedelta(days=days)
    except OverflowError:
        return datetime.date.max if days > 0 else datetime.date.min


def stance_chart(standings_list, points, *, as_of=None):
    """Rows for the actors in `standings_list` (in that order), marks for `points` (oldest first)."""
    if not points:
        return None
    first, last = points[0].said_on, points[-1].said_on
    if as_of:
        first, last = min(first, as_of), max(last, as_of)
    widen = max(MIN_AXIS_DAYS - (last - first).days, 0)
    pad = max((last - first).days // 30, 3)
    # A short range is widened into the past: the latest date stays near the right edge, where a
    # phone's scrolling chart opens.
    start, end = moved(first, -pad - widen), moved(last, pad)
    plot = STANCE_WIDTH - STANCE_LEFT - STANCE_RIGHT
    days = max((end - start).days, 1)

    def x_of(day):
        return STANCE_LEFT + plot * (day - start).days / days

    rows, index = [], {}
    for number, standing in enumerate(standings_list):
        y = STANCE_TOP + STANCE_ROW * number + STANCE_ROW / 2
        index[standing.actor.pk] = StanceRow(standing.actor, y, standing.statement_count, [], [])
        rows.append(index[standing.actor.pk])
    on_day = {}
    for point in points:
        on_day[point.speaker_id, point.said_on] = on_day.get((point.speaker_id, point.said_on), 0) + 1
    same_day = {}
    for point in points:
        row = index.get(point.speaker_id)
        if row is None:
            continue
        key = point.speaker_id, point.said_on
        nth = same_day[key] = same_day.get(key, -1) + 1
        # One actor's statements of one day sit side by side, centred on the day.
        x = x_of(point.said_on) + (nth - (on_day[key] - 1) / 2) * SAME_DAY_STEP
        if row.marks:
            row.segments.append((row.marks[-1].x, x, row.marks[-1].point.stance))
        row.marks.append(StanceMark(point, x, row.y, stance_shape(point.stance, x, row.y)))
    height = STANCE_TOP + STANCE_ROW * len(rows) + STANCE_AXIS
    return {
        "rows": rows,
        "ticks": axis_ticks(start, end, x_of),
        "width": STANCE_WIDTH,
        "height": height,
        "axis_y": height - STANCE_AXIS + 4,
        "label_x": STANCE_LEFT - 12,
        # The page sets the names beside the chart and shows the plot alone, at its own size.
        "plot_x": STANCE_LEFT - 16,
        "plot_width": STANCE_WIDTH - STANCE_LEFT + 16,
        "top": STANCE_TOP,
        "row_height": STANCE_ROW,
        "as_of_x": x_of(as_of) if as_of else None,
        "first": points[0].said_on,
        "last": points[-1].said_on,
        "shift_count": sum(point.is_shift for point in points),
    }


# Statements per month by speaker: small multiples of the top speakers and everyone else (the timeline).
SPEAKER_ROWS = 5
SPEAKER_ROW_HEIGHT, SPEAKER_BAR_TOP, SPEAKER_BAR_HEIGHT = 46, 14, 28


def speaker_counts(queryset):
    """{"top": [(speaker id, n)], "months": {speaker id: {month: n}}}, cached: the SPEAKER_ROWS busiest
    speakers, then their statements grouped by speaker and day (index-ordered) and folded into months;
    from the monthly counts where they can answer (rollups.slice_of), exact and live; for a reader's
    search on SQLite, each top speaker's days from its index (searchorder.matches_of)."""
    if slice_ := rollups.slice_of(queryset):
        top = sorted(rollups.speaker_totals(slice_).items(), key=lambda item: (-item[1], item[0]))[:SPEAKER_ROWS]
        if len(top) < 2:
            return {"top": top, "months": {}}
        return {"top": top, "months": rollups.speaker_months(slice_, [speaker_id for speaker_id, _ in top])}
    if matches := searchorder.matches_of(queryset):

        def from_index():
            top, months = searchorder.speaker_months(matches, SPEAKER_ROWS, queryset.db)
            return {"top": top, "months": months if len(top) >= 2 else {}}

        return cached_aggregate("speakers", queryset, from_index)

    def compute():
        top = list(
            queryset.order_by()
            .values_list("speaker_id")
            .annotate(n=Count("id"))
            .order_by("-n", "speaker_id")
            .values_list("speaker_id", "n")[:SPEAKER_ROWS]
        )
        if len(top) < 2:
            return {"top": top, "months": {}}
        days = (
            queryset.filter(speaker_id__in=[speaker_id for speaker_id, _ in top])
            .order_by()
            .values_list("speaker_id", "said_on")
            .annotate(n=Count("id"))
            .values_list("speaker_id", "said_on", "n")
        )
        months = {speaker_id: {} for speaker_id, _ in top}
        for speaker_id, day, n in days:
            month = day.replace(day=1)
            months[speaker_id][month] = months[speaker_id].get(month, 0) + n
        return {"top": top, "months": months}

    return cached_aggregate("speakers", queryset, compute)


def speaker_bars(queryset, *, first=None, last=None, link=None):
    """Rows of monthly bars on the month chart's axis, one per top speaker and one for all the others;
    None when fewer than two speakers match (the month chart above says it all)."""
    from .models import Actor

    try:
        data, totals = speaker_counts(queryset), monthly_counts(queryset)
    except EmptyResultSet:
        return None
    if len(data["top"]) < 2 or not totals:
        return None
    months = month_axis(totals, first=first, last=last)
    by_speaker = data["months"]
    others = {month: n - sum(counts.get(month, 0) for counts in by_speaker.values()) for month, n in totals.items()}
    actors = Actor.objects.in_bulk(by_speaker)
    series = [(actors[speaker_id], by_speaker[speaker_id], n) for speaker_id, n in data["top"] if speaker_id in actors]
    if sum(others.values()):
        series.append((None, others, sum(others.values())))
    peak = max(max(counts.values(), default=0) for _, counts, _ in series) or 1
    # As on the month chart: at least six slots, a short range centred.
    step = WIDTH / max(len(months), 6)
    offset = (WIDTH - step * len(months)) / 2
    gap = min(2.0, step * 0.2) if len(months) > 6 else step * 0.16
    rows = []
    for index, (actor, counts, total) in enumerate(series):
        top = index * SPEAKER_ROW_HEIGHT
        base = top + SPEAKER_BAR_TOP + SPEAKER_BAR_HEIGHT
        bars = []
        for position, month in enumerate(months):
            count = counts.get(month, 0)
            if count:
                height = max(SPEAKER_BAR_HEIGHT * count / peak, 1)
                bars.append(Bar(month, count, offset + position * step + gap / 2, base - height, step - gap, height))
        name = actor.name if actor else _("Everyone else")
        css_class = "speaker-chart__bar" if actor else "speaker-chart__bar speaker-chart__bar--others"
        rows.append(
            {
                "actor": actor,
                "total": total,
                "bars": bars,
                "marks": bar_marks(bars, css_class, series=name),
                "label_y": top + 10,
                "base_y": base,
            }
        )
    labels = [
        (offset + position * step, month.strftime("%b %Y") if position == 0 else month.strftime("%Y"))
        for position, month in enumerate(months)
        if position == 0 or month.month == 1
    ]
    height = len(rows) * SPEAKER_ROW_HEIGHT + 16
    return {"rows": rows, "labels": labels, "width": WIDTH, "height": height, "label_y": height - 4, "peak": peak}
