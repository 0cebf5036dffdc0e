"""JSON export: the parley/1 interchange document (see tracker.interchange)."""

from django.db import connections

from ..db import pagecache
from ..interchange.export import stream_document


def stream_json(queryset, *, complete=False):
    with pagecache.small(connections[queryset.db]):
        yield from stream_document(queryset, complete=complete)
