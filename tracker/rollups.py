"""Monthly counts of published statements, kept exact in the transaction of every write.

`MonthlyCount` holds how many published statements were said in each month: by every speaker and
by each one; on every topic and in each topic's scope (a stance on the topic or on a narrower one,
counted once: the topic filter's rule). A count, a chart image or the overview of a filter by
speakers, one topic and dates then reads a few hundred rows instead of every match.

Kept on write, by re-counting what a change touched rather than trusting deltas:
- a statement saved or deleted, a topic link added, moved or removed (signals, connected by
  tracker/signals.py): the months and speakers it was and is in are counted again from their
  published statements (`refresh`: one speaker's statements of a month, by the (speaker, status,
  said_on) index); the every-speaker rows move by the difference. A save that changes neither
  status, date nor speaker costs one primary-key read.
- a topic put under another: the scopes above it, old and new, are counted again (`rebuild`).
- rows written without signals: `created(ids)` (the importer, the generator), `speakers_changed`
  (the actor merge); `batch()` gathers a bulk action's re-counts into one at its end.
Every write holds the record version's row (versions.lock): two PostgreSQL transactions never
interleave their re-counts. `manage.py rebuild_rollups [--check]` recomputes or compares all.
"""

import datetime
import threading
from collections import Counter, defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.db import connection, transaction
from django.db.models import Count, Exists, OuterRef, Q, Sum
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save

from . import versions
from .models import MonthlyCount, Statement, StatementTopic, Topic

EVERY = MonthlyCount.EVERY
PUBLISHED = Statement.Status.PUBLISHED
CHUNK = 2000  # ids per query, rows per INSERT
OR_TERMS = 200  # SQLite refuses expression trees deeper than 1000


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


def chunks(items, size):
    items = list(items)
    return (items[start : start + size] for start in range(0, len(items), size))


# Reading


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


def _rows(slice_, months, *, by_speaker=False):
    rows = MonthlyCount.objects.filter(scope=slice_.scope)
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


# Keeping


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


def tally(statements, scopes_of, *, only=None):
    """Counter {(month, speaker, scope): n} of `statements` (published ones), by speaker; with `only`,
    for those scopes alone."""
    statements = statements.order_by()
    rows = list(statements.values_list("id", "said_on", "speaker_id"))
    if not rows:
        return Counter()
    in_scope = defaultdict(set)
    links = StatementTopic.objects.filter(statement__in=statements.values("id")).order_by()
    for statement_id, topic_id in links.values_list("statement_id", "topic_id"):
        in_scope[statement_id].update(scopes_of.get(topic_id, (topic_id,)))
    counts = Counter()
    for statement_id, day, speaker in rows:
        month = month_of(day)
        if only is None:
            counts[month, speaker, EVERY] += 1
        for scope in in_scope.get(statement_id, ()):
            if only is None or scope in only:
                counts[month, speaker, scope] += 1
    return counts


def with_totals(counts):
    """`counts` by speaker, and their sums over every speaker."""
    result = Counter(counts)
    for (month, _speaker, scope), n in counts.items():
        result[month, EVERY, scope] += n
    return result


def apply(deltas):
    """Add `deltas` {(month, speaker, scope): n} to the rows, creating and dropping rows as needed."""
    rows = [(month, speaker, scope, n) for (month, speaker, scope), n in deltas.items() if n]
    if not rows:
        return
    table, quote = MonthlyCount._meta.db_table, connection.ops.quote_name
    adapt = connection.ops.adapt_datefield_value
    with connection.cursor() as cursor:
        for chunk in chunks(rows, CHUNK):
            cursor.execute(
                f"INSERT INTO {quote(table)} (month, speaker, scope, n) VALUES "
                + ", ".join(["(%s, %s, %s, %s)"] * len(chunk))
                + f" ON CONFLICT (scope, speaker, month) DO UPDATE SET n = {quote(table)}.n + excluded.n",
                [value for month, *rest in chunk for value in (adapt(month), *rest)],
            )
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
    if not months_of:
        return
    with transaction.atomic():
        versions.lock()
        scopes_of = closure()
        deltas = Counter()
        for speaker, months in months_of.items():
            for runs in chunks(month_runs(months), OR_TERMS):
                said, counted = Q(), Q()
                for first, last in runs:
                    said |= Q(said_on__gte=first, said_on__lte=month_end(last))
                    counted |= Q(month__gte=first, month__lte=last)
                deltas.update(tally(Statement.objects.published().filter(said, speaker_id=speaker), scopes_of))
                stored = MonthlyCount.objects.filter(counted, speaker=speaker).values_list("month", "scope", "n")
                for month, scope, n in stored:
                    deltas[month, speaker, scope] -= n
        apply(with_totals(deltas))


def created(ids):
    """Count in statements inserted without signals (never counted before)."""
    ids = list(ids)
    if not ids:
        return
    with transaction.atomic():
        versions.lock()
        scopes_of, counts = closure(), Counter()
        for chunk in chunks(ids, CHUNK):
            counts.update(tally(Statement.objects.published().filter(id__in=chunk), scopes_of))
        apply(with_totals(counts))


def speakers_changed(speaker_ids):
    """Count again every month of these speakers (statements moved between them in bulk)."""
    speaker_ids = list(speaker_ids)
    stored = MonthlyCount.objects.filter(speaker__in=speaker_ids, scope=EVERY).values_list("month", "speaker")
    said = Statement.objects.published().filter(speaker_id__in=speaker_ids).order_by()
    said = said.values_list("said_on", "speaker_id").distinct()
    refresh({*stored, *((month_of(day), speaker) for day, speaker in said)})


