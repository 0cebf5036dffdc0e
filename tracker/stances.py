"""The stance points table, kept exact on write: the rule of positions.tracks() as rows.

One row per published statement and scope it counts in (its topics and every broader topic),
with the point before it on the actor's track, whether it is a shift, and whether it is the row
a change is listed on over all topics (its narrowest topic). Every write that can move a point
calls in here, in its own transaction:

- a statement saved or deleted, a topic stance added, changed or removed: tracker/signals.py
  connects these (`connect()`); the statement's points are compared with the rule's and, where
  they differ, replaced, and the points right after them relinked;
- a topic moved under another: the scopes above it, old and new, and below it are rebuilt;
- bulk writers (merges, admin bulk actions, the importer, the generator) run inside `batch()`
  or call `statements_changed()` / `speakers_changed()` / `rebuild()` themselves; a batch is
  applied once at its end, set-based.

The SQL is in tracker/db/stancepoints.py. `manage.py rebuild_positions [--check]` rebuilds or
compares the table with a from-scratch computation.
"""

import threading
from contextlib import ContextDecorator

from django.db import DEFAULT_DB_ALIAS, connection, connections, transaction
from django.db.models import QuerySet
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save

from . import versions
from .db import stanceappend
from .db import stancepoints as sql
from .models import StancePoint, Statement, StatementTopic, Topic

MAX_CHAIN = 50  # a (refused) loop in the topic tree cannot make a walk endless
FEW = 1000  # up to this many statements, compare before writing; beyond, replace set-based
# A batch editing this share of the published statements rebuilds the whole table: at 100,000 statements an
# import of as many again took 30 s rebuilt and 130 s relinked point by point (SQLite, loaded machine). New
# statements inserted in bulk are appended instead (`append`), however many.
REBUILD_SHARE = 0.1


def ancestry(parent_of=None):
    """{topic id: [the topic's id, its parent's id, … up to the root]}."""
    if parent_of is None:
        parent_of = dict(Topic.objects.values_list("id", "parent_id"))
    chains = {}
    for topic_id in parent_of:
        chain, current = [], topic_id
        while current is not None and current not in chain and len(chain) < MAX_CHAIN:
            chain.append(current)
            current = parent_of.get(current)
        chains[topic_id] = chain
    return chains


def tree_rows(chains):
    """[(topic, scope, steps up, depth of the scope)]: what a stance on `topic` counts for."""
    return [
        (topic_id, target, step, len(chains.get(target, [target])))
        for topic_id, chain in chains.items()
        for step, target in enumerate(chain)
    ]


def subtree(topic_id, chains):
    return {other for other, chain in chains.items() if topic_id in chain}


# Deferred changes of the current thread's bulk write.


class _Pending(threading.local):
    def __init__(self):
        self.depth = 0
        self.clear()

    def clear(self):
        self.statements, self.speakers, self.scopes, self.created = set(), set(), set(), set()


_pending = _Pending()


class batch(ContextDecorator):
    """Collect the changes of a bulk write and apply them once when it ends (inside its transaction)."""

    def __enter__(self):
        _pending.depth += 1
        return self

    def __exit__(self, exc_type, exc, traceback):
        _pending.depth -= 1
        if _pending.depth == 0:
            pending = {kind: getattr(_pending, kind) for kind in ("statements", "speakers", "scopes", "created")}
            _pending.clear()
            if exc_type is None:
                with transaction.atomic(savepoint=False):
                    _apply(**pending)
        return False


def _apply(*, statements=(), speakers=(), scopes=(), created=()):
    if speakers or scopes:
        # Whole tracks rebuilt hold some of the new statements' points already: all as edits then.
        statements, created = set(statements) | set(created), ()
        versions.lock()  # see refresh()
    if speakers:
        rebuild(speakers=speakers)
    if scopes:
        rebuild(topics=scopes)
    rebuilt = refresh(statements) if statements else False
    if created and not rebuilt:
        append(created)


def _changed(kind, ids):
    """Apply a change of `kind` ("statements", "speakers", "scopes", "created") now, or at the end of the batch."""
    if _pending.depth:
        getattr(_pending, kind).update(ids)
    else:
        with transaction.atomic(savepoint=False):
            _apply(**{kind: set(ids)})


def statements_changed(ids):
    """These statements (or their stances) changed: bring their points up to date."""
    _changed("statements", ids)


def statements_created(ids):
    """These statements were inserted in bulk (no signals) and have no points yet: add theirs."""
    _changed("created", ids)


def speakers_changed(ids):
    """Statements moved between these speakers without signals: rebuild their tracks."""
    _changed("speakers", ids)


def scopes_changed(topic_ids):
    """What these topics include changed (the tree moved): rebuild them as scopes."""
    _changed("scopes", topic_ids)


# Writing.


