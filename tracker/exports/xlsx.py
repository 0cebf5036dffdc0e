"""XLSX export: openpyxl's write-only mode keeps memory flat; text cells never run as formulas."""

import tempfile

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font

from .rows import COLUMNS, inert, statement_rows

CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _text_cell(sheet, value):
    cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", inert(value)))
    # openpyxl turns any string starting with "=" into a formula; pin the type to text.
    cell.data_type = "s"
    return cell


def write_xlsx(queryset, *, base_url=""):
    """The workbook in a temporary file, rewound, for streaming out."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Statements")
    bold = Font(bold=True)
    header = []
    for column in COLUMNS:
        cell = WriteOnlyCell(sheet, value=column)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for row in statement_rows(queryset, base_url=base_url):
        sheet.append([cell if isinstance(cell, int) else _text_cell(sheet, cell) for cell in row])
    output = tempfile.TemporaryFile()  # noqa: SIM115 -- the response streams and closes it
    workbook.save(output)
    output.seek(0)
    return output
