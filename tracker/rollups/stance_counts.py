"""The stance counts (`StanceCount`): published statements per speaker, topic and stance, kept exact.

Unlike the monthly counts, these rows have no month to bound a re-count (a busy speaker on a busy
topic has thousands of statements), so a single write moves them by what it changed, read in its
own transaction after the record version's lock (versions.lock: concurrent writers apply theirs
one after the other): a statement published, unpublished or given another speaker moves its
topic links between speakers (`moved`); a topic link added, changed or removed moves one count
(`link_changed`, with the link as it was read in pre_save / pre_delete). Writes without signals
are counted from the database: statements and links inserted in bulk (`add`), statements moved
between speakers in bulk (`speakers_changed`: those speakers counted again).
`manage.py rebuild_rollups [--check]` recomputes or compares these rows too.
"""

from collections import Counter

from django.db import connection, transaction
from django.db.models import Count, F, Sum

from .. import versions
from ..db.subqueries import id_runs
from ..models import StanceCount, Statement, StatementTopic
from .keeping import OR_TERMS, add_counts, chunks, in_runs

EVERY = StanceCount.EVERY
PUBLISHED = Statement.Status.PUBLISHED


def counted(statements):
    """Counter {(speaker, topic, stance): n} of the topic links of `statements` (published or not:
    the drafts are left out here), with the every-speaker rows."""
    links = StatementTopic.objects.filter(statement__in=statements.published().values("id")).order_by()
    rows = links.values_list("statement__speaker_id", "topic_id", "stance").annotate(n=Count("id"))
    return with_totals({(speaker, topic, stance): n for speaker, topic, stance, n in rows})


def with_totals(counts):
    result = Counter(counts)
    for (_speaker, topic, stance), n in counts.items():
        result[EVERY, topic, stance] += n
    return result


def apply(deltas):
    """Add `deltas` {(speaker, topic, stance): n} to the rows, creating and dropping rows as needed."""
    rows = [(*key, n) for key, n in deltas.items() if n]
    if not rows:
        return
    add_counts(StanceCount, ("speaker", "topic", "stance"), rows)
    if any(n < 0 for *_key, n in rows):
        speakers = {speaker for speaker, *_rest in rows}
        StanceCount.objects.filter(n__lte=0, speaker__in=speakers).delete()


def _write(deltas):
    with transaction.atomic(savepoint=False):
        versions.lock()
        apply(deltas() if callable(deltas) else deltas)


def moved(statement_id, was, now):
    """A statement's links move from speaker `was` to speaker `now` (None: not published then, or now)."""

    def deltas():
        found = Counter()
        for topic, stance in StatementTopic.objects.filter(statement_id=statement_id).values_list("topic_id", "stance"):
            if was is not None:
                found[was, topic, stance] -= 1
            if now is not None:
                found[now, topic, stance] += 1
        return with_totals(found)

    _write(deltas)


def link_changed(before, after):
    """A topic link was `before` and is `after` (statement id, topic id, stance), either None."""

    def deltas():
        links = [link for link in (before, after) if link]
        speakers = dict(
            Statement.objects.published().filter(pk__in={link[0] for link in links}).values_list("pk", "speaker_id")
        )
        found = Counter()
        for link, sign in ((before, -1), (after, 1)):
            if link and link[0] in speakers:
                found[speakers[link[0]], link[1], link[2]] += sign
        return with_totals(found)

    _write(deltas)


def add(statement_ids):
    """Count in the topic links of these statements, none of them counted before (inserted in bulk):
    one INSERT … SELECT … GROUP BY … ON CONFLICT per 200 runs of consecutive ids, in the database
    (grouping in Python and writing the rows back took twice as long for an import's 10,000)."""
    runs = id_runs(pk for pk in statement_ids if pk is not None)
    table, quote = StanceCount._meta.db_table, connection.ops.quote_name
    with transaction.atomic(savepoint=False):
        versions.lock()
        for chunk in chunks(runs, OR_TERMS):
            links = StatementTopic.objects.filter(in_runs(chunk, "statement_id"), statement__status=PUBLISHED)
            links = links.order_by()
            direct, params = links.values(
                s=F("statement__speaker_id"), t=F("topic_id"), st=F("stance")
            ).query.sql_with_params()
            with connection.cursor() as cursor:
                # `WHERE 1 = 1`: SQLite would read the upsert's ON CONFLICT as a join's ON clause without it.
                cursor.execute(
                    f"WITH direct AS ({direct}) INSERT INTO {quote(table)} (speaker, topic, stance, n) "
                    "SELECT * FROM (SELECT s, t, st, COUNT(*) FROM direct GROUP BY s, t, st "
                    f"UNION ALL SELECT {EVERY}, t, st, COUNT(*) FROM direct GROUP BY t, st) AS counted WHERE 1 = 1 "
                    f"ON CONFLICT (speaker, topic, stance) DO UPDATE SET n = {quote(table)}.n + excluded.n",
                    params,
                )


def speakers_changed(speaker_ids):
    """Count these speakers' rows again (statements moved between them in bulk)."""
    speaker_ids = sorted(set(speaker_ids))

    def deltas():
        fresh = counted(Statement.objects.filter(speaker_id__in=speaker_ids))
        stored = StanceCount.objects.filter(speaker__in=speaker_ids).values_list("speaker", "topic", "stance", "n")
        found = Counter({key: n for key, n in fresh.items() if key[0] != EVERY})
        for speaker, topic, stance, n in stored:
            found[speaker, topic, stance] -= n
        return with_totals(found)

    _write(deltas)


def rebuild():
    """Count every row again."""
    with transaction.atomic(savepoint=False):
        versions.lock()
        StanceCount.objects.all().delete()
        apply(counted(Statement.objects.all()))


def check():
    """[((speaker, topic, stance), stored, counted)] wherever the rows and a fresh count disagree."""
    expected = counted(Statement.objects.all())
    stored = {
        (speaker, topic, stance): n
        for speaker, topic, stance, n in StanceCount.objects.values_list("speaker", "topic", "stance", "n")
    }
    return [
        (key, stored.get(key, 0), expected.get(key, 0))
        for key in sorted(set(expected) | set(stored))
        if expected.get(key, 0) != stored.get(key, 0)
    ]


# Reading.


def by_topic(speaker_id):
    """{topic id: {stance: n}}: the speaker's published statements with a stance on each topic."""
    found = {}
    for topic, stance, n in StanceCount.objects.filter(speaker=speaker_id).values_list("topic", "stance", "n"):
        found.setdefault(topic, {})[stance] = n
    return found


def by_speaker(topic_ids, speaker_ids):
    """{speaker id: {stance: n}}: these speakers' topic links on these topics, by stance (a statement
    on two of them counts on each)."""
    rows = StanceCount.objects.filter(topic__in=topic_ids, speaker__in=speaker_ids).order_by()
    found = {}
    for speaker, stance, n in (
        rows.values_list("speaker", "stance").annotate(total=Sum("n")).values_list("speaker", "stance", "total")
    ):
        found.setdefault(speaker, {})[stance] = n
    return found


def topic_totals():
    """{topic id: published statements with a stance on it}."""
    rows = StanceCount.objects.filter(speaker=EVERY).order_by().values_list("topic").annotate(total=Sum("n"))
    return dict(rows.values_list("topic", "total"))
