"""Knight Lab TimelineJS JSON: one slide per statement, one group per speaking actor.

TimelineJS renders a slide's headline and text as HTML, so every stored value is escaped
here: a statement shows as the plain text it is, never as markup. Each slide credits the
speaker and the sources and links back to the statement's page.
"""

import json
from urllib.parse import urlsplit

from django.db import connections
from django.utils.html import escape
from django.utils.translation import gettext as _

from ..columns import _chunks, permalink_maker
from ..db import pagecache
from ..models import Statement, StatementSource
from ..presentation import headline_for

# A slide needs the sources but none of the topics or mentions: two queries a chunk.
FIELDS = (
    "id",
    "said_on",
    "date_precision",
    "speaker__name",
    "speaker_title",
    "relayed_by__name",
    "kind",
    "status",
    "text",
    "original_text",
    "setting",
)
CHUNK_SIZE = 2000
HEADLINE_LENGTH = 90


def _start_date(said_on, precision):
    date = {"year": str(said_on.year)}
    if precision != Statement.Precision.YEAR:
        date["month"] = str(said_on.month)
    if precision == Statement.Precision.DAY:
        date["day"] = str(said_on.day)
    return date


def slide_headline(record):
    """The one headline rule (tracker.presentation), as plain text; escaped by the caller."""
    return headline_for(
        speaker=record["speaker__name"],
        relayer=record["relayed_by__name"],
        text=record["text"],
        kind=record["kind"],
        status=record["status"],
        length=HEADLINE_LENGTH,
    )


def _link(url, label):
    """An escaped link, or only the label when the address is not a web address."""
    if urlsplit(url).scheme not in {"http", "https"}:
        return escape(label)
    return f'<a href="{escape(url)}" rel="noopener">{escape(label)}</a>'


def slide_text(record, sources, permalink):
    """The slide's HTML: the statement as escaped text, its credits and links."""
    speaker = record["speaker__name"]
    if record["speaker_title"]:
        speaker = f"{speaker}, {record['speaker_title']}"
    parts = [f'<p class="parley-slide__text">{escape(record["text"])}</p>']
    parts.append(f'<p class="parley-slide__credit">{escape(_("Said by"))} {escape(speaker)}</p>')
    if sources:
        links = "; ".join(_link(s["url"], s["outlet"] or s["title"] or s["url"]) for s in sources)
        parts.append(f'<p class="parley-slide__sources">{escape(_("Source"))}: {links}</p>')
    parts.append(f'<p class="parley-slide__link">{_link(permalink, _("The statement on Parley"))}</p>')
    return "".join(parts)


def sources_of(ids):
    """{statement id: [{url, title, outlet}]} in source order, one query."""
    sources = {}
    for link in (
        StatementSource.objects.filter(statement_id__in=ids)
        .order_by("statement_id", "position", "id")
        .values("statement_id", "source__url", "source__title", "source__outlet__name")
    ):
        sources.setdefault(link["statement_id"], []).append(
            {"url": link["source__url"], "title": link["source__title"], "outlet": link["source__outlet__name"]}
        )
    return sources


def timeline_event(record, sources, permalink):
    url = permalink(record["id"])
    return {
        "unique_id": f"statement-{record['id']}",
        "start_date": _start_date(record["said_on"], record["date_precision"]),
        "group": escape(record["speaker__name"]),
        "text": {"headline": escape(slide_headline(record)), "text": slide_text(record, sources, url)},
        # Not read by TimelineJS: the plain values, for programs reading the file.
        "statement_text": record["text"],
        "speaker": record["speaker__name"],
        "original_text": record["original_text"],
        "setting": record["setting"],
        "sources": sources,
        "url": url,
    }


def stream_timeline(queryset, *, base_url=""):
    permalink = permalink_maker(base_url)
    title = {"text": {"headline": escape(_("Parley statements")), "text": ""}}
    yield '{"title": ' + json.dumps(title, ensure_ascii=False) + ', "events": ['
    separator = "\n"
    rows = queryset.prefetch_related(None).values_list(*FIELDS)
    with pagecache.small(connections[rows.db]):
        for chunk in _chunks(rows.iterator(chunk_size=CHUNK_SIZE), CHUNK_SIZE):
            sources = sources_of([row[0] for row in chunk])
            for row in chunk:
                record = dict(zip(FIELDS, row, strict=True))
                event = timeline_event(record, sources.get(record["id"], []), permalink)
                yield separator + json.dumps(event, ensure_ascii=False)
                separator = ",\n"
    yield "\n]}\n"
