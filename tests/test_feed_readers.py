"""The Atom feeds as a feed reader sees them (feedparser): each filtered feed is its own feed,
its self link keeps its filters, and entries are dated when the words were said."""

import feedparser
import pytest

from tests.readers import build_world

pytestmark = pytest.mark.django_db

FEEDS = [
    "/feeds/statements.atom",
    "/feeds/statements.atom?actor=volodymyr-zelenskyy",
    "/feeds/statements.atom?actor=volodymyr-zelenskyy&topic=air-defence",
    "/feeds/statements.atom?topic=territory&kind=paraphrase",
    "/feeds/shifts.atom",
    "/feeds/shifts.atom?topic=security-guarantees",
]


@pytest.fixture
def world(db):
    return build_world()


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    return parsed


def test_every_filtered_feed_has_its_own_id_and_a_self_link_with_its_filters(client, world):
    ids = set()
    for url in FEEDS:
        feed = parse(client, url).feed
        self_links = [link.href for link in feed.links if link.rel == "self"]
        assert self_links == [f"http://testserver{url}"], url
        ids.add(feed.id)
    assert len(ids) == len(FEEDS)


def test_the_same_filters_in_another_order_are_the_same_feed(client, world):
    one = parse(client, "/feeds/statements.atom?topic=territory&kind=paraphrase").feed
    other = parse(client, "/feeds/statements.atom?kind=paraphrase&topic=territory").feed
    assert one.id == other.id


def test_an_entry_is_published_when_it_was_said_and_updated_when_it_last_changed(client, world):
    entries = {entry.link: entry for entry in parse(client, "/feeds/statements.atom").entries}
    quote = entries[f"http://testserver{world.guarantee_quote.get_absolute_url()}"]
    assert quote.published.startswith("2025-09-23")
    assert quote.updated.startswith(world.guarantee_quote.updated_at.date().isoformat())
    retracted = entries[f"http://testserver{world.retracted.get_absolute_url()}"]
    assert retracted.title.startswith("[Retracted]")
    assert "Misattributed" in retracted.summary
