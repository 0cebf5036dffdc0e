"""JSON export: the parley/1 interchange document (see tracker.interchange)."""

from ..interchange.export import stream_document


def stream_json(queryset, *, complete=False):
    return stream_document(queryset, complete=complete)
