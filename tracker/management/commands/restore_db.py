"""`manage.py restore_db FILE`: replace the database's contents with a backup from backup_db."""

import sqlite3
import subprocess
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import connections

from tracker import versions

from .backup_db import pg_env


class Command(BaseCommand):
    help = "Restore a backup made by backup_db. Everything in the database now is replaced."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--database", default="default")

    def handle(self, *args, file, database="default", **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"No such backup: {path}")
        connection = connections[database]
        if connection.vendor == "sqlite":
            try:
                source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
                source.execute("PRAGMA schema_version").fetchone()
            except sqlite3.DatabaseError as error:
                raise CommandError(f"{path} is not an SQLite backup: {error}") from error
            connection.ensure_connection()
            try:
                source.backup(connection.connection)
            finally:
                source.close()
        elif connection.vendor == "postgresql":
            db = connection.settings_dict
            connection.close()
            result = subprocess.run(
                [
                    "pg_restore",
                    "--clean",
                    "--if-exists",
                    "--no-owner",
                    "--single-transaction",
                    f"--dbname={db['NAME']}",
                    str(path),
                ],
                env=pg_env(db),
                capture_output=True,
                text=True,
            )
            if result.returncode:
                raise CommandError(result.stderr.strip())
        else:
            raise CommandError(f"No restore method for {connection.vendor}.")
        # The backup's record version was current once, with other contents: a new one retires
        # every page, count and list cached since, in every process.
        versions.bump()
        self.stdout.write(f"Restored {path}")
