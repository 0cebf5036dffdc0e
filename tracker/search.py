"""Full-text search over statements' text, original text and setting.

PostgreSQL: a `search_vector` tsvector column kept by a trigger, GIN-indexed (english
stemming). SQLite: an external-content FTS5 table `tracker_statement_fts` (porter
tokenizer) kept in step by triggers. Both are created by migration 0002 for their
database only.

On SQLite (and for a search naming an actor), a narrow search (fewer than BROAD_MATCHES
matches) filters by the matching ids, read from the index first; a broad one is a subquery on
the index (sql.ids_in: "ceasefire" at 1M has 178,000 matches, and its first page went from
150–250 ms to 15–35 ms on SQLite).

Readers' searches on SQLite read a second index, of published statements in timeline order
(tracker/db/searchorder.py, migration 0016).

PostgreSQL filters by `search_vector @@ …` itself and lets the planner choose: the GIN index
for a rare word, the date index for a common one, testing each row it reads until the page is
full; reading the first 5,000 matches to tell the two apart cost 25 ms at 100,000. A reader's
search is counted and charted from a kept table of the published statements instead
(tracker/db/searchorder_postgresql.py, migration 0018): through it, a page would unpack each
statement's words from TOAST (at 200,000, API `q_actor` 10 → 40 ms).
"""

import re

from django.db import connection, connections
from django.db.models import BooleanField
from django.db.models.expressions import RawSQL
from django.utils.html import escape
from django.utils.safestring import mark_safe
from rapidfuzz import fuzz, process

from . import versions
from .db import searchorder
from .db.subqueries import first_ids, ids_in
from .text import normalize_name

WORD_RE = re.compile(r"\w+", re.UNICODE)
TERM_RE = re.compile(r'"([^"]*)"|(\S+)')
MARK_OPEN, MARK_CLOSE = "\ue000", "\ue001"
MAX_TERMS = 16
BROAD_MATCHES = 5000
# A search names an actor when it is (or nearly is, at this rapidfuzz ratio) the actor's name, an alias or
# a word of the name: "zelensky" names Volodymyr Zelenskyy. Shorter searches must match exactly.
SAME_NAME_RATIO = 90
MIN_FUZZY_LENGTH = 5
SUGGEST_RATIO = 75


def parse_terms(query):
    """Words and "quoted phrases" as lists of words; punctuation never reaches the index."""
    terms = []
    for phrase, word in TERM_RE.findall(query.replace("\u201c", '"').replace("\u201d", '"')):
        words = WORD_RE.findall(phrase or word)
        if words:
            terms.append(words)
    return terms[:MAX_TERMS]


def match_expression(terms):
    """One query string both engines read the same way: every term a quoted phrase, all required."""
    return " ".join('"{}"'.format(" ".join(words)) for words in terms)


def _vendor():
    return connection.vendor


def matching_sql(expression):
    """(SQL selecting the ids of statements matching `expression`, params)."""
    if _vendor() == "postgresql":
        return (
            "SELECT id FROM tracker_statement WHERE search_vector @@ websearch_to_tsquery('english', %s)",
            [expression],
        )
    if _vendor() == "sqlite":
        return "SELECT rowid FROM tracker_statement_fts WHERE tracker_statement_fts MATCH %s", [expression]
    raise NotImplementedError(f"No full-text index for {_vendor()}")  # pragma: no cover


def registry_sql(sql, params, actor_ids):
    """`sql` (selecting statement ids) joined by the statements of the actors `actor_ids` and those
    mentioning them: a search for a person finds what they said and what was said about them."""
    from .models import Statement

    if not actor_ids:
        return sql, params
    marks = ", ".join(["%s"] * len(actor_ids))
    mentions = Statement.mentions.through._meta.db_table
    sql = (
        f"{sql} UNION SELECT id FROM {Statement._meta.db_table} WHERE speaker_id IN ({marks})"
        f" UNION SELECT statement_id FROM {mentions} WHERE actor_id IN ({marks})"
    )
    return sql, [*params, *actor_ids, *actor_ids]


def filter_statements(
    queryset, query, *, first_ids=first_ids, actor_ids=(), published=False, speakers=(), oldest=False
):
    """Statements of `queryset` matching `query`, or spoken by or mentioning the actors `actor_ids`.
    `first_ids(using, sql, params, limit)` reads the first matches (a filterset passes its own,
    which remembers them). `published`: `queryset` holds published statements only; `speakers`,
    the ids of the speakers `queryset` is narrowed to, if it is; `oldest`: it is read oldest first."""
    terms = parse_terms(query)
    if not terms:
        return queryset.none()
    expression = match_expression(terms)
    if not actor_ids and connections[queryset.db].vendor == "postgresql":
        # The planner knows how common each word is (the column's statistics): a rare one is read
        # from the GIN index, a common one tested on each row as a page walks the date index.
        return queryset.filter(
            RawSQL("search_vector @@ websearch_to_tsquery('english', %s)", [expression], output_field=BooleanField())
        )
    if published and not actor_ids and searchorder.available(queryset.db):
        fts = searchorder.fts_query(expression, speakers)
        return searchorder.in_order(queryset, fts, first_ids, BROAD_MATCHES, oldest)
    sql, params = registry_sql(*matching_sql(expression), sorted(actor_ids))
    ids = first_ids(queryset.db, sql, params, BROAD_MATCHES)
    if len(ids) < BROAD_MATCHES:
        return queryset.filter(id__in=ids)
    return ids_in(queryset, sql, params)


