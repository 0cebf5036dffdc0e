"""The stance points of statements inserted in bulk (an import), added set-based in a few statements.

`stancepoints.insert(whole_tracks=False)` and `relink` keep the table right after any edit, 500
statements at a time: each chunk's points read the point before them from the table, then every
point after them (the earlier chunks' new points among them) is sought and relinked one by one, and
on SQLite each row written moves its track count through a row trigger. For statements that have
no points yet, all of that is known in one pass:

1. their points (the rule's choice of stance per scope) go into a temporary table, each with the
   stored points either side of it on its track (one seek each, before any new point is in);
2. each stored point that new points now come before gets the last of them as its previous point;
3. each new point's previous is the later of the new one before it (LAG over the new points) and the
   stored one before it; the rows go in with their shift and listing marks in one INSERT;
4. the followers get their new previous point and shift mark in one UPDATE, and their statements'
   listed rows are marked again (`stancepoints.relist`'s rule);
5. on SQLite the track counts' row triggers are set aside for 3–4 and the counts moved once by
   what changed: the new rows, the followers' marks before and after the UPDATE, and the listed
   marks that flipped (RETURNING). PostgreSQL's triggers are per statement already (migration 0019).

The caller holds the record version's lock and the import's transaction; the triggers dropped on
SQLite come back from their own SQL before this returns (and with a rollback, in any case).
"""

from collections import Counter

from . import stancepoints as sql
from . import triggers
from .stancepoints import POINTS, PUBLISHED, _chosen_sql, _neighbour
from .subqueries import id_runs, in_ranges

NEW = "stance_new"
FOLLOWERS = "stance_followers"
DELTAS = "stance_count_deltas"
COUNTS = "tracker_trackcount"
FLIPS = 500  # count rows per INSERT


def _temporary_tables(cursor):
    cursor.execute(
        f"CREATE TEMPORARY TABLE IF NOT EXISTS {NEW} (speaker_id bigint NOT NULL, topic_id bigint NOT NULL, "
        "statement_id bigint NOT NULL, said_on date NOT NULL, date_precision varchar(5) NOT NULL, "
        "stance varchar(10) NOT NULL, depth integer NOT NULL, before_id bigint NULL, after_id bigint NULL)"
    )
    cursor.execute(
        f"CREATE TEMPORARY TABLE IF NOT EXISTS {FOLLOWERS} (point_id bigint NOT NULL, "
        "previous_statement_id bigint NOT NULL, previous_stance varchar(10) NOT NULL)"
    )
    cursor.execute(
        f"CREATE TEMPORARY TABLE IF NOT EXISTS {DELTAS} (speaker bigint NOT NULL, topic bigint NOT NULL, "
        "points integer NOT NULL, shifts integer NOT NULL, listed integer NOT NULL)"
    )
    for table in (NEW, FOLLOWERS, DELTAS):
        cursor.execute(f"DELETE FROM {table}")


def _collect(cursor, runs):
    """Step 1: the points of the new statements, with the stored points either side of each (one seek
    each, before any new point is in the table), into NEW."""
    before = _neighbour("c", "id", "<", topic="target_id")
    after = _neighbour("c", "id", ">", topic="target_id")
    for condition in in_ranges("s.id", runs):
        chosen = _chosen_sql(where=[condition])
        cursor.execute(
            f"INSERT INTO {NEW} (speaker_id, topic_id, statement_id, said_on, date_precision, stance, depth, "
            f"before_id, after_id) SELECT speaker_id, target_id, statement_id, said_on, date_precision, stance, "
            f"depth, {before}, {after} FROM ({chosen}) c WHERE choice = 1",
            [PUBLISHED],
        )


def _find_followers(cursor):
    """Step 2: each stored point that a new point comes right before, with the last such new point."""
    cursor.execute(
        f"""INSERT INTO {FOLLOWERS} (point_id, previous_statement_id, previous_stance)
        SELECT after_id, statement_id, stance FROM (
            SELECT w.after_id, w.statement_id, w.stance,
                   ROW_NUMBER() OVER (PARTITION BY w.after_id ORDER BY w.said_on DESC, w.statement_id DESC) AS r
            FROM {NEW} w WHERE w.after_id IS NOT NULL
        ) y WHERE r = 1"""
    )


