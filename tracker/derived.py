"""The tables kept from statements on write: stance points (tracker/stances.py), monthly counts and
stance counts (tracker/rollups/). Single saves keep them through signals; a bulk writer (an import,
an admin action, a merge) wraps its work in `batch()` so each is brought up to date once, inside
the writer's transaction, and reports what sends no signals with `speakers_changed()`, `created()`
and `links_inserted()`.

Their blocks are `transaction.atomic(savepoint=False)`: inside a writer's transaction a failure
rolls the whole write back anyway, and on SQLite an open savepoint keeps a copy of every page written
after it, which each later statement of the block walks when it ends: an import of 100,000
statements into a million spent 267 s relisting stance points that way, 7 s without."""

from contextlib import contextmanager

from . import rollups, stances
from .rollups import stance_counts


@contextmanager
def batch():
    """Bring every kept table up to date once, when the bulk write in the block ends."""
    with stances.batch(), rollups.batch():
        yield


def speakers_changed(ids):
    """Statements moved between these speakers by a bulk update (no signals)."""
    stances.speakers_changed(ids)
    rollups.speakers_changed(ids)
    stance_counts.speakers_changed(ids)


def created(ids):
    """Statements inserted in bulk with their topic links (no signals): count them in."""
    ids = list(ids)
    rollups.created(ids)
    stance_counts.add(ids)


def links_inserted(ids):
    """These statements' topic links were replaced in bulk: the old ones deleted (with signals), the
    new ones inserted without."""
    rollups.statements_touched(ids)
    stance_counts.add(ids)
