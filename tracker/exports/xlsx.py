"""XLSX export: openpyxl's write-only mode keeps memory flat; text cells never run as formulas."""

import tempfile

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font

from .cells import cell_chunks
from .rows import COLUMNS

CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _text_cell(sheet, value):
    """`value` comes neutralised from cell_chunks; XML cannot carry control characters."""
    cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", value))
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
    for rows in cell_chunks(queryset, base_url=base_url):
        for pk, *cells in rows:
            sheet.append([int(pk), *(_text_cell(sheet, cell) for cell in cells)])
    output = tempfile.TemporaryFile()  # noqa: SIM115 -- the response streams and closes it
    workbook.save(output)
    output.seek(0)
    return output
