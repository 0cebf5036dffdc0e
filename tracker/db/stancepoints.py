"""The stance points table (tracker.models.StancePoint) written set-based; tracker/stances.py says when.

- `insert`: the points of some statements, speakers or scopes from their topic stances in one
  INSERT … SELECT. Each stance is spread to its topic and every broader one (the topic tree goes
  in as a VALUES list, walked in Python, so the SQL and the rule agree on it); ROW_NUMBER()
  keeps one stance per statement and scope; over whole tracks LAG() gives each point the one
  before it, and a second ROW_NUMBER() picks the row a change is listed on (its narrowest topic).
- `followers` / `relink`: the point after a point, and the point before a point, each one
  row-value seek of the track index `(topic, speaker, said_on, statement)`: how an edit moves a
  few points without reading the rest of their tracks.
- `relist`: which row of each change is the listed one, from the few rows of its statement.
- `differences`: rows that differ from a from-scratch computation, both ways (EXCEPT).

Window functions (SQLite ≥ 3.25) and row values (≥ 3.15): the same SQL on both databases.
Ids and the tree are written into the SQL as integers; the only string parameter is the status.
"""

POINTS = "tracker_stancepoint"
COLUMNS = (
    "speaker_id, topic_id, statement_id, said_on, date_precision, stance, previous_stance, "
    "previous_statement_id, is_shift, is_listed, depth"
)
CHUNK = 500  # ids per statement: well under SQLite's variable and expression limits
PUBLISHED = "published"


def chunks(ids, size=CHUNK):
    ids = sorted(set(ids))
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def id_list(ids):
    return ", ".join(str(int(pk)) for pk in ids)


