"""Positions over time: each actor's stance on a topic, and the shifts between stances.

One rule, in `tracks()`: an actor's track on a topic is their published statements with a
stance on it or on a narrower topic, in the order they were said (same day: entry order). The
current stance is the track's last point; a *shift* is a point whose stance differs from the
one before it. Only published statements count: drafts, statements in review and retracted
ones never do. The topic and actor pages, positions, then/now, the overview and the shift
feed all read their stances from here.
"""

import datetime
from dataclasses import dataclass
from typing import NamedTuple

from django.db.models import Count, Exists, OuterRef, Q, Subquery, Sum
from django.db.models.functions import Substr
from django.urls import reverse

from .db import stancepoints
from .models import (
    Actor,
    LinkRelation,
    StancePoint,
    Statement,
    StatementLink,
    StatementTopic,
    Status,
    Topic,
    TrackCount,
)

OPPOSING_RELATIONS = (LinkRelation.CONTRADICTS, LinkRelation.REVERSES)
EXCERPT_LENGTH = 90


class Point(NamedTuple):
    """One statement on an actor's track (a tuple: topic pages keep hundreds of them in the cache)."""

    statement_id: int
    said_on: object
    stance: str
    precision: str = "day"

    @property
    def stance_label(self):
        return StatementTopic.Stance(self.stance).label

    # A point stands in for its statement where a list shows only the statement's link and date.
    @property
    def pk(self):
        return self.statement_id

    @property
    def date_precision(self):
        return self.precision


class Change(NamedTuple):
    """A track's last change of stance as its two points, not their statements: what the actor page's
    table shows of it (both stances, the date, the link), read without loading either statement."""

    before: Point
    after: Point

    @property
    def from_label(self):
        return self.before.stance_label

    @property
    def to_label(self):
        return self.after.stance_label


class ActorRef(NamedTuple):
    """The actor of a standing, as its pages show it: a broad topic keeps hundreds of standings in the
    cache, and a tuple pickles in a fraction of a model instance's time."""

    pk: int
    name: str
    slug: str

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("tracker:actor-detail", kwargs={"slug": self.slug})


class Standing(NamedTuple):
    """An actor's latest stance on a topic (as of a date), and how many statements they made on it."""

    actor: ActorRef
    current: Point
    statement_count: int


@dataclass(frozen=True)
class ChartPoint:
    speaker_id: int
    statement_id: int
    said_on: object
    stance: str
    previous_stance: str | None
    previous_statement_id: int | None
    precision: str = "day"
    excerpt: str = ""
    kind: str = "direct_quote"

    @property
    def is_shift(self):
        return self.previous_stance is not None and self.previous_stance != self.stance

    @property
    def stance_label(self):
        return StatementTopic.Stance(self.stance).label

    @property
    def previous_stance_label(self):
        return StatementTopic.Stance(self.previous_stance).label if self.previous_stance else ""


@dataclass(frozen=True)
class Shift:
    actor: Actor
    topic: Topic
    before: Statement | Point  # Points where a list shows the two only as a link and a date (shifts(points=True))
    after: Statement | Point
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

    @property
    def from_label(self):
        return StatementTopic.Stance(self.from_stance).label

    @property
    def to_label(self):
        return StatementTopic.Stance(self.to_stance).label


def published_stances():
    return StatementTopic.objects.filter(statement__status=Status.PUBLISHED)


def topic_scope(topics):
    """Ids of `topics` and of every narrower topic below them: a topic includes its narrower
    topics on every surface (the filter, the topic page, positions, shifts)."""
    return Topic.objects.descendant_ids([topic.slug for topic in topics])


@dataclass
class Track:
    """One actor's published statements on one topic (narrower topics included), oldest first."""

    speaker_id: int
    topic_id: int
    points: list

    @property
    def current(self):
        return self.points[-1]

    def changes(self):
        """(previous point or None, point) for every point, oldest first."""
        previous = None
        for point in self.points:
            yield previous, point
            previous = point

    def shifts(self):
        return [(before, after) for before, after in self.changes() if before and before.stance != after.stance]