def _insert_points(cursor):
    """Step 3: the new points with the point before each, their shift and listing marks."""
    track = "PARTITION BY speaker_id, topic_id ORDER BY said_on, statement_id"
    # The new point before is the previous one when there is no stored point after it.
    newer = (
        "l.lag_statement IS NOT NULL AND (b.id IS NULL OR (l.lag_on, l.lag_statement) > (b.said_on, b.statement_id))"
    )
    cursor.execute(
        f"""INSERT INTO {POINTS} ({sql.COLUMNS})
        WITH lagged AS (
            SELECT w.*, LAG(statement_id) OVER ({track}) AS lag_statement, LAG(said_on) OVER ({track}) AS lag_on,
                   LAG(stance) OVER ({track}) AS lag_stance
            FROM {NEW} w
        ),
        linked AS (
            SELECT l.speaker_id, l.topic_id, l.statement_id, l.said_on, l.date_precision, l.stance, l.depth,
                   CASE WHEN {newer} THEN l.lag_statement ELSE b.statement_id END AS previous_statement_id,
                   CASE WHEN {newer} THEN l.lag_stance ELSE b.stance END AS previous_stance
            FROM lagged l LEFT JOIN {POINTS} b ON b.id = l.before_id
        ),
        {sql.marked_sql("linked", topic="topic_id")}"""
    )


SHIFT = f"(f.previous_stance <> {POINTS}.stance)"


def _count_relinked(cursor):
    """What step 4's UPDATE will change in the followers' track counts (their shift and listed marks)."""
    flag = "CASE WHEN {} THEN 1 ELSE 0 END"
    shift, listed = flag.format(SHIFT), flag.format(f"{POINTS}.is_listed AND {SHIFT}")
    cursor.execute(
        f"""INSERT INTO {DELTAS} (speaker, topic, points, shifts, listed)
        SELECT speaker_id, topic_id, 0, SUM({shift}) - SUM({flag.format("is_shift")}),
               SUM({listed}) - SUM({flag.format("is_listed")})
        FROM {FOLLOWERS} f JOIN {POINTS} ON {POINTS}.id = f.point_id GROUP BY speaker_id, topic_id"""
    )


def _relink_followers(cursor):
    """Step 4 (links): each follower's previous point is now the last new point before it."""
    cursor.execute(
        f"""UPDATE {POINTS} SET previous_statement_id = f.previous_statement_id, previous_stance = f.previous_stance,
            is_shift = {SHIFT}, is_listed = ({POINTS}.is_listed AND {SHIFT})
        FROM {FOLLOWERS} f WHERE {POINTS}.id = f.point_id"""
    )


def _relist(connection, cursor, statement_ids, counting):
    """Step 4 (listing): the followers' statements' listed rows marked again; with `counting`, the
    marks that flipped go into the count deltas (RETURNING, else the listed rows counted either side)."""
    if not counting:
        sql.relist(connection, statement_ids=statement_ids)
        return
    if not connection.features.can_return_columns_from_insert:  # SQLite < 3.35
        for sign in ("-", ""):
            for chunk in sql.chunks(statement_ids):
                _count_rows(cursor, f"statement_id IN ({sql.id_list(chunk)})", sign, listed_only=True)
            if sign:
                sql.relist(connection, statement_ids=statement_ids)
        return
    flips = Counter()
    for chunk in sql.chunks(statement_ids):
        cursor.execute(
            sql._relist_sql(f"statement_id IN ({sql.id_list(chunk)})") + " RETURNING speaker_id, topic_id, is_listed"
        )
        for speaker, topic, listed in cursor.fetchall():
            flips[speaker, topic] += 1 if listed else -1
    rows = [(speaker, topic, n) for (speaker, topic), n in flips.items() if n]
    for start in range(0, len(rows), FLIPS):
        chunk = rows[start : start + FLIPS]
        values = ", ".join(f"({int(speaker)}, {int(topic)}, 0, 0, {int(n)})" for speaker, topic, n in chunk)
        cursor.execute(f"INSERT INTO {DELTAS} (speaker, topic, points, shifts, listed) VALUES {values}")


