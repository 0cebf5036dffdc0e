"""What can be wrong with an import file, said so an editor can find and fix it."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

SECTION_LABELS = {
    "actors": _("actor"),
    "topics": _("topic"),
    "outlets": _("outlet"),
    "events": _("event"),
    "statements": _("statement"),
    "rows": _("line"),  # CSV: the line a record starts on
}


@dataclass(frozen=True)
class Problem:
    """One problem: the section and 1-based record number (or CSV line), the field, the message,
    and the record's own key or slug when it has one, so an editor can search the file for it."""

    section: str | None
    number: int | None
    field: str | None
    message: str
    key: str = ""
    line: int | None = None  # where a CSV record starts

    def __str__(self):
        where = []
        if self.section:
            label = SECTION_LABELS.get(self.section, self.section)
            place = f"{label} {self.number}" if self.number else str(label)
            if self.key:
                place = f"{place} “{self.key}”"
            if self.line:
                place = f"{place} ({_('line')} {self.line})"
            where.append(place)
        if self.field:
            where.append(self.field)
        return f"{', '.join(where)}: {self.message}" if where else str(self.message)

    @classmethod
    def of_statement(cls, record, field, message):
        """A problem with a validated statement record, named by its number, key and CSV line."""
        return cls("statements", record["_number"], field, str(message), record.get("key") or "", record.get("_line"))


class ImportFailed(Exception):
    """The file was refused; nothing was written. `problems` lists every reason."""

    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__("; ".join(str(problem) for problem in self.problems[:5]))
