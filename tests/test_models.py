import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from tests import factories
from tracker.models import Statement, StatementTopic

pytestmark = pytest.mark.django_db


def test_duplicate_actor_slug_is_refused_with_a_clear_message(actor):
    duplicate = factories.ActorFactory.build(name="Another", slug=actor.slug)
    with pytest.raises(ValidationError) as excinfo:
        duplicate.full_clean()
    assert "Actor with this Slug already exists." in excinfo.value.messages


def test_duplicate_slug_is_refused_by_the_database_too(actor):
    with pytest.raises(IntegrityError), transaction.atomic():
        factories.ActorFactory(name="Another", slug=actor.slug)


@pytest.mark.parametrize("wikidata_id", ["3874799", "Q", "Q0123", "q22686", "Q22686x"])
def test_invalid_wikidata_id_is_refused(wikidata_id):
    actor = factories.ActorFactory.build(wikidata_id=wikidata_id)
    with pytest.raises(ValidationError) as excinfo:
        actor.full_clean()
    assert "A Wikidata id looks like Q3874799." in excinfo.value.messages
    with pytest.raises(IntegrityError), transaction.atomic():
        actor.save()


def test_valid_wikidata_id_is_accepted():
    actor = factories.ActorFactory.build(wikidata_id="Q3874799")
    actor.full_clean()
    actor.save()


def test_second_stance_on_the_same_topic_is_refused(statement, topic):
    factories.StatementTopicFactory(statement=statement, topic=topic)
    second = StatementTopic(statement=statement, topic=topic, stance=StatementTopic.Stance.OPPOSES)
    with pytest.raises(ValidationError) as excinfo:
        second.full_clean()
    assert "This statement already has a stance on that topic." in excinfo.value.messages
    with pytest.raises(IntegrityError), transaction.atomic():
        second.save()


def test_source_url_must_be_http(db):
    source = factories.SourceFactory.build(url="javascript:alert(1)", outlet=None)
    with pytest.raises(ValidationError):
        source.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        source.save()


def test_month_precision_keeps_the_first_of_the_month(actor):
    statement = factories.StatementFactory(
        speaker=actor, said_on=datetime.date(2025, 9, 23), date_precision=Statement.Precision.MONTH
    )
    statement.refresh_from_db()
    assert statement.said_on == datetime.date(2025, 9, 1)


def test_topic_link_follows_the_statement_date(statement, topic):
    link = factories.StatementTopicFactory(statement=statement, topic=topic)
    statement.said_on = datetime.date(2024, 1, 2)
    statement.save()
    link.refresh_from_db()
    assert link.said_on == datetime.date(2024, 1, 2)


def test_every_edit_is_recorded_in_history(statement):
    statement.text = "Corrected wording."
    statement.save()
    assert [h.text for h in statement.history.order_by("history_date")][-1] == "Corrected wording."
    assert statement.history.count() == 2


def test_stances_and_source_chain_read_the_same_with_or_without_prefetching(django_assert_num_queries):
    statement = factories.StatementFactory()
    for name in ("Territory", "Air defence"):
        factories.StatementTopicFactory(statement=statement, topic=factories.TopicFactory(name=name))
    for position in (1, 0):
        factories.StatementSourceFactory(statement=statement, position=position)

    plain = Statement.objects.get(pk=statement.pk)
    expected_topics = [link.topic.name for link in plain.stances]
    expected_positions = [link.position for link in plain.source_chain]
    assert expected_topics == ["Air defence", "Territory"] and expected_positions == [0, 1]

    prefetched = Statement.objects.filter(pk=statement.pk).with_relations().get()
    with django_assert_num_queries(0):
        assert [link.topic.name for link in prefetched.stances] == expected_topics
        assert [link.position for link in prefetched.source_chain] == expected_positions
