"""The stance points table (tracker.models.StancePoint) written set-based; tracker/stances.py says when.

- `insert`: the points of some statements, speakers or scopes from their topic stances in one
  INSERT … SELECT. Each stance is spread to its topic and every broader one through a temporary
  table of the tree (walked in Python, so the SQL and the rule agree on it; keyed, so each stance
  seeks its few scopes: joined to a VALUES list instead, SQLite scanned all of it for every stance,
  4 s of a 100,000-statement rebuild); ROW_NUMBER() keeps one stance per statement and scope; over
  whole tracks LAG() gives each point the one before it, and a second ROW_NUMBER() picks the row a
  change is listed on (its narrowest topic).
- `followers` / `relink`: the point after a point, and the point before a point, each one
  row-value seek of the track index `(topic, speaker, said_on, statement)`: how an edit moves a
  few points without reading the rest of their tracks. Rows already right are not written again.
- `relist`: which row of each change is the listed one, from the few rows of its statement.
- `differences`: rows that differ from a from-scratch computation, both ways (EXCEPT).

- `differing`: the statements of a few whose stored points are not the rule's (EXCEPT both ways),
  so that an edit that moves no point writes nothing (1.5 ms per save at 100,000 statements).

Window functions (SQLite ≥ 3.25), row values (3.15), UPDATE … FROM (3.33) and, where there,
RETURNING (3.35): the same SQL on both databases. Ids and the tree are written into the SQL as
integers; the status and the tree's digest are parameters.
"""

import hashlib

POINTS = "tracker_stancepoint"
COLUMNS = (
    "speaker_id, topic_id, statement_id, said_on, date_precision, stance, previous_stance, "
    "previous_statement_id, is_shift, is_listed, depth"
)
CHUNK = 500  # ids per statement: well under SQLite's variable and expression limits
PUBLISHED = "published"


def chunks(ids):
    ids = sorted(set(ids))
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def id_list(ids):
    return ", ".join(str(int(pk)) for pk in ids)


TREE = "stance_tree"


def load_tree(connection, tree):
    """Put `tree` [(topic, scope, steps up, depth of the scope)] in this connection's temporary table,
    unless it holds that tree already: a digest row beside it says which (and, being in the same
    transaction as the rows, goes back with them when a transaction rolls back)."""
    digest = hashlib.sha256(repr(tree).encode()).hexdigest()
    with connection.cursor() as cursor:
        cursor.execute(
            f"CREATE TEMPORARY TABLE IF NOT EXISTS {TREE} (topic_id bigint NOT NULL, target_id bigint NOT NULL, "
            "step integer NOT NULL, depth integer NOT NULL, PRIMARY KEY (topic_id, target_id))"
        )
        cursor.execute(f"CREATE TEMPORARY TABLE IF NOT EXISTS {TREE}_digest (digest varchar(64) NOT NULL)")
        cursor.execute(f"SELECT digest FROM {TREE}_digest")
        if cursor.fetchall() == [(digest,)]:
            return
        cursor.execute(f"DELETE FROM {TREE}")
        cursor.execute(f"DELETE FROM {TREE}_digest")
        for start in range(0, len(tree), CHUNK):
            values = ", ".join(
                f"({int(a)}, {int(b)}, {int(c)}, {int(d)})" for a, b, c, d in tree[start : start + CHUNK]
            )
            cursor.execute(f"INSERT INTO {TREE} (topic_id, target_id, step, depth) VALUES {values}")
        cursor.execute(f"INSERT INTO {TREE}_digest (digest) VALUES (%s)", [digest])


def _chosen_sql(*, where, by_scope=False):
    """Each published statement matching `where` with each scope it counts in and its stance there:
    the stance on the scope itself, else on the topic fewest steps below it, then the first-entered
    (`choice = 1`). CROSS JOIN fixes SQLite's join order: from the statements (by id or speaker), or
    `by_scope` from the tree (each scope's stances by the topic index); left to itself it read the
    tree first and sought every (statement, topic) pair: 80 ms for 500 statements instead of 5."""
    joins = (
        f"{TREE} up CROSS JOIN tracker_statementtopic st CROSS JOIN tracker_statement s"
        if by_scope
        else f"tracker_statement s CROSS JOIN tracker_statementtopic st CROSS JOIN {TREE} up"
    )
    conditions = "".join(f" AND {condition}" for condition in where)
    return f"""
        SELECT s.speaker_id, st.statement_id, s.said_on, s.date_precision, up.target_id, up.depth, st.stance,
               ROW_NUMBER() OVER (PARTITION BY st.statement_id, up.target_id ORDER BY up.step, st.topic_id)
               AS choice
        FROM {joins}
        WHERE st.statement_id = s.id AND up.topic_id = st.topic_id AND s.status = %s{conditions}"""


