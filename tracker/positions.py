"""Positions over time: each actor's stance on a topic, and the shifts between stances.

A *shift* is a published statement whose stance on a topic differs from the same actor's
previous published statement on that topic (statements ordered by date, then entry order).
Only published statements count: drafts, statements in review and retracted ones never do.
Everything a page shows is computed in SQL (window functions), one query per block, so a
topic with 100,000 statements costs the database a sort, not Python a loop.
"""

import datetime
from dataclasses import dataclass

from django.db import connections
from django.db.models import Case, Count, Exists, F, OuterRef, Q, Value, When, Window
from django.db.models.functions import Lag, RowNumber, Substr

from .models import Actor, LinkRelation, Statement, StatementLink, StatementTopic, Status, Topic

OPPOSING_RELATIONS = (LinkRelation.CONTRADICTS, LinkRelation.REVERSES)
EXCERPT_LENGTH = 90


@dataclass(frozen=True)
class Point:
    statement_id: int
    said_on: object
    stance: str
    precision: str = "day"

    @property
    def stance_label(self):
        return StatementTopic.Stance(self.stance).label


@dataclass(frozen=True)
class Standing:
    """An actor's latest stance on a topic (as of a date), and how many statements they made on it."""

    actor: Actor
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

    @property
    def from_label(self):
        return StatementTopic.Stance(self.from_stance).label

    @property
    def to_label(self):
        return StatementTopic.Stance(self.to_stance).label


def published_stances():
    return StatementTopic.objects.filter(statement__status=Status.PUBLISHED)


def chronological():
    return [F("said_on").asc(), F("statement_id").asc()]


def newest_first():
    return [F("said_on").desc(), F("statement_id").desc()]


def standings(topic, *, as_of=None):
    """Each actor's latest stance on `topic` on or before `as_of`, actors by name: one row per actor from SQL."""
    rows = published_stances().filter(topic=topic)
    if as_of:
        rows = rows.filter(said_on__lte=as_of)
    speaker = [F("statement__speaker_id")]
    rows = (
        rows.annotate(
            speaker_id=F("statement__speaker_id"),
            newest=Window(RowNumber(), partition_by=speaker, order_by=newest_first()),
            statement_count=Window(Count("id"), partition_by=speaker),
        )
        .filter(newest=1)
        .values_list("speaker_id", "statement_id", "said_on", "stance", "statement__date_precision", "statement_count")
    )
    rows = list(rows)
    actors = Actor.objects.in_bulk({row[0] for row in rows})
    found = (
        Standing(actors[speaker_id], Point(statement_id, said_on, stance, precision), n)
        for speaker_id, statement_id, said_on, stance, precision, n in rows
    )
    return sorted(found, key=lambda standing: (standing.actor.name, standing.actor.pk))


def group_by_stance(standings_list):
    grouped = {stance: [] for stance in StatementTopic.Stance.values}
    for standing in standings_list:
        grouped[standing.current.stance].append(standing)
    return grouped


def positions_as_of(topic, as_of=None):
    """{stance: [standing, ...]} by each actor's latest stance on or before `as_of`."""
    return group_by_stance(standings(topic, as_of=as_of))


def chart_points(topic, speaker_ids, *, limit):
    """The newest `limit` statements on `topic` by these speakers, oldest first, each with the stance
    before it (from the whole history, so the oldest point shown still knows whether it is a shift)."""
    rows = stance_changes(published_stances().filter(topic=topic, statement__speaker_id__in=speaker_ids))
    rows = rows.annotate(excerpt=Substr("statement__text", 1, EXCERPT_LENGTH))
    rows = rows.order_by(*newest_first()).values_list(
        "speaker_id",
        "statement_id",
        "said_on",
        "stance",
        "previous_stance",
        "previous_statement_id",
        "statement__date_precision",
        "excerpt",
    )[:limit]
    return [ChartPoint(*row) for row in reversed(rows)]


