"""Rendered statements, kept by what they show: the timeline item and the API record.

A statement looks the same to every reader, so each page renders only the statements it has
not seen before: one `get_many` from the `fragments` cache for the whole page, then the missing
ones have their topics and sources prefetched, are rendered together and kept. Unlike the stored
whole pages (tracker/http.py), an edit retires only the edited statement's copies. At 100,000
statements (SQLite) a page whose statements are kept took 7 ms of CPU instead of 24 (timeline),
6 instead of 19 (API): README, "Performance".

A copy is keyed by
- the statement's id, `version` and `updated_at`: every save goes up its version, and a change of
  its topics, sources or mentions touches its `updated_at` (tracker/signals.py);
- the registry stamp (`versions.registry_stamp()`): the names, slugs and source titles it shows
  change with a registry record's edit or deletion, or a bulk write, and move the stamp;
- what else the rendering reads: the language and the search highlights; the API's scheme and host.

Which statements a page shows is still decided by its query (the visibility rules of
tracker/queries.py), never by the cache. A copy is rendered without the request, so it cannot
hold anything of one reader's (a staff link, a CSRF token).
"""

import hashlib

from django.core.cache import caches
from django.db.models import prefetch_related_objects
from django.template.loader import get_template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from . import versions
from .models import statement_rows

ITEM_TEMPLATE = "tracker/includes/_statement_item.html"
# The keys are exact; the time only returns memory from statements nobody reads any more.
KEEP_SECONDS = 24 * 60 * 60


def items(statements):
    """The timeline item (HTML) of each statement, with its search highlights when it has them."""
    template = get_template(ITEM_TEMPLATE)

    def render(missing):
        # The highlights are given, not looked up on the statement: a template's failed attribute
        # lookup lists the object's attributes (dir()) to tell a missing one from a broken property.
        return [
            template.render({"statement": statement, "highlighted": _highlights(statement)}) for statement in missing
        ]

    relations = ("speaker", "relayed_by", *statement_rows(mentions=False))  # an item shows no mentions
    found = _kept("item", statements, (get_language(),), render, relations, marks=_highlights)
    return [mark_safe(html) for html in found]


def records(statements, serializer_class, context):
    """The API record of each statement, as `serializer_class` writes it."""

    def render(missing):
        return serializer_class(missing, many=True, context=context).data

    relations = ("speaker", "relayed_by", "event", *statement_rows())
    base = context["request"].build_absolute_uri("/")  # records carry absolute URLs
    return _kept("record", statements, (base,), render, relations)


def _highlights(statement):
    return getattr(statement, "highlighted_text", None) or ""


def digest(value):
    """A short, stable name for `value` in a cache key."""
    return hashlib.blake2b(repr(value).encode(), digest_size=12).hexdigest()


def _kept(kind, statements, context, render, relations, marks=None):
    """`render(statements)` from the cache where it holds a copy; the rest rendered and kept."""
    cache = caches["fragments"]
    shared = digest((versions.registry_stamp(), *context))
    keys = []
    for statement in statements:
        key = f"parley:{kind}:{statement.pk}:{statement.version}:{statement.updated_at.isoformat()}:{shared}"
        marked = marks(statement) if marks else ""
        keys.append(f"{key}:{digest(marked)}" if marked else key)
    found = cache.get_many(keys)
    missing = [(key, statement) for key, statement in zip(keys, statements, strict=True) if key not in found]
    if missing:
        fresh = [statement for _key, statement in missing]
        prefetch_related_objects(fresh, *relations)
        rendered = dict(zip((key for key, _statement in missing), render(fresh), strict=True))
        cache.set_many(rendered, KEEP_SECONDS)
        found.update(rendered)
    return [found[key] for key in keys]
