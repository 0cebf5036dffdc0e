"""Rendered statements kept by version (tracker/fragments.py): never stale, never one reader's own."""

import datetime

import pytest
from django.core.cache import caches
from django.db import connection
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests import factories
from tests.admin_forms import change_form_data
from tracker import aggregates
from tracker.api import StatementSerializer
from tracker.models import Actor, Outlet, Source, Statement, StatementSource, StatementTopic, Topic

pytestmark = pytest.mark.django_db

STATEMENTS = reverse("tracker:api:statement-list")
D = datetime.date


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    """Whole pages kept for anonymous readers (tracker/http.py) would answer a second view before any
    statement is rendered: these tests are about the statements."""
    settings.PARLEY_PAGE_CACHE_SECONDS = 0


@pytest.fixture
def said(actor, topic):
    outlet = factories.OutletFactory(name="European Pravda", slug="european-pravda")
    trump = factories.ActorFactory(name="Donald Trump", slug="donald-trump")
    statement = factories.StatementFactory(
        speaker=actor, text="We are ready to talk about security guarantees.", said_on=D(2025, 9, 23)
    )
    factories.StatementTopicFactory(statement=statement, topic=topic, stance=StatementTopic.Stance.SUPPORTS)
    factories.StatementSourceFactory(
        statement=statement, source=factories.SourceFactory(outlet=outlet, title="Remarks")
    )
    statement.mentions.add(trump)
    factories.StatementFactory(speaker=trump, text="Another day, another remark.", said_on=D(2025, 9, 22))
    return Statement.objects.get(pk=statement.pk)


def timeline(client, **params):
    response = client.get("/", params)
    assert response.status_code == 200
    return response.content.decode()


def records(client, **params):
    response = client.get(STATEMENTS, params)
    assert response.status_code == 200
    return {record["id"]: record for record in response.json()["results"]}


def seen_after(change, statement):
    """The timeline and the statement's API record, read once before `change` (so copies are kept)
    and once after it, by a reader."""
    reader = Client()
    assert statement.text in timeline(reader)
    assert statement.pk in records(reader)
    change()
    return timeline(reader), records(reader).get(statement.pk)


def chip(topic_name, stance):
    return f'{topic_name} <span class="chip__stance">{stance}</span>'


# --- (a) the statement itself is edited -----------------------------------------------------------


def test_an_edit_saved_in_the_admin_is_shown_at_once(editor_client, said, topic):
    change_url = reverse("admin:tracker_statement_change", args=[said.pk])

    def edit():
        opened = editor_client.get(change_url)
        data = change_form_data(
            opened, text="We will not talk about guarantees yet.", **{"topic_stances-0-stance": "opposes"}
        )
        assert editor_client.post(change_url, data).status_code == 302

    page, record = seen_after(edit, said)
    assert "We will not talk about guarantees yet." in page and said.text not in page
    assert chip("Security guarantees", "opposes") in page
    assert record["text"] == "We will not talk about guarantees yet."
    assert record["topics"] == [{"topic": "security-guarantees", "stance": "opposes"}]


def change_text(statement):
    statement.text = "Guarantees first, then talks."
    statement.save()


def change_kind(statement):
    statement.kind = Statement.Kind.PARAPHRASE
    statement.save()


def change_date(statement):
    statement.said_on = D(2025, 10, 1)
    statement.save()


def test_each_field_edit_is_shown_at_once(said):
    page, record = seen_after(lambda: change_text(said), said)
    assert "Guarantees first, then talks." in page and record["text"] == "Guarantees first, then talks."

    page, record = seen_after(lambda: change_kind(said), said)
    assert '<p class="statement__text statement__text--reported">Guarantees first' in page
    assert record["kind"] == "paraphrase"

    page, record = seen_after(lambda: change_date(said), said)
    assert '<time datetime="2025-10-01">1 Oct 2025</time>' in page and record["said_on"] == "2025-10-01"


