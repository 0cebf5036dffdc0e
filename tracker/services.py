"""Writes that outgrow one form: merging duplicate statements, actors, topics and outlets.

Each merge runs in one transaction with the rows involved locked, records history with
who and why, and moves every link before the merged-away record goes, so no statement
is lost.
"""

from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from .models import Statement, StatementLink


class MergeError(ValueError):
    pass


def _lock(model, *pks):
    rows = {row.pk: row for row in model._default_manager.select_for_update().filter(pk__in=pks).order_by("pk")}
    missing = [pk for pk in pks if pk not in rows]
    if missing:
        name = model._meta.verbose_name
        raise MergeError(_("%(model)s #%(pk)s no longer exists.") % {"model": name, "pk": missing[0]})
    return [rows[pk] for pk in pks]


def _saved(obj, user, reason):
    obj._change_reason = reason
    if user is not None:
        obj._history_user = user
    return obj


# Fields a merged-away duplicate may fill on the statement that is kept, when it has none.
_FILLABLE = ("speaker_title", "original_text", "original_language", "setting", "audience", "condition")


@transaction.atomic
def merge_statements(*, keep, drop, user=None):
    """Move `drop`'s topics, sources, mentions and links onto `keep`, then remove `drop`.

    A draft or in-review duplicate is deleted (it was never public); a published one is
    retracted with a correction note pointing at `keep`, so its URL keeps answering.
    """
    if keep.pk == drop.pk:
        raise MergeError(_("A statement cannot be merged into itself."))
    keep, drop = _lock(Statement, keep.pk, drop.pk)
    reason = _("Merged duplicate statement #%(drop)s into #%(keep)s") % {"drop": drop.pk, "keep": keep.pk}

    kept_topics = set(keep.topic_stances.values_list("topic_id", flat=True))
    for stance in drop.topic_stances.all():
        if stance.topic_id not in kept_topics:
            stance.statement = keep
            _saved(stance, user, reason).save()
            kept_topics.add(stance.topic_id)

    kept_sources = set(keep.source_links.values_list("source_id", flat=True))
    position = (keep.source_links.aggregate(last=Max("position"))["last"] or 0) + 1
    for link in drop.source_links.order_by("position", "id"):
        if link.source_id not in kept_sources:
            link.statement, link.position = keep, position
            _saved(link, user, reason).save()
            kept_sources.add(link.source_id)
            position += 1

    keep.mentions.add(*drop.mentions.all())
    _move_statement_links(keep=keep, drop=drop, user=user, reason=reason)

    for name in _FILLABLE:
        if not getattr(keep, name) and getattr(drop, name):
            setattr(keep, name, getattr(drop, name))
    if keep.event_id is None:
        keep.event_id = drop.event_id
    if user is not None:
        keep.updated_by = user
    _saved(keep, user, reason).save()
    keep.refresh_first_reported_on()

    if drop.status in {Statement.Status.DRAFT, Statement.Status.REVIEW}:
        _saved(drop, user, reason).delete()
    else:
        drop.status = Statement.Status.RETRACTED
        note = _("Duplicate of statement #%(keep)s, where its sources now are.") % {"keep": keep.pk}
        drop.correction_note = f"{drop.correction_note}\n\n{note}".strip()
        if user is not None:
            drop.updated_by = user
        _saved(drop, user, reason).save()
    return keep


def _move_statement_links(*, keep, drop, user, reason):
    existing = set(StatementLink.objects.filter(from_statement=keep).values_list("relation", "to_statement_id")) | {
        (relation, -from_id)
        for relation, from_id in StatementLink.objects.filter(to_statement=keep).values_list(
            "relation", "from_statement_id"
        )
    }
    for link in StatementLink.objects.filter(from_statement=drop):
        if link.to_statement_id == keep.pk or (link.relation, link.to_statement_id) in existing:
            _saved(link, user, reason).delete()
            continue
        link.from_statement = keep
        _saved(link, user, reason).save()
        existing.add((link.relation, link.to_statement_id))
    for link in StatementLink.objects.filter(to_statement=drop):
        if link.from_statement_id == keep.pk or (link.relation, -link.from_statement_id) in existing:
            _saved(link, user, reason).delete()
            continue
        link.to_statement = keep
        _saved(link, user, reason).save()
        existing.add((link.relation, -link.from_statement_id))