def _count_rows(cursor, where, sign, *, listed_only=False):
    points, shifts = ("0", "0") if listed_only else ("COUNT(*)", "SUM(CASE WHEN is_shift THEN 1 ELSE 0 END)")
    cursor.execute(
        f"INSERT INTO {DELTAS} (speaker, topic, points, shifts, listed) "
        f"SELECT speaker_id, topic_id, {sign}{points}, {sign}{shifts}, "
        f"{sign}SUM(CASE WHEN is_listed THEN 1 ELSE 0 END) FROM {POINTS} WHERE {where} GROUP BY speaker_id, topic_id"
    )


def _apply_deltas(cursor):
    cursor.execute(
        f"""INSERT INTO {COUNTS} (speaker, topic, points, shifts, listed)
        SELECT speaker, topic, SUM(points), SUM(shifts), SUM(listed) FROM {DELTAS} GROUP BY speaker, topic
        HAVING SUM(points) <> 0 OR SUM(shifts) <> 0 OR SUM(listed) <> 0 ORDER BY speaker, topic
        ON CONFLICT (speaker, topic) DO UPDATE SET points = {COUNTS}.points + excluded.points,
            shifts = {COUNTS}.shifts + excluded.shifts, listed = {COUNTS}.listed + excluded.listed"""
    )


def append(connection, tree, statement_ids):
    """Add the points of these statements, which have none yet, and relink the points after them."""
    runs = id_runs(statement_ids)
    if not tree or not runs:
        return
    sql.load_tree(connection, tree)
    with connection.cursor() as cursor, _JitOff(connection):
        _temporary_tables(cursor)
        _collect(cursor, runs)
        _analyze(connection, cursor, NEW)
        _find_followers(cursor)
        _analyze(connection, cursor, FOLLOWERS)
        cursor.execute(f"SELECT DISTINCT p.statement_id FROM {POINTS} p JOIN {FOLLOWERS} f ON p.id = f.point_id")
        followed = [pk for (pk,) in cursor.fetchall()]
        with triggers.aside(connection, POINTS, f"{COUNTS}_%") as counting:
            _insert_points(cursor)
            if counting:
                for condition in in_ranges("statement_id", runs):
                    _count_rows(cursor, condition, "")
                _count_relinked(cursor)
            _relink_followers(cursor)
            _relist(connection, cursor, followed, counting)
            if counting:
                _apply_deltas(cursor)
        for table in (NEW, FOLLOWERS, DELTAS):
            cursor.execute(f"DELETE FROM {table}")


def _analyze(connection, cursor, table):
    """PostgreSQL: the temporary table's statistics, so that its rows are joined through the points' index."""
    if connection.vendor == "postgresql":
        cursor.execute(f"ANALYZE {table}")


class _JitOff:
    """PostgreSQL: no JIT compilation for these statements (their correlated seeks make the estimates
    large enough to compile them, for a run of seconds); the setting as it was afterwards."""

    def __init__(self, connection):
        self.connection = connection
        self.before = None

    def __enter__(self):
        if self.connection.vendor == "postgresql":
            with self.connection.cursor() as cursor:
                cursor.execute("SELECT current_setting('jit'), set_config('jit', 'off', true)")
                self.before = cursor.fetchone()[0]
        return self

    def __exit__(self, exc_type, exc, traceback):
        # On a failure the transaction rolls back, and the local setting with it.
        if self.before is not None and exc_type is None:
            with self.connection.cursor() as cursor:
                cursor.execute("SELECT set_config('jit', %s, true)", [self.before])
        return False
