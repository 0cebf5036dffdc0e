"""The positions pages, the then/now page, the shift feed and the positions blocks on topic, actor
and event pages, checked against the hand-computed history of tests/test_positions.py."""

import datetime
import re
import xml.etree.ElementTree as ET

import pytest
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests import factories
from tests.test_positions import build_history
from tracker import versions
from tracker.models import Statement, StatementLink

pytestmark = pytest.mark.django_db

D = datetime.date
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def history(db):
    return build_history()


def page_text(response):
    return response.content.decode()


def visible_text(html):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def section(html, heading_id):
    """The HTML of the <section> labelled by `heading_id`."""
    start = html.index(f'aria-labelledby="{heading_id}"')
    return html[start : html.index("</section>", start)]


def standings(html):
    """{stance label: [actor names]} from the as-of block."""
    block = section(html, "standings-heading")
    found = {}
    for group in re.findall(r'<div class="standings__group">(.*?)</dd>', block, re.S):
        label = re.search(r'class="chip chip--\w+">([^<]+)<', group).group(1)
        found[label] = re.findall(r'<li id="standing-[^"]+"><a href="/actors/[^"]+">([^<]+)</a>', group)
    return found


def shift_lines(html, heading_id="shifts-heading"):
    return [visible_text(item).strip() for item in re.findall(r'<a class="shift-list__link"[^>]*>(.*?)</a>', html)]


def shift_url(before, after, topic):
    return reverse("tracker:shift-detail", kwargs={"before": before.pk, "after": after.pk}) + f"?topic={topic.slug}"


def test_positions_page_shows_who_holds_which_stance_now(client, history):
    actors, topics, s = history
    response = client.get("/positions/?topic=guarantees")
    assert response.status_code == 200
    html = page_text(response)
    assert "<h1>Guarantees</h1>" in html
    assert standings(html) == {"Supports": ["Ana"], "Mixed": ["Ben"]}


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        ("2025-04-01", {"Opposes": ["Ana"], "Supports": ["Ben"]}),
        ("2025-05-01", {"Opposes": ["Ana"], "Mixed": ["Ben"]}),
        ("2025-06-01", {"Supports": ["Ana"], "Mixed": ["Ben"]}),
        ("2025-01-10", {"Opposes": ["Ana"]}),
    ],
)
def test_as_of_moves_the_summary_to_that_date(client, history, as_of, expected):
    html = page_text(client.get(f"/positions/?topic=guarantees&as_of={as_of}"))
    assert standings(html) == expected
    assert "Where they stood on" in html


def test_as_of_before_anything_was_said_says_so(client, history):
    html = page_text(client.get("/positions/?topic=guarantees&as_of=2024-12-31"))
    assert standings(html) == {}
    assert "No published statement on this topic on or before that date." in html


def test_shift_list_names_actor_topic_stances_and_date_newest_first(client, history):
    html = page_text(client.get("/positions/?topic=guarantees"))
    assert shift_lines(section(html, "shifts-heading")) == [
        "Ana on Guarantees: opposes → supports , 1 Jun 2025",
        "Ben on Guarantees: supports → mixed , 1 May 2025",
    ]
    html = page_text(client.get("/positions/?topic=territory"))
    assert shift_lines(section(html, "shifts-heading")) == ["Cal on Territory: opposes → supports , 1 Aug 2025"]


def test_chart_links_each_point_to_its_statement_and_marks_shifts(client, history):
    actors, topics, s = history
    html = page_text(client.get("/positions/?topic=guarantees"))
    svg = html[html.index("<svg viewBox") : html.index("</svg>", html.index("<svg viewBox"))]
    published = [s[key] for key in ("ana1", "ana2", "ana3", "ben1", "ben2")]
    for statement in published:
        assert f'<a href="{statement.get_absolute_url()}" tabindex="-1"><path class="stance-mark' in svg
    assert s["ana_draft"].get_absolute_url() not in html
    assert "<title>Ana, 1 Jun 2025: supports." in svg
    assert 'class="stance-mark stance--opposes"' in svg and 'class="stance-mark stance--mixed"' in svg
    rings = re.findall(r'<a href="([^"]+)" tabindex="-1" class="stance-chart__shift-link">', svg)
    assert [ring.replace("&amp;", "&") for ring in rings] == [
        shift_url(s["ana2"], s["ana3"], topics["Guarantees"]),
        shift_url(s["ben1"], s["ben2"], topics["Guarantees"]),
    ]


