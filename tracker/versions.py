"""The record version: one number every process shares, and the caches keyed by it.

Whenever something readers can see changes — a statement published, edited while public,
unpublished or retracted; a registry record or a link of a public statement edited — the one
row of `RecordVersion` goes up in the same transaction (tracker/signals.py; bulk writers call
`bump()`). It lives in the database, so every worker of every app server sees a change as soon
as it is committed, with or without Redis.

Anything cached that can hold a statement's text (positions pages, shift feeds, HTTP validators)
is keyed by the version, so no cache outlives a change of visibility or wording. What holds no
statement text — which records are public (filter options, the public registry), stance counts,
who stands where — is keyed by the membership stamp instead (`membership_cached`): every change
moves it but an edit of a public statement that keeps who said it, when, how and whether it is
public (Statement.MEMBERSHIP_FIELDS), so an editor correcting wording or a setting during a news
spike retires the rendered pages but not the filter options or stance blocks they are built from.
Aggregates (counts, charts) are checked against the version's time instead and may lag by
PARLEY_AGGREGATE_GRACE_SECONDS (tracker/aggregates.py).
Rendered statements are keyed by their own row (version, `updated_at`) and by the registry stamp,
which moves only with registry records and bulk writes (tracker/fragments.py); which of them a
page shows is still decided by its query.

The version is read once per request (a primary-key lookup) and remembered until the request ends.
"""

import hashlib
import threading

from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import connection
from django.db.models import F
from django.utils import timezone

from .models import RecordVersion

_request = threading.local()


def _start_request(**kwargs):
    _request.row = None
    _request.active = True


def _end_request(**kwargs):
    _request.row = None
    _request.active = False


request_started.connect(_start_request, dispatch_uid="parley-version-request-started")
request_finished.connect(_end_request, dispatch_uid="parley-version-request-finished")


def _row():
    found = getattr(_request, "row", None)
    if found is None:
        row = (
            RecordVersion.objects.filter(pk=1)
            .values_list("version", "changed_at", "registry_changed_at", "membership_changed_at")
            .first()
        )
        found = row or (0, None, None, None)
        if getattr(_request, "active", False):
            _request.row = found
    return found


def current():
    """(version, changed_at) as committed; once per request."""
    return _row()[:2]


def number():
    return current()[0]


def registry_stamp():
    """When a registry record readers can see last changed, or a bulk write ran (read with `current()`)."""
    return _row()[2]


def membership_stamp():
    """When which records are public or who said what when last changed (read with `current()`)."""
    return _row()[3]


def bump(*, registry=True, membership=True):
    """A change readers can see: every versioned cache starts afresh, in every process.

    `registry=False` when the change is recorded in a statement's own row (its `version` or
    `updated_at`): rendered statements, keyed by those and the registry stamp, stay good.
    `membership=False` for an edit of a public statement's own words and details only (see the
    module's docstring): what `membership_cached` keeps stays good.
    """
    now = timezone.now()
    changes = {"version": F("version") + 1, "changed_at": now}
    if registry:
        changes["registry_changed_at"] = now
    if membership or registry:
        changes["membership_changed_at"] = now
    if not RecordVersion.objects.filter(pk=1).update(**changes):
        RecordVersion.objects.get_or_create(
            pk=1, defaults={"version": 1, "changed_at": now, "registry_changed_at": now, "membership_changed_at": now}
        )
    _request.row = None


def lock():
    """Hold the version's row until the transaction ends (PostgreSQL; SQLite writes one transaction
    at a time anyway). Writers of kept counts (tracker/rollups.py) take it, so their re-counts never
    interleave, and in the same order as bump(), which every public change takes too."""
    if not connection.features.has_select_for_update:
        return
    if RecordVersion.objects.select_for_update().filter(pk=1).values_list("pk", flat=True).first() is None:
        bump()


def key(kind, *parts):
    """A cache key for `kind` and `parts` at the current version (its number and time: a restored
    backup brings an old number back)."""
    version, changed_at = current()
    stamp = changed_at.timestamp() if changed_at else 0
    return f"parley:v{version}.{stamp}:{kind}:{_digest(parts)}"


def cached(kind, compute, *parts, timeout=300):
    """`compute()`, kept until the record changes (or `timeout` seconds)."""
    return _cached(key(kind, *parts), compute, timeout)


def membership_key(kind, *parts):
    """A cache key for `kind` and `parts` at the current membership stamp."""
    stamp = membership_stamp()
    return f"parley:m{stamp.timestamp() if stamp else 0}:{kind}:{_digest(parts)}"


def membership_cached(kind, compute, *parts, timeout=300):
    """`compute()`, kept until which records are public or who said what when changes (or `timeout`
    seconds). For values that hold no statement text: an edit of wording leaves them in place."""
    return _cached(membership_key(kind, *parts), compute, timeout)


def _digest(parts):
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:32]


def _cached(name, compute, timeout):
    value = cache.get(name)
    if value is None:
        value = compute()
        cache.set(name, value, timeout)
    return value
