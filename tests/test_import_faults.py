"""The importer answers every malformed file with problems that name the record, never a crash."""

import io
import json
import os
import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse

from tracker.interchange import ImportFailed, import_file, previews
from tracker.models import Actor, Event, Statement, Topic

pytestmark = pytest.mark.django_db

IMPORT = reverse("admin:tracker_statement_import")
WRONG_TYPES = [20251005, 2025.5, ["2025-10-05"], {"date": "2025-10-05"}, True]


def document(**statement):
    record = {"key": "zel-2025-10-05", "speaker": "volodymyr-zelenskyy", "said_on": "2025-10-05", "text": "Peace."}
    record.update(statement)
    return {"format": "parley/1", "statements": [record]}


def json_bytes(value):
    return json.dumps(value).encode()


def problems(data, name="file.json", **options):
    with pytest.raises(ImportFailed) as failure:
        import_file(data, name=name, **options)
    return [str(problem) for problem in failure.value.problems]


@pytest.mark.parametrize("value", WRONG_TYPES, ids=["int", "float", "list", "object", "bool"])
@pytest.mark.parametrize("field", ["said_on", "first_reported_on"])
def test_a_date_of_the_wrong_json_type_is_a_problem_naming_the_statement_key(actor, field, value):
    found = problems(json_bytes(document(**{field: value})))
    assert found == [f"statement 1 “zel-2025-10-05”, {field}: expected a date such as 2025-09-24, in quotes"]
    assert Statement.objects.count() == 0


@pytest.mark.parametrize("value", WRONG_TYPES, ids=["int", "float", "list", "object", "bool"])
def test_dates_of_events_and_sources_of_the_wrong_type_name_their_record(actor, value):
    data = document(sources=[{"url": "https://example.org/a", "published_on": value}])
    data["events"] = [{"slug": "summit", "name": "Summit", "start_date": value}]
    found = problems(json_bytes(data))
    assert "event 1 “summit”, start_date: expected a date such as 2025-09-24, in quotes" in found
    assert "statement 1 “zel-2025-10-05”, sources[1].published_on: expected a date such as 2025-09-24, in quotes" in (
        found
    )
    assert (Statement.objects.count(), Event.objects.count()) == (0, 0)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("text", 42),
        ("text", ["Peace."]),
        ("speaker", {"slug": "x"}),
        ("status", ["published"]),
        ("topics", [{"topic": "t", "stance": ["supports"]}]),
        ("sources", [{"url": "https://example.org/a", "role": {"x": 1}}]),
        ("sources", [{"url": "https://example.org/a", "outlet": ["bbc"]}]),
        ("mentions", "volodymyr-zelenskyy"),
        ("version", "3"),
        ("updated_at", 1700000000),
    ],
)
def test_any_field_of_the_wrong_type_is_a_problem_not_a_crash(actor, field, value):
    found = problems(json_bytes(document(**{field: value})))
    assert found and all(problem.startswith("statement 1 “zel-2025-10-05”") for problem in found), found
    assert Statement.objects.count() == 0


def test_a_topic_parent_of_the_wrong_type_names_the_topic(db):
    data = {"format": "parley/1", "topics": [{"slug": "peace", "name": "Peace", "parent": ["war"]}]}
    assert problems(json_bytes(data)) == ["topic 1 “peace”, parent: expected a slug"]


def test_a_format_of_the_wrong_type_is_named_by_its_type(db):
    assert problems(json_bytes({"format": [[["parley/1"]]]})) == ["format: “format” must be “parley/1”, not a list."]


def test_two_hundred_thousand_nested_brackets_are_refused_with_a_message(db):
    found = problems(b"[" * 200_000 + b"]" * 200_000)
    assert found == ["The JSON is nested too deeply to be a parley/1 document."]
    found = problems(b'{"format": "parley/1", "statements": ' + b"[" * 200_000 + b"]" * 200_000 + b"}")
    assert found == ["The JSON is nested too deeply to be a parley/1 document."]


def test_a_file_over_the_upload_limit_is_refused_by_the_importer(actor, settings):
    data = json_bytes(document())
    settings.PARLEY_MAX_UPLOAD_BYTES = len(data) - 1
    (found,) = problems(data)
    assert "the largest file you can import is" in found
    settings.PARLEY_MAX_UPLOAD_BYTES = len(data)
    import_file(data, name="file.json")
    assert Statement.objects.count() == 1