def _points(*, topics=None, actors=None, until=None):
    points = StancePoint.objects.all()
    if topics is not None:
        points = points.filter(topic__in=[topic.pk for topic in topics])
    if actors is not None:
        points = points.filter(speaker__in=actors)
    if until:
        points = points.filter(said_on__lte=until)
    return points


def tracks(*, topics=None, actors=None, until=None, chains=None):
    """{(speaker id, topic id): Track}: THE rule for where an actor stands on a topic, used by every page.

    A topic's track holds the actor's published statements with a stance on it or on a narrower
    topic, in the order they were said (ties on one day: the statement entered first comes first).
    A statement with stances on several topics of the scope counts once, with its stance on the
    topic itself, else on the narrowest-first, earliest-entered of them. The current stance is
    the last point; a shift is a point whose stance differs from the point before it.

    Read from the stance points table, which tracker/stances.py keeps by this rule on every write.
    `topics`: the tracks of these topics only (default: every topic); `chains` is not needed any more.
    """
    rows = _points(topics=topics, actors=actors, until=until).order_by(
        "topic_id", "speaker_id", "said_on", "statement_id"
    )
    found = {}
    for speaker_id, topic_id, *point in rows.values_list(
        "speaker_id", "topic_id", "statement_id", "said_on", "stance", "date_precision"
    ).iterator(chunk_size=2000):
        track = found.get((speaker_id, topic_id))
        if track is None:
            track = found[speaker_id, topic_id] = Track(speaker_id, topic_id, [])
        track.points.append(Point(*point))
    return found


POINT_FIELDS = ("statement_id", "said_on", "stance", "date_precision")


def _latest(points, **match):
    """A subquery: the id of the last of `points` matching the outer row by `match` (field: outer column)."""
    matched = points.filter(**{field: OuterRef(column) for field, column in match.items()})
    return Subquery(matched.order_by("-said_on", "-statement_id").values("id")[:1])


def standings(topic, *, as_of=None):
    """Each actor's current stance on `topic` on or before `as_of`, actors by name: per track of the topic
    (TrackCount) its last point, one seek of the track index, read with the actor's name in one query;
    and the number of points, the track counts when no date cuts them. Rows, not model instances: a broad
    topic has hundreds of actors (1M: 23 → 12 ms; one query instead of two: 16 → 11 ms on PostgreSQL)."""
    points = _points(topics=[topic], until=as_of)
    if as_of is None:
        counts = {speaker: n for (speaker, _topic), (n, _shifts) in track_counts(topics=[topic]).items()}
    else:
        counts = dict(points.order_by().values_list("speaker_id").annotate(n=Count("speaker_id")))
    if not counts:
        return []
    tracks = TrackCount.objects.filter(topic=topic.pk).annotate(point=_latest(points, speaker="speaker"))
    latest = StancePoint.objects.filter(pk__in=tracks.values("point")).values_list(
        "speaker_id", "speaker__name", "speaker__slug", *POINT_FIELDS
    )
    standings_list = [
        Standing(ActorRef(pk, name, slug), Point(*point), counts[pk]) for pk, name, slug, *point in latest
    ]
    return sorted(standings_list, key=lambda standing: (standing.actor.name, standing.actor.pk))


def current_stances(topics, actors, *, as_of=None):
    """{(speaker id, topic id): the last Point on or before `as_of`} for these actors on these topics:
    one seek of the track index per cell."""
    columns = {
        f"point_{index}": _latest(_points(topics=[topic], until=as_of), speaker="pk")
        for index, topic in enumerate(topics)
    }
    cells = {}
    for speaker_id, *points in (
        Actor.objects.filter(pk__in=[actor.pk for actor in actors]).annotate(**columns).values_list("pk", *columns)
    ):
        cells.update({point: (speaker_id, topic.pk) for topic, point in zip(topics, points, strict=True) if point})
    rows = StancePoint.objects.filter(pk__in=cells).values_list("pk", *POINT_FIELDS)
    return {cells[pk]: Point(*row) for pk, *row in rows}


