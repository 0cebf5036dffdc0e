"""JSON export: the parley/1 interchange document (see tracker.interchange)."""

from django.db import connections

from ..columns import small_page_cache
from ..interchange.export import stream_document


def stream_json(queryset, *, complete=False):
    with small_page_cache(connections[queryset.db]):
        yield from stream_document(queryset, complete=complete)
