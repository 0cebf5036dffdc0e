"""What a reader meets beyond the timeline's list: charts that follow the filter, a search that knows
the registry, filter chips, the events list, the about page, source links and staff edit links."""

import datetime
import html
import re
from types import SimpleNamespace

import pytest

from tests import factories
from tests.readers import HIDDEN_TEXTS, build_world, chart_svg
from tracker import charts
from tracker.models import Statement

pytestmark = pytest.mark.django_db

GUARANTEE = "President Trump is ready"
PATRIOT = "Ukraine needs more Patriot"
RELAY = "Putin told him"
TERRITORY = "We will see about the territory"
ALL = (GUARANTEE, PATRIOT, RELAY, TERRITORY)


@pytest.fixture
def world(db):
    return build_world()


def page(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, response.content.decode()[:1000]
    return response.content.decode()


def shown(client, url):
    return {text for text in ALL if text in page(client, url)}


def bar_links(svg):
    """{month title: the timeline address its bar leads to} of a month chart."""
    return {
        title: html.unescape(href)
        for href, title in re.findall(r'<a href="([^"]+)" target="_top">.*?<title>([^<]+)</title></a>', svg)
    }


def months(first, last):
    return list(charts.months_between(first, last))


# The month chart


def test_month_chart_spans_the_matches_own_months_without_dates(world):
    chart = charts.month_bars(Statement.objects.published())
    assert chart["bars"] == months(datetime.date(2025, 7, 1), datetime.date(2025, 9, 1))
    assert chart["total"] == 4 and chart["max"] == 2


def test_month_chart_spans_the_chosen_date_range(world):
    chart = charts.month_bars(
        Statement.objects.published(), first=datetime.date(2025, 6, 15), last=datetime.date(2025, 12, 31)
    )
    assert chart["bars"] == months(datetime.date(2025, 6, 1), datetime.date(2025, 12, 1))
    one_end = charts.month_bars(Statement.objects.published(), first=datetime.date(2025, 1, 1))
    assert one_end["bars"] == months(datetime.date(2025, 1, 1), datetime.date(2025, 9, 1))


def test_month_chart_served_for_a_date_filter_follows_date_after_and_date_before(client, world):
    svg = chart_svg(client, client.get("/?date_after=2025-05-01&date_before=2025-10-31"))
    labels = re.findall(r'class="chart__label[^"]*"[^>]*>(\w+)', svg)
    assert labels[0] == "May" and "Oct" in labels, labels
    assert "Apr" not in labels and "Nov" not in labels
    assert set(bar_links(svg)) == {"July 2025: 1", "August 2025: 1", "September 2025: 2"}


def test_month_chart_labels_its_months_and_keeps_the_maximum_clear_of_the_bars(client, world):
    svg = page(client, "/charts/months.svg")
    assert re.search(r'class="chart__label"[^>]*>Jul<tspan[^>]*>2025</tspan>', svg), "first month with its year"
    assert re.search(r'class="chart__label"[^>]*>Aug<', svg) and re.search(r'class="chart__label"[^>]*>Sep<', svg)
    peak_y = int(re.search(r'<text x="0" y="(\d+)" class="chart__peak">most in a month: 2<', svg).group(1))
    bar_tops = [float(y) for y in re.findall(r'class="chart__bar" x="[^"]+" y="([\d.]+)"', svg)]
    assert bar_tops and peak_y < min(bar_tops), "the maximum's label sits above the tallest bar"


def test_a_bar_names_its_count_and_narrows_the_timeline_to_its_month(client, world):
    links = bar_links(chart_svg(client, client.get("/?actor=volodymyr-zelenskyy")))
    assert links == {"September 2025: 2": "/?actor=volodymyr-zelenskyy&date_after=2025-09-01&date_before=2025-09-30"}
    narrowed = shown(client, links["September 2025: 2"])
    assert narrowed == {GUARANTEE, PATRIOT}
    # Within a chosen range a bar keeps to that range.
    links = bar_links(page(client, "/charts/months.svg?date_after=2025-09-23"))
    assert links == {"September 2025: 1": "/?date_after=2025-09-23&date_before=2025-09-30"}


def test_the_month_chart_may_be_framed_by_our_own_pages_only(client, world):
    response = client.get("/charts/months.svg")
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert "frame-ancestors 'self'" in response["Content-Security-Policy"]
    assert client.get("/")["X-Frame-Options"] == "DENY"


# Search that knows the registry


def test_a_search_for_an_alias_finds_the_actors_statements_and_offers_them(client, world):
    factories.ActorAliasFactory(actor=world.zelenskyy, name="Zelensky")
    html_text = page(client, "/?q=zelensky")
    assert {text for text in ALL if text in html_text} == {GUARANTEE, PATRIOT}
    assert '<a href="/?actor=volodymyr-zelenskyy">Statements by Volodymyr Zelenskyy</a>' in html_text
    for hidden in HIDDEN_TEXTS:
        assert hidden not in html_text


def test_the_api_and_the_timeline_agree_on_a_search_for_a_name(client, world):
    factories.ActorAliasFactory(actor=world.zelenskyy, name="Zelenskiy")
    texts = [item["text"] for item in client.get("/api/statements/", {"q": "zelenskiy"}).json()["results"]]
    assert sorted(texts) == sorted([world.guarantee_quote.text, world.patriot_paraphrase.text])


def test_a_near_spelling_of_a_name_or_a_surname_finds_the_actor(client, world):
    assert shown(client, "/?q=zelensky") == {GUARANTEE, PATRIOT}, "one letter short of Zelenskyy"
    # Trump speaks in one statement and is mentioned in another (whose "Trump" is highlighted: read the API).
    texts = {item["text"] for item in client.get("/api/statements/", {"q": "Trump"}).json()["results"]}
    assert texts == {world.trump_month.text, world.guarantee_quote.text}


def test_a_plain_word_search_is_unchanged(client, world):
    assert shown(client, "/?q=war") == {GUARANTEE, RELAY}
    assert "registry-hits" not in page(client, "/?q=war")


def test_a_topic_page_names_and_links_its_narrower_topics(client, world):
    body = page(client, "/topics/air-defence/")

    assert '<a href="/topics/patriot-systems/">Patriot systems</a>' in body


def test_a_topic_name_in_the_search_box_offers_the_topic(client, world):
    html_text = page(client, "/?q=guarantees")
    assert '<a href="/?topic=security-guarantees">Statements on Security guarantees</a>' in html_text


def test_an_empty_result_suggests_the_nearest_actor_or_topic(client, world):
    html_text = page(client, "/?q=putim")
    assert "No published statements match" in html_text
    assert '<a href="/?actor=vladimir-putin">statements by Vladimir Putin</a>' in html_text
    html_text = page(client, "/?q=securty")
    assert '<a href="/?topic=security-guarantees">statements on Security guarantees</a>' in html_text
    assert "Did you mean" not in page(client, "/?q=xqzvw")


# Filters as chips


def test_active_filters_show_as_chips_that_each_remove_one_filter(client, world):
    html_text = page(client, "/?actor=volodymyr-zelenskyy&kind=paraphrase&date_after=2025-09-01")
    pattern = r'<a class="filter-chip" href="([^"]+)"><span class="filter-chip__field">([^<]+)</span> ([^<]+) <span'
    found = re.findall(pattern, html_text)
    chips = {html.unescape(f"{field}: {label}"): html.unescape(href) for href, field, label in found}
    assert chips == {
        "Speaker: Volodymyr Zelenskyy": "/?kind=paraphrase&date_after=2025-09-01",
        "Kind: Paraphrase": "/?actor=volodymyr-zelenskyy&date_after=2025-09-01",
        "From: Sept. 1, 2025": "/?actor=volodymyr-zelenskyy&kind=paraphrase",
    }
    assert 'Filter<span class="filter-toggle__count" data-filter-count> (3)</span>' in html_text
    assert "filter-chip" not in page(client, "/")


# Ways in


def test_events_list_shows_events_of_published_statements_newest_first_with_participants(client, world):
    older = factories.EventFactory(name="Alaska summit", slug="alaska-summit", start_date=datetime.date(2025, 8, 15))
    older.participants.add(world.trump, world.putin)
    world.trump_relay.event = older
    world.trump_relay.save()
    draft_only = factories.EventFactory(
        name="Unannounced talks", slug="unannounced", start_date=datetime.date(2025, 10, 1)
    )
    world.in_review.event = draft_only
    world.in_review.save()
    html_text = page(client, "/events/")
    assert html_text.index("Zelenskyy–Trump meeting") < html_text.index("Alaska summit")
    assert 'href="/events/un-meeting/"' in html_text and 'href="/events/alaska-summit/"' in html_text
    assert "Unannounced talks" not in html_text
    alaska = html_text[html_text.index("Alaska summit") :]
    assert "Donald Trump" in alaska and "Vladimir Putin" in alaska
    assert '<a href="/events/"' in html_text, "Events is in the menu"


def test_about_page_explains_every_kind_act_attribution_and_stance(client, world):
    html_text = page(client, "/about/")
    for choices in (Statement.Kind, Statement.Act, Statement.Attribution):
        for label in choices.labels:
            assert f"<dt>{label}</dt>" in html_text, label
    for label in ("Supports", "Opposes", "Neutral", "Mixed", "Unclear"):
        assert f"<dt>{label}</dt>" in html_text
    for heading in ("How statements are chosen", "Corrections", "How to cite", "Feeds and API"):
        assert heading in html_text
    assert 'href="/api/statements/"' in html_text and 'href="/feeds/statements.atom"' in html_text
    assert '<a href="/about/" aria-current="page">About</a>' in html_text


def test_source_links_in_the_chain_lead_to_the_source(client, world):
    source = world.guarantee_quote.source_links.select_related("source").first().source
    source.url = "https://www.eurointegration.com.ua/eng/news/2025/09/24/7221000/"
    source.save()
    link = f'<a href="{source.url}" rel="noopener nofollow">'
    assert link in page(client, world.guarantee_quote.get_absolute_url())
    assert link in page(client, "/"), "the timeline's compact chain links the outlet to the source too"


def test_staff_see_an_edit_link_to_the_admin_and_nobody_else_does(client, world, editor):
    pages = {
        world.guarantee_quote.get_absolute_url(): f"/admin/tracker/statement/{world.guarantee_quote.pk}/change/",
        "/actors/volodymyr-zelenskyy/": f"/admin/tracker/actor/{world.zelenskyy.pk}/change/",
        "/topics/security-guarantees/": f"/admin/tracker/topic/{world.guarantees.pk}/change/",
        "/events/un-meeting/": f"/admin/tracker/event/{world.meeting.pk}/change/",
    }
    for url, admin_url in pages.items():
        assert admin_url not in page(client, url), url
    reader = factories.UserFactory(username="reader", is_staff=False)
    client.force_login(reader)
    for url, admin_url in pages.items():
        assert admin_url not in page(client, url), url
    client.force_login(editor)
    for url, admin_url in pages.items():
        assert f'<p class="staff-edit"><a href="{admin_url}">Edit' in page(client, url), url


def test_statement_change_list_shows_topics_and_status(client, world, editor):
    client.force_login(editor)
    html_text = page(client, "/admin/tracker/statement/")
    assert "Security guarantees (supports)" in html_text
    assert "Patriot systems (supports)" in html_text
    assert 'class="column-topic_list"' in html_text and "tracker/admin.css" in html_text


# The positions chart and the month labels


def test_one_actors_statements_of_one_day_sit_side_by_side_centred_on_the_day():
    actor = SimpleNamespace(pk=1)
    standing = SimpleNamespace(actor=actor, statement_count=4)
    day, later = datetime.date(2025, 9, 23), datetime.date(2025, 10, 20)
    points = [
        SimpleNamespace(speaker_id=1, said_on=day, stance=stance, is_shift=False, statement_id=number)
        for number, stance in enumerate(("supports", "opposes", "mixed"))
    ]
    points.append(SimpleNamespace(speaker_id=1, said_on=later, stance="supports", is_shift=True, statement_id=9))
    [row] = charts.stance_chart([standing], points)["rows"]
    xs = [mark.x for mark in row.marks]
    assert xs[1] - xs[0] == xs[2] - xs[1] == charts.SAME_DAY_STEP, "spread, not on top of each other"
    assert xs[1] < xs[3], "the middle one on the day itself, before the later day"


def test_a_short_range_of_positions_is_widened_into_the_past_so_the_latest_date_is_near_the_right_edge():
    standing = SimpleNamespace(actor=SimpleNamespace(pk=1), statement_count=2)
    point = {"speaker_id": 1, "stance": "supports", "is_shift": False, "statement_id": 1}
    points = [SimpleNamespace(said_on=datetime.date(2025, 9, day), **point) for day in (20, 23)]
    chart = charts.stance_chart([standing], points)
    latest = chart["rows"][0].marks[-1].x
    assert chart["width"] - latest < 0.1 * (chart["width"] - chart["plot_x"])


def test_a_long_month_chart_labels_years_and_a_short_one_every_month():
    long_range = months(datetime.date(2015, 1, 1), datetime.date(2025, 12, 1))
    labels = charts.month_labels(long_range)
    assert [line for _, line, _, _ in labels] == [str(year) for year in range(2015, 2026)]
    short = charts.month_labels(months(datetime.date(2025, 11, 1), datetime.date(2026, 2, 1)))
    lines = [(first, second) for _, first, second, _ in short]
    assert lines == [("Nov", "2025"), ("Dec", ""), ("Jan", "2026"), ("Feb", "")]
