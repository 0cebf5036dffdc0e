"""The API as third-party clients meet it: the OpenAPI schema matches the wire, CORS, HTML, docs."""

import base64
from pathlib import Path

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.urls import reverse
from hypothesis import HealthCheck, settings
from jsonschema import Draft202012Validator, FormatChecker
from schemathesis.config import SchemathesisConfig

from config.wsgi import application
from tests import factories

pytestmark = pytest.mark.django_db

STATEMENTS = reverse("tracker:api:statement-list")
EVENTS = reverse("tracker:api:event-list")
LISTS = ("statement", "actor", "topic", "event")
FORMATS = FormatChecker()
LOOKUPS = {"statement": "id", "actor": "slug", "topic": "slug", "event": "slug"}


@pytest.fixture
def openapi(client):
    response = client.get(reverse("tracker:api:schema"), {"format": "json"})
    assert response.status_code == 200
    return response.json()


def validator(openapi, path, status, lookup="{id}"):
    """A JSON Schema validator for the documented body of `GET path` answering `status`."""
    operation = openapi["paths"][path.replace("{lookup}", lookup)]["get"]
    schema = operation["responses"][str(status)]["content"]["application/json"]["schema"]
    return Draft202012Validator({**schema, "components": openapi["components"]}, format_checker=FORMATS)


def cursor(position):
    return base64.b64encode(position.encode()).decode()


@pytest.mark.parametrize("path", [STATEMENTS, EVENTS])
@pytest.mark.parametrize("position", ["p=2025", "p=abc&r=1", "p=2025-13-01", "p=99999999999999999999"])
def test_a_forged_cursor_is_a_400_with_a_message(client, demo, openapi, path, position):
    response = client.get(path, {"cursor": cursor(position)})
    assert response.status_code == 400
    assert response.json() == {"cursor": ["This page link is damaged or out of date. Start again from the first page."]}
    validator(openapi, path, 400).validate(response.json())


def test_every_api_response_of_the_demo_parses_with_the_schema(client, demo, openapi):
    checked = 0
    for name in LISTS:
        list_path = reverse(f"tracker:api:{name}-list")
        lookup = "{" + LOOKUPS[name] + "}"
        page_schema = validator(openapi, list_path, 200)
        detail_schema = validator(openapi, list_path + "{lookup}/", 200, lookup)
        url = list_path
        while url:
            body = client.get(url).json()
            page_schema.validate(body)
            for item in body["results"]:
                detail = client.get(reverse(f"tracker:api:{name}-detail", args=[item[LOOKUPS[name]]]))
                assert detail.status_code == 200
                detail_schema.validate(detail.json())
                checked += 1
            url = body["next"]
    assert checked > 20


def test_nulls_the_api_sends_are_declared_nullable(client, demo, openapi):
    schemas = openapi["components"]["schemas"]
    for component, field in [
        ("Statement", "relayed_by"),
        ("Statement", "event"),
        ("SourceLink", "outlet"),
        ("SourceLink", "published_on"),
        ("Topic", "parent"),
        ("Statement", "first_reported_on"),
    ]:
        assert "null" in schemas[component]["properties"][field]["type"], (component, field)
    items = client.get(STATEMENTS).json()["results"]
    assert any(item["relayed_by"] is None for item in items)
    assert any(item["event"] is None for item in items)


def test_error_answers_are_documented_with_their_bodies(client, demo, openapi):
    bad = client.get(STATEMENTS, {"date_after": "soon"})
    assert bad.status_code == 400
    validator(openapi, STATEMENTS, 400).validate(bad.json())
    missing = client.get(reverse("tracker:api:actor-detail", args=["nobody"]))
    assert missing.status_code == 404
    validator(openapi, "/api/actors/{lookup}/", 404, "{slug}").validate(missing.json())


def test_empty_filter_values_are_declared_and_mean_any(client, demo, openapi):
    everything = client.get(STATEMENTS).json()["results"]
    empty = client.get(STATEMENTS + "?date_before=&date_after=&kind=&actor=&sort=")
    assert empty.status_code == 200
    assert empty.json()["results"] == everything
    parameters = {p["name"]: p["schema"] for p in openapi["paths"]["/api/statements/"]["get"]["parameters"]}
    assert Draft202012Validator(parameters["date_before"], format_checker=FORMATS).is_valid("")
    assert not Draft202012Validator(parameters["date_before"], format_checker=FORMATS).is_valid("soon")
    assert Draft202012Validator(parameters["kind"]).is_valid([""])
    assert Draft202012Validator(parameters["sort"]).is_valid("")


