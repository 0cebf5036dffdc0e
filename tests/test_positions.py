"""A small hand-computed history: three actors, two topics, stances changing over time."""

import datetime

import pytest

from tests import factories
from tracker import positions
from tracker.models import Statement

pytestmark = pytest.mark.django_db

D = datetime.date


def build_history():
    """Three actors, two topics; a draft and a statement in review that must never count.

    Guarantees: Ana opposes, opposes, supports (a shift on 1 Jun); Ben supports, mixed (a shift on 1 May).
    Territory: Ben supports; Cal opposes, then supports on 1 Aug (a shift; the review statement between
    them is not published and does not count).
    """
    actors = {name: factories.ActorFactory(name=name) for name in ("Ana", "Ben", "Cal")}
    topics = {name: factories.TopicFactory(name=name) for name in ("Guarantees", "Territory")}
    outlet = factories.OutletFactory(name="Daily Wire Service", slug="daily-wire")

    def say(actor, topic, stance, on, status=Statement.Status.PUBLISHED):
        statement = factories.StatementFactory(
            speaker=actors[actor], said_on=on, status=status, text=f"{actor} on {topic}, {on:%d %B}: {stance}."
        )
        factories.StatementTopicFactory(statement=statement, topic=topics[topic], stance=stance)
        factories.StatementSourceFactory(
            statement=statement,
            source=factories.SourceFactory(outlet=outlet, title=f"Report of {on:%d %B} on {actor}"),
        )
        return statement

    s = {
        "ana1": say("Ana", "Guarantees", "opposes", D(2025, 1, 10)),
        "ana2": say("Ana", "Guarantees", "opposes", D(2025, 3, 1)),
        "ana3": say("Ana", "Guarantees", "supports", D(2025, 6, 1)),  # shift
        "ana_draft": say("Ana", "Guarantees", "opposes", D(2025, 7, 1), Statement.Status.DRAFT),
        "ben1": say("Ben", "Guarantees", "supports", D(2025, 2, 1)),
        "ben2": say("Ben", "Guarantees", "mixed", D(2025, 5, 1)),  # shift
        "ben3": say("Ben", "Territory", "supports", D(2025, 5, 2)),
        "cal1": say("Cal", "Territory", "opposes", D(2025, 1, 1)),
        "cal_review": say("Cal", "Territory", "supports", D(2025, 2, 1), Statement.Status.REVIEW),
        "cal2": say("Cal", "Territory", "supports", D(2025, 8, 1)),  # shift
    }
    return actors, topics, s


@pytest.fixture
def history(db):
    return build_history()


def test_shifts_are_listed_newest_first_with_both_statements(history):
    actors, topics, s = history
    listed = [(str(shift.actor), str(shift.topic), shift.before, shift.after) for shift in positions.shifts()]
    assert listed == [
        ("Cal", "Territory", s["cal1"], s["cal2"]),
        ("Ana", "Guarantees", s["ana2"], s["ana3"]),
        ("Ben", "Guarantees", s["ben1"], s["ben2"]),
    ]
    assert str(positions.shifts(actors=[actors["Ana"]])[0]) == "Ana on Guarantees: opposes → supports, 1 Jun 2025"


def test_drafts_and_review_statements_never_count(history):
    actors, topics, s = history
    s["ana_draft"].status = Statement.Status.PUBLISHED
    s["ana_draft"].save()
    assert [shift.after for shift in positions.shifts(actors=[actors["Ana"]])] == [s["ana_draft"], s["ana3"]]
    s["ana_draft"].status = Statement.Status.RETRACTED
    s["ana_draft"].save()
    assert [shift.after for shift in positions.shifts(actors=[actors["Ana"]])] == [s["ana3"]]


def test_positions_as_of_a_date(history):
    actors, topics, s = history

    def names(grouped):
        return {stance: [str(track.actor) for track in tracks] for stance, tracks in grouped.items() if tracks}

    assert names(positions.positions_as_of(topics["Guarantees"], D(2025, 4, 1))) == {
        "opposes": ["Ana"],
        "supports": ["Ben"],
    }
    assert names(positions.positions_as_of(topics["Guarantees"])) == {"supports": ["Ana"], "mixed": ["Ben"]}
    assert names(positions.positions_as_of(topics["Territory"], D(2025, 3, 1))) == {"opposes": ["Cal"]}


def test_shifts_in_a_period_still_compare_with_the_earlier_stance(history):
    actors, topics, s = history
    in_summer = positions.shifts(since=D(2025, 6, 1), until=D(2025, 12, 31))
    assert [(shift.before, shift.after) for shift in in_summer] == [(s["cal1"], s["cal2"]), (s["ana2"], s["ana3"])]


def test_shifts_up_to_a_date_leave_later_ones_out(history):
    actors, topics, s = history
    assert [shift.after for shift in positions.shifts(until=D(2025, 5, 31))] == [s["ben2"]]
    spring = positions.shifts(since=D(2025, 5, 1), until=D(2025, 6, 1))
    assert [(shift.before, shift.after) for shift in spring] == [(s["ana2"], s["ana3"]), (s["ben1"], s["ben2"])]


def test_shift_between_accepts_only_consecutive_published_statements_with_different_stances(history):
    actors, topics, s = history
    shift = positions.shift_between(s["cal1"].pk, s["cal2"].pk, topics["Territory"])
    assert (shift.from_stance, shift.to_stance, str(shift.actor)) == ("opposes", "supports", "Cal")
    assert positions.shift_between(s["ana1"].pk, s["ana3"].pk, topics["Guarantees"]) is None
    assert positions.shift_between(s["ana1"].pk, s["ana2"].pk, topics["Guarantees"]) is None


def test_group_summaries_by_speaker_and_by_topic(history):
    actors, topics, s = history
    s["ana_draft"].status = Statement.Status.PUBLISHED
    s["ana_draft"].save()
    by_speaker = positions.group_summaries("speaker", topics=[topics["Guarantees"]])
    assert {
        actor_id: (summary["current"].statement_id, summary["shift_count"], summary["last_shift"].after.statement_id)
        for actor_id, summary in by_speaker.items()
    } == {
        actors["Ana"].pk: (s["ana_draft"].pk, 2, s["ana_draft"].pk),
        actors["Ben"].pk: (s["ben2"].pk, 1, s["ben2"].pk),
    }
    by_topic = positions.group_summaries("topic", actors=[actors["Ben"]])
    assert by_topic[topics["Territory"].pk]["shift_count"] == 0
    assert by_topic[topics["Territory"].pk]["last_shift"] is None
    assert by_topic[topics["Territory"].pk]["current"] == positions.Point(s["ben3"].pk, D(2025, 5, 2), "supports")


def test_actor_summary_gives_current_stances_and_shift_count(history):
    actors, topics, s = history
    summary = positions.actor_summary(actors["Ben"])
    assert [(str(topic), point.stance) for topic, point in summary["current"]] == [
        ("Guarantees", "mixed"),
        ("Territory", "supports"),
    ]
    assert summary["shift_count"] == 1
    assert summary["last_shift"].after.pk == s["ben2"].pk


def test_demo_shows_trump_shifting_across_the_new_york_meeting(demo):
    from tracker.models import Event

    event = Event.objects.get(slug="zelenskyy-trump-meeting-new-york-2025")
    assert sorted(str(shift) for shift in positions.event_shifts(event)) == [
        "Donald Trump on Security guarantees: opposes → supports, 23 Sep 2025",
        "Donald Trump on Security guarantees: supports → opposes, 23 Sep 2025",
    ]
