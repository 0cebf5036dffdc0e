"""Full-text search: the database's own index on SQLite (FTS5) and PostgreSQL (tsvector)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories
from tracker import search
from tracker.models import Statement

pytestmark = pytest.mark.django_db


@pytest.fixture
def texts(db):
    speaker = factories.ActorFactory(name="Volodymyr Zelenskyy", slug="volodymyr-zelenskyy")
    make = lambda text, **kw: factories.StatementFactory(speaker=speaker, text=text, **kw)  # noqa: E731
    return {
        "guarantees": make("President Trump is ready to give Ukraine security guarantees."),
        "reversed": make("Guarantees of security are not on the table, said the envoy."),
        "setting": make("We discussed many things.", setting="Press conference in Kyiv"),
        "original": make("We will win.", original_text="Ми переможемо", original_language="uk"),
        "draft": make("Draft security guarantees text.", status=Statement.Status.DRAFT),
        "markup": make("Tanks & <b>guarantees</b> <script>alert(1)</script>"),
    }


def matches(client, query):
    response = client.get("/", {"q": query})
    assert response.status_code == 200
    return response.content.decode()


def test_stemming_finds_other_forms_of_a_word(client, texts):
    html = matches(client, "guarantee")
    assert "President Trump is ready" in html and "are not on the table" in html


def test_quoted_phrase_matches_only_the_words_in_order(client, texts):
    html = matches(client, '"security guarantees"')
    assert "President Trump is ready" in html
    assert "are not on the table" not in html


def test_all_words_are_required(client, texts):
    html = matches(client, "guarantees envoy")
    assert "are not on the table" in html and "President Trump is ready" not in html


def test_setting_and_original_text_are_searched(client, texts):
    assert "We discussed many things" in matches(client, "Kyiv")
    assert "We will win" in matches(client, "переможемо")


def test_matched_words_are_highlighted_and_everything_else_escaped(client, texts):
    html = matches(client, "guarantee")
    assert "security <mark>guarantees</mark>" in html
    assert "Tanks &amp; &lt;b&gt;<mark>guarantees</mark>&lt;/b&gt; &lt;script&gt;" in html
    assert "<script>alert(1)" not in html


def test_search_never_returns_drafts(client, texts):
    assert "Draft security guarantees" not in matches(client, "draft")


@pytest.mark.parametrize("query", ['"', "AND OR NOT", "*", "NEAR(", "'; DROP TABLE", "-x", ":", "((("])
def test_search_syntax_characters_are_plain_text_never_errors(client, texts, query):
    response = client.get("/", {"q": query})
    assert response.status_code == 200


def test_punctuation_only_query_matches_nothing_rather_than_everything(client, texts):
    html = matches(client, "!!!")
    assert "No published statements match" in html


def test_index_follows_edits_and_deletes(texts):
    statement = texts["setting"]
    statement.text = "Now about ceasefire lines."
    statement.save()
    found = lambda q: set(search.filter_statements(Statement.objects.all(), q).values_list("pk", flat=True))  # noqa: E731
    assert found("ceasefire") == {statement.pk}
    assert found("discussed") == set()
    statement.delete()
    assert found("ceasefire") == set()


INDEX_SQL = {
    "postgresql": "search_vector @@ websearch_to_tsquery('english'",
    "sqlite": "tracker_statement_fts MATCH",
}


def test_a_narrow_query_reads_its_matches_from_the_full_text_index(texts):
    with CaptureQueriesContext(connection) as captured:
        matches = search.filter_statements(Statement.objects.all(), "guarantee")
    assert any(INDEX_SQL[connection.vendor] in query["sql"] for query in captured.captured_queries)
    assert INDEX_SQL[connection.vendor] not in str(matches.query), "filtered by the ids found"
    assert set(matches) == {texts[name] for name in ("guarantees", "reversed", "draft", "markup")}


def test_a_broad_query_stays_a_subquery_on_the_index_with_the_same_matches(texts, monkeypatch):
    narrow = set(search.filter_statements(Statement.objects.all(), "guarantee"))
    monkeypatch.setattr(search, "BROAD_MATCHES", 1)
    broad = search.filter_statements(Statement.objects.all(), "guarantee")
    assert INDEX_SQL[connection.vendor] in str(broad.query)
    assert set(broad) == narrow and narrow
    assert list(broad.order_by("-said_on", "-id")[:1]) == list(
        Statement.objects.filter(pk__in=[s.pk for s in narrow]).order_by("-said_on", "-id")[:1]
    )


def test_parse_terms_splits_words_and_phrases():
    assert search.parse_terms('security "air defence" Patriot-2!') == [
        ["security"],
        ["air", "defence"],
        ["Patriot", "2"],
    ]
    assert search.match_expression([["air", "defence"], ["war"]]) == '"air defence" "war"'
