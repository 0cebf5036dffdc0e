import csv
import datetime
import io
import json
import re

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.http import QueryDict
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from tests import factories
from tracker.columns import COLUMNS
from tracker.models import Statement
from tracker.queries import statement_list

pytestmark = pytest.mark.django_db

EXPORTS = ("tracker:export-csv", "tracker:export-json", "tracker:export-xlsx", "tracker:export-timeline")


def csv_rows(response):
    body = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.DictReader(io.StringIO(body)))


def xlsx_rows(response):
    book = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    sheet = book.active
    header, *rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    return header, [dict(zip(header, row, strict=True)) for row in rows], sheet


def json_body(response):
    return json.loads(b"".join(response.streaming_content))


@pytest.fixture
def newsroom(db):
    """Three speakers, a topic tree, two outlets and statements in every status."""
    zelenskyy = factories.ActorFactory(name="Volodymyr Zelenskyy", slug="volodymyr-zelenskyy")
    trump = factories.ActorFactory(name="Donald Trump", slug="donald-trump")
    putin = factories.ActorFactory(name="Vladimir Putin", slug="vladimir-putin")
    air = factories.TopicFactory(name="Air defence", slug="air-defence")
    patriot = factories.TopicFactory(name="Patriot systems", slug="patriot-systems", parent=air)
    territory = factories.TopicFactory(name="Territory", slug="territory")
    pravda = factories.OutletFactory(name="Ukrainska Pravda", slug="ukrainska-pravda")
    reuters = factories.OutletFactory(name="Reuters", slug="reuters")
    event = factories.EventFactory(name="New York meeting", slug="new-york-meeting")
    plan = [
        (zelenskyy, datetime.date(2025, 9, 23), "direct_quote", patriot, pravda, "published"),
        (zelenskyy, datetime.date(2025, 9, 23), "paraphrase", air, reuters, "published"),
        (trump, datetime.date(2025, 9, 23), "paraphrase", territory, pravda, "published"),
        (trump, datetime.date(2025, 8, 8), "direct_quote", territory, reuters, "published"),
        (putin, datetime.date(2025, 8, 15), "written", air, reuters, "published"),
        (putin, datetime.date(2025, 7, 1), "direct_quote", territory, pravda, "draft"),
        (trump, datetime.date(2025, 7, 2), "paraphrase", territory, pravda, "review"),
        (zelenskyy, datetime.date(2025, 6, 1), "direct_quote", air, reuters, "retracted"),
    ]
    for number, (speaker, said_on, kind, topic, outlet, status) in enumerate(plan):
        statement = factories.StatementFactory(
            speaker=speaker,
            said_on=said_on,
            kind=kind,
            status=status,
            text=f"Statement {number} by {speaker.name}.",
            event=event if said_on == datetime.date(2025, 9, 23) else None,
        )
        factories.StatementTopicFactory(statement=statement, topic=topic)
        factories.StatementSourceFactory(statement=statement, source=factories.SourceFactory(outlet=outlet))
        statement.mentions.add(trump if speaker != trump else zelenskyy)
    return {"zelenskyy": zelenskyy, "trump": trump, "putin": putin}


