"""Matches per month for the current filter, drawn as a server-side SVG bar chart."""

from dataclasses import dataclass

from .counts import monthly_counts

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


def months_back(month, count):
    """The first day of the month `count` months before `month`, never before year 1."""
    index = max(month.year * 12 + month.month - 1 - count, 12)
    return month.replace(year=index // 12, month=index % 12 + 1, day=1)


def month_bars(queryset):
    counts = monthly_counts(queryset)
    if not counts:
        return {"bars": [], "max": 0, "total": 0}
    last = max(counts)
    # At least a year on the axis (so a quiet month reads as quiet), at most MAX_MONTHS.
    first = months_back(last, MAX_MONTHS - 1)
    months = list(months_between(max(first, min(min(counts), months_back(last, 11))), last))
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