def years():
    """[(first day, last day)] of each year with published statements."""
    dates = Statement.objects.published().order_by().values_list("said_on", flat=True)
    first, last = dates.order_by("said_on").first(), dates.order_by("-said_on").first()
    if first is None:
        return []
    return [(datetime.date(year, 1, 1), datetime.date(year, 12, 31)) for year in range(first.year, last.year + 1)]


def rebuild(scopes=None):
    """Count everything again (or these scopes only)."""
    with transaction.atomic():
        versions.lock()
        scopes_of = closure()
        if scopes is None:
            MonthlyCount.objects.all().delete()
            for first, last in years():
                apply(with_totals(tally(Statement.objects.published().filter(said_on__range=(first, last)), scopes_of)))
            return
        scopes = set(scopes)
        MonthlyCount.objects.filter(scope__in=scopes).delete()
        topics = [topic for topic, chain in scopes_of.items() if scopes.intersection(chain)]
        linked = StatementTopic.objects.filter(statement=OuterRef("pk"), topic_id__in=topics)
        apply(with_totals(tally(Statement.objects.published().filter(Exists(linked)), scopes_of, only=scopes)))


def check():
    """[((month, speaker, scope), stored, counted)] wherever the rows and a fresh count disagree."""
    scopes_of, wrong = closure(), []
    spans = years()
    for first, last in spans:
        expected = with_totals(tally(Statement.objects.published().filter(said_on__range=(first, last)), scopes_of))
        stored = MonthlyCount.objects.filter(month__range=(first, last)).values_list("month", "speaker", "scope", "n")
        stored = {(month, speaker, scope): n for month, speaker, scope, n in stored}
        for key in sorted(set(expected) | set(stored)):
            if expected.get(key, 0) != stored.get(key, 0):
                wrong.append((key, stored.get(key, 0), expected.get(key, 0)))
    outside = MonthlyCount.objects.all()
    if spans:
        outside = outside.filter(Q(month__lt=spans[0][0]) | Q(month__gt=spans[-1][1]))
    for month, speaker, scope, n in outside.values_list("month", "speaker", "scope", "n"):
        wrong.append(((month, speaker, scope), n, 0))
    return wrong


# Deferred re-counts: a bulk action's saves each mark what they touch; the block's end counts once.

_pending = threading.local()


@contextmanager
def batch():
    """Re-count what the saves in the block touch once, at its end (inside the caller's transaction)."""
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


# Signals

COUNTED_FIELDS = {"status", "said_on", "date_precision", "speaker", "speaker_id"}
UNCHANGED = object()


def _stored(model, pk, fields):
    rows = model.objects.filter(pk=pk)
    if transaction.get_connection().in_atomic_block and connection.features.has_select_for_update:
        rows = rows.select_for_update()  # what it was until this transaction ends
    return rows.values_list(*fields).first()


def statement_saving(sender, instance, update_fields=None, **kwargs):
    if instance.pk is None:
        instance._rollup_before = None
    elif update_fields is not None and not COUNTED_FIELDS.intersection(update_fields):
        instance._rollup_before = UNCHANGED
    else:
        instance._rollup_before = _stored(Statement, instance.pk, ("status", "said_on", "speaker_id"))


def statement_saved(sender, instance, **kwargs):
    before = instance.__dict__.pop("_rollup_before", None)
    if before is UNCHANGED:
        return
    was = (month_of(before[1]), before[2]) if before and before[0] == PUBLISHED else None
    now = (month_of(instance.said_on), instance.speaker_id) if instance.status == PUBLISHED else None
    if was != now:  # its topics are rows of their own: the same month and speaker count the same
        touched({pair for pair in (was, now) if pair})


def statement_deleting(sender, instance, **kwargs):
    instance._rollup_before = _stored(Statement, instance.pk, ("status", "said_on", "speaker_id"))


def statement_deleted(sender, instance, **kwargs):
    before = instance.__dict__.pop("_rollup_before", None)
    if before and before[0] == PUBLISHED:
        touched({(month_of(before[1]), before[2])})


def link_saving(sender, instance, **kwargs):
    before = _stored(StatementTopic, instance.pk, ("statement_id", "topic_id")) if instance.pk else None
    instance._rollup_before = before


def link_saved(sender, instance, **kwargs):
    before = instance.__dict__.pop("_rollup_before", None)
    if before != (instance.statement_id, instance.topic_id):  # a new stance alone counts the same
        statements_touched({instance.statement_id, before and before[0]})


def link_deleted(sender, instance, **kwargs):
    statements_touched({instance.statement_id})


def topic_saving(sender, instance, **kwargs):
    instance._rollup_before = _stored(Topic, instance.pk, ("parent_id",)) if instance.pk else None


def topic_saved(sender, instance, **kwargs):
    before = instance.__dict__.pop("_rollup_before", None)
    if before is None or before[0] == instance.parent_id:
        return
    chains = closure()
    touched(scopes={scope for parent in (before[0], instance.parent_id) if parent for scope in chains.get(parent, ())})


def connect():
    receivers = [
        (pre_save, statement_saving, Statement),
        (post_save, statement_saved, Statement),
        (pre_delete, statement_deleting, Statement),
        (post_delete, statement_deleted, Statement),
        (pre_save, link_saving, StatementTopic),
        (post_save, link_saved, StatementTopic),
        (post_delete, link_deleted, StatementTopic),
        (pre_save, topic_saving, Topic),
        (post_save, topic_saved, Topic),
    ]
    for signal, receiver, model in receivers:
        signal.connect(receiver, sender=model, dispatch_uid=f"parley-rollups-{receiver.__name__}")
