"""TimelineJS: the staff export and the public /timeline/ page with its JSON."""

import datetime
import json

import pytest
from django.http import QueryDict
from django.urls import reverse

from tests import factories
from tracker.queries import statement_list

pytestmark = pytest.mark.django_db

PAGE = reverse("tracker:timelinejs")
DATA = reverse("tracker:timelinejs-data")
HOSTILE = '<b>bold</b> <img src="https://evil.example/x.png"> & "quotes"'


def events(response):
    assert response.status_code == 200
    return json.loads(b"".join(response.streaming_content))["events"]


@pytest.fixture
def slides(actor):
    relayer = factories.ActorFactory(name="Dmitry Peskov", slug="dmitry-peskov")
    putin = factories.ActorFactory(name="Vladimir <i>Putin</i>", slug="vladimir-putin")
    outlet = factories.OutletFactory(name="Reuters", slug="reuters")
    quote = factories.StatementFactory(
        speaker=actor, kind="direct_quote", text=HOSTILE, said_on=datetime.date(2025, 9, 23), speaker_title="President"
    )
    factories.StatementSourceFactory(
        statement=quote, source=factories.SourceFactory(outlet=outlet, url="https://reuters.example/story")
    )
    factories.StatementFactory(
        speaker=putin, relayed_by=relayer, kind="paraphrase", text="Talks could resume.", said_on="2025-09-01"
    )
    factories.StatementFactory(speaker=actor, text="A draft nobody may see.", status="draft")
    return quote


def test_public_json_serves_published_statements_through_the_reader_filter(client, slides):
    for query in ("", "actor=volodymyr-zelenskyy", "date_before=2025-09-10", "sort=oldest"):
        expected = [s.text for s in statement_list(params=QueryDict(query), user=None)]
        assert [event["statement_text"] for event in events(client.get(f"{DATA}?{query}"))] == expected
    assert "A draft nobody may see." not in b"".join(client.get(DATA).streaming_content).decode()


def test_slide_text_is_escaped_plain_text_with_credits_and_a_link(client, slides):
    [slide] = [e for e in events(client.get(DATA)) if e["statement_text"] == HOSTILE]
    html = slide["text"]["text"]
    assert "<b>" not in html and "<img" not in html
    assert "&lt;b&gt;bold&lt;/b&gt; &lt;img" in html
    assert "Said by Volodymyr Zelenskyy, President" in html
    assert '<a href="https://reuters.example/story" rel="noopener">Reuters</a>' in html
    assert f'<a href="http://testserver/statements/{slides.pk}/" rel="noopener">' in html
    assert slide["url"] == f"http://testserver/statements/{slides.pk}/"
    assert slide["text"]["headline"].startswith("Volodymyr Zelenskyy: “&lt;b&gt;")


def test_headlines_quote_direct_words_and_report_paraphrases(client, slides):
    headlines = {e["statement_text"]: e["text"]["headline"] for e in events(client.get(DATA))}
    assert headlines["Talks could resume."] == (
        "Vladimir &lt;i&gt;Putin&lt;/i&gt;, as relayed by Dmitry Peskov: (reported speech) Talks could resume."
    )
    assert "“" not in headlines["Talks could resume."]


def test_retracted_statements_are_labelled_in_the_staff_export_and_absent_from_the_public_one(
    client, exporter_client, actor
):
    factories.StatementFactory(speaker=actor, text="Withdrawn words.", status="retracted")
    assert events(client.get(DATA)) == []
    [event] = events(exporter_client.get(reverse("tracker:export-timeline"), {"status": "retracted"}))
    assert event["text"]["headline"] == "[Retracted] Volodymyr Zelenskyy: “Withdrawn words.”"


def test_bad_filters_are_a_400_on_the_page_and_the_json(client, slides):
    assert client.get(DATA, {"date_after": "soon"}).status_code == 400
    assert client.get(DATA, {"date_after": "soon"}).json()["errors"]["date_after"]
    page = client.get(PAGE, {"date_after": "soon"})
    assert page.status_code == 400
    assert b'id="timeline-embed"' not in page.content


def test_public_page_embeds_timelinejs_from_static_with_its_filtered_data(client, slides):
    page = client.get(PAGE, {"actor": "volodymyr-zelenskyy"}).content.decode()
    assert f'data-source="{DATA}?actor=volodymyr-zelenskyy"' in page
    assert "/static/vendor/timelinejs-3.9.11/js/timeline.js" in page
    assert "/static/vendor/timelinejs-3.9.11/css/timeline.css" in page
    assert "cdn.knightlab.com" not in page


def test_public_page_says_when_nothing_matches(client, slides):
    page = client.get(PAGE, {"date_after": "2030-01-01"}).content.decode()
    assert "No published statement matches these filters." in page
    assert 'id="timeline-embed"' not in page


def test_public_json_is_bounded(client, actor, monkeypatch):
    monkeypatch.setattr("tracker.timeline_views.MAX_SLIDES", 2)
    for day in range(1, 5):
        factories.StatementFactory(speaker=actor, text=f"Day {day}.", said_on=datetime.date(2025, 9, day))
    assert [e["statement_text"] for e in events(client.get(DATA))] == ["Day 4.", "Day 3."]
