"""SQLite: each published statement's speaker under its key in the readers' search index (migration 0016).

A search's speaker chart counts its matches by speaker. The full-text index cannot give a match's
speaker back (its `speaker` column is a word to search, and the table keeps no content), so each match
was looked up in the published index by (said_on, id), a date computed per match and a composite key
compared. `tracker_statement_search_speaker` holds (key, speaker) with the key as its rowid: a match's
speaker is one integer seek, kept by triggers in the writing transaction like the index itself
("ceasefire" at 1M, 160,032 matches: tracker/db/searchorder.py). A row left behind would never be
reached (a search reads its keys from the index), but each trigger removes the old one all the same, so
the table holds the published statements and nothing else. PostgreSQL keeps the speaker in its search
table's rows already (migration 0018).
"""

from django.db import migrations

TABLE = "tracker_statement_search_speaker"
KEY = "((CAST(julianday({row}.said_on) - 1721424.5 AS INTEGER) << 41) | {row}.id)"
INSERT = (
    f"INSERT OR REPLACE INTO {TABLE}(key, speaker_id) "
    f"SELECT {KEY.format(row='new')}, new.speaker_id WHERE new.status = 'published';"
)
DELETE = f"DELETE FROM {TABLE} WHERE key = {KEY.format(row='old')} AND old.status = 'published';"

FORWARD = [
    f"CREATE TABLE {TABLE} (key integer NOT NULL PRIMARY KEY, speaker_id integer NOT NULL)",
    f"CREATE TRIGGER {TABLE}_insert AFTER INSERT ON tracker_statement BEGIN {INSERT} END",
    f"CREATE TRIGGER {TABLE}_delete AFTER DELETE ON tracker_statement BEGIN {DELETE} END",
    f"""
    CREATE TRIGGER {TABLE}_update AFTER UPDATE OF status, said_on, speaker_id ON tracker_statement
    BEGIN {DELETE} {INSERT} END
    """,
    f"""
    INSERT INTO {TABLE}(key, speaker_id)
    SELECT {KEY.format(row="tracker_statement")}, speaker_id FROM tracker_statement WHERE status = 'published'
    ORDER BY 1
    """,
]
BACKWARD = [
    f"DROP TRIGGER IF EXISTS {TABLE}_update",
    f"DROP TRIGGER IF EXISTS {TABLE}_delete",
    f"DROP TRIGGER IF EXISTS {TABLE}_insert",
    f"DROP TABLE IF EXISTS {TABLE}",
]


def run(statements):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor == "sqlite":
            for sql in statements:
                schema_editor.execute(sql, params=None)

    return apply


class Migration(migrations.Migration):
    dependencies = [("tracker", "0019_track_counts")]

    operations = [migrations.RunPython(run(FORWARD), run(BACKWARD), elidable=False)]
