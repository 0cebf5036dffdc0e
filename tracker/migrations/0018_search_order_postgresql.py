"""PostgreSQL: readers' searches from a kept table of the published statements only.

`tracker_statement_search` holds one row per published statement: its id, day, speaker and
`words`, the statement's `search_vector` (migration 0002) with one more lexeme naming the speaker
("speaker 12": the English parser never makes a lexeme with a space), GIN-indexed. So a search by
speakers intersects words and speaker inside one index, and a count, the days and the speakers of
the matches read this table's rows, never a statement.

Those rows are kept narrow: a count reads one row per match (PostgreSQL cannot count from a GIN
index alone), and at 200,000 statements the words inline made the table 86 MB, the whole of it
read to count "ceasefire". PostgreSQL moves a value out of line (TOAST) only from a row of 2 KB,
so `words` also carries PAD, one lexeme of 2,000 characters with spaces that no search can name:
each row crosses the threshold, its words are compressed and stored aside, and the row on the
heap is id, day, speaker and a pointer (13 MB at 200,000; a single word counted 90 → 10 ms). A
phrase, which the GIN index cannot check, unpacks its candidates' words.

A trigger keeps the table in the writing transaction (an unpublished statement leaves it at
once); generate_statements defers it and refills it (tracker/db/searchorder_postgresql.py, which
reads it). SQLite has its own (migration 0016).
"""

from django.db import migrations

PAD = "' pad ' || repeat('~', 2000)"
WORDS = (
    "coalesce({row}.search_vector, ''::tsvector)"
    f" || array_to_tsvector(ARRAY['speaker ' || {{row}}.speaker_id, {PAD}])"
)

FORWARD = [
    """
    CREATE TABLE tracker_statement_search (
        id bigint PRIMARY KEY,
        said_on date NOT NULL,
        speaker_id bigint NOT NULL,
        words tsvector NOT NULL
    ) WITH (toast_tuple_target = 128)
    """,
    # lz4 unpacks a phrase's candidates faster than the default pglz (at 200,000: 13.5 → 10.8 ms); a
    # server built without it keeps pglz.
    """
    DO $$ BEGIN
        ALTER TABLE tracker_statement_search ALTER COLUMN words SET COMPRESSION lz4;
    EXCEPTION WHEN feature_not_supported THEN NULL;
    END $$
    """,
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
    FROM tracker_statement WHERE status = 'published' ORDER BY speaker_id, said_on, id
    """,
    "CREATE INDEX tracker_statement_search_words ON tracker_statement_search USING GIN (words) WITH (fastupdate = off)",
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
    dependencies = [("tracker", "0017_membership_stamp")]

    operations = [migrations.RunPython(run(FORWARD), run(BACKWARD), elidable=False)]
