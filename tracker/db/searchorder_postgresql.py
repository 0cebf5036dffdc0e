"""PostgreSQL: readers' searches from a kept table of the published statements (migration 0018).

`tracker_statement_search` holds one narrow row per published statement (id, day, speaker) and
its words with the speaker as one more lexeme ("speaker 12"), GIN-indexed, kept by a trigger in
the writing transaction. A search by speakers intersects words and speakers inside the GIN index;
a count, the days and the speakers of the matches read these rows, never a statement's. The
functions mirror tracker/db/searchorder.py's SQLite ones; that module chooses between them.
"""

from django.db import connections

TABLE = "tracker_statement_search"
# As migration 0018's trigger writes them: the speaker's lexeme, and the pad that sends the words out of line.
WORDS = (
    "coalesce(search_vector, ''::tsvector)"
    " || array_to_tsvector(ARRAY['speaker ' || speaker_id, ' pad ' || repeat('~', 2000)])"
)


def rebuild(using="default"):
    """Index every published statement afresh: after a bulk load that ran without the trigger."""
    with connections[using].cursor() as cursor:
        cursor.execute(f"TRUNCATE {TABLE}")
        cursor.execute(
            f"INSERT INTO {TABLE} (id, said_on, speaker_id, words) SELECT id, said_on, speaker_id, {WORDS}"
            " FROM tracker_statement WHERE status = 'published' ORDER BY speaker_id, said_on, id"
        )
        cursor.execute(f"ANALYZE {TABLE}")


def speakers_query(speakers):
    """The tsquery naming any of `speakers`."""
    return " | ".join(f"'speaker {int(pk)}'" for pk in sorted(speakers))


def condition(expression, speakers=(), first=None, last=None):
    """(WHERE clause over the table, params): the published statements matching `expression`
    (search.match_expression), said by one of `speakers` (if any) from `first` to `last`."""
    clauses = ["words @@ websearch_to_tsquery('english', %s)"]
    params = [expression]
    if speakers:
        clauses.append("words @@ %s::tsquery")
        params.append(speakers_query(speakers))
    if first:
        clauses.append("said_on >= %s")
        params.append(first)
    if last:
        clauses.append("said_on <= %s")
        params.append(last)
    return " AND ".join(clauses), params


# Session settings as SELECTs (each returns a row, so the statements can be re-run and fetched like any
# query, as bench/measure.py does); the second restores the server's own value.
SEQSCAN_OFF = "SELECT set_config('enable_seqscan', 'off', false)"
SEQSCAN_RESET = "SELECT set_config(name, reset_val, false) FROM pg_settings WHERE name = 'enable_seqscan'"


def fetch(using, matches, select, rest="", extra=()):
    """Rows of `select` over the matches, always read through the GIN index. Testing a row without it
    unpacks its words from TOAST, which the planner does not price: it scanned the whole table to
    count a word in half the statements (at 200,000, "nations": 1.1 s, against 37–79 ms through the
    index, whose matches need no second look: no quoted phrase comes here, see searchorder.available)."""
    where, params = condition(matches.expression, matches.speakers, matches.first, matches.last)
    connection = connections[using]
    with connection.cursor() as cursor:
        cursor.execute(SEQSCAN_OFF)
        try:
            cursor.execute(f"SELECT {select} FROM {TABLE} WHERE {where} {rest}", [*params, *extra])
            rows = cursor.fetchall()
        except Exception:
            if not connection.in_atomic_block:  # else the transaction's rollback undoes the setting
                cursor.execute(SEQSCAN_RESET)
            raise
        cursor.execute(SEQSCAN_RESET)
        return rows


def count(matches, using="default"):
    return fetch(using, matches, "count(*)")[0][0]


def speakers(matches, limit, using="default"):
    """[(speaker id, n)]: the `limit` speakers with the most matches, from the kept rows."""
    rows = fetch(using, matches, "speaker_id, count(*)", "GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT %s", [limit])
    return [tuple(row) for row in rows]


def days(matches, using="default"):
    return [tuple(row) for row in fetch(using, matches, "said_on, count(*)", "GROUP BY 1")]
