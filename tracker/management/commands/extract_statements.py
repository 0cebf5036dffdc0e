import datetime
import json
import textwrap
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from tracker.extraction import extract, html_to_text
from tracker.extraction.db import kept_directory

HTML_SUFFIXES = {".html", ".htm"}
KIND_LABELS = {"direct_quote": "quote", "paraphrase": "paraphrase"}


class Command(BaseCommand):
    help = "Propose candidate statements from an article (.txt or .html), attributed to the actors in the database."

    def add_arguments(self, parser):
        parser.add_argument("file", help="the article: plain text, or HTML (.html/.htm)")
        parser.add_argument(
            "--json", action="store_true", help="print a JSON array of candidates instead of a readable table"
        )
        parser.add_argument("--published", help="the article's date, YYYY-MM-DD: candidates then carry the date said")

    def handle(self, *args, **options):
        path = Path(options["file"])
        try:
            raw = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"Cannot read {path}: {error}") from error
        text = html_to_text(raw) if path.suffix.lower() in HTML_SUFFIXES else raw
        try:
            published = datetime.date.fromisoformat(options["published"]) if options.get("published") else None
        except ValueError as error:
            raise CommandError("--published takes a date as YYYY-MM-DD.") from error
        result = extract(text, kept_directory(), published)
        if options["json"]:
            self.stdout.write(json.dumps(result.candidate_dicts(), ensure_ascii=False, indent=2))
        else:
            self.stdout.write(self._table(result))

    def _table(self, result):
        lines = []
        if result.source_chain:
            chain = " → ".join(
                f"{item.get('outlet') or item.get('title')} ({item['role']})" for item in result.source_chain
            )
            lines.append(f"Source chain: {chain}")
        if result.setting:
            lines.append(f"Setting: {result.setting}")
        lines.append(f"{len(result.candidates)} candidate statements")
        for number, candidate in enumerate(result.candidates, 1):
            speaker = candidate.speaker if candidate.speaker_slug else f"{candidate.speaker} (new actor)"
            if candidate.relayed_by:
                speaker += f", relayed by {candidate.relayed_by}"
            lines.append("")
            lines.append(
                f"{number:>3}. {KIND_LABELS[candidate.kind]:<10} {candidate.confidence:.2f}  {speaker}"
                f"  [{candidate.start}:{candidate.end}]"
            )
            lines += textwrap.wrap(candidate.text, 100, initial_indent="     ", subsequent_indent="     ")
            details = [f"topics: {', '.join(candidate.topics)}"] if candidate.topics else []
            details += [f"mentions: {', '.join(candidate.mentions)}"] if candidate.mentions else []
            if details:
                lines.append(f"     ({'; '.join(details)})")
        return "\n".join(lines)
