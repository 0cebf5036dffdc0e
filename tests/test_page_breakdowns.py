"""Actor, topic and event pages carry a bounded number of rows, with links to the rest."""

import datetime
import re
from unittest import mock

import pytest
from django.test import TestCase

from tests import factories
from tracker import position_views, views
from tracker.models import Statement, StatementTopic

pytestmark = pytest.mark.django_db

DAY = datetime.date(2025, 9, 23)


def table_rows(html, heading_id):
    section = html[html.index(f'id="{heading_id}"') :]
    section = section[: section.index("</section>")]
    return re.findall(r'<th scope="row"><a href="\?(?:topic|actor)=([^"]+)"', section)


class BusyActorPages(TestCase):
    """An actor speaking on 25 topics, topic n in n + 1 statements (the busiest first in the table).

    Built once for the class (`setUpTestData`): a few hundred statements with their derived rows."""

    @classmethod
    def setUpTestData(cls):
        actor = factories.ActorFactory(name="Olena Kovalenko", slug="olena-kovalenko")
        for number in range(25):
            topic = factories.TopicFactory(name=f"Subject {number:02d}", slug=f"subject-{number:02d}")
            for _ in range(number + 1):
                statement = factories.StatementFactory(speaker=actor, said_on=DAY)
                factories.StatementTopicFactory(statement=statement, topic=topic)

    def test_an_actor_page_shows_twenty_topics_a_page_busiest_first(self):
        html = self.client.get("/actors/olena-kovalenko/").content.decode()
        assert table_rows(html, "breakdown-heading") == [f"subject-{number:02d}" for number in range(24, 4, -1)]
        assert "1–20 of 25" in html
        assert 'href="?breakdown_page=2#breakdown-heading"' in html and "More topics" in html
        second = self.client.get("/actors/olena-kovalenko/?breakdown_page=2").content.decode()
        assert table_rows(second, "breakdown-heading") == [f"subject-{number:02d}" for number in range(4, -1, -1)]
        assert "21–25 of 25" in second and 'href="?breakdown_page=1#breakdown-heading"' in second
        # Each page reads the stance mix of its own rows.
        assert breakdown_row(second, "breakdown-heading", "subject-04", parameter="topic") == (5, "supports: 5")
        assert breakdown_row(second, "breakdown-heading", "subject-00", parameter="topic") == (1, "supports: 1")
        assert "Clear filters" not in second, "a page of the table is no filter of the statements"

    def test_a_page_of_the_table_keeps_the_statement_filters(self):
        html = self.client.get("/actors/olena-kovalenko/?kind=direct_quote").content.decode()
        assert 'href="?kind=direct_quote&amp;breakdown_page=2#breakdown-heading"' in html

    def test_a_page_that_is_not_there_is_a_clear_400(self):
        for value, message in (
            ("3", "There is no page 3 of this table: it has 2."),
            ("0", "There is no page 0 of this table: it has 2."),
            ("two", "“two” is not a page number"),
            ("1.5", "“1.5” is not a page number"),
            ("9" * 5000, "is not a page number"),
            ("²", "is not a page number"),
        ):
            with self.subTest(value=value[:10]):
                response = self.client.get("/actors/olena-kovalenko/", {"breakdown_page": value})
                assert response.status_code == 400
                html = response.content.decode()
                assert message in html
                assert len(table_rows(html, "breakdown-heading")) == 20, "the first page stands in"


