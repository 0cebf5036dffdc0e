"""Any change to the record notes the time of the edit for the cached aggregates (see counts.py)."""

from django.db.models.signals import m2m_changed, post_delete, post_save

from . import models
from .counts import data_changed

RECORD_MODELS = (
    models.Actor,
    models.ActorAlias,
    models.Event,
    models.Outlet,
    models.Source,
    models.Statement,
    models.StatementLink,
    models.StatementSource,
    models.StatementTopic,
    models.Topic,
)


def connect():
    for model in RECORD_MODELS:
        post_save.connect(data_changed, sender=model, dispatch_uid=f"parley-data-changed-save-{model.__name__}")
        post_delete.connect(data_changed, sender=model, dispatch_uid=f"parley-data-changed-delete-{model.__name__}")
    for through in (models.Statement.mentions.through, models.Event.participants.through):
        m2m_changed.connect(data_changed, sender=through, dispatch_uid=f"parley-data-changed-m2m-{through.__name__}")
