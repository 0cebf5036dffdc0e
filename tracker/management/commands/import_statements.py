from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from tracker.interchange import ImportFailed, import_file
from tracker.interchange.parse import size_problem

SHOWN_WARNINGS = 50


class Command(BaseCommand):
    help = "Import a parley/1 JSON document or a CSV in the export's columns. All or nothing; safe to repeat."

    def add_arguments(self, parser):
        parser.add_argument("file", help="a .json (parley/1) or .csv file")
        parser.add_argument("--dry-run", action="store_true", help="check and count, write nothing")
        parser.add_argument(
            "--create-actors",
            action="store_true",
            help="for a CSV: create the actors it names that this site lacks, from the CSV's speaker names",
        )

    def handle(self, *args, file, dry_run, create_actors, **options):
        path = Path(file)
        try:
            # The same limit as the admin's upload, checked before the file is read.
            if problem := size_problem(path.stat().st_size):
                raise CommandError(f"{path.name}: {problem}")
            data = path.read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error.strerror}") from None
        try:
            report = import_file(data, name=path.name, dry_run=dry_run, create_actors=create_actors)
        except ImportFailed as failure:
            for problem in failure.problems:
                self.stderr.write(str(problem))
            raise CommandError(f"{len(failure.problems)} problem(s) in {path.name}; nothing was imported.") from None
        for line in report.lines():
            self.stdout.write(line)
        for warning in report.warnings[:SHOWN_WARNINGS]:
            self.stdout.write(f"  {warning}")
        if len(report.warnings) > SHOWN_WARNINGS:
            self.stdout.write(f"  … and {len(report.warnings) - SHOWN_WARNINGS} more")
        if dry_run:
            self.stdout.write("Dry run: nothing was written.")
        elif not report.changed:
            self.stdout.write("Nothing to change.")
