"""The tables kept from statements on write: stance points (tracker/stances.py) and monthly
counts (tracker/rollups/). Single saves keep them through signals; a bulk writer (an import, an
admin action, a merge) wraps its work in `batch()` so each is brought up to date once, inside
the writer's transaction, and reports moves that send no signals with `speakers_changed()`."""

from contextlib import contextmanager

from . import rollups, stances


@contextmanager
def batch():
    """Bring every kept table up to date once, when the bulk write in the block ends."""
    with stances.batch(), rollups.batch():
        yield


def speakers_changed(ids):
    """Statements moved between these speakers by a bulk update (no signals)."""
    stances.speakers_changed(ids)
    rollups.speakers_changed(ids)
