from django.db import migrations, models

# The stance counts of the statements already stored, in plain SQL (this migration must not call
# code that later versions may change). tracker/rollups/stance_counts.py keeps them from here on,
# and `manage.py rebuild_rollups --check` compares the two.
BACKFILL = """
WITH direct AS (
    SELECT statement.speaker_id, link.topic_id, link.stance
    FROM tracker_statementtopic link JOIN tracker_statement statement ON statement.id = link.statement_id
    WHERE statement.status = 'published'
)
INSERT INTO tracker_stancecount (speaker, topic, stance, n)
SELECT speaker_id, topic_id, stance, COUNT(*) FROM direct GROUP BY speaker_id, topic_id, stance
UNION ALL SELECT 0, topic_id, stance, COUNT(*) FROM direct GROUP BY topic_id, stance
"""


def backfill(apps, schema_editor):
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(BACKFILL)


class Migration(migrations.Migration):
    dependencies = [
        ("tracker", "0014_source_outlet_index"),
    ]

    operations = [
        migrations.CreateModel(
            name="StanceCount",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("speaker", models.BigIntegerField(help_text="An actor's id, or 0 for every speaker.")),
                (
                    "topic",
                    models.BigIntegerField(help_text="A topic's id (that topic itself, not its narrower topics)."),
                ),
                (
                    "stance",
                    models.CharField(
                        choices=[
                            ("supports", "Supports"),
                            ("opposes", "Opposes"),
                            ("neutral", "Neutral"),
                            ("mixed", "Mixed"),
                            ("unclear", "Unclear"),
                        ],
                        max_length=10,
                    ),
                ),
                ("n", models.IntegerField()),
            ],
        ),
        # Filled first, indexed after: one sort per index instead of scattered inserts.
        migrations.RunPython(backfill, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="stancecount",
            constraint=models.UniqueConstraint(fields=("speaker", "topic", "stance"), name="stance_count_unique"),
        ),
        migrations.AddIndex(
            model_name="stancecount",
            index=models.Index(fields=["topic", "speaker", "stance", "n"], name="stance_count_topic_idx"),
        ),
    ]
