"""Each new entry's week: what decides its near-duplicates, summed up by the database.

For the near-duplicate memo (tracker/duplicates.py): per entry, every statement by its speaker
within the window, as `id:fingerprint` joined in one string, and the window's retracted ids. Both
are read from indexes alone ((speaker, said_on, fingerprint) and (speaker, status, said_on, id))
and aggregated where they lie, so a million statements' busiest speaker costs the database an
index walk and Python one row per entry.
"""

from django.db import connection

ROW = {"postgresql": "(%s::bigint, %s::bigint, %s::date, %s::date)", "sqlite": "(%s, %s, %s, %s)"}
JOINED = {"postgresql": "string_agg({}, ',')", "sqlite": "group_concat({}, ',')"}


def signatures(windows):
    """{entry id: (its week's "id:fingerprint" rows joined, the week's retracted ids joined)} for
    `windows`: [(entry id, speaker id, first day, last day)]. Order within a string is the database's;
    a different order only makes a different key."""
    if not windows:
        return {}
    vendor = connection.vendor
    anchors = "WITH anchors (entry, speaker, low, high) AS (VALUES {})".format(", ".join([ROW[vendor]] * len(windows)))
    week = (
        "FROM anchors JOIN tracker_statement s ON s.speaker_id = anchors.speaker"
        " AND s.said_on >= anchors.low AND s.said_on <= anchors.high"
    )
    rows = JOINED[vendor].format("CAST(s.id AS TEXT) || ':' || s.fingerprint")
    retracted = JOINED[vendor].format("CAST(s.id AS TEXT)")
    params = [value for window in windows for value in window]
    found = {entry: ["", ""] for entry, *_rest in windows}
    with connection.cursor() as cursor:
        cursor.execute(f"{anchors} SELECT anchors.entry, {rows} {week} GROUP BY anchors.entry", params)
        for entry, joined in cursor.fetchall():
            found[entry][0] = joined
        cursor.execute(
            f"{anchors} SELECT anchors.entry, {retracted} {week} AND s.status = 'retracted' GROUP BY anchors.entry",
            params,
        )
        for entry, joined in cursor.fetchall():
            found[entry][1] = joined
    return {entry: tuple(pair) for entry, pair in found.items()}
