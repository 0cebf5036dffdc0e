"""Knight Lab TimelineJS JSON: one event per statement, one group per speaking actor."""

import json

from django.db import connections
from django.utils.translation import gettext as _

from ..models import Statement
from .rows import permalink_maker, small_page_cache

# An event needs none of the topics, mentions or sources: one query, no per-chunk ones.
FIELDS = ("id", "said_on", "date_precision", "speaker__name", "text", "original_text", "setting")
CHUNK_SIZE = 2000


def _start_date(said_on, precision):
    date = {"year": str(said_on.year)}
    if precision != Statement.Precision.YEAR:
        date["month"] = str(said_on.month)
    if precision == Statement.Precision.DAY:
        date["day"] = str(said_on.day)
    return date


def timeline_event(record, permalink):
    speaker = record["speaker__name"]
    return {
        "unique_id": f"statement-{record['id']}",
        "start_date": _start_date(record["said_on"], record["date_precision"]),
        "group": speaker,
        "text": {"headline": speaker, "text": record["text"]},
        "original_text": record["original_text"],
        "setting": record["setting"],
        "url": permalink(record["id"]),
    }


def stream_timeline(queryset, *, base_url=""):
    permalink = permalink_maker(base_url)
    title = {"text": {"headline": _("Parley statements"), "text": ""}}
    yield '{"title": ' + json.dumps(title, ensure_ascii=False) + ', "events": ['
    separator = "\n"
    rows = queryset.prefetch_related(None).values_list(*FIELDS)
    with small_page_cache(connections[rows.db]):
        for row in rows.iterator(chunk_size=CHUNK_SIZE):
            record = dict(zip(FIELDS, row, strict=True))
            yield separator + json.dumps(timeline_event(record, permalink), ensure_ascii=False)
            separator = ",\n"
    yield "\n]}\n"
