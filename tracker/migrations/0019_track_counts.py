"""Track counts (tracker.models.TrackCount), kept by triggers on the stance points table.

Each write of stance points moves the counts of the tracks it touched in the same statement:
SQLite by row triggers (an upsert per point written), PostgreSQL by statement triggers over the
transition tables (one grouped upsert per statement, however many points it wrote). A row exists
while its track has points. `manage.py rebuild_positions --check` compares them with the points.
"""

from django.db import migrations, models

TABLE = "tracker_trackcount"
POINTS = "tracker_stancepoint"

# SQLite: one point in, one point out; an update is the row as it was out and as it is in.
SQLITE_ADD = (
    f"INSERT INTO {TABLE} (speaker, topic, points, shifts, listed) "
    "VALUES (new.speaker_id, new.topic_id, 1, new.is_shift, new.is_listed) "
    f"ON CONFLICT (speaker, topic) DO UPDATE SET points = {TABLE}.points + 1, "
    f"shifts = {TABLE}.shifts + excluded.shifts, listed = {TABLE}.listed + excluded.listed;"
)
SQLITE_REMOVE = (
    f"UPDATE {TABLE} SET points = points - 1, shifts = shifts - old.is_shift, listed = listed - old.is_listed "
    "WHERE speaker = old.speaker_id AND topic = old.topic_id; "
    f"DELETE FROM {TABLE} WHERE speaker = old.speaker_id AND topic = old.topic_id AND points = 0;"
)
SQLITE_CHANGED = (
    "old.speaker_id IS NOT new.speaker_id OR old.topic_id IS NOT new.topic_id "
    "OR old.is_shift IS NOT new.is_shift OR old.is_listed IS NOT new.is_listed"
)
SQLITE_FORWARD = [
    f"CREATE TRIGGER {TABLE}_insert AFTER INSERT ON {POINTS} BEGIN {SQLITE_ADD} END",
    f"CREATE TRIGGER {TABLE}_delete AFTER DELETE ON {POINTS} BEGIN {SQLITE_REMOVE} END",
    f"CREATE TRIGGER {TABLE}_update AFTER UPDATE ON {POINTS} WHEN {SQLITE_CHANGED} "
    f"BEGIN {SQLITE_REMOVE} {SQLITE_ADD} END",
]
SQLITE_BACKWARD = [f"DROP TRIGGER IF EXISTS {TABLE}_{event}" for event in ("update", "delete", "insert")]


def counted(rows, sign):
    return (
        f"SELECT speaker_id, topic_id, {sign}COUNT(*) AS points, {sign}COUNT(*) FILTER (WHERE is_shift) AS shifts, "
        f"{sign}COUNT(*) FILTER (WHERE is_listed) AS listed FROM {rows} GROUP BY speaker_id, topic_id"
    )


def postgresql_function(name, parts):
    """A statement trigger's function: the net change of the points in `parts` (counted transition
    tables), added in key order (concurrent writers lock rows in one order), empty rows dropped."""
    changes = " UNION ALL ".join(parts)
    return f"""
    CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        WITH net AS (
            SELECT speaker_id, topic_id, SUM(points) AS points, SUM(shifts) AS shifts, SUM(listed) AS listed
            FROM ({changes}) changes GROUP BY speaker_id, topic_id
            HAVING SUM(points) <> 0 OR SUM(shifts) <> 0 OR SUM(listed) <> 0
        )
        INSERT INTO {TABLE} AS kept (speaker, topic, points, shifts, listed)
        SELECT speaker_id, topic_id, points, shifts, listed FROM net ORDER BY speaker_id, topic_id
        ON CONFLICT (speaker, topic) DO UPDATE SET points = kept.points + excluded.points,
            shifts = kept.shifts + excluded.shifts, listed = kept.listed + excluded.listed;
        DELETE FROM {TABLE} WHERE points = 0 AND (speaker, topic) IN (
            SELECT DISTINCT speaker_id, topic_id FROM ({changes}) changes
        );
        RETURN NULL;
    END $$
    """


POSTGRESQL_TRIGGERS = {
    "insert": ("INSERT", "NEW TABLE AS new_rows", [counted("new_rows", "")]),
    "delete": ("DELETE", "OLD TABLE AS old_rows", [counted("old_rows", "-")]),
    "update": (
        "UPDATE",
        "OLD TABLE AS old_rows NEW TABLE AS new_rows",
        [counted("new_rows", ""), counted("old_rows", "-")],
    ),
}
POSTGRESQL_FORWARD = [
    sql
    for event, (operation, transition, parts) in POSTGRESQL_TRIGGERS.items()
    for sql in (
        postgresql_function(f"{TABLE}_{event}", parts),
        f"CREATE TRIGGER {TABLE}_{event} AFTER {operation} ON {POINTS} REFERENCING {transition} "
        f"FOR EACH STATEMENT EXECUTE FUNCTION {TABLE}_{event}()",
    )
]
POSTGRESQL_BACKWARD = [
    sql
    for event in POSTGRESQL_TRIGGERS
    for sql in (f"DROP TRIGGER IF EXISTS {TABLE}_{event} ON {POINTS}", f"DROP FUNCTION IF EXISTS {TABLE}_{event}()")
]

# The points already stored, counted in plain SQL (this migration must not call code that later versions
# may change); the triggers keep the counts from here on.
BACKFILL = f"""
INSERT INTO {TABLE} (speaker, topic, points, shifts, listed)
SELECT speaker_id, topic_id, COUNT(*),
    SUM(CASE WHEN is_shift THEN 1 ELSE 0 END), SUM(CASE WHEN is_listed THEN 1 ELSE 0 END)
FROM {POINTS} GROUP BY speaker_id, topic_id
"""


def forward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    statements = {"sqlite": SQLITE_FORWARD, "postgresql": POSTGRESQL_FORWARD}[vendor]
    for sql in [BACKFILL, *statements]:
        schema_editor.execute(sql, params=None)


def backward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for sql in {"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRESQL_BACKWARD}[vendor]:
        schema_editor.execute(sql, params=None)


class Migration(migrations.Migration):
    dependencies = [
        ("tracker", "0018_search_order_postgresql"),
    ]

    operations = [
        migrations.CreateModel(
            name="TrackCount",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("speaker", models.BigIntegerField(help_text="An actor's id.")),
                ("topic", models.BigIntegerField(help_text="A topic's id (its scope: narrower topics included).")),
                ("points", models.IntegerField(help_text="Published statements of the speaker in the scope.")),
                ("shifts", models.IntegerField(help_text="Changes of stance among them.")),
                ("listed", models.IntegerField(help_text="Changes whose narrowest topic is this one.")),
            ],
            options={
                "indexes": [
                    models.Index(fields=["topic", "speaker", "points", "shifts"], name="track_count_topic_idx")
                ],
                "constraints": [models.UniqueConstraint(fields=("speaker", "topic"), name="track_count_unique")],
            },
        ),
        migrations.RunPython(forward, backward, elidable=False),
    ]
