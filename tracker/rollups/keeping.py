"""Keeping the monthly counts exact: re-counts of what a write touched, in the writer's transaction."""

import datetime
import threading
from collections import Counter, defaultdict
from contextlib import contextmanager

from django.db import connection, transaction
from django.db.models import Exists, OuterRef, Q

from .. import versions
from ..db import monthly
from ..db.subqueries import id_runs
from ..models import MonthlyCount, Statement, StatementTopic, Topic
from .reading import EVERY, month_end, month_of, next_month

CHUNK = 2000  # rows per INSERT
OR_TERMS = 200  # SQLite refuses expression trees deeper than 1000


def chunks(items, size):
    items = list(items)
    return (items[start : start + size] for start in range(0, len(items), size))


def closure():
    """{topic id: (it, its broader topic, …)}: the scopes a stance on the topic counts in."""
    parent_of = dict(Topic.objects.values_list("id", "parent_id"))
    found = {}
    for topic_id in parent_of:
        chain, current = [], topic_id
        while current is not None and current not in chain:
            chain.append(current)
            current = parent_of.get(current)
        found[topic_id] = tuple(chain)
    return found


def with_totals(counts):
    """`counts` by speaker, and their sums over every speaker."""
    result = Counter(counts)
    for (month, _speaker, scope), n in counts.items():
        result[month, EVERY, scope] += n
    return result


def add_counts(model, key, rows):
    """Add each row's last value to `model`'s `n` at the row's `key` columns, creating the rows missing:
    an upsert in chunks of CHUNK rows (the key is the table's unique constraint)."""
    table, quote = model._meta.db_table, connection.ops.quote_name
    columns = ", ".join((*key, "n"))
    with connection.cursor() as cursor:
        for chunk in chunks(rows, CHUNK):
            cursor.execute(
                f"INSERT INTO {quote(table)} ({columns}) VALUES "
                + ", ".join(["(" + ", ".join(["%s"] * (len(key) + 1)) + ")"] * len(chunk))
                + f" ON CONFLICT ({', '.join(key)}) DO UPDATE SET n = {quote(table)}.n + excluded.n",
                [value for row in chunk for value in row],
            )


def apply(deltas):
    """Add `deltas` {(month, speaker, scope): n} to the rows, creating and dropping rows as needed."""
    rows = [(month, speaker, scope, n) for (month, speaker, scope), n in deltas.items() if n]
    if not rows:
        return
    adapt = connection.ops.adapt_datefield_value
    add_counts(MonthlyCount, ("month", "speaker", "scope"), [(adapt(month), *rest) for month, *rest in rows])
    if any(n < 0 for *_key, n in rows):
        months, speakers = [row[0] for row in rows], {row[1] for row in rows}
        emptied = MonthlyCount.objects.filter(n__lte=0, speaker__in=speakers)
        emptied.filter(month__gte=min(months), month__lte=max(months)).delete()


def month_runs(months):
    """[(first, last)] runs of consecutive months."""
    runs = []
    for month in sorted(months):
        if runs and next_month(runs[-1][1]) == month:
            runs[-1][1] = month
        else:
            runs.append([month, month])
    return [tuple(run) for run in runs]


def refresh(pairs):
    """Count again the published statements of these (first day of month, speaker id) pairs."""
    months_of = defaultdict(set)
    for month, speaker in pairs:
        months_of[speaker].add(month)
    terms = [(speaker, *run) for speaker, months in sorted(months_of.items()) for run in month_runs(months)]
    if not terms:
        return
    with transaction.atomic(savepoint=False):
        versions.lock()
        deltas = Counter()
        for chunk in chunks(terms, OR_TERMS):
            said, counted = Q(), Q()
            for speaker, first, last in chunk:
                said |= Q(speaker_id=speaker, said_on__gte=first, said_on__lte=month_end(last))
                counted |= Q(speaker=speaker, month__gte=first, month__lte=last)
            deltas.update(monthly.select(Statement.objects.published().filter(said), totals=False))
            for month, speaker, scope, n in MonthlyCount.objects.filter(counted).values_list(
                "month", "speaker", "scope", "n"
            ):
                deltas[month, speaker, scope] -= n
        apply(with_totals(deltas))


