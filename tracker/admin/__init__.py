"""The editors' admin: the desk (the admin index), the change forms and lists of every record, and
the tools around them, one module each.

- `desk`: the admin site and its index, the day's work queues.
- `records`: the ModelAdmin of every tracker model, registered here.
- `conflicts`: no silent overwrite (the version a form was opened at).
- `history`, `duplicates`, `merge`: edit history with diff and revert; near-duplicates; merging records.
- `articles`, `article_forms`: Add from article.
- `imports`: the parley/1 and CSV import page, and the change list's CSV export.
"""

from . import records  # noqa: F401  (registers the ModelAdmins)
