"""Full-text search over statements' text, original text and setting.

PostgreSQL: a `search_vector` tsvector column kept by a trigger, GIN-indexed (english
stemming). SQLite: an external-content FTS5 table `tracker_statement_fts` (porter
tokenizer) kept in step by triggers. Both are created by migration 0002 for their
database only.

A narrow search (fewer than BROAD_MATCHES matches) filters by the matching ids, read from
the index first; a broad one is a subquery on the index (sql.ids_in: "ceasefire" at 1M has
178,000 matches, and its first page went from 150–250 ms to 15–35 ms on SQLite).
"""

import re

from django.db import connection
from django.utils.html import escape
from django.utils.safestring import mark_safe

from .db.subqueries import first_ids, ids_in

WORD_RE = re.compile(r"\w+", re.UNICODE)
TERM_RE = re.compile(r'"([^"]*)"|(\S+)')
MARK_OPEN, MARK_CLOSE = "\ue000", "\ue001"
MAX_TERMS = 16
BROAD_MATCHES = 5000


def parse_terms(query):
    """Words and "quoted phrases" as lists of words; punctuation never reaches the index."""
    terms = []
    for phrase, word in TERM_RE.findall(query.replace("\u201c", '"').replace("\u201d", '"')):
        words = WORD_RE.findall(phrase or word)
        if words:
            terms.append(words)
    return terms[:MAX_TERMS]


def match_expression(terms):
    """One query string both engines read the same way: every term a quoted phrase, all required."""
    return " ".join('"{}"'.format(" ".join(words)) for words in terms)


def _vendor():
    return connection.vendor


def matching_sql(expression):
    """(SQL selecting the ids of statements matching `expression`, params)."""
    if _vendor() == "postgresql":
        return (
            "SELECT id FROM tracker_statement WHERE search_vector @@ websearch_to_tsquery('english', %s)",
            [expression],
        )
    if _vendor() == "sqlite":
        return "SELECT rowid FROM tracker_statement_fts WHERE tracker_statement_fts MATCH %s", [expression]
    raise NotImplementedError(f"No full-text index for {_vendor()}")  # pragma: no cover


def filter_statements(queryset, query, *, first_ids=first_ids):
    """Statements of `queryset` matching `query`. `first_ids(using, sql, params, limit)` reads
    the first matches (a filterset passes its own, which remembers them)."""
    terms = parse_terms(query)
    if not terms:
        return queryset.none()
    sql, params = matching_sql(match_expression(terms))
    ids = first_ids(queryset.db, sql, params, BROAD_MATCHES)
    if len(ids) < BROAD_MATCHES:
        return queryset.filter(id__in=ids)
    return ids_in(queryset, sql, params)


def highlights(statement_ids, query):
    """{id: safe HTML of the text with matched words in <mark>} for the given statements."""
    terms = parse_terms(query or "")
    ids = list(statement_ids)
    if not terms or not ids:
        return {}
    expression = match_expression(terms)
    placeholders = ", ".join(["%s"] * len(ids))
    with connection.cursor() as cursor:
        if _vendor() == "postgresql":
            cursor.execute(
                "SELECT id, ts_headline('english', text, websearch_to_tsquery('english', %s), "
                f"%s) FROM tracker_statement WHERE id IN ({placeholders})",
                [expression, f"HighlightAll=true, StartSel={MARK_OPEN}, StopSel={MARK_CLOSE}", *ids],
            )
        else:
            cursor.execute(
                f"SELECT rowid, highlight(tracker_statement_fts, 0, %s, %s) FROM tracker_statement_fts "
                f"WHERE tracker_statement_fts MATCH %s AND rowid IN ({placeholders})",
                [MARK_OPEN, MARK_CLOSE, expression, *ids],
            )
        rows = cursor.fetchall()
    return {pk: mark_up(text) for pk, text in rows}


def mark_up(text):
    """Escape everything, then turn only our own sentinel characters into <mark>."""
    html = escape(text or "")
    html = re.sub(f"{MARK_OPEN}([^{MARK_OPEN}{MARK_CLOSE}]*){MARK_CLOSE}", r"<mark>\1</mark>", html)
    return mark_safe(html.replace(MARK_OPEN, "").replace(MARK_CLOSE, ""))
