"""Positions over time: each actor's stance on a topic, and the shifts between stances.

A *shift* is a published statement whose stance on a topic differs from the same actor's
previous published statement on that topic (statements ordered by date, then entry order).
Only published statements count: drafts, statements in review and retracted ones never do.
"""

import datetime
import itertools
from dataclasses import dataclass, field

from django.db.models import Case, F, Value, When, Window
from django.db.models.functions import Lag

from .models import Actor, Statement, StatementTopic, Status, Topic


@dataclass(frozen=True)
class Point:
    statement_id: int
    said_on: object
    stance: str


@dataclass
class Track:
    actor: Actor
    points: list = field(default_factory=list)

    @property
    def current(self):
        return self.points[-1]

    @property
    def shifts(self):
        return [(before, after) for before, after in itertools.pairwise(self.points) if before.stance != after.stance]


@dataclass(frozen=True)
class Shift:
    actor: Actor
    topic: Topic
    before: Statement
    after: Statement
    from_stance: str
    to_stance: str

    def __str__(self):
        return (
            f"{self.actor} on {self.topic}: {StatementTopic.Stance(self.from_stance).label.lower()} → "
            f"{StatementTopic.Stance(self.to_stance).label.lower()}, {self.after.said_on:%-d %b %Y}"
        )

    @property
    def said_on(self):
        return self.after.said_on


def published_stances():
    return StatementTopic.objects.filter(statement__status=Status.PUBLISHED)


def topic_tracks(topic, *, as_of=None):
    """One track per actor who spoke on `topic`, oldest point first, actors by name."""
    rows = published_stances().filter(topic=topic)
    if as_of:
        rows = rows.filter(said_on__lte=as_of)
    rows = rows.order_by("said_on", "statement_id").values_list(
        "statement__speaker_id", "statement_id", "said_on", "stance"
    )
    tracks = {}
    for speaker_id, statement_id, said_on, stance in rows:
        tracks.setdefault(speaker_id, []).append(Point(statement_id, said_on, stance))
    actors = Actor.objects.in_bulk(tracks)
    return sorted(
        (Track(actors[speaker_id], points) for speaker_id, points in tracks.items()), key=lambda t: t.actor.name
    )


def positions_as_of(topic, as_of=None):
    """{stance: [track, ...]} by each actor's latest stance on or before `as_of`."""
    grouped = {stance: [] for stance in StatementTopic.Stance.values}
    for track in topic_tracks(topic, as_of=as_of):
        grouped[track.current.stance].append(track)
    return grouped


def shifts(*, topics=None, actors=None, since=None, until=None, limit=None):
    """Shifts, newest first, with both statements loaded for a then/now comparison."""
    partition = [F("statement__speaker_id"), F("topic_id")]
    order = [F("said_on").asc(), F("statement_id").asc()]
    rows = published_stances()
    if topics is not None:
        rows = rows.filter(topic__in=topics)
    if actors is not None:
        rows = rows.filter(statement__speaker__in=actors)
    rows = rows.annotate(
        speaker_id=F("statement__speaker_id"),
        previous_stance=Window(Lag("stance"), partition_by=partition, order_by=order),
        previous_statement_id=Window(Lag("statement_id"), partition_by=partition, order_by=order),
        changed=Case(When(stance=F("previous_stance"), then=Value(False)), default=Value(True)),
    ).filter(previous_stance__isnull=False, changed=True)
    rows = rows.order_by("-said_on", "-statement_id").values(
        "speaker_id", "topic_id", "statement_id", "said_on", "stance", "previous_stance", "previous_statement_id"
    )
    # Cut to the period only now: a date filter in the query would run before LAG() and
    # hide the earlier stance that the shift is measured against.
    changed = [row for row in rows if (not since or row["said_on"] >= since) and (not until or row["said_on"] <= until)]
    return _load_shifts(changed[:limit] if limit else changed)


def _load_shifts(rows):
    statement_ids = {row["statement_id"] for row in rows} | {row["previous_statement_id"] for row in rows}
    statements = Statement.objects.with_relations().in_bulk(statement_ids)
    actors = Actor.objects.in_bulk({row["speaker_id"] for row in rows})
    topics = Topic.objects.in_bulk({row["topic_id"] for row in rows})
    return [
        Shift(
            actor=actors[row["speaker_id"]],
            topic=topics[row["topic_id"]],
            before=statements[row["previous_statement_id"]],
            after=statements[row["statement_id"]],
            from_stance=row["previous_stance"],
            to_stance=row["stance"],
        )
        for row in rows
    ]


def actor_summary(actor):
    """The actor's latest stance per topic, how many shifts, and the last one."""
    latest = {}
    rows = (
        published_stances()
        .filter(statement__speaker=actor)
        .order_by("said_on", "statement_id")
        .values_list("topic_id", "statement_id", "said_on", "stance")
    )
    for topic_id, statement_id, said_on, stance in rows:
        latest[topic_id] = Point(statement_id, said_on, stance)
    topics = Topic.objects.in_bulk(latest)
    actor_shifts = shifts(actors=[actor])
    return {
        "current": sorted(((topics[t], point) for t, point in latest.items()), key=lambda item: item[0].name),
        "shift_count": len(actor_shifts),
        "last_shift": actor_shifts[0] if actor_shifts else None,
        "shifts": actor_shifts,
    }


EVENT_AFTERMATH = datetime.timedelta(days=30)


def event_shifts(event):
    """Shifts by the participants whose new stance came during the event or within a month after."""
    participants = list(event.participants.all())
    if not participants:
        return []
    return shifts(actors=participants, since=event.start_date, until=event.last_day + EVENT_AFTERMATH)