def test_a_stance_changed_on_its_own_is_shown_at_once(said):
    def change():
        link = StatementTopic.objects.get(statement=said)
        link.stance = StatementTopic.Stance.OPPOSES
        link.save()

    page, record = seen_after(change, said)
    assert chip("Security guarantees", "opposes") in page
    assert record["topics"] == [{"topic": "security-guarantees", "stance": "opposes"}]


def test_a_topic_added_to_selected_statements_is_shown_at_once(editor_client, said):
    air_defence = factories.TopicFactory(name="Air defence", slug="air-defence")
    action = {"action": "add_topic", "_selected_action": [said.pk], "apply": "1", "topic": air_defence.pk}
    action["stance"] = "neutral"

    def add():
        editor_client.post(reverse("admin:tracker_statement_changelist"), action)
        assert StatementTopic.objects.filter(statement=said, topic=air_defence).exists()

    page, record = seen_after(add, said)
    assert chip("Air defence", "neutral") in page
    assert {"topic": "air-defence", "stance": "neutral"} in record["topics"]


def test_sources_added_and_removed_are_shown_at_once(said):
    reuters = factories.OutletFactory(name="Reuters", slug="reuters")

    def add():
        factories.StatementSourceFactory(statement=said, source=factories.SourceFactory(outlet=reuters), position=1)

    page, record = seen_after(add, said)
    assert ">Reuters</a>" in page and [source["outlet"] for source in record["sources"]] == [
        "european-pravda",
        "reuters",
    ]

    page, record = seen_after(lambda: StatementSource.objects.filter(source__outlet=reuters).delete(), said)
    assert ">Reuters</a>" not in page and [source["outlet"] for source in record["sources"]] == ["european-pravda"]


def test_mentions_added_from_either_side_are_in_the_record_at_once(said):
    putin = factories.ActorFactory(name="Vladimir Putin", slug="vladimir-putin")
    _page, record = seen_after(lambda: said.mentions.add(putin), said)
    assert record["mentions"] == ["donald-trump", "vladimir-putin"]

    orban = factories.ActorFactory(name="Viktor Orbán", slug="viktor-orban")
    _page, record = seen_after(lambda: orban.mentioned_in.add(said), said)
    assert record["mentions"] == ["donald-trump", "viktor-orban", "vladimir-putin"]


def test_a_correction_note_is_in_the_record_at_once(said):
    def correct():
        said.correction_note = "The date was wrong."
        said.save()

    _page, record = seen_after(correct, said)
    assert record["correction_note"] == "The date was wrong."


# --- (b) a name it shows is changed elsewhere ------------------------------------------------------


@pytest.mark.parametrize("model", [Actor, Topic, Outlet])
def test_a_renamed_speaker_topic_or_outlet_is_shown_at_once(said, model):
    record_of = model.objects.get(
        slug={Actor: "volodymyr-zelenskyy", Topic: "security-guarantees"}.get(model, "european-pravda")
    )
    old_name = record_of.name

    def rename():
        record_of.name, record_of.slug = "Renamed record", "renamed-record"
        record_of.save()

    page, record = seen_after(rename, said)
    assert "Renamed record" in page and old_name not in page
    assert "renamed-record" in page
    shown = {
        Actor: record["speaker"]["slug"],
        Topic: record["topics"][0]["topic"],
        Outlet: record["sources"][0]["outlet"],
    }
    assert shown[model] == "renamed-record"


def test_a_retitled_source_is_shown_at_once(said):
    source = Source.objects.get(title="Remarks")
    source.outlet = None
    source.title = "Press conference transcript"

    page, record = seen_after(source.save, said)
    assert ">Press conference transcript</a>" in page and record["sources"][0]["title"] == "Press conference transcript"


def test_a_bulk_write_that_announces_itself_is_shown_at_once(said):
    # Bulk writers (imports, generators, merges) send no signals: they bump the shared version, and
    # whatever they changed that statements show is then read afresh.
    def bulk_rename():
        Actor.objects.filter(slug="volodymyr-zelenskyy").update(name="Zelenskyy, V.")
        aggregates.data_changed()

    page, record = seen_after(bulk_rename, said)
    assert "Zelenskyy, V." in page and record["speaker"]["name"] == "Zelenskyy, V."


