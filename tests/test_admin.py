import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests import factories
from tracker.models import Statement, StatementSource, StatementTopic

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:tracker_statement_changelist")
ADD = reverse("admin:tracker_statement_add")
PASSWORD = "correct horse battery staple"


def management(prefix, total):
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def seen(statement):
    """The version the change list shows for a row, as a bulk action posts it back."""
    return {"seen_version": f"{statement.pk}:{statement.version}"}


@pytest.fixture
def logged_in_editor(client, editor):
    response = client.post(
        reverse("admin:login"), {"username": editor.username, "password": PASSWORD, "next": CHANGELIST}
    )
    assert response.status_code == 302, "the editor could not log in"
    return client


def test_editor_creates_a_statement_with_topics_and_a_source_chain_in_one_submission(logged_in_editor, actor):
    guarantees, air_defence = (
        factories.TopicFactory(name="Security guarantees"),
        factories.TopicFactory(name="Air defence"),
    )
    remarks = factories.SourceFactory(outlet=None, url="", title="Remarks to the press")
    report = factories.SourceFactory(title="European Pravda report")
    data = {
        "speaker": actor.pk,
        "speaker_title": "",
        "kind": "direct_quote",
        "text": "President Trump is ready to give Ukraine security guarantees after this war finishes.",
        "condition": "after this war finishes",
        "said_on": "2025-09-23",
        "date_precision": "day",
        "act": "claim",
        "attribution": "on_record",
        "status": "draft",
        **management("topic_stances", 2),
        "topic_stances-0-topic": guarantees.pk,
        "topic_stances-0-stance": "supports",
        "topic_stances-1-topic": air_defence.pk,
        "topic_stances-1-stance": "neutral",
        **management("source_links", 2),
        "source_links-0-position": "0",
        "source_links-0-source": remarks.pk,
        "source_links-0-role": "original",
        "source_links-1-position": "1",
        "source_links-1-source": report.pk,
        "source_links-1-role": "reported_by",
        **management("links_out", 0),
    }
    response = logged_in_editor.post(ADD, data)
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else response

    statement = Statement.objects.get()
    assert statement.status == Statement.Status.DRAFT
    assert statement.speaker_title == actor.title
    assert statement.created_by.username == "editor"
    assert dict(statement.topic_stances.values_list("topic__name", "stance")) == {
        "Security guarantees": "supports",
        "Air defence": "neutral",
    }
    assert list(statement.source_links.values_list("source__title", "role")) == [
        ("Remarks to the press", StatementSource.Role.ORIGINAL),
        ("European Pravda report", StatementSource.Role.REPORTED_BY),
    ]

    response = logged_in_editor.post(
        CHANGELIST, {"action": "publish", ACTION_CHECKBOX_NAME: [statement.pk], **seen(statement)}, follow=True
    )
    assert "1 statement(s) published." in response.content.decode()
    statement.refresh_from_db()
    assert statement.status == Statement.Status.PUBLISHED
    assert statement.published_at is not None
    assert statement.history.first().history_user.username == "editor"


def test_second_stance_on_one_topic_is_refused_in_the_form(logged_in_editor, actor, topic):
    data = {
        "speaker": actor.pk,
        "kind": "direct_quote",
        "text": "Something",
        "said_on": "2025-09-23",
        "date_precision": "day",
        "act": "claim",
        "attribution": "on_record",
        "status": "draft",
        **management("topic_stances", 2),
        "topic_stances-0-topic": topic.pk,
        "topic_stances-0-stance": "supports",
        "topic_stances-1-topic": topic.pk,
        "topic_stances-1-stance": "opposes",
        **management("source_links", 0),
        **management("links_out", 0),
    }
    response = logged_in_editor.post(ADD, data)
    assert response.status_code == 200
    assert "Please correct the duplicate data for topic" in response.content.decode()
    assert not Statement.objects.exists()


def test_editor_cannot_delete_a_published_statement(logged_in_editor, statement):
    delete_url = reverse("admin:tracker_statement_delete", args=[statement.pk])
    assert logged_in_editor.get(delete_url).status_code == 403
    assert logged_in_editor.post(delete_url, {"post": "yes"}).status_code == 403
    response = logged_in_editor.post(CHANGELIST, {"action": "delete_selected", ACTION_CHECKBOX_NAME: [statement.pk]})
    assert Statement.objects.filter(pk=statement.pk).exists()
    assert response.status_code in (200, 302)


