"""The stance rule computed from scratch in Python, as positions.tracks() folded it before the table:
what tests compare tracker.models.StancePoint with, row for row; and the stance counts
(tracker.models.StanceCount) counted link by link."""

from collections import Counter

from tracker.models import StanceCount, StancePoint, StatementTopic, Status, Topic, TrackCount


def ancestry():
    parent_of = dict(Topic.objects.values_list("id", "parent_id"))
    chains = {}
    for topic_id in parent_of:
        chain, current = [], topic_id
        while current is not None and current not in chain and len(chain) < 50:
            chain.append(current)
            current = parent_of.get(current)
        chains[topic_id] = chain
    return chains


def reference_tracks():
    """{(speaker id, scope id): [(statement id, said_on, stance, precision), …]} oldest first."""
    chains = ancestry()
    rows = (
        StatementTopic.objects.filter(statement__status=Status.PUBLISHED)
        .order_by("statement__said_on", "statement_id", "topic_id")
        .values_list(
            "statement__speaker_id",
            "statement_id",
            "statement__said_on",
            "topic_id",
            "stance",
            "statement__date_precision",
        )
    )
    found, chosen, current = {}, {}, None

    def flush():
        for target, (_rank, point) in chosen.items():
            found.setdefault((point[0], target), []).append(point[1:])
        chosen.clear()

    for speaker_id, statement_id, said_on, topic_id, stance, precision in rows:
        if statement_id != current:
            flush()
            current = statement_id
        for step, target in enumerate(chains.get(topic_id, [topic_id])):
            rank = (step, topic_id)
            if target not in chosen or rank < chosen[target][0]:
                chosen[target] = (rank, (speaker_id, statement_id, said_on, stance, precision))
    flush()
    return found, chains


def reference_rows():
    """The rows the table must hold, as tuples in `ROW` order."""
    found, chains = reference_tracks()
    rows = []
    for (speaker_id, target), points in found.items():
        before = None
        for statement_id, said_on, stance, precision in points:
            is_shift = before is not None and before[2] != stance
            rows.append(
                [
                    speaker_id,
                    target,
                    statement_id,
                    said_on,
                    precision,
                    stance,
                    before[2] if before else None,
                    before[0] if before else None,
                    is_shift,
                    False,
                    len(chains[target]),
                ]
            )
            before = (statement_id, said_on, stance)
    # A change is listed over all topics once: on its narrowest topic, then the first-entered one.
    listed = {}
    for row in rows:
        if row[8]:
            pair = (row[2], row[7])
            if pair not in listed or (-row[10], row[1]) < (-listed[pair][10], listed[pair][1]):
                listed[pair] = row
    for row in listed.values():
        row[9] = True
    return {tuple(row) for row in rows}


ROW = (
    "speaker_id",
    "topic_id",
    "statement_id",
    "said_on",
    "date_precision",
    "stance",
    "previous_stance",
    "previous_statement_id",
    "is_shift",
    "is_listed",
    "depth",
)


def stored_rows():
    return set(StancePoint.objects.values_list(*ROW))


def assert_points_exact():
    """The table holds exactly the rule's rows (a readable difference when not), and the track counts the
    database keeps beside it count those rows."""
    stored, expected = stored_rows(), reference_rows()
    assert sorted(stored - expected, key=str) == [] and sorted(expected - stored, key=str) == [], (
        f"extra: {sorted(stored - expected, key=str)[:5]}\nmissing: {sorted(expected - stored, key=str)[:5]}"
    )
    counted = {}
    for speaker, topic, is_shift, is_listed in StancePoint.objects.values_list(
        "speaker_id", "topic_id", "is_shift", "is_listed"
    ):
        points, shifts, listed = counted.get((speaker, topic), (0, 0, 0))
        counted[speaker, topic] = (points + 1, shifts + is_shift, listed + is_listed)
    kept = TrackCount.objects.values_list("speaker", "topic", "points", "shifts", "listed")
    assert {(speaker, topic): tuple(found) for speaker, topic, *found in kept} == counted


def assert_stance_counts_exact():
    """StanceCount equals the published statements' topic links counted one by one in Python."""
    expected = Counter()
    links = StatementTopic.objects.filter(statement__status=Status.PUBLISHED)
    for speaker, topic, stance in links.values_list("statement__speaker_id", "topic_id", "stance"):
        expected[speaker, topic, stance] += 1
        expected[StanceCount.EVERY, topic, stance] += 1
    stored = {
        (speaker, topic, stance): n
        for speaker, topic, stance, n in StanceCount.objects.values_list("speaker", "topic", "stance", "n")
    }
    assert stored == dict(expected)
