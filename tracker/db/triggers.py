"""SQLite row triggers set aside for a bulk write: dropped, then created again from their own SQL.

A row trigger costs a statement per row; a bulk write that does the triggers' work once,
set-based, drops them for its block. Inside a transaction a rollback restores them with
everything else, so a failure midway leaves them as they were. Other databases keep their
triggers (PostgreSQL's are per statement where it matters), and the block is told so.
"""

from contextlib import contextmanager

from django.db import DatabaseError


@contextmanager
def aside(connection, table, like="%"):
    """Drop the SQLite triggers on `table` whose names match `like` (SQL LIKE) for the block, which
    gets whether any was dropped (never on other databases) and then does their work itself."""
    if connection.vendor != "sqlite":
        yield False
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = %s AND name LIKE %s",
            [table, like],
        )
        triggers = cursor.fetchall()
        for name, _sql in triggers:
            cursor.execute(f'DROP TRIGGER "{name}"')
    failed = False
    try:
        yield bool(triggers)
    except BaseException:
        failed = True
        raise
    finally:
        try:
            with connection.cursor() as cursor:
                for _name, sql in triggers:
                    cursor.execute(sql)
        except DatabaseError:
            if not failed:
                raise
            # Failing already: the transaction rolls back, and the dropped triggers with it.
