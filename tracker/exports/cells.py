"""Export rows as the text each cell carries, computed by the database.

One streamed query reads the statements' own columns, already rendered: ISO dates, '' for
nothing, formula starts neutralised for the CSV (the XLSX pins its cells' type instead).
Per chunk, one grouped query per link table joins the topics and stances, the mentions,
and the outlets and source URLs with '; '. The writers
then only join strings: no model instances, no per-row queries, no per-cell conversions.
"""

import json

from django.conf import settings
from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import F, Func, TextField, Value
from django.db.models.functions import Cast, Coalesce

from ..columns import COLUMNS, FORMULA_START, SEPARATOR, inert, permalink_parts
from ..db import pagecache
from ..models import Actor, Outlet, Source, Statement, StatementSource, StatementTopic, Topic

# Statements read at a time: their own cells in one fetch, then each link table in one query.
# A link query seeks each statement's rows in an index; the more ids one query sorts, the more
# seeks land on the page the last one read. SQLite, 200k statements, the three link queries:
# 2.6 s in reads of 2,000, 2.1 s in reads of 8,000 (the export's peak RSS 111 → 132 MB).
READ_SIZE = 8000
# Rows per chunk handed to the writers: the text they build from a chunk stays small.
CHUNK_SIZE = 2000
LINKED = ("topics", "stances", "mentions", "outlets", "source_urls")
OWN = tuple(column for column in COLUMNS if column not in LINKED)


class Inert(Func):
    """`columns.inert()` in SQL: a leading apostrophe on a cell a spreadsheet would run."""

    output_field = TextField()

    def as_sql(self, compiler, connection, **extra_context):
        sql, params = compiler.compile(self.source_expressions[0])
        marks = ", ".join(["%s"] * len(FORMULA_START))
        return (
            f"CASE WHEN SUBSTR({sql}, 1, 1) IN ({marks}) THEN '''' || {sql} ELSE {sql} END",
            (*params, *FORMULA_START, *params, *params),
        )


class IsoDate(Func):
    """A date as `date.isoformat()` writes it; '' for none."""

    output_field = TextField()

    def as_sql(self, compiler, connection, **extra_context):
        sql, params = compiler.compile(self.source_expressions[0])
        # SQLite stores dates as ISO text; reading it as text also skips Python's date parsing.
        return f"COALESCE({sql}, '')", params

    def as_postgresql(self, compiler, connection, **extra_context):
        sql, params = compiler.compile(self.source_expressions[0])
        return f"COALESCE(TO_CHAR({sql}, 'YYYY-MM-DD'), '')", params


class IsoDateTime(Func):
    """A timestamp as `datetime.isoformat()` writes Django's UTC value (no fraction when zero)."""

    output_field = TextField()

    def as_sql(self, compiler, connection, **extra_context):
        sql, params = compiler.compile(self.source_expressions[0])
        # Django stores '2026-11-25 09:22:07.030575' (UTC when USE_TZ) in SQLite.
        offset = " || '+00:00'" if settings.USE_TZ else ""
        return f"REPLACE({sql}, ' ', 'T'){offset}", params

    def as_postgresql(self, compiler, connection, **extra_context):
        sql, params = compiler.compile(self.source_expressions[0])
        value = f"({sql} AT TIME ZONE 'UTC')" if settings.USE_TZ else sql
        fraction = f"CASE WHEN TO_CHAR({value}, 'US') = '000000' THEN '' ELSE TO_CHAR({value}, '.US') END"
        offset = " || '+00:00'" if settings.USE_TZ else ""
        return f"""TO_CHAR({value}, 'YYYY-MM-DD"T"HH24:MI:SS') || {fraction}{offset}""", params * 3


class Joined(Func):
    template = "(%(expressions)s)"
    arg_joiner = " || "
    output_field = TextField()


def _untouched(expression):
    return expression


def own_cells(base_url, *, neutralise=True):
    """The statement's own columns (OWN) as SQL expressions, in order."""
    prefix, suffix = permalink_parts(base_url)
    mark, prefix = (Inert, inert(prefix)) if neutralise else (_untouched, prefix)

    def _text(name):
        return mark(F(name))

    def _optional(name):
        return mark(Coalesce(F(name), Value("")))

    return {
        "id": F("id"),
        "said_on": IsoDate("said_on"),
        "date_precision": F("date_precision"),
        "first_reported_on": IsoDate("first_reported_on"),
        "speaker": _text("speaker__name"),
        "speaker_slug": _text("speaker__slug"),
        "speaker_title": _text("speaker_title"),
        "relayed_by": _optional("relayed_by__slug"),
        "kind": F("kind"),
        "act": F("act"),
        "attribution": F("attribution"),
        "text": _text("text"),
        "condition": _text("condition"),
        "original_text": _text("original_text"),
        "original_language": _text("original_language"),
        "setting": _text("setting"),
        "audience": _text("audience"),
        "event": _optional("event__slug"),
        "status": F("status"),
        "permalink": Joined(Value(prefix), Cast("id", TextField()), Value(suffix)),
        "updated_at": IsoDateTime("updated_at"),
        "correction_note": _text("correction_note"),
    }


def _table(model):
    return model._meta.db_table


