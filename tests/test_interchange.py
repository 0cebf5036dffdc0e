import copy
import datetime
import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from hypothesis import given, settings
from hypothesis import strategies as st

from tests import factories
from tracker.interchange import ImportFailed, export_document, import_file
from tracker.interchange.checks import plain_http_url
from tracker.models import Actor, Event, Outlet, Source, Statement, StatementSource, Topic, http_url_validator

pytestmark = pytest.mark.django_db

DEMO_FILE = Path(__file__).resolve().parent.parent / "tracker" / "fixtures" / "demo.json"
DEMO_STATEMENTS = len(json.loads(DEMO_FILE.read_text(encoding="utf-8"))["statements"])
ALL_STATUSES = {"status": ["draft", "review", "published", "retracted"]}
CYRILLIC = "Президент Трамп готовий дати Україні гарантії безпеки після завершення цієї війни."


def export_json(client, params=ALL_STATUSES):
    return json.loads(b"".join(client.get(reverse("tracker:export-json"), params).streaming_content))


def empty_database():
    Statement.objects.all().delete()
    Source.objects.all().delete()
    Event.objects.all().delete()
    Topic.objects.filter(parent__isnull=False).delete()
    Topic.objects.all().delete()
    Outlet.objects.all().delete()
    Actor.objects.all().delete()


def database_snapshot():
    return {
        "statements": Statement.objects.count(),
        "history": Statement.history.count(),
        "actors": Actor.objects.count(),
        "topics": Topic.objects.count(),
        "sources": Source.objects.count(),
        "versions": sorted(Statement.objects.values_list("version", flat=True)),
    }


@pytest.fixture
def extras(demo):
    """Beyond the demo: a draft, a relayed statement with URL sources and Cyrillic text, a formula."""
    putin = Actor.objects.get(slug="vladimir-putin")
    trump = Actor.objects.get(slug="donald-trump")
    statement = factories.StatementFactory(
        speaker=putin,
        relayed_by=trump,
        said_on=datetime.date(2025, 8, 1),
        date_precision="month",
        text='=HYPERLINK("https://evil.example")',
        original_text=CYRILLIC,
        original_language="uk",
        status="draft",
    )
    source = factories.SourceFactory(outlet=Outlet.objects.get(slug="european-pravda"), published_on=None)
    factories.StatementSourceFactory(statement=statement, source=source, role="original")
    statement.mentions.add(Actor.objects.get(slug="volodymyr-zelenskyy"))
    factories.StatementFactory(speaker=trump, text="We will see.", status="review", key="")


def test_export_empty_import_export_gives_the_same_document(exporter_client, extras, tmp_path):
    first = export_json(exporter_client)
    assert len(first["statements"]) == Statement.objects.count() > 13
    path = tmp_path / "parley.json"
    path.write_text(json.dumps(first, ensure_ascii=False), encoding="utf-8")
    empty_database()

    call_command("import_statements", str(path), stdout=io.StringIO())

    second = export_json(exporter_client)
    assert second == first
    before = database_snapshot()
    out = io.StringIO()
    call_command("import_statements", str(path), stdout=out)
    assert "statements: 0 created, 0 updated" in out.getvalue()
    assert database_snapshot() == before


def test_importing_the_demo_file_twice_changes_nothing_the_second_time(db):
    data = DEMO_FILE.read_bytes()
    first = import_file(data, name="demo.json")
    assert first.counts["statements"].created == DEMO_STATEMENTS == Statement.objects.count()
    before = database_snapshot()
    second = import_file(data, name="demo.json")
    assert not second.changed
    assert second.counts["statements"].unchanged == DEMO_STATEMENTS
    assert database_snapshot() == before


