import csv
import datetime
import io
import json
from pathlib import Path

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests import factories
from tracker.models import Actor, Statement

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:tracker_statement_changelist")
IMPORT = reverse("admin:tracker_statement_import")
DEMO = (Path(__file__).resolve().parent.parent / "tracker" / "fixtures" / "demo.json").read_bytes()
DEMO_STATEMENTS, DEMO_ACTORS = (len(json.loads(DEMO)[section]) for section in ("statements", "actors"))


@pytest.fixture
def statements(actor):
    return [
        factories.StatementFactory(speaker=actor, text=f"Remark {n}.", status=status)
        for n, status in enumerate(["published", "draft", "review"])
    ]


@pytest.fixture
def admin_exporter_client(client, exporter):
    exporter.user_permissions.add(Permission.objects.get(codename="view_statement"))
    client.force_login(exporter)
    return client


def export_action(client, ids, **extra):
    data = {"action": "export_csv", ACTION_CHECKBOX_NAME: [str(pk) for pk in ids], "index": 0, **extra}
    return client.post(CHANGELIST + extra.pop("query", ""), data)


def rows(response):
    return list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))


def test_anonymous_users_cannot_run_the_export_action(client, statements):
    response = export_action(client, [s.pk for s in statements])
    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]


def test_editors_without_export_permission_get_no_file(editor_client, statements):
    assert "export_csv" not in editor_client.get(CHANGELIST).content.decode()
    response = export_action(editor_client, [s.pk for s in statements])
    assert not response.get("Content-Disposition")
    assert not response.has_header("Content-Type") or "text/csv" not in response["Content-Type"]


def test_exporters_get_the_selected_rows_including_drafts(admin_exporter_client, statements):
    response = export_action(admin_exporter_client, [statements[0].pk, statements[1].pk])
    assert response["Content-Disposition"].startswith('attachment; filename="parley-statements-admin-')
    assert sorted(row["text"] for row in rows(response)) == ["Remark 0.", "Remark 1."]


def test_select_all_exports_the_filtered_change_list(admin_exporter_client, statements):
    response = admin_exporter_client.post(
        CHANGELIST + "?status__exact=draft",
        {"action": "export_csv", ACTION_CHECKBOX_NAME: [str(statements[1].pk)], "select_across": "1", "index": 0},
    )
    assert [row["text"] for row in rows(response)] == ["Remark 1."]


def test_import_page_needs_permission(client, exporter):
    client.force_login(exporter)
    assert client.get(IMPORT).status_code == 403


def test_upload_previews_then_confirm_imports(editor_client):
    response = editor_client.post(IMPORT, {"file": SimpleUploadedFile("demo.json", DEMO)})
    assert response.status_code == 200
    preview = response.context["report"].counts
    assert (preview["statements"].created, preview["actors"].created) == (DEMO_STATEMENTS, DEMO_ACTORS)
    assert 'id="import-preview"' in response.content.decode()
    assert Statement.objects.count() == 0

    response = editor_client.post(IMPORT, {"confirm": "1", "stashed": response.context["stashed"]})
    assert response.status_code == 302
    assert Statement.objects.count() == DEMO_STATEMENTS
    assert Statement.history.filter(history_user__username="editor").count() == DEMO_STATEMENTS

    again = editor_client.post(IMPORT, {"file": SimpleUploadedFile("demo.json", DEMO)})
    assert again.context["report"].counts["statements"].unchanged == DEMO_STATEMENTS
    assert not again.context["report"].changed


def test_broken_upload_lists_problems_and_writes_nothing(editor_client):
    document = json.loads(DEMO)
    document["statements"][0]["speaker"] = "ghost"
    del document["statements"][1]["said_on"]
    response = editor_client.post(IMPORT, {"file": SimpleUploadedFile("demo.json", json.dumps(document).encode())})
    page = response.content.decode()
    first, second = (document["statements"][n]["key"] for n in (0, 1))
    assert f"statement 1 “{first}”, speaker: unknown actor “ghost”" in page
    assert f"statement 2 “{second}”, said_on: This field is required." in page
    assert "Nothing was imported" in page
    assert Statement.objects.count() == Actor.objects.count() == 0


def test_oversized_upload_is_refused_with_a_clear_message(editor_client, settings):
    settings.PARLEY_MAX_UPLOAD_BYTES = 1000
    response = editor_client.post(IMPORT, {"file": SimpleUploadedFile("demo.json", DEMO)})
    assert "the largest file you can import is 1000" in response.content.decode()
    assert Statement.objects.count() == 0


def test_a_forged_stash_token_imports_nothing(editor_client):
    response = editor_client.post(IMPORT, {"confirm": "1", "stashed": "../../etc/passwd"})
    assert response.status_code == 302
    assert Statement.objects.count() == 0


def test_change_list_links_to_the_import_page(editor_client):
    assert IMPORT in editor_client.get(CHANGELIST).content.decode()


def test_preview_lists_near_duplicates_with_a_link_and_still_imports(editor_client, actor):
    original = factories.StatementFactory(
        speaker=actor, said_on=datetime.date(2025, 9, 23), text="Our teams will work until the end of this month."
    )
    document = {
        "format": "parley/1",
        "statements": [
            {"speaker": actor.slug, "said_on": "2025-09-24", "text": "Our teams will work until the end of the month"}
        ],
    }
    upload = SimpleUploadedFile("wire.json", json.dumps(document).encode())
    response = editor_client.post(IMPORT, {"file": upload})
    warnings = response.content.decode().split('id="import-warnings"')[1].split("</ul>")[0]
    assert f"statement 1 nearly repeats #{original.pk} of 2025-09-23" in warnings
    assert reverse("admin:tracker_statement_change", args=[original.pk]) in warnings

    editor_client.post(IMPORT, {"confirm": "1", "stashed": response.context["stashed"]})
    assert Statement.objects.filter(said_on=datetime.date(2025, 9, 24), speaker=actor).count() == 1


def test_an_edit_between_preview_and_confirm_is_a_conflict(editor_client, actor):
    statement = factories.StatementFactory(speaker=actor, key="wire-7", text="First version.")
    record = {
        "key": "wire-7",
        "speaker": actor.slug,
        "said_on": statement.said_on.isoformat(),
        "text": "The file's version.",
        "updated_at": statement.updated_at.isoformat(),
    }
    upload = SimpleUploadedFile("wire.json", json.dumps({"format": "parley/1", "statements": [record]}).encode())
    preview = editor_client.post(IMPORT, {"file": upload})
    assert preview.context["report"].counts["statements"].updated == 1
    statement.text = "An editor's correction."
    statement.save()

    response = editor_client.post(IMPORT, {"confirm": "1", "stashed": preview.context["stashed"]})

    page = response.content.decode()
    assert "Nothing was imported" in page
    assert f"#{statement.pk} was changed in Parley after this file was made" in page
    statement.refresh_from_db()
    assert statement.text == "An editor's correction."
