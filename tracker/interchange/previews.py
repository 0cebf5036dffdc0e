"""Uploads kept between the admin's import preview and its confirmation, for at most an hour.

Only a random token travels in the form; the file waits in PARLEY_IMPORT_PREVIEW_DIR. A preview
never confirmed expires after PARLEY_IMPORT_PREVIEW_SECONDS and is removed by the next upload or
by `manage.py clean_import_previews`.
"""

import re
import secrets
import time
from pathlib import Path

from django.conf import settings

TOKEN_RE = re.compile(r"^[A-Za-z0-9_-]{20,64}$")
SUFFIXES = (".json", ".csv")


def folder():
    return Path(settings.PARLEY_IMPORT_PREVIEW_DIR)


def stash(data, name):
    """Keep an upload; the name to confirm it with."""
    clean_expired()
    folder().mkdir(mode=0o700, parents=True, exist_ok=True)
    token = secrets.token_urlsafe(24)
    suffix = ".csv" if name.lower().endswith(".csv") else ".json"
    (folder() / f"{token}{suffix}").write_bytes(data)
    return f"{token}{suffix}"


def unstash(stashed):
    """The path of a kept upload that has not expired, or None."""
    token, _dot, suffix = stashed.partition(".")
    if not TOKEN_RE.match(token) or f".{suffix}" not in SUFFIXES:
        return None
    path = folder() / stashed
    try:
        fresh = time.time() - path.stat().st_mtime <= settings.PARLEY_IMPORT_PREVIEW_SECONDS
    except OSError:
        return None
    if not fresh:
        path.unlink(missing_ok=True)
        return None
    return path if path.is_file() else None


def clean_expired(now=None):
    """Remove the kept uploads older than PARLEY_IMPORT_PREVIEW_SECONDS; how many were removed."""
    cutoff = (time.time() if now is None else now) - settings.PARLEY_IMPORT_PREVIEW_SECONDS
    removed = 0
    try:
        entries = list(folder().iterdir())
    except OSError:  # no folder yet: nothing kept
        return 0
    for path in entries:
        if not (path.suffix in SUFFIXES and TOKEN_RE.match(path.stem)):
            continue  # not one of ours
        try:
            if path.stat().st_mtime < cutoff:
                path.unlink()
                removed += 1
        except OSError:  # removed meanwhile by another process
            continue
    return removed