def _points_sql(*, where, whole_tracks, by_scope=False):
    """SELECT of the points of the published statements matching `where`, in COLUMNS order."""
    chosen = f"chosen AS ({_chosen_sql(where=where, by_scope=by_scope)})"
    if whole_tracks:
        tracked = """
            SELECT c.*,
                   LAG(statement_id) OVER (PARTITION BY speaker_id, target_id ORDER BY said_on, statement_id)
                   AS previous_statement_id,
                   LAG(stance) OVER (PARTITION BY speaker_id, target_id ORDER BY said_on, statement_id)
                   AS previous_stance
            FROM chosen c WHERE choice = 1"""
    else:
        # The point before each from the table as it stands (one seek, then its row); `relink` then
        # mends the followers.
        before = _neighbour("c", "id", "<", topic="target_id")
        tracked = f"""
            SELECT c.*, b.statement_id AS previous_statement_id, b.stance AS previous_stance
            FROM chosen c LEFT JOIN {POINTS} b ON b.id = {before} WHERE choice = 1"""
    # Every row of a statement is in the selection: the row its change is listed on is found here.
    return f"""WITH {chosen},
        tracked AS ({tracked}),
        {marked_sql("tracked", topic="target_id")}"""


def marked_sql(linked, *, topic):
    """The rest of a WITH …: each point of the CTE `linked` (its previous stance and statement known) marked
    as a shift when its stance differs from the one before, and listed on the deepest of its statement's
    shifting scopes (the topic column `topic` breaks ties), selected in COLUMNS order."""
    return f"""flagged AS (
            SELECT k.*, (previous_stance IS NOT NULL AND previous_stance <> stance) AS is_shift FROM {linked} k
        ),
        ranked AS (
            SELECT f.*, ROW_NUMBER() OVER (
                PARTITION BY statement_id, previous_statement_id, is_shift ORDER BY depth DESC, {topic}
            ) AS listing
            FROM flagged f
        )
        SELECT speaker_id, {topic}, statement_id, said_on, date_precision, stance, previous_stance,
               previous_statement_id, is_shift, (is_shift AND listing = 1), depth
        FROM ranked"""


def differing(connection, tree, statement_ids):
    """The statements among these whose stored points (scope, speaker, date, stance) are not the rule's."""
    load_tree(connection, tree)
    columns = "statement_id, topic_id, speaker_id, said_on, date_precision, stance, depth"
    found = set()
    with connection.cursor() as cursor:
        for chunk in chunks(statement_ids):
            chosen = _chosen_sql(where=_conditions(statements=chunk))
            wanted = (
                f"SELECT statement_id, target_id, speaker_id, said_on, date_precision, stance, depth "
                f"FROM ({chosen}) c WHERE choice = 1"
            )
            stored = f"SELECT {columns} FROM {POINTS} WHERE statement_id IN ({id_list(chunk)})"
            cursor.execute(
                f"SELECT statement_id FROM ({wanted} EXCEPT {stored}) a "
                f"UNION SELECT statement_id FROM ({stored} EXCEPT {wanted}) b",
                [PUBLISHED, PUBLISHED],
            )
            found.update(pk for (pk,) in cursor.fetchall())
    return found


def _conditions(*, statements=None, speakers=None, topics=None):
    where = []
    if statements is not None:
        where.append(f"s.id IN ({id_list(statements)})")
    if speakers is not None:
        where.append(f"s.speaker_id IN ({id_list(speakers)})")
    if topics is not None:
        where.append(f"up.target_id IN ({id_list(topics)})")
    return where


def insert(connection, tree, *, statements=None, speakers=None, topics=None, whole_tracks=True):
    """Insert the points of the published statements among `statements` / by `speakers` / in the
    scopes `topics` (None: no limit). `whole_tracks`: the selection holds whole tracks, and the point
    before each comes from it (LAG); otherwise from the table, and the caller relinks the followers.
    The listed rows are right when the selection holds every row of its statements (not `topics`)."""
    if not tree or any(ids is not None and not ids for ids in (statements, speakers, topics)):
        return 0
    load_tree(connection, tree)
    where = _conditions(statements=statements, speakers=speakers, topics=topics)
    # The whole table is read from the tree too: each topic's stances by the topic index.
    by_scope = statements is None and speakers is None
    sql = _points_sql(where=where, whole_tracks=whole_tracks, by_scope=by_scope)
    with connection.cursor() as cursor:
        cursor.execute(f"INSERT INTO {POINTS} ({COLUMNS}) {sql}", [PUBLISHED])
        return cursor.rowcount