def in_runs(runs, field):
    """Q: `field` within one of the (first, last) `runs`."""
    condition = Q()
    for first, last in runs:
        condition |= Q(**{f"{field}__gte": first, f"{field}__lte": last})
    return condition


def created(ids):
    """Count in statements inserted without signals (never counted before), in the database."""
    runs = id_runs(ids)
    if not runs:
        return
    with transaction.atomic(savepoint=False):
        versions.lock()
        for chunk in chunks(runs, OR_TERMS):
            monthly.add(Statement.objects.published().filter(in_runs(chunk, "id")))


def speakers_changed(speaker_ids):
    """Count again every month of these speakers (statements moved between them in bulk)."""
    speaker_ids = list(speaker_ids)
    stored = MonthlyCount.objects.filter(speaker__in=speaker_ids, scope=EVERY).values_list("month", "speaker")
    said = Statement.objects.published().filter(speaker_id__in=speaker_ids).order_by()
    said = said.values_list("said_on", "speaker_id").distinct()
    refresh({*stored, *((month_of(day), speaker) for day, speaker in said)})


def years():
    """[(first day, last day)] of each year with published statements, one index lookup a year."""
    dates = Statement.objects.published().order_by("said_on").values_list("said_on", flat=True)
    found, day = [], dates.first()
    while day is not None:
        found.append((datetime.date(day.year, 1, 1), datetime.date(day.year, 12, 31)))
        day = dates.filter(said_on__gt=found[-1][1]).first() if day.year < datetime.MAXYEAR else None
    return found


def rebuild(scopes=None):
    """Count everything again (or these scopes only)."""
    with transaction.atomic(savepoint=False):
        versions.lock()
        if scopes is None:
            MonthlyCount.objects.all().delete()
            monthly.add(Statement.objects.published())
            return
        scopes = sorted(set(scopes))
        MonthlyCount.objects.filter(scope__in=scopes).delete()
        topics = [topic for topic, chain in closure().items() if set(scopes).intersection(chain)]
        linked = StatementTopic.objects.filter(statement=OuterRef("pk"), topic_id__in=topics)
        monthly.add(Statement.objects.published().filter(Exists(linked)), scopes=scopes)


def check():
    """[((month, speaker, scope), stored, counted)] wherever the rows and a fresh count disagree."""
    wrong = []
    stored_years = MonthlyCount.objects.dates("month", "year")
    spans = sorted({*years(), *((datetime.date(y.year, 1, 1), datetime.date(y.year, 12, 31)) for y in stored_years)})
    for first, last in spans:
        expected = monthly.select(Statement.objects.published().filter(said_on__range=(first, last)))
        stored = MonthlyCount.objects.filter(month__range=(first, last)).values_list("month", "speaker", "scope", "n")
        stored = {(month, speaker, scope): n for month, speaker, scope, n in stored}
        for key in sorted(set(expected) | set(stored)):
            if expected.get(key, 0) != stored.get(key, 0):
                wrong.append((key, stored.get(key, 0), expected.get(key, 0)))
    return wrong


# Deferred re-counts: a bulk action's saves each mark what they touch; the block's end counts once.

_pending = threading.local()


@contextmanager
def batch():
    """Re-count what the saves in the block touch once, at its end. Use it inside the writer's
    `transaction.atomic()`: an exception skips the re-count, and must roll the writes back with it."""
    if getattr(_pending, "pairs", None) is not None:
        yield
        return
    _pending.pairs, _pending.scopes = set(), set()
    try:
        yield
        pairs, scopes = _pending.pairs, _pending.scopes
    finally:
        _pending.pairs = _pending.scopes = None
    if scopes:
        rebuild(scopes)
    refresh(pairs)


def touched(pairs=(), scopes=()):
    if getattr(_pending, "pairs", None) is not None:
        _pending.pairs.update(pairs)
        _pending.scopes.update(scopes)
        return
    if scopes:
        rebuild(scopes)
    if pairs:
        refresh(pairs)


def statements_touched(ids):
    """Re-count where these statements are now (a topic link of theirs changed)."""
    rows = Statement.objects.published().filter(pk__in=[pk for pk in ids if pk is not None]).order_by()
    touched({(month_of(day), speaker) for day, speaker in rows.values_list("said_on", "speaker_id")})