def stance_changes(rows):
    """`rows` annotated with each actor's previous stance on the same topic and the statement it came from."""
    partition = [F("statement__speaker_id"), F("topic_id")]
    return rows.annotate(
        speaker_id=F("statement__speaker_id"),
        previous_stance=Window(Lag("stance"), partition_by=partition, order_by=chronological()),
        previous_statement_id=Window(Lag("statement_id"), partition_by=partition, order_by=chronological()),
    )


def shift_rows(*, topics=None, actors=None, until=None):
    rows = published_stances()
    if topics is not None:
        rows = rows.filter(topic__in=topics)
    if actors is not None:
        rows = rows.filter(statement__speaker__in=actors)
    if until:
        # Safe before LAG(): a later statement is never the one an earlier statement is compared with.
        rows = rows.filter(said_on__lte=until)
    return stance_changes(rows).values(
        "speaker_id", "topic_id", "statement_id", "said_on", "stance", "previous_stance", "previous_statement_id"
    )


def shifts(*, topics=None, actors=None, since=None, until=None, limit=None, full=False):
    """Shifts, newest first, with both statements; `full` loads their sources and topics too."""
    rows = (
        shift_rows(topics=topics, actors=actors, until=until)
        .annotate(changed=Case(When(stance=F("previous_stance"), then=Value(False)), default=Value(True)))
        .filter(previous_stance__isnull=False, changed=True)
        .order_by(*newest_first())
    )
    # `since` cuts only now: in the query it would run before LAG() and hide the earlier
    # stance that the shift is measured against. Newest first, so reading stops at `since`
    # or at `limit` without fetching the rest.
    changed = []
    for row in rows.iterator(chunk_size=500):
        if since and row["said_on"] < since:
            break
        changed.append(row)
        if limit and len(changed) >= limit:
            break
    return _load_shifts(changed, full=full)


def group_summaries(key, *, topics=None, actors=None):
    """Per topic (key "topic") or speaker ("speaker"): the newest stance, how many shifts, and the latest
    shift, from one scan: {id: {"current": Point, "shift_count": n, "last_shift": Shift or None}}.

    Ranking within the shifts needs windows over LAG()'s result, which the ORM cannot nest: its
    query becomes the innermost of three plain SQL levels.
    """
    column = {"topic": "topic_id", "speaker": "speaker_id"}[key]
    inner = shift_rows(topics=topics, actors=actors).annotate(date_precision=F("statement__date_precision"))
    sql, params = inner.query.sql_with_params()
    newest = "ORDER BY said_on DESC, statement_id DESC"
    query = (
        "SELECT * FROM ("
        f" SELECT marked.*, ROW_NUMBER() OVER (PARTITION BY {column} {newest}) AS newest,"
        f" ROW_NUMBER() OVER (PARTITION BY {column}, is_shift {newest}) AS newest_of_kind,"
        f" SUM(is_shift) OVER (PARTITION BY {column}) AS shift_count"
        " FROM (SELECT changes.*, CASE WHEN previous_stance IS NOT NULL AND previous_stance <> stance"
        f" THEN 1 ELSE 0 END AS is_shift FROM ({sql}) changes) marked"
        ") ranked WHERE newest = 1 OR (is_shift = 1 AND newest_of_kind = 1)"
    )
    with connections[inner.db].cursor() as cursor:
        cursor.execute(query, params)
        names = [description[0] for description in cursor.description]
        found = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    summaries = {}
    for row in found:
        summary = summaries.setdefault(row[column], {"current": None, "shift_count": 0, "last_shift": None})
        summary["shift_count"] = int(row["shift_count"])
        if row["newest"] == 1:
            said_on = row["said_on"]
            said_on = said_on if isinstance(said_on, datetime.date) else datetime.date.fromisoformat(said_on)
            summary["current"] = Point(row["statement_id"], said_on, row["stance"], row["date_precision"])
    shift_found = [row for row in found if row["is_shift"] == 1 and row["newest_of_kind"] == 1]
    for row, shift in zip(shift_found, _load_shifts(shift_found), strict=True):
        summaries[row[column]]["last_shift"] = shift
    return summaries