@pytest.mark.parametrize(
    "text, shown",
    [
        ("Word " * 40, "Word " * 15 + "Word…"),  # 79 characters and the ellipsis
        ("x\u0301" * 60, "x\u0301" * 39 + "…"),  # the accent stays with its letter, never on the ellipsis
        ("Short enough.", "Short enough."),
    ],
)
def test_a_chart_tooltip_shows_at_most_eighty_characters_of_the_words(client, history, text, shown):
    actors, topics, s = history
    Statement.objects.filter(pk=s["ana3"].pk).update(text=text)
    versions.bump()
    html = page_text(client.get("/positions/?topic=guarantees"))
    svg = html[html.index("<svg viewBox") : html.index("</svg>", html.index("<svg viewBox"))]
    assert f"<title>Ana, 1 Jun 2025: supports. “{shown}”" in svg


def test_table_fallback_lists_every_point_with_actor_date_stance_and_link(client, history):
    actors, topics, s = history
    html = page_text(client.get("/positions/?topic=guarantees"))
    table = html[html.index('<table class="positions stance-table">') : html.index("</table>")]
    rows = re.findall(r"<tr>(.*?)</tr>", table, re.S)[1:]
    cells = [
        (re.search(r"<time[^>]*>([^<]+)</time>", row).group(1), re.search(r"chip--(\w+)", row).group(1)) for row in rows
    ]
    assert cells == [
        ("10 Jan 2025", "opposes"),
        ("1 Mar 2025", "opposes"),
        ("1 Jun 2025", "supports"),
        ("1 Feb 2025", "supports"),
        ("1 May 2025", "mixed"),
    ]
    assert re.search(r'<th scope="rowgroup" rowspan="3"><a href="/actors/ana/">Ana</a>', table)
    assert f'href="{s["ana3"].get_absolute_url()}">“Ana on Guarantees, 01 June: supports.”' in table
    assert "opposes → supports: then and now" in table


def test_drafts_and_statements_in_review_never_count(client, history):
    actors, topics, s = history
    html = page_text(client.get("/positions/?topic=territory"))
    assert s["cal_review"].get_absolute_url() not in html
    assert standings(html) == {"Supports": ["Cal", "Ben"]}  # busiest first
    s["ana_draft"].status = Statement.Status.PUBLISHED
    s["ana_draft"].save()
    html = page_text(client.get("/positions/?topic=guarantees"))
    assert standings(html) == {"Opposes": ["Ana"], "Mixed": ["Ben"]}
    assert shift_lines(section(html, "shifts-heading"))[0] == "Ana on Guarantees: supports → opposes , 1 Jul 2025"


def test_then_now_page_shows_both_statements_with_their_sources(client, history):
    actors, topics, s = history
    response = client.get(shift_url(s["ana2"], s["ana3"], topics["Guarantees"]))
    assert response.status_code == 200
    html = page_text(response)
    text = visible_text(html)
    assert "Ana on Guarantees: opposes → supports" in text
    then, now = html.index("Then <span"), html.index("Now <span")
    assert then < html.index("Ana on Guarantees, 01 March: opposes.") < now
    assert now < html.index("Ana on Guarantees, 01 June: supports.")
    assert "Report of 01 March on Ana" in html and "Report of 01 June on Ana" in html
    assert "Daily Wire Service" in html


def test_then_now_page_skips_statements_in_review(client, history):
    actors, topics, s = history
    assert client.get(shift_url(s["cal1"], s["cal2"], topics["Territory"])).status_code == 200


