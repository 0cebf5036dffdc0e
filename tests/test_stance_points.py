"""The stance points table behind positions, shifts and the stance matrix stays exact after every
write: each test writes one way and compares the table with the rule computed from scratch in
Python (tests/stance_reference.py), and with what readers see. The random sequences of edits
check the stance counts (tracker/rollups/stance_counts.py) too."""

import datetime
import importlib
import io
import random
from types import SimpleNamespace

import pytest
from django.apps import apps as django_apps
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.management import CommandError, call_command
from django.db import connection
from django.urls import reverse

from tests import factories
from tests.stance_reference import assert_points_exact, assert_stance_counts_exact
from tracker import positions, services, stances
from tracker.db import stancepoints
from tracker.interchange import export_document, import_document
from tracker.models import StancePoint, Statement, StatementTopic, Topic, TrackCount

pytestmark = pytest.mark.django_db

D = datetime.date
CHANGELIST = reverse("admin:tracker_statement_changelist")


@pytest.fixture
def tree(db):
    """Defence ⊃ Air defence ⊃ Patriot systems; Trade apart."""
    defence = factories.TopicFactory(name="Defence")
    air = factories.TopicFactory(name="Air defence", parent=defence)
    patriot = factories.TopicFactory(name="Patriot systems", parent=air)
    trade = factories.TopicFactory(name="Trade")
    return {"defence": defence, "air": air, "patriot": patriot, "trade": trade}


@pytest.fixture
def ana(db):
    return factories.ActorFactory(name="Ana")


def say(speaker, on, *stances_on, status=Statement.Status.PUBLISHED):
    statement = factories.StatementFactory(speaker=speaker, said_on=on, status=status)
    for topic, stance in stances_on:
        StatementTopic.objects.create(statement=statement, topic=topic, stance=stance)
    return statement


def current(topic, actor):
    return {standing.actor.pk: standing.current.stance for standing in positions.standings(topic)}.get(actor.pk)


def test_a_draft_never_enters_the_table_and_publishing_adds_it(tree, ana):
    draft = say(ana, D(2025, 3, 1), (tree["air"], "supports"), status=Statement.Status.DRAFT)
    assert not StancePoint.objects.filter(statement=draft).exists()
    draft.status = Statement.Status.PUBLISHED
    draft.save()
    assert set(StancePoint.objects.filter(statement=draft).values_list("topic__name", flat=True)) == {
        "Air defence",
        "Defence",
    }
    assert current(tree["defence"], ana) == "supports"
    assert_points_exact()


@pytest.mark.parametrize("status", [Statement.Status.DRAFT, Statement.Status.REVIEW, Statement.Status.RETRACTED])
def test_unpublishing_or_retracting_takes_the_point_out_and_relinks_the_next(tree, ana, status):
    say(ana, D(2025, 1, 1), (tree["air"], "opposes"))
    middle = say(ana, D(2025, 2, 1), (tree["air"], "supports"))
    last = say(ana, D(2025, 3, 1), (tree["air"], "opposes"))
    assert [shift.after for shift in positions.shifts(topics=[tree["air"]])] == [last, middle]
    middle.status = status
    middle.save()
    assert positions.shifts(topics=[tree["air"]]) == []
    assert_points_exact()


def test_a_new_date_moves_the_point_and_both_neighbourhoods(tree, ana):
    first = say(ana, D(2025, 1, 1), (tree["patriot"], "opposes"))
    say(ana, D(2025, 2, 1), (tree["patriot"], "opposes"))
    moved = say(ana, D(2025, 3, 1), (tree["patriot"], "supports"))
    moved.said_on = D(2024, 12, 1)
    moved.save()
    assert [(shift.before, shift.after) for shift in positions.shifts(topics=[tree["patriot"]])] == [(moved, first)]
    assert current(tree["defence"], ana) == "opposes"
    assert_points_exact()