def shifted_tracks(topics, actors, first, last):
    """{(speaker id, topic id)} of these tracks with a shift said between `first` and `last`."""
    shifted = _points(topics=topics, actors=actors).filter(is_shift=True, said_on__gte=first, said_on__lte=last)
    return set(shifted.order_by().values_list("speaker_id", "topic_id").distinct())


def group_by_stance(standings_list):
    grouped = {stance: [] for stance in StatementTopic.Stance.values}
    for standing in standings_list:
        grouped[standing.current.stance].append(standing)
    return grouped


def positions_as_of(topic, as_of=None):
    """{stance: [standing, ...]} by each actor's current stance on or before `as_of`."""
    return group_by_stance(standings(topic, as_of=as_of))


def chart_points(topic, speaker_ids, *, limit):
    """The newest `limit` statements on `topic` by these speakers, oldest first, each with the stance
    before it (from the whole history, so the oldest point shown still knows whether it is a shift)."""
    fields = ("speaker_id", "statement_id", "said_on", "stance", "previous_stance", "previous_statement_id")
    if limit:
        newest = stancepoints.newest_per_speaker(StancePoint, topic.pk, speaker_ids, limit)
    else:
        newest = StancePoint.objects.filter(topic=topic, speaker__in=speaker_ids)
    found = sorted(
        ([getattr(point, name) for name in (*fields, "date_precision")] for point in newest),
        key=lambda row: (row[2], row[1]),
    )
    excerpts = {
        pk: (excerpt, kind)
        for pk, excerpt, kind in Statement.objects.filter(pk__in=[row[1] for row in found])
        .annotate(excerpt=Substr("text", 1, EXCERPT_LENGTH))
        .values_list("pk", "excerpt", "kind")
    }
    return [ChartPoint(*row, *excerpts.get(row[1], ("", "direct_quote"))) for row in found]


SHIFT_FIELDS = (
    "speaker_id",
    "topic_id",
    "previous_statement_id",
    "previous_stance",
    "statement_id",
    "said_on",
    "stance",
    "date_precision",
)


def _shift_row(row):
    speaker_id, topic_id, before_id, before_stance, *after = row
    return (speaker_id, topic_id, Point(before_id, None, before_stance), Point(*after))


def shift_rows(*, topics=None, actors=None, until=None, since=None, statements=None, limit=None):
    """Every shift as (speaker id, topic id, before, after) points, newest first (`statements`: those
    to these statements only). Listed over all topics, a change shows once, on the narrowest topic it
    shows on (the table's `is_listed`)."""
    rows = _points(topics=topics, actors=actors, until=until).filter(is_shift=True)
    if statements is not None:
        rows = rows.filter(statement_id__in=statements)
    if topics is None:
        rows = rows.filter(is_listed=True)
    if since:
        rows = rows.filter(said_on__gte=since)
    rows = rows.order_by("-said_on", "-statement_id", "-topic_id").values_list(*SHIFT_FIELDS)
    return [_shift_row(row) for row in (rows[:limit] if limit else rows)]


def shifts(*, topics=None, actors=None, since=None, until=None, statements=None, limit=None, full=False, points=False):
    """Shifts, newest first, with both statements; `full` loads their sources and topics too; with `points`,
    no statement is loaded and both stay stance points (a list of shifts shows only their link and date).

    `since` leaves out earlier shifts, not earlier stances: a shift is measured against the stance before."""
    rows = shift_rows(topics=topics, actors=actors, since=since, until=until, statements=statements, limit=limit)
    return _load_shifts(rows, full=full, points=points)


