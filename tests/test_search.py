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
    if connection.vendor == "sqlite":
        assert any(INDEX_SQL["sqlite"] in query["sql"] for query in captured.captured_queries)
        assert INDEX_SQL["sqlite"] not in str(matches.query), "filtered by the ids found"
    else:  # the planner reads a rare word from the GIN index by itself
        assert INDEX_SQL["postgresql"] in str(matches.query) and not captured.captured_queries
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


@pytest.fixture
def ceasefire(db):
    """Twelve published statements on ceasefire over twelve days, ids out of date order, and a draft
    and a statement in review between them."""
    import datetime

    speaker = factories.ActorFactory(name="Ana Envoy", slug="ana-envoy")
    days = [datetime.date(2025, 3, 1) + datetime.timedelta(days=(5 * n) % 12) for n in range(12)]
    published = [
        factories.StatementFactory(speaker=speaker, said_on=day, text=f"A ceasefire, day {day.day}.") for day in days
    ]
    hidden = [
        factories.StatementFactory(speaker=speaker, said_on=days[0], text="Draft ceasefire.", status=status)
        for status in (Statement.Status.DRAFT, Statement.Status.REVIEW)
    ]
    return {"published": published, "hidden": hidden}


def newest_first(statements):
    return [s.pk for s in sorted(statements, key=lambda s: (s.said_on, s.pk), reverse=True)]


def timeline_ids(client, params):
    """The statement ids the timeline lists, following its 'next' links to the end."""
    import html
    import re
    from urllib.parse import parse_qs, urlsplit

    ids, params = [], dict(params)
    while True:
        response = client.get("/", params)
        assert response.status_code == 200
        text = response.content.decode()
        items = re.findall(r'<article class="statement [^"]*" aria-labelledby="st-(\d+)-speaker"', text)
        ids += [int(pk) for pk in items]
        found = re.search(r'rel="next" href="([^"]+)"', text)
        if not found:
            return ids, text
        params = {key: values[0] for key, values in parse_qs(urlsplit(html.unescape(found.group(1))).query).items()}


@pytest.fixture
def broad(monkeypatch):
    """Searches matching more than three statements read as broad ones, as "ceasefire" does at 1M."""
    monkeypatch.setattr(search, "BROAD_MATCHES", 3)


def test_a_broad_search_lists_the_newest_published_matches_first_on_every_page(client, ceasefire, broad, monkeypatch):
    from tracker.views import TimelineMixin

    monkeypatch.setattr(TimelineMixin, "page_size", 5)
    ids, first_page = timeline_ids(client, {"q": "ceasefire"})
    assert ids == newest_first(ceasefire["published"])
    assert "Draft ceasefire" not in first_page
    assert "<strong>12</strong> statements" in first_page
    oldest, _ = timeline_ids(client, {"q": "ceasefire", "sort": "oldest"})
    assert oldest == list(reversed(ids))


def test_a_broad_search_cut_inside_a_busy_day_lists_every_match_of_that_day_once(client, broad, monkeypatch):
    import datetime

    from tracker.views import TimelineMixin

    monkeypatch.setattr(TimelineMixin, "page_size", 4)
    speaker = factories.ActorFactory(name="Ana Envoy", slug="ana-envoy")
    busy, later = datetime.date(2025, 3, 2), datetime.date(2025, 3, 3)
    # The three newest matches (BROAD_MATCHES) end inside the busy day, which holds five more.
    days = [later, later, busy, busy, busy, busy, busy, busy, datetime.date(2025, 3, 1)]
    found = [factories.StatementFactory(speaker=speaker, said_on=day, text="Ceasefire talks.") for day in days]
    factories.StatementFactory(speaker=speaker, said_on=busy, text="Ceasefire draft.", status=Statement.Status.DRAFT)
    ids, page = timeline_ids(client, {"q": "ceasefire"})
    assert ids == newest_first(found) and "<strong>9</strong> statements" in page
    oldest, _ = timeline_ids(client, {"q": "ceasefire", "sort": "oldest"})
    assert oldest == list(reversed(ids))
    by_speaker, _ = timeline_ids(client, {"q": "ceasefire", "actor": "ana-envoy"})
    assert by_speaker == ids


