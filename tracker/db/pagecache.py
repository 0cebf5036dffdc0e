"""SQLite's page cache, resized for the length of one block of work; other databases are left alone.

A reader's connection keeps 64 MB of pages (config/settings.py). Two kinds of work want another size:

- `small`: an export's pass over every statement gains nothing from the large cache, which would
  only fill with pages read once (2 MB instead).
- `large`: an import of 100,000 statements into a million changes pages all over the statement,
  stance point, count and search tables and their indexes; in 64 MB, SQLite writes changed pages out
  to the WAL in the middle of the transaction and reads them back (1M: 85 s with 64 MB, 71 s with
  256 MB, 70 s with 1 GB).

`PRAGMA cache_size` belongs to the connection: it is set back when the block ends, and SQLite frees
the pages beyond the old size then.
"""

from contextlib import contextmanager

SMALL_KIB = 2000
LARGE_KIB = 256 * 1024


@contextmanager
def sized(connection, kib):
    if connection.vendor != "sqlite":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA cache_size")
        (before,) = cursor.fetchone()
        cursor.execute(f"PRAGMA cache_size = -{int(kib)}")
    try:
        yield
    finally:
        if connection.connection is not None:
            with connection.cursor() as cursor:
                cursor.execute(f"PRAGMA cache_size = {int(before)}")


def small(connection):
    return sized(connection, SMALL_KIB)


def large(connection):
    return sized(connection, LARGE_KIB)
