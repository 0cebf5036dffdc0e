"""Any change to the record starts a new generation of cached aggregates (see counts.py)."""

from django.db.models.signals import m2m_changed, post_delete, post_save

from .counts import data_changed
from .models import (
    Actor,
    ActorAlias,
    Event,
    Outlet,
    Source,
    Statement,
    StatementLink,
    StatementSource,
    StatementTopic,
    Topic,
)

RECORD_MODELS = (
    Actor,
    ActorAlias,
    Event,
    Outlet,
    Source,
    Statement,
    StatementLink,
    StatementSource,
    StatementTopic,
    Topic,
)


def connect():
    for model in RECORD_MODELS:
        post_save.connect(data_changed, sender=model, dispatch_uid=f"parley-data-changed-save-{model.__name__}")
        post_delete.connect(data_changed, sender=model, dispatch_uid=f"parley-data-changed-delete-{model.__name__}")
    for through in (Statement.mentions.through, Event.participants.through):
        m2m_changed.connect(data_changed, sender=through, dispatch_uid=f"parley-data-changed-m2m-{through.__name__}")
