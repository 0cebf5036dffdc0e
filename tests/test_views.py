import datetime
import json
import re

import pytest
from django.test import override_settings
from django.urls import reverse

from tests import factories
from tests.readers import HIDDEN_TEXTS, build_world, chart_svg
from tracker.models import Statement

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(db):
    return build_world()


def page_text(response):
    return response.content.decode()


def test_timeline_lists_published_statements_newest_first_grouped_by_day(client, world):
    response = client.get("/")
    html = page_text(response)
    assert response.status_code == 200
    order = [
        html.index(text)
        for text in ("security guarantees after", "Patriot batteries", "over soon", "territory question")
    ]
    assert order == sorted(order)
    assert re.search(r'class="day__label"[^>]*>23 Sep 2025<', html)
    assert re.search(r'class="day__label"[^>]*>Jul 2025<', html), "month precision shows the month only"
    assert "<strong>4</strong> statements" in html


def test_timeline_item_shows_speaker_quote_condition_chips_outlets_and_permalink(client, world):
    html = page_text(client.get("/"))
    assert "Volodymyr Zelenskyy" in html and "President of Ukraine" in html
    assert 'class="badge badge--md"' in html and ">VZ<" in html
    assert re.search(r"<blockquote[^>]*><p>President Trump is ready", html), "a direct quote is a quotation"
    assert re.search(r'statement__text--reported">Ukraine needs more Patriot', html), "a paraphrase is reported text"
    assert "after this war finishes" in html
    assert 'Security guarantees <span class="chip__stance">supports</span>' in html
    assert "European Pravda" in html and "as reported by" in html and "Reuters" in html
    assert f'href="/statements/{world.guarantee_quote.pk}/"' in html
    assert "relayed by" in html and "Disputed" in html


def test_timeline_chart_counts_matches_per_month_for_the_filter(client, world):
    svg = chart_svg(client, client.get("/?actor=volodymyr-zelenskyy"))
    assert "<title>September 2025: 2</title>" in svg
    svg = chart_svg(client, client.get("/"))
    assert "<title>July 2025: 1</title>" in svg and "<title>August 2025: 1</title>" in svg


def test_chart_keeps_its_address_from_one_page_of_matches_to_the_next(client, world):
    first = client.get("/?actor=volodymyr-zelenskyy&sort=oldest")
    src = re.search(r'<iframe class="chart__frame" src="([^"]+)"', first.content.decode()).group(1)
    assert src == "/charts/months.svg?actor=volodymyr-zelenskyy", "no sort or cursor: one chart for every page"
    chart = client.get(src)
    assert "public" in chart["Cache-Control"] and "max-age=" in chart["Cache-Control"]


def test_a_chart_with_a_broken_filter_is_a_clear_400(client, world):
    response = client.get("/charts/months.svg?date_after=2025-13-45")
    assert response.status_code == 400
    assert "cannot be applied" in response.content.decode()
    assert client.get("/charts/speakers.svg?actor=nobody").status_code == 400


def test_no_chart_is_drawn_for_no_match(client, world):
    response = client.get("/?q=nothingmatchesthis")
    assert chart_svg(client, response) is None and chart_svg(client, response, "speakers") is None
    assert "No published statements match" in client.get("/charts/months.svg?q=nothingmatchesthis").content.decode()


def test_filter_form_keeps_values_and_offers_clear_link(client, world):
    html = page_text(client.get("/?actor=donald-trump&q=territory&date_after=2025-01-01&sort=oldest"))
    assert '<option value="donald-trump" selected>' in html
    assert 'value="territory"' in html
    assert 'value="2025-01-01"' in html
    assert '<option value="oldest" selected>' in html
    assert ">Clear filters</a>" in html
    assert ">Clear filters</a>" not in page_text(client.get("/"))


@pytest.mark.parametrize(
    "query",
    [
        "actor=nobody",
        "topic=not-a-topic",
        "date_after=2025-13-45",
        "date_after=2025-09-30&date_before=2025-09-01",
        "q=" + "x" * 10_000,
        "kind=shouting",
        "stance=supports",
        "cursor=not-a-cursor",
    ],
)
def test_bad_values_show_the_form_with_an_error_and_status_400(client, world, query):
    response = client.get(f"/?{query}")
    html = page_text(response)
    assert response.status_code == 400
    assert 'class="error-summary"' in html
    assert '<form class="filters"' in html
    assert "President Trump is ready" not in html, "never a silently unfiltered list"


def test_unknown_slug_error_names_the_value(client, world):
    html = page_text(client.get("/?actor=nobody"))
    assert "nobody" in html


def test_statement_page_shows_the_record(client, world):
    statement = world.guarantee_quote
    html = page_text(client.get(statement.get_absolute_url()))
    for expected in (
        "President Trump is ready",
        "President of Ukraine",
        "23 Sep 2025",
        "Remarks to the press after meeting Trump, New York",
        "Security guarantees",
        "European Pravda",
        "Zelenskyy–Trump meeting",
        "Cite as",
        "Last updated",
    ):
        assert expected in html
    assert "Later: reaffirms this" in html, "a published statement linking here is listed"
    assert "contradicts" not in html.lower(), "a draft's link never shows"


def test_statement_page_has_opengraph_and_escaped_quotation_json_ld(client, world):
    statement = factories.StatementFactory(speaker=world.trump, text='He said </script><script>alert(1)</script> "hi"')
    html = page_text(client.get(statement.get_absolute_url()))
    assert '<meta property="og:title" content="Donald Trump: ' in html
    assert "</script><script>alert(1)" not in html
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    data = json.loads(block)
    assert data["@type"] == "Quotation"
    assert data["text"] == statement.text
    assert data["creator"]["name"] == "Donald Trump"
    assert data["dateCreated"] == "2025-09-23"


