"""Matches per month for the current filter, drawn as a server-side SVG bar chart."""

from dataclasses import dataclass

from django.db.models import Count
from django.db.models.functions import TruncMonth

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


def months_between(first, last):
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        yield first.replace(year=year, month=month, day=1)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def monthly_counts(queryset):
    """{first day of month: count}: one aggregate query, no rows fetched."""
    rows = (
        queryset.order_by()
        .annotate(month=TruncMonth("said_on"))
        .values("month")
        .annotate(n=Count("id"))
        .values_list("month", "n")
    )
    return dict(rows)


def month_bars(queryset):
    counts = monthly_counts(queryset)
    if not counts:
        return {"bars": [], "max": 0, "total": 0}
    last = max(counts)
    # At least a year on the axis, so a quiet month reads as quiet rather than as a wall of bar.
    year_before = (
        last.replace(year=last.year - 1, month=last.month % 12 + 1) if last.month < 12 else last.replace(month=1)
    )
    months = list(months_between(min(min(counts), year_before), last))[-MAX_MONTHS:]
    peak = max(counts.values())
    step = WIDTH / len(months)
    gap = min(2.0, step * 0.2)
    bars = []
    for index, month in enumerate(months):
        count = counts.get(month, 0)
        height = (BASELINE - 8) * count / peak if peak else 0
        label = month.strftime("%b %Y") if index == 0 else month.strftime("%Y") if month.month == 1 else ""
        bars.append(Bar(month, count, index * step + gap / 2, BASELINE - height, step - gap, height, label))
    return {"bars": bars, "max": peak, "total": sum(counts.values()), "width": WIDTH, "height": HEIGHT}