def test_the_import_command_enforces_the_admin_size_limit(actor, settings, tmp_path):
    path = tmp_path / "big.json"
    path.write_bytes(json_bytes(document(text="x" * 5000)))
    settings.PARLEY_MAX_UPLOAD_BYTES = 1000
    with pytest.raises(CommandError, match="the largest file you can import is 1000"):
        call_command("import_statements", str(path))
    assert Statement.objects.count() == 0


def test_the_import_command_reports_a_wrong_type_instead_of_a_traceback(actor, tmp_path):
    path = tmp_path / "typed.json"
    path.write_bytes(json_bytes(document(said_on=20251005)))
    err = io.StringIO()
    with pytest.raises(CommandError, match="1 problem"):
        call_command("import_statements", str(path), stderr=err)
    assert "statement 1 “zel-2025-10-05”, said_on: expected a date" in err.getvalue()


CSV_HEADER = "speaker_slug,said_on,text\n"


def test_a_csv_with_an_unterminated_quote_is_refused_with_its_line(actor):
    body = CSV_HEADER + f'{actor.slug},2025-01-01,Fine.\n{actor.slug},2025-01-02,"Never closed.\nmore\n'
    found = problems(body.encode(), name="x.csv")
    assert found == ["line 3: A quote opened on this line (or in a cell after it) is never closed."]
    assert Statement.objects.count() == 0


@pytest.mark.parametrize(
    ("row", "cells"), [("{slug},2025-01-02,Too,many", 4), ("{slug},2025-01-02", 2)], ids=["long", "short"]
)
def test_a_csv_with_ragged_rows_is_refused_with_the_line_number(actor, row, cells):
    body = CSV_HEADER + f"{actor.slug},2025-01-01,Fine.\n" + row.format(slug=actor.slug) + "\n"
    assert problems(body.encode(), name="x.csv") == [f"line 3: This row has {cells} cells; the header has 3."]
    assert Statement.objects.count() == 0


def test_a_csv_with_a_stray_quote_is_refused_with_its_line(actor):
    body = CSV_HEADER + f'{actor.slug},2025-01-01,"Quoted"then text\n'
    (found,) = problems(body.encode(), name="x.csv")
    assert found.startswith("line 2: This line is not valid CSV")


def test_the_summary_says_how_many_statements_became_drafts_and_why(actor, tmp_path):
    data = {
        "format": "parley/1",
        "statements": [
            {"speaker": actor.slug, "said_on": "2025-10-01", "text": "No status given."},
            {"speaker": actor.slug, "said_on": "2025-10-02", "text": "Also none."},
            {"speaker": actor.slug, "said_on": "2025-10-03", "text": "A draft on purpose.", "status": "draft"},
            {"speaker": actor.slug, "said_on": "2025-10-04", "text": "Out.", "status": "published"},
        ],
    }
    path = tmp_path / "drafts.json"
    path.write_bytes(json_bytes(data))
    out = io.StringIO()
    call_command("import_statements", str(path), stdout=out)
    assert (
        "drafts: 3 new statement(s) will not be shown to readers until published (2 because the file gives them "
        "no “status”: add “status”: “published” to publish on import)"
    ) in out.getvalue()
    assert Statement.objects.filter(status="draft").count() == 3


def test_the_admin_preview_says_how_many_statements_become_drafts(editor_client, actor):
    upload = SimpleUploadedFile("d.json", json_bytes(document(speaker=actor.slug)))
    page = editor_client.post(IMPORT, {"file": upload}).content.decode()
    assert "drafts: 1 new statement(s) will not be shown to readers until published (1 because" in page


UNKNOWN_CSV = (
    "speaker,speaker_slug,said_on,text,relayed_by,mentions\n"
    "Kaja Kallas,kaja-kallas,2025-10-01,Europe stands with Ukraine.,,mark-rutte\n"
    "Kaja Kallas,kaja-kallas,2025-10-02,Again.,,\n"
)


def test_a_csv_naming_unknown_actors_says_which_and_how_to_add_them(db):
    found = problems(UNKNOWN_CSV.encode(), name="x.csv")
    assert found[0].startswith("The CSV names 2 actor(s) this site does not have: kaja-kallas, mark-rutte.")
    assert "--create-actors" in found[0]
    assert "statement 1 (line 2), speaker: unknown actor “kaja-kallas”" in found
    assert Actor.objects.count() == 0


