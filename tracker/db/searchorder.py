"""Readers' searches from an index of published statements: SQLite's, in timeline order, here;
PostgreSQL's kept table in tracker/db/searchorder_postgresql.py (migration 0018), behind the same
Matches / describe / count / days / speakers.

`tracker_statement_search` (migration 0016) is a contentless FTS5 table of the published
statements only, kept by triggers in the writing transaction (an unpublished statement leaves
it at once). Its rowid packs a statement's (said_on, id) into one integer, the day
(date.toordinal()) above the id's 41 bits, and its `speaker` column holds one word naming the
speaker ("actor12"). So a reader's search, alone or with speakers and dates:
- lists its matches newest first from the index: the newest 5,000 are one read (1.5 ms on a
  synthetic 1M index, as at 100,000);
- is counted exactly, and grouped by day, from the index alone, never reading a statement
  (at 100,000: a count 33 → 0.6 ms, the month chart 32 → 5 ms; at 1M, synthetic: 8 and 37 ms);
- a broad one (search.BROAD_MATCHES or more) is split at the day of its 5,000th newest match
  (oldest, when sorted so): SQLite checks the rows of a page on the near side against the short
  list of those matches and builds the list of the others only for a reader paging past it
  (the first page of "ceasefire" at 100,000: 5.6 → 0.4 ms).
Which speakers say most is read from a table of each published statement's speaker under its key
(migration 0020), kept by triggers of its own in the writing transaction; PostgreSQL reads it from its
table's narrow rows.
"""

import datetime
import json
from collections import Counter
from dataclasses import dataclass, replace
from operator import itemgetter

from django.db import connections
from django.db.models import BooleanField
from django.db.models.expressions import RawSQL

from . import searchorder_postgresql as postgresql

# The rowid: the day said above the id's 41 bits (ids stay far below 2**41; 9999-12-31 still fits).
KEY_BITS = 41
ID_MASK = (1 << KEY_BITS) - 1
TABLE = "tracker_statement_search"
# Each published statement's speaker under the same key (migration 0020).
SPEAKERS = "tracker_statement_search_speaker"
TEXT_COLUMNS = "{text setting original_text}"
# What the triggers of migration 0016 index for a statement row.
KEY_SQL = f"((CAST(julianday(said_on) - 1721424.5 AS INTEGER) << {KEY_BITS}) | id)"
ROW_SQL = f"{KEY_SQL}, text, setting, original_text, 'actor' || speaker_id"


def available(using, terms=()):
    """Whether a reader's search for `terms` (search.parse_terms) is answered from the published index.
    PostgreSQL's table answers words, not quoted phrases: its GIN index cannot check word order, so
    each candidate would unpack its words (at 200,000, a count of "united nations" in quotes: 0.5 s;
    such a search is counted up to the exact-count limit and estimated, as before)."""
    if connections[using].vendor == "postgresql":
        return not any(len(words) > 1 for words in terms)
    return connections[using].vendor == "sqlite"


def _postgresql(using):
    return connections[using].vendor == "postgresql"


def rebuild(using="default"):
    """Index every published statement afresh: after a bulk load that ran without the triggers."""
    if _postgresql(using):
        return postgresql.rebuild(using)
    with connections[using].cursor() as cursor:
        cursor.execute(f"INSERT INTO {TABLE}({TABLE}) VALUES ('delete-all')")
        cursor.execute(
            f"INSERT INTO {TABLE}(rowid, text, setting, original_text, speaker)"
            f" SELECT {ROW_SQL} FROM tracker_statement WHERE status = 'published' ORDER BY 1"  # see fulltext.py
        )
        cursor.execute(f"DELETE FROM {SPEAKERS}")
        cursor.execute(
            f"INSERT INTO {SPEAKERS}(key, speaker_id) SELECT {KEY_SQL}, speaker_id FROM tracker_statement"
            " WHERE status = 'published' ORDER BY 1"
        )


def fts_query(terms, speakers=()):
    """The FTS5 query `terms` (search.match_expression) over the text columns, said by one of `speakers` if any."""
    text = f"{TEXT_COLUMNS} : ({terms})"
    if not speakers:
        return text
    names = " OR ".join(f'"actor{int(pk)}"' for pk in sorted(speakers))
    return f"{text} AND speaker : ({names})"


def order_key(day):
    """The first rowid on `day`."""
    return day.toordinal() << KEY_BITS


def matching_sql(expression, low=None, high=None, select=f"rowid & {ID_MASK}"):
    """(SQL selecting `select` (the ids) of the published statements matching the FTS5 query `expression`
    whose keys are in [low, high), params)."""
    sql = f"SELECT {select} FROM {TABLE} WHERE {TABLE} MATCH %s"
    params = [expression]
    for bound, operator in ((low, ">="), (high, "<")):
        if bound is not None:
            sql += f" AND rowid {operator} %s"
            params.append(bound)
    return sql, params


