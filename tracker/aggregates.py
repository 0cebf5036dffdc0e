"""How many statements match: exact when that is cheap, a labelled estimate when it is not.

`COUNT(*)` over a broad filter at a million rows costs tens to hundreds of milliseconds on
every page view. Counting at most `limit + 1` rows is bounded; past that the number is
estimated — PostgreSQL's planner estimate, or on SQLite a count over evenly spread slices of
the id range scaled up — and shown as "about 120,000". Estimates and chart aggregates are
kept in Django's cache (Redis when REDIS_URL is set).

A cached aggregate is served while it was computed after the last change readers can see (the
shared record version's time, tracker/versions.py), or less than
PARLEY_AGGREGATE_GRACE_SECONDS ago: numbers follow an edit within that grace period, and a
busy newsroom saving many times a minute does not force every reader's page to recompute
them. Only aggregates live here: anything holding text or membership is keyed by the version.

A filter by speakers, one topic and dates is counted from the monthly counts kept on write
(tracker/rollups.py) instead: exact at any size, and current at once, so nothing is cached; a
reader's search (with speakers and dates at most) on SQLite, from its index (tracker/db/searchorder.py), likewise.
"""

import hashlib
import math
import time

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from . import rollups, versions
from .db import estimates, searchorder


def cache_seconds():
    return settings.PARLEY_AGGREGATE_CACHE_SECONDS


def grace_seconds():
    return settings.PARLEY_AGGREGATE_GRACE_SECONDS


def data_changed(**kwargs):
    """A bulk write (an import, generated data): bump the shared record version (tracker/versions.py)."""
    versions.bump()


def cache_key(kind, queryset, *extra):
    try:
        sql, params = queryset.query.sql_with_params()
    except EmptyResultSet:  # e.g. a search with no searchable words: matches nothing
        sql, params = "", ()
    return value_key(kind, queryset.db, sql, params, *extra)


def value_key(kind, *parts):
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()
    return f"parley:{kind}:{digest}"


def fresh(key):
    """The cached value at `key` unless an edit came after it and its grace is over; else None."""
    entry = cache.get(key)
    if entry is None:
        return None
    computed_at, value = entry
    changed_at = versions.current()[1]
    if changed_at is None or computed_at >= changed_at.timestamp() or time.time() - computed_at < grace_seconds():
        return value
    return None


def remember(key, value, started):
    """Keep `value`, computed from `started` on: an edit during the computation is not in it."""
    cache.set(key, (started, value), cache_seconds())
    return value


def cached_value(key, compute):
    value = fresh(key)
    if value is None:
        started = time.time()
        value = remember(key, compute(), started)
    return value


def cached_aggregate(kind, queryset, compute):
    """`compute()` for this queryset, shared through the cache: for chart aggregates."""
    return cached_value(cache_key(kind, queryset), compute)


def monthly_counts(queryset):
    """{first day of month: n}: from the monthly counts when they can answer (exact, live), else
    cached. Grouped by day, folded into months here: the grouping then follows the (status, said_on)
    index instead of calling a month function on every row."""
    if slice_ := rollups.slice_of(queryset):
        return rollups.monthly(slice_)
    if matches := searchorder.matches_of(queryset):
        return by_month(searchorder.days(matches, queryset.db))

    def compute():
        return by_month(queryset.order_by().values_list("said_on").annotate(n=Count("id")).values_list("said_on", "n"))

    return cached_aggregate("months", queryset, compute)


def by_month(days):
    """{first day of month: n} from (day, n) pairs."""
    months = {}
    for day, n in days:
        month = day.replace(day=1)
        months[month] = months.get(month, 0) + n
    return months


def count_statements(queryset, *, limit=None):
    """(n, is_estimate) for `queryset`: exact up to `limit`, an estimate above it; always exact where
    the monthly counts can answer (a filter by speakers, one topic and dates: rollups.slice_of) or the
    search index can (a reader's search on SQLite: searchorder.matches_of)."""
    if slice_ := rollups.slice_of(queryset):
        return rollups.count(slice_), False
    if matches := searchorder.matches_of(queryset):
        return searchorder.count(matches, queryset.db), False
    limit = settings.PARLEY_EXACT_COUNT_LIMIT if limit is None else limit
    queryset = queryset.order_by()
    key = cache_key("count", queryset, limit)
    cached = fresh(key)
    if cached is not None:
        return tuple(cached)
    started = time.time()
    exact = queryset[: limit + 1].count()
    if exact <= limit:
        return exact, False  # cheap enough to stay live
    return remember(key, (max(estimates.estimate(queryset), limit + 1), True), started)


def rounded(n):
    """Two significant figures: 123,456 -> 120,000."""
    if n < 100:
        return n
    magnitude = 10 ** (int(math.log10(n)) - 1)
    return int(round(n / magnitude) * magnitude)


def count_label(n, is_estimate):
    """'1,234' or 'about 120,000', for the page."""
    if is_estimate:
        return _("about %(count)s") % {"count": f"{rounded(n):,}"}
    return f"{n:,}"
