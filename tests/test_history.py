import pytest
from django.test import Client
from django.urls import reverse

from tests import factories
from tests.admin_forms import change_form_data
from tracker.models import Statement

pytestmark = pytest.mark.django_db


@pytest.fixture
def statement(actor):
    return factories.StatementFactory(speaker=actor, speaker_title=actor.title, text="We are ready to talk.")


def change_url(obj):
    return reverse(f"admin:tracker_{obj._meta.model_name}_change", args=[obj.pk])


def diff_url(obj, record):
    return reverse(f"admin:tracker_{obj._meta.model_name}_history_diff", args=[obj.pk, record.history_id])


def edit(client, obj, **changes):
    response = client.post(change_url(obj), change_form_data(client.get(change_url(obj)), **changes))
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else response
    obj.refresh_from_db()


def test_every_admin_save_is_recorded_with_who_and_when(editor_client, statement):
    edit(editor_client, statement, text="We are ready to talk now.")
    latest = statement.history.first()
    assert latest.history_user.username == "editor"
    assert latest.text == "We are ready to talk now."
    assert statement.history.count() == 2


def test_diff_view_shows_field_and_topic_changes_readably(editor_client, statement):
    topic = factories.TopicFactory(name="Air defence")
    edit(
        editor_client,
        statement,
        text="We are ready to talk now.",
        kind="paraphrase",
        **{"topic_stances-0-topic": str(topic.pk), "topic_stances-0-stance": "supports"},
    )

    history_page = editor_client.get(reverse("admin:tracker_statement_history", args=[statement.pk]))
    latest = statement.history.first()
    assert diff_url(statement, latest) in history_page.content.decode()

    response = editor_client.get(diff_url(statement, latest))
    assert response.status_code == 200
    changes = {change["field"]: (change["old"], change["new"]) for change in response.context["changes"]}
    assert changes["Text"] == ("We are ready to talk.", "We are ready to talk now.")
    assert changes["Kind"] == ("Direct quote", "Paraphrase")
    assert response.context["related_changes"] == [
        {"label": "topics and stances", "removed": [], "added": ["Air defence: Supports"]}
    ]
    page = response.content.decode()
    assert "+ Air defence: Supports" in page
    assert "by editor" in page or "editor" in page


def test_diff_view_shows_a_changed_stance_as_removed_and_added(editor_client, statement):
    topic = factories.TopicFactory(name="Air defence")
    edit(editor_client, statement, **{"topic_stances-0-topic": str(topic.pk), "topic_stances-0-stance": "supports"})
    edit(editor_client, statement, **{"topic_stances-0-stance": "opposes"})

    response = editor_client.get(diff_url(statement, statement.history.first()))

    assert response.context["related_changes"] == [
        {"label": "topics and stances", "removed": ["Air defence: Supports"], "added": ["Air defence: Opposes"]}
    ]


def test_the_first_version_has_nothing_to_compare(editor_client, statement):
    response = editor_client.get(diff_url(statement, statement.history.last()))
    assert response.status_code == 200
    assert "first recorded version" in response.content.decode()


@pytest.mark.parametrize("factory", [factories.ActorFactory, factories.TopicFactory, factories.OutletFactory])
def test_other_models_have_a_diff_view_too(editor_client, factory):
    obj = factory(name="Before")
    edit(editor_client, obj, name="After")
    response = editor_client.get(diff_url(obj, obj.history.first()))
    assert [(c["field"], c["old"], c["new"]) for c in response.context["changes"]] == [("Name", "Before", "After")]


def test_diff_view_refuses_strangers_and_unknown_versions(editor_client, statement):
    record = statement.history.first()
    assert Client().get(diff_url(statement, record)).status_code == 302
    missing = reverse("admin:tracker_statement_history_diff", args=[statement.pk, 999999])
    assert editor_client.get(missing).status_code == 404
    other = factories.StatementFactory()
    wrong_pair = reverse("admin:tracker_statement_history_diff", args=[other.pk, record.history_id])
    assert editor_client.get(wrong_pair).status_code == 404


