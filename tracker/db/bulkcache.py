"""A larger SQLite page cache for the length of one bulk write.

A reader's connection keeps 64 MB of pages (config/settings.py). An import of 100,000 statements
into a million changes pages all over the statement, stance point, count and search tables and
their indexes; in 64 MB, SQLite writes changed pages out to the WAL in the middle of the
transaction and reads them back (1M, 100,000 statements: 85 s with 64 MB, 71 s with 256 MB,
70 s with 1 GB). `PRAGMA cache_size` belongs to the connection: it is set back when the block
ends, and SQLite frees the pages beyond the old size then. Other databases are left alone.
"""

from contextlib import contextmanager

from django.db import DEFAULT_DB_ALIAS, connections

BULK_CACHE_KIB = 256 * 1024


@contextmanager
def large_cache(using=DEFAULT_DB_ALIAS):
    connection = connections[using]
    if connection.vendor != "sqlite":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA cache_size")
        (before,) = cursor.fetchone()
        cursor.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"PRAGMA cache_size = {int(before)}")
