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

from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Substr

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


def topic_scope(topics):
    """Ids of `topics` and of every narrower topic below them: a topic includes its narrower
    topics on every surface (the filter, the topic page, positions, shifts)."""
    return Topic.objects.descendant_ids([topic.slug for topic in topics])


def ancestry():
    """{topic id: [the topic's id, its parent's id, … up to the root]}."""
    parent_of = dict(Topic.objects.values_list("id", "parent_id"))
    chains = {}
    for topic_id in parent_of:
        chain, current = [], topic_id
        while current is not None and current not in chain and len(chain) < 50:
            chain.append(current)
            current = parent_of.get(current)
        chains[topic_id] = chain
    return chains


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


def tracks(*, topics=None, actors=None, until=None, chains=None):
    """{(speaker id, topic id): Track}: THE rule for where an actor stands on a topic, used by every page.

    A topic's track holds the actor's published statements with a stance on it or on a narrower
    topic, in the order they were said (ties on one day: the statement entered first comes first).
    A statement with stances on several topics of the scope counts once, with its stance on the
    topic itself, else on the narrowest-first, earliest-entered of them. The current stance is
    the last point; a shift is a point whose stance differs from the point before it.

    `topics`: the tracks of these topics only (default: every topic, each with its broader topics);
    `chains`: `ancestry()`, when the caller has it already.
    """
    chains = ancestry() if chains is None else chains
    if topics is not None:
        wanted = {topic.pk for topic in topics}
        rows = published_stances().filter(topic_id__in=topic_scope(topics))
    else:
        wanted = None
        rows = published_stances()
    if actors is not None:
        rows = rows.filter(statement__speaker__in=actors)
    if until:
        rows = rows.filter(said_on__lte=until)
    rows = rows.order_by("said_on", "statement_id", "topic_id").values_list(
        "statement__speaker_id", "statement_id", "said_on", "topic_id", "stance", "statement__date_precision"
    )
    found = {}
    chosen = {}  # for the statement being read: {target topic: (depth, topic id, point)}
    current_statement = None

    def flush():
        for target, (_, _, point) in chosen.items():
            key = (point_speaker, target)
            track = found.get(key)
            if track is None:
                track = found[key] = Track(point_speaker, target, [])
            track.points.append(point)
        chosen.clear()

    point_speaker = None
    for speaker_id, statement_id, said_on, topic_id, stance, precision in rows.iterator(chunk_size=2000):
        if statement_id != current_statement:
            flush()
            current_statement, point_speaker = statement_id, speaker_id
        point = Point(statement_id, said_on, stance, precision)
        for depth, target in enumerate(chains.get(topic_id, [topic_id])):
            if wanted is not None and target not in wanted:
                continue
            rank = (depth, topic_id)
            if target not in chosen or rank < chosen[target][:2]:
                chosen[target] = (*rank, point)
    flush()
    return found


def standings(topic, *, as_of=None):
    """Each actor's current stance on `topic` on or before `as_of`, actors by name."""
    found = list(tracks(topics=[topic], until=as_of).values())  # tracks of `topic` alone
    actors = Actor.objects.in_bulk({track.speaker_id for track in found})
    standings_list = [Standing(actors[track.speaker_id], track.current, len(track.points)) for track in found]
    return sorted(standings_list, key=lambda standing: (standing.actor.name, standing.actor.pk))


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
    speaker_ids = set(speaker_ids)
    found = []
    for (speaker_id, _topic_id), track in tracks(topics=[topic], actors=speaker_ids).items():
        for before, point in track.changes():
            found.append((speaker_id, point, before))
    found.sort(key=lambda item: (item[1].said_on, item[1].statement_id))
    found = found[-limit:] if limit else found
    excerpts = {
        pk: (excerpt, kind)
        for pk, excerpt, kind in Statement.objects.filter(pk__in=[point.statement_id for _, point, _ in found])
        .annotate(excerpt=Substr("text", 1, EXCERPT_LENGTH))
        .values_list("pk", "excerpt", "kind")
    }
    return [
        ChartPoint(
            speaker_id,
            point.statement_id,
            point.said_on,
            point.stance,
            before.stance if before else None,
            before.statement_id if before else None,
            point.precision,
            *excerpts.get(point.statement_id, ("", "direct_quote")),
        )
        for speaker_id, point, before in found
    ]


def shift_rows(*, topics=None, actors=None, until=None):
    """Every shift as (speaker id, topic id, before, after) points, newest first. Listed over all
    topics, a change shows once, on the narrowest topic it shows on."""
    chains = ancestry()
    found = []
    for (speaker_id, topic_id), track in tracks(topics=topics, actors=actors, until=until, chains=chains).items():
        found.extend((speaker_id, topic_id, before, after) for before, after in track.shifts())
    if topics is None:
        depth = {topic_id: len(chain) for topic_id, chain in chains.items()}
        narrowest = {}
        for row in found:
            pair = (row[2].statement_id, row[3].statement_id)
            if pair not in narrowest or depth.get(row[1], 0) > depth.get(narrowest[pair][1], 0):
                narrowest[pair] = row
        found = list(narrowest.values())
    found.sort(key=lambda row: (row[3].said_on, row[3].statement_id, row[1]), reverse=True)
    return found