def test_revert_restores_an_earlier_version_and_keeps_versions_increasing(editor_client, statement):
    first = statement.history.last()
    edit(editor_client, statement, text="A wording we regret.")
    assert statement.version == 2

    revert_url = reverse("admin:tracker_statement_simple_history", args=[statement.pk, first.history_id])
    response = editor_client.post(revert_url, change_form_data(editor_client.get(revert_url)))

    assert response.status_code == 302
    statement.refresh_from_db()
    assert statement.text == "We are ready to talk."
    assert statement.version == 3
    assert statement.history.count() == 3
    assert Statement.objects.count() == 1


def revert(client, statement, record):
    url = reverse("admin:tracker_statement_simple_history", args=[statement.pk, record.history_id])
    page = client.get(url)
    response = client.post(url, change_form_data(page), follow=True)
    statement.refresh_from_db()
    return page, response


def test_revert_brings_back_the_topics_and_sources_of_that_version(editor_client, statement):
    guarantees, territory = factories.TopicFactory(name="Guarantees"), factories.TopicFactory(name="Territory")
    wire = factories.SourceFactory(title="Wire story")
    edit(
        editor_client, statement, **{"topic_stances-0-topic": str(guarantees.pk), "topic_stances-0-stance": "supports"}
    )
    chosen = statement.history.first()
    edit(
        editor_client,
        statement,
        **{
            "topic_stances-0-stance": "opposes",
            "topic_stances-1-topic": str(territory.pk),
            "topic_stances-1-stance": "mixed",
            "topic_stances-TOTAL_FORMS": "2",
            "source_links-0-source": str(wire.pk),
            "source_links-0-position": "0",
        },
    )
    assert {(link.topic.name, link.stance) for link in statement.topic_stances.all()} == {
        ("Guarantees", "opposes"),
        ("Territory", "mixed"),
    }
    assert statement.source_links.count() == 1

    page, response = revert(editor_client, statement, chosen)

    assert "Restored with this version" in page.content.decode() and "Guarantees: Supports" in page.content.decode()
    assert response.status_code == 200
    assert [(link.topic.name, link.stance) for link in statement.topic_stances.all()] == [("Guarantees", "supports")]
    assert statement.source_links.count() == 0
    newest = editor_client.get(diff_url(statement, statement.history.first()))
    assert newest.status_code == 200


def test_revert_says_which_rows_could_not_come_back(editor_client, statement):
    doomed = factories.TopicFactory(name="Doomed topic")
    edit(editor_client, statement, **{"topic_stances-0-topic": str(doomed.pk), "topic_stances-0-stance": "supports"})
    chosen = statement.history.first()
    edit(editor_client, statement, **{"topic_stances-0-DELETE": "on"})
    doomed.delete()

    _page, response = revert(editor_client, statement, chosen)

    assert (
        "Not restored" in response.content.decode()
        and "pointing to something since deleted" in response.content.decode()
    )
    assert statement.topic_stances.count() == 0
    assert statement.version == 4, "the statement's own fields were still reverted"
    assert editor_client.get(diff_url(statement, chosen)).status_code == 200, "the diff names the row without it"


def test_reverting_after_someone_else_saved_shows_the_conflict_and_writes_nothing(editor_client, statement):
    first = statement.history.last()
    edit(editor_client, statement, text="A wording we regret.")
    url = reverse("admin:tracker_statement_simple_history", args=[statement.pk, first.history_id])
    page = editor_client.get(url)
    assert f'name="revert_from_version" value="{statement.version}"' in page.content.decode()

    edit(editor_client, statement, text="A colleague's better wording.")
    response = editor_client.post(url, change_form_data(page) | {"revert_from_version": "2"})

    assert response.status_code == 409
    statement.refresh_from_db()
    assert statement.text == "A colleague's better wording." and statement.version == 3
