"""CSV export: the columns of PRODUCT.md §4, streamed line by line."""

import csv

from .rows import COLUMNS, inert, statement_rows

BOM = "\ufeff"


class _Line:
    """A write-only 'file' that hands back what the csv writer gives it."""

    def write(self, value):
        return value


def stream_csv(queryset, *, base_url="", bom=False):
    """Yield the CSV as str chunks (the response encodes them as UTF-8)."""
    writer = csv.writer(_Line())
    yield (BOM if bom else "") + writer.writerow(COLUMNS)
    for row in statement_rows(queryset, base_url=base_url):
        yield writer.writerow([inert(cell) for cell in row])
