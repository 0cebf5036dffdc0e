from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from tracker.interchange import ImportFailed, import_file

DEMO_FILE = Path(__file__).resolve().parents[2] / "fixtures" / "demo.json"


class Command(BaseCommand):
    help = (
        "Load the demo data (tracker/fixtures/demo.json: about two hundred statements from 21 labelled "
        "articles, made by build_demo). Idempotent."
    )

    def handle(self, *args, **options):
        # The demo file is a parley/1 document, loaded by the one importer: a second run changes nothing.
        try:
            report = import_file(DEMO_FILE.read_bytes(), name=DEMO_FILE.name, check_duplicates=False)
        except ImportFailed as failure:
            raise CommandError(f"{DEMO_FILE.name} does not import: {failure}") from None
        changes = sum(counts.created + counts.updated for counts in report.counts.values())
        self.stdout.write(f"Demo data loaded: {changes} change(s).")
