"""The Atom feed goes through the same StatementFilter as the timeline."""

import xml.etree.ElementTree as ET

import pytest

from tests import factories
from tests.readers import HIDDEN_TEXTS, build_world

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def world(db):
    return build_world()


def entries(client, query=""):
    response = client.get(f"/feeds/statements.atom{query}")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    return feed, [entry.findtext(f"{ATOM}title") for entry in feed.iter(f"{ATOM}entry")]


def test_feed_lists_published_statements_newest_first_and_keeps_retractions_marked(client, world):
    feed, titles = entries(client)
    assert len(titles) == 5
    assert titles[0].startswith("Volodymyr Zelenskyy: “President Trump is ready")
    assert [title for title in titles if "retracted remark" in title] == [
        "[Retracted] Vladimir Putin: “A retracted remark about guarantees.”"
    ]
    assert feed.findtext(f"{ATOM}title") == "Parley: latest statements"


def test_feed_of_an_actor_and_topic_filter(client, world):
    feed, titles = entries(client, "?actor=volodymyr-zelenskyy&topic=air-defence")
    assert titles == ["Volodymyr Zelenskyy: (reported speech) Ukraine needs more Patriot batteries before winter."]
    assert "Volodymyr Zelenskyy" in feed.findtext(f"{ATOM}title")


def test_feed_entries_link_to_statement_pages(client, world):
    feed, _ = entries(client, "?q=guarantee")
    entry = next(feed.iter(f"{ATOM}entry"))
    assert entry.find(f"{ATOM}link").get("href").endswith(world.guarantee_quote.get_absolute_url())
    assert entry.find(f"{ATOM}author").findtext(f"{ATOM}name") == "Volodymyr Zelenskyy"


def test_feed_never_carries_drafts(client, world):
    body = client.get("/feeds/statements.atom?q=guarantees").content.decode()
    for text in HIDDEN_TEXTS:
        assert text not in body


@pytest.mark.parametrize("query", ["?actor=nobody", "?date_after=2025-13-45", "?q=" + "x" * 10_000])
def test_feed_with_bad_filters_is_400_with_a_message(client, world, query):
    response = client.get(f"/feeds/statements.atom{query}")
    assert response.status_code == 400
    assert "These filters cannot be applied" in response.content.decode()


def test_control_characters_in_stored_text_do_not_break_the_feed(client):
    factories.StatementFactory(text="A pasted\x08 control character and a form feed\x0c.")
    response = client.get("/feeds/statements.atom")
    assert response.status_code == 200
    assert "A pasted control character and a form feed." in response.content.decode()


def test_a_search_with_control_characters_is_refused_with_a_message(client):
    for url in ("/", "/feeds/statements.atom", "/api/statements/"):
        response = client.get(url, {"q": "war\x08"})
        assert response.status_code == 400, url
        assert "Remove the control characters from the search." in response.content.decode(), url