def shifts(*, topics=None, actors=None, since=None, until=None, limit=None, full=False):
    """Shifts, newest first, with both statements; `full` loads their sources and topics too.

    `since` cuts after the fold: an earlier stance is what a shift is measured against."""
    rows = [
        row for row in shift_rows(topics=topics, actors=actors, until=until) if not since or row[3].said_on >= since
    ]
    return _load_shifts(rows[:limit] if limit else rows, full=full)


def group_summaries(key, *, topics=None, actors=None):
    """Per topic (key "topic") or speaker ("speaker"): the current stance, how many shifts, and the latest
    shift: {id: {"current": Point, "shift_count": n, "last_shift": Shift or None}}."""
    summaries, latest = {}, {}
    for (speaker_id, topic_id), track in tracks(topics=topics, actors=actors).items():
        group = {"topic": topic_id, "speaker": speaker_id}[key]
        shifts_found = track.shifts()
        summary = summaries.setdefault(group, {"current": None, "shift_count": 0, "last_shift": None})
        if summary["current"] is None or _later(track.current, summary["current"]):
            summary["current"] = track.current
        summary["shift_count"] += len(shifts_found)
        if shifts_found and (group not in latest or _later(shifts_found[-1][1], latest[group][3])):
            latest[group] = (speaker_id, topic_id, *shifts_found[-1])
    loaded = _load_shifts(list(latest.values()))
    for group, shift in zip(latest, loaded, strict=True):
        summaries[group]["last_shift"] = shift
    return summaries


def _later(point, other):
    return (point.said_on, point.statement_id) > (other.said_on, other.statement_id)


def _load_shifts(rows, *, full=False):
    """Shift objects for (speaker id, topic id, before point, after point) rows."""
    statement_ids = {row[2].statement_id for row in rows} | {row[3].statement_id for row in rows}
    statements = (
        Statement.objects.with_relations() if full else Statement.objects.select_related("speaker", "relayed_by")
    )
    statements = statements.in_bulk(statement_ids) if statement_ids else {}
    actors = Actor.objects.in_bulk({row[0] for row in rows}) if rows else {}
    topics = Topic.objects.in_bulk({row[1] for row in rows}) if rows else {}
    return [
        Shift(
            actor=actors[speaker_id],
            topic=topics[topic_id],
            before=statements[before.statement_id],
            after=statements[after.statement_id],
            from_stance=before.stance,
            to_stance=after.stance,
        )
        for speaker_id, topic_id, before, after in rows
    ]


def shift_between(before_id, after_id, topic):
    """The shift from statement `before_id` to `after_id` on `topic`, or None when the two are not
    consecutive points of one actor's track on that topic with different stances."""
    if before_id == after_id:
        return None
    speakers = set(
        Statement.objects.published().filter(pk__in=[before_id, after_id]).values_list("speaker_id", flat=True)
    )
    if len(speakers) != 1:
        return None
    track = tracks(topics=[topic], actors=speakers).get((speakers.pop(), topic.pk))
    for before, after in track.shifts() if track else ():
        if (before.statement_id, after.statement_id) == (before_id, after_id):
            return _load_shifts([(track.speaker_id, topic.pk, before, after)], full=True)[0]
    return None


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
    return list(links.select_related("from_statement__speaker", "to_statement__speaker").order_by("-id")[:limit])


def actor_summary(actor, *, recent=10):
    """The actor's current stance per topic (narrower topics included) with its shifts; how many
    changes of position in all; the last one; and the latest `recent`, newest first."""
    by_topic = group_summaries("topic", actors=[actor])
    topics = Topic.objects.in_bulk(by_topic)
    entries = sorted(
        ({"topic": topics[topic_id], **summary} for topic_id, summary in by_topic.items()),
        key=lambda entry: (entry["topic"].name, entry["topic"].pk),
    )
    changes = shift_rows(actors=[actor])  # each change once, on its narrowest topic
    latest = _load_shifts(changes[:recent])
    return {
        "current": [(entry["topic"], entry["current"]) for entry in entries],
        "topics": entries,
        "shift_count": len(changes),
        "last_shift": latest[0] if latest else None,
        "shifts": latest,
    }


EVENT_AFTERMATH = datetime.timedelta(days=30)


def event_shifts(event):
    """Shifts by the participants whose new stance came during the event or within a month after."""
    participants = list(event.participants.all())
    if not participants:
        return []
    return shifts(actors=participants, since=event.start_date, until=event.last_day + EVENT_AFTERMATH)
