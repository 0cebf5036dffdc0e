"""The charts of issue 8: statements per month by speaker on the timeline, and the stance chart's drawing."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories
from tests.readers import chart_svg
from tests.test_positions import build_history
from tracker import charts, positions
from tracker.models import Statement

pytestmark = pytest.mark.django_db

D = datetime.date


def speakers_svg(client, url):
    return chart_svg(client, client.get(url), "speakers")


def speaker_rows(svg):
    """[(label, total)] of the speakers chart, top to bottom."""
    return [
        (name, int(total))
        for name, total in re.findall(r'<text x="0" y="[\d.]+" class="speaker-chart__name">([^<]+) · (\d+)</text>', svg)
    ]


def bar_titles(html):
    return re.findall(r'class="speaker-chart__bar[^"]*"><title>([^<]+)</title>', html)


@pytest.fixture
def chorus(db):
    """Seven speakers with 7, 6, … 1 published statements in March 2025, plus drafts that must not count."""
    speakers = [factories.ActorFactory(name=f"Speaker {n}") for n in range(1, 8)]
    for rank, speaker in enumerate(speakers):
        for day in range(7 - rank):
            factories.StatementFactory(speaker=speaker, said_on=D(2025, 3, day + 1))
    factories.StatementFactory(speaker=speakers[6], said_on=D(2025, 4, 1))
    for _ in range(9):
        factories.StatementFactory(speaker=speakers[6], said_on=D(2025, 4, 2), status=Statement.Status.DRAFT)
    return speakers


def test_timeline_shows_statements_per_month_for_the_top_five_speakers_and_everyone_else(client, chorus):
    html = speakers_svg(client, "/")
    assert speaker_rows(html) == [
        ("Speaker 1", 7),
        ("Speaker 2", 6),
        ("Speaker 3", 5),
        ("Speaker 4", 4),
        ("Speaker 5", 3),
        ("Everyone else", 2 + 2),
    ]
    titles = bar_titles(html)
    assert "Speaker 1, March 2025: 7" in titles
    assert "Everyone else, March 2025: 3" in titles and "Everyone else, April 2025: 1" in titles


def test_speakers_chart_follows_the_filter(client, chorus):
    html = speakers_svg(client, "/?actor=speaker-6&actor=speaker-7")
    assert speaker_rows(html) == [("Speaker 6", 2), ("Speaker 7", 2)], "ties in entry order"
    assert "Speaker 7, April 2025: 1" in bar_titles(html)
    assert "Everyone else" not in html


def test_speakers_chart_is_left_out_for_a_single_speaker_or_no_match(client, chorus):
    assert speakers_svg(client, "/?actor=speaker-1") is None
    assert speakers_svg(client, "/?q=nothingmatchesthis") is None
    assert speakers_svg(client, "/?actor=nobody") is None
    assert speakers_svg(client, "/?actor=speaker-1&actor=speaker-2") is not None


def test_speakers_chart_says_so_when_one_speaker_matches(client, chorus):
    factories.StatementFactory(speaker=chorus[0], text="A lone zebra crossing", said_on=D(2025, 3, 9))
    svg = speakers_svg(client, "/?q=zebra")
    assert "Fewer than two speakers match these filters" in svg and speaker_rows(svg) == []


def test_the_page_does_not_wait_for_the_chart_aggregates(client, chorus):
    with CaptureQueriesContext(connection) as captured:
        client.get("/?date_after=2025-01-01")
    assert [query["sql"] for query in captured.captured_queries if "GROUP BY" in query["sql"]] == []


def test_speakers_chart_aggregates_are_cached(client, chorus):
    # A filter the monthly counts cannot answer (a kind): grouped over the statements once, then cached.
    speakers_svg(client, "/?date_after=2025-01-01&kind=direct_quote")
    with CaptureQueriesContext(connection) as captured:
        html = client.get("/charts/speakers.svg?date_after=2025-01-01&kind=direct_quote").content.decode()
    assert speaker_rows(html)[0] == ("Speaker 1", 7)
    grouped = [query["sql"] for query in captured.captured_queries if "GROUP BY" in query["sql"]]
    assert grouped == [], "the per-speaker and per-month counts come from the cache"


def test_speakers_chart_of_speakers_topics_and_dates_reads_the_monthly_counts(client, chorus):
    with CaptureQueriesContext(connection) as captured:
        html = client.get("/charts/speakers.svg?date_after=2025-01-01").content.decode()
    assert speaker_rows(html)[0] == ("Speaker 1", 7)
    grouped = [query["sql"] for query in captured.captured_queries if "GROUP BY" in query["sql"]]
    assert grouped and not any('FROM "tracker_statement"' in sql for sql in grouped), "no statement is grouped"


def test_stance_shapes_differ_for_every_stance():
    shapes = {stance: charts.stance_shape(stance, 10, 10) for stance in ("supports", "opposes", "mixed", "neutral")}
    shapes["unclear"] = charts.stance_shape("unclear", 10, 10)
    assert len(set(shapes.values())) == 5
    assert [value for value, label, shape in charts.stance_legend()] == [
        "supports",
        "opposes",
        "neutral",
        "mixed",
        "unclear",
    ]


def test_stance_chart_puts_points_in_date_order_on_a_shared_axis(db):
    actors, topics, s = build_history()
    current = positions.standings(topics["Guarantees"])
    points = positions.chart_points(topics["Guarantees"], [standing.actor.pk for standing in current], limit=100)
    chart = charts.stance_chart(current, points)
    ana, ben = chart["rows"]
    assert [mark.point.statement_id for mark in ana.marks] == [s["ana1"].pk, s["ana2"].pk, s["ana3"].pk]
    xs = [mark.x for mark in ana.marks]
    assert xs == sorted(xs) and ana.y < ben.y
    assert ben.marks[0].x < ana.marks[1].x < ben.marks[1].x, "one time axis for every row"
    assert [stance for _, _, stance in ana.segments] == ["opposes", "opposes"]
    assert [mark.point.is_shift for mark in ana.marks] == [False, False, True]
    assert chart["shift_count"] == 2


def test_stance_chart_limit_keeps_the_newest_points_and_their_shift_marks(db):
    actors, topics, s = build_history()
    points = positions.chart_points(topics["Guarantees"], [actors["Ana"].pk, actors["Ben"].pk], limit=2)
    assert [point.statement_id for point in points] == [s["ben2"].pk, s["ana3"].pk]
    assert all(point.is_shift for point in points), "the stance before the first point shown still counts"


@pytest.mark.parametrize("said_on", [D(1, 1, 1), D(9999, 12, 31)])
def test_extreme_dates_do_not_break_the_positions_page(client, said_on):
    topic = factories.TopicFactory(name="Edge", slug="edge")
    for stance, day in (("opposes", said_on), ("supports", said_on)):
        statement = factories.StatementFactory(said_on=day)
        factories.StatementTopicFactory(statement=statement, topic=topic, stance=stance)
    response = client.get(f"/positions/?topic=edge&as_of={said_on.isoformat()}")
    assert response.status_code == 200
    assert 'class="stance-chart__svg"' in response.content.decode()


def test_a_hostile_speaker_name_stays_inert_in_the_chart_tooltips(client):
    hostile = factories.ActorFactory(name='<script>alert(1)</script>"><img src=x onerror=alert(2)>')
    for actor in (hostile, factories.ActorFactory(name="Calm Speaker")):
        factories.StatementFactory(speaker=actor, said_on=D(2025, 3, 3))
    html = speakers_svg(client, "/")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt;, March 2025: 1" in html
    assert "<script>alert(1)" not in html and "<img src=x" not in html
