"""Statement columns and record readers shared by the exports and the parley/1 interchange:
flat rows from one pass over the table, related values per chunk."""

from itertools import islice

from django.urls import reverse

from .models import Statement, StatementSource, StatementTopic

# The statement's own fields from its speaker's title to its audience, in the one order the
# CSV columns, the API and the CSV import list them (PRODUCT.md §4).
STATEMENT_FIELDS = (
    "speaker_title",
    "relayed_by",
    "kind",
    "act",
    "attribution",
    "text",
    "condition",
    "original_text",
    "original_language",
    "setting",
    "audience",
)
COLUMNS = (
    "id",
    "said_on",
    "date_precision",
    "first_reported_on",
    "speaker",
    "speaker_slug",
    *STATEMENT_FIELDS,
    "topics",
    "stances",
    "mentions",
    "event",
    "outlets",
    "source_urls",
    "status",
    "permalink",
    "updated_at",
    "correction_note",
)
SEPARATOR = "; "
CHUNK_SIZE = 1000
FIELDS = (
    "id",
    "key",
    "said_on",
    "date_precision",
    "first_reported_on",
    "speaker__name",
    "speaker__slug",
    "speaker_title",
    "relayed_by__slug",
    "kind",
    "act",
    "attribution",
    "text",
    "condition",
    "original_text",
    "original_language",
    "setting",
    "audience",
    "event__slug",
    "status",
    "correction_note",
    "updated_at",
)
SOURCE_FIELDS = ("url", "outlet", "role", "title", "author", "published_on", "language", "archived_url")
# A spreadsheet runs a cell starting with one of these as a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def inert(value):
    """Neutralise spreadsheet formula injection: a leading apostrophe makes the cell text."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return f"'{value}"
    return value


def iso(value):
    return value.isoformat() if value is not None else ""


def _chunks(iterable, size):
    iterator = iter(iterable)
    while chunk := list(islice(iterator, size)):
        yield chunk


def statement_records(queryset, *, chunk_size=CHUNK_SIZE):
    """Each statement as a dict of its own values plus `topics`, `mentions` and `sources`.

    Rows stream from one cursor in the queryset's order; topics, mentions and sources
    come with one query each per chunk, so memory stays flat however many rows there are.
    """
    values = queryset.prefetch_related(None).values(*FIELDS).iterator(chunk_size=chunk_size)
    for chunk in _chunks(values, chunk_size):
        ids = [record["id"] for record in chunk]
        topics, mentions, sources = {}, {}, {}
        for statement_id, slug, stance in (
            StatementTopic.objects.filter(statement_id__in=ids)
            .order_by("topic__name", "topic_id")
            .values_list("statement_id", "topic__slug", "stance")
        ):
            topics.setdefault(statement_id, []).append((slug, stance))
        for statement_id, slug in (
            Statement.mentions.through.objects.filter(statement_id__in=ids)
            .order_by("actor__name", "actor_id")
            .values_list("statement_id", "actor__slug")
        ):
            mentions.setdefault(statement_id, []).append(slug)
        for link in (
            StatementSource.objects.filter(statement_id__in=ids)
            .order_by("position", "id")
            .values(
                "statement_id",
                "role",
                "source__url",
                "source__outlet__slug",
                "source__title",
                "source__author",
                "source__published_on",
                "source__language",
                "source__archived_url",
            )
        ):
            sources.setdefault(link["statement_id"], []).append(
                {
                    "url": link["source__url"],
                    "outlet": link["source__outlet__slug"],
                    "role": link["role"],
                    "title": link["source__title"],
                    "author": link["source__author"],
                    "published_on": link["source__published_on"],
                    "language": link["source__language"],
                    "archived_url": link["source__archived_url"],
                }
            )
        for record in chunk:
            record["topics"] = topics.get(record["id"], [])
            record["mentions"] = mentions.get(record["id"], [])
            record["sources"] = sources.get(record["id"], [])
            yield record


def permalink_parts(base_url=""):
    """What comes before and after the id in a statement's permalink."""
    prefix, suffix = reverse("tracker:statement-detail", kwargs={"pk": 0}).rsplit("0", 1)
    return base_url.rstrip("/") + prefix, suffix


def permalink_maker(base_url=""):
    """`base_url` + the statement page path, built without a `reverse()` per row."""
    prefix, suffix = permalink_parts(base_url)
    return lambda pk: f"{prefix}{pk}{suffix}"