def refresh(statement_ids):
    """Make the points of these statements the rule's, and relink the points after them; True when the
    whole table was rebuilt instead (every statement's points, those inserted in bulk in the same batch too)."""
    ids = set(statement_ids)
    if not ids:
        return False
    chains = ancestry()
    tree = tree_rows(chains)
    if len(ids) <= FEW:
        ids = sql.differing(connection, tree, ids)  # an edit that moves no point writes nothing
        if not ids:
            return False
    # The database moves the track counts with these rows (migration 0019): writers take the record
    # version's lock first, as every public change does, so two never lock those rows in opposite orders.
    versions.lock()
    # Statements inserted in bulk never count towards it (`append` adds theirs in a few statements, however
    # many: at 200,000 stored, an import of 100,000 took 18 s appended, 79 s rebuilt; SQLite, busy machine).
    if len(ids) > FEW and len(ids) >= REBUILD_SHARE * Statement.objects.published().count():
        rebuild(chains=chains)
        return True
    followers = sql.followers(connection, ids)
    # Every old row goes before any new one comes: a new row then links only to rows that stay.
    for chunk in sql.chunks(ids):
        sql.delete(connection, statements=chunk)
    for chunk in sql.chunks(ids):
        sql.insert(connection, tree, statements=chunk, whole_tracks=False)
    followers |= sql.followers(connection, ids)
    sql.relist(connection, statement_ids=sql.relink(connection, followers))
    return False


def append(statement_ids):
    """Add the points of these statements, inserted in bulk and without points yet, set-based
    (tracker/db/stanceappend.py), after any edits of the same batch (`refresh`)."""
    versions.lock()
    stanceappend.append(connection, tree_rows(ancestry()), statement_ids)


def remove(statement_id):
    """A statement is being deleted: its points go and the points after them are relinked."""
    if not StancePoint.objects.filter(statement_id=statement_id).exists():
        return
    versions.lock()
    followers = sql.followers(connection, [statement_id])
    sql.delete(connection, statements=[statement_id])
    sql.relist(connection, statement_ids=sql.relink(connection, followers))


def rebuild(*, speakers=None, topics=None, chains=None, using=DEFAULT_DB_ALIAS):
    """Recompute whole tracks set-based: of these speakers, of these scopes, or (neither) all."""
    db = connections[using]
    chains = ancestry(dict(Topic.objects.using(using).values_list("id", "parent_id"))) if chains is None else chains
    tree = tree_rows(chains)
    speakers = None if speakers is None else set(speakers)
    topics = None if topics is None else set(topics)
    if speakers is not None:
        sql.delete(db, speakers=speakers)
        sql.insert(db, tree, speakers=speakers)
    if topics is not None:
        sql.delete(db, topics=topics)
        sql.insert(db, tree, topics=topics)
        sql.relist(db, topics=topics)  # a change's narrowest row may lie outside these scopes
    if speakers is None and topics is None:
        sql.delete(db)
        sql.insert(db, tree)


def recount():
    """Count the track counts again from the points (the triggers only move them by each write)."""
    sql.recount(connection)


def differences(limit=20):
    """({"missing": n, "extra": n, "counts": n}, a sample): how the table and its track counts differ from a
    from-scratch computation."""
    return sql.differences(connection, tree_rows(ancestry()), limit=limit)


# Signal receivers, connected by tracker/signals.py.


def statement_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        statements_changed([instance.pk])


def statement_deleting(sender, instance, **kwargs):
    remove(instance.pk)


def stance_changed(sender, instance, raw=False, origin=None, **kwargs):
    deleting_statement = isinstance(origin, Statement) or (isinstance(origin, QuerySet) and origin.model is Statement)
    if not raw and not deleting_statement:
        statements_changed([instance.statement_id])


def topic_saving(sender, instance, raw=False, **kwargs):
    if raw or instance._state.adding or instance.pk is None:
        return
    before = Topic.objects.filter(pk=instance.pk).values_list("parent_id", flat=True).first()
    if before != instance.parent_id:
        chains = ancestry()
        instance._scopes_before = set(chains.get(before, [])) | subtree(instance.pk, chains)


def topic_saved(sender, instance, raw=False, **kwargs):
    scopes = instance.__dict__.pop("_scopes_before", None)
    if scopes is None or raw:
        return
    chains = ancestry()
    scopes_changed(scopes | set(chains.get(instance.pk, [])) | subtree(instance.pk, chains))


def connect():
    post_save.connect(statement_saved, sender=Statement, dispatch_uid="parley-stances-statement-save")
    pre_delete.connect(statement_deleting, sender=Statement, dispatch_uid="parley-stances-statement-delete")
    post_save.connect(stance_changed, sender=StatementTopic, dispatch_uid="parley-stances-stance-save")
    post_delete.connect(stance_changed, sender=StatementTopic, dispatch_uid="parley-stances-stance-delete")
    pre_save.connect(topic_saving, sender=Topic, dispatch_uid="parley-stances-topic-saving")
    post_save.connect(topic_saved, sender=Topic, dispatch_uid="parley-stances-topic-saved")
