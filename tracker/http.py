"""HTTP caching for readers: validators from the shared record version, and compression.

Every public GET that answers 200 to an anonymous reader carries an `ETag` (the record version,
the URL and what the response varies on) and a `Last-Modified` (the version's time). A
conditional request whose validator still holds is answered 304 before any view runs: one
primary-key lookup, no rendering. `Cache-Control: public, no-cache` lets browsers and shared
caches keep a copy but revalidate it on every use, so the one-second visibility rule holds
through any cache; PARLEY_SHARED_CACHE_SECONDS (default 0, at most 5) lets a shared cache serve
its copy that many seconds without asking, for a news spike. Staff get `private, no-cache`.

While cached aggregates may still be inside their grace period after a change (tracker/aggregates.py),
the validator also carries a five-second time slice, so a page whose counts were stale is not
kept beyond it.

The response itself is kept in Django's cache under its validator (PARLEY_PAGE_CACHE_SECONDS,
responses up to PARLEY_PAGE_CACHE_MAX_BYTES): during a news spike every reader of a page after
the first gets the stored copy without a view running. The validator names the record version,
so a change readers can see retires every stored copy at once, in every process.
"""

import datetime
import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, HttpResponseNotModified
from django.middleware.gzip import GZipMiddleware
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.http import http_date, parse_http_date_safe, quote_etag

from . import versions

# Not reader surfaces: the admin, staff exports, and the chart images (aggregates with their own
# max-age, tracker/views.ChartView).
EXCLUDED_PREFIXES = ("/admin/", "/export/", "/charts/", "/static/", "/api/schema/")
SLICE_SECONDS = 5


def is_reader_request(request):
    return request.method in ("GET", "HEAD") and not request.path.startswith(EXCLUDED_PREFIXES)


def is_anonymous(request):
    user = getattr(request, "user", None)
    return user is None or not user.is_authenticated


