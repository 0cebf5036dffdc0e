"""The readers' filter form: a short list stays a <select>; a long one is a text field that works without JavaScript."""

import re

import pytest

from tests.readers import ALL_TEXTS, build_world, lengthen_registry

pytestmark = pytest.mark.django_db

ZELENSKYY_TEXTS = {"President Trump is ready", "Ukraine needs more Patriot"}


@pytest.fixture
def world(db):
    return build_world()


@pytest.fixture
def long_registry(world):
    lengthen_registry()
    return world


def shown_texts(response):
    html = response.content.decode()
    return {text for text in ALL_TEXTS if text in html}


def field_html(response, name):
    html = response.content.decode()
    match = re.search(rf'<div class="field field--{name}[^"]*" data-field="{name}">(.*?)\n</div>', html, re.S)
    assert match, f"no {name} field"
    return match.group(1)


def test_a_short_list_stays_a_select(client, world):
    actor = field_html(client.get("/"), "actor")
    assert '<select name="actor" id="id_actor">' in actor
    assert '<option value="volodymyr-zelenskyy">Volodymyr Zelenskyy</option>' in actor


def test_a_long_registry_is_offered_by_type_ahead_not_as_options(client, long_registry):
    response = client.get("/")
    html = response.content.decode()
    assert "registry-member-00" not in html and "registry-subject-00" not in html
    assert len(re.findall("<option", html)) < 40, "the stance, kind, act, attribution and order choices only"
    for name, source in (("actor", "actors"), ("mentions", "actors"), ("relayed_by", "actors"), ("topic", "topics")):
        field = field_html(response, name)
        assert "<select" not in field
        assert re.search(
            rf'<input type="text" name="{name}" id="id_{name}" value=""[^>]*data-typeahead="/registry/{source}.json"',
            field,
        )
    assert "<select" in field_html(response, "stance")
    assert '<script src="/static/tracker/typeahead.js" defer></script>' in html


def test_actor_and_topic_pages_carry_no_registry_options_either(client, long_registry):
    for url in ("/actors/volodymyr-zelenskyy/", "/topics/security-guarantees/", "/overview/"):
        html = client.get(url).content.decode()
        assert "registry-member-00" not in html, url


@pytest.mark.parametrize("typed", ["Volodymyr Zelenskyy", "volodymyr-zelenskyy", "VOLODYMYR ZELÉNSKYY"])
def test_without_javascript_a_typed_name_or_slug_filters_and_is_shown_by_name(client, long_registry, typed):
    response = client.get("/", {"actor": typed})
    assert response.status_code == 200
    assert shown_texts(response) == ZELENSKYY_TEXTS
    field = field_html(response, "actor")
    assert 'value="Volodymyr Zelenskyy"' in field and 'data-slug="volodymyr-zelenskyy"' in field
    chips = re.findall(r'<a class="filter-chip" href="([^"]*)">.*?</span> ([^<]*) <span', response.content.decode())
    assert chips == [("/", "Volodymyr Zelenskyy")]


def test_without_javascript_a_form_submission_with_a_typed_topic_filters(client, long_registry):
    # What a browser sends from the plain form: every field, the empty ones included.
    query = "q=&actor=&topic=Air+defence&stance=&date_after=&date_before=&sort=newest&mentions=&relayed_by=&outlet="
    response = client.get(f"/?{query}")
    assert response.status_code == 200
    assert shown_texts(response) == {"Ukraine needs more Patriot"}, "a topic by name includes its narrower topics"
    assert 'value="Air defence"' in field_html(response, "topic")


def test_a_typed_name_that_names_nothing_keeps_the_text_and_marks_the_field(client, long_registry):
    response = client.get("/", {"actor": "Zelenskiy the Great"})
    assert response.status_code == 400
    field = field_html(response, "actor")
    assert 'value="Zelenskiy the Great"' in field and 'data-slug=""' in field
    assert 'aria-invalid="true"' in field
    assert "no actor is named “Zelenskiy the Great” or has that slug" in field
    assert not shown_texts(response)


def test_several_values_get_a_field_each(client, long_registry):
    response = client.get("/?actor=donald-trump&actor=Vladimir+Putin")
    assert shown_texts(response) == {"Putin told him", "We will see about the territory"}
    field = field_html(response, "actor")
    assert re.findall(r'<input type="text" name="actor" id="([^"]+)" value="([^"]*)"', field) == [
        ("id_actor", "Donald Trump"),
        ("id_actor_2", "Vladimir Putin"),
    ]
    assert 'aria-label="Speaker (2)"' in field


def test_a_short_list_marks_a_record_chosen_by_name(client, world):
    response = client.get("/", {"actor": "Donald Trump"})
    assert '<option value="donald-trump" selected>Donald Trump</option>' in field_html(response, "actor")
