"""PostgreSQL: readers' searches from a kept table of the published statements only.

`tracker_statement_search` holds one narrow row per published statement: its id, day, speaker
and `words`, the statement's `search_vector` (migration 0002) with one more lexeme naming the
speaker ("speaker 12": the English parser never makes a lexeme with a space), GIN-indexed. So a
search by speakers intersects the words and the speaker inside one index, and a count, the days
and the speakers of the matches read this table's narrow rows, never a statement: `words` is
moved out of line (TOAST, `toast_tuple_target` 128), so a row on the heap is its id, day,
speaker and a pointer. A trigger keeps it in the writing transaction (an unpublished statement
leaves it at once); tracker/db/searchorder.py reads it. SQLite has its own (migration 0016).
"""

from django.db import migrations

WORDS = "coalesce({row}.search_vector, ''::tsvector) || array_to_tsvector(ARRAY['speaker ' || {row}.speaker_id])"

FORWARD = [
    """
    CREATE TABLE tracker_statement_search (
        id bigint PRIMARY KEY,
        said_on date NOT NULL,
        speaker_id bigint NOT NULL,
        words tsvector NOT NULL
    ) WITH (toast_tuple_target = 128)
    """,
    "ALTER TABLE tracker_statement_search ALTER COLUMN words SET STORAGE EXTERNAL",
    f"""
    CREATE FUNCTION tracker_statement_search_keep() RETURNS trigger AS $$
    BEGIN
        -- A bulk load (generate_statements) defers the table for its session and refills it afterwards.
        IF current_setting('parley.search_deferred', true) = 'on' THEN
            RETURN NULL;
        END IF;
        IF TG_OP <> 'INSERT' AND OLD.status = 'published' THEN
            DELETE FROM tracker_statement_search WHERE id = OLD.id;
        END IF;
        IF TG_OP <> 'DELETE' AND NEW.status = 'published' THEN
            INSERT INTO tracker_statement_search (id, said_on, speaker_id, words)
            VALUES (NEW.id, NEW.said_on, NEW.speaker_id, {WORDS.format(row="NEW")});
        END IF;
        RETURN NULL;
    END
    $$ LANGUAGE plpgsql
    """,
    """
    CREATE TRIGGER tracker_statement_search_keep
    AFTER INSERT OR DELETE OR UPDATE OF status, said_on, speaker_id, text, setting, original_text, search_vector
    ON tracker_statement FOR EACH ROW EXECUTE FUNCTION tracker_statement_search_keep()
    """,
    f"""
    INSERT INTO tracker_statement_search (id, said_on, speaker_id, words)
    SELECT id, said_on, speaker_id, {WORDS.format(row="tracker_statement")}
    FROM tracker_statement WHERE status = 'published' ORDER BY said_on, id
    """,
    "CREATE INDEX tracker_statement_search_words ON tracker_statement_search USING GIN (words) WITH (fastupdate = off)",
    "CREATE INDEX tracker_statement_search_order ON tracker_statement_search (said_on, id)",
    "ANALYZE tracker_statement_search",
]
BACKWARD = [
    "DROP TRIGGER IF EXISTS tracker_statement_search_keep ON tracker_statement",
    "DROP FUNCTION IF EXISTS tracker_statement_search_keep()",
    "DROP TABLE IF EXISTS tracker_statement_search",
]


def run(statements):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for sql in statements:
                schema_editor.execute(sql, params=None)

    return apply


class Migration(migrations.Migration):
    dependencies = [("tracker", "0016_search_order")]

    operations = [migrations.RunPython(run(FORWARD), run(BACKWARD), elidable=False)]
