"""The readers' overview: numbers agree with the timeline, the stance matrix with the topic and
positions pages, drafts never show, bad parameters are a 400 that says why."""

import datetime
import re

import pytest
from django.core.cache import cache
from django.utils import timezone

from tests import factories
from tests.test_positions_views import standings
from tracker.models import Statement, StatementTopic

pytestmark = pytest.mark.django_db

D = datetime.date
SUPPORTS, OPPOSES, MIXED = StatementTopic.Stance.SUPPORTS, StatementTopic.Stance.OPPOSES, StatementTopic.Stance.MIXED
PERIOD = "period=custom&date_after=2025-09-15&date_before=2025-09-30"


def say(speaker, said_on, stances, **kwargs):
    statement = factories.StatementFactory(speaker=speaker, said_on=said_on, **kwargs)
    for topic, stance in stances:
        factories.StatementTopicFactory(statement=statement, topic=topic, stance=stance)
    return statement


@pytest.fixture
def world(db):
    """Ana moves on air defence through its narrower topic; Ben says two opposite things on one day."""
    ana = factories.ActorFactory(name="Ana", slug="ana")
    ben = factories.ActorFactory(name="Ben", slug="ben")
    cy = factories.ActorFactory(name="Cy", slug="cy")
    air = factories.TopicFactory(name="Air defence", slug="air-defence")
    patriots = factories.TopicFactory(name="Patriot systems", slug="patriot-systems", parent=air)
    territory = factories.TopicFactory(name="Territory", slug="territory")
    event = factories.EventFactory(name="Autumn summit", slug="autumn-summit", start_date=D(2025, 9, 20))
    say(ana, D(2025, 9, 1), [(air, OPPOSES)])
    say(ana, D(2025, 9, 18), [(patriots, SUPPORTS)], event=event, kind=Statement.Kind.PARAPHRASE)
    say(ana, D(2025, 9, 19), [(territory, MIXED)])
    say(ben, D(2025, 9, 20), [(territory, SUPPORTS)], event=event)
    say(ben, D(2025, 9, 20), [(territory, OPPOSES)])  # entered second: the later word that day
    say(ben, D(2025, 9, 21), [(air, SUPPORTS)])
    say(cy, D(2025, 10, 5), [(territory, SUPPORTS)])  # after the period
    return {"ana": ana, "ben": ben, "cy": cy, "air": air, "patriots": patriots, "territory": territory}


def add_unpublished(world):
    """Drafts and statements in review that would change every figure and cell if they counted."""
    for status in (Statement.Status.DRAFT, Statement.Status.REVIEW):
        say(world["ben"], D(2025, 9, 25), [(world["territory"], SUPPORTS), (world["air"], OPPOSES)], status=status)
        say(world["cy"], D(2025, 9, 26), [(world["patriots"], OPPOSES)], status=status)
        say(world["ana"], D(2025, 9, 27), [(world["air"], OPPOSES)], status=status)


def figure(html, name):
    found = re.search(rf'data-figure="{name}">(.*?)</dd>', html, re.S)
    return re.sub(r"<[^>]+>", "", found.group(1)).strip()


def timeline_count(html):
    block = html.split('id="match-count"')[1].split("</p>")[0]
    return re.search(r"<strong>([\d,]+)</strong>", block).group(1)


def matrix(html):
    """{(actor name, topic slug): stance or ""} from the stance matrix."""
    found = {}
    for row in re.findall(r"<tr>\s*<th scope=\"row\">(.*?)</tr>", html.split('class="stance-matrix__table"')[1], re.S):
        actor = re.search(r"<a [^>]*>([^<]+)</a>", row).group(1)
        for topic, stance in re.findall(r'data-topic="([^"]+)" data-stance="([^"]*)"', row):
            found[(actor, topic)] = stance
    return found


def changed_cells(html):
    cells = re.findall(r'<td class="stance-cell[^"]*stance-cell--changed"\s+data-topic="([^"]+)"', html)
    return sorted(cells)


@pytest.mark.parametrize(
    "query",
    [
        PERIOD,
        f"{PERIOD}&actor=ana",
        f"{PERIOD}&topic=air-defence",
        f"{PERIOD}&kind=paraphrase",
        f"{PERIOD}&event=autumn-summit",
        "period=custom&date_after=2025-09-01",
        "period=custom&date_before=2025-09-19",
    ],
)
def test_overview_counts_the_same_statements_as_the_timeline(client, world, query):
    overview = client.get(f"/overview/?{query}")
    assert overview.status_code == 200
    html = overview.content.decode()
    link = re.search(r'data-figure="statements"><a href="([^"]+)"', html).group(1).replace("&amp;", "&")
    timeline = client.get(link).content.decode()
    assert figure(html, "statements") == timeline_count(timeline)