def test_a_changed_statement_is_updated_with_a_history_row(exporter_client, demo):
    document = export_json(exporter_client)
    document["statements"][0]["text"] = "A corrected text."
    document["statements"][0]["topics"] = [{"topic": "sanctions", "stance": "opposes"}]
    key = document["statements"][0]["key"]
    statement = Statement.objects.get(key=key)
    history = Statement.history.count()

    report = import_file(json.dumps(document).encode())

    assert report.counts["statements"].updated == 1
    assert report.counts["statements"].unchanged == len(document["statements"]) - 1
    statement.refresh_from_db()
    assert statement.text == "A corrected text."
    assert [(t.topic.slug, t.stance) for t in statement.topic_stances.all()] == [("sanctions", "opposes")]
    assert statement.version == 2
    assert Statement.history.count() == history + 1


def test_statements_without_a_key_match_by_speaker_date_and_normalised_text(actor):
    existing = factories.StatementFactory(
        speaker=actor, text="We are ready, to talk!", said_on=datetime.date(2025, 9, 1)
    )
    document = {
        "format": "parley/1",
        "statements": [
            {"speaker": actor.slug, "said_on": "2025-09-01", "text": "“We are READY to talk”", "status": "published"}
        ],
    }
    report = import_file(json.dumps(document).encode())
    assert report.counts["statements"].created == 0
    assert report.counts["statements"].updated == 1
    existing.refresh_from_db()
    assert existing.text == "“We are READY to talk”"


def test_a_statement_needs_only_speaker_date_and_text(actor):
    document = {
        "format": "parley/1",
        "statements": [{"speaker": actor.slug, "said_on": "2025-09-01", "text": "Hello."}],
    }
    import_file(json.dumps(document).encode())
    statement = Statement.objects.get()
    assert (statement.kind, statement.date_precision, statement.status) == ("direct_quote", "day", "draft")
    assert Statement.history.filter(id=statement.id, history_type="+").count() == 1


def test_a_registry_only_document_imports(db):
    document = {
        "format": "parley/1",
        "actors": [{"slug": "emmanuel-macron", "name": "Emmanuel Macron", "aliases": ["Macron"]}],
    }
    import_file(json.dumps(document).encode())
    assert list(Actor.objects.get(slug="emmanuel-macron").aliases.values_list("name", flat=True)) == ["Macron"]


def test_dry_run_counts_but_writes_nothing(db):
    data = DEMO_FILE.read_bytes()
    report = import_file(data, dry_run=True)
    assert report.counts["statements"].created == DEMO_STATEMENTS
    assert Statement.objects.count() == Actor.objects.count() == 0


def test_broken_file_reports_every_problem_and_writes_nothing(demo):
    before = database_snapshot()
    document = json.loads(DEMO_FILE.read_text(encoding="utf-8"))
    broken = copy.deepcopy(document)
    broken["actors"].append({"slug": "new-actor", "name": "New actor"})
    broken["statements"][1]["speaker"] = "nobody-at-all"
    del broken["statements"][2]["text"]
    broken["statements"][3]["key"] = broken["statements"][0]["key"]
    broken["statements"][4]["said_on"] = "2025-13-45"
    broken["statements"][5]["kind"] = "rumour"
    broken["statements"][6]["topics"] = [{"topic": "no-such-topic", "stance": "supports"}]

    with pytest.raises(ImportFailed) as failure:
        import_file(json.dumps(broken).encode())

    problems = [(p.section, p.number, p.field) for p in failure.value.problems]
    assert ("statements", 2, "speaker") in problems
    assert ("statements", 3, "text") in problems
    assert ("statements", 4, "key") in problems
    assert ("statements", 5, "said_on") in problems
    assert ("statements", 6, "kind") in problems
    assert ("statements", 7, "topics") in problems
    messages = [str(p) for p in failure.value.problems]
    assert any("nobody-at-all" in message for message in messages)
    assert any("rumour" in message for message in messages)
    assert database_snapshot() == before
    assert not Actor.objects.filter(slug="new-actor").exists()


def test_bad_json_names_the_line_and_column(db, tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"format": "parley/1",\n "actors": [\n  {"slug": "a", "name": "A"},,\n ]}')
    err = io.StringIO()
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command("import_statements", str(path), stderr=err)
    assert "line 3, column" in err.getvalue()
    assert Actor.objects.count() == 0