@pytest.mark.parametrize(
    ("before", "after", "topic"),
    [
        ("ana1", "ana3", "Guarantees"),  # not consecutive: ana2 sits between them
        ("ana1", "ana2", "Guarantees"),  # same stance: no shift
        ("ana3", "ana2", "Guarantees"),  # backwards
        ("ana2", "ana3", "Territory"),  # neither speaks to that topic
        ("ana3", "ana_draft", "Guarantees"),  # a draft is not published
        ("cal1", "cal_review", "Territory"),  # nor is a statement in review
        ("ben1", "ana3", "Guarantees"),  # two different actors
    ],
)
def test_then_now_page_is_404_unless_it_really_is_a_shift(client, history, before, after, topic):
    actors, topics, s = history
    assert client.get(shift_url(s[before], s[after], topics[topic])).status_code == 404


def test_then_now_page_without_a_known_topic_is_404(client, history):
    actors, topics, s = history
    url = reverse("tracker:shift-detail", kwargs={"before": s["ana2"].pk, "after": s["ana3"].pk})
    assert client.get(url).status_code == 404
    assert client.get(url + "?topic=nope").status_code == 404
    assert client.get("/positions/shift/999999/1000000/?topic=guarantees").status_code == 404


def test_contradicts_and_reverses_links_show_on_positions_and_then_now_pages(client, history):
    actors, topics, s = history
    StatementLink.objects.create(from_statement=s["ana3"], relation="reverses", to_statement=s["ana1"])
    StatementLink.objects.create(from_statement=s["ben2"], relation="responds_to", to_statement=s["ana1"])
    StatementLink.objects.create(from_statement=s["ana_draft"], relation="contradicts", to_statement=s["ana3"])
    html = page_text(client.get("/positions/?topic=guarantees"))
    links = section(html, "links-heading")
    assert "Ana on Guarantees, 01 June: supports." in links and "reverses" in links
    assert "Ana on Guarantees, 10 January: opposes." in links
    assert "responds to" not in links and s["ana_draft"].get_absolute_url() not in links
    html = page_text(client.get(shift_url(s["ana2"], s["ana3"], topics["Guarantees"])))
    assert "reverses" in section(html, "links-heading")
    html = page_text(client.get("/positions/?topic=territory"))
    assert 'id="links-heading"' not in html


def feed_entries(response):
    root = ET.fromstring(response.content)
    return [
        (entry.find(f"{ATOM}title").text, entry.find(f"{ATOM}link").get("href"))
        for entry in root.findall(f"{ATOM}entry")
    ]


def test_shift_feed_lists_every_shift_newest_first(client, history):
    actors, topics, s = history
    response = client.get("/feeds/shifts.atom")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    entries = feed_entries(response)
    assert [title for title, link in entries] == [
        "Cal on Territory: opposes → supports, 1 Aug 2025",
        "Ana on Guarantees: opposes → supports, 1 Jun 2025",
        "Ben on Guarantees: supports → mixed, 1 May 2025",
    ]
    assert entries[1][1].endswith(shift_url(s["ana2"], s["ana3"], topics["Guarantees"]))


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        ("actor=ana", ["Ana on Guarantees: opposes → supports, 1 Jun 2025"]),
        ("topic=territory", ["Cal on Territory: opposes → supports, 1 Aug 2025"]),
        (
            "actor=ben&actor=cal",
            ["Cal on Territory: opposes → supports, 1 Aug 2025", "Ben on Guarantees: supports → mixed, 1 May 2025"],
        ),
        ("actor=ben&topic=territory", []),
        (
            "topic=guarantees&topic=territory&actor=ana&actor=cal",
            [
                "Cal on Territory: opposes → supports, 1 Aug 2025",
                "Ana on Guarantees: opposes → supports, 1 Jun 2025",
            ],
        ),
    ],
)
def test_shift_feed_filters_by_actor_and_topic(client, history, query, titles):
    assert [title for title, link in feed_entries(client.get(f"/feeds/shifts.atom?{query}"))] == titles


def test_shift_feed_leaves_drafts_out(client, history):
    entries = feed_entries(client.get("/feeds/shifts.atom?actor=ana"))
    assert [title for title, link in entries] == ["Ana on Guarantees: opposes → supports, 1 Jun 2025"]


