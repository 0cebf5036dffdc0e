import datetime

import pytest
from django.test import Client
from django.urls import reverse

from tests import factories
from tests.admin_forms import change_form_data
from tracker.duplicates import find_near_duplicates, likely_duplicate_pairs
from tracker.interchange.nearby import near_duplicates
from tracker.models import Statement, StatementLink, StatementTopic

pytestmark = pytest.mark.django_db

ADD = reverse("admin:tracker_statement_add")
DUPLICATES = reverse("admin:tracker_statement_duplicates")
MERGE = reverse("admin:tracker_statement_merge_duplicate")
QUOTE = "President Trump is ready to give Ukraine security guarantees after this war finishes."
DAY = datetime.date(2025, 9, 23)


@pytest.fixture
def original(actor):
    return factories.StatementFactory(speaker=actor, text=QUOTE, said_on=DAY)


@pytest.mark.parametrize(
    "text",
    [
        QUOTE,
        "“President Trump is READY to give Ukraine security guarantees — after this war finishes”",
        "Trump is ready to give Ukraine security guarantees after this war finishes.",
        "President Trump is ready to give Ukraine security guarantees after the war finishes.",
    ],
)
def test_near_repeats_by_the_same_speaker_within_a_week_are_found(original, text):
    matches = find_near_duplicates(speaker=original.speaker, said_on=DAY + datetime.timedelta(days=7), text=text)
    assert [match.statement for match in matches] == [original]
    assert matches[0].score >= 90


def test_different_words_other_speakers_and_other_weeks_are_not_duplicates(original):
    other_speaker = factories.ActorFactory(name="Donald Trump")
    assert find_near_duplicates(speaker=original.speaker, said_on=DAY, text="We need more air defence now.") == []
    assert find_near_duplicates(speaker=other_speaker, said_on=DAY, text=QUOTE) == []
    assert find_near_duplicates(speaker=original.speaker, said_on=DAY + datetime.timedelta(days=8), text=QUOTE) == []
    assert find_near_duplicates(speaker=original.speaker, said_on=DAY, text=QUOTE, exclude_pk=original.pk) == []


def test_a_short_reply_does_not_match_everything_containing_its_words(actor):
    factories.StatementFactory(speaker=actor, text="No, we will not give up any territory to Russia.", said_on=DAY)
    assert find_near_duplicates(speaker=actor, said_on=DAY, text="No.") == []


def add_data(actor, text, **extra):
    data = {
        "speaker": actor.pk,
        "kind": "direct_quote",
        "text": text,
        "said_on": "2025-09-25",
        "date_precision": "day",
        "act": "claim",
        "attribution": "on_record",
        "status": "draft",
    }
    for prefix in ("topic_stances", "source_links", "links_out"):
        data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
    data.update(extra)
    return data


def test_saving_a_near_duplicate_warns_with_a_link_and_saves_nothing(editor_client, original):
    response = editor_client.post(ADD, add_data(original.speaker, QUOTE.upper()))

    assert response.status_code == 200
    page = response.content.decode()
    assert "nearly repeats a statement by the same speaker" in page
    assert reverse("admin:tracker_statement_change", args=[original.pk]) in page
    assert 'type="checkbox" name="save_anyway"' in page
    assert Statement.objects.count() == 1


def test_the_editor_can_save_a_near_duplicate_deliberately(editor_client, original):
    response = editor_client.post(ADD, add_data(original.speaker, QUOTE.upper(), save_anyway="on"))
    assert response.status_code == 302
    assert Statement.objects.count() == 2


def test_a_new_statement_shows_no_save_anyway_box(editor_client, actor):
    page = editor_client.get(ADD).content.decode()
    assert 'type="checkbox" name="save_anyway"' not in page
    response = editor_client.post(ADD, add_data(actor, "Completely new words about air defence today."))
    assert response.status_code == 302


def test_editing_other_fields_of_a_known_duplicate_does_not_warn_again(editor_client, original):
    twin = factories.StatementFactory(speaker=original.speaker, text=QUOTE, said_on=DAY)
    url = reverse("admin:tracker_statement_change", args=[twin.pk])
    response = editor_client.post(url, change_form_data(editor_client.get(url), setting="New York"))
    assert response.status_code == 302
    twin.refresh_from_db()
    assert twin.setting == "New York"


def test_duplicates_page_lists_pairs_for_editors_only(editor_client, original):
    twin = factories.StatementFactory(speaker=original.speaker, text=QUOTE.lower(), said_on=DAY)
    factories.StatementFactory(speaker=original.speaker, text="Entirely different words on energy.", said_on=DAY)

    assert Client().get(DUPLICATES).status_code == 302  # anonymous: to the login page
    response = editor_client.get(DUPLICATES)

    assert response.status_code == 200
    assert [(p.first, p.second) for p in response.context["pairs"]] == [(original, twin)]
    assert f"Keep #{original.pk}, merge #{twin.pk} into it" in response.content.decode()