def test_wrong_format_is_refused(db):
    with pytest.raises(ImportFailed, match="parley/1"):
        import_file(b'{"format": "other/2", "statements": []}')


def test_csv_export_imports_into_an_empty_statement_table(exporter_client, demo):
    csv_body = b"".join(exporter_client.get(reverse("tracker:export-csv")).streaming_content)
    # The export without `status` holds the published statements (the demo also has drafts and a retraction).
    published = Statement.objects.published()
    expected = sorted(published.values_list("text", "speaker__slug", "said_on", "kind"))
    topics = sorted(published.values_list("text", "topic_stances__topic__slug", "topic_stances__stance"))
    Statement.objects.all().delete()

    report = import_file(csv_body, name="parley.csv")

    assert report.counts["statements"].created == len(expected)
    assert sorted(Statement.objects.values_list("text", "speaker__slug", "said_on", "kind")) == expected
    assert (
        sorted(Statement.objects.values_list("text", "topic_stances__topic__slug", "topic_stances__stance")) == topics
    )
    assert not import_file(csv_body, name="parley.csv").changed


def test_csv_import_restores_neutralised_formulas_and_cyrillic(exporter_client, actor):
    factories.StatementFactory(speaker=actor, text="=SUM(A1:A2)", original_text=CYRILLIC)
    csv_body = b"".join(exporter_client.get(reverse("tracker:export-csv"), {"bom": "1"}).streaming_content)
    Statement.objects.all().delete()
    import_file(csv_body, name="export.csv")
    statement = Statement.objects.get()
    assert (statement.text, statement.original_text) == ("=SUM(A1:A2)", CYRILLIC)


def test_csv_problems_carry_the_row_number(actor):
    csv_body = (
        f"speaker_slug,said_on,text\n{actor.slug},2025-01-01,Fine.\nghost,2025-01-02,Who?\n{actor.slug},,No date.\n"
    )
    with pytest.raises(ImportFailed) as failure:
        import_file(csv_body.encode(), name="x.csv")
    advice, *problems = failure.value.problems
    assert "actor(s) this site does not have: ghost" in str(advice)
    assert [(p.number, p.line, p.field) for p in problems] == [(2, 3, "speaker"), (3, 4, "said_on")]
    assert str(problems[1]) == "statement 3 (line 4), said_on: This field is required."
    assert Statement.objects.count() == 0


def test_export_document_lists_sources_by_url_and_relations_by_slug(extras):
    document = export_document(Statement.objects.filter(status="draft", relayed_by__slug="donald-trump"))
    [statement] = document["statements"]
    assert statement["speaker"] == "vladimir-putin"
    assert statement["relayed_by"] == "donald-trump"
    assert statement["mentions"] == ["volodymyr-zelenskyy"]
    [source] = statement["sources"]
    assert (
        source["url"]
        == StatementSource.objects.get(statement__status="draft", statement__relayed_by__slug="donald-trump").source.url
    )
    assert source["outlet"] == "european-pravda"
    assert statement["said_on"] == "2025-08-01"
    assert statement["date_precision"] == "month"


def test_export_carries_updated_at_and_reimport_keeps_it(exporter_client, demo, tmp_path):
    document = export_json(exporter_client)
    stored = Statement.objects.get(key=document["statements"][0]["key"])
    assert document["statements"][0]["updated_at"] == stored.updated_at.isoformat()
    empty_database()
    import_file(json.dumps(document).encode())
    assert Statement.objects.get(key=stored.key).updated_at == stored.updated_at


