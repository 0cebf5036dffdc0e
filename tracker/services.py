"""Writes that outgrow one form: merging duplicate statements, actors, topics and outlets.

Each merge runs in one transaction with the rows involved locked, records history with
who and why, and moves every link before the merged-away record goes, so no statement
is lost.
"""

from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _
from simple_history.utils import bulk_update_with_history

from . import derived, stances
from .models import Actor, ActorAlias, Event, Outlet, Source, Statement, StatementLink, StatementTopic, Topic
from .text import normalize_name


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
@derived.batch()
def merge_statements(*, keep, drop, user=None):
    """Move `drop`'s topics, sources, mentions and links onto `keep`, then remove `drop`.

    A draft or in-review duplicate is deleted (it was never public); a published one is
    retracted with a correction note pointing at `keep`, so its URL keeps answering.
    """
    if keep.pk == drop.pk:
        raise MergeError(_("A statement cannot be merged into itself."))
    keep, drop = _lock(Statement, keep.pk, drop.pk)
    stances.statements_changed([keep.pk, drop.pk])  # stances move from one to the other
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


def _bulk_save(queryset, fields, change, user, reason, batch=1000):
    """Apply `change` to each row and save the batch with history, versions bumped."""
    rows = []
    for row in queryset.iterator(chunk_size=batch):
        change(row)
        row.version += 1
        rows.append(row)
    if rows:
        bulk_update_with_history(
            rows,
            type(rows[0]),
            [*fields, "version", "updated_at"],
            batch_size=batch,
            default_user=user,
            default_change_reason=reason,
        )
    return len(rows)


def _move_m2m(through, source_field, target_field, old_pk, new_pk):
    """Repoint an auto-created many-to-many table from `old_pk` to `new_pk`, without duplicates."""
    already = set(through.objects.filter(**{target_field: new_pk}).values_list(source_field, flat=True))
    rows = through.objects.filter(**{target_field: old_pk})
    moved = [row for row in rows if getattr(row, source_field) not in already]
    through.objects.filter(**{target_field: old_pk}).delete()
    through.objects.bulk_create(
        [through(**{source_field: getattr(row, source_field), target_field: new_pk}) for row in moved]
    )
    return len(moved)


def _fill_blanks(survivor, other, names):
    """The survivor keeps its own values; where it has none, it takes the other's."""
    for name in names:
        if not getattr(survivor, name) and getattr(other, name):
            setattr(survivor, name, getattr(other, name))


@transaction.atomic
def merge_actors(*, survivor, other, user=None):
    """Everything said by, relayed by, about or attended by `other` moves to `survivor`; its name becomes an alias."""
    if survivor.pk == other.pk:
        raise MergeError(_("An actor cannot be merged into itself."))
    survivor, other = _lock(Actor, survivor.pk, other.pk)
    reason = _("Merged actor “%(other)s” into “%(survivor)s”") % {"other": other.name, "survivor": survivor.name}
    now = timezone.now()

    def set_speaker(statement):
        statement.speaker_id = survivor.pk
        statement.updated_at = now
        if statement.relayed_by_id == survivor.pk:
            statement.relayed_by_id = None  # a speaker does not relay their own words

    def set_relayer(statement):
        statement.relayed_by_id = None if statement.speaker_id == survivor.pk else survivor.pk
        statement.updated_at = now

    moved = _bulk_save(Statement.objects.filter(speaker=other), ["speaker", "relayed_by"], set_speaker, user, reason)
    _bulk_save(Statement.objects.filter(relayed_by=other), ["relayed_by"], set_relayer, user, reason)
    derived.speakers_changed([survivor.pk, other.pk])  # a bulk update sends no signals
    _move_m2m(Statement.mentions.through, "statement_id", "actor_id", other.pk, survivor.pk)
    _move_m2m(Event.participants.through, "event_id", "actor_id", other.pk, survivor.pk)

    known = set(survivor.aliases.values_list("normalized", flat=True)) | {normalize_name(survivor.name)}
    for alias in other.aliases.all():
        if alias.normalized not in known:
            _saved(ActorAlias(actor=survivor, name=alias.name), user, reason).save()
            known.add(alias.normalized)
    if normalize_name(other.name) not in known:
        _saved(ActorAlias(actor=survivor, name=other.name), user, reason).save()

    _saved(other, user, reason).delete()  # first: the Wikidata id is unique (`other` keeps its values)
    _fill_blanks(survivor, other, ("title", "country", "description", "wikidata_id"))
    _saved(survivor, user, reason).save()
    return moved


@transaction.atomic
@derived.batch()
def merge_topics(*, survivor, other, user=None):
    """Stances and narrower topics of `other` move to `survivor`; a statement on both keeps its `survivor` stance."""
    if survivor.pk == other.pk:
        raise MergeError(_("A topic cannot be merged into itself."))
    survivor, other = _lock(Topic, survivor.pk, other.pk)
    reason = _("Merged topic “%(other)s” into “%(survivor)s”") % {"other": other.name, "survivor": survivor.name}
    moved = 0
    kept = dict(StatementTopic.objects.filter(topic=survivor).values_list("statement_id", "stance"))
    for stance in StatementTopic.objects.filter(topic=other).select_related("statement"):
        if stance.statement_id in kept:
            _saved(stance, user, reason).delete()
            continue
        stance.topic = survivor
        _saved(stance, user, reason).save()
        moved += 1

    # Never make the tree circular: if `other` was above `survivor`, `survivor` takes its place.
    ancestor, seen = survivor.parent, set()
    while ancestor is not None and ancestor.pk not in seen:
        seen.add(ancestor.pk)
        if ancestor.pk == other.pk:
            survivor.parent_id = other.parent_id
            break
        ancestor = ancestor.parent
    for child in Topic.objects.filter(parent=other).exclude(pk=survivor.pk):
        child.parent = survivor
        _saved(child, user, reason).save()
    survivor.keywords = [*survivor.keywords, *(k for k in other.keywords if k not in survivor.keywords)]
    _fill_blanks(survivor, other, ("description",))
    _saved(survivor, user, reason).save()
    _saved(other, user, reason).delete()
    return moved


@transaction.atomic
def merge_outlets(*, survivor, other, user=None):
    """Every source published by `other` moves to `survivor`."""
    if survivor.pk == other.pk:
        raise MergeError(_("An outlet cannot be merged into itself."))
    survivor, other = _lock(Outlet, survivor.pk, other.pk)
    reason = _("Merged outlet “%(other)s” into “%(survivor)s”") % {"other": other.name, "survivor": survivor.name}

    def set_outlet(source):
        source.outlet_id = survivor.pk

    moved = _bulk_save(Source.objects.filter(outlet=other), ["outlet"], set_outlet, user, reason)
    _fill_blanks(survivor, other, ("homepage", "country", "language"))
    _saved(other, user, reason).delete()
    _saved(survivor, user, reason).save()
    return moved
