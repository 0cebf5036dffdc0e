"""SQLite's text indexes of the statements, filled set-based by bulk writes.

Three tables follow each statement row through triggers on `tracker_statement`: the editors'
FTS5 table `tracker_statement_fts` (migration 0002, by id), the readers' contentless FTS5 table
of published statements `tracker_statement_search` and its speakers' table (migrations 0016 and
0020, by a key of the day then the id; tracker/db/searchorder.py). Fed one row at a time in id
order, the readers' table is given keys out of order whenever a statement's day is earlier than
the last one's, and FTS5 flushes its pending terms to a new segment at every such step back:
20,000 statements of the bench's import, spread over the archive, took 0.94 s of CPU in id order
and 0.33 s in key order (SQLite's shell, at 200,000 stored).

So a bulk insert of statements sets the insert triggers aside (tracker/db/triggers.py) and indexes
its rows afterwards, one INSERT … SELECT a table, each in its own key order; a bulk load of the
whole table (`generate_statements`) sets all of them aside and rebuilds. PostgreSQL indexes as it
writes (a generated column and a per-statement trigger) and is left alone.
"""

from contextlib import contextmanager

from . import searchorder, triggers
from .subqueries import id_runs, in_ranges

STATEMENTS = "tracker_statement"
EDITORS = "tracker_statement_fts"
INSERT_TRIGGERS = "tracker_statement_%_insert"  # the three tables' insert triggers, nothing else


@contextmanager
def indexed_at_end(connection):
    """For a bulk insert of statements: on SQLite, the block runs without the text indexes' insert
    triggers and reports the ids it inserted through the function it gets; they are indexed at its end."""
    inserted = []
    with triggers.aside(connection, STATEMENTS, INSERT_TRIGGERS) as set_aside:
        yield inserted.extend
        if set_aside:
            index(connection, inserted)


def index(connection, statement_ids):
    """Index these statements, which no insert trigger saw, each table in its key order."""
    with connection.cursor() as cursor:
        for where in in_ranges("id", id_runs(statement_ids)):
            cursor.execute(
                f"INSERT INTO {EDITORS}(rowid, text, setting, original_text)"
                f" SELECT id, text, setting, original_text FROM {STATEMENTS} WHERE {where} ORDER BY id"
            )
            published = f"FROM {STATEMENTS} WHERE status = 'published' AND {where} ORDER BY 1"
            cursor.execute(
                f"INSERT INTO {searchorder.TABLE}(rowid, text, setting, original_text, speaker)"
                f" SELECT {searchorder.ROW_SQL} {published}"
            )
            cursor.execute(
                f"INSERT OR REPLACE INTO {searchorder.SPEAKERS}(key, speaker_id)"
                f" SELECT {searchorder.KEY_SQL}, speaker_id {published}"
            )
