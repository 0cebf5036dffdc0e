"""Reads from a PostgreSQL replica when DATABASE_REPLICA_URL is set; writes to the primary.

Only the tracker's own tables are read from the replica, and only where a little replication
lag cannot confuse anyone: sessions, users and logins stay on the primary, and so does every
read inside a transaction and every read during a request that writes or comes from staff
(an editor who has just saved expects to see the change).
"""

import contextlib
import contextvars

from django.conf import settings
from django.db import connections

REPLICA = "replica"
PRIMARY = "default"

_pinned = contextvars.ContextVar("parley_pinned_to_primary", default=False)


@contextlib.contextmanager
def use_primary():
    """Read from the primary for the duration of the block."""
    token = _pinned.set(True)
    try:
        yield
    finally:
        _pinned.reset(token)


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        if REPLICA not in settings.DATABASES or model._meta.app_label != "tracker":
            return PRIMARY
        if _pinned.get() or connections[PRIMARY].in_atomic_block:
            return PRIMARY
        return REPLICA

    def db_for_write(self, model, **hints):
        return PRIMARY

    def allow_relation(self, obj1, obj2, **hints):
        # The replica holds the same rows as the primary: objects from either may be related.
        return True

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == PRIMARY


class PrimaryForWritersMiddleware:
    """Pins a request to the primary when it writes (POST, …) or comes from staff."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if request.method not in ("GET", "HEAD", "OPTIONS") or (user is not None and user.is_staff):
            with use_primary():
                return self.get_response(request)
        return self.get_response(request)
