"""The type-ahead's JSON (/registry/<kind>.json) and names typed where a slug was expected, on every surface."""

import datetime
import json

import pytest

from tests import factories
from tests.readers import ALL_TEXTS, build_world, lengthen_registry
from tracker.models import Statement

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(db):
    return build_world()


def suggestions(client, kind, query="", **params):
    response = client.get(f"/registry/{kind}.json", {"q": query, **params})
    assert response.status_code == 200, response.content
    data = response.json()
    return [(result["value"], result["label"], result["hint"]) for result in data["results"]], data["more"]


def labels(client, kind, query="", **params):
    return [label for _value, label, _hint in suggestions(client, kind, query, **params)[0]]


def test_suggestions_list_public_records_only(client, world):
    hidden = factories.ActorFactory(name="Donatella Draftwriter", slug="donatella-draftwriter")
    factories.StatementFactory(speaker=hidden, status=Statement.Status.DRAFT)
    factories.ActorFactory(name="Donald Nobody", slug="donald-nobody")  # no statement at all
    factories.TopicFactory(name="Territorial waters", slug="territorial-waters")  # no published stance

    assert labels(client, "actors") == ["Donald Trump", "Vladimir Putin", "Volodymyr Zelenskyy"]
    assert labels(client, "actors", "don") == ["Donald Trump"]
    assert labels(client, "topics", "terr") == ["Territory"]
    assert labels(client, "outlets") == ["European Pravda", "Reuters"]
    assert labels(client, "events") == ["Zelenskyy–Trump meeting"]


def test_a_record_leaves_the_suggestions_when_its_last_statement_is_unpublished(client, world):
    assert labels(client, "actors", "putin") == ["Vladimir Putin"]
    for statement in Statement.objects.filter(speaker=world.putin, status=Statement.Status.PUBLISHED):
        statement.status = Statement.Status.DRAFT
        statement.save()
    assert labels(client, "actors", "putin") == []
    assert labels(client, "actors") == ["Donald Trump", "Volodymyr Zelenskyy"]


def test_matching_ignores_case_and_accents_and_knows_aliases(client, world):
    factories.ActorAliasFactory(actor=world.zelenskyy, name="Zelensky")
    assert labels(client, "actors", "ZELÉNS") == ["Volodymyr Zelenskyy"]
    assert labels(client, "actors", "zelensky") == ["Volodymyr Zelenskyy"]
    assert labels(client, "actors", "volodymyr-zel") == ["Volodymyr Zelenskyy"], "a slug is a name too"
    # A name starting with the text first, then a word of a name, then the text anywhere.
    assert labels(client, "actors", "vl") == ["Vladimir Putin"]
    assert labels(client, "actors", "t") == ["Donald Trump", "Vladimir Putin"]
    assert labels(client, "topics", "def") == ["Air defence"]


def test_each_suggestion_carries_its_slug_and_a_hint(client, world):
    found, more = suggestions(client, "topics", "patriot")
    assert found == [("patriot-systems", "Patriot systems", "Air defence")]
    assert not more
    found, _more = suggestions(client, "actors", "trump")
    assert found == [("donald-trump", "Donald Trump", "President of the United States")]
    found, _more = suggestions(client, "events", "meeting")
    assert found == [("un-meeting", "Zelenskyy–Trump meeting", "2025-09-23")]


def test_at_most_limit_suggestions_and_a_flag_when_there_are_more(client, world):
    lengthen_registry(actors=30, topics=0)
    found, more = suggestions(client, "actors", "registry")
    assert len(found) == 10 and more
    assert [label for _value, label, _hint in found][:2] == ["Registry Member 00", "Registry Member 01"]
    found, more = suggestions(client, "actors", "registry", limit=20)
    assert len(found) == 20 and more
    found, more = suggestions(client, "actors", "registry member 2", limit=20)
    assert len(found) == 10 and not more


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"q": "z" * 101}, "q"),
        ({"q": "zel\x00"}, "q"),
        ({"q": "zel\x1b"}, "q"),
        ({"limit": "21"}, "limit"),
        ({"limit": "0"}, "limit"),
        ({"limit": "-1"}, "limit"),
        ({"limit": "ten"}, "limit"),
        ({"limit": "²"}, "limit"),
        ({"limit": "9" * 5000}, "limit"),
    ],
)
def test_bad_input_answers_400_naming_the_parameter(client, world, params, field):
    response = client.get("/registry/actors.json", params)
    assert response.status_code == 400
    assert list(json.loads(response.content)["errors"]) == [field]