def _points_sql(tree, *, where, whole_tracks):
    """SELECT of the points of the published statements matching `where`, in COLUMNS order."""
    values = ", ".join(f"({int(a)}, {int(b)}, {int(c)}, {int(d)})" for a, b, c, d in tree)
    chosen = f"""
        up (topic_id, target_id, step, depth) AS (VALUES {values}),
        chosen AS (
            SELECT s.speaker_id, st.statement_id, s.said_on, s.date_precision, up.target_id, up.depth, st.stance,
                   ROW_NUMBER() OVER (PARTITION BY st.statement_id, up.target_id ORDER BY up.step, st.topic_id)
                   AS choice
            FROM tracker_statementtopic st
            JOIN tracker_statement s ON s.id = st.statement_id
            JOIN up ON up.topic_id = st.topic_id
            WHERE s.status = %s{"".join(f" AND {condition}" for condition in where)}
        )"""
    if not whole_tracks:
        return f"""WITH {chosen}
            SELECT speaker_id, target_id, statement_id, said_on, date_precision, stance,
                   NULL, NULL, FALSE, FALSE, depth
            FROM chosen WHERE choice = 1"""
    return f"""WITH {chosen},
        tracked AS (
            SELECT c.*,
                   LAG(stance) OVER (PARTITION BY speaker_id, target_id ORDER BY said_on, statement_id)
                   AS previous_stance,
                   LAG(statement_id) OVER (PARTITION BY speaker_id, target_id ORDER BY said_on, statement_id)
                   AS previous_statement_id
            FROM chosen c WHERE choice = 1
        ),
        flagged AS (
            SELECT t.*, (previous_stance IS NOT NULL AND previous_stance <> stance) AS is_shift FROM tracked t
        ),
        ranked AS (
            SELECT f.*, ROW_NUMBER() OVER (
                PARTITION BY statement_id, previous_statement_id, is_shift ORDER BY depth DESC, target_id
            ) AS listing
            FROM flagged f
        )
        SELECT speaker_id, target_id, statement_id, said_on, date_precision, stance, previous_stance,
               previous_statement_id, is_shift, (is_shift AND listing = 1), depth
        FROM ranked"""


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
    scopes `topics` (None: no limit). `whole_tracks`: the selection holds whole tracks, so the
    point before and the listing are computed too; otherwise they are left for `relink`/`relist`."""
    if not tree or any(ids is not None and not ids for ids in (statements, speakers, topics)):
        return 0
    where = _conditions(statements=statements, speakers=speakers, topics=topics)
    sql = _points_sql(tree, where=where, whole_tracks=whole_tracks)
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


def _neighbour(outer, column, operator):
    order = "DESC" if operator == "<" else "ASC"
    return f"""(SELECT n.{column} FROM {POINTS} n
        WHERE n.topic_id = {outer}.topic_id AND n.speaker_id = {outer}.speaker_id
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


def relink(connection, *, statement_ids=(), point_ids=()):
    """Give these points (those of `statement_ids`, and `point_ids`) the point before them on their track."""
    selections = [("statement_id", chunk) for chunk in chunks(statement_ids)]
    selections += [("id", chunk) for chunk in chunks(point_ids)]
    with connection.cursor() as cursor:
        for column, chunk in selections:
            where = f"{column} IN ({id_list(chunk)})"
            # One statement, so that the checks (a shift differs from the stance before) hold on every row;
            # `relist` then marks the listed rows again.
            before = _neighbour(POINTS, "stance", "<")
            cursor.execute(
                f"UPDATE {POINTS} SET previous_statement_id = {_neighbour(POINTS, 'statement_id', '<')}, "
                f"previous_stance = {before}, is_shift = ({before} IS NOT NULL AND {before} <> stance), "
                f"is_listed = FALSE WHERE {where}"
            )


def _relist_sql(where):
    return f"""UPDATE {POINTS} SET is_listed = (is_shift AND NOT EXISTS (
        SELECT 1 FROM {POINTS} o
        WHERE o.statement_id = {POINTS}.statement_id AND o.is_shift
          AND o.previous_statement_id = {POINTS}.previous_statement_id
          AND (o.depth > {POINTS}.depth OR (o.depth = {POINTS}.depth AND o.topic_id < {POINTS}.topic_id))
    )) WHERE {where}"""


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


def differences(connection, tree, *, limit=20):
    """({"missing": n, "extra": n}, a few of those rows): rows a from-scratch computation has and the
    table lacks (or holds otherwise), and rows the table has that it does not."""
    stored = f"SELECT {COLUMNS} FROM {POINTS}"
    if tree:
        # The from-scratch SELECT starts with WITH: a derived table on both sides of EXCEPT.
        fresh = f"SELECT * FROM ({_points_sql(tree, where=[], whole_tracks=True)}) fresh"
        queries = [
            ("missing", f"{fresh} EXCEPT {stored}", [PUBLISHED]),
            ("extra", f"{stored} EXCEPT {fresh}", [PUBLISHED]),
        ]
    else:
        queries = [("extra", stored, [])]
    counts, sample = {"missing": 0, "extra": 0}, []
    with connection.cursor() as cursor:
        for side, sql, params in queries:
            cursor.execute(f"SELECT COUNT(*) FROM ({sql}) d", params)
            found = counts[side] = cursor.fetchone()[0]
            if found:
                cursor.execute(f"SELECT * FROM ({sql}) d LIMIT {int(limit)}", params)
                sample += [(side, *row) for row in cursor.fetchall()]
    return counts, sample


def newest_per_speaker(model, topic_id, speaker_ids, limit):
    """The newest `limit` points on a topic among these speakers, newest first, in one query: each
    speaker's newest `limit` read from the track index, then the newest `limit` of those (a sort of
    at most speakers × limit rows instead of every point of the topic)."""
    parts = [
        f"SELECT * FROM (SELECT * FROM {POINTS} WHERE topic_id = {int(topic_id)} AND speaker_id = {int(pk)} "
        f"ORDER BY said_on DESC, statement_id DESC LIMIT {int(limit)}) AS newest_{index}"
        for index, pk in enumerate(sorted(set(speaker_ids)))
    ]
    if not parts:
        return []
    union = " UNION ALL ".join(parts)
    sql = f"SELECT * FROM ({union}) AS newest ORDER BY said_on DESC, statement_id DESC LIMIT {int(limit)}"
    return list(model.objects.raw(sql))
