"""`id IN (subquery)` written so that each database reads a broad match well.

SQLite reads `id IN (subquery)` by looking every matching id up by its key, then sorts or
counts them: with 150,000 matches of a topic or a search word at a million statements,
that is 150–500 ms before the first row. Written `+id IN (subquery)`, the comparison can no
longer drive the query: SQLite builds the subquery's list once and walks the published-date
index (or an id range, for an estimate), keeping the statements in the list, so a page, a
bounded count or a sampled estimate stops early (15–50 ms). PostgreSQL plans the plain form well.

Reading a page of a broad match, each statement met on the date index is probed with
`EXISTS (link row for this statement)`; `probe_in` keeps SQLite from seeking the link
table's (statement, topic) index once per topic of the filter (26 for a topic and its
subtopics), so it seeks by statement and checks the topic (74 → 20 ms counting one
actor's statements on a broad topic at 1M).
"""

from django.db import connections
from django.db.models import BooleanField, Func, IntegerField
from django.db.models.expressions import RawSQL
from django.db.models.lookups import In


def first_ids(using, sql, params, limit):
    """The first `limit` ids `sql` selects (to tell a narrow match, read by its ids, from a broad one)."""
    with connections[using].cursor() as cursor:
        cursor.execute(f"SELECT * FROM ({sql}) AS matches LIMIT {int(limit)}", params)
        return [row[0] for row in cursor.fetchall()]


def ids_in(queryset, sql, params):
    """`queryset` narrowed to the ids `sql` selects: a broad subquery, not a short list."""
    if connections[queryset.db].vendor != "sqlite":
        return queryset.filter(id__in=RawSQL(sql, params))
    table = queryset.model._meta.db_table
    return queryset.filter(RawSQL(f'+"{table}"."id" IN ({sql})', params, output_field=BooleanField()))


class Unindexed(Func):
    """A column, written `+column` on SQLite so that its planner does not seek an index by it."""

    template = "%(expressions)s"

    def as_sqlite(self, compiler, connection, **extra_context):
        return super().as_sql(compiler, connection, template="+%(expressions)s", **extra_context)


def probe_in(column, values):
    """`column IN (values)` on a link table probed statement by statement, for EXISTS."""
    return In(Unindexed(column, output_field=IntegerField()), list(values))


def id_runs(ids):
    """[(first, last)] runs of consecutive ids: the statements of one import are one run or a few, so a
    condition over them stays short (`id BETWEEN first AND last OR …`) however many there are."""
    runs = []
    for pk in sorted(set(ids)):
        if runs and runs[-1][1] == pk - 1:
            runs[-1][1] = pk
        else:
            runs.append([pk, pk])
    return [tuple(run) for run in runs]


RUNS_PER_CONDITION = 200  # SQLite refuses expression trees deeper than 1000


def in_ranges(column, runs):
    """SQL conditions, one per RUNS_PER_CONDITION of the `runs` (id_runs): `column` within one of them."""
    for start in range(0, len(runs), RUNS_PER_CONDITION):
        chunk = runs[start : start + RUNS_PER_CONDITION]
        yield "(" + " OR ".join(f"{column} BETWEEN {int(first)} AND {int(last)}" for first, last in chunk) + ")"
