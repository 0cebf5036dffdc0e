"""The benchmark databases: a SQLite file per size under bench/data/, and PostgreSQL `parley_bench`.

Both are created, migrated and filled by `generate_statements` when missing or of another
size; the development database is never touched.
"""

import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"


def sqlite_url(n):
    return f"sqlite:///{DATA / f'parley-{n}.sqlite3'}"


def postgres_url(database_url, name):
    parts = urlsplit(database_url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def manage(url, *args):
    env = {**os.environ, "DATABASE_URL": url, "SECRET_KEY": os.environ.get("SECRET_KEY", "parley-bench")}
    subprocess.run([sys.executable, str(ROOT / "manage.py"), *args], env=env, check=True)


def prepare_sqlite(n):
    DATA.mkdir(parents=True, exist_ok=True)
    path = DATA / f"parley-{n}.sqlite3"
    if not path.exists():
        partial = path.with_suffix(".partial")
        for leftover in DATA.glob(f"{partial.name}*"):
            leftover.unlink()
        url = f"sqlite:///{partial}"
        manage(url, "migrate", "--noinput", "-v0")
        manage(url, "generate_statements", str(n))
        import sqlite3

        with sqlite3.connect(partial) as connection:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.execute("ANALYZE")
        partial.rename(path)
    manage(sqlite_url(n), "migrate", "--noinput", "-v0")
    return sqlite_url(n)


def prepare_postgres(database_url, n, name="parley_bench"):
    import psycopg

    url = postgres_url(database_url, name)
    with psycopg.connect(postgres_url(database_url, "postgres"), autocommit=True) as admin:
        if not admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            admin.execute(f'CREATE DATABASE "{name}"')
    manage(url, "migrate", "--noinput", "-v0")
    with psycopg.connect(url, autocommit=True) as connection:
        have = connection.execute("SELECT count(*) FROM tracker_statement").fetchone()[0]
    if have != n:
        with psycopg.connect(url, autocommit=True) as connection:
            tables = connection.execute(
                "SELECT string_agg(format('%I', tablename), ', ') FROM pg_tables WHERE tablename LIKE 'tracker_%'"
            ).fetchone()[0]
            connection.execute(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")
        manage(url, "generate_statements", str(n))
        with psycopg.connect(url, autocommit=True) as connection:
            connection.execute("VACUUM ANALYZE")
    return url
