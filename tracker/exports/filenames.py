"""Export file names: the date and the filters, ASCII only."""

import re

from django.utils.text import slugify

FILENAME_PARAMS = (
    "q",
    "actor",
    "topic",
    "stance",
    "mentions",
    "kind",
    "act",
    "attribution",
    "relayed_by",
    "outlet",
    "event",
    "date_after",
    "date_before",
    "status",
    "sort",
)
_SAFE = re.compile(r"[^a-z0-9-]+")


def export_filename(params, extension, *, today):
    """parley-statements-2026-11-25-actor-donald-trump-topic-territory.csv, ASCII only."""
    parts = ["parley-statements", today.isoformat()]
    for name in FILENAME_PARAMS:
        values = params.getlist(name) if hasattr(params, "getlist") else params.get(name) or []
        if isinstance(values, str):
            values = [values]
        for value in values:
            cleaned = _SAFE.sub("-", slugify(str(value))).strip("-")
            if cleaned:
                parts.append(f"{name.replace('_', '-')}-{cleaned}")
    stem = "-".join(parts)[:150].rstrip("-")
    return f"{stem}.{extension}"