def _track_ends(pairs):
    """{(speaker id, topic id): (last point id, last shift's id or None)}: per speaker (or per topic,
    whichever are fewer) one query, whose rows each seek the track index twice."""
    by_speaker, by_topic = {}, {}
    for speaker_id, topic_id in pairs:
        by_speaker.setdefault(speaker_id, []).append(topic_id)
        by_topic.setdefault(topic_id, []).append(speaker_id)
    found = {}
    if len(by_speaker) <= len(by_topic):
        for speaker_id, topic_ids in by_speaker.items():
            track = StancePoint.objects.filter(speaker_id=speaker_id)
            ends = Topic.objects.filter(pk__in=topic_ids).annotate(
                last=_latest(track, topic="pk"), last_shift=_latest(track.filter(is_shift=True), topic="pk")
            )
            found.update({(speaker_id, pk): ends for pk, *ends in ends.values_list("pk", "last", "last_shift")})
    else:
        for topic_id, speaker_ids in by_topic.items():
            track = StancePoint.objects.filter(topic_id=topic_id)
            ends = Actor.objects.filter(pk__in=speaker_ids).annotate(
                last=_latest(track, speaker="pk"), last_shift=_latest(track.filter(is_shift=True), speaker="pk")
            )
            found.update({(pk, topic_id): ends for pk, *ends in ends.values_list("pk", "last", "last_shift")})
    return found


def group_summaries(key, *, topics=None, actors=None):
    """Per topic (key "topic") or speaker ("speaker"): the current stance, how many shifts, and the latest
    change: {id: {"current": Point, "shift_count": n, "last_shift": Change or None}}."""
    counts = {pair: shifts for pair, (_points, shifts) in track_counts(topics=topics, actors=actors).items()}
    ends = _track_ends(counts)
    wanted = {end for pair in ends.values() for end in pair if end}
    rows = {pk: row for pk, *row in StancePoint.objects.filter(pk__in=wanted).values_list("pk", *SHIFT_FIELDS)}
    summaries = {}
    for (speaker_id, topic_id), (last, last_shift) in ends.items():
        group = {"topic": topic_id, "speaker": speaker_id}[key]
        current = _shift_row(rows[last])[3]  # the track's last point is the "after" of its row
        summary = summaries.setdefault(group, {"current": None, "shift_count": 0, "last_shift": None})
        if summary["current"] is None or _later(current, summary["current"]):
            summary["current"] = current
        summary["shift_count"] += counts[speaker_id, topic_id]
        if last_shift:
            _speaker, _topic, before, after = _shift_row(rows[last_shift])
            if summary["last_shift"] is None or _later(after, summary["last_shift"].after):
                summary["last_shift"] = Change(before, after)
    return summaries


def track_counts(*, topics=None, actors=None):
    """{(speaker id, topic id): (points, shifts)} of the tracks of these actors on these topics, read from
    the counts the database keeps beside the points (TrackCount), not counted from the points."""
    rows = TrackCount.objects.all()
    if topics is not None:
        rows = rows.filter(topic__in=[topic.pk for topic in topics])
    if actors is not None:
        rows = rows.filter(speaker__in=[actor.pk for actor in actors])
    return {
        (speaker, topic): (points, shifts)
        for speaker, topic, points, shifts in rows.values_list("speaker", "topic", "points", "shifts")
    }


def _later(point, other):
    return (point.said_on, point.statement_id) > (other.said_on, other.statement_id)


def _load_shifts(rows, *, full=False, points=False):
    """Shift objects for (speaker id, topic id, before point, after point) rows (`points`: keeping the points)."""
    statements = {}
    if rows and not points:
        statement_ids = {row[2].statement_id for row in rows} | {row[3].statement_id for row in rows}
        loaded = (
            Statement.objects.with_relations() if full else Statement.objects.select_related("speaker", "relayed_by")
        )
        statements = loaded.in_bulk(statement_ids)
    actors = Actor.objects.in_bulk({row[0] for row in rows}) if rows else {}
    topics = Topic.objects.in_bulk({row[1] for row in rows}) if rows else {}
    return [
        Shift(
            actor=actors[speaker_id],
            topic=topics[topic_id],
            before=before if points else statements[before.statement_id],
            after=after if points else statements[after.statement_id],
            from_stance=before.stance,
            to_stance=after.stance,
        )
        for speaker_id, topic_id, before, after in rows
    ]