@pytest.fixture
def in_test_transaction():
    """Like Django's test client: the WSGI app must not close the test's database connection."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


# Every check schemathesis has, positive and negative data (schemathesis.toml says which 400s
# a schema-valid list request may get); bounded to a few examples per operation.
CONFIG = SchemathesisConfig.from_path(Path(__file__).resolve().parent.parent / "schemathesis.toml")
schema = schemathesis.openapi.from_wsgi("/api/schema/", application, config=CONFIG)


@schema.parametrize()
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
def test_schemathesis_finds_no_failure_with_every_check(case, demo, in_test_transaction):
    # The WSGI transport hands schemathesis the raw body: ask for it uncompressed, as HTTP
    # clients that decode gzip themselves effectively do.
    case.call_and_validate(headers={"Accept-Encoding": "identity"})


def test_cors_lets_any_origin_read_the_api_and_feeds_without_credentials(client, demo):
    for path in (STATEMENTS, reverse("tracker:statement-feed"), reverse("tracker:timelinejs-data")):
        response = client.get(path, headers={"origin": "https://newsroom.example"})
        assert response.status_code == 200
        assert response["Access-Control-Allow-Origin"] == "*"
        assert "Access-Control-Allow-Credentials" not in response
    preflight = client.options(
        STATEMENTS, headers={"origin": "https://newsroom.example", "access-control-request-method": "GET"}
    )
    assert preflight["Access-Control-Allow-Origin"] == "*"
    assert set(preflight["Access-Control-Allow-Methods"].replace(" ", "").split(",")) == {"GET", "HEAD", "OPTIONS"}


def test_cors_stays_off_the_reader_pages_and_the_admin(client, demo):
    for path in ("/", reverse("admin:login"), reverse("tracker:export-csv")):
        response = client.get(path, headers={"origin": "https://newsroom.example"})
        assert "Access-Control-Allow-Origin" not in response


@pytest.mark.parametrize("path", ["/api/", STATEMENTS, "/api/statements/1/", "/api/actors/nobody/"])
def test_a_browser_asking_for_html_gets_html_not_406(client, demo, path):
    response = client.get(path, headers={"accept": "text/html"})
    assert response.status_code in {200, 404}
    assert response["Content-Type"].startswith("text/html")
    assert b"<html" in response.content


def test_docs_page_is_served_from_the_package_under_the_csp(client):
    page = client.get(reverse("tracker:api:docs"))
    assert page.status_code == 200
    html = page.content.decode()
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js" in html
    assert "https://" not in html and "//cdn" not in html
    # No inline script: the page's own setup comes from a script URL the CSP allows.
    assert "<script>" not in html
    assert "script-src 'self'" in page["Content-Security-Policy"]
    script = client.get(reverse("tracker:api:docs"), {"script": ""})
    assert script.status_code == 200
    assert "/api/schema/" in script.content.decode()


def test_every_schema_component_is_valid_json_schema(openapi):
    assert openapi["openapi"] == "3.1.0"
    for component in openapi["components"]["schemas"].values():
        Draft202012Validator.check_schema(component)


def test_a_draft_is_a_documented_404(client, actor, openapi):
    draft = factories.StatementFactory(speaker=actor, status="draft")
    response = client.get(reverse("tracker:api:statement-detail", args=[draft.pk]))
    assert response.status_code == 404
    validator(openapi, "/api/statements/{lookup}/", 404).validate(response.json())


def test_the_staff_only_status_filter_is_not_offered_by_the_api(openapi):
    names = {p["name"] for p in openapi["paths"]["/api/statements/"]["get"]["parameters"]}
    assert "status" not in names
    assert {"q", "actor", "date_before", "cursor"} <= names


def test_the_public_api_asks_for_no_credentials(openapi):
    operations = [operation for path in openapi["paths"].values() for operation in path.values()]
    assert operations
    assert all(operation.get("security", [{}]) == [{}] or "security" not in operation for operation in operations)
    assert not openapi.get("components", {}).get("securitySchemes")