def test_a_new_speaker_moves_the_points_to_the_other_track(tree, ana):
    ben = factories.ActorFactory(name="Ben")
    statement = say(ana, D(2025, 1, 1), (tree["trade"], "mixed"))
    say(ben, D(2025, 2, 1), (tree["trade"], "supports"))
    statement.speaker = ben
    statement.save()
    assert current(tree["trade"], ana) is None
    assert [str(shift) for shift in positions.shifts()] == ["Ben on Trade: mixed → supports, 1 Feb 2025"]
    assert_points_exact()


def test_stance_changes_and_topics_added_or_removed(tree, ana):
    say(ana, D(2025, 1, 1), (tree["air"], "supports"))
    statement = say(ana, D(2025, 2, 1), (tree["air"], "supports"))
    stance = statement.topic_stances.get()
    stance.stance = "opposes"
    stance.save()
    assert current(tree["defence"], ana) == "opposes"
    added = StatementTopic.objects.create(statement=statement, topic=tree["trade"], stance="neutral")
    assert current(tree["trade"], ana) == "neutral"
    assert_points_exact()
    added.delete()
    stance.delete()
    assert current(tree["trade"], ana) is None
    assert current(tree["air"], ana) == "supports"
    assert_points_exact()


def test_same_day_statements_follow_entry_order(tree, ana):
    day = D(2025, 5, 5)
    first = say(ana, day, (tree["trade"], "supports"))
    second = say(ana, day, (tree["trade"], "opposes"))
    assert current(tree["trade"], ana) == "opposes"
    assert [(shift.before, shift.after) for shift in positions.shifts()] == [(first, second)]
    second.topic_stances.get().delete()
    assert current(tree["trade"], ana) == "supports"
    assert_points_exact()


def test_a_statement_counts_once_per_scope_with_its_stance_on_the_topic_itself(tree, ana):
    both = say(ana, D(2025, 4, 1), (tree["patriot"], "opposes"), (tree["air"], "supports"))
    rows = dict(StancePoint.objects.filter(statement=both).values_list("topic__name", "stance"))
    assert rows == {"Patriot systems": "opposes", "Air defence": "supports", "Defence": "supports"}
    later = say(ana, D(2025, 5, 1), (tree["patriot"], "supports"))
    # The change shows on Patriot systems only; over all topics it is listed once, on the narrowest.
    assert [(str(shift.topic), shift.after) for shift in positions.shifts()] == [("Patriot systems", later)]
    assert_points_exact()


def test_moving_a_topic_under_another_rebuilds_the_scopes_above_it(tree, ana):
    say(ana, D(2025, 1, 1), (tree["patriot"], "opposes"))
    say(ana, D(2025, 2, 1), (tree["trade"], "supports"))
    tree["patriot"].parent = tree["trade"]
    tree["patriot"].save()
    assert current(tree["defence"], ana) is None
    assert current(tree["trade"], ana) == "supports"
    assert [str(shift) for shift in positions.shifts(topics=[tree["trade"]])] == [
        "Ana on Trade: opposes → supports, 1 Feb 2025"
    ]
    assert_points_exact()
    tree["patriot"].parent = None
    tree["patriot"].save()
    assert_points_exact()


def test_deleting_a_statement_relinks_the_track(tree, ana):
    say(ana, D(2025, 1, 1), (tree["air"], "opposes"))
    middle = say(ana, D(2025, 2, 1), (tree["air"], "supports"))
    last = say(ana, D(2025, 3, 1), (tree["air"], "opposes"))
    middle.delete()
    assert positions.shifts() == []
    Statement.objects.filter(pk=last.pk).delete()
    assert_points_exact()


def test_merging_actors_joins_their_tracks(tree, ana):
    twin = factories.ActorFactory(name="Ana (duplicate)")
    say(ana, D(2025, 1, 1), (tree["trade"], "supports"))
    say(twin, D(2025, 2, 1), (tree["trade"], "opposes"))
    services.merge_actors(survivor=ana, other=twin)
    assert [str(shift) for shift in positions.shifts()] == ["Ana on Trade: supports → opposes, 1 Feb 2025"]
    assert_points_exact()


