"""The monthly counts (tracker/rollups/) computed by the database, in one statement of set-based SQL.

Counting 100,000 new statements in Python and writing each count back as its own upsert took
26 s at 100,000 stored statements (a loaded two-core machine); one `INSERT … SELECT … GROUP BY …
ON CONFLICT DO UPDATE` takes 11–14 s, half of it grouping the 600,000 (statement, scope) pairs,
half the table's index upkeep. The topic tree is walked by a recursive common table expression
(a topic with its broader topics), so a statement on a topic counts once in each scope above it;
the month is the vendor's own date truncation.
"""

from django.db import connections
from django.db.models import F

from ..models import MonthlyCount, StatementTopic, Topic

MONTH = {"postgresql": "date_trunc('month', {})::date", "sqlite": "date({}, 'start of month')"}


def counting(statements, *, totals=True, scopes=None):
    """(prefix, select, params): `prefix + select` selects (month, speaker, scope, n) rows for
    `statements` (a queryset of published statements) by speaker, and with `totals` for every
    speaker (0) too; with `scopes`, the rows of those topic scopes alone. Put an INSERT between
    prefix and select to write them."""
    connection = connections[statements.db]
    named = statements.order_by().values(s_id=F("id"), s_day=F("said_on"), s_speaker=F("speaker_id"))
    inner, params = named.query.sql_with_params()
    topics, links = Topic._meta.db_table, StatementTopic._meta.db_table
    only = ""
    if scopes is not None:
        only = f"WHERE closure.scope_id IN ({', '.join(['%s'] * len(scopes))})"
        params = (*params, *scopes)
    prefix = f"""
        WITH RECURSIVE closure(topic_id, scope_id, depth) AS (
            SELECT id, id, 0 FROM {topics}
            UNION ALL
            SELECT closure.topic_id, topic.parent_id, closure.depth + 1
            FROM closure JOIN {topics} topic ON topic.id = closure.scope_id
            WHERE topic.parent_id IS NOT NULL AND closure.depth < 100
        ),
        published AS (
            SELECT s_id AS id, {MONTH[connection.vendor].format("s_day")} AS month, s_speaker AS speaker_id
            FROM ({inner}) AS statements
        ),
        scoped AS (
            SELECT DISTINCT published.id, published.month, published.speaker_id, closure.scope_id
            FROM published
            JOIN {links} link ON link.statement_id = published.id
            JOIN closure ON closure.topic_id = link.topic_id
            {only}
        ),
        direct AS (
            SELECT published.month, published.speaker_id, link.topic_id
            FROM published JOIN {links} link ON link.statement_id = published.id
        )
    """
    parts = [
        "SELECT month, speaker_id AS speaker, scope_id AS scope, COUNT(*) AS n FROM scoped "
        "GROUP BY month, speaker_id, scope_id"
    ]
    if scopes is None:
        parts += [
            "SELECT month, speaker_id, -topic_id, COUNT(*) FROM direct GROUP BY month, speaker_id, topic_id",
            "SELECT month, speaker_id, 0, COUNT(*) FROM published GROUP BY month, speaker_id",
        ]
    if totals:
        parts.append("SELECT month, 0, scope_id, COUNT(*) FROM scoped GROUP BY month, scope_id")
        if scopes is None:
            parts += [
                "SELECT month, 0, -topic_id, COUNT(*) FROM direct GROUP BY month, topic_id",
                "SELECT month, 0, 0, COUNT(*) FROM published GROUP BY month",
            ]
    # `WHERE true`: SQLite would read the upsert's ON CONFLICT as a join's ON clause without it.
    select = f"SELECT month, speaker, scope, n FROM ({' UNION ALL '.join(parts)}) AS counted WHERE 1 = 1"
    return prefix, select, params


def select(statements, **options):
    """{(month, speaker, scope): n} of `counting(statements, **options)`."""
    prefix, body, params = counting(statements, **options)
    connection = connections[statements.db]
    to_date = connection.ops.convert_datefield_value if connection.vendor == "sqlite" else None
    with connection.cursor() as cursor:
        cursor.execute(prefix + body, params)
        rows = cursor.fetchall()
    if to_date:
        return {(to_date(month, None, connection), speaker, scope): n for month, speaker, scope, n in rows}
    return {(month, speaker, scope): n for month, speaker, scope, n in rows}


def add(statements, **options):
    """Add the counts of `statements` to the rows: one INSERT … SELECT … ON CONFLICT DO UPDATE."""
    prefix, body, params = counting(statements, **options)
    connection = connections[statements.db]
    table = connection.ops.quote_name(MonthlyCount._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"{prefix} INSERT INTO {table} (month, speaker, scope, n) {body} "
            f"ON CONFLICT (scope, speaker, month) DO UPDATE SET n = {table}.n + excluded.n",
            params,
        )