def page_parts(request, changed):
    """What a page at a stamp last moved at `changed` (a timestamp) also depends on: the date ("this week"
    moves with it), a five-second slice while aggregates may lag the change, the URL and `Accept`."""
    now = time.time()
    today = datetime.datetime.now(datetime.UTC).date().isoformat()
    in_grace = now - changed < settings.PARLEY_AGGREGATE_GRACE_SECONDS
    slice_ = int(now // SLICE_SECONDS) if in_grace else ""
    return today, slice_, request.get_full_path(), request.headers.get("Accept", "")


def digest(parts):
    return hashlib.blake2b(repr(parts).encode(), digest_size=12).hexdigest()


def validators(request):
    """(ETag, last modified as a timestamp) of what this URL shows readers at the current version."""
    version, changed_at = versions.current()
    changed = changed_at.timestamp() if changed_at else 0.0
    today, *parts = page_parts(request, changed)
    midnight = datetime.datetime.combine(datetime.date.fromisoformat(today), datetime.time(), tzinfo=datetime.UTC)
    return quote_etag(f"{version}-{digest((version, changed, today, *parts))}"), max(changed, midnight.timestamp())


def matches(request, etag, last_modified):
    none_match = request.headers.get("If-None-Match")
    if none_match is not None:
        return any(tag.strip().removeprefix("W/") == etag for tag in none_match.split(","))
    since = parse_http_date_safe(request.headers.get("If-Modified-Since", ""))
    return since is not None and int(last_modified) <= since


class ReaderCacheMiddleware:
    """Validators and 304s for anonymous readers; `private` for staff. After AuthenticationMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_reader_request(request):
            return self.get_response(request)
        if not is_anonymous(request):
            response = self.get_response(request)
            patch_cache_control(response, private=True, no_cache=True)
            return response
        etag, last_modified = validators(request)
        if matches(request, etag, last_modified):
            response = self.not_modified(etag, last_modified)
        else:
            response = stored_page(request, etag) or kept_page(request, etag)
            if response is None:
                response = self.get_response(request)
                if response.status_code != 200 or response.cookies or response.has_header("Cache-Control"):
                    return response
                store_page(request, etag, response)
                keep_page(request, response)
            response.headers["ETag"] = etag
            response.headers["Last-Modified"] = http_date(last_modified)
        seconds = min(settings.PARLEY_SHARED_CACHE_SECONDS, 5)
        if seconds:
            patch_cache_control(response, public=True, max_age=0, s_maxage=seconds)
        else:
            patch_cache_control(response, public=True, no_cache=True)
        patch_vary_headers(response, ("Cookie", "Accept"))
        return response

    @staticmethod
    def not_modified(etag, last_modified):
        response = HttpResponseNotModified()
        response.headers["ETag"] = etag
        response.headers["Last-Modified"] = http_date(last_modified)
        return response


def page_key(etag):
    return f"parley:page:{etag}"


def stored_page(request, etag):
    """The response stored for this validator, as a new response, or None."""
    if request.method != "GET" or not settings.PARLEY_PAGE_CACHE_SECONDS:
        return None
    stored = cache.get(page_key(etag))
    if stored is None:
        return None
    headers, content = stored
    return HttpResponse(content, headers=headers)


def store_page(request, etag, response):
    """Keep a reader's 200 response under its validator: plain (not streamed), under the size limit."""
    if request.method != "GET" or not settings.PARLEY_PAGE_CACHE_SECONDS or response.streaming:
        return
    if len(response.content) > settings.PARLEY_PAGE_CACHE_MAX_BYTES:
        return
    cache.set(page_key(etag), (dict(response.headers), response.content), settings.PARLEY_PAGE_CACHE_SECONDS)


class ReaderGZipMiddleware(GZipMiddleware):
    """Compresses what readers get. Not the admin nor anything a logged-in user gets: their pages
    carry a CSRF token, which compression would expose to BREACH."""

    def process_response(self, request, response):
        if request.path.startswith("/admin/") or not is_anonymous(request):
            return response
        return super().process_response(request, response)


# Pages kept across edits of wording elsewhere. Every change readers can see moves the record version,
# and with it every validator: during a news spike, with editors correcting a statement a second, each
# page would be rendered again after every save. A page whose view names the statements it shows
# (`shows`), and that shows no other words a save can change, is also kept under the membership
# stamp (tracker/versions.py): while who said what when stays as it is, a reader gets it back after
# one query finding each of its statements at the version it was rendered at.


def shows(request, statements, *, query=None):
    """Name the statements whose words this page shows: all of them. Call it only from a view whose
    page holds no other statement's words (a timeline and its rows) — everything else on it must be
    keyed by the membership stamp. A search (`query`) names none: its very rows depend on words."""
    if query:
        return
    request.parley_shows = [(statement.pk, statement.version, statement.updated_at) for statement in statements]


def kept_key(request, kind="page"):
    stamp = versions.membership_stamp()
    changed = stamp.timestamp() if stamp else 0.0
    return f"parley:kept-{kind}:{digest((changed, *page_parts(request, changed)))}"


def kept_content(request, render):
    """`render()` — bytes that show counts and names but no statement's words (a chart) — kept for this
    URL under the membership stamp, as a kept page is, without a check: none of its words can change."""
    key = kept_key(request, "content")
    content = cache.get(key)
    if content is None:
        content = render()
        cache.set(key, content, settings.PARLEY_PAGE_CACHE_SECONDS)
    return content


def keep_page(request, response):
    """Keep a reader's page whose view named the statements it shows (as store_page keeps any page)."""
    shown = getattr(request, "parley_shows", None)
    if shown is None or request.method != "GET" or not settings.PARLEY_PAGE_CACHE_SECONDS or response.streaming:
        return
    if len(response.content) > settings.PARLEY_PAGE_CACHE_MAX_BYTES:
        return
    cache.set(kept_key(request), (dict(response.headers), response.content, shown), settings.PARLEY_PAGE_CACHE_SECONDS)


def kept_page(request, etag):
    """The page kept for this URL at the current membership stamp, if none of its statements changed
    since (a response, stored under `etag` for the readers after this one), else None."""
    from .models import Statement

    if request.method != "GET" or not settings.PARLEY_PAGE_CACHE_SECONDS:
        return None
    kept = cache.get(kept_key(request))
    if kept is None:
        return None
    headers, content, shown = kept
    now = Statement.objects.filter(pk__in=[pk for pk, *_ in shown]).values_list("pk", "version", "updated_at")
    if set(now) != set(shown):
        return None
    cache.set(page_key(etag), (headers, content), settings.PARLEY_PAGE_CACHE_SECONDS)
    return HttpResponse(content, headers=headers)