MENTIONS = Statement.mentions.through
# (joined values, FROM ... with the link table as `x`, order of the values within a statement)
TOPIC_LINKS = (
    ("t.slug", "x.stance"),
    f"{_table(StatementTopic)} x JOIN {_table(Topic)} t ON t.id = x.topic_id",
    "t.name, t.id",
)
MENTION_LINKS = (
    ("a.slug",),
    f"{_table(MENTIONS)} x JOIN {_table(Actor)} a ON a.id = x.actor_id",
    "a.name, a.id",
)
SOURCE_LINKS = (
    ("o.slug", "NULLIF(s.url, '')"),
    f"{_table(StatementSource)} x JOIN {_table(Source)} s ON s.id = x.source_id "
    f"LEFT JOIN {_table(Outlet)} o ON o.id = s.outlet_id",
    "x.position, x.id",
)
LINK_QUERIES = {"topics": TOPIC_LINKS, "mentions": MENTION_LINKS, "sources": SOURCE_LINKS}
NO_TOPICS = NO_SOURCES = ("", "")


def links_sql(connection, links):
    """SQL reading `links` for a list of statement ids: (statement_id, joined value, ...)."""
    values, tables, order = links
    if connection.vendor == "postgresql":
        joined = ", ".join(f"STRING_AGG({value}, '{SEPARATOR}' ORDER BY {order})" for value in values)
        return f"SELECT x.statement_id, {joined} FROM {tables} WHERE x.statement_id = ANY(%s) GROUP BY 1"
    wanted = "x.statement_id IN (SELECT value FROM JSON_EACH(%s))"
    if connection.Database.sqlite_version_info >= (3, 44):
        joined = ", ".join(f"GROUP_CONCAT({value}, '{SEPARATOR}' ORDER BY {order})" for value in values)
        return f"SELECT x.statement_id, {joined} FROM {tables} WHERE {wanted} GROUP BY 1"
    # Before 3.44 GROUP_CONCAT takes no ORDER BY; it follows the order of an ordered subquery.
    inner = ", ".join(f"{value} AS v{i}" for i, value in enumerate(values))
    joined = ", ".join(f"GROUP_CONCAT(v{i}, '{SEPARATOR}')" for i in range(len(values)))
    return (
        f"SELECT statement_id, {joined} FROM (SELECT x.statement_id AS statement_id, {inner} FROM {tables} "
        f"WHERE {wanted} ORDER BY x.statement_id, {order}) GROUP BY statement_id"
    )


def _distinct(joined):
    """'reuters; ap; reuters' -> 'reuters; ap': each outlet once, in source order."""
    if joined and SEPARATOR in joined:
        return SEPARATOR.join(dict.fromkeys(joined.split(SEPARATOR)))
    return joined or ""


class LinkReader:
    """Topics, mentions and sources of a chunk of statements: three queries, cells ready."""

    def __init__(self, connection, *, neutralise=True):
        self.connection = connection
        self.mark = inert if neutralise else _untouched
        self.sql = {name: links_sql(connection, links) for name, links in LINK_QUERIES.items()}
        self.ids_param = (lambda ids: ids) if connection.vendor == "postgresql" else json.dumps

    def fetch(self, name, ids):
        with self.connection.cursor() as cursor:
            cursor.execute(self.sql[name], [self.ids_param(ids)])
            return cursor.fetchall()

    def read(self, ids):
        mark = self.mark
        topics = {pk: (mark(slugs), stances) for pk, slugs, stances in self.fetch("topics", ids)}
        mentions = {pk: mark(slugs) for pk, slugs in self.fetch("mentions", ids)}
        sources = {pk: (mark(_distinct(outlets)), urls or "") for pk, outlets, urls in self.fetch("sources", ids)}
        return topics, mentions, sources


def own_rows_sql(queryset, base_url, *, neutralise=True):
    """(connection, sql, params) of the statements' own cells, in the queryset's order."""
    cells = own_cells(base_url, neutralise=neutralise)
    names = [f"export_{name}" for name in cells]
    values = (
        queryset.prefetch_related(None).annotate(**dict(zip(names, cells.values(), strict=True))).values_list(*names)
    )
    connection = connections[values.db]
    sql, params = values.query.get_compiler(connection=connection).as_sql()
    return connection, sql, params


# Where the link cells go among the own ones: topics, stances and mentions before `event`,
# outlets and source_urls after it. SELECT DISTINCT (some filters ask for it) adds the
# ORDER BY columns after ours: `row[:END]` leaves them out.
EVENT, END = OWN.index("event"), len(OWN)


def merged(rows, topics, mentions, sources):
    """The statements' own cells with their link cells slotted in, in COLUMNS order."""
    chunk = []
    for row in rows:
        pk = row[0]
        chunk.append(
            (
                str(pk),
                *row[1:EVENT],
                *topics.get(pk, NO_TOPICS),
                mentions.get(pk, ""),
                row[EVENT],
                *sources.get(pk, NO_SOURCES),
                *row[EVENT + 1 : END],
            )
        )
    return chunk


def cell_chunks(queryset, *, base_url="", chunk_size=CHUNK_SIZE, read_size=READ_SIZE, neutralise=True):
    """Lists of at most `chunk_size` rows, each a tuple of str cells in COLUMNS order; memory stays flat.

    `neutralise` puts the apostrophe of `columns.inert()` before a cell a spreadsheet would run;
    without it every cell is the stored text, untouched.
    """
    try:
        connection, sql, params = own_rows_sql(queryset, base_url, neutralise=neutralise)
    except EmptyResultSet:
        return
    links = LinkReader(connection, neutralise=neutralise)
    # Like QuerySet.iterator(): a server-side cursor on PostgreSQL, so rows arrive chunk by chunk.
    server_side = not connection.settings_dict.get("DISABLE_SERVER_SIDE_CURSORS")
    open_cursor = connection.chunked_cursor if server_side else connection.cursor
    with pagecache.small(connection), open_cursor() as cursor:
        cursor.execute(sql, params)
        while rows := cursor.fetchmany(read_size):
            linked = links.read([row[0] for row in rows])
            for start in range(0, len(rows), chunk_size):
                yield merged(rows[start : start + chunk_size], *linked)
