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
