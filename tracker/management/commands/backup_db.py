"""`manage.py backup_db [-o FILE]`: a consistent copy of the database while the site runs."""

import os
import sqlite3
import subprocess
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connections
from django.utils import timezone


def pg_env(db):
    env = {**os.environ}
    for key, name in (("HOST", "PGHOST"), ("PORT", "PGPORT"), ("USER", "PGUSER"), ("PASSWORD", "PGPASSWORD")):
        if db.get(key):
            env[name] = str(db[key])
    return env


class Command(BaseCommand):
    help = "Back up the database: SQLite's online backup, or pg_dump for PostgreSQL."

    def add_arguments(self, parser):
        parser.add_argument("-o", "--output", help="File to write (default: backups/parley-<date>.<ext>).")
        parser.add_argument("--database", default="default")

    def handle(self, *args, output=None, database="default", **options):
        connection = connections[database]
        vendor = connection.vendor
        if output is None:
            stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
            ext = "sqlite3" if vendor == "sqlite" else "dump"
            output = Path(settings.BASE_DIR) / "backups" / f"parley-{stamp}.{ext}"
        output = Path(output)
        output.parent.mkdir(parents=True, exist_ok=True)
        if vendor == "sqlite":
            connection.ensure_connection()
            target = sqlite3.connect(output)
            try:
                connection.connection.backup(target)  # page by page, consistent, readers and writers keep going
            finally:
                target.close()
        elif vendor == "postgresql":
            db = connection.settings_dict
            result = subprocess.run(
                ["pg_dump", "--format=custom", "--no-owner", f"--file={output}", db["NAME"]],
                env=pg_env(db),
                capture_output=True,
                text=True,
            )
            if result.returncode:
                raise CommandError(result.stderr.strip())
        else:
            raise CommandError(f"No backup method for {vendor}.")
        self.stdout.write(str(output))
