import os
import uuid

import pytest
import redis
from django.core.cache import cache
from django.test import override_settings

from tests import factories
from tracker import aggregates
from tracker.db import estimates
from tracker.models import Statement

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()


REDIS_LOCATION = os.environ.get("REDIS_TEST_URL", "redis://127.0.0.1:6379/0")


@pytest.fixture(scope="session")
def redis_available():
    """The machine's Redis; `.ci/run` starts it and sets REQUIRE_REDIS=1, so CI fails rather than skips."""
    try:
        redis.Redis.from_url(REDIS_LOCATION, socket_connect_timeout=2).ping()
    except redis.RedisError as error:
        message = f"the Redis tests need a Redis at {REDIS_LOCATION} (apt-get install redis-server): {error}"
        if os.environ.get("REQUIRE_REDIS") == "1":
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture
def redis_cache(redis_available):
    backend = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_LOCATION,
        "KEY_PREFIX": f"parley-test-{uuid.uuid4().hex}",
    }
    with override_settings(CACHES={"default": backend}):
        yield cache
        cache.clear()


def make_statements(actor, n):
    factories.StatementFactory.create_batch(n, speaker=actor)


def test_a_small_count_is_exact_and_shown_as_a_plain_number(actor):
    make_statements(actor, 5)
    n, is_estimate = aggregates.count_statements(Statement.objects.published(), limit=10)
    assert (n, is_estimate) == (5, False)
    assert aggregates.count_label(n, is_estimate) == "5"


def test_a_count_past_the_limit_is_labelled_as_an_estimate(actor):
    make_statements(actor, 30)
    n, is_estimate = aggregates.count_statements(Statement.objects.published(), limit=10)
    assert is_estimate is True
    assert n > 10
    assert aggregates.count_label(n, is_estimate).startswith("about ")


def test_estimates_are_rounded_to_two_significant_figures():
    assert aggregates.count_label(123_456, True) == "about 120,000"
    assert aggregates.count_label(123_456, False) == "123,456"


def test_sampled_estimate_is_close_to_the_truth_over_a_wide_id_range(actor):
    Statement.objects.bulk_create(
        Statement(id=1 + i * 100, speaker=actor, text=f"Words {i}", said_on="2024-01-01", status="published")
        for i in range(400)
    )
    queryset = Statement.objects.filter(id__gt=0)
    estimate = estimates.sampled_estimate(queryset)
    assert 300 <= estimate <= 500


def test_estimates_are_shared_through_redis_and_recomputed_after_an_edit(actor, redis_cache, settings):
    make_statements(actor, 30)
    queryset = Statement.objects.published()
    first = aggregates.count_statements(queryset, limit=10)
    assert first[1] is True
    key = aggregates.cache_key("count", queryset.order_by(), 10)
    assert tuple(redis_cache.get(key)[1]) == first
    make_statements(actor, 30)
    computed_at = redis_cache.get(key)[0]
    settings.PARLEY_AGGREGATE_GRACE_SECONDS = 0
    aggregates.count_statements(queryset, limit=10)
    assert redis_cache.get(key)[0] > computed_at, "an estimate older than the last edit was served again"
    drafts = Statement.objects.filter(status=Statement.Status.DRAFT)
    assert aggregates.count_statements(drafts, limit=10) == (0, False)
    factories.StatementFactory(speaker=actor, status=Statement.Status.DRAFT)
    assert aggregates.count_statements(drafts, limit=10) == (1, False)


def test_within_the_grace_period_an_aggregate_is_not_recomputed_after_each_edit(actor, settings):
    calls = []

    def compute():
        calls.append(1)
        return len(calls)

    settings.PARLEY_AGGREGATE_GRACE_SECONDS = 30
    queryset = Statement.objects.published()
    assert aggregates.cached_aggregate("demo", queryset, compute) == 1
    make_statements(actor, 1)
    assert aggregates.cached_aggregate("demo", queryset, compute) == 1
    settings.PARLEY_AGGREGATE_GRACE_SECONDS = 0
    assert aggregates.cached_aggregate("demo", queryset, compute) == 2


def test_chart_aggregates_are_computed_once_per_cache_period(actor, redis_cache):
    calls = []

    def compute():
        calls.append(1)
        return {"2025-09": 3}

    queryset = Statement.objects.published()
    assert aggregates.cached_aggregate("months", queryset, compute) == {"2025-09": 3}
    assert aggregates.cached_aggregate("months", queryset, compute) == {"2025-09": 3}
    assert len(calls) == 1


def test_monthly_counts_fold_days_into_months(actor):
    for day in ("2025-09-01", "2025-09-23", "2025-09-23", "2025-10-02"):
        factories.StatementFactory(speaker=actor, said_on=day)
    factories.StatementFactory(speaker=actor, said_on="2025-09-05", status=Statement.Status.DRAFT)
    months = aggregates.monthly_counts(Statement.objects.published())
    assert {month.isoformat(): n for month, n in months.items()} == {"2025-09-01": 3, "2025-10-01": 1}


def test_a_filter_that_matches_nothing_by_construction_counts_zero(actor):
    factories.StatementFactory(speaker=actor)
    assert aggregates.count_statements(Statement.objects.none()) == (0, False)
    assert aggregates.monthly_counts(Statement.objects.none()) == {}


def test_cached_counts_and_charts_follow_every_edit(client, actor):
    factories.StatementFactory(speaker=actor, text="First words.")
    assert "<strong>1</strong> statement" in client.get("/").content.decode()
    second = factories.StatementFactory(speaker=actor, text="Second words.")
    assert "<strong>2</strong> statements" in client.get("/").content.decode()
    second.status = Statement.Status.DRAFT
    second.save()
    assert "<strong>1</strong> statement" in client.get("/").content.decode()


@pytest.mark.parametrize("broad", [False, True])
def test_the_timeline_labels_an_estimated_count_and_an_exact_one_plainly(client, actor, settings, monkeypatch, broad):
    from tracker import filters

    topic = factories.TopicFactory(name="Guarantees", slug="guarantees")
    for statement in factories.StatementFactory.create_batch(30, speaker=actor):
        factories.StatementTopicFactory(statement=statement, topic=topic)
    factories.StatementFactory.create_batch(3, speaker=actor, status=Statement.Status.DRAFT)
    if broad:  # the topic's links read as a broad match: counted as the page is read
        monkeypatch.setattr(filters, "BROAD_LINKS", 5)

    settings.PARLEY_EXACT_COUNT_LIMIT = 100
    exact = client.get("/", {"topic": "guarantees"}).content.decode()
    assert "<strong>30</strong> statements" in exact and "An estimate" not in exact

    settings.PARLEY_EXACT_COUNT_LIMIT = 10
    cache.clear()
    # A filter the monthly counts cannot answer (a kind) is estimated above the limit…
    estimated = client.get("/", {"topic": "guarantees", "kind": "direct_quote"}).content.decode()
    assert 'title="An estimate: counting every match exactly would slow the page down.">about ' in estimated
    # …one they can answer (a topic) is read from them, exact at any size.
    counted = client.get("/", {"topic": "guarantees"}).content.decode()
    assert "<strong>30</strong> statements" in counted and "An estimate" not in counted
