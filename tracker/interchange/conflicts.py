"""Edit conflicts on import: a file never silently overwrites a newer edit.

A statement record may say which stored copy it was made from: `updated_at` (the JSON
and CSV exports write it) and/or `version`. When such a record matches a stored statement
and would change it, but the stored statement is newer than the file's copy — saved
after `updated_at`, or at a higher `version` — someone edited it since the file was made.
That record is a conflict: it is reported like any other problem, with who saved it last
and what the file would change, and nothing at all is imported. This is what a newsroom
expects of a spreadsheet that comes back a day later: corrections made meanwhile in Parley
survive. A record that would change nothing is never a conflict. A record without
`updated_at` and `version` still overwrites: leaving them out is how a file is told to win.
To resolve a conflict, export again and redo the change, or remove the two fields.
"""

from django.utils.translation import gettext as _

from ..models import Statement
from .problems import Problem

BATCH = 900


def _stored(pks):
    found = {}
    for start in range(0, len(pks), BATCH):
        rows = Statement.objects.filter(id__in=pks[start : start + BATCH]).values(
            "id", "version", "updated_at", "updated_by__username"
        )
        found.update((row["id"], row) for row in rows)
    return found


def is_newer(stored, record):
    if "version" in record and stored["version"] > record["version"]:
        return True
    return "updated_at" in record and stored["updated_at"] > record["updated_at"]


def describe(stored, record, differs):
    values = {
        "id": stored["id"],
        "version": stored["version"],
        "saved": stored["updated_at"].isoformat(timespec="seconds"),
        "user": stored["updated_by__username"],
        "fields": ", ".join(sorted(differs)),
    }
    if values["user"]:
        message = _(
            "statement #%(id)d was changed in Parley after this file was made (version %(version)d, "
            "saved %(saved)s by %(user)s); the file would change %(fields)s."
        )
    else:
        message = _(
            "statement #%(id)d was changed in Parley after this file was made (version %(version)d, "
            "saved %(saved)s); the file would change %(fields)s."
        )
    advice = _("Export it again and redo your change, or remove “updated_at” and “version” to overwrite.")
    return f"{message % values} {advice}"


def baseline_conflicts(changed):
    """Problems for the (pk, record, differs) the import would write over a newer stored copy."""
    claimed = [
        (pk, record, differs) for pk, record, differs in changed if "updated_at" in record or "version" in record
    ]
    if not claimed:
        return []
    stored = _stored([pk for pk, _record, _differs in claimed])
    problems = [
        Problem.of_statement(
            record, "updated_at" if "updated_at" in record else "version", describe(stored[pk], record, differs)
        )
        for pk, record, differs in claimed
        if is_newer(stored[pk], record)
    ]
    return sorted(problems, key=lambda problem: problem.number)
