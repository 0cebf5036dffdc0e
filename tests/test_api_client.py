"""A client generated from the OpenAPI schema (datamodel-code-generator, pydantic v2) parses the demo's API."""

import importlib.util
import sys

import pytest
from datamodel_code_generator import DataModelType, InputFileType, generate
from datamodel_code_generator.format import Formatter
from django.urls import reverse

from tracker.models import Statement
from tracker.queries import public_actors, public_events, public_topics

pytestmark = pytest.mark.django_db

# The list name in the URLs, the generated model of one item, its page and its detail lookup.
RESOURCES = {
    "statement": ("Statement", "PaginatedStatementList", "id"),
    "actor": ("Actor", "PaginatedActorList", "slug"),
    "topic": ("Topic", "PaginatedTopicList", "slug"),
    "event": ("Event", "PaginatedEventList", "slug"),
}


@pytest.fixture
def api(client, tmp_path, monkeypatch):
    """The module of pydantic models generated from `/api/schema/`, as a client author would make it."""
    response = client.get(reverse("tracker:api:schema"), {"format": "json"})
    assert response.status_code == 200
    output = tmp_path / "parley_api_models.py"
    generate(
        response.json(),
        input_file_type=InputFileType.OpenAPI,
        output_model_type=DataModelType.PydanticV2BaseModel,
        output=output,
        # Nullability exactly as declared, and a field the schema does not name is an error.
        strict_nullable=True,
        extra_fields="forbid",
        formatters=[Formatter.BUILTIN],
    )
    spec = importlib.util.spec_from_file_location("parley_api_models", output)
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)
    spec.loader.exec_module(module)
    return module


def fetch_all(client, api, name):
    """Every item of one API list and its number of pages, each page parsed with the generated page model."""
    model, page_model, _ = RESOURCES[name]
    items, pages, url = [], 0, reverse(f"tracker:api:{name}-list")
    while url:
        response = client.get(url)
        assert response.status_code == 200
        page = getattr(api, page_model).model_validate(response.json())
        assert all(isinstance(item, getattr(api, model)) for item in page.results)
        items += page.results
        pages += 1
        url = str(page.next) if page.next else None
    return items, pages


def test_the_generated_client_parses_every_list_page_and_a_detail_of_each(client, demo, api):
    parsed, pages = {}, {}
    for name in RESOURCES:
        parsed[name], pages[name] = fetch_all(client, api, name)
    assert pages["statement"] > 1
    for name, (model, _, lookup) in RESOURCES.items():
        assert parsed[name], name
        first = parsed[name][0]
        detail = client.get(reverse(f"tracker:api:{name}-detail", args=[getattr(first, lookup)]))
        assert detail.status_code == 200
        assert getattr(api, model).model_validate(detail.json()) == first

    statements = parsed["statement"]
    published = Statement.objects.published()
    assert len(statements) == published.count() > 20
    assert {s.id for s in statements} == set(published.values_list("id", flat=True))
    said_on = dict(published.values_list("id", "said_on"))
    assert all(s.said_on == said_on[s.id] for s in statements)

    actors = set(public_actors().values_list("slug", flat=True))
    assert {a.slug for a in parsed["actor"]} == actors
    assert {s.speaker.slug for s in statements} <= actors
    relayed = [s.relayed_by for s in statements]
    assert None in relayed
    assert {r for r in relayed if r} and {r for r in relayed if r} <= actors
    events = [s.event for s in statements]
    assert None in events
    assert (
        {e for e in events if e}
        <= set(public_events().values_list("slug", flat=True))
        == {e.slug for e in parsed["event"]}
    )
    parents = [t.parent for t in parsed["topic"]]
    assert {t.slug for t in parsed["topic"]} == set(public_topics().values_list("slug", flat=True))
    assert None in parents and any(parents)


def test_the_generated_client_parses_the_error_answers(client, demo, api):
    bad = client.get(reverse("tracker:api:statement-list"), {"date_after": "soon"})
    assert bad.status_code == 400
    assert "date_after" in api.FieldErrors.model_validate(bad.json()).root
    missing = client.get(reverse("tracker:api:actor-detail", args=["nobody"]))
    assert missing.status_code == 404
    assert api.NotFound.model_validate(missing.json()).detail