def test_the_api_lists_a_broad_search_newest_first_without_drafts(client, ceasefire, broad):
    body = client.get("/api/statements/", {"q": "ceasefire"}).json()
    assert [record["id"] for record in body["results"]] == newest_first(ceasefire["published"])


def test_a_broad_search_counts_and_charts_the_published_matches_of_its_dates(client, ceasefire, broad):
    params = {"q": "ceasefire", "date_after": "2025-03-03", "date_before": "2025-03-07"}
    in_range = [s for s in ceasefire["published"] if 3 <= s.said_on.day <= 7]
    page = client.get("/", params).content.decode()
    assert f"<strong>{len(in_range)}</strong> statements" in page
    chart = client.get("/charts/months.svg", {"q": "ceasefire"}).content.decode()
    assert "12 statements, by month" in chart


def test_unpublishing_removes_a_statement_from_a_broad_search_at_once(client, ceasefire, broad):
    newest = max(ceasefire["published"], key=lambda s: (s.said_on, s.pk))
    newest.status = Statement.Status.DRAFT
    newest.save()
    ids, page = timeline_ids(client, {"q": "ceasefire"})
    assert newest.pk not in ids and len(ids) == 11
    assert "<strong>11</strong> statements" in page
    assert "11 statements, by month" in client.get("/charts/months.svg", {"q": "ceasefire"}).content.decode()
    assert newest.pk not in [r["id"] for r in client.get("/api/statements/", {"q": "ceasefire"}).json()["results"]]


def test_a_broad_search_follows_a_statement_moved_in_time_or_reworded(client, ceasefire, broad):
    import datetime

    moved, reworded = ceasefire["published"][0], ceasefire["published"][1]
    moved.said_on = datetime.date(2025, 6, 1)
    moved.save()
    reworded.text = "An armistice."
    reworded.save()
    ids, _ = timeline_ids(client, {"q": "ceasefire"})
    assert ids[0] == moved.pk and reworded.pk not in ids and len(ids) == 11
    assert timeline_ids(client, {"q": "armistice"})[0] == [reworded.pk]


def test_a_forged_cursor_on_a_search_is_a_bad_request(client, ceasefire, broad):
    assert client.get("/", {"q": "ceasefire", "cursor": "forged"}).status_code == 400
    import base64

    not_a_date = base64.b64encode(b"p=yesterday").decode()
    for cursor in ("not-a-cursor", not_a_date):
        response = client.get("/api/statements/", {"q": "ceasefire", "cursor": cursor})
        assert response.status_code == 400 and "cursor" in response.json()


def test_a_broad_search_by_speaker_lists_counts_and_follows_a_change_of_speaker(client, ceasefire, broad):
    other = factories.ActorFactory(name="Ben Other", slug="ben-other")
    theirs = factories.StatementFactory(speaker=other, said_on=ceasefire["published"][0].said_on, text="Ceasefire now.")
    ids, page = timeline_ids(client, {"q": "ceasefire", "actor": "ana-envoy"})
    assert ids == newest_first(ceasefire["published"]) and "<strong>12</strong> statements" in page
    moved = ceasefire["published"][3]
    moved.speaker = other
    moved.save()
    ids, page = timeline_ids(client, {"q": "ceasefire", "actor": "ben-other"})
    assert ids == newest_first([theirs, moved]) and "<strong>2</strong> statements" in page
    assert "<strong>11</strong> statements" in timeline_ids(client, {"q": "ceasefire", "actor": "ana-envoy"})[1]


def test_a_search_matches_words_of_the_text_never_the_index_own_speaker_words(client, ceasefire, broad):
    speaker_id = ceasefire["published"][0].speaker_id
    assert timeline_ids(client, {"q": f"actor{speaker_id}"})[0] == []


def test_merging_two_speakers_merges_their_broad_searches(client, ceasefire, broad):
    from tracker import services

    duplicate = factories.ActorFactory(name="A. Envoy", slug="a-envoy")
    theirs = factories.StatementFactory(speaker=duplicate, said_on=ceasefire["published"][0].said_on, text="Ceasefire.")
    survivor = ceasefire["published"][0].speaker
    services.merge_actors(survivor=survivor, other=duplicate)
    ids, page = timeline_ids(client, {"q": "ceasefire", "actor": "ana-envoy"})
    assert ids == newest_first([*ceasefire["published"], theirs]) and "<strong>13</strong> statements" in page