@pytest.mark.parametrize("name", EXPORTS)
def test_anonymous_users_are_sent_to_login(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


@pytest.mark.parametrize("name", EXPORTS)
def test_users_without_export_permission_get_403(editor_client, name):
    assert editor_client.get(reverse(name)).status_code == 403


@pytest.mark.parametrize("name", EXPORTS)
def test_exporters_get_a_dated_attachment_named_after_the_filter(exporter_client, newsroom, name):
    response = exporter_client.get(reverse(name), {"actor": "donald-trump", "topic": "territory"})
    assert response.status_code == 200
    disposition = response["Content-Disposition"]
    assert disposition.startswith('attachment; filename="parley-statements-')
    assert "-actor-donald-trump-topic-territory." in disposition
    assert f"parley-statements-{timezone.localdate().isoformat()}-" in disposition


def test_csv_has_the_product_columns_in_order_with_slugs_and_iso_dates(exporter_client, newsroom):
    response = exporter_client.get(
        reverse("tracker:export-csv"), {"actor": "volodymyr-zelenskyy", "kind": "paraphrase"}
    )
    body = b"".join(response.streaming_content).decode("utf-8")
    assert body.splitlines()[0] == ",".join(COLUMNS)
    [row] = list(csv.DictReader(io.StringIO(body)))
    statement = Statement.objects.get(text=row["text"])
    assert row["said_on"] == "2025-09-23"
    assert row["speaker"] == "Volodymyr Zelenskyy"
    assert row["speaker_slug"] == "volodymyr-zelenskyy"
    assert row["topics"] == "air-defence"
    assert row["stances"] == "supports"
    assert row["mentions"] == "donald-trump"
    assert row["outlets"] == "reuters"
    assert row["event"] == "new-york-meeting"
    assert row["source_urls"] == statement.sources.get().url
    assert row["permalink"] == f"http://testserver/statements/{statement.pk}/"
    assert datetime.datetime.fromisoformat(row["updated_at"]) == statement.updated_at


def test_multi_valued_cells_are_joined_with_semicolons(exporter_client, newsroom):
    statement = Statement.objects.get(text__startswith="Statement 0 ")
    factories.StatementTopicFactory(
        statement=statement, topic=factories.TopicFactory(name="Sanctions", slug="sanctions"), stance="opposes"
    )
    statement.mentions.add(newsroom["putin"])
    [row] = csv_rows(exporter_client.get(reverse("tracker:export-csv"), {"q": "Statement 0"}))
    assert row["topics"] == "patriot-systems; sanctions"
    assert row["stances"] == "supports; opposes"
    assert row["mentions"] == "donald-trump; vladimir-putin"


def test_export_excludes_drafts_unless_an_exporter_asks_for_them(client, exporter_client, newsroom):
    rows = csv_rows(exporter_client.get(reverse("tracker:export-csv")))
    assert {row["status"] for row in rows} == {"published"}
    rows = csv_rows(exporter_client.get(reverse("tracker:export-csv"), {"status": ["draft", "review"]}))
    assert sorted(row["status"] for row in rows) == ["draft", "review"]


def test_bad_parameters_answer_400_with_the_errors(exporter_client, newsroom):
    response = exporter_client.get(reverse("tracker:export-csv"), {"actor": "nobody", "date_after": "yesterday"})
    assert response.status_code == 400
    assert set(response.json()["errors"]) == {"actor", "date_after"}


def test_csv_bom_is_optional(exporter_client, newsroom):
    plain = b"".join(exporter_client.get(reverse("tracker:export-csv")).streaming_content)
    with_bom = b"".join(exporter_client.get(reverse("tracker:export-csv"), {"bom": "1"}).streaming_content)
    assert not plain.startswith(b"\xef\xbb\xbf")
    assert with_bom == b"\xef\xbb\xbf" + plain


@pytest.mark.parametrize("text", ['=HYPERLINK("https://evil.example","click")', "+1 for peace", "-5 tanks", "@once"])
def test_formulas_export_as_inert_text(exporter_client, actor, text):
    factories.StatementFactory(speaker=actor, text=text, setting="=1+1")
    [row] = csv_rows(exporter_client.get(reverse("tracker:export-csv")))
    assert row["text"] == f"'{text}"
    assert row["setting"] == "'=1+1"
    raw = csv_rows(exporter_client.get(reverse("tracker:export-csv"), {"raw": "1"}))
    assert raw[0]["text"] == text
    # The spreadsheet keeps the text as stored, in a text cell that never runs.
    _header, [xrow], sheet = xlsx_rows(exporter_client.get(reverse("tracker:export-xlsx")))
    assert xrow["text"] == text
    assert xrow["setting"] == "=1+1"
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


def test_cyrillic_original_text_survives_every_format(exporter_client, actor):
    original = "Президент Трамп готовий дати Україні гарантії безпеки після завершення цієї війни."
    factories.StatementFactory(speaker=actor, original_text=original, original_language="uk")
    [row] = csv_rows(exporter_client.get(reverse("tracker:export-csv")))
    assert row["original_text"] == original
    _header, [xrow], _sheet = xlsx_rows(exporter_client.get(reverse("tracker:export-xlsx")))
    assert xrow["original_text"] == original
    document = json_body(exporter_client.get(reverse("tracker:export-json")))
    assert document["statements"][0]["original_text"] == original
    timeline = json_body(exporter_client.get(reverse("tracker:export-timeline")))
    assert timeline["events"][0]["original_text"] == original


def test_timeline_json_has_one_group_per_speaker(exporter_client, newsroom):
    timeline = json_body(exporter_client.get(reverse("tracker:export-timeline")))
    assert {event["group"] for event in timeline["events"]} == {"Volodymyr Zelenskyy", "Donald Trump", "Vladimir Putin"}
    first = timeline["events"][0]
    assert first["start_date"] == {"year": "2025", "month": "9", "day": "23"}
    assert first["text"]["headline"].split(":")[0] in {"Volodymyr Zelenskyy", "Donald Trump"}


def test_json_export_is_a_parley_document_with_what_the_statements_need(exporter_client, newsroom):
    document = json_body(exporter_client.get(reverse("tracker:export-json"), {"actor": "vladimir-putin"}))
    assert document["format"] == "parley/1"
    assert [s["text"] for s in document["statements"]] == ["Statement 4 by Vladimir Putin."]
    assert {a["slug"] for a in document["actors"]} == {"vladimir-putin", "donald-trump"}
    assert [t["slug"] for t in document["topics"]] == ["air-defence"]
    assert [o["slug"] for o in document["outlets"]] == ["reuters"]
    assert document["events"] == []


def test_export_runs_the_same_number_of_queries_for_many_rows(exporter_client, newsroom):
    def count(name):
        with CaptureQueriesContext(connection) as queries:
            b"".join(exporter_client.get(reverse(name)).streaming_content)
        return len(queries)

    before = {name: count(name) for name in EXPORTS}
    for number in range(40):
        statement = factories.StatementFactory(text=f"Extra {number}")
        factories.StatementTopicFactory(statement=statement)
        factories.StatementSourceFactory(statement=statement)
    assert {name: count(name) for name in EXPORTS} == before


FILTERS = [
    "",
    "actor=donald-trump",
    "actor=donald-trump&actor=vladimir-putin",
    "topic=air-defence",
    "topic=air-defence&sort=oldest",
    "topic=territory&stance=supports",
    "kind=paraphrase",
    "mentions=donald-trump",
    "outlet=reuters",
    "event=new-york-meeting",
    "date_after=2025-08-01&date_before=2025-09-01",
    "q=Statement",
    "sort=oldest",
]


@pytest.mark.parametrize("query", FILTERS)
def test_every_format_holds_the_timeline_statements_in_order(client, exporter, newsroom, query):
    expected = [s.text for s in statement_list(params=QueryDict(query), user=None)]
    assert expected
    page = client.get(reverse("tracker:timeline") + "?" + query).content.decode()
    on_timeline = [int(pk) for pk in re.findall(r'class="permalink" href="/statements/(\d+)/"', page)]
    assert [Statement.objects.get(pk=pk).text for pk in on_timeline] == expected
    client.force_login(exporter)
    url = "?" + query
    assert [row["text"] for row in csv_rows(client.get(reverse("tracker:export-csv") + url))] == expected
    assert [s["text"] for s in json_body(client.get(reverse("tracker:export-json") + url))["statements"]] == expected
    _header, rows, _sheet = xlsx_rows(client.get(reverse("tracker:export-xlsx") + url))
    assert [row["text"] for row in rows] == expected
    timeline = json_body(client.get(reverse("tracker:export-timeline") + url))
    assert [event["statement_text"] for event in timeline["events"]] == expected


def test_export_command_takes_the_filters_as_options(newsroom, tmp_path):
    target = tmp_path / "out.csv"
    call_command("export_statements", "--actor", "donald-trump", "--date-after", "2025-09-01", "-o", str(target))
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert [row["text"] for row in rows] == ["Statement 2 by Donald Trump."]


def test_export_command_may_include_drafts(newsroom):
    out = io.StringIO()
    call_command("export_statements", "--format", "json", "--status", "draft", "--status", "review", stdout=out)
    document = json.loads(out.getvalue())
    assert sorted(s["status"] for s in document["statements"]) == ["draft", "review"]


def test_export_command_writes_xlsx_and_timeline(newsroom, tmp_path):
    call_command("export_statements", "--format", "xlsx", "--topic", "air-defence", "-o", str(tmp_path / "x.xlsx"))
    sheet = load_workbook(tmp_path / "x.xlsx").active
    assert sheet.max_row == 1 + 3
    out = io.StringIO()
    call_command("export_statements", "--format", "timeline", "--kind", "written", stdout=out)
    assert [e["group"] for e in json.loads(out.getvalue())["events"]] == ["Vladimir Putin"]


def test_export_command_reports_bad_options(newsroom):
    with pytest.raises(CommandError, match="--actor"):
        call_command("export_statements", "--actor", "nobody")


def test_timeline_shows_the_export_menu_only_to_exporters(editor, exporter, newsroom):
    export_link = reverse("tracker:export-csv") + "?actor=donald-trump"
    anonymous, editor_client, exporter_client = Client(), Client(), Client()
    editor_client.force_login(editor)
    exporter_client.force_login(exporter)
    assert export_link not in anonymous.get("/?actor=donald-trump").content.decode()
    assert export_link not in editor_client.get("/?actor=donald-trump").content.decode()
    page = exporter_client.get("/?actor=donald-trump").content.decode()
    assert export_link in page
    assert reverse("tracker:export-xlsx") + "?actor=donald-trump" in page


def test_raw_csv_is_for_exporters_only(editor, exporter, newsroom):
    url = reverse("tracker:export-csv") + "?raw=1"
    assert Client().get(url).status_code == 302
    editor_client, exporter_client = Client(), Client()
    editor_client.force_login(editor)
    exporter_client.force_login(exporter)
    assert editor_client.get(url).status_code == 403
    assert exporter_client.get(url).status_code == 200


def xlsx_book(response):
    return load_workbook(io.BytesIO(b"".join(response.streaming_content)))


def test_xlsx_text_read_back_by_openpyxl_and_calamine_equals_the_statement_text(exporter_client, actor):
    from python_calamine import CalamineWorkbook

    texts = ['=HYPERLINK("https://evil.example","click")', "-5 tanks", "Plain words, \"quoted\"; and 'ticked'."]
    for text in texts:
        factories.StatementFactory(speaker=actor, text=text, said_on=datetime.date(2025, 9, 1))
    content = b"".join(exporter_client.get(reverse("tracker:export-xlsx")).streaming_content)
    stored = sorted(Statement.objects.values_list("text", flat=True))
    sheet = load_workbook(io.BytesIO(content)).active
    column = list(next(sheet.iter_rows(max_row=1, values_only=True))).index("text")
    assert sorted(row[column] for row in sheet.iter_rows(min_row=2, values_only=True)) == stored
    calamine = CalamineWorkbook.from_filelike(io.BytesIO(content)).get_sheet_by_index(0).to_python()
    assert sorted(row[column] for row in calamine[1:]) == stored


def test_xlsx_dates_are_date_cells_shown_at_their_precision(exporter_client, actor):
    factories.StatementFactory(speaker=actor, text="Day.", said_on=datetime.date(2025, 9, 23), date_precision="day")
    factories.StatementFactory(speaker=actor, text="Month.", said_on=datetime.date(2025, 8, 1), date_precision="month")
    factories.StatementFactory(speaker=actor, text="Year.", said_on=datetime.date(2024, 1, 1), date_precision="year")
    book = xlsx_book(exporter_client.get(reverse("tracker:export-xlsx")))
    sheet = book.active
    header = [cell.value for cell in sheet[1]]
    said_on, text, updated = (header.index(name) for name in ("said_on", "text", "updated_at"))
    cells = {row[text].value: row for row in sheet.iter_rows(min_row=2)}
    assert cells["Day."][said_on].value == datetime.datetime(2025, 9, 23)
    assert cells["Day."][said_on].is_date
    assert cells["Day."][said_on].number_format == "yyyy-mm-dd"
    assert cells["Month."][said_on].number_format == "yyyy-mm"
    assert cells["Year."][said_on].number_format == "yyyy"
    assert isinstance(cells["Day."][updated].value, datetime.datetime)


def test_xlsx_has_a_frozen_header_a_filter_and_column_widths(exporter_client, newsroom):
    sheet = xlsx_book(exporter_client.get(reverse("tracker:export-xlsx"))).active
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, sheet.max_column).column_letter}{sheet.max_row}"
    header = [cell.value for cell in sheet[1]]
    text_column = sheet.cell(1, header.index("text") + 1).column_letter
    assert sheet.column_dimensions[text_column].width > sheet.column_dimensions["A"].width


def test_export_command_writes_absolute_permalinks_from_site_url(newsroom, settings, tmp_path):
    settings.SITE_URL = "https://parley.example.org"
    call_command("export_statements", "-o", str(tmp_path / "out.csv"))
    rows = list(csv.DictReader((tmp_path / "out.csv").open(encoding="utf-8")))
    assert rows
    assert all(re.fullmatch(r"https://parley\.example\.org/statements/\d+/", row["permalink"]) for row in rows)
    out = io.StringIO()
    call_command("export_statements", "--format", "timeline", "--base-url", "https://mirror.example/", stdout=out)
    assert all(e["url"].startswith("https://mirror.example/statements/") for e in json.loads(out.getvalue())["events"])