def test_merging_topics_in_the_admin_keeps_the_table_exact(editor_client, tree, ana):
    say(ana, D(2025, 1, 1), (tree["trade"], "supports"))
    say(ana, D(2025, 2, 1), (tree["air"], "opposes"), (tree["trade"], "mixed"))
    say(ana, D(2025, 3, 1), (tree["patriot"], "neutral"))
    response = editor_client.post(
        reverse("admin:tracker_topic_changelist"),
        {
            "action": "merge_selected",
            ACTION_CHECKBOX_NAME: [tree["trade"].pk, tree["air"].pk],
            "survivor": tree["trade"].pk,
            "apply": "1",
        },
    )
    assert response.status_code == 302
    assert not Topic.objects.filter(pk=tree["air"].pk).exists()
    assert current(tree["trade"], ana) == "neutral"  # Patriot systems now sits under Trade
    assert_points_exact()


def test_merging_duplicate_statements_keeps_the_table_exact(tree, ana):
    keep = say(ana, D(2025, 1, 1), (tree["trade"], "supports"))
    drop = say(ana, D(2025, 1, 2), (tree["air"], "opposes"))
    services.merge_statements(keep=keep, drop=drop)
    assert current(tree["air"], ana) == "opposes"
    assert set(StancePoint.objects.filter(statement=drop)) == set()
    assert_points_exact()


def test_admin_bulk_actions_keep_the_table_exact(editor_client, tree, ana):
    drafts = [
        say(ana, D(2025, 1, day), (tree["air"], stance), status="draft")
        for day, stance in ((1, "supports"), (2, "opposes"))
    ]
    selected = {ACTION_CHECKBOX_NAME: [statement.pk for statement in drafts]}
    seen = {"seen_version": [f"{statement.pk}:{statement.version}" for statement in drafts]}
    editor_client.post(CHANGELIST, {"action": "publish", **selected, **seen})
    assert current(tree["defence"], ana) == "opposes"
    assert_points_exact()
    editor_client.post(
        CHANGELIST, {**selected, "action": "add_topic", "apply": "1", "topic": tree["trade"].pk, "stance": "mixed"}
    )
    assert current(tree["trade"], ana) == "mixed"
    assert_points_exact()
    for statement in drafts:
        statement.refresh_from_db()
    seen = {"seen_version": [f"{statement.pk}:{statement.version}" for statement in drafts]}
    editor_client.post(CHANGELIST, {"action": "retract", **selected, **seen})
    assert not StancePoint.objects.exists()


@pytest.mark.parametrize("few", [stances.FEW, 0], ids=["compared", "set-based"])
def test_an_import_keeps_the_table_exact(tree, ana, monkeypatch, few):
    monkeypatch.setattr(stances, "FEW", few)
    monkeypatch.setattr(stancepoints, "CHUNK", 1)  # a batch in many parts
    monkeypatch.setattr(stances, "REBUILD_SHARE", 10)  # never the whole table: the batch path itself
    for day, stance in ((1, "supports"), (2, "opposes"), (3, "opposes")):
        say(ana, D(2025, 1, day), (tree["patriot"], stance), (tree["trade"], "mixed"))
    document = export_document(Statement.objects.order_by("said_on", "id"))
    moved = document["statements"][1]
    moved.update(key="moved", said_on="2025-01-05")
    moved["topics"] = [{"topic": tree["air"].slug, "stance": "neutral"}]
    document["statements"][0]["status"] = "draft"
    import_document(document)
    assert_points_exact()
    new = dict(document["statements"][2], key="new-one", text="A new statement.", said_on="2024-12-31")
    import_document({"format": document["format"], "statements": [new]})
    assert_points_exact()


def test_an_import_whose_edits_rebuild_the_table_adds_its_new_statements_once(tree, ana, monkeypatch):
    """Edits enough to rebuild the whole table hold the new statements' points already: none twice."""
    monkeypatch.setattr(stances, "FEW", 0)
    monkeypatch.setattr(stances, "REBUILD_SHARE", 0)
    for day, stance in ((1, "supports"), (3, "opposes")):
        say(ana, D(2025, 1, day), (tree["patriot"], stance))
    document = export_document(Statement.objects.order_by("said_on", "id"))
    document["statements"][1]["topics"] = [{"topic": tree["patriot"].slug, "stance": "supports"}]
    new = dict(document["statements"][0], key="new-one", text="A new statement.", said_on="2025-01-02")
    new["topics"] = [{"topic": tree["air"].slug, "stance": "opposes"}]
    import_document({"format": document["format"], "statements": [*document["statements"], new]})
    assert_points_exact()