# --- (c) retracted --------------------------------------------------------------------------------


def test_a_retracted_statement_leaves_the_timeline_and_the_api_at_once(said):
    def retract():
        said.status = Statement.Status.RETRACTED
        said.correction_note = "Misattributed."
        said.save()

    page, record = seen_after(retract, said)
    assert said.text not in page
    assert record is None
    assert "Another day, another remark." in page


def test_a_statement_unpublished_then_republished_comes_back_as_it_is_now(said):
    said.status = Statement.Status.DRAFT
    said.save()
    said.text = "Rewritten while unpublished."
    said.status = Statement.Status.PUBLISHED
    said.save()
    page, record = seen_after(lambda: None, said)
    assert "Rewritten while unpublished." in page and record["text"] == "Rewritten while unpublished."


# --- (d) nothing of one reader reaches another ----------------------------------------------------


def test_a_staff_view_leaves_nothing_of_its_own_in_a_readers_copy(editor_client, exporter, said):
    exporter_client = Client()
    exporter_client.force_login(exporter)
    for staff in (editor_client, exporter_client):
        assert said.text in timeline(staff)
        assert said.text in timeline(staff, actor="volodymyr-zelenskyy")
    for page in (timeline(Client()), timeline(Client(), actor="volodymyr-zelenskyy")):
        assert said.text in page
        assert "/admin/" not in page
        assert "csrfmiddlewaretoken" not in page
        assert "export-menu" not in page


def test_search_highlights_stay_on_the_search_page(said):
    reader = Client()
    assert "<mark>" in timeline(reader, q="guarantees")
    assert "<mark>" not in timeline(reader)
    assert "<mark>" in timeline(reader, q="guarantees")


# --- the copies are used, and are what the page would render ----------------------------------------


def relation_queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    tables = ("tracker_statementtopic", "tracker_statementsource", "tracker_statement_mentions")
    return [query["sql"] for query in captured.captured_queries if any(table in query["sql"] for table in tables)]


@pytest.mark.parametrize("url", ["/", STATEMENTS])
def test_a_second_view_is_served_from_the_kept_copies(said, url):
    reader = Client()
    assert relation_queries(reader, url)  # topics and sources read to render the first time
    assert relation_queries(reader, url) == []


def clear_fragments():
    caches["fragments"].clear()


def test_the_api_answers_the_same_bytes_with_and_without_kept_copies(said):
    reader = Client()
    first = reader.get(STATEMENTS).content
    kept = reader.get(STATEMENTS).content
    clear_fragments()
    again = reader.get(STATEMENTS).content
    assert first == kept == again

    request = RequestFactory().get(STATEMENTS)
    statements = Statement.objects.published().with_relations().order_by("-said_on", "-id")
    direct = StatementSerializer(statements, many=True, context={"request": request}).data
    assert list(records(reader).values()) == [dict(record) for record in direct]


def test_the_timeline_is_the_same_with_and_without_kept_copies(said):
    reader = Client()
    first = timeline(reader, actor="volodymyr-zelenskyy")
    kept = timeline(reader, actor="volodymyr-zelenskyy")
    clear_fragments()
    assert first == kept == timeline(reader, actor="volodymyr-zelenskyy")


def test_an_event_page_shows_its_statements_from_the_kept_copies_and_an_edit_at_once(said):
    event = factories.EventFactory(name="UN General Assembly")
    Statement.objects.filter(pk=said.pk).update(event=event)
    said.refresh_from_db()
    url, before = event.get_absolute_url(), said.text
    reader = Client()
    assert relation_queries(reader, url)  # topics and sources read to render the first time
    assert relation_queries(reader, url) == []
    assert before in reader.get(url).content.decode()

    change_text(said)
    page = reader.get(url).content.decode()
    assert "Guarantees first, then talks." in page and before not in page