def test_editor_may_delete_a_draft(logged_in_editor, actor):
    draft = factories.StatementFactory(speaker=actor, status=Statement.Status.DRAFT)
    delete_url = reverse("admin:tracker_statement_delete", args=[draft.pk])
    logged_in_editor.post(delete_url, {"post": "yes"})
    assert not Statement.objects.filter(pk=draft.pk).exists()


def test_retract_and_review_actions_move_the_status(logged_in_editor, statement):
    logged_in_editor.post(CHANGELIST, {"action": "retract", ACTION_CHECKBOX_NAME: [statement.pk], **seen(statement)})
    statement.refresh_from_db()
    assert statement.status == Statement.Status.RETRACTED
    data = {"action": "send_to_review", ACTION_CHECKBOX_NAME: [statement.pk], **seen(statement)}
    logged_in_editor.post(CHANGELIST, data)
    statement.refresh_from_db()
    assert statement.status == Statement.Status.REVIEW


def test_add_topic_action_asks_for_the_topic_then_adds_it(logged_in_editor, statement, topic):
    selected = {"action": "add_topic", ACTION_CHECKBOX_NAME: [statement.pk]}
    response = logged_in_editor.post(CHANGELIST, selected)
    assert "Add a topic to 1 statement" in response.content.decode()
    response = logged_in_editor.post(
        CHANGELIST, {**selected, "apply": "1", "topic": topic.pk, "stance": "opposes"}, follow=True
    )
    assert "Added “Security guarantees” to 1 statement." in response.content.decode()
    assert statement.topic_stances.get().stance == StatementTopic.Stance.OPPOSES


def test_change_list_queries_do_not_grow_with_rows(logged_in_editor, actor):
    factories.StatementFactory.create_batch(3, speaker=actor)
    with CaptureQueriesContext(connection) as few:
        assert logged_in_editor.get(CHANGELIST).status_code == 200
    factories.StatementFactory.create_batch(30)
    with CaptureQueriesContext(connection) as many:
        response = logged_in_editor.get(CHANGELIST)
    assert response.status_code == 200
    assert "33 statements" in response.content.decode() or "33 results" in response.content.decode()
    assert len(many) == len(few)


def test_autocomplete_finds_actors_by_alias(logged_in_editor, actor):
    factories.ActorAliasFactory(actor=actor, name="Zelenskiy")
    response = logged_in_editor.get(
        reverse("admin:autocomplete"),
        {"term": "zelenskiy", "app_label": "tracker", "model_name": "statement", "field_name": "speaker"},
    )
    assert response.status_code == 200
    assert [r["text"] for r in response.json()["results"]] == ["Volodymyr Zelenskyy"]


def test_date_hierarchy_offers_the_years_from_first_to_last_statement(logged_in_editor, actor):
    import datetime

    factories.StatementFactory(speaker=actor, said_on=datetime.date(2023, 5, 1))
    factories.StatementFactory(speaker=actor, said_on=datetime.date(2025, 9, 23))
    page = logged_in_editor.get(CHANGELIST).content.decode()
    assert all(f"said_on__year={year}" in page for year in (2023, 2024, 2025))
    page = logged_in_editor.get(CHANGELIST, {"said_on__year": "2025"}).content.decode()
    assert "said_on__month=9" in page and "said_on__month=10" not in page
    page = logged_in_editor.get(CHANGELIST, {"said_on__year": "2025", "said_on__month": "9"}).content.decode()
    assert "said_on__day=23" in page


def test_date_hierarchy_within_one_year_opens_on_its_months(logged_in_editor, actor):
    import datetime

    factories.StatementFactory(speaker=actor, said_on=datetime.date(2025, 3, 1))
    factories.StatementFactory(speaker=actor, said_on=datetime.date(2025, 9, 23))
    page = logged_in_editor.get(CHANGELIST).content.decode()
    assert "said_on__month=3" in page and "said_on__month=9" in page and "said_on__year=2024" not in page


