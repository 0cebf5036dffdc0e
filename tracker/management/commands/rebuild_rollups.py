"""`manage.py rebuild_rollups [--check]`: count the monthly counts again, or compare them with a fresh count."""

import time

from django.core.management.base import BaseCommand, CommandError

from tracker import rollups

SHOWN = 20


class Command(BaseCommand):
    help = (
        "Count the monthly counts of published statements again (tracker/rollups.py). They are kept on "
        "every write; with --check, nothing is written and any difference from a fresh count is an error."
    )

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true", help="compare only; fail when a count differs")

    def handle(self, *args, check, **options):
        started = time.monotonic()
        if not check:
            rollups.rebuild()
            self.stdout.write(f"Monthly counts rebuilt in {time.monotonic() - started:.1f} s.")
            return
        wrong = rollups.check()
        for (month, speaker, scope), stored, counted in wrong[:SHOWN]:
            self.stderr.write(f"{month:%Y-%m} speaker {speaker} scope {scope}: stored {stored}, counted {counted}")
        if wrong:
            raise CommandError(f"{len(wrong)} monthly count(s) differ from a fresh count: run rebuild_rollups.")
        self.stdout.write(f"Monthly counts match a fresh count ({time.monotonic() - started:.1f} s).")
