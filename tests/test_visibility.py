"""Drafts and statements in review reach nobody without permission, on any surface."""

import json

import pytest
from django.test import Client
from django.urls import reverse

from tests import factories
from tests.readers import chart_svg
from tracker.models import Statement

pytestmark = pytest.mark.django_db

SECRET = "unannounced"


@pytest.fixture
def world(db):
    speaker = factories.ActorFactory(name="Speaker", slug="speaker")
    mentioned = factories.ActorFactory(name="Mentioned", slug="mentioned")
    topic = factories.TopicFactory(name="Guarantees", slug="guarantees")
    outlet = factories.OutletFactory(name="Outlet", slug="outlet")
    event = factories.EventFactory(name="Summit", slug="summit")
    statements = {}
    for status in Statement.Status.values:
        text = f"Published words {status}" if status == "published" else f"An {SECRET} {status} text"
        statement = factories.StatementFactory(speaker=speaker, text=text, status=status, event=event)
        statement.mentions.add(mentioned)
        factories.StatementTopicFactory(statement=statement, topic=topic)
        factories.StatementSourceFactory(statement=statement, source=factories.SourceFactory(outlet=outlet))
        statements[status] = statement
    # Retracted statements stay readable at their URL; drafts and reviews must not leak.
    statements["retracted"].text = "Retracted words"
    statements["retracted"].save()
    return statements


@pytest.fixture(params=["anonymous", "reader", "editor"])
def viewer(request, roles):
    client = Client()
    if request.param == "reader":
        client.force_login(factories.UserFactory(username="reader"))
    elif request.param == "editor":
        client.force_login(request.getfixturevalue("editor"))
    return client


PAGES = [
    "/",
    f"/?q={SECRET}",
    "/?status=draft&status=review",
    "/?actor=speaker",
    "/?topic=guarantees&stance=supports",
    "/?mentions=mentioned",
    "/?outlet=outlet",
    "/?event=summit",
    "/?sort=oldest",
    "/actors/",
    "/actors/speaker/",
    "/actors/mentioned/",
    "/topics/",
    "/topics/guarantees/",
    "/events/summit/",
    "/feeds/statements.atom",
    f"/feeds/statements.atom?q={SECRET}&status=draft",
    "/api/statements/",
    f"/api/statements/?q={SECRET}&status=draft&status=review",
    "/api/actors/",
    "/api/topics/",
    "/api/events/",
]


@pytest.mark.parametrize("url", PAGES)
def test_no_surface_shows_drafts_or_reviews(viewer, world, url):
    response = viewer.get(url)
    assert response.status_code == 200, url
    body = response.content.decode()
    for status in ("draft", "review"):
        assert f"{SECRET} {status} text" not in body  # the query may echo the word, never the text
        assert f"/statements/{world[status].pk}/" not in body


@pytest.mark.parametrize("status", ["draft", "review"])
def test_unpublished_statements_are_not_found_by_id(viewer, world, status):
    pk = world[status].pk
    assert viewer.get(f"/statements/{pk}/").status_code == 404
    assert viewer.get(f"/api/statements/{pk}/").status_code == 404


def test_counts_and_charts_count_only_published(viewer, world):
    response = viewer.get("/?status=draft")
    assert response.context["count"] == 1
    assert ">1 statement, by month</title>" in chart_svg(viewer, response)
    assert ">1 statement, by month</title>" in viewer.get("/charts/months.svg?status=draft").content.decode()
    api = json.loads(viewer.get("/api/statements/").content)
    assert [item["id"] for item in api["results"]] == [world["published"].pk]


def test_actor_and_topic_pages_count_only_published(viewer, world):
    for url in ["/actors/speaker/", "/topics/guarantees/"]:
        assert viewer.get(url).context["count"] == 1, url


@pytest.mark.parametrize("name", ["export-csv", "export-json", "export-xlsx", "export-timeline"])
def test_exports_need_the_export_permission(name, world, roles, editor):
    url = reverse(f"tracker:{name}") + "?status=draft"
    assert Client().get(url).status_code == 302
    reader = Client()
    reader.force_login(factories.UserFactory(username="reader"))
    assert reader.get(url).status_code == 403
    staff = Client()
    staff.force_login(editor)
    assert staff.get(url).status_code in {302, 403}


def test_exporters_get_published_only_unless_they_ask(exporter_client, world):
    body = b"".join(exporter_client.get(reverse("tracker:export-csv")).streaming_content).decode()
    assert SECRET not in body and "Published words" in body
    asked = exporter_client.get(reverse("tracker:export-csv") + "?status=draft")
    assert "unannounced draft" in b"".join(asked.streaming_content).decode()