def test_a_file_made_before_an_edit_conflicts_and_writes_nothing(exporter_client, demo):
    document = export_json(exporter_client)
    record = document["statements"][2]
    statement = Statement.objects.get(key=record["key"])
    statement.text = "Corrected in Parley by an editor."
    statement.save()
    record["text"] = "Changed in the spreadsheet."
    document["statements"][4]["setting"] = "A harmless change elsewhere."
    before = database_snapshot()

    with pytest.raises(ImportFailed) as failure:
        import_file(json.dumps(document).encode())

    [problem] = failure.value.problems
    assert (problem.number, problem.field) == (3, "updated_at")
    assert f"#{statement.pk} was changed in Parley after this file was made" in str(problem)
    assert "the file would change text" in str(problem)
    assert database_snapshot() == before
    statement.refresh_from_db()
    assert statement.text == "Corrected in Parley by an editor."
    assert Statement.objects.get(key=document["statements"][4]["key"]).setting != "A harmless change elsewhere."


def test_a_stale_file_that_changes_nothing_is_not_a_conflict(exporter_client, demo):
    document = export_json(exporter_client)
    statement = Statement.objects.get(key=document["statements"][0]["key"])
    statement.save()  # saved again, unchanged: updated_at moves on
    report = import_file(json.dumps(document).encode())
    assert not report.changed


def test_without_updated_at_or_version_the_file_overwrites(exporter_client, demo):
    document = export_json(exporter_client)
    record = document["statements"][0]
    Statement.objects.get(key=record["key"]).save()
    del record["updated_at"]
    record["text"] = "The file wins."
    assert import_file(json.dumps(document).encode()).counts["statements"].updated == 1
    assert Statement.objects.get(key=record["key"]).text == "The file wins."


def test_a_lower_version_conflicts(actor):
    statement = factories.StatementFactory(speaker=actor, key="k-1", text="First.")
    statement.text = "Second."
    statement.save()
    record = {"key": "k-1", "speaker": actor.slug, "said_on": statement.said_on.isoformat(), "text": "Third."}
    document = {"format": "parley/1", "statements": [{**record, "version": 1}]}
    with pytest.raises(ImportFailed, match="version 2"):
        import_file(json.dumps(document).encode())
    document["statements"][0]["version"] = 2
    import_file(json.dumps(document).encode())
    statement.refresh_from_db()
    assert (statement.text, statement.version) == ("Third.", 3)


def test_csv_exported_before_an_edit_conflicts(exporter_client, actor):
    statement = factories.StatementFactory(
        speaker=actor, key="", text="Talks will resume.", setting="Kyiv", status="published"
    )
    csv_body = b"".join(exporter_client.get(reverse("tracker:export-csv")).streaming_content).decode()
    statement.condition = "Edited meanwhile."
    statement.save()
    edited = csv_body.replace("Kyiv", "Kyiv press conference", 1)
    with pytest.raises(ImportFailed, match="was changed in Parley after this file was made"):
        import_file(edited.encode(), name="parley.csv")
    statement.refresh_from_db()
    assert (statement.setting, statement.condition) == ("Kyiv", "Edited meanwhile.")


def test_bad_version_and_updated_at_are_problems(actor):
    record = {"speaker": actor.slug, "said_on": "2025-09-01", "text": "Hello."}
    document = {
        "format": "parley/1",
        "statements": [{**record, "version": "two"}, {**record, "text": "Bye.", "updated_at": "yesterday"}],
    }
    with pytest.raises(ImportFailed) as failure:
        import_file(json.dumps(document).encode())
    assert [(p.number, p.field) for p in failure.value.problems] == [(1, "version"), (2, "updated_at")]


def near_repeat_document(actor):
    return {
        "format": "parley/1",
        "statements": [
            {
                "key": "wire-1",
                "speaker": actor.slug,
                "said_on": "2025-09-26",
                "text": "“We are ready to sign the security guarantees agreement with our partners next week”",
            },
            {"key": "wire-2", "speaker": actor.slug, "said_on": "2025-09-26", "text": "Grain exports resume."},
        ],
    }