def test_create_actors_creates_a_csv_s_unknown_actors_from_its_speaker_names(db, tmp_path):
    path = tmp_path / "new.csv"
    path.write_text(UNKNOWN_CSV)
    out = io.StringIO()
    call_command("import_statements", str(path), "--create-actors", stdout=out)
    assert dict(Actor.objects.values_list("slug", "name")) == {"kaja-kallas": "Kaja Kallas", "mark-rutte": "Mark Rutte"}
    assert Statement.objects.count() == 2
    assert "actors created for the CSV: kaja-kallas, mark-rutte" in out.getvalue()


def test_a_wrong_type_in_an_admin_upload_is_listed_not_a_server_error(editor_client, actor):
    upload = SimpleUploadedFile("typed.json", json_bytes(document(speaker=actor.slug, said_on=["2025"])))
    response = editor_client.post(IMPORT, {"file": upload})
    assert response.status_code == 200
    assert "statement 1 “zel-2025-10-05”, said_on: expected a date such as 2025-09-24, in quotes" in (
        response.content.decode()
    )


# Stashed previews


@pytest.fixture
def preview_dir(settings, tmp_path):
    settings.PARLEY_IMPORT_PREVIEW_DIR = tmp_path / "previews"
    return settings.PARLEY_IMPORT_PREVIEW_DIR


def age(path, seconds):
    then = time.time() - seconds
    os.utime(path, (then, then))


def upload_preview(client, actor, text="Peace."):
    upload = SimpleUploadedFile("p.json", json_bytes(document(speaker=actor.slug, text=text)))
    response = client.post(IMPORT, {"file": upload})
    return response.context["stashed"]


def test_previews_are_kept_in_the_configured_folder(editor_client, actor, preview_dir):
    stashed = upload_preview(editor_client, actor)
    assert (preview_dir / stashed).is_file()


def test_an_expired_preview_cannot_be_confirmed(editor_client, actor, preview_dir):
    stashed = upload_preview(editor_client, actor)
    age(preview_dir / stashed, 3601)
    response = editor_client.post(IMPORT, {"confirm": "1", "stashed": stashed}, follow=True)
    assert "The uploaded file has expired. Upload it again." in response.content.decode()
    assert Statement.objects.count() == 0
    assert not (preview_dir / stashed).exists()


def test_the_next_upload_removes_expired_previews_and_keeps_fresh_ones(editor_client, actor, preview_dir):
    old = upload_preview(editor_client, actor, "Old.")
    fresh = upload_preview(editor_client, actor, "Fresh.")
    age(preview_dir / old, 3601)
    newest = upload_preview(editor_client, actor, "Newest.")
    assert sorted(path.name for path in preview_dir.iterdir()) == sorted([fresh, newest])


def test_clean_import_previews_removes_expired_previews_only(preview_dir, settings):
    preview_dir.mkdir()
    old, fresh = previews.stash(b"{}", "a.json"), previews.stash(b"{}", "b.csv")
    (preview_dir / "notes.txt").write_text("not ours")
    age(preview_dir / old, 3601)
    age(preview_dir / "notes.txt", 3601 * 24)
    out = io.StringIO()
    call_command("clean_import_previews", stdout=out)
    assert "Removed 1 expired import preview(s)" in out.getvalue()
    assert sorted(path.name for path in preview_dir.iterdir()) == sorted([fresh, "notes.txt"])
    settings.PARLEY_IMPORT_PREVIEW_SECONDS = 0
    age(preview_dir / fresh, 1)
    call_command("clean_import_previews", stdout=io.StringIO())
    assert sorted(path.name for path in preview_dir.iterdir()) == ["notes.txt"]


def test_a_long_chain_of_broader_topics_imports_without_recursion(db):
    topics = [{"slug": f"t{n}", "name": f"T{n}", "parent": f"t{n - 1}" if n else None} for n in range(1200)]
    import_file(json_bytes({"format": "parley/1", "topics": topics[::-1]}), name="chain.json")
    assert Topic.objects.get(slug="t1199").parent.slug == "t1198"


def test_a_loop_of_broader_topics_is_refused_naming_the_topic(db):
    topics = [{"slug": "a", "name": "A", "parent": "b"}, {"slug": "b", "name": "B", "parent": "a"}]
    assert problems(json_bytes({"format": "parley/1", "topics": topics})) == [
        "topic 1 “a”, parent: The broader topics form a loop."
    ]