def highlights(statement_ids, query):
    """{id: safe HTML of the text with matched words in <mark>} for the given statements."""
    terms = parse_terms(query or "")
    ids = list(statement_ids)
    if not terms or not ids:
        return {}
    expression = match_expression(terms)
    placeholders = ", ".join(["%s"] * len(ids))
    with connection.cursor() as cursor:
        if _vendor() == "postgresql":
            cursor.execute(
                "SELECT id, ts_headline('english', text, websearch_to_tsquery('english', %s), "
                f"%s) FROM tracker_statement WHERE id IN ({placeholders})",
                [expression, f"HighlightAll=true, StartSel={MARK_OPEN}, StopSel={MARK_CLOSE}", *ids],
            )
        else:
            cursor.execute(
                f"SELECT rowid, highlight(tracker_statement_fts, 0, %s, %s) FROM tracker_statement_fts "
                f"WHERE tracker_statement_fts MATCH %s AND rowid IN ({placeholders})",
                [MARK_OPEN, MARK_CLOSE, expression, *ids],
            )
        rows = cursor.fetchall()
    return {pk: mark_up(text) for pk, text in rows}


def mark_up(text):
    """Escape everything, then turn only our own sentinel characters into <mark>."""
    html = escape(text or "")
    html = re.sub(f"{MARK_OPEN}([^{MARK_OPEN}{MARK_CLOSE}]*){MARK_CLOSE}", r"<mark>\1</mark>", html)
    return mark_safe(html.replace(MARK_OPEN, "").replace(MARK_CLOSE, ""))


def registry():
    """{"actors": [(id, slug, name, [normalised names: full name, its words, aliases])],
    "topics": [(slug, name, normalised name)]}: the public registry only, cached until membership changes."""

    def compute():
        from .models import ActorAlias
        from .queries import public_actors, public_topics

        aliases = {}
        for actor_id, alias in ActorAlias.objects.values_list("actor_id", "normalized"):
            aliases.setdefault(actor_id, []).append(alias)
        actors = []
        for actor_id, slug, name in public_actors().order_by("name", "id").values_list("id", "slug", "name"):
            full = normalize_name(name)
            words = [word for word in full.split() if len(word) > 2]
            actors.append((actor_id, slug, name, [full, *words, *aliases.get(actor_id, [])]))
        topics = [(slug, name, normalize_name(name)) for slug, name in public_topics().values_list("slug", "name")]
        return {"actors": actors, "topics": topics}

    return versions.membership_cached("search-registry", compute)


def actors_named(query):
    """The actors a search names by their name, an alias or a word of the name (or a near spelling)."""
    wanted = normalize_name(query or "")
    if not wanted or '"' in (query or ""):
        return []
    fuzzy = len(wanted) >= MIN_FUZZY_LENGTH
    found = []
    for actor_id, slug, name, names in registry()["actors"]:
        if wanted in names or (fuzzy and process.extractOne(wanted, names, scorer=fuzz.ratio)[1] >= SAME_NAME_RATIO):
            found.append((actor_id, slug, name))
    return found


def topics_named(query):
    """Topics whose name is the search or holds it ("guarantees" names Security guarantees)."""
    wanted = normalize_name(query or "")
    if len(wanted) < 3:
        return []
    pattern = re.compile(rf"\b{re.escape(wanted)}")
    return [(slug, name) for slug, name, normalized in registry()["topics"] if pattern.search(normalized)]


def nearest(query, limit=3):
    """[("actor" | "topic", slug, name)]: the registry entries nearest to a search that found nothing."""
    wanted = normalize_name(query or "")
    if len(wanted) < 3:
        return []
    data = registry()
    choices = {}
    for _actor_id, slug, name, names in data["actors"]:
        for normalized in names:
            choices[("actor", slug, name, normalized)] = normalized
    for slug, name, normalized in data["topics"]:
        choices[("topic", slug, name, normalized)] = normalized
    best = {}
    for _match, score, key in process.extract(wanted, choices, scorer=fuzz.WRatio, limit=limit * 4):
        if score >= SUGGEST_RATIO and key[:3] not in best:
            best[key[:3]] = score
    return sorted(best, key=lambda key: -best[key])[:limit]