def delete(connection, *, statements=None, speakers=None, topics=None):
    where = []
    if statements is not None:
        where.append(f"statement_id IN ({id_list(statements)})")
    if speakers is not None:
        where.append(f"speaker_id IN ({id_list(speakers)})")
    if topics is not None:
        where.append(f"topic_id IN ({id_list(topics)})")
    if any(ids is not None and not ids for ids in (statements, speakers, topics)):
        return
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {POINTS}" + (f" WHERE {' AND '.join(where)}" if where else ""))


def _neighbour(outer, column, operator, topic="topic_id"):
    order = "DESC" if operator == "<" else "ASC"
    return f"""(SELECT n.{column} FROM {POINTS} n
        WHERE n.topic_id = {outer}.{topic} AND n.speaker_id = {outer}.speaker_id
          AND (n.said_on, n.statement_id) {operator} ({outer}.said_on, {outer}.statement_id)
        ORDER BY n.said_on {order}, n.statement_id {order} LIMIT 1)"""


def followers(connection, statement_ids):
    """Ids of the points that come right after the points of these statements on their tracks."""
    found = set()
    with connection.cursor() as cursor:
        for chunk in chunks(statement_ids):
            cursor.execute(
                f"SELECT {_neighbour('p', 'id', '>')} FROM {POINTS} p WHERE p.statement_id IN ({id_list(chunk)})"
            )
            found.update(pk for (pk,) in cursor.fetchall() if pk is not None)
    return found


def relink(connection, point_ids):
    """Give these points the point before them on their track; the statements of those that changed.

    One seek per point finds the one before; rows already right are not written (a write costs every
    index, and a batch's followers often keep theirs). One statement per chunk, so that the checks (a
    shift differs from the stance before; only a shift is listed) hold on every row; a row that stays
    a shift keeps its mark, and `relist` then marks again what changed (not every relinked shift
    twice: 1M, an import of 100,000, relist 6.4 → 3.6 s)."""
    returning = connection.features.can_return_columns_from_insert  # SQLite ≥ 3.35: RETURNING
    shift = f"(b.stance IS NOT NULL AND b.stance <> {POINTS}.stance)"
    changed = set()
    with connection.cursor() as cursor:
        for chunk in chunks(point_ids):
            # First the rows that stay what they were (a shift or not): their new link is in no index.
            for assign, only in (
                ("", f" AND {POINTS}.is_shift = {shift}"),
                (f", is_shift = {shift}, is_listed = ({POINTS}.is_listed AND {shift})", ""),
            ):
                cursor.execute(
                    f"""UPDATE {POINTS} SET previous_statement_id = b.statement_id, previous_stance = b.stance{assign}
                    FROM (SELECT p.id, {_neighbour("p", "id", "<")} AS before_id
                          FROM {POINTS} p WHERE p.id IN ({id_list(chunk)})) f
                    LEFT JOIN {POINTS} b ON b.id = f.before_id
                    WHERE {POINTS}.id = f.id AND ({_differs(f"{POINTS}.previous_statement_id", "b.statement_id")}
                        OR {_differs(f"{POINTS}.previous_stance", "b.stance")}){only}"""
                    + (f" RETURNING {POINTS}.statement_id" if returning else "")
                )
                if returning:
                    changed.update(pk for (pk,) in cursor.fetchall())
    return changed if returning else point_statements(connection, point_ids)


def _differs(column, value):
    """`column` is not `value`, NULL being a value (IS DISTINCT FROM, spelt the same on both databases)."""
    return f"({column} <> {value} OR ({column} IS NULL) <> ({value} IS NULL))"


def _relist_sql(where):
    """One UPDATE of the table alone: `is_listed` flips on the rows of `where` whose mark is not the rule's.

    Not `UPDATE … FROM (the same rows) l`: with fresh statistics PostgreSQL joined that back to the
    table by hashing all of it, a full scan of 3.8M rows for every 500 statements (an import of
    100,000 at 1M: relisting 15 s → 257 s after an ANALYZE). The subquery reads none of the column
    written, so each row's mark is the same whichever rows were written before it."""
    return f"""UPDATE {POINTS} SET is_listed = NOT is_listed
        WHERE {where} AND is_listed <> (is_shift AND NOT EXISTS (
            SELECT 1 FROM {POINTS} o
            WHERE o.statement_id = {POINTS}.statement_id AND o.is_shift
              AND o.previous_statement_id = {POINTS}.previous_statement_id
              AND (o.depth > {POINTS}.depth OR (o.depth = {POINTS}.depth AND o.topic_id < {POINTS}.topic_id))
        ))"""


