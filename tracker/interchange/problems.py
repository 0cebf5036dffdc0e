"""What can be wrong with an import file, said so an editor can find and fix it."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

SECTION_LABELS = {
    "actors": _("actor"),
    "topics": _("topic"),
    "outlets": _("outlet"),
    "events": _("event"),
    "statements": _("statement"),
    "rows": _("row"),
}


@dataclass(frozen=True)
class Problem:
    """One problem: the section and 1-based record number (or CSV line), the field, the message."""

    section: str | None
    number: int | None
    field: str | None
    message: str

    def __str__(self):
        where = []
        if self.section:
            label = SECTION_LABELS.get(self.section, self.section)
            where.append(f"{label} {self.number}" if self.number else str(label))
        if self.field:
            where.append(self.field)
        return f"{', '.join(where)}: {self.message}" if where else str(self.message)


class ImportFailed(Exception):
    """The file was refused; nothing was written. `problems` lists every reason."""

    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__("; ".join(str(problem) for problem in self.problems[:5]))