class CrowdedTopicPages(TestCase):
    """A topic 30 actors spoke on: actor n supports it n + 1 times, actor 0 opposes it. Built once for the class."""

    @classmethod
    def setUpTestData(cls):
        cls.topic = factories.TopicFactory(name="Ceasefire", slug="ceasefire")
        for number in range(30):
            speaker = factories.ActorFactory(name=f"Speaker {number:02d}", slug=f"speaker-{number:02d}")
            stance = StatementTopic.Stance.OPPOSES if number == 0 else StatementTopic.Stance.SUPPORTS
            for _ in range(number + 1):
                statement = factories.StatementFactory(speaker=speaker, said_on=DAY)
                factories.StatementTopicFactory(statement=statement, topic=cls.topic, stance=stance)

    def test_a_topic_page_shows_twenty_speakers_a_page(self):
        html = self.client.get("/topics/ceasefire/").content.decode()
        assert table_rows(html, "positions-heading") == [f"speaker-{number:02d}" for number in range(29, 9, -1)]
        assert "1–20 of 30" in html and "More speakers" in html
        second = self.client.get("/topics/ceasefire/?breakdown_page=2").content.decode()
        assert table_rows(second, "positions-heading") == [f"speaker-{number:02d}" for number in range(9, -1, -1)]
        # Each page reads the stance mix of its own rows.
        assert breakdown_row(second, "positions-heading", "speaker-09") == (10, "supports: 10")
        assert breakdown_row(second, "positions-heading", "speaker-00") == (1, "opposes: 1")
        assert self.client.get("/topics/ceasefire/?breakdown_page=3").status_code == 400

    def test_a_topic_page_names_the_busiest_dozen_a_stance_and_links_the_rest(self):
        html = self.client.get("/topics/ceasefire/").content.decode()
        standings = html[html.index('id="standings-heading"') : html.index('id="topic-shifts-heading"')]
        named = re.findall(r'<li id="standing-([^"]+)">', standings)
        assert named == [*(f"speaker-{number:02d}" for number in range(29, 17, -1)), "speaker-00"]
        assert 'href="/positions/?topic=ceasefire&amp;stance=supports">All 29 on the positions page' in standings
        positions = self.client.get("/positions/?topic=ceasefire").content.decode()
        assert len(re.findall(r'<li id="standing-', positions)) == 30, "the positions page names forty a stance"

    @mock.patch.object(position_views, "STANDINGS_SHOWN", 5)
    def test_the_positions_page_names_the_busiest_of_a_stance_and_lists_all_of_one_on_its_own(self):
        drafty = factories.ActorFactory(name="Drafty", slug="drafty")
        for _ in range(40):
            statement = factories.StatementFactory(speaker=drafty, said_on=DAY, status=Statement.Status.DRAFT)
            factories.StatementTopicFactory(statement=statement, topic=self.topic, stance="supports")
        html = self.client.get("/positions/?topic=ceasefire").content.decode()
        standings = html[html.index('id="standings-heading"') : html.index('id="over-time-heading"')]
        assert re.findall(r'<li id="standing-([^"]+)">', standings) == [
            *(f"speaker-{number:02d}" for number in range(29, 24, -1)),
            "speaker-00",
        ]
        assert 'href="/positions/?topic=ceasefire&amp;stance=supports">All 29 on the positions page' in standings
        assert "of each of 30 actors" in standings
        supporters = self.client.get("/positions/?topic=ceasefire&stance=supports").content.decode()
        assert re.findall(r'<li id="standing-([^"]+)">', supporters) == [
            f"speaker-{number:02d}" for number in range(29, 0, -1)
        ], "every supporter, busiest first, drafts never"
        assert 'id="over-time-heading"' not in supporters and 'href="/positions/?topic=ceasefire">' in supporters
        assert self.client.get("/positions/?topic=ceasefire&stance=maybe").status_code == 400


def test_an_event_page_shows_the_nearest_statements_and_links_the_timeline(client, db):
    event = factories.EventFactory(name="Geneva talks", slug="geneva-talks", start_date=DAY)
    speaker = factories.ActorFactory(name="Anders Lindqvist", slug="anders-lindqvist")
    for number in range(30):
        factories.StatementFactory(
            speaker=speaker, event=event, said_on=DAY, text=f"During the talks, remark {number}."
        )
    for number in range(25):
        said_on = DAY - datetime.timedelta(days=25 - number)
        factories.StatementFactory(
            speaker=speaker, event=event, said_on=said_on, text=f"Before the talks, remark {number}."
        )
    factories.StatementFactory(speaker=speaker, event=event, said_on=DAY, status=Statement.Status.DRAFT, text="Draft.")
    html = client.get("/events/geneva-talks/").content.decode()
    before = re.findall(r"Before the talks, remark (\d+)\.", html)
    assert before == [str(number) for number in range(5, 25)], "the twenty nearest the event"
    assert len(re.findall(r"During the talks, remark \d+\.", html)) == 20
    assert "The 20 nearest to the event of 25" in html and "The first 20 of 30" in html
    assert 'href="/?event=geneva-talks&amp;sort=oldest"' in html
    timeline = client.get("/?event=geneva-talks&sort=oldest").content.decode()
    assert "55 statements" in re.sub(r"<[^>]+>", "", timeline)


def breakdown_row(html, heading_id, slug, parameter="actor"):
    """(statements, the stance bar's label) of one row of a breakdown table."""
    section = html[html.index(f'id="{heading_id}"') :]
    row = section[section.index(f'href="?{parameter}={slug}"') :]
    row = row[: row.index("</tr>")]
    total = re.search(r'data-label="Statements">(\d+)<', row).group(1)
    return int(total), re.search(r'aria-label="([^"]*)"', row).group(1)


