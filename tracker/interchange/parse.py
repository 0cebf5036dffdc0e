"""Reading an import file: parley/1 JSON, or CSV in the export's columns, into one document."""

import csv
import io
import json

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from ..columns import FORMULA_START, SEPARATOR, STATEMENT_FIELDS
from .export import FORMAT
from .problems import ImportFailed, Problem

# CSV columns that map one-to-one onto statement fields.
CSV_FIELDS = (
    "key",
    "said_on",
    "date_precision",
    "first_reported_on",
    *STATEMENT_FIELDS,
    "event",
    "status",
    "correction_note",
)
NULLABLE = {"first_reported_on", "relayed_by", "event"}


def size_problem(size):
    """The refusal of a file over PARLEY_MAX_UPLOAD_BYTES, or None; the admin and the command say the same."""
    limit = settings.PARLEY_MAX_UPLOAD_BYTES
    if size <= limit:
        return None
    message = _("This file is %(size)s; the largest file you can import is %(limit)s. Split it and import the parts.")
    return Problem(None, None, None, message % {"size": filesizeformat(size), "limit": filesizeformat(limit)})


def read_document(data, *, name=""):
    """`data` (bytes) as a parley/1 dict; ImportFailed when it cannot be read at all."""
    if problem := size_problem(len(data)):
        raise ImportFailed([problem])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        message = _("The file is not UTF-8 text (byte %d).") % error.start
        raise ImportFailed([Problem(None, None, None, message)]) from None
    is_json = name.lower().endswith(".json") or (not name.lower().endswith(".csv") and text.lstrip()[:1] in "{[")
    return parse_json(text) if is_json else parse_csv(text)


def parse_json(text):
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        message = _("Not valid JSON: %(error)s at line %(line)d, column %(column)d.") % {
            "error": error.msg,
            "line": error.lineno,
            "column": error.colno,
        }
        raise ImportFailed([Problem(None, None, None, message)]) from None
    except RecursionError:
        # The decoder nests one call per bracket; parley/1 itself is a few levels deep.
        message = _("The JSON is nested too deeply to be a parley/1 document.")
        raise ImportFailed([Problem(None, None, None, message)]) from None
    if not isinstance(document, dict):
        raise ImportFailed([Problem(None, None, None, _("The document must be a JSON object."))])
    if document.get("format") != FORMAT:
        message = _("“format” must be “%(expected)s”, not %(found)s.") % {
            "expected": FORMAT,
            "found": shown_format(document.get("format")),
        }
        raise ImportFailed([Problem(None, None, "format", message)])
    return document


def shown_format(value):
    if value is None or isinstance(value, (str, int, float, bool)):
        return json.dumps(value)[:100]
    return _("a list") if isinstance(value, list) else _("an object")


def _uninert(value):
    """Undo the export's formula neutralisation ("'=…" back to "=…")."""
    if value.startswith("'") and value[1:].startswith(FORMULA_START):
        return value[1:]
    return value


def _split(value):
    return [item.strip() for item in value.split(SEPARATOR.strip()) if item.strip()]


def csv_statement(row):
    """One CSV row (column → text) as a parley/1 statement; absent columns stay absent."""
    row = {column: _uninert(value or "") for column, value in row.items() if column}
    record = {field: row[field] for field in CSV_FIELDS if field in row}
    for field in NULLABLE & record.keys():
        record[field] = record[field] or None
    if "speaker_slug" in row:
        record["speaker"] = row["speaker_slug"]
        if row.get("speaker"):
            record["_speaker_name"] = row["speaker"]  # for --create-actors
    if row.get("updated_at"):
        record["updated_at"] = row["updated_at"]  # the stored copy this row was exported from
    if "topics" in row:
        topics, stances = _split(row["topics"]), _split(row.get("stances", ""))
        record["topics"] = [
            {"topic": topic, **({"stance": stances[index]} if index < len(stances) else {})}
            for index, topic in enumerate(topics)
        ]
    if "mentions" in row:
        record["mentions"] = _split(row["mentions"])
    if "source_urls" in row:
        urls, outlets = _split(row["source_urls"]), _split(row.get("outlets", ""))
        # The CSV lists distinct outlets, not one per source: pair them only when that is unambiguous.
        paired = outlets if len(outlets) == len(urls) else outlets * len(urls) if len(outlets) == 1 else []
        record["sources"] = [
            {"url": url, "outlet": paired[index] if paired else None} for index, url in enumerate(urls)
        ]
        record["_sources_add_only"] = True
    return record


def csv_rows(reader):
    """(line, row) for each record, refusing what the csv module would otherwise guess at:
    a quote never closed, a row with more or fewer cells than the header."""
    width = len(reader.fieldnames)
    while True:
        line = reader.line_num + 1  # where the next record starts
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            if "end of data" in str(error) or "EOF" in str(error):
                message = _("A quote opened on this line (or in a cell after it) is never closed.")
            else:
                message = _("This line is not valid CSV: %s.") % error
            raise ImportFailed([Problem("rows", line, None, message)]) from None
        cells = width + len(row.get(None, [])) - sum(value is None for value in row.values())
        if cells != width:
            message = _("This row has %(cells)d cells; the header has %(width)d.") % {"cells": cells, "width": width}
            raise ImportFailed([Problem("rows", line, None, message)])
        yield line, row


def parse_csv(text):
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    try:
        header = reader.fieldnames or []
    except csv.Error as error:
        raise ImportFailed([Problem("rows", 1, None, _("The header is not valid CSV: %s.") % error)]) from None
    missing = [column for column in ("speaker_slug", "said_on", "text") if column not in header]
    if missing:
        message = _("The CSV header lacks the column(s) %s.") % ", ".join(missing)
        raise ImportFailed([Problem(None, None, None, message)])
    statements = []
    for line, row in csv_rows(reader):
        record = csv_statement(row)
        record["_line"] = line
        statements.append(record)
    return {"format": FORMAT, "statements": statements, "_csv": True}
