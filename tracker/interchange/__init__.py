"""The parley/1 interchange format: the JSON export writes it, the importer reads it (and CSV)."""

from .export import FORMAT, export_document, stream_document
from .load import ImportReport, import_document
from .parse import read_document
from .problems import ImportFailed, Problem


def import_file(data, *, name="", dry_run=False, user=None, check_duplicates=True, create_actors=False):
    """Read, validate and import an uploaded or local file's bytes; ImportFailed lists every problem."""
    document = read_document(data, name=name)
    return import_document(
        document, dry_run=dry_run, user=user, check_duplicates=check_duplicates, create_actors=create_actors
    )


__all__ = [
    "FORMAT",
    "ImportFailed",
    "ImportReport",
    "Problem",
    "export_document",
    "import_document",
    "import_file",
    "read_document",
    "stream_document",
]