def test_merging_a_draft_duplicate_moves_its_links_and_deletes_it(editor_client, original):
    guarantees, air = factories.TopicFactory(name="Guarantees"), factories.TopicFactory(name="Air defence")
    factories.StatementTopicFactory(statement=original, topic=guarantees, stance="supports")
    draft = factories.StatementFactory(
        speaker=original.speaker, text=QUOTE, said_on=DAY, status=Statement.Status.DRAFT, setting="New York"
    )
    factories.StatementTopicFactory(statement=draft, topic=guarantees, stance="opposes")
    factories.StatementTopicFactory(statement=draft, topic=air, stance="neutral")
    source = factories.StatementSourceFactory(statement=draft).source
    mentioned = factories.ActorFactory(name="Donald Trump")
    draft.mentions.add(mentioned)
    follow_up = factories.StatementFactory(speaker=original.speaker, said_on=DAY)
    StatementLink.objects.create(from_statement=follow_up, relation="reaffirms", to_statement=draft)

    response = editor_client.post(MERGE, {"keep": original.pk, "drop": draft.pk})

    assert response.status_code == 302
    assert not Statement.objects.filter(pk=draft.pk).exists()
    original.refresh_from_db()
    assert dict(original.topic_stances.values_list("topic__name", "stance")) == {
        "Guarantees": "supports",
        "Air defence": "neutral",
    }
    assert list(original.sources.all()) == [source]
    assert list(original.mentions.all()) == [mentioned]
    assert list(follow_up.links_out.values_list("to_statement", flat=True)) == [original.pk]
    assert original.setting == "New York"
    assert original.history.first().history_user.username == "editor"
    assert "Merged duplicate statement" in original.history.first().history_change_reason


def test_merging_a_published_duplicate_retracts_it_with_a_note(editor_client, original):
    twin = factories.StatementFactory(speaker=original.speaker, text=QUOTE, said_on=DAY)
    editor_client.post(MERGE, {"keep": twin.pk, "drop": original.pk})
    original.refresh_from_db()
    assert original.status == Statement.Status.RETRACTED
    assert f"Duplicate of statement #{twin.pk}" in original.correction_note
    assert likely_duplicate_pairs() == []


def test_merge_with_bad_input_never_fails_loudly(editor_client, original):
    assert editor_client.post(MERGE, {"keep": "x", "drop": ""}).status_code == 302
    assert editor_client.post(MERGE, {"keep": original.pk, "drop": original.pk}).status_code == 302
    assert editor_client.post(MERGE, {"keep": original.pk, "drop": 999999}).status_code == 404
    assert editor_client.get(MERGE).status_code == 405
    assert StatementTopic.objects.count() == 0


def test_the_pairs_list_scores_as_the_save_warning_does(actor):
    """The list compares each new entry with the speaker's week in one batch; its rules are the save
    warning's and the import's."""
    long_reply = factories.StatementFactory(speaker=actor, text="No, we will not give up any territory to Russia.")
    factories.StatementFactory(speaker=actor, text="No.", said_on=DAY + datetime.timedelta(days=1))
    repeat = factories.StatementFactory(
        speaker=actor, text="We will not give up any territory to Russia.", said_on=DAY + datetime.timedelta(days=2)
    )
    factories.StatementFactory(speaker=actor, text="We will not give up any territory.", said_on=DAY.replace(year=2024))

    pairs = likely_duplicate_pairs()
    assert [(pair.first, pair.second, pair.score) for pair in pairs] == [(long_reply, repeat, 100.0)]
    warned = find_near_duplicates(speaker=actor, said_on=repeat.said_on, text=repeat.text, exclude_pk=repeat.pk)
    assert [(match.statement, match.score) for match in warned] == [(long_reply, 100.0)]
    imported = {"_number": 1, "speaker": actor.slug, "said_on": repeat.said_on, "text": repeat.text}
    check = near_duplicates([{**imported, "fingerprint": repeat.fingerprint}], {actor.slug: actor.pk})
    assert [(warning.statement_id, warning.score) for warning in check.warnings] == [
        (repeat.pk, 100.0),
        (long_reply.pk, 100.0),
    ]


def test_a_kept_comparison_follows_every_change_in_the_week(actor, original):
    """Each entry's matches are kept by its week's ids, fingerprints and retractions: any change there is seen."""
    twin = factories.StatementFactory(speaker=actor, text=QUOTE.lower(), said_on=DAY + datetime.timedelta(days=2))

    def pairs():
        return [(pair.first.pk, pair.second.pk) for pair in likely_duplicate_pairs()]

    assert pairs() == [(original.pk, twin.pk)]
    twin.text = "Entirely different words on energy and gas transit."
    twin.save()
    assert pairs() == []
    twin.text = QUOTE
    twin.save()
    assert pairs() == [(original.pk, twin.pk)]
    twin.said_on = DAY + datetime.timedelta(days=8)
    twin.save()
    assert pairs() == []
    twin.said_on = DAY
    twin.save()
    assert pairs() == [(original.pk, twin.pk)]
    twin.status = Statement.Status.RETRACTED
    twin.save()
    assert pairs() == []
    twin.status = Statement.Status.PUBLISHED
    twin.speaker = factories.ActorFactory(name="Donald Trump")
    twin.save()
    assert pairs() == []
    third = factories.StatementFactory(speaker=actor, text=QUOTE, said_on=DAY - datetime.timedelta(days=7))
    assert pairs() == [(third.pk, original.pk)]