def shift_between(before_id, after_id, topic):
    """The shift from statement `before_id` to `after_id` on `topic`, or None when the two are not
    consecutive points of one actor's track on that topic with different stances."""
    row = (
        StancePoint.objects.filter(topic=topic, statement_id=after_id, previous_statement_id=before_id, is_shift=True)
        .values_list(*SHIFT_FIELDS)
        .first()
    )
    return _load_shifts([_shift_row(row)], full=True)[0] if row else None


def opposing_links(*, topic=None, statement_ids=None, limit=50):
    """`contradicts` / `reverses` links editors set between published statements, newest link first:
    those where either statement takes a stance on `topic`, or those touching `statement_ids`."""
    published = Statement.objects.published()
    # Conditions as EXISTS, not joins: the planner then walks the (small) link table instead of
    # every published statement looking for links.
    links = StatementLink.objects.filter(
        Exists(published.filter(pk=OuterRef("from_statement_id"))),
        Exists(published.filter(pk=OuterRef("to_statement_id"))),
        relation__in=OPPOSING_RELATIONS,
    )
    if topic is not None:
        on_topic = published_stances().filter(topic_id__in=topic_scope([topic]))
        links = links.filter(
            Exists(on_topic.filter(statement_id=OuterRef("from_statement_id")))
            | Exists(on_topic.filter(statement_id=OuterRef("to_statement_id")))
        )
    if statement_ids is not None:
        links = links.filter(Q(from_statement_id__in=statement_ids) | Q(to_statement_id__in=statement_ids))
    # The ids first, then their rows: planning the conditions with the four joins of the rows took longer
    # than running them (PostgreSQL, 1M, a broad topic: 13 ms), and most topics have no link to read.
    ids = list(links.order_by("-id").values_list("id", flat=True)[:limit])
    if not ids:
        return []
    found = StatementLink.objects.select_related("from_statement__speaker", "to_statement__speaker").in_bulk(ids)
    return [found[pk] for pk in ids if pk in found]  # a link deleted in between is gone


def actor_summary(actor, *, topics=None, recent=10):
    """The actor's current stance per topic (narrower topics included; of `topics` only, when given)
    with its shifts; how many changes of position in all; the last one; and the latest `recent`, newest first."""
    by_topic = group_summaries("topic", topics=topics, actors=[actor])
    topics = {topic.pk: topic for topic in topics} if topics is not None else Topic.objects.in_bulk(by_topic)
    entries = sorted(
        ({"topic": topics[topic_id], **summary} for topic_id, summary in by_topic.items()),
        key=lambda entry: (entry["topic"].name, entry["topic"].pk),
    )
    latest = shifts(actors=[actor], limit=recent, points=True)  # each change once, on its narrowest topic
    return {
        "current": [(entry["topic"], entry["current"]) for entry in entries],
        "topics": entries,
        # Each change once, on its narrowest topic: the listed changes of every track.
        "shift_count": TrackCount.objects.filter(speaker=actor.pk).aggregate(n=Sum("listed"))["n"] or 0,
        "last_shift": latest[0] if latest else None,
        "shifts": latest,
    }


EVENT_AFTERMATH = datetime.timedelta(days=30)


def event_shifts(event):
    """Shifts by the participants whose new stance came during the event or within a month after."""
    participants = list(event.participants.all())
    if not participants:
        return []
    return shifts(actors=participants, since=event.start_date, until=event.last_day + EVENT_AFTERMATH, points=True)