def relist(connection, *, statement_ids=(), topics=None):
    """Mark again which row of each change of these statements (or of the statements with a point
    in the scopes `topics`) is listed over all topics: the narrowest, then the first-entered topic."""
    with connection.cursor() as cursor:
        for chunk in chunks(statement_ids):
            cursor.execute(_relist_sql(f"statement_id IN ({id_list(chunk)})"))
        if topics:
            inner = f"SELECT statement_id FROM {POINTS} WHERE topic_id IN ({id_list(topics)})"
            cursor.execute(_relist_sql(f"statement_id IN ({inner})"))


def point_statements(connection, point_ids):
    """The statements of these points."""
    found = set()
    with connection.cursor() as cursor:
        for chunk in chunks(point_ids):
            cursor.execute(f"SELECT DISTINCT statement_id FROM {POINTS} WHERE id IN ({id_list(chunk)})")
            found.update(pk for (pk,) in cursor.fetchall())
    return found


COUNTS = "tracker_trackcount"
COUNTED = (
    "SELECT speaker_id, topic_id, COUNT(*), SUM(CASE WHEN is_shift THEN 1 ELSE 0 END), "
    f"SUM(CASE WHEN is_listed THEN 1 ELSE 0 END) FROM {POINTS} GROUP BY speaker_id, topic_id"
)


def recount(connection):
    """The track counts counted again from the points (triggers keep them from one write to the next:
    a count that went wrong stays wrong until this)."""
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {COUNTS}")
        cursor.execute(f"INSERT INTO {COUNTS} (speaker, topic, points, shifts, listed) {COUNTED}")


def differences(connection, tree, *, limit=20):
    """({"missing": n, "extra": n, "counts": n}, a few of those rows): rows a from-scratch computation has
    and the table lacks (or holds otherwise), rows the table has that it does not, and track counts
    that differ from the points counted (either way)."""
    stored = f"SELECT {COLUMNS} FROM {POINTS}"
    stored_counts = f"SELECT speaker, topic, points, shifts, listed FROM {COUNTS}"
    if tree:
        # The from-scratch SELECT starts with WITH: a derived table on both sides of EXCEPT.
        load_tree(connection, tree)
        fresh = f"SELECT * FROM ({_points_sql(where=[], whole_tracks=True, by_scope=True)}) fresh"
        queries = [
            ("missing", f"{fresh} EXCEPT {stored}", [PUBLISHED]),
            ("extra", f"{stored} EXCEPT {fresh}", [PUBLISHED]),
        ]
    else:
        queries = [("extra", stored, [])]
    queries += [
        ("counts", f"SELECT * FROM ({COUNTED}) counted EXCEPT {stored_counts}", []),
        ("counts", f"{stored_counts} EXCEPT SELECT * FROM ({COUNTED}) counted", []),
    ]
    counts, sample = {"missing": 0, "extra": 0, "counts": 0}, []
    with connection.cursor() as cursor:
        for side, sql, params in queries:
            cursor.execute(f"SELECT COUNT(*) FROM ({sql}) d", params)
            found = cursor.fetchone()[0]
            counts[side] += found
            if found:
                cursor.execute(f"SELECT * FROM ({sql}) d LIMIT {int(limit)}", params)
                sample += [(side, *row) for row in cursor.fetchall()]
    return counts, sample


def newest_per_speaker(model, topic_id, speaker_ids, limit):
    """The newest `limit` points on a topic among these speakers, newest first, in one query: each
    speaker's newest `limit` keys read from the track index alone, the newest `limit` of those, and
    only their rows read from the table (the busiest topic at 1M: 25 speakers' 3,750 rows → 150)."""
    parts = [
        f"SELECT * FROM (SELECT id, said_on, statement_id FROM {POINTS} WHERE topic_id = {int(topic_id)} "
        f"AND speaker_id = {int(pk)} ORDER BY said_on DESC, statement_id DESC LIMIT {int(limit)}) AS newest_{index}"
        for index, pk in enumerate(sorted(set(speaker_ids)))
    ]
    if not parts:
        return []
    union = " UNION ALL ".join(parts)
    newest = f"SELECT id FROM ({union}) AS newest ORDER BY said_on DESC, statement_id DESC LIMIT {int(limit)}"
    sql = f"SELECT * FROM {POINTS} WHERE id IN ({newest}) ORDER BY said_on DESC, statement_id DESC"
    return list(model.objects.raw(sql))
