import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests import factories
from tracker.models import Statement

pytestmark = pytest.mark.django_db

STATEMENTS = reverse("tracker:api:statement-list")


@pytest.fixture
def timeline(actor, topic):
    other = factories.ActorFactory(name="Donald Trump", slug="donald-trump")
    for day in range(1, 8):
        statement = factories.StatementFactory(
            speaker=actor if day % 2 else other, said_on=datetime.date(2025, 9, day), text=f"Day {day} remark."
        )
        factories.StatementTopicFactory(statement=statement, topic=topic, stance="supports" if day < 4 else "opposes")
        factories.StatementSourceFactory(statement=statement)
        statement.mentions.add(other if statement.speaker == actor else actor)
    factories.StatementFactory(speaker=actor, text="A draft nobody may see.", status="draft")
    factories.StatementFactory(speaker=actor, text="A statement in review.", status="review")


def texts(response):
    return [item["text"] for item in response.json()["results"]]


def test_statements_are_published_only_newest_first(client, timeline):
    response = client.get(STATEMENTS)
    assert response.status_code == 200
    assert texts(response) == [f"Day {day} remark." for day in range(7, 0, -1)]


def test_even_exporters_asking_for_drafts_get_published_statements_only(exporter_client, timeline):
    assert "A draft nobody may see." not in texts(exporter_client.get(STATEMENTS, {"status": "draft"}))
    draft = Statement.objects.get(status="draft")
    assert exporter_client.get(reverse("tracker:api:statement-detail", args=[draft.pk])).status_code == 404


def test_statement_carries_relations_by_slug(client, timeline):
    [item] = client.get(STATEMENTS, {"date_after": "2025-09-07"}).json()["results"]
    assert item["speaker"] == {"slug": "volodymyr-zelenskyy", "name": "Volodymyr Zelenskyy"}
    assert item["topics"] == [{"topic": "security-guarantees", "stance": "opposes"}]
    assert item["mentions"] == ["donald-trump"]
    assert item["sources"][0]["url"].startswith("https://news.example.org/")
    assert item["url"] == f"http://testserver/statements/{item['id']}/"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"actor": "donald-trump"}, [6, 4, 2]),
        ({"topic": "security-guarantees", "stance": "supports"}, [3, 2, 1]),
        ({"mentions": "donald-trump", "sort": "oldest"}, [1, 3, 5, 7]),
        ({"date_after": "2025-09-03", "date_before": "2025-09-04"}, [4, 3]),
        ({"q": "Day 5"}, [5]),
    ],
)
def test_filters_are_the_timeline_filters(client, timeline, query, expected):
    assert texts(client.get(STATEMENTS, query)) == [f"Day {day} remark." for day in expected]


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"actor": "nobody"}, "actor"),
        ({"date_after": "soon"}, "date_after"),
        ({"date_after": "2025-09-05", "date_before": "2025-09-01"}, "date_before"),
        ({"sort": "sideways"}, "sort"),
        ({"q": "x" * 500}, "q"),
        ({"cursor": "not-a-cursor"}, "cursor"),
    ],
)
def test_bad_parameters_answer_400_naming_the_field(client, timeline, query, field):
    response = client.get(STATEMENTS, query)
    assert response.status_code == 400
    assert field in response.json()


def test_cursor_pagination_walks_every_statement_once(client, timeline, monkeypatch):
    monkeypatch.setattr("tracker.api.StatementCursorPagination.page_size", 3)
    seen, url = [], STATEMENTS + "?sort=oldest"
    while url:
        body = client.get(url).json()
        seen += [item["text"] for item in body["results"]]
        url = body["next"]
    assert seen == [f"Day {day} remark." for day in range(1, 8)]


def test_list_runs_a_fixed_number_of_queries(client, timeline):
    with CaptureQueriesContext(connection) as few:
        client.get(STATEMENTS, {"date_after": "2025-09-06"})
    with CaptureQueriesContext(connection) as many:
        client.get(STATEMENTS)
    assert len(many) == len(few)


@pytest.mark.parametrize("name", ["actor", "topic", "event"])
def test_registries_list_and_detail_by_slug(client, timeline, name):
    event = factories.EventFactory(name="New York meeting", slug="new-york-meeting")
    Statement.objects.filter(text="Day 1 remark.").update(event=event)
    body = client.get(reverse(f"tracker:api:{name}-list")).json()
    slugs = [item["slug"] for item in body["results"]]
    assert slugs
    detail = client.get(reverse(f"tracker:api:{name}-detail", args=[slugs[0]]))
    assert detail.status_code == 200
    assert detail.json()["slug"] == slugs[0]


def test_api_is_read_only(client, timeline):
    assert client.post(STATEMENTS, {"text": "x"}).status_code in {403, 405}


def test_schema_documents_the_filter_parameters(client):
    response = client.get(reverse("tracker:api:schema"), {"format": "json"})
    assert response.status_code == 200
    operation = response.json()["paths"]["/api/statements/"]["get"]
    names = {parameter["name"] for parameter in operation["parameters"]}
    assert {"q", "actor", "topic", "mentions", "stance", "outlet", "event", "date_after", "date_before"} <= names
    assert {"sort", "cursor", "kind", "act", "attribution", "relayed_by"} <= names