def test_the_speaker_chart_of_a_broad_search_counts_published_matches_by_speaker(client, ceasefire, broad):
    other = factories.ActorFactory(name="Ben Other", slug="ben-other")
    day = ceasefire["published"][0].said_on
    factories.StatementFactory.create_batch(2, speaker=other, said_on=day, text="Ceasefire.")
    drafter = factories.ActorFactory(name="Dora Drafts", slug="dora-drafts")
    factories.StatementFactory.create_batch(20, speaker=drafter, text="Ceasefire.", status=Statement.Status.DRAFT)
    chart = client.get("/charts/speakers.svg", {"q": "ceasefire"}).content.decode()
    assert "Statements per month by speaker: Ana Envoy 12, Ben Other 2</title>" in chart


def test_the_speaker_chart_of_a_search_draws_each_busiest_speaker_by_month_as_counted_directly(ceasefire, broad):
    import datetime
    from collections import Counter

    from django.http import QueryDict

    from tracker import charts, queries
    from tracker.db import searchorder

    for n, name in enumerate(["Ben Other", "Cai Third", "Dee Fourth", "Eve Fifth", "Fay Sixth", "Gil Seventh"]):
        speaker = factories.ActorFactory(name=name)
        for k in range(n + 1):  # over three months, the quieter speakers in fewer of them
            day = datetime.date(2024, 12, 30) + datetime.timedelta(days=31 * (k % 3))
            factories.StatementFactory(speaker=speaker, said_on=day, text="Ceasefire now.")
    factories.StatementFactory(text="Ceasefire never.", status=Statement.Status.DRAFT)
    found = queries.statement_filterset(params=QueryDict("q=ceasefire"), user=None).qs
    assert searchorder.matches_of(found) is not None, "a reader's search is charted from its index"
    served = charts.speaker_counts(found)
    rows = Statement.objects.published().filter(text__icontains="ceasefire").values_list("speaker_id", "said_on")
    totals = Counter(speaker for speaker, _ in rows)
    top = sorted(totals.items(), key=lambda item: (-item[1], item[0]))[: charts.SPEAKER_ROWS]
    months = {speaker: Counter() for speaker, _ in top}
    for speaker, day in rows:
        if speaker in months:
            months[speaker][day.replace(day=1)] += 1
    assert served == {"top": top, "months": {speaker: dict(counted) for speaker, counted in months.items()}}
    assert len(served["months"][top[1][0]]) == 3, "the second busiest speaker spoke in three months"


def test_the_speaker_chart_of_a_search_follows_each_change_of_a_statement_at_once(client, ceasefire, broad):
    other = factories.ActorFactory(name="Ben Other", slug="ben-other")
    unpublished, moved, redated, deleted = ceasefire["published"][:4]
    unpublished.status = Statement.Status.DRAFT
    unpublished.save()
    moved.speaker = other
    moved.save()
    redated.said_on = redated.said_on.replace(year=2020)
    redated.save()
    deleted.delete()
    draft = ceasefire["hidden"][0]
    draft.status = Statement.Status.PUBLISHED
    draft.speaker = other
    draft.save()
    chart = client.get("/charts/speakers.svg", {"q": "ceasefire"}).content.decode()
    assert "Statements per month by speaker: Ana Envoy 9, Ben Other 2</title>" in chart


def test_a_search_beyond_the_exact_count_limit_is_still_counted_exactly(client, ceasefire, broad, settings):
    settings.PARLEY_EXACT_COUNT_LIMIT = 5
    other = factories.ActorFactory(name="Ben Other", slug="ben-other")
    factories.StatementFactory.create_batch(7, speaker=other, text="Ceasefire talks.")
    page = client.get("/", {"q": "ceasefire"}).content.decode()
    assert "<strong>19</strong> statements" in page and "An estimate" not in page
    page = client.get("/", {"q": "ceasefire", "actor": "ben-other"}).content.decode()
    assert "<strong>7</strong> statements" in page and "An estimate" not in page


