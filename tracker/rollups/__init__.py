"""Monthly counts of published statements, kept exact in the transaction of every write.

`MonthlyCount` holds how many published statements were said in each month: by every speaker and
by each one; all of them, those in each topic's scope (a stance on the topic or on a narrower one,
counted once: the topic filter's rule) and those with a stance on each topic itself (scope -id).
A filter by speakers, one topic and dates (the StatementFilter marks it: `describe`, `slice_of`)
is then counted, charted and summed up in the overview from a few hundred rows instead of every
match; a month its dates cut is counted from the filter's own statements of those days.

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

`StanceCount` (stance_counts.py) holds, per speaker (and for every speaker) and topic, how many
published statements take each stance on the topic itself: the actor and topic pages' breakdowns
and the topic list. It is moved by what each write changed rather than re-counted (module docstring).
"""

from .keeping import batch, check, created, rebuild, refresh, speakers_changed, statements_touched
from .reading import (
    EVERY,
    Slice,
    count,
    describe,
    monthly,
    slice_of,
    speaker_months,
    speaker_totals,
    topic_months,
    topic_totals,
)
from .signals import connect

__all__ = [
    "EVERY",
    "Slice",
    "batch",
    "check",
    "connect",
    "count",
    "created",
    "describe",
    "monthly",
    "rebuild",
    "refresh",
    "slice_of",
    "speaker_months",
    "speaker_totals",
    "speakers_changed",
    "statements_touched",
    "topic_months",
    "topic_totals",
]
