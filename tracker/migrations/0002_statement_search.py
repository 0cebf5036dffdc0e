"""Full-text search indexes, one per database (see tracker/search.py).

PostgreSQL: a tsvector column kept by a trigger and a GIN index on it.
SQLite: an external-content FTS5 table (porter stemming) kept in step by triggers.
Each operation runs only on its own database; the model does not know these columns.
"""

from django.db import migrations

PG_FORWARD = [
    "ALTER TABLE tracker_statement ADD COLUMN search_vector tsvector",
    """
    CREATE FUNCTION tracker_statement_search_vector() RETURNS trigger AS $$
    BEGIN
        NEW.search_vector :=
            setweight(to_tsvector('english', coalesce(NEW.text, '')), 'A')
            || setweight(to_tsvector('english', coalesce(NEW.setting, '')), 'B')
            || setweight(to_tsvector('english', coalesce(NEW.original_text, '')), 'C');
        RETURN NEW;
    END
    $$ LANGUAGE plpgsql
    """,
    """
    CREATE TRIGGER tracker_statement_search_vector_trigger
    BEFORE INSERT OR UPDATE OF text, setting, original_text ON tracker_statement
    FOR EACH ROW EXECUTE FUNCTION tracker_statement_search_vector()
    """,
    "UPDATE tracker_statement SET text = text",
    "CREATE INDEX tracker_statement_search_idx ON tracker_statement USING GIN (search_vector)",
]
PG_BACKWARD = [
    "DROP INDEX IF EXISTS tracker_statement_search_idx",
    "DROP TRIGGER IF EXISTS tracker_statement_search_vector_trigger ON tracker_statement",
    "DROP FUNCTION IF EXISTS tracker_statement_search_vector()",
    "ALTER TABLE tracker_statement DROP COLUMN IF EXISTS search_vector",
]

SQLITE_FORWARD = [
    """
    CREATE VIRTUAL TABLE tracker_statement_fts USING fts5(
        text, setting, original_text,
        content='tracker_statement', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2'
    )
    """,
    """
    CREATE TRIGGER tracker_statement_fts_insert AFTER INSERT ON tracker_statement BEGIN
        INSERT INTO tracker_statement_fts(rowid, text, setting, original_text)
        VALUES (new.id, new.text, new.setting, new.original_text);
    END
    """,
    """
    CREATE TRIGGER tracker_statement_fts_delete AFTER DELETE ON tracker_statement BEGIN
        INSERT INTO tracker_statement_fts(tracker_statement_fts, rowid, text, setting, original_text)
        VALUES ('delete', old.id, old.text, old.setting, old.original_text);
    END
    """,
    """
    CREATE TRIGGER tracker_statement_fts_update AFTER UPDATE OF text, setting, original_text
    ON tracker_statement BEGIN
        INSERT INTO tracker_statement_fts(tracker_statement_fts, rowid, text, setting, original_text)
        VALUES ('delete', old.id, old.text, old.setting, old.original_text);
        INSERT INTO tracker_statement_fts(rowid, text, setting, original_text)
        VALUES (new.id, new.text, new.setting, new.original_text);
    END
    """,
    "INSERT INTO tracker_statement_fts(tracker_statement_fts) VALUES ('rebuild')",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS tracker_statement_fts_update",
    "DROP TRIGGER IF EXISTS tracker_statement_fts_delete",
    "DROP TRIGGER IF EXISTS tracker_statement_fts_insert",
    "DROP TABLE IF EXISTS tracker_statement_fts",
]


def run_for(vendor, statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != vendor:
            return
        for sql in statements:
            schema_editor.execute(sql, params=None)

    return run


def forward(apps, schema_editor):
    run_for("postgresql", PG_FORWARD)(apps, schema_editor)
    run_for("sqlite", SQLITE_FORWARD)(apps, schema_editor)


def backward(apps, schema_editor):
    run_for("postgresql", PG_BACKWARD)(apps, schema_editor)
    run_for("sqlite", SQLITE_BACKWARD)(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [("tracker", "0001_initial")]

    operations = [migrations.RunPython(forward, backward, elidable=False)]