def test_a_near_repeat_of_a_stored_statement_warns_but_imports(actor):
    original = factories.StatementFactory(
        speaker=actor,
        said_on=datetime.date(2025, 9, 23),
        text="We are ready to sign the security guarantees agreement with our partners next week.",
    )
    factories.StatementFactory(speaker=actor, said_on=datetime.date(2025, 9, 1), text=original.text)  # weeks before
    document = json.dumps(near_repeat_document(actor)).encode()

    preview = import_file(document, dry_run=True)
    [warning] = preview.warnings
    assert (warning.number, warning.statement_id, warning.score) == (1, original.pk, 100.0)
    assert f"statement 1 nearly repeats #{original.pk} of 2025-09-23" in str(warning)
    assert "near-duplicates: 1 new statement(s) nearly repeat stored ones" in preview.lines()
    assert Statement.objects.count() == 2

    report = import_file(document)
    assert report.counts["statements"].created == 2
    assert Statement.objects.filter(key="wire-1").exists()


def test_the_command_lists_near_duplicate_warnings(actor, tmp_path):
    original = factories.StatementFactory(
        speaker=actor,
        said_on=datetime.date(2025, 9, 20),
        text="We are ready to sign the security guarantees agreement with our partners next week!",
    )
    path = tmp_path / "wire.json"
    path.write_text(json.dumps(near_repeat_document(actor)))
    out = io.StringIO()
    call_command("import_statements", str(path), "--dry-run", stdout=out)
    assert f"statement 1 nearly repeats #{original.pk} of 2025-09-20" in out.getvalue()


def test_a_large_import_says_how_many_new_statements_were_checked(actor, monkeypatch):
    from tracker.interchange import nearby

    for day in (1, 2, 3):
        factories.StatementFactory(speaker=actor, said_on=datetime.date(2025, 9, day), text=f"Statement {day}.")
    monkeypatch.setattr(nearby, "COMPARISON_BUDGET", 2)
    document = {
        "format": "parley/1",
        "statements": [
            {"speaker": actor.slug, "said_on": f"2025-09-0{day}", "text": f"Another remark {day}."} for day in (1, 2, 3)
        ],
    }
    report = import_file(json.dumps(document).encode(), dry_run=True)
    assert "(checked the first 1 of 3 new statements)" in report.lines()[-1]


def test_an_import_failing_half_way_leaves_nothing_behind(demo, monkeypatch):
    from django.db import IntegrityError

    from tracker.interchange import bulk

    insert = bulk.insert

    def failing(model, rows, **options):
        if model is StatementSource:  # statements, sources and their history are written by now
            raise IntegrityError("simulated failure while writing the source chains")
        return insert(model, rows, **options)

    document = json.loads(DEMO_FILE.read_text(encoding="utf-8"))
    for record in document["statements"]:
        record["key"] += "-copy"
        record["said_on"] = "2022-01-01"  # before every demo statement, so none matches by speaker, date and text
    for number, record in enumerate(document["statements"]):
        for position, source in enumerate(record.get("sources", [])):
            source["url"] = f"https://example.org/copy/{number}/{position}"
    before = database_snapshot()
    sources = Source.objects.count()
    monkeypatch.setattr(bulk, "insert", failing)

    with pytest.raises(ImportFailed, match="simulated failure"):
        import_file(json.dumps(document).encode())

    assert database_snapshot() == before
    assert Source.objects.count() == sources
    assert Source.history.filter(url__startswith="https://example.org/copy/").count() == 0


def copied_demo_statements():
    """The demo's statements as new ones: other keys, another day, other source URLs."""
    document = json.loads(DEMO_FILE.read_text(encoding="utf-8"))
    for number, record in enumerate(document["statements"]):
        record["key"] += "-copy"
        record["said_on"] = "2022-01-01"
        for position, source in enumerate(record.get("sources", [])):
            source["url"] = f"https://example.org/copy/{number}/{position}"
    return json.dumps(document).encode()


@pytest.mark.django_db(transaction=True)  # outside a test's transaction, as an upload or the command runs
def test_an_import_writes_its_kept_tables_without_savepoints(demo):
    # On SQLite an open savepoint keeps a copy of every page written after it, and each later
    # statement walks that copy when it ends: 100,000 statements into a million took 422 s, 85 s without.
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        report = import_file(copied_demo_statements())

    assert report.counts["statements"].created == DEMO_STATEMENTS
    assert not [query["sql"] for query in captured.captured_queries if "SAVEPOINT" in query["sql"].upper()]


