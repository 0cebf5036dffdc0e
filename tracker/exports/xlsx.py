"""XLSX export for analysts: typed cells, real dates, a frozen header with a filter.

openpyxl's write-only mode keeps memory flat. No text is ever changed to keep it from
running: every text cell is written with the string type, which a spreadsheet shows and
computes with as text whatever its first character (the CSV, which has no types, carries
the apostrophe of `columns.inert()` instead).
"""

import datetime
import tempfile

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from ..columns import COLUMNS
from ..models import Statement
from .cells import cell_chunks

CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# How a date shows: no more precise than it is known.
DATE_FORMATS = {
    Statement.Precision.DAY: "yyyy-mm-dd",
    Statement.Precision.MONTH: "yyyy-mm",
    Statement.Precision.YEAR: "yyyy",
}
DAY_FORMAT = DATE_FORMATS[Statement.Precision.DAY]
TIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
# Column widths in characters; the others get DEFAULT_WIDTH.
WIDTHS = {
    "id": 8,
    "said_on": 12,
    "date_precision": 10,
    "first_reported_on": 12,
    "speaker": 24,
    "speaker_title": 28,
    "text": 80,
    "condition": 30,
    "original_text": 60,
    "setting": 30,
    "audience": 24,
    "topics": 28,
    "mentions": 24,
    "source_urls": 40,
    "permalink": 36,
    "updated_at": 20,
}
DEFAULT_WIDTH = 16
SAID_ON, PRECISION, FIRST_REPORTED, UPDATED = (
    COLUMNS.index(name) for name in ("said_on", "date_precision", "first_reported_on", "updated_at")
)


def _text_cell(sheet, value):
    """The stored text as a string cell; XML cannot carry control characters."""
    cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", value))
    # openpyxl would turn a string starting with "=" into a formula: pin the type to text.
    cell.data_type = "s"
    return cell


def _date_cell(sheet, value, number_format):
    if not value:
        return None
    cell = WriteOnlyCell(sheet, value=datetime.date.fromisoformat(value))
    cell.number_format = number_format
    return cell


def _time_cell(sheet, value):
    # Spreadsheets have no time zones: the cell holds UTC, like the CSV's `+00:00`.
    moment = datetime.datetime.fromisoformat(value)
    cell = WriteOnlyCell(sheet, value=moment.astimezone(datetime.UTC).replace(tzinfo=None))
    cell.number_format = TIME_FORMAT
    return cell


def _row(sheet, cells):
    row = [_text_cell(sheet, cell) for cell in cells]
    row[0] = int(cells[0])
    row[SAID_ON] = _date_cell(sheet, cells[SAID_ON], DATE_FORMATS.get(cells[PRECISION], DAY_FORMAT))
    row[FIRST_REPORTED] = _date_cell(sheet, cells[FIRST_REPORTED], DAY_FORMAT)
    row[UPDATED] = _time_cell(sheet, cells[UPDATED])
    return row


def write_xlsx(queryset, *, base_url=""):
    """The workbook in a temporary file, rewound, for streaming out."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Statements")
    # Layout goes before the first row in write-only mode.
    for number, column in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = WIDTHS.get(column, DEFAULT_WIDTH)
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for column in COLUMNS:
        cell = WriteOnlyCell(sheet, value=column)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    count = 0
    for rows in cell_chunks(queryset, base_url=base_url, neutralise=False):
        for cells in rows:
            sheet.append(_row(sheet, cells))
        count += len(rows)
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{count + 1}"
    output = tempfile.TemporaryFile()  # noqa: SIM115 -- the response streams and closes it
    workbook.save(output)
    output.seek(0)
    return output