def test_retracted_statement_stays_open_and_is_marked(client, world):
    response = client.get(world.retracted.get_absolute_url())
    assert response.status_code == 200
    assert "Retracted." in page_text(response)
    assert "Misattributed" in page_text(response)


@pytest.mark.parametrize("name", ["draft", "in_review"])
def test_unpublished_statement_page_is_404_even_for_staff(client, world, name, exporter_client):
    statement = getattr(world, name)
    assert client.get(statement.get_absolute_url()).status_code == 404
    assert exporter_client.get(statement.get_absolute_url()).status_code == 404


def test_drafts_never_reach_any_reader_surface(client, world, exporter_client):
    urls = [
        "/",
        "/?q=guarantees",
        "/?topic=security-guarantees",
        "/?status=draft&status=review",
        "/actors/",
        "/actors/volodymyr-zelenskyy/",
        "/actors/donald-trump/",
        "/topics/",
        "/topics/security-guarantees/",
        "/topics/territory/",
        "/events/un-meeting/",
        "/feeds/statements.atom",
        "/feeds/statements.atom?q=guarantees",
        world.guarantee_quote.get_absolute_url(),
    ]
    for reader in (client, exporter_client):
        for url in urls:
            response = reader.get(url)
            assert response.status_code == 200, url
            for text in HIDDEN_TEXTS:
                assert text not in page_text(response), url
    assert "<strong>4</strong> statements" in page_text(exporter_client.get("/?status=draft"))


def test_counts_and_charts_leave_drafts_out(client, world):
    response = client.get("/?topic=security-guarantees")
    assert "<strong>1</strong> statement" in page_text(response)
    assert "<title>September 2025: 1</title>" in chart_svg(client, response)
    topics = page_text(client.get("/topics/"))
    assert re.search(r"Security guarantees</a>\s*<span class=\"muted\">1 statement<", topics)


def test_actor_list_shows_actors_with_published_statements(client, world):
    factories.ActorFactory(name="Silent Sam", slug="silent-sam")
    html = page_text(client.get(reverse("tracker:actor-list")))
    assert "Volodymyr Zelenskyy" in html and "2 statements" in html
    assert "Silent Sam" not in html


def test_actor_page_has_timeline_and_topic_breakdown(client, world):
    html = page_text(client.get("/actors/volodymyr-zelenskyy/"))
    assert "Positions by topic" in html
    assert "Security guarantees" in html and "Patriot systems" in html
    assert "Patriot batteries" in html and "over soon" not in html
    assert client.get("/actors/volodymyr-zelenskyy/?topic=patriot-systems").status_code == 200
    assert "security guarantees after" not in page_text(
        client.get("/actors/volodymyr-zelenskyy/?topic=patriot-systems")
    )
    assert client.get("/actors/nobody/").status_code == 404
    assert client.get("/actors/volodymyr-zelenskyy/?date_after=nope").status_code == 400


def test_topic_tree_and_topic_page_include_descendants(client, world):
    tree = page_text(client.get("/topics/"))
    assert tree.index("Air defence") < tree.index("Patriot systems")
    html = page_text(client.get("/topics/air-defence/"))
    assert "Patriot batteries" in html, "a narrower topic's statements are on the broader topic's page"
    assert "Who holds which position" in html and "Volodymyr Zelenskyy" in html
    assert client.get("/topics/nothing-here/").status_code == 404


def test_event_page_splits_before_during_after_with_participants_side_by_side(client, world):
    html = page_text(client.get("/events/un-meeting/"))
    before, during, after = html.index(">Before<"), html.index(">During<"), html.index(">After<")
    assert before < html.index("Patriot batteries") < during < html.index("President Trump is ready") < after
    assert 'class="side-by-side"' in html and "Donald Trump" in html[during:after]


def test_retracted_statements_are_not_on_the_timeline(client, world):
    assert "A retracted remark" not in page_text(client.get("/"))


def test_statement_status_choices_are_not_offered_to_readers(client, world):
    assert 'name="status"' not in page_text(client.get("/"))
    assert Statement.objects.count() == 7


@pytest.mark.parametrize("said_on", [datetime.date(1, 1, 1), datetime.date(1, 6, 30), datetime.date(9999, 12, 31)])
def test_extreme_dates_do_not_break_reader_pages(client, said_on):
    statement = factories.StatementFactory(said_on=said_on, text="An implausibly dated remark.")
    factories.StatementFactory(said_on=datetime.date(2025, 9, 23), speaker=statement.speaker)
    for url in ("/", "/?sort=oldest", statement.speaker.get_absolute_url(), statement.get_absolute_url()):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "An implausibly dated remark." in response.content.decode()
    assert client.get("/feeds/statements.atom").status_code == 200


@override_settings(PARLEY_EXACT_COUNT_LIMIT=5)
def test_a_large_count_is_shown_as_a_labelled_estimate(client):
    factories.StatementFactory.create_batch(12)
    # A filter the monthly counts cannot answer (a kind): estimated above the limit.
    html = client.get("/", {"kind": "direct_quote"}).content.decode()
    assert re.search(r"about [\d,]+</strong> statements", html)
    assert "An estimate: counting every match exactly would slow the page down." in html
    # Every statement, or a speaker, topic or dates: read from the monthly counts, exact at any size.
    assert "<strong>12</strong> statements" in client.get("/").content.decode()


@override_settings(PARLEY_EXACT_COUNT_LIMIT=5)
def test_a_small_count_is_exact(client):
    factories.StatementFactory.create_batch(4)
    html = client.get("/").content.decode()
    assert "<strong>4</strong> statements" in html
    assert "about" not in html.split('id="match-count"')[1].split("</p>")[0]