def test_a_batch_in_parts_never_links_to_a_point_that_goes(tree, ana, monkeypatch):
    """A statement moved next to one unpublished in the same batch, each in its own part."""
    monkeypatch.setattr(stances, "FEW", 0)
    monkeypatch.setattr(stances, "REBUILD_SHARE", 10)
    monkeypatch.setattr(stancepoints, "CHUNK", 1)
    first = say(ana, D(2025, 1, 1), (tree["trade"], "opposes"))
    moved = say(ana, D(2025, 1, 10), (tree["trade"], "supports"))
    going = say(ana, D(2025, 1, 5), (tree["trade"], "mixed"))
    with stances.batch():
        moved.said_on = D(2025, 1, 6)
        moved.save()
        going.status = Statement.Status.DRAFT
        going.save()
    assert [(shift.before, shift.after) for shift in positions.shifts()] == [(first, moved)]
    assert_points_exact()


def test_the_generator_fills_the_table(db):
    call_command("generate_statements", 120, seed=3, batch=50, verbosity=0, stdout=io.StringIO())
    assert StancePoint.objects.exists()
    assert_points_exact()


def test_the_demo_loads_with_an_exact_table(db):
    call_command("load_demo", stdout=io.StringIO())
    assert_points_exact()
    call_command("rebuild_positions", "--check", stdout=io.StringIO())


def test_the_migration_fills_the_table_from_the_stances_already_stored(db):
    call_command("load_demo", stdout=io.StringIO())
    StancePoint.objects.all().delete()
    migration = importlib.import_module("tracker.migrations.0008_stance_points")
    migration.fill(django_apps, SimpleNamespace(connection=connection))
    assert StancePoint.objects.exists()
    assert_points_exact()


def test_rebuild_positions_check_fails_on_a_tampered_table_and_a_rebuild_mends_it(tree, ana):
    say(ana, D(2025, 1, 1), (tree["trade"], "supports"))
    say(ana, D(2025, 2, 1), (tree["trade"], "opposes"))
    StancePoint.objects.filter(topic=tree["trade"]).update(is_listed=False)
    with pytest.raises(CommandError, match=r"1 row\(s\) missing or different"):
        call_command("rebuild_positions", "--check", stdout=io.StringIO())
    call_command("rebuild_positions", stdout=io.StringIO())
    call_command("rebuild_positions", "--check", stdout=io.StringIO())
    assert_points_exact()


def test_rebuild_positions_check_fails_on_a_wrong_track_count_and_a_rebuild_mends_it(tree, ana):
    say(ana, D(2025, 1, 1), (tree["trade"], "supports"))
    say(ana, D(2025, 2, 1), (tree["trade"], "opposes"))
    TrackCount.objects.filter(speaker=ana.pk, topic=tree["trade"].pk).update(shifts=7)
    with pytest.raises(CommandError, match="2 track count row"):
        call_command("rebuild_positions", "--check", stdout=io.StringIO())
    call_command("rebuild_positions", stdout=io.StringIO())
    call_command("rebuild_positions", "--check", stdout=io.StringIO())
    assert TrackCount.objects.get(speaker=ana.pk, topic=tree["trade"].pk).shifts == 1
    assert_points_exact()


def test_the_track_counts_migration_counts_the_points_already_stored(db):
    call_command("load_demo", stdout=io.StringIO())
    TrackCount.objects.all().delete()
    migration = importlib.import_module("tracker.migrations.0019_track_counts")
    with connection.cursor() as cursor:
        cursor.execute(migration.BACKFILL)
    assert TrackCount.objects.exists()
    assert_points_exact()


