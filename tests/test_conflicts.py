import re

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from tests import factories
from tests.admin_forms import change_form_data
from tracker.models import Statement, StatementTopic

pytestmark = pytest.mark.django_db


@pytest.fixture
def statement(actor):
    return factories.StatementFactory(speaker=actor, speaker_title=actor.title)


@pytest.fixture
def second_editor_client(editor):
    other = factories.UserFactory(username="second-editor", is_staff=True)
    other.groups.add(Group.objects.get(name="Editors"))
    client = Client()
    client.force_login(other)
    return client


def change_url(obj):
    return reverse(f"admin:tracker_{obj._meta.model_name}_change", args=[obj.pk])


def test_change_form_carries_the_version_it_was_opened_at(editor_client, statement):
    Statement.objects.get(pk=statement.pk).save()  # version 2
    response = editor_client.get(change_url(statement))
    assert response.status_code == 200
    assert 'name="edit_version" value="2"' in response.content.decode()


def test_saving_an_up_to_date_form_saves_and_bumps_the_version(editor_client, statement):
    opened = editor_client.get(change_url(statement))
    response = editor_client.post(change_url(statement), change_form_data(opened, text="Edited once."))
    assert response.status_code == 302
    statement.refresh_from_db()
    assert statement.text == "Edited once."
    assert statement.version == 2


def test_a_stale_save_shows_the_conflict_and_overwrites_nothing(editor_client, second_editor_client, statement):
    mine = editor_client.get(change_url(statement))
    theirs = second_editor_client.get(change_url(statement))
    saved = second_editor_client.post(
        change_url(statement), change_form_data(theirs, text="Their wording.", setting="Kyiv")
    )
    assert saved.status_code == 302

    response = editor_client.post(change_url(statement), change_form_data(mine, text="My wording."))

    assert response.status_code == 409
    page = response.content.decode()
    assert "Nothing was saved" in page
    assert "Their wording." in page and "My wording." in page
    assert "by second-editor" in page
    differing = {row["name"]: row for row in response.context["differing"]}
    assert set(differing) == {"text", "setting"}
    assert differing["text"]["others_changed"] is True
    assert differing["text"]["saved"] == "Their wording."
    assert differing["text"]["yours"] == "My wording."
    statement.refresh_from_db()
    assert statement.text == "Their wording."
    assert statement.setting == "Kyiv"
    assert statement.version == 2


def test_conflict_shows_topic_changes_made_in_the_inline(editor_client, second_editor_client, statement):
    topic = factories.TopicFactory(name="Air defence")
    mine = editor_client.get(change_url(statement))
    theirs = second_editor_client.get(change_url(statement))
    data = change_form_data(theirs, **{"topic_stances-0-topic": str(topic.pk), "topic_stances-0-stance": "opposes"})
    assert second_editor_client.post(change_url(statement), data).status_code == 302

    response = editor_client.post(change_url(statement), change_form_data(mine, text="Mine."))

    assert response.status_code == 409
    topics_row = next(row for row in response.context["rows"] if row["name"] == "topic_stances")
    assert topics_row["saved"] == "Air defence: Opposes"
    assert topics_row["differs"]
    assert StatementTopic.objects.filter(statement=statement).count() == 1


def test_conflict_page_renders_hostile_text_inert(editor_client, second_editor_client, statement):
    mine = editor_client.get(change_url(statement))
    theirs = second_editor_client.get(change_url(statement))
    second_editor_client.post(change_url(statement), change_form_data(theirs, text="<script>alert(1)</script>"))
    response = editor_client.post(change_url(statement), change_form_data(mine, text='"><img src=x onerror=alert(2)>'))
    page = response.content.decode()
    assert "<script>alert(1)" not in page
    assert "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


@pytest.mark.parametrize(
    ("factory", "field", "first", "second"),
    [
        (factories.ActorFactory, "title", "President", "Prime Minister"),
        (factories.TopicFactory, "description", "One", "Two"),
        (factories.OutletFactory, "language", "en", "uk"),
        (factories.SourceFactory, "author", "A. Writer", "B. Writer"),
        (factories.EventFactory, "place", "Kyiv", "New York"),
        (factories.StatementFactory, "setting", "Kyiv", "New York"),
    ],
)
def test_every_edited_model_refuses_a_stale_save(editor_client, second_editor_client, factory, field, first, second):
    obj = factory()
    mine = editor_client.get(change_url(obj))
    theirs = second_editor_client.get(change_url(obj))
    assert second_editor_client.post(change_url(obj), change_form_data(theirs, **{field: first})).status_code == 302

    response = editor_client.post(change_url(obj), change_form_data(mine, **{field: second}))

    assert response.status_code == 409
    obj.refresh_from_db()
    assert getattr(obj, field) == first
    assert obj.version == 2


