"""Every StatementFilter parameter through the timeline, with real query strings."""

import re

import pytest

from tests.readers import build_world
from tracker import filters

pytestmark = pytest.mark.django_db

GUARANTEE = "President Trump is ready"
PATRIOT = "Ukraine needs more Patriot"
RELAY = "Putin told him"
TERRITORY = "We will see about the territory"
ALL = (GUARANTEE, PATRIOT, RELAY, TERRITORY)


@pytest.fixture
def world(db):
    return build_world()


def shown(client, query):
    response = client.get(f"/?{query}")
    assert response.status_code == 200, response.content.decode()[:2000]
    html = response.content.decode()
    return {text for text in ALL if text in html}


FILTER_CASES = [
    ("", set(ALL)),
    ("actor=volodymyr-zelenskyy", {GUARANTEE, PATRIOT}),
    ("actor=vladimir-putin&actor=donald-trump", {RELAY, TERRITORY}),
    ("topic=security-guarantees", {GUARANTEE}),
    ("topic=air-defence", {PATRIOT}),
    ("topic=territory&topic=patriot-systems", {PATRIOT, RELAY, TERRITORY}),
    ("topic=territory&stance=opposes", {RELAY}),
    ("topic=territory&stance=unclear", {TERRITORY}),
    ("mentions=donald-trump", {GUARANTEE}),
    ("kind=paraphrase", {PATRIOT, RELAY}),
    ("kind=direct_quote&kind=written", {GUARANTEE, TERRITORY}),
    ("act=demand", {PATRIOT}),
    ("attribution=disputed", {RELAY}),
    ("attribution=on_record", {GUARANTEE, TERRITORY}),
    ("relayed_by=donald-trump", {RELAY}),
    ("outlet=european-pravda", {GUARANTEE, RELAY}),
    ("outlet=reuters", {GUARANTEE, PATRIOT}),
    ("event=un-meeting", {GUARANTEE}),
    ("date_after=2025-09-01", {GUARANTEE, PATRIOT}),
    ("date_before=2025-08-15", {RELAY, TERRITORY}),
    ("date_after=2025-08-15&date_before=2025-09-22", {RELAY, PATRIOT}),
    ("date_after=2025-09-23&date_before=2025-09-23", {GUARANTEE}),
    ("q=guarantee", {GUARANTEE}),
    ("sort=oldest", set(ALL)),
    ("actor=volodymyr-zelenskyy&topic=air-defence&kind=paraphrase", {PATRIOT}),
    ("actor=volodymyr-zelenskyy&outlet=european-pravda&date_after=2025-09-01", {GUARANTEE}),
    ("actor=donald-trump&topic=security-guarantees", set()),
    ("q=war&actor=vladimir-putin", {RELAY}),
    ("q=war&outlet=european-pravda&attribution=on_record", {GUARANTEE}),
    ("status=draft", set(ALL)),  # readers cannot ask for drafts: the parameter is ignored
]


@pytest.mark.parametrize(("query", "expected"), FILTER_CASES)
def test_each_parameter_and_combination_filters_the_timeline(client, world, query, expected):
    assert shown(client, query) == expected


@pytest.mark.parametrize(("query", "expected"), FILTER_CASES)
def test_broad_topic_mention_and_outlet_matches_show_the_same_statements(client, world, query, expected, monkeypatch):
    # With every match "broad", pages are read by walking the date index (StatementFilter.linked).
    monkeypatch.setattr(filters, "BROAD_LINKS", 1)
    assert shown(client, query) == expected


def test_empty_fields_from_a_plain_form_submission_mean_any(client, world):
    every_field = "q=&actor=&topic=&stance=&date_after=&date_before=&sort=newest&mentions=&relayed_by=&kind="
    assert shown(client, every_field + "&act=&attribution=&outlet=&event=&actor=donald-trump") == {TERRITORY}
    assert shown(client, every_field) == set(ALL)


def test_sort_oldest_reverses_the_order(client, world):
    html = client.get("/?sort=oldest").content.decode()
    assert html.index(TERRITORY) < html.index(RELAY) < html.index(PATRIOT) < html.index(GUARANTEE)


def test_count_follows_the_filter(client, world):
    html = client.get("/?actor=volodymyr-zelenskyy").content.decode()
    assert re.search(r"<strong>2</strong> statements\s+match these filters", html)


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("actor=nobody", "nobody"),
        ("topic=nowhere", "nowhere"),
        ("mentions=ghost", "ghost"),
        ("relayed_by=ghost", "ghost"),
        ("outlet=fake-news", "fake-news"),
        ("event=no-such-summit", "no-such-summit"),
        ("kind=song", "song"),
        ("act=dance", "dance"),
        ("attribution=rumour", "rumour"),
        ("date_after=2025-13-45", "Enter a valid date"),
        ("date_before=yesterday", "Enter a valid date"),
        ("date_after=2025-09-30&date_before=2025-09-01", "The end date is before the start date"),
        ("q=" + "guarantee " * 1000, "at most 200 characters"),
        ("stance=supports", "Choose a topic"),
        ("topic=territory&stance=hostile", "hostile"),
        ("sort=sideways", "sideways"),
        ("actor=volodymyr-zelenskyy&actor=nobody", "nobody"),
    ],
)
def test_bad_values_answer_400_with_the_error_on_the_form(client, world, query, message):
    response = client.get(f"/?{query}")
    html = response.content.decode()
    assert response.status_code == 400
    assert message in html.replace("&quot;", '"')
    assert not {text for text in ALL if text in html}, "a bad filter never falls back to the full list"


def test_bad_field_is_marked_invalid_for_assistive_technology(client, world):
    html = client.get("/?date_after=2025-13-45").content.decode()
    assert re.search(r'name="date_after" id="id_date_after" value="2025-13-45" aria-invalid="true"', html)


def test_filterset_contract_for_api_and_exports(world):
    from django.http import QueryDict

    from tracker import queries

    filterset = queries.statement_filterset(params=QueryDict("actor=volodymyr-zelenskyy&sort=oldest"), user=None)
    assert filterset.is_valid()
    statements = list(queries.order_statements(filterset.qs, filterset.sort_order))
    assert [s.pk for s in statements] == [world.patriot_paraphrase.pk, world.guarantee_quote.pk]
    listed = queries.statement_list(params=QueryDict("q=guarantee"), user=None)
    assert [s.pk for s in listed] == [world.guarantee_quote.pk]


@pytest.mark.parametrize(
    "query",
    [
        "kind=paraphrase&kind=direct_quote",
        "act=claim&attribution=disputed",
        "actor=donald-trump&actor=vladimir-putin",
        "topic=air-defence&mentions=donald-trump&outlet=reuters",
    ],
)
def test_no_filter_asks_the_database_to_deduplicate_rows(world, query):
    from django.http import QueryDict

    from tracker import queries

    filterset = queries.statement_filterset(params=QueryDict(query), user=None)
    assert filterset.is_valid(), filterset.errors
    for statements in (filterset.qs, filterset.paging_qs):
        assert "DISTINCT" not in str(statements.query).upper()
        pks = list(statements.values_list("pk", flat=True))
        assert len(pks) == len(set(pks)), "and no statement appears twice"
