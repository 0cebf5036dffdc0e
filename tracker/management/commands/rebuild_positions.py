"""`manage.py rebuild_positions [--check]`: the stance points table from scratch, or compared with it."""

import time

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from tracker import stances, versions


class Command(BaseCommand):
    help = (
        "Rebuild the stance points behind positions, shifts and the stance matrix from the published "
        "statements (tracker/stances.py). With --check, change nothing and fail when the table differs."
    )

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true", help="Compare only; exit 1 when a row differs.")

    def handle(self, *args, check=False, **options):
        started = time.monotonic()
        counts, sample = stances.differences()
        count = max(counts.values())
        if check:
            if count:
                lines = "\n".join(f"  {row}" for row in sample)
                raise CommandError(
                    f"The stance points differ from a fresh computation ({counts['missing']} row(s) missing or "
                    f"different, {counts['extra']} extra; {counts['counts']} track count row(s) off, counted both "
                    f"ways), e.g.:\n{lines}"
                )
            self.stdout.write(f"Stance points match a fresh computation ({time.monotonic() - started:.1f} s).")
            return
        with transaction.atomic():
            stances.rebuild()
            stances.recount()
            if count:
                versions.bump()  # positions cached by readers were read from the old rows
        self.stdout.write(f"Stance points rebuilt ({count} row(s) differed) in {time.monotonic() - started:.1f} s.")
