"""`manage.py rebuild_rollups [--check]`: count the monthly and stance counts again, or compare them afresh."""

import time

from django.core.management.base import BaseCommand, CommandError

from tracker import rollups
from tracker.rollups import stance_counts

SHOWN = 20


class Command(BaseCommand):
    help = (
        "Count the monthly counts and the stance counts of published statements again (tracker/rollups/). "
        "They are kept on every write; with --check, nothing is written and any difference from a fresh "
        "count is an error."
    )

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true", help="compare only; fail when a count differs")

    def handle(self, *args, check, **options):
        started = time.monotonic()
        if not check:
            rollups.rebuild()
            stance_counts.rebuild()
            self.stdout.write(f"Monthly and stance counts rebuilt in {time.monotonic() - started:.1f} s.")
            return
        wrong = rollups.check()
        for (month, speaker, scope), stored, counted in wrong[:SHOWN]:
            self.stderr.write(f"{month:%Y-%m} speaker {speaker} scope {scope}: stored {stored}, counted {counted}")
        wrong_stances = stance_counts.check()
        for (speaker, topic, stance), stored, counted in wrong_stances[:SHOWN]:
            self.stderr.write(f"speaker {speaker} topic {topic} {stance}: stored {stored}, counted {counted}")
        if wrong or wrong_stances:
            raise CommandError(
                f"{len(wrong)} monthly count(s) and {len(wrong_stances)} stance count(s) differ from a fresh "
                "count: run rebuild_rollups."
            )
        self.stdout.write(f"Monthly and stance counts match a fresh count ({time.monotonic() - started:.1f} s).")