def test_filtering_the_change_list_by_topic_lists_each_statement_once_without_distinct(logged_in_editor, actor):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    parent = factories.TopicFactory(name="Air defence")
    child = factories.TopicFactory(name="Patriot systems", parent=parent)
    both = factories.StatementFactory(speaker=actor, text="Patriots and air defence")
    factories.StatementTopicFactory(statement=both, topic=parent)
    factories.StatementTopicFactory(statement=both, topic=child)
    factories.StatementFactory(speaker=actor, text="Not about it")
    with CaptureQueriesContext(connection) as captured:
        page = logged_in_editor.get(CHANGELIST, {"topics__id__in": f"{parent.pk},{child.pk}"}).content.decode()
    assert page.count(f"/statement/{both.pk}/change/") == 1 and "Not about it" not in page
    rows = 'DISTINCT "tracker_statement"."id"'  # (the date hierarchy's distinct days are fine)
    assert not any(rows in query["sql"] for query in captured.captured_queries)


def test_the_change_list_of_one_topic_counts_and_dates_its_statements_of_every_status(logged_in_editor, actor):
    import datetime

    topic, other = factories.TopicFactory(name="Sanctions"), factories.TopicFactory(name="Trade")
    for said_on, status in ((datetime.date(2023, 5, 1), "draft"), (datetime.date(2025, 9, 23), "published")):
        statement = factories.StatementFactory(speaker=actor, said_on=said_on, status=status)
        factories.StatementTopicFactory(statement=statement, topic=topic)
        factories.StatementTopicFactory(statement=statement, topic=other)
    factories.StatementTopicFactory(statement__said_on=datetime.date(2021, 1, 1), topic=other)
    page = logged_in_editor.get(CHANGELIST, {"topics__id__exact": topic.pk}).content.decode()
    assert "2 statements" in page or "2 results" in page
    assert all(f"said_on__year={year}" in page for year in (2023, 2024, 2025)) and "said_on__year=2021" not in page
    page = logged_in_editor.get(CHANGELIST, {"topics__id__exact": other.pk, "status__exact": "draft"}).content.decode()
    assert "1 statement" in page or "1 result" in page


def test_the_change_list_of_one_topic_lists_newest_first_like_the_whole_list(logged_in_editor, actor):
    import datetime
    import re

    topic = factories.TopicFactory(name="Sanctions")
    days = [datetime.date(2024, 3, 1), datetime.date(2025, 1, 9), datetime.date(2025, 1, 9), datetime.date(2023, 7, 4)]
    other = factories.TopicFactory(name="Trade")
    for said_on in days:
        statement = factories.StatementFactory(speaker=actor, said_on=said_on)
        factories.StatementTopicFactory(statement=statement, topic=topic)
        factories.StatementTopicFactory(statement=statement, topic=other)  # listed once all the same

    def listed(params):
        page = logged_in_editor.get(CHANGELIST, params).content.decode()
        return [int(pk) for pk in re.findall(r"/tracker/statement/(\d+)/change/", page)]

    newest_first = listed({})
    assert len(newest_first) == 4
    assert listed({"topics__id__exact": topic.pk}) == newest_first
    for order in ("3", "-3"):  # sorted by the date column, either way
        assert listed({"topics__id__exact": topic.pk, "o": order}) == listed({"o": order})


def test_admin_search_finds_words_speakers_and_ids(logged_in_editor, actor):
    factories.ActorAliasFactory(actor=actor, name="Zelenskiy")
    wanted = factories.StatementFactory(speaker=actor, text="The guarantees must hold after the war.")
    other = factories.StatementFactory(text="Sanctions will stay.")

    def found(term):
        response = logged_in_editor.get(CHANGELIST, {"q": term})
        return {pk for pk in (wanted.pk, other.pk) if f"/statement/{pk}/change/" in response.content.decode()}

    assert found("guarantee") == {wanted.pk}
    assert found("Zelenskiy") == {wanted.pk}
    assert found(f"#{other.pk}") == {other.pk}


def test_change_list_links_to_add_from_article_import_and_likely_duplicates(logged_in_editor):
    page = logged_in_editor.get(CHANGELIST).content.decode()
    assert reverse("admin:tracker_statement_import") in page
    assert reverse("admin:tracker_statement_duplicates") in page
    assert reverse("admin:tracker_statement_add_from_article") in page
