"""Changes readers can see bump the shared record version (tracker/versions.py).

A statement that is not public before or after a save (a draft being written, a statement in
review) changes nothing readers see, and neither do its topics, sources and links: those edits
leave the readers' caches alone. Everything else — a registry record, a public statement or any
of its rows — bumps the version in the same transaction.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save

from . import models, rollups, versions

PUBLIC = {models.Status.PUBLISHED, models.Status.RETRACTED}
REGISTRY_MODELS = (models.Actor, models.ActorAlias, models.Event, models.Outlet, models.Source, models.Topic)
STATEMENT_ROWS = (models.StatementSource, models.StatementTopic)


def statement_saved(sender, instance, created, **kwargs):
    before = None if created else getattr(instance, "loaded_status", "unknown")
    if instance.status in PUBLIC or before not in (None, models.Status.DRAFT, models.Status.REVIEW):
        versions.bump()
    instance.loaded_status = instance.status


def statement_deleted(sender, instance, **kwargs):
    if instance.status in PUBLIC:
        versions.bump()


def statement_row_changed(sender, instance, **kwargs):
    if _is_public(instance.statement_id):
        versions.bump()


def link_changed(sender, instance, **kwargs):
    if _is_public(instance.from_statement_id) or _is_public(instance.to_statement_id):
        versions.bump()


def mentions_changed(sender, instance, action, pk_set, **kwargs):
    if not action.startswith("post_"):
        return
    if isinstance(instance, models.Statement):
        if instance.status in PUBLIC or getattr(instance, "loaded_status", None) in PUBLIC:
            versions.bump()
    elif models.Statement.objects.filter(pk__in=pk_set or (), status__in=PUBLIC).exists() or not pk_set:
        versions.bump()


def registry_changed(sender, **kwargs):
    versions.bump()


def _is_public(statement_id):
    return models.Statement.objects.filter(pk=statement_id, status__in=PUBLIC).exists()


def connect():
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