def test_overview_figures_count_speakers_topics_and_events_of_the_period(client, world):
    html = client.get(f"/overview/?{PERIOD}").content.decode()
    assert figure(html, "statements") == "5"
    assert figure(html, "speakers") == "2"  # Cy spoke after the period
    assert figure(html, "topics") == "3"
    assert figure(html, "events") == "1"
    assert "Autumn summit" in html.split('id="events-heading"')[1]


def test_most_active_speakers_come_first_with_a_sparkline(client, world):
    html = client.get(f"/overview/?{PERIOD}").content.decode()
    block = html.split('id="speakers-heading"')[1].split("</section>")[0]
    row = r'<th scope="row"><a href="/actors/([^/]+)/">[^<]+</a></th>\s*<td class="activity__n">(\d+)'
    assert re.findall(row, block) == [("ben", "3"), ("ana", "2")]
    assert block.count("<polyline") == 2


def test_matrix_cells_equal_the_topic_and_positions_pages_current_stance(client, world):
    html = client.get(f"/overview/?{PERIOD}").content.decode()
    cells = matrix(html)
    assert cells[("Ana", "air-defence")] == SUPPORTS  # through the narrower topic, after opposing
    assert cells[("Ben", "territory")] == OPPOSES  # same day: the statement entered second
    assert cells[("Ben", "patriot-systems")] == ""
    for (actor, topic), stance in cells.items():
        for page in (f"/positions/?topic={topic}", f"/topics/{topic}/"):
            held = {
                name: label.lower()
                for label, names in standings(client.get(page).content.decode()).items()
                for name in names
            }
            assert held.get(actor, "") == stance, (actor, topic, page)


def test_matrix_marks_the_changes_of_the_period_and_links_each_cell(client, world):
    html = client.get(f"/overview/?{PERIOD}").content.decode()
    assert changed_cells(html) == ["air-defence", "territory"]
    link = re.search(r'data-topic="territory" data-stance="opposes">\s*<a href="([^"]+)"', html).group(1)
    assert link.replace("&amp;", "&") in ("/?actor=ben&topic=territory", "/?actor=ana&topic=territory")
    timeline = client.get(link.replace("&amp;", "&"))
    assert timeline.status_code == 200 and timeline_count(timeline.content.decode()) in ("1", "2")


def test_as_of_replays_the_matrix_at_a_past_date(client, world):
    html = client.get(f"/overview/?{PERIOD}&as_of=2025-09-10").content.decode()
    assert "as of 10 Sep 2025" in html
    cells = matrix(html)
    assert cells[("Ana", "air-defence")] == OPPOSES
    assert cells[("Ben", "territory")] == ""


def test_latest_changes_of_position_are_those_of_the_period(client, world):
    html = client.get(f"/overview/?{PERIOD}").content.decode()
    block = html.split('id="shifts-heading"')[1].split("</section>")[0]
    assert "Ben on Territory" in block and "Ana on Air defence" in block
    assert 'href="/positions/shift/' in block


def test_drafts_and_statements_in_review_never_change_the_overview(client, world):
    queries = (PERIOD, f"{PERIOD}&topic=territory", f"{PERIOD}&as_of=2025-09-30")
    before = [client.get(f"/overview/?{query}").content.decode() for query in queries]
    add_unpublished(world)
    cache.clear()  # recomputed from the database, not served from before
    after = [client.get(f"/overview/?{query}").content.decode() for query in queries]
    assert after == before


def test_default_period_is_the_last_seven_days(client, world):
    today = timezone.localdate()
    say(world["cy"], today, [(world["territory"], OPPOSES)])
    html = client.get("/overview/").content.decode()
    assert figure(html, "statements") == "1"
    assert 'value="week" selected' in html


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("period=year", "Select a valid choice"),
        ("as_of=23-09-2025", "Give the date as YYYY-MM-DD"),
        ("period=custom&date_after=2025-10-01&date_before=2025-09-01", "The end date is before the start date."),
        ("actor=nobody", "Select a valid choice"),
        ("date_after=yesterday", "Enter a valid date."),
        ("topic=%00", "Null characters are not allowed."),
    ],
)
def test_bad_parameters_are_a_400_with_the_form_saying_why(client, world, query, message):
    response = client.get(f"/overview/?{query}")
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert 'class="error-summary"' in html and "<form" in html


def test_overview_is_in_the_site_menu(client, world):
    html = client.get("/").content.decode()
    assert re.search(r'<a href="/overview/"[^>]*>Overview</a>', html)
    assert 'href="/overview/" aria-current="page"' in client.get("/overview/").content.decode()