def in_order(queryset, expression, first_ids, broad, oldest=False):
    """SQLite: `queryset` narrowed to the published matches of `expression`, written for reading them newest
    (or `oldest`) first (see the module's docstring); `first_ids` as in search.filter_statements;
    `broad`, the number of matches from which a search is broad. (PostgreSQL pages filter by the
    statements' own `search_vector`: search.filter_statements.)"""
    direction = "ASC" if oldest else "DESC"
    sql = f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s ORDER BY rowid {direction}"
    keys = first_ids(queryset.db, sql, [expression], broad)
    if len(keys) < broad:
        return queryset.filter(id__in=[key & ID_MASK for key in keys])
    # Every match said after the cut day is among the keys read: the near side is that list, sent as one JSON
    # array, and only the cut day and beyond ask the index again. SQLite checks the rows of a page on the near
    # side against the short list (the branch it tests first fails at once on the far side), and builds the far
    # side's list only for a reader paging past it (q_actor's first page at 1M, on a loaded machine: the page's
    # query 9–25 → 3–7 ms, no second read of the index).
    day = (max(keys) if oldest else min(keys)) >> KEY_BITS  # the cut: the day the keys read end in
    if oldest:
        near = [key & ID_MASK for key in keys if key < day << KEY_BITS]
        far_sql, far_params = matching_sql(expression, low=day << KEY_BITS)
    else:
        near = [key & ID_MASK for key in keys if key >= (day + 1) << KEY_BITS]
        far_sql, far_params = matching_sql(expression, high=(day + 1) << KEY_BITS)
    cut = datetime.date.fromordinal(day).isoformat()
    table = queryset.model._meta.db_table
    near_side, far_side = ("<", ">=") if oldest else (">", "<=")
    condition = (
        f'("{table}"."said_on" {near_side} %s AND +"{table}"."id" IN (SELECT value FROM json_each(%s)))'
        f' OR ("{table}"."said_on" {far_side} %s AND +"{table}"."id" IN ({far_sql}))'
    )
    params = [cut, json.dumps(near), cut, *far_params]
    return queryset.filter(RawSQL(condition, params, output_field=BooleanField()))


@dataclass(frozen=True)
class Matches:
    """The published statements matching `expression`, said by one of `speakers` (if any) from `first`
    to `last` (None: open): a reader's search, counted from the index alone."""

    expression: str
    speakers: tuple = ()
    first: datetime.date | None = None
    last: datetime.date | None = None

    def sql(self, select):
        low = order_key(self.first) if self.first else None
        high = None
        if self.last and self.last < datetime.date.max:
            high = order_key(self.last + datetime.timedelta(days=1))
        return matching_sql(fts_query(self.expression, self.speakers), low, high, select)


def describe(queryset, matches):
    """Mark `queryset` as the statements of `matches`. A clone (any further filter) loses the mark."""
    queryset._search_matches = matches
    return queryset


def matches_of(queryset):
    return queryset.__dict__.get("_search_matches")


def count(matches, using="default"):
    if _postgresql(using):
        return postgresql.count(matches, using)
    sql, params = matches.sql("count(*)")
    with connections[using].cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchone()[0]


def speaker_months(matches, limit, using="default"):
    """([(speaker id, n)], {speaker id: {first day of month: n}}): the `limit` speakers with the most matches,
    busiest first, and their matches by month: a chart's aggregate, kept in the cache. On SQLite, one pass over
    the matches: FTS5 cannot give a match's speaker back, so each match's key is sought in the table of published
    speakers by key (migration 0020) and counted here: SQLite's GROUP BY sorts every match ("ceasefire" at 1M,
    160,032 matches: each match looked up in the published index by (day, id) and grouped, 230 ms; sought by key
    and grouped, 165–210; sought by key and counted here, 75). The day is the key's upper bits, so the top
    speakers' months need no search of their own (the whole aggregate at 1M: 189 → 160 ms, a loaded machine)."""
    if _postgresql(using):
        # Its kept rows name the speaker: grouped by speaker alone, then a small search per top speaker, which
        # its GIN index answers with the speaker's lexeme (one GROUP BY speaker and month over every match cost
        # 15 % more at 200,000).
        top = postgresql.speakers(matches, limit, using)
        rows = []
        if len(top) > 1:
            for speaker, _ in top:
                rows += [(speaker, day, n) for day, n in postgresql.days(replace(matches, speakers=(speaker,)), using)]
    else:
        sql, params = matches.sql("rowid AS key")
        with connections[using].cursor() as cursor:
            cursor.execute(
                f"SELECT k.speaker_id, m.key >> {KEY_BITS} FROM ({sql}) AS m, {SPEAKERS} AS k WHERE k.key = m.key",
                params,
            )
            matched = cursor.fetchall()  # (speaker, day's ordinal)
        totals = Counter(map(itemgetter(0), matched))
        top = sorted(totals.items(), key=lambda item: (-item[1], item[0]))[:limit]
        # Only the top speakers' matches are counted by day, and only their days become dates.
        wanted = {speaker for speaker, _ in top}
        by_day = Counter(row for row in matched if row[0] in wanted)
        rows = [(speaker, datetime.date.fromordinal(ordinal), n) for (speaker, ordinal), n in by_day.items()]
    months = {speaker: Counter() for speaker, _ in top}
    for speaker, day, n in rows:  # the top speakers' rows only
        months[speaker][day.replace(day=1)] += n
    return top, {speaker: dict(counted) for speaker, counted in months.items()}


def days(matches, using="default"):
    """[(day, n)] of the matches, from the index alone (PostgreSQL: its kept rows)."""
    if _postgresql(using):
        return postgresql.days(matches, using)
    sql, params = matches.sql(f"rowid >> {KEY_BITS}, count(*)")
    with connections[using].cursor() as cursor:
        cursor.execute(f"{sql} GROUP BY 1", params)
        return [(datetime.date.fromordinal(ordinal), n) for ordinal, n in cursor.fetchall()]