def _load_shifts(rows, *, full=False):
    statement_ids = {row["statement_id"] for row in rows} | {row["previous_statement_id"] for row in rows}
    statements = Statement.objects.with_relations() if full else Statement.objects.all()
    statements = statements.in_bulk(statement_ids) if statement_ids else {}
    actors = Actor.objects.in_bulk({row["speaker_id"] for row in rows}) if rows else {}
    topics = Topic.objects.in_bulk({row["topic_id"] for row in rows}) if rows else {}
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


def shift_between(before_id, after_id, topic):
    """The shift from statement `before_id` to `after_id` on `topic`, or None when the two are not
    consecutive published statements of one actor on that topic with different stances."""
    pair = {
        row.statement_id: row
        for row in published_stances()
        .filter(topic=topic, statement_id__in=[before_id, after_id])
        .select_related("statement")
    }
    if before_id == after_id or len(pair) != 2:
        return None
    before, after = pair[before_id], pair[after_id]
    speaker_id = before.statement.speaker_id
    if speaker_id != after.statement.speaker_id or before.stance == after.stance:
        return None
    if (before.said_on, before_id) >= (after.said_on, after_id):
        return None
    later = Q(said_on__gt=before.said_on) | Q(said_on=before.said_on, statement_id__gt=before_id)
    earlier = Q(said_on__lt=after.said_on) | Q(said_on=after.said_on, statement_id__lt=after_id)
    if published_stances().filter(later, earlier, topic=topic, statement__speaker_id=speaker_id).exists():
        return None
    row = {
        "speaker_id": speaker_id,
        "topic_id": topic.pk,
        "statement_id": after_id,
        "previous_statement_id": before_id,
        "stance": after.stance,
        "previous_stance": before.stance,
    }
    return _load_shifts([row], full=True)[0]


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
        on_topic = published_stances().filter(topic=topic)
        links = links.filter(
            Exists(on_topic.filter(statement_id=OuterRef("from_statement_id")))
            | Exists(on_topic.filter(statement_id=OuterRef("to_statement_id")))
        )
    if statement_ids is not None:
        links = links.filter(Q(from_statement_id__in=statement_ids) | Q(to_statement_id__in=statement_ids))
    return list(links.select_related("from_statement__speaker", "to_statement__speaker").order_by("-id")[:limit])


def actor_summary(actor, *, recent=10):
    """The actor's latest stance per topic with its shifts; how many shifts in all; the last one; and the
    latest shift on each topic, newest first (at most `recent`)."""
    by_topic = group_summaries("topic", actors=[actor])
    topics = Topic.objects.in_bulk(by_topic)
    entries = sorted(
        ({"topic": topics[topic_id], **summary} for topic_id, summary in by_topic.items()),
        key=lambda entry: (entry["topic"].name, entry["topic"].pk),
    )
    last_shifts = sorted(
        (entry["last_shift"] for entry in entries if entry["last_shift"]),
        key=lambda shift: (shift.after.said_on, shift.after.pk),
        reverse=True,
    )
    return {
        "current": [(entry["topic"], entry["current"]) for entry in entries],
        "topics": entries,
        "shift_count": sum(entry["shift_count"] for entry in entries),
        "last_shift": last_shifts[0] if last_shifts else None,
        "shifts": last_shifts[:recent],
    }


EVENT_AFTERMATH = datetime.timedelta(days=30)


def event_shifts(event):
    """Shifts by the participants whose new stance came during the event or within a month after."""
    participants = list(event.participants.all())
    if not participants:
        return []
    return shifts(actors=participants, since=event.start_date, until=event.last_day + EVENT_AFTERMATH)