def test_unknown_lists_and_other_methods_are_refused(client, world):
    assert client.get("/registry/statements.json").status_code == 404
    assert client.post("/registry/actors.json", {"q": "zel"}).status_code == 405


# A name where a slug was expected: the StatementFilter resolves it, so every surface agrees.

SAME_AS_SLUG = [
    ("actor=Volodymyr Zelenskyy", "actor=volodymyr-zelenskyy"),
    ("actor=volodymyr zelénskyy", "actor=volodymyr-zelenskyy"),
    ("actor=Zelensky", "actor=volodymyr-zelenskyy"),
    ("actor=Volodymyr Zelenskyy&actor=Putin", "actor=volodymyr-zelenskyy&actor=vladimir-putin"),
    ("topic=air defence", "topic=air-defence"),
    ("mentions=Donald Trump", "mentions=donald-trump"),
    ("relayed_by=DONALD TRUMP", "relayed_by=donald-trump"),
    ("outlet=European Pravda", "outlet=european-pravda"),
    ("event=Zelenskyy–Trump meeting", "event=un-meeting"),
]


@pytest.fixture
def aliased(world):
    factories.ActorAliasFactory(actor=world.zelenskyy, name="Zelensky")
    factories.ActorAliasFactory(actor=world.putin, name="Putin")
    return world


def shown_texts(response):
    html = response.content.decode()
    return {text for text in ALL_TEXTS if text in html}


@pytest.mark.parametrize(("named", "slugged"), SAME_AS_SLUG)
def test_a_name_filters_the_timeline_as_its_slug_does(client, aliased, named, slugged):
    by_name, by_slug = client.get(f"/?{named}"), client.get(f"/?{slugged}")
    assert by_name.status_code == by_slug.status_code == 200, by_name.content.decode()[:3000]
    assert shown_texts(by_name) == shown_texts(by_slug) != set(ALL_TEXTS)


@pytest.mark.parametrize(("named", "slugged"), SAME_AS_SLUG)
def test_a_name_filters_the_api_and_the_feed_as_its_slug_does(client, aliased, named, slugged):
    ids = [
        [item["id"] for item in client.get(f"/api/statements/?{query}").json()["results"]] for query in (named, slugged)
    ]
    assert ids[0] == ids[1] and ids[0]
    feeds = [client.get(f"/feeds/statements.atom?{query}").content.decode() for query in (named, slugged)]
    assert {text for text in ALL_TEXTS if text in feeds[0]} == {text for text in ALL_TEXTS if text in feeds[1]}


def test_exports_take_names_as_well(exporter_client, aliased):
    csv = exporter_client.get("/export/statements.csv?actor=Zelensky")
    rows = b"".join(csv.streaming_content).decode()
    assert "Ukraine needs more Patriot batteries" in rows and "Putin told him" not in rows


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("actor=Nobody At All", "no actor is named “Nobody At All” or has that slug"),
        ("topic=Nowhere land", "no topic is named “Nowhere land” or has that slug"),
        ("actor=" + "x" * 301, "A name or slug has at most 300 characters"),
    ],
)
def test_a_name_that_names_nothing_is_a_clear_400(client, world, query, message):
    response = client.get(f"/?{query}")
    assert response.status_code == 400
    assert message in response.content.decode()
    api = client.get(f"/api/statements/?{query}")
    assert api.status_code == 400 and message in api.content.decode()


def test_a_name_shared_by_two_actors_asks_for_the_slug(client, world):
    twin = factories.ActorFactory(name="Donald Trump", slug="donald-trump-jr")
    factories.StatementFactory(speaker=twin, text="A namesake speaks.", said_on=datetime.date(2025, 9, 1))
    response = client.get("/?actor=Donald Trump")
    assert response.status_code == 400
    assert "Several actors are named “Donald Trump”" in response.content.decode()
    assert "donald-trump, donald-trump-jr" in response.content.decode()
    assert client.get("/?actor=donald-trump-jr").status_code == 200


def test_the_name_of_a_record_readers_cannot_see_names_nothing(client, world):
    hidden = factories.ActorFactory(name="Donatella Draftwriter", slug="donatella-draftwriter")
    factories.StatementFactory(speaker=hidden, status=Statement.Status.DRAFT)
    for query in ("actor=Donatella Draftwriter", "actor=donatella-draftwriter"):
        assert client.get(f"/?{query}").status_code == 400
