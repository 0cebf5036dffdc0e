"""The public registry as the filter form offers it: type-ahead suggestions for the long lists.

At a million statements the registry holds ~500 actors and ~300 topics: as `<select>`s (three of
actors) they made two thousand options a page. A list longer than SELECT_LIMIT is a text field
instead, which suggests records from `/registry/<kind>.json?q=…` as the reader types (static/
tracker/typeahead.js) and, without JavaScript, accepts a name or a slug that the StatementFilter
resolves (filters.RegistryChoiceField), so the API and the exports accept the same.

Only public records are listed (queries.PUBLIC_REGISTRY), kept with versions.membership_cached
until which records are public changes: a record no published statement uses is suggested nowhere.
"""

from django.core.exceptions import ValidationError
from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from . import queries, versions
from .filters import NO_CONTROL_CHARACTERS, REGISTRY_FIELDS
from .models import ActorAlias, Topic
from .text import normalize_name

# A list this long or shorter stays a plain <select>.
SELECT_LIMIT = 40
SUGGESTIONS = 10
MAX_SUGGESTIONS = 20
MAX_QUERY_LENGTH = 100
KINDS = {"actors": "actor", "topics": "topic", "outlets": "outlet", "events": "event"}
LIST_NAMES = {kind: name for name, kind in KINDS.items()}


def topic_tree(topics=None):
    """[(topic, depth)] in tree order, children under their parent, alphabetical; `topics` may
    be topics or rows with `id` and `parent_id`."""
    if topics is None:
        topics = Topic.objects.only("id", "name", "slug", "parent_id").order_by("name", "id")
    topics = list(topics)
    children = {}
    for topic in topics:
        children.setdefault(topic.parent_id, []).append(topic)
    ordered, stack = [], [(topic, 0) for topic in reversed(children.get(None, []))]
    while stack:
        topic, depth = stack.pop()
        ordered.append((topic, depth))
        stack.extend((child, depth + 1) for child in reversed(children.get(topic.id, [])))
    return ordered


def entries(kind):
    """[(slug, name, hint, [normalised keys])] of the public `kind` ("actor", "topic", …), in the
    order a list of them reads: by name; topics as their tree, narrower under broader."""
    return versions.membership_cached("registry-entries", lambda: _entries(kind), kind)


def _entries(kind):
    if kind == "actor":
        aliases = {}
        for actor_id, alias in ActorAlias.objects.values_list("actor_id", "normalized"):
            aliases.setdefault(actor_id, []).append(alias)
        rows = queries.public_actors().order_by("name", "id").values_list("id", "slug", "name", "title", "country")
        return [
            (slug, name, ", ".join(part for part in (title, country) if part), _keys(name, slug, aliases.get(pk, ())))
            for pk, slug, name, title, country in rows
        ]
    if kind == "topic":
        rows = queries.public_topics().order_by("name", "id").values_list("id", "parent_id", "slug", "name", named=True)
        rows = list(rows)
        names = {row.id: row.name for row in rows}
        return [
            (row.slug, row.name, names.get(row.parent_id, ""), _keys(row.name, row.slug))
            for row, _depth in topic_tree(rows)
        ]
    if kind == "outlet":
        rows = queries.public_outlets().order_by("name", "id").values_list("slug", "name")
        return [(slug, name, "", _keys(name, slug)) for slug, name in rows]
    rows = queries.public_events().order_by("-start_date", "name").values_list("slug", "name", "start_date")
    return [(slug, name, start.isoformat(), _keys(name, slug)) for slug, name, start in rows]


def _keys(name, slug, aliases=()):
    return list(dict.fromkeys([normalize_name(name), *aliases, normalize_name(slug)]))


def sizes():
    """{kind: how many public records}: whether a field is a <select> or a type-ahead. Actors and topics
    from their kept public ids, events and outlets counted in the database: a page whose lists are all
    long never builds their entries (1M: 18 ms cold; 13 → 10 ms from the kept ids)."""

    def count(kind):
        if kind in queries.PUBLIC_IDS:
            return len(queries.PUBLIC_IDS[kind]())
        return queries.PUBLIC_REGISTRY[kind]().count()

    return versions.membership_cached("registry-sizes", lambda: {kind: count(kind) for kind in KINDS.values()})


def names_one(kind, name):
    """Whether `name` names one public record of `kind` (then a typed name finds it)."""
    wanted = normalize_name(name)
    return sum(wanted in keys for _slug, _name, _hint, keys in entries(kind)) == 1


def is_long(field_name):
    kind = REGISTRY_FIELDS.get(field_name)
    return kind is not None and sizes()[kind] > SELECT_LIMIT


def suggest(kind, query, limit=SUGGESTIONS):
    """([(slug, name, hint)], more): the records whose name, alias or slug starts with the query,
    then those with a word starting with it, then those holding it; accents and case aside."""
    wanted = normalize_name(query)
    found = []
    for position, (slug, name, hint, keys) in enumerate(entries(kind)):
        rank = _rank(wanted, keys)
        if rank is not None:
            found.append((rank, position, (slug, name, hint)))
    found.sort()
    return [entry for _rank_, _position, entry in found[:limit]], len(found) > limit


def _rank(wanted, keys):
    if not wanted:
        return 0
    best = None
    for key in keys:
        if key.startswith(wanted):
            return 0
        if f" {wanted}" in f" {key}":
            best = 1
        elif best is None and wanted in key:
            best = 2
    return best


@require_GET
def suggestions(request, kind):
    """`/registry/<kind>.json?q=…&limit=…`: at most `limit` public records matching `q`."""
    if kind not in KINDS:
        return JsonResponse({"errors": {"kind": [_("There is no such list.")]}}, status=404)
    query = request.GET.get("q", "")
    limit = request.GET.get("limit", str(SUGGESTIONS))
    errors = {}
    if len(query) > MAX_QUERY_LENGTH:
        errors["q"] = [_("Type at most %(n)d characters.") % {"n": MAX_QUERY_LENGTH}]
    else:
        try:
            NO_CONTROL_CHARACTERS(query)
        except ValidationError as error:
            errors["q"] = error.messages
    if not (len(limit) <= 3 and limit.isascii() and limit.isdigit() and 1 <= int(limit) <= MAX_SUGGESTIONS):
        errors["limit"] = [_("Give a number from 1 to %(n)d.") % {"n": MAX_SUGGESTIONS}]
    if errors:
        return JsonResponse({"errors": errors}, status=400)
    found, more = suggest(KINDS[kind], query, int(limit))
    results = [{"value": slug, "label": name, "hint": hint} for slug, name, hint in found]
    return JsonResponse({"results": results, "more": more})
