"""parley/1 as a written format: docs/parley-1.schema.json holds for every file the project writes."""

import io
import json
import re
from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse
from jsonschema import Draft202012Validator, FormatChecker

from tests import factories
from tracker.models import Actor, Event, Source, Statement, StatementSource, StatementTopic

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "docs" / "parley-1.schema.json").read_text(encoding="utf-8"))
REFERENCE = (ROOT / "docs" / "parley-1.md").read_text(encoding="utf-8")
EXAMPLE = ROOT / "docs" / "examples" / "parley-1-example.json"
DEMO = ROOT / "tracker" / "fixtures" / "demo.json"


def errors(document):
    validator = Draft202012Validator(SCHEMA, format_checker=FormatChecker())
    return [f"{error.json_path}: {error.message}" for error in validator.iter_errors(document)]


def test_the_schema_is_valid_json_schema():
    Draft202012Validator.check_schema(SCHEMA)


def test_a_broken_document_fails_the_schema():
    broken = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    broken["statements"][0]["said_on"] = "2 October"
    broken["statements"][1]["kind"] = "rumour"
    del broken["actors"][0]["name"]
    paths = {problem.split(":")[0] for problem in errors(broken)}
    assert paths == {"$.statements[0].said_on", "$.statements[1].kind", "$.actors[0]"}


@pytest.mark.parametrize("path", [DEMO, EXAMPLE], ids=["demo-fixture", "example"])
def test_shipped_files_follow_the_schema(path):
    assert errors(json.loads(path.read_text(encoding="utf-8"))) == []


@pytest.fixture
def varied(actor, topic):
    """Statements with every optional value both set and empty, as exports meet them."""
    relayer = factories.ActorFactory(name="Relayer", slug="relayer")
    child = factories.TopicFactory(name="Child", slug="child", parent=topic)
    event = factories.EventFactory(name="Summit", slug="summit")
    event.participants.add(actor)
    full = factories.StatementFactory(speaker=actor, relayed_by=relayer, event=event, date_precision="month")
    factories.StatementTopicFactory(statement=full, topic=child, stance="opposes")
    factories.StatementSourceFactory(statement=full)
    full.mentions.add(relayer)
    bare = factories.StatementFactory(speaker=actor, first_reported_on=None, status="draft")
    unpublished = Source.objects.create(title="Briefing notes", url="", outlet=None, published_on=None)
    StatementSource.objects.create(statement=bare, source=unpublished, role="original")
    return full, bare


@pytest.mark.parametrize("query", ["", "?actor=volodymyr-zelenskyy", "?status=draft&status=published"])
def test_the_json_export_follows_the_schema(exporter_client, varied, query):
    response = exporter_client.get(reverse("tracker:export-json") + query)
    document = json.loads(b"".join(response.streaming_content))
    assert document["statements"]
    assert errors(document) == []


def test_the_export_command_and_the_demo_export_follow_the_schema(demo):
    out = io.StringIO()
    call_command("export_statements", "--format", "json", stdout=out)
    document = json.loads(out.getvalue())
    assert len(document["statements"]) == Statement.objects.published().count()
    assert errors(document) == []


def test_the_example_imports_cleanly_and_exports_back_valid(db):
    out = io.StringIO()
    call_command("import_statements", str(EXAMPLE), stdout=out)
    assert "statements: 2 created" in out.getvalue()
    example = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    assert sorted(Statement.objects.values_list("text", flat=True)) == sorted(s["text"] for s in example["statements"])
    assert Actor.objects.count() == len(example["actors"])
    assert Event.objects.get().participants.count() == 2
    exported = io.StringIO()
    statuses = ("--status", "published", "--status", "review")
    call_command("export_statements", "--format", "json", *statuses, stdout=exported)
    assert errors(json.loads(exported.getvalue())) == []


def test_schema_choices_are_the_models_choices():
    statement = SCHEMA["$defs"]["statement"]["properties"]
    for name, choices in [
        ("kind", Statement.Kind),
        ("act", Statement.Act),
        ("attribution", Statement.Attribution),
        ("date_precision", Statement.Precision),
        ("status", Statement.Status),
    ]:
        assert set(statement[name]["enum"]) == set(choices.values), name
        assert statement[name]["default"] == Statement._meta.get_field(name).default, name
    stance = SCHEMA["$defs"]["topic_stance"]["anyOf"][1]["properties"]["stance"]
    assert set(stance["enum"]) == set(StatementTopic.Stance.values)
    assert set(SCHEMA["$defs"]["source"]["properties"]["role"]["enum"]) == set(StatementSource.Role.values)
    assert set(SCHEMA["$defs"]["actor"]["properties"]["kind"]["enum"]) == set(Actor.Kind.values)


def test_the_reference_documents_every_field_of_the_schema():
    documented = set(re.findall(r"^\| `([a-z_]+)` \|", REFERENCE, flags=re.MULTILINE))
    for record in ("actor", "topic", "outlet", "event", "source", "statement"):
        fields = set(SCHEMA["$defs"][record]["properties"])
        assert fields <= documented, (record, fields - documented)