def test_shift_feed_readers_polling_one_url_share_a_cached_answer(client, history):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get("/feeds/shifts.atom?topic=guarantees")
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/feeds/shifts.atom?topic=guarantees")
    assert len(feed_entries(response)) == 2
    # The record version and the topic's slug are looked up; the stances are not read again.
    assert len(captured) <= 2
    assert not [query for query in captured if "statementtopic" in query["sql"].lower()]


@pytest.mark.parametrize("query", ["actor=nobody", "topic=nope", "actor=ana&actor=nobody", "topic=" + "x" * 500])
def test_shift_feed_unknown_slug_is_400_with_a_message(client, history, query):
    response = client.get(f"/feeds/shifts.atom?{query}")
    assert response.status_code == 400
    assert "These filters cannot be applied" in page_text(response)


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("topic=nope", "There is no topic “nope”"),
        ("topic=guarantees&topic=territory", "one topic at a time"),
        ("topic=guarantees&as_of=2025-02-30", "is not a date"),
        ("topic=guarantees&as_of=yesterday", "is not a date"),
        ("topic=guarantees&as_of=20250101", "is not a date"),
        ("as_of=2025-13-01", "is not a date"),
        ("topic=" + "x" * 1000, "There is no topic"),
    ],
)
def test_bad_parameters_are_400_with_a_clear_message(client, history, query, message):
    response = client.get(f"/positions/?{query}")
    assert response.status_code == 400
    assert message in page_text(response)
    assert 'class="error-summary"' in page_text(response)


def test_no_topic_offers_a_topic_picker(client, history):
    response = client.get("/positions/")
    assert response.status_code == 200
    html = page_text(response)
    assert "Choose a topic" in html
    assert 'href="/positions/?topic=guarantees"' in html and 'href="/positions/?topic=territory"' in html


def test_topic_page_has_the_as_of_block_and_latest_shifts(client, history):
    html = page_text(client.get("/topics/guarantees/"))
    assert standings(html) == {"Supports": ["Ana"], "Mixed": ["Ben"]}
    assert shift_lines(section(html, "topic-shifts-heading")) == [
        "Ana on Guarantees: opposes → supports , 1 Jun 2025",
        "Ben on Guarantees: supports → mixed , 1 May 2025",
    ]
    assert 'href="/positions/?topic=guarantees"' in html
    response = client.get("/topics/guarantees/?as_of=2025-04-01")
    assert response.status_code == 200
    assert standings(page_text(response)) == {"Opposes": ["Ana"], "Supports": ["Ben"]}
    assert "match these filters" not in page_text(response), "as_of is not a timeline filter"


def test_topic_page_with_a_bad_as_of_is_400_and_says_why(client, history):
    response = client.get("/topics/guarantees/?as_of=2025-99-99")
    assert response.status_code == 400
    assert "is not a date" in page_text(response)


def test_actor_page_summarises_current_stances_and_shifts(client, history):
    actors, topics, s = history
    html = page_text(client.get("/actors/ben/"))
    table = section(html, "breakdown-heading")
    rows = {
        re.search(r'<th scope="row"><a href="\?topic=(\w+)"', row).group(1): visible_text(row)
        for row in re.findall(r"<tr>(.*?)</tr>", table, re.S)[1:]
    }
    assert "mixed" in rows["guarantees"] and " 1 supports → mixed, 1 May 2025" in rows["guarantees"]
    assert "supports" in rows["territory"] and " 0 —" in rows["territory"]
    assert shift_url(s["ben1"], s["ben2"], topics["Guarantees"]) in table
    shifts = section(html, "actor-shifts-heading")
    assert "1 change of position in all, the last on 1 May 2025." in shifts
    assert shift_lines(shifts) == ["Ben on Guarantees: supports → mixed , 1 May 2025"]


def test_actor_page_dates_a_last_change_as_precisely_as_the_record(client, history):
    actors, topics, s = history
    s["ben2"].date_precision = Statement.Precision.MONTH
    s["ben2"].save()
    table = section(page_text(client.get("/actors/ben/")), "breakdown-heading")
    assert "supports → mixed, May 2025</a>" in table
    assert shift_url(s["ben1"], s["ben2"], topics["Guarantees"]) in table


