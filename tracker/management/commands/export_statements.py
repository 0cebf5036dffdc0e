import shutil

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.http import QueryDict

from tracker import queries
from tracker.exports.csv import stream_csv
from tracker.exports.json import stream_json
from tracker.exports.timeline import stream_timeline
from tracker.exports.xlsx import write_xlsx

REPEATABLE = ("actor", "topic", "mentions", "kind", "act", "attribution", "relayed_by", "outlet", "event", "status")
SINGLE = ("q", "stance", "date_after", "date_before", "sort")


class StaffContext:
    """The shell is trusted like an exporter: it may ask for drafts with --status."""

    is_active = True

    def has_perm(self, perm):
        return perm == "tracker.export_statement"


class Command(BaseCommand):
    help = "Export statements with the timeline's filters, as CSV, parley/1 JSON, XLSX or TimelineJS JSON."

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=("csv", "json", "xlsx", "timeline"), default="csv")
        parser.add_argument("-o", "--output", help="file to write (default: standard output; required for xlsx)")
        parser.add_argument("--bom", action="store_true", help="start the CSV with a BOM for Excel")
        parser.add_argument("--base-url", help="prefix for permalinks (default: the SITE_URL setting)")
        for name in REPEATABLE:
            parser.add_argument(f"--{name.replace('_', '-')}", dest=name, action="append", help="repeatable")
        for name in SINGLE:
            parser.add_argument(f"--{name.replace('_', '-')}", dest=name)

    def handle(self, *args, **options):
        params = QueryDict(mutable=True)
        for name in REPEATABLE:
            params.setlist(name, options[name] or [])
        for name in SINGLE:
            if options[name]:
                params[name] = options[name]
        try:
            statements = queries.statement_list(params=params, user=StaffContext())
        except ValidationError as error:
            problems = [f"--{name.replace('_', '-')}: {' '.join(msgs)}" for name, msgs in error.message_dict.items()]
            raise CommandError("; ".join(problems)) from None
        fmt, output, base_url = options["format"], options["output"], options["base_url"] or settings.SITE_URL
        if fmt == "xlsx":
            if not output:
                raise CommandError("XLSX is binary: give a file with -o.")
            with write_xlsx(statements, base_url=base_url) as workbook, open(output, "wb") as target:
                shutil.copyfileobj(workbook, target)
            return
        if fmt == "csv":
            chunks = stream_csv(statements, base_url=base_url, bom=options["bom"])
        elif fmt == "json":
            filtered = any(params.getlist(name) for name in (*REPEATABLE, *SINGLE) if name not in {"sort", "status"})
            chunks = stream_json(statements, complete=not filtered)
        else:
            chunks = stream_timeline(statements, base_url=base_url)
        if output:
            with open(output, "w", encoding="utf-8", newline="") as target:
                target.writelines(chunks)
        else:
            for chunk in chunks:
                self.stdout.write(chunk, ending="")