@pytest.mark.parametrize(("seed", "set_based"), [(0, False), (1, False), (2, False), (3, True), (4, True)])
def test_any_sequence_of_edits_keeps_the_table_exact(tree, monkeypatch, seed, set_based):
    """Random saves, stance edits, deletions, moves in the tree and batches, checked after each;
    `set_based`: every refresh takes the bulk path, one statement per part."""
    if set_based:
        monkeypatch.setattr(stances, "FEW", 0)
        monkeypatch.setattr(stances, "REBUILD_SHARE", 10)
        monkeypatch.setattr(stancepoints, "CHUNK", 1)
    rng = random.Random(seed)
    actors = [factories.ActorFactory(name=f"Speaker {n}") for n in range(3)]
    topics = list(tree.values())
    days = [D(2025, 1, 1), D(2025, 1, 2), D(2025, 1, 3)]
    statuses = ["published"] * 4 + ["draft", "review", "retracted"]
    stance_values = list(StatementTopic.Stance.values)
    statements = []

    def edit():
        statement = Statement.objects.get(pk=rng.choice(statements).pk)
        field = rng.choice(("status", "said_on", "speaker"))
        value = {"status": rng.choice(statuses), "said_on": rng.choice(days), "speaker": rng.choice(actors)}[field]
        setattr(statement, field, value)
        statement.save()

    for _step in range(40):
        roll = rng.random()
        if roll < 0.3 or len(statements) < 3:
            chosen = rng.sample(topics, rng.choice((1, 1, 2, 3)))
            statements.append(
                say(
                    rng.choice(actors),
                    rng.choice(days),
                    *((topic, rng.choice(stance_values)) for topic in chosen),
                    status=rng.choice(statuses),
                )
            )
        elif roll < 0.6:
            edit()
        elif roll < 0.7 and StatementTopic.objects.exists():
            stance = StatementTopic.objects.order_by("id")[rng.randrange(StatementTopic.objects.count())]
            if rng.random() < 0.5:
                stance.delete()
            else:
                stance.stance = rng.choice(stance_values)
                stance.save()
        elif roll < 0.78:
            statements.pop(rng.randrange(len(statements))).delete()
        elif roll < 0.88:
            topic = Topic.objects.get(pk=rng.choice(topics).pk)
            below = stances.subtree(topic.pk, stances.ancestry())
            topic.parent = rng.choice([None, *(other for other in topics if other.pk not in below)])
            topic.save()
        else:
            with stances.batch():
                for _ in range(3):
                    edit()
        assert_points_exact()
        assert_stance_counts_exact()


def test_an_import_among_stored_statements_keeps_every_kept_table_exact(db):
    """New statements interleaved with generated ones on the same tracks, some on the same day as a stored
    one, many changing the stance: their points are added set-based, the stored points after them relinked
    and the track counts moved once (on SQLite without their row triggers). Points, shifts, track counts,
    stance counts and monthly counts equal a from-scratch computation, and the triggers keep counting
    the next edit."""
    from tracker import rollups

    call_command("generate_statements", 240, seed=7, batch=80, verbosity=0, stdout=io.StringIO())
    document = export_document(Statement.objects.published().filter(topic_stances__isnull=False).distinct())
    rng = random.Random(7)
    stances_list = [choice.value for choice in StatementTopic.Stance]
    records = []
    for number, record in enumerate(rng.sample(document["statements"], 90)):
        said_on = D.fromisoformat(record["said_on"]) + datetime.timedelta(days=rng.choice([-3, -1, 0, 0, 2, 9]))
        topics = [dict(topic, stance=rng.choice(stances_list)) for topic in record["topics"]]
        record = dict(record, key=f"again-{number}", text=f"Said again, {number}.", said_on=said_on.isoformat())
        record.pop("first_reported_on", None)  # counted again from the new date
        records.append(dict(record, topics=topics))
    shifts_before = StancePoint.objects.filter(is_shift=True).count()
    report = import_document({"format": document["format"], "statements": records})
    assert report.counts["statements"].created == 90
    assert StancePoint.objects.filter(is_shift=True).count() != shifts_before  # the import moved shifts
    assert_points_exact()
    assert_stance_counts_exact()
    assert rollups.check() == []
    statement = Statement.objects.published().filter(topic_stances__isnull=False).order_by("?").first()
    statement.status = Statement.Status.DRAFT
    statement.save()
    assert_points_exact()
