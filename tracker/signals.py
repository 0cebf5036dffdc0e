"""Changes readers can see bump the shared record version (tracker/versions.py).

A statement that is not public before or after a save (a draft being written, a statement in
review) changes nothing readers see, and neither do its topics, sources and links: those edits
leave the readers' caches alone. Everything else — a registry record, a public statement or any
of its rows — bumps the version in the same transaction.

An edit of a public statement that keeps who said it, when, how and whether it is public
(Statement.MEMBERSHIP_FIELDS) leaves the membership stamp alone: filter options, the public
registry and stance blocks hold none of its words.

Rendered statements (tracker/fragments.py) are keyed by the statement's own row and the registry
stamp: a save of a statement goes up its `version`; a change of its topics, sources or mentions
touches its `updated_at` here; an edited or deleted registry record, or a bulk write (loaddata's
raw saves, `aggregates.data_changed`), moves the registry stamp. A new registry record is on no
statement yet, so it leaves the stamp alone.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone

from . import models, rollups, stances, versions

PUBLIC = {models.Status.PUBLISHED, models.Status.RETRACTED}
REGISTRY_MODELS = (models.Actor, models.ActorAlias, models.Event, models.Outlet, models.Source, models.Topic)
STATEMENT_ROWS = (models.StatementSource, models.StatementTopic)


def statement_saved(sender, instance, created, raw=False, **kwargs):
    before = None if created else getattr(instance, "loaded_status", "unknown")
    if instance.status in PUBLIC or before not in (None, models.Status.DRAFT, models.Status.REVIEW):
        # Only its words and details: who said it, when, how and whether it is public stay as they were.
        own_words = not created and not raw and getattr(instance, "loaded_membership", None) == instance.membership()
        versions.bump(registry=raw, membership=not own_words)  # a fixture's row may carry another's version
    instance.loaded_status = instance.status
    instance.loaded_membership = instance.membership()
    instance.loaded_raw = raw  # loaddata sets its mentions next, and its `updated_at` is the fixture's


def statement_deleted(sender, instance, **kwargs):
    if instance.status in PUBLIC:
        versions.bump(registry=False)


def statement_row_changed(sender, instance, raw=False, **kwargs):
    if raw:
        versions.bump()
    elif _touch([instance.statement_id]):
        versions.bump(registry=False)


def link_changed(sender, instance, **kwargs):
    if _is_public(instance.from_statement_id) or _is_public(instance.to_statement_id):
        versions.bump(registry=False)


def mentions_changed(sender, instance, action, pk_set, **kwargs):
    if not action.startswith("post_"):
        return
    if isinstance(instance, models.Statement):
        if getattr(instance, "loaded_raw", False):
            versions.bump()
        elif instance.status in PUBLIC or getattr(instance, "loaded_status", None) in PUBLIC:
            _touch([instance.pk])
            versions.bump(registry=False)
    elif not pk_set:
        versions.bump()  # an actor's mentions cleared: which statements they were in is not known
    elif _touch(pk_set):
        versions.bump(registry=False)


def registry_changed(sender, created=False, raw=False, **kwargs):
    versions.bump(registry=raw or not created)


def _is_public(statement_id):
    return models.Statement.objects.filter(pk=statement_id, status__in=PUBLIC).exists()


def _touch(statement_ids):
    """Mark the public ones among these statements as updated now; how many there were."""
    public = models.Statement.objects.filter(pk__in=statement_ids, status__in=PUBLIC)
    return public.update(updated_at=timezone.now())


def connect():
    stances.connect()  # the stance points table, kept in the same transaction
    post_save.connect(statement_saved, sender=models.Statement, dispatch_uid="parley-version-statement-save")
    post_delete.connect(statement_deleted, sender=models.Statement, dispatch_uid="parley-version-statement-delete")
    for model in STATEMENT_ROWS:
        for signal in (post_save, post_delete):
            uid = f"parley-version-{model.__name__}-{signal}"
            signal.connect(statement_row_changed, sender=model, dispatch_uid=uid)
    for signal in (post_save, post_delete):
        signal.connect(link_changed, sender=models.StatementLink, dispatch_uid=f"parley-version-link-{signal}")
        for model in REGISTRY_MODELS:
            signal.connect(registry_changed, sender=model, dispatch_uid=f"parley-version-{model.__name__}-{signal}")
    m2m_changed.connect(mentions_changed, sender=models.Statement.mentions.through, dispatch_uid="parley-mentions")
    m2m_changed.connect(
        registry_changed, sender=models.Event.participants.through, dispatch_uid="parley-version-participants"
    )
    rollups.connect()  # the monthly counts, after the version: in the same lock order as every public change