def test_after_a_conflict_the_editor_can_reopen_and_save(editor_client, second_editor_client, statement):
    mine = editor_client.get(change_url(statement))
    theirs = second_editor_client.get(change_url(statement))
    second_editor_client.post(change_url(statement), change_form_data(theirs, text="Theirs."))
    assert editor_client.post(change_url(statement), change_form_data(mine, text="Mine.")).status_code == 409

    reopened = editor_client.get(change_url(statement))
    response = editor_client.post(change_url(statement), change_form_data(reopened, text="Mine, after all."))

    assert response.status_code == 302
    statement.refresh_from_db()
    assert statement.text == "Mine, after all."
    assert statement.version == 3


def test_bulk_status_change_records_who_and_bumps_the_version(editor_client, actor):
    draft = factories.StatementFactory(speaker=actor, status=Statement.Status.DRAFT)
    data = {"action": "publish", "_selected_action": [draft.pk], "seen_version": f"{draft.pk}:1"}
    response = editor_client.post(reverse("admin:tracker_statement_changelist"), data)
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == Statement.Status.PUBLISHED
    assert draft.version == 2
    latest = draft.history.first()
    assert latest.history_user.username == "editor"
    assert latest.history_change_reason == "Bulk action: published"


def test_bulk_publish_leaves_alone_what_someone_saved_after_the_list_was_loaded(editor_client, actor):
    unchanged = factories.StatementFactory(speaker=actor, status=Statement.Status.DRAFT, text="As the editor read it.")
    edited = factories.StatementFactory(
        speaker=actor, status=Statement.Status.DRAFT, text="As the editor read it, too."
    )
    changelist = reverse("admin:tracker_statement_changelist")
    page = editor_client.get(changelist).content.decode()
    seen = re.findall(r'name="seen_version" value="([^"]+)"', page)
    assert sorted(seen) == sorted(f"{s.pk}:{s.version}" for s in (unchanged, edited))

    edited.text = "Rewritten by a colleague in the meantime."
    edited.save()
    response = editor_client.post(
        changelist,
        {"action": "publish", "_selected_action": [unchanged.pk, edited.pk], "seen_version": seen},
        follow=True,
    )

    unchanged.refresh_from_db()
    edited.refresh_from_db()
    assert unchanged.status == Statement.Status.PUBLISHED
    assert edited.status == Statement.Status.DRAFT, "nobody published words they had not seen"
    notices = [str(message) for message in response.context["messages"]]
    assert "1 statement(s) published." in notices
    assert any("someone saved it after you loaded this list" in n and f"#{edited.pk}" in n for n in notices)


# The check cannot be skipped by leaving the version out.


@pytest.mark.parametrize("extra", [{}, {"_popup": "1"}, {"edit_version": ""}, {"edit_version": "two"}])
def test_a_save_without_the_version_it_was_opened_at_is_refused_and_writes_nothing(editor_client, statement, extra):
    data = change_form_data(editor_client.get(change_url(statement)), text="Overwritten blindly.")
    del data["edit_version"]
    response = editor_client.post(change_url(statement), {**data, **extra})
    assert response.status_code == 409
    assert "the form did not say which version of this statement you opened" in response.content.decode()
    statement.refresh_from_db()
    assert (statement.text, statement.version) != ("Overwritten blindly.", 2)
    assert statement.version == 1
    assert statement.history.count() == 1


@pytest.mark.parametrize(
    "factory", [factories.ActorFactory, factories.TopicFactory, factories.OutletFactory, factories.EventFactory]
)
def test_every_edited_model_refuses_a_save_without_its_version(editor_client, factory):
    obj = factory()
    data = change_form_data(editor_client.get(change_url(obj)), name="Renamed blindly")
    del data["edit_version"]
    assert editor_client.post(change_url(obj), data).status_code == 409
    obj.refresh_from_db()
    assert (obj.name, obj.version) != ("Renamed blindly", 2)


@pytest.mark.parametrize("seen", [[], ["{first}:1"], ["{first}:1", "{second}:x"]], ids=["none", "one-of-two", "bad"])
def test_a_bulk_status_change_without_the_versions_seen_is_refused_and_writes_nothing(editor_client, actor, seen):
    first, second = factories.StatementFactory.create_batch(2, speaker=actor, status=Statement.Status.DRAFT)
    data = {
        "action": "publish",
        "_selected_action": [first.pk, second.pk],
        "seen_version": [value.format(first=first.pk, second=second.pk) for value in seen],
    }
    response = editor_client.post(reverse("admin:tracker_statement_changelist"), data)
    assert response.status_code == 409
    assert "the request did not say which versions of the selected statements you saw" in response.content.decode()
    assert set(Statement.objects.values_list("status", "version")) == {(Statement.Status.DRAFT, 1)}


def test_a_revert_without_the_version_it_was_opened_against_is_refused(editor_client, statement):
    opened = editor_client.get(change_url(statement))
    editor_client.post(change_url(statement), change_form_data(opened, text="Second wording."))
    first = statement.history.last()
    url = reverse("admin:tracker_statement_simple_history", args=[statement.pk, first.history_id])
    data = change_form_data(editor_client.get(url))
    del data["revert_from_version"]
    assert editor_client.post(url, data).status_code == 409
    statement.refresh_from_db()
    assert (statement.text, statement.version) == ("Second wording.", 2)
