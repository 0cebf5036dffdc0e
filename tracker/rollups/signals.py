"""What each saved or deleted statement, topic link and topic leaves to re-count or move (connected by
tracker/signals.py). The row as it was is read in pre_save / pre_delete, locked until the
transaction ends, so a save from an outdated copy still re-counts where the statement really was."""

from django.db import connection, transaction
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save

from ..models import Statement, StatementTopic, Topic
from . import stance_counts
from .keeping import closure, statements_touched, touched
from .reading import month_of

PUBLISHED = Statement.Status.PUBLISHED

COUNTED_FIELDS = {"status", "said_on", "date_precision", "speaker", "speaker_id"}
UNCHANGED = object()


def _stored(model, pk, fields):
    rows = model.objects.filter(pk=pk)
    if transaction.get_connection().in_atomic_block and connection.features.has_select_for_update:
        rows = rows.select_for_update()  # what it was until this transaction ends
    return rows.values_list(*fields).first()


def statement_saving(sender, instance, update_fields=None, **kwargs):
    if instance.pk is None:
        instance._rollup_before = None
    elif update_fields is not None and not COUNTED_FIELDS.intersection(update_fields):
        instance._rollup_before = UNCHANGED
    else:
        instance._rollup_before = _stored(Statement, instance.pk, ("status", "said_on", "speaker_id"))


def statement_saved(sender, instance, **kwargs):
    before = instance.__dict__.pop("_rollup_before", None)
    if before is UNCHANGED:
        return
    was = (month_of(before[1]), before[2]) if before and before[0] == PUBLISHED else None
    now = (month_of(instance.said_on), instance.speaker_id) if instance.status == PUBLISHED else None
    if was != now:  # its topics are rows of their own: the same month and speaker count the same
        touched({pair for pair in (was, now) if pair})
    was_speaker, now_speaker = was and was[1], now and now[1]
    if was_speaker != now_speaker:
        stance_counts.moved(instance.pk, was_speaker, now_speaker)


def statement_deleting(sender, instance, **kwargs):
    instance._rollup_before = _stored(Statement, instance.pk, ("status", "said_on", "speaker_id"))


def statement_deleted(sender, instance, **kwargs):
    before = instance.__dict__.pop("_rollup_before", None)
    if before and before[0] == PUBLISHED:
        touched({(month_of(before[1]), before[2])})


LINK_FIELDS = ("statement_id", "topic_id", "stance")


def link_saving(sender, instance, **kwargs):
    instance._rollup_before = _stored(StatementTopic, instance.pk, LINK_FIELDS) if instance.pk else None


def link_saved(sender, instance, **kwargs):
    before = instance.__dict__.pop("_rollup_before", None)
    after = (instance.statement_id, instance.topic_id, instance.stance)
    if before is None or before[:2] != after[:2]:  # a new stance alone counts the same by month
        statements_touched({instance.statement_id, before and before[0]})
    if before != after:
        stance_counts.link_changed(before, after)


def link_deleting(sender, instance, **kwargs):
    instance._rollup_before = _stored(StatementTopic, instance.pk, LINK_FIELDS)


def link_deleted(sender, instance, **kwargs):
    statements_touched({instance.statement_id})
    stance_counts.link_changed(instance.__dict__.pop("_rollup_before", None), None)


def topic_saving(sender, instance, **kwargs):
    instance._rollup_before = _stored(Topic, instance.pk, ("parent_id",)) if instance.pk else None


def topic_saved(sender, instance, **kwargs):
    before = instance.__dict__.pop("_rollup_before", None)
    if before is None or before[0] == instance.parent_id:
        return
    chains = closure()
    touched(scopes={scope for parent in (before[0], instance.parent_id) if parent for scope in chains.get(parent, ())})


def connect():
    receivers = [
        (pre_save, statement_saving, Statement),
        (post_save, statement_saved, Statement),
        (pre_delete, statement_deleting, Statement),
        (post_delete, statement_deleted, Statement),
        (pre_save, link_saving, StatementTopic),
        (post_save, link_saved, StatementTopic),
        (pre_delete, link_deleting, StatementTopic),
        (post_delete, link_deleted, StatementTopic),
        (pre_save, topic_saving, Topic),
        (post_save, topic_saved, Topic),
    ]
    for signal, receiver, model in receivers:
        signal.connect(receiver, sender=model, dispatch_uid=f"parley-rollups-{receiver.__name__}")
