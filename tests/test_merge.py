import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from tests import factories
from tracker import services
from tracker.models import Actor, Outlet, Source, Statement, StatementTopic, Topic

pytestmark = pytest.mark.django_db


@pytest.fixture
def duplicate_actor(actor):
    return factories.ActorFactory(name="Volodymyr Zelensky", slug="zelensky", wikidata_id="Q3874799")


def test_merging_actors_moves_every_statement_and_keeps_the_name_as_an_alias(editor_client, actor, duplicate_actor):
    spoken = factories.StatementFactory.create_batch(3, speaker=duplicate_actor)
    relayed = factories.StatementFactory(relayed_by=duplicate_actor)
    about = factories.StatementFactory()
    about.mentions.add(duplicate_actor)
    both = factories.StatementFactory()
    both.mentions.add(actor, duplicate_actor)
    event = factories.EventFactory()
    event.participants.add(duplicate_actor)
    factories.ActorAliasFactory(actor=duplicate_actor, name="Zelenskiy")
    total = Statement.objects.count()

    response = editor_client.post(
        reverse("admin:tracker_actor_changelist"),
        {
            "action": "merge_selected",
            ACTION_CHECKBOX_NAME: [actor.pk, duplicate_actor.pk],
            "survivor": actor.pk,
            "apply": "1",
        },
    )

    assert response.status_code == 302
    assert not Actor.objects.filter(pk=duplicate_actor.pk).exists()
    assert Statement.objects.count() == total
    assert set(actor.statements.all()) == set(spoken)
    assert list(actor.relayed_statements.all()) == [relayed]
    assert set(actor.mentioned_in.all()) == {about, both}
    assert list(both.mentions.all()) == [actor]
    assert list(event.participants.all()) == [actor]
    assert set(actor.aliases.values_list("name", flat=True)) == {"Volodymyr Zelensky", "Zelenskiy"}
    actor.refresh_from_db()
    assert actor.wikidata_id == "Q3874799"
    assert spoken[0].history.first().history_user.username == "editor"
    spoken[0].refresh_from_db()
    assert spoken[0].version == 2


def test_merge_action_first_asks_which_one_survives(editor_client, actor, duplicate_actor):
    response = editor_client.post(
        reverse("admin:tracker_actor_changelist"),
        {"action": "merge_selected", ACTION_CHECKBOX_NAME: [actor.pk, duplicate_actor.pk]},
    )
    assert response.status_code == 200
    assert 'name="survivor"' in response.content.decode()
    assert Actor.objects.count() == 2


def test_merging_actors_never_makes_a_speaker_relay_their_own_words(actor, duplicate_actor):
    statement = factories.StatementFactory(speaker=actor, relayed_by=duplicate_actor)
    reverse_case = factories.StatementFactory(speaker=duplicate_actor, relayed_by=actor)
    services.merge_actors(survivor=actor, other=duplicate_actor)
    for item in (statement, reverse_case):
        item.refresh_from_db()
        assert item.speaker == actor
        assert item.relayed_by is None


def test_merging_topics_respects_one_stance_per_topic_and_moves_children(editor_client, topic):
    other = factories.TopicFactory(name="Guarantees", keywords=["guarantee"])
    child = factories.TopicFactory(name="Article 5", parent=other)
    on_both = factories.StatementFactory()
    factories.StatementTopicFactory(statement=on_both, topic=topic, stance="supports")
    factories.StatementTopicFactory(statement=on_both, topic=other, stance="opposes")
    only_other = factories.StatementTopicFactory(topic=other, stance="neutral").statement

    response = editor_client.post(
        reverse("admin:tracker_topic_changelist"),
        {"action": "merge_selected", ACTION_CHECKBOX_NAME: [topic.pk, other.pk], "survivor": topic.pk, "apply": "1"},
    )

    assert response.status_code == 302
    assert not Topic.objects.filter(pk=other.pk).exists()
    assert dict(StatementTopic.objects.filter(topic=topic).values_list("statement", "stance")) == {
        on_both.pk: "supports",
        only_other.pk: "neutral",
    }
    child.refresh_from_db()
    assert child.parent == topic
    topic.refresh_from_db()
    assert topic.keywords == ["guarantee"]


def test_merging_a_topic_into_its_own_descendant_keeps_the_tree_acyclic():
    root = factories.TopicFactory(name="Security")
    middle = factories.TopicFactory(name="Guarantees", parent=root)
    leaf = factories.TopicFactory(name="Article 5", parent=middle)
    services.merge_topics(survivor=leaf, other=middle)
    leaf.refresh_from_db()
    assert leaf.parent == root
    assert Topic.objects.filter(pk=middle.pk).count() == 0


def test_merging_outlets_moves_their_sources(editor_client):
    keep, other = factories.OutletFactory(name="Reuters"), factories.OutletFactory(name="Reuters UK")
    sources = factories.SourceFactory.create_batch(2, outlet=other)
    response = editor_client.post(
        reverse("admin:tracker_outlet_changelist"),
        {"action": "merge_selected", ACTION_CHECKBOX_NAME: [keep.pk, other.pk], "survivor": keep.pk, "apply": "1"},
    )
    assert response.status_code == 302
    assert not Outlet.objects.filter(pk=other.pk).exists()
    assert set(Source.objects.filter(outlet=keep)) == set(sources)


def test_a_failing_merge_changes_nothing(actor, duplicate_actor, monkeypatch):
    statements = factories.StatementFactory.create_batch(2, speaker=duplicate_actor)

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(services, "_move_m2m", broken)
    with pytest.raises(RuntimeError):
        services.merge_actors(survivor=actor, other=duplicate_actor)
    assert Actor.objects.filter(pk=duplicate_actor.pk).exists()
    assert set(duplicate_actor.statements.all()) == set(statements)