def test_a_topic_pages_table_counts_its_narrower_topics_and_never_drafts(client, db):
    parent = factories.TopicFactory(name="Air defence", slug="air-defence")
    child = factories.TopicFactory(name="Patriot systems", slug="patriot-systems", parent=parent)
    ana = factories.ActorFactory(name="Ana Example", slug="ana-example")
    said = []
    for topic, stance, status in (
        (parent, "supports", "published"),
        (child, "opposes", "published"),
        (child, "opposes", "published"),
        (child, "supports", "draft"),
        (child, "supports", "review"),
    ):
        statement = factories.StatementFactory(speaker=ana, said_on=DAY, status=status)
        factories.StatementTopicFactory(statement=statement, topic=topic, stance=stance)
        said.append(statement)
    html = client.get("/topics/air-defence/").content.decode()
    assert breakdown_row(html, "positions-heading", "ana-example") == (3, "supports: 1, opposes: 2")
    narrower = client.get("/topics/patriot-systems/").content.decode()
    assert breakdown_row(narrower, "positions-heading", "ana-example") == (2, "opposes: 2")
    said[1].status = Statement.Status.DRAFT
    said[1].save()
    said[3].status = Statement.Status.PUBLISHED
    said[3].save()
    html = client.get("/topics/air-defence/").content.decode()
    assert breakdown_row(html, "positions-heading", "ana-example") == (3, "supports: 2, opposes: 1")
    actor_page = client.get("/actors/ana-example/").content.decode()
    topics = actor_page[actor_page.index('id="breakdown-heading"') :]
    rows = re.findall(r'href="\?topic=([^"]+)">.*?data-label="Statements">(\d+)<', topics, re.S)
    assert rows == [("air-defence", "3"), ("patriot-systems", "2")], "a topic's row counts its narrower topics"
    topic_list = re.sub(r"\s+", " ", client.get("/topics/").content.decode())
    assert 'Air defence</a> <span class="muted">1 statement<' in topic_list
    assert 'Patriot systems</a> <span class="muted">2 statements<' in topic_list


def test_a_statement_on_a_topic_and_a_narrower_one_counts_once_beside_its_changes(client, db):
    parent = factories.TopicFactory(name="Sanctions", slug="sanctions")
    child = factories.TopicFactory(name="Oil price cap", slug="oil-price-cap", parent=parent)
    ana = factories.ActorFactory(name="Ana Example", slug="ana-example")
    for day, stances in (
        (DAY, {parent: "supports"}),
        (DAY + datetime.timedelta(days=1), {parent: "opposes", child: "opposes"}),
        (DAY + datetime.timedelta(days=2), {child: "supports"}),
    ):
        statement = factories.StatementFactory(speaker=ana, said_on=day)
        for topic, stance in stances.items():
            factories.StatementTopicFactory(statement=statement, topic=topic, stance=stance)
    actor_page = client.get("/actors/ana-example/").content.decode()
    topics = actor_page[actor_page.index('id="breakdown-heading"') : actor_page.index('id="actor-shifts-heading"')]
    rows = re.findall(
        r'href="\?topic=([^"]+)">.*?aria-label="([^"]*)".*?data-label="Changes">(\d+)<', topics.replace("\n", " ")
    )
    statements = re.findall(r'data-label="Statements">(\d+)<', topics)
    assert list(zip(rows, statements, strict=True)) == [
        (("sanctions", "supports: 2, opposes: 2", "2"), "3"),
        (("oil-price-cap", "supports: 1, opposes: 1", "1"), "2"),
    ]
    topic_page = client.get("/topics/sanctions/").content.decode()
    assert breakdown_row(topic_page, "positions-heading", "ana-example") == (3, "supports: 2, opposes: 2")


def test_the_actor_list_shows_its_cards_a_page_at_a_time_by_name(client, db, monkeypatch):
    monkeypatch.setattr(views.ActorListView, "paginate_by", 3)
    for name, published in (("Dana", 1), ("Ada", 1), ("Cleo", 1), ("Bea", 2), ("Eve", 1)):
        actor = factories.ActorFactory(name=name, slug=name.lower())
        for _ in range(published):
            factories.StatementFactory(speaker=actor, said_on=DAY)
        factories.StatementFactory(speaker=actor, said_on=DAY, status=Statement.Status.DRAFT)
    drafty = factories.ActorFactory(name="Abe Drafty", slug="abe-drafty")
    factories.StatementFactory(speaker=drafty, said_on=DAY, status=Statement.Status.DRAFT)

    def cards(html):
        return re.findall(r'class="actor-card__name" href="/actors/([^/]+)/"', html)

    html = client.get("/actors/").content.decode()
    assert cards(html) == ["ada", "bea", "cleo"], "drafts never put an actor on the list"
    assert "1–3 of 5" in html and 'href="?page=2"' in html
    assert re.search(r"Bea</a>.*?2 statements · latest 23 Sep 2025", html, re.S)
    second = client.get("/actors/?page=2").content.decode()
    assert cards(second) == ["dana", "eve"] and "4–5 of 5" in second and 'href="?page=1"' in second
    assert client.get("/actors/?page=3").status_code == 404


def test_large_counts_are_written_with_thousands_separators(client, db, monkeypatch):
    actor = factories.ActorFactory(name="Ada", slug="ada")
    factories.StatementFactory(speaker=actor, said_on=DAY)
    monkeypatch.setattr(views.rollups, "speaker_totals", lambda slice_: {actor.pk: 133565})
    html = re.sub(r"\s+", " ", client.get("/actors/").content.decode())
    assert "133,565 statements" in html