def test_retracting_or_rewording_a_statement_changes_a_search_by_speaker_at_once(client, ceasefire, broad, settings):
    settings.PARLEY_EXACT_COUNT_LIMIT = 5
    params = {"q": "ceasefire day", "actor": "ana-envoy"}
    newest, second = sorted(ceasefire["published"], key=lambda s: (s.said_on, s.pk), reverse=True)[:2]
    newest.status = Statement.Status.RETRACTED
    newest.save()
    second.text = "A truce, day one."
    second.save()
    rest = [s for s in ceasefire["published"] if s not in (newest, second)]
    ids, page = timeline_ids(client, params)
    assert ids == newest_first(rest) and "<strong>10</strong> statements" in page
    api = client.get("/api/statements/", params).json()
    assert [record["id"] for record in api["results"]] == newest_first(rest)
    chart = client.get("/charts/months.svg", params).content.decode()
    assert "10 statements, by month" in chart
    second.status = Statement.Status.REVIEW
    second.save()
    second.status = Statement.Status.PUBLISHED
    second.text = "A day of ceasefire again."
    second.save()
    assert timeline_ids(client, params)[0] == newest_first([*rest, second])


def test_a_search_never_matches_the_speaker_words_of_the_search_index(client, ceasefire, broad):
    speaker_id = ceasefire["published"][0].speaker_id
    factories.StatementFactory(text=f"The speaker {speaker_id} spoke.", speaker=factories.ActorFactory())
    ids, _ = timeline_ids(client, {"q": f"speaker {speaker_id}", "actor": "ana-envoy"})
    assert ids == []


def test_a_quoted_phrase_by_speaker_lists_and_counts_only_the_words_in_order(client, ceasefire, broad):
    reversed_words = factories.StatementFactory(
        speaker=ceasefire["published"][0].speaker, said_on=ceasefire["published"][0].said_on, text="Day one: ceasefire."
    )
    ids, page = timeline_ids(client, {"q": '"ceasefire day"', "actor": "ana-envoy"})
    assert ids == newest_first(ceasefire["published"]) and "<strong>12</strong> statements" in page
    ids, page = timeline_ids(client, {"q": "ceasefire day", "actor": "ana-envoy"})
    assert ids == newest_first([*ceasefire["published"], reversed_words]) and "<strong>13</strong> statements" in page


def test_an_imported_batch_is_searched_as_statements_entered_one_by_one(client, broad):
    """An import indexes its statements set-based (on SQLite without the row triggers, in key order):
    they are found by editors and readers alike, drafts by editors only, and later edits re-index them."""
    import json

    from tracker.interchange import import_file

    speaker = factories.ActorFactory(name="Recep Tayyip Erdoğan", slug="recep-tayyip-erdogan")
    days = [9, 2, 7, 1, 8, 3]  # out of order, as an archive's statements come
    document = {
        "format": "parley/1",
        "statements": [
            {
                "speaker": speaker.slug,
                "said_on": f"2025-05-0{day}",
                "text": f"The grain corridor must stay open, day {day}.",
                "status": "draft" if day == 7 else "published",
            }
            for day in days
        ],
    }
    import_file(json.dumps(document).encode())
    imported = list(Statement.objects.filter(speaker=speaker))
    published = [s for s in imported if s.status == Statement.Status.PUBLISHED]

    found = lambda q: set(search.filter_statements(Statement.objects.all(), q))  # noqa: E731
    assert found("corridor") == set(imported)
    ids, _page = timeline_ids(client, {"q": "corridor"})
    assert ids == newest_first(published)
    ids, _page = timeline_ids(client, {"q": "corridor", "speaker": speaker.slug})
    assert ids == newest_first(published)
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:  # raises if the index disagrees with the table
            cursor.execute("INSERT INTO tracker_statement_fts(tracker_statement_fts) VALUES ('integrity-check')")

    reworded = published[0]
    reworded.text = "Shipping insurance is the real question."
    reworded.save()
    assert found("corridor") == set(imported) - {reworded}
    assert timeline_ids(client, {"q": "insurance"})[0] == [reworded.pk]
    added = factories.StatementFactory(speaker=speaker, text="The corridor again.")
    assert added in found("corridor")
