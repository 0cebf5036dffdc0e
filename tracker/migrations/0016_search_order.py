"""SQLite: a second full-text index, of published statements only, keyed in timeline order.

`tracker_statement_search` is a contentless FTS5 table whose rowid is the statement's
(said_on, id) packed into one integer (tracker/db/searchorder.py: `order_key`) and whose `speaker`
column holds one word naming the speaker ("actor12"), so a search, by speakers or not, comes
newest first, is counted and grouped by day from the index alone, and a statement leaves it
in the transaction that unpublishes it. `tracker_statement_fts` (migration 0002) stays for
highlighting and for staff searches across every status. PostgreSQL needs nothing here.
"""

from django.db import migrations

# Days since 0001-01-01 (Python's date.toordinal()) in the high bits, the id in the low 41.
KEY = "((CAST(julianday({row}.said_on) - 1721424.5 AS INTEGER) << 41) | {row}.id)"
COLUMNS = "text, setting, original_text, speaker"


def values(row):
    return f"{row}.text, {row}.setting, {row}.original_text, 'actor' || {row}.speaker_id"


INSERT = (
    f"INSERT INTO tracker_statement_search(rowid, {COLUMNS}) "
    f"SELECT {KEY.format(row='new')}, {values('new')} WHERE new.status = 'published';"
)
# A contentless table forgets its rows' text: removing one repeats the text it was indexed with.
DELETE = (
    f"INSERT INTO tracker_statement_search(tracker_statement_search, rowid, {COLUMNS}) "
    f"SELECT 'delete', {KEY.format(row='old')}, {values('old')} WHERE old.status = 'published';"
)

FORWARD = [
    f"""
    CREATE VIRTUAL TABLE tracker_statement_search USING fts5(
        {COLUMNS}, content='', tokenize='porter unicode61 remove_diacritics 2'
    )
    """,
    f"CREATE TRIGGER tracker_statement_search_insert AFTER INSERT ON tracker_statement BEGIN {INSERT} END",
    f"CREATE TRIGGER tracker_statement_search_delete AFTER DELETE ON tracker_statement BEGIN {DELETE} END",
    # Out with the row as it was, in with it as it is: in this order, in one trigger.
    f"""
    CREATE TRIGGER tracker_statement_search_update
    AFTER UPDATE OF status, said_on, text, setting, original_text, speaker_id
    ON tracker_statement BEGIN {DELETE} {INSERT} END
    """,
    f"""
    INSERT INTO tracker_statement_search(rowid, {COLUMNS})
    SELECT {KEY.format(row="tracker_statement")}, {values("tracker_statement")}
    FROM tracker_statement WHERE status = 'published'
    """,
]
BACKWARD = [
    "DROP TRIGGER IF EXISTS tracker_statement_search_update",
    "DROP TRIGGER IF EXISTS tracker_statement_search_delete",
    "DROP TRIGGER IF EXISTS tracker_statement_search_insert",
    "DROP TABLE IF EXISTS tracker_statement_search",
]


def run(statements):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor == "sqlite":
            for sql in statements:
                schema_editor.execute(sql, params=None)

    return apply


class Migration(migrations.Migration):
    dependencies = [("tracker", "0015_stance_counts")]

    operations = [migrations.RunPython(run(FORWARD), run(BACKWARD), elidable=False)]