def test_event_page_shows_the_shifts_across_the_event(client, history):
    actors, topics, s = history
    event = factories.EventFactory(name="Spring talks", slug="spring-talks", start_date=D(2025, 5, 20))
    event.participants.add(actors["Ana"], actors["Ben"])
    Statement.objects.filter(pk=s["ben2"].pk).update(event=event)  # a public event: a published statement is from it
    html = page_text(client.get(event.get_absolute_url()))
    assert shift_lines(section(html, "event-shifts-heading")) == ["Ana on Guarantees: opposes → supports , 1 Jun 2025"]
    event.start_date = D(2025, 1, 1)
    event.save()
    html = page_text(client.get(event.get_absolute_url()))
    assert "No participant changed position on a topic across the event." in html


def test_positions_page_queries_do_not_grow_with_actors_or_statements(client, history):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    actors, topics, s = history
    with CaptureQueriesContext(connection) as before:
        client.get("/positions/?topic=guarantees&as_of=2025-07-01")
    for n in range(6):
        speaker = factories.ActorFactory(name=f"Extra {n}")
        for day, stance in ((1, "supports"), (2, "opposes"), (3, "mixed")):
            statement = factories.StatementFactory(speaker=speaker, said_on=D(2025, 4, day))
            factories.StatementTopicFactory(statement=statement, topic=topics["Guarantees"], stance=stance)
    with CaptureQueriesContext(connection) as after:
        response = client.get("/positions/?topic=guarantees&as_of=2025-07-01")
    assert len(shift_lines(section(page_text(response), "shifts-heading"))) == 2 + 12
    assert len(after) == len(before)


def test_demo_positions_page_shows_trumps_shift_on_security_guarantees(client, demo):
    html = page_text(client.get("/positions/?topic=security-guarantees"))
    assert "Donald Trump on Security guarantees: opposes → supports , 23 Sep 2025" in shift_lines(
        section(html, "shifts-heading")
    )


NASTY = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        ["", "\x00", "guarantees", "ana", "2025-02-29", "2025-06-01", "0001-01-01", "9999-12-31", "x" * 500]
    ),
)
POSITION_PARAMS = st.dictionaries(
    st.sampled_from(["topic", "as_of", "actor", "cursor"]), st.lists(NASTY, min_size=1, max_size=3), max_size=4
)


@pytest.mark.parametrize("url", ["/positions/", "/feeds/shifts.atom", "/topics/guarantees/", "/positions/shift/1/2/"])
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(params=POSITION_PARAMS)
def test_no_parameter_value_gives_a_server_error(history, url, params):
    response = Client(raise_request_exception=False).get(url, params)
    assert response.status_code in {200, 400, 404}, (url, params, response.status_code)


def test_the_positions_page_follows_a_new_stance_after_the_grace_period(client, db, settings):
    settings.PARLEY_AGGREGATE_GRACE_SECONDS = 0
    topic = factories.TopicFactory(name="Sanctions", slug="sanctions")
    speaker = factories.ActorFactory(name="Ana Example")
    first = factories.StatementFactory(speaker=speaker, said_on=datetime.date(2025, 1, 1))
    factories.StatementTopicFactory(statement=first, topic=topic, stance="opposes")
    assert "opposes → supports" not in client.get("/positions/", {"topic": "sanctions"}).content.decode()
    later = factories.StatementFactory(speaker=speaker, said_on=datetime.date(2025, 2, 1))
    factories.StatementTopicFactory(statement=later, topic=topic, stance="supports")
    assert "opposes → supports" in client.get("/positions/", {"topic": "sanctions"}).content.decode()


@pytest.mark.parametrize("slug", ["ana", "jean-yves_le-drian-2", "UN_Security-Council"])
def test_an_actor_link_reversed_once_is_the_link_reverse_gives(slug):
    from tracker.links import slug_urls

    assert slug_urls("tracker:actor-detail")(slug) == reverse("tracker:actor-detail", kwargs={"slug": slug})