def test_a_failure_keeping_the_stance_points_rolls_the_whole_import_back(demo, monkeypatch):
    from django.db import IntegrityError

    from tracker import stances
    from tracker.db import stanceappend
    from tracker.models import StancePoint

    def failing(*args, **kwargs):
        raise IntegrityError("simulated failure while relinking the stance points")

    before, points = database_snapshot(), StancePoint.objects.count()
    monkeypatch.setattr(stanceappend, "_relink_followers", failing)  # the new points are in by then

    with pytest.raises(ImportFailed, match="simulated failure"):
        import_file(copied_demo_statements())

    assert database_snapshot() == before
    assert StancePoint.objects.count() == points
    # The track counts are kept as before (on SQLite the bulk path sets their triggers aside): an edit
    # after the failed import still moves them.
    monkeypatch.undo()
    statement = Statement.objects.published().filter(topic_stances__isnull=False).first()
    statement.status = Statement.Status.DRAFT
    statement.save()
    assert stances.differences()[0] == {"missing": 0, "extra": 0, "counts": 0}


@settings(max_examples=1000, deadline=None)
@given(st.from_regex(r"\Ahttps?://[a-zA-Z0-9.\-]{0,24}(:[0-9]{0,6})?([/?#][ -~\t\n]{0,12})?\Z"))
def test_the_quick_url_check_accepts_only_what_the_url_validator_accepts(url):
    if plain_http_url(url):
        http_url_validator(url)  # raises ValidationError if the shortcut let a bad URL through


def test_an_import_starts_a_new_generation_of_cached_aggregates(actor, settings):
    from tracker import aggregates

    settings.PARLEY_AGGREGATE_GRACE_SECONDS = 0
    calls = []

    def compute():
        calls.append(1)
        return len(calls)

    published = Statement.objects.published()
    assert aggregates.cached_aggregate("chart", published, compute) == 1
    document = {
        "format": "parley/1",
        "statements": [{"speaker": actor.slug, "said_on": "2025-09-01", "text": "Imported.", "status": "published"}],
    }
    import_file(json.dumps(document).encode(), dry_run=True)
    assert aggregates.cached_aggregate("chart", published, compute) == 1, "a dry run changed nothing"
    import_file(json.dumps(document).encode())
    assert aggregates.cached_aggregate("chart", published, compute) == 2


@pytest.mark.parametrize("status", ["published", "review"])
def test_import_fills_computed_fields_as_an_edit_does(db, status):
    """The importer writes rows in bulk; saving each through the model afterwards changes nothing."""
    document = {
        "format": "parley/1",
        "actors": [{"slug": "ana", "name": "Ana"}],
        "outlets": [{"slug": "wire", "name": "Wire"}],
        "statements": [
            {
                "key": "k1",
                "speaker": "ana",
                "said_on": "2025-09-17",
                "date_precision": "month",
                "text": "Computed fields, once.",
                "status": status,
                "sources": [
                    {"url": "https://example.org/a", "outlet": "wire", "published_on": "2025-09-20"},
                    {"url": "https://example.org/b", "outlet": "wire", "published_on": "2025-09-03"},
                    {"url": "https://example.org/c", "outlet": "wire", "published_on": "2025-08-30"},
                ],
            }
        ],
    }
    import_file(json.dumps(document).encode())
    imported = Statement.objects.get(key="k1")
    assert imported.said_on == datetime.date(2025, 9, 1)
    assert imported.first_reported_on == datetime.date(2025, 9, 3)
    assert (imported.published_at is not None) == (status == "published")
    fields = ("said_on", "first_reported_on", "published_at")
    before = [getattr(imported, name) for name in fields]
    imported.first_reported_on = None
    imported.save()
    imported.refresh_first_reported_on()
    imported.refresh_from_db()
    assert [getattr(imported, name) for name in fields] == before
