"""CSV export: the columns of PRODUCT.md §4, streamed a chunk of rows at a time.

A CSV has no cell types, so a cell a spreadsheet would run as a formula (starting with
= + - @, a tab or a carriage return) gets a leading apostrophe (`columns.inert()`), which
spreadsheets read as "this is text"; `raw=True` writes every cell as stored.
"""

from ..columns import COLUMNS
from .cells import cell_chunks

BOM = "\ufeff"
LINE_END = "\r\n"
COMMAS = len(COLUMNS) - 1


def quote(cell):
    """The cell as Python's csv.writer (excel dialect, QUOTE_MINIMAL) writes it."""
    if '"' in cell or "," in cell or "\n" in cell or "\r" in cell:
        return '"' + cell.replace('"', '""') + '"'
    return cell


def csv_lines(rows):
    """Rows of str cells as CSV text, byte for byte what csv.writer writes, faster.

    Most rows need no quoting at all: joined, they hold exactly one comma per cell boundary
    and no quote or line break. Only the others are quoted cell by cell.
    """
    lines = []
    for row in rows:
        line = ",".join(row)
        if line.count(",") != COMMAS or '"' in line or "\n" in line or "\r" in line:
            line = ",".join([quote(cell) for cell in row])
        lines.append(line)
    lines.append("")
    return LINE_END.join(lines)


def stream_csv(queryset, *, base_url="", bom=False, raw=False):
    """Yield the CSV as str chunks of many rows (the response encodes them as UTF-8)."""
    yield (BOM if bom else "") + ",".join(COLUMNS) + LINE_END
    for rows in cell_chunks(queryset, base_url=base_url, neutralise=not raw):
        yield csv_lines(rows)
