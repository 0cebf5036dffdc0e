import collections
import re

import pytest
from django.core.management import call_command
from django.db.models import Count, F

from tracker.models import Actor, Source, Statement, StatementSource, StatementTopic, Topic
from tracker.text import fingerprint

pytestmark = pytest.mark.django_db


@pytest.fixture
def generated(db):
    call_command("generate_statements", 200, seed=7, batch=64, verbosity=0)


def test_every_statement_has_one_to_three_topics_and_at_least_one_source(generated):
    assert Statement.objects.count() == 200
    topic_counts = Statement.objects.annotate(n=Count("topic_stances")).values_list("n", flat=True)
    assert set(topic_counts) <= {1, 2, 3}
    source_counts = Statement.objects.annotate(n=Count("source_links")).values_list("n", flat=True)
    assert min(source_counts) >= 1 and max(source_counts) <= 3


def test_topic_links_carry_the_statement_date(generated):
    assert not StatementTopic.objects.exclude(said_on=F("statement__said_on")).exists()


def test_most_statements_are_published_and_some_are_still_drafts(generated):
    statuses = collections.Counter(Statement.objects.values_list("status", flat=True))
    assert statuses[Statement.Status.DRAFT] + statuses[Statement.Status.REVIEW] > 0
    assert statuses[Statement.Status.PUBLISHED] > 150


def test_a_few_speakers_say_most(generated):
    per_speaker = sorted(collections.Counter(Statement.objects.values_list("speaker_id", flat=True)).values())
    top_ten = sum(per_speaker[-10:])
    assert top_ten > 200 * 0.25
    assert Actor.objects.count() == 500


def test_texts_fingerprints_dates_and_sources_look_real(generated):
    for statement in Statement.objects.all():
        assert 80 <= len(statement.text) <= 1200
        assert statement.fingerprint == fingerprint(statement.text)
    years = {day.year for day in Statement.objects.values_list("said_on", flat=True)}
    assert len(years) >= 10
    assert Topic.objects.filter(parent__parent__isnull=False).exists()
    assert Topic.objects.count() >= 300
    urls = list(Source.objects.values_list("url", flat=True))
    assert len(urls) == len(set(urls)) == StatementSource.objects.count()
    assert all(".example.org/" in url or ".example.com/" in url for url in urls)


def test_the_same_seed_gives_the_same_statements(generated):
    first = list(Statement.objects.order_by("id").values_list("speaker__slug", "said_on", "text")[:50])
    Statement.objects.all().delete()
    call_command("generate_statements", 50, seed=7, batch=64, verbosity=0)
    assert list(Statement.objects.order_by("id").values_list("speaker__slug", "said_on", "text")) == first


def test_new_rows_after_a_load_get_fresh_ids(generated):
    call_command("generate_statements", 10, seed=8, verbosity=0)
    last_generated = Statement.objects.order_by("-id").values_list("id", flat=True)[0]
    statement = Statement.objects.create(speaker=Actor.objects.first(), text="A new one.", said_on="2025-01-01")
    assert Statement.objects.count() == 211
    assert statement.pk > last_generated


def test_generated_statements_keep_the_computed_fields_an_edit_would_write(generated):
    """Generated rows skip save(); re-saving each one must change none of its computed fields."""
    before = {row["id"]: row for row in Statement.objects.values("id", "said_on", "first_reported_on", "published_at")}
    for statement in Statement.objects.all()[:60]:
        statement.first_reported_on = None
        statement.save()
        statement.refresh_first_reported_on()
        saved = Statement.objects.values("said_on", "first_reported_on", "published_at").get(pk=statement.pk)
        expected = before[statement.pk]
        assert saved["said_on"] == expected["said_on"]
        assert saved["first_reported_on"] == expected["first_reported_on"]
        assert (saved["published_at"] is None) == (expected["published_at"] is None)
        assert (expected["published_at"] is not None) == (statement.status == Statement.Status.PUBLISHED)


def test_a_search_finds_the_generated_published_statements_newest_first(client, generated, monkeypatch):
    from tracker import search

    monkeypatch.setattr(search, "BROAD_MATCHES", 5)  # the word is common: read as broad
    published = Statement.objects.published()
    word = "ceasefire"
    expected = [
        s.pk
        for s in sorted(published, key=lambda s: (s.said_on, s.pk), reverse=True)
        if search.filter_statements(published.filter(pk=s.pk), word).exists()
    ]
    assert len(expected) > 5
    body = client.get("/api/statements/", {"q": word}).json()
    assert [record["id"] for record in body["results"]] == expected[:50]
    page = client.get("/", {"q": word}).content.decode()
    assert f"<strong>{len(expected)}</strong> statements" in page


def test_readers_search_the_generated_statements_exactly(generated, client):
    from tracker import search

    published = Statement.objects.filter(status=Statement.Status.PUBLISHED)
    found = search.filter_statements(published, "security").order_by("-said_on", "-id")
    expected = list(found.values_list("id", flat=True))
    assert expected
    page = client.get("/", {"q": "security"}).content.decode()
    assert f"<strong>{len(expected)}</strong> statements" in page
    body = client.get("/api/statements/", {"q": "security"}).json()
    assert [record["id"] for record in body["results"]] == expected[: len(body["results"])]


def test_the_speaker_chart_of_a_search_counts_the_generated_statements_by_speaker(generated, client, monkeypatch):
    from tracker import search

    monkeypatch.setattr(search, "BROAD_MATCHES", 5)
    published = Statement.objects.published()
    found = search.filter_statements(published, "ceasefire").select_related("speaker")
    counted = collections.Counter(statement.speaker.name for statement in found)
    assert len(counted) > 1
    chart = client.get("/charts/speakers.svg", {"q": "ceasefire"}).content.decode()
    title = re.search(r"Statements per month by speaker: ([^<]*)</title>", chart).group(1)
    shown = {name: int(n) for name, n in (entry.rsplit(" ", 1) for entry in title.split(", "))}
    others = shown.pop("others", 0)
    assert shown == {name: counted[name] for name in shown}
    assert sorted(shown.values(), reverse=True) == sorted(counted.values(), reverse=True)[: len(shown)]
    assert others == sum(counted.values()) - sum(shown.values())
