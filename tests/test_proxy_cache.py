"""Through deploy/nginx.conf (Debian's nginx in front of the app): visibility stays exact, 304s work,
a spike copy is revalidated with If-None-Match, staff bypass the cache, compression passes through.

Skipped when nginx is missing, unless CI is set (.ci/run installs nginx-light).
"""

import gzip
import os
import time
import urllib.error
import urllib.request
from urllib.parse import urlsplit

import pytest
from django.test import Client

from deploy import cached
from tests.readers import build_world
from tracker.models import Statement

pytestmark = pytest.mark.django_db(transaction=True)

QUOTE = "President Trump is ready"


@pytest.fixture(scope="session")
def nginx_available():
    if cached.nginx_binary():
        return True
    if os.environ.get("CI"):
        pytest.fail(cached.INSTALL_HINT)
    pytest.skip(cached.INSTALL_HINT)


@pytest.fixture
def proxy(nginx_available, live_server):
    with cached.proxy(urlsplit(live_server.url).netloc, workers=1) as url:
        yield url


@pytest.fixture
def world(transactional_db):
    return build_world()


def get(url, **headers):
    """(status, headers, body as text) of a GET; a 304 is an answer, not an error."""
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=20) as response:
            status, found, body = response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        status, found, body = error.code, error.headers, error.read()
    if found.get("Content-Encoding") == "gzip":
        body = gzip.decompress(body)
    return status, found, body.decode()


def unpublish(statement):
    statement.status = Statement.Status.DRAFT
    statement.save()


def test_through_the_proxy_an_unpublished_statement_disappears_at_once(proxy, world):
    status, headers, body = get(proxy + "/")
    assert status == 200 and QUOTE in body
    etag = headers["ETag"]
    status, _, body = get(proxy + "/", **{"If-None-Match": etag})
    assert (status, body) == (304, "")

    unpublish(world.guarantee_quote)

    status, headers, body = get(proxy + "/")
    assert status == 200 and QUOTE not in body
    status, _, body = get(proxy + "/", **{"If-None-Match": etag})
    assert status == 200 and QUOTE not in body


def test_a_spike_copy_is_served_then_revalidated_with_the_origin(proxy, world, settings):
    settings.PARLEY_SHARED_CACHE_SECONDS = 1
    assert get(proxy + "/")[1]["X-Cache-Status"] == "MISS"
    status, headers, body = get(proxy + "/")
    assert (status, headers["X-Cache-Status"]) == (200, "HIT") and QUOTE in body
    status, headers, _ = get(proxy + "/", **{"If-None-Match": headers["ETag"]})
    assert (status, headers["X-Cache-Status"]) == (304, "HIT")

    time.sleep(2.2)  # nginx counts whole seconds: a one-second copy is stale after at most two
    status, headers, body = get(proxy + "/")
    assert (status, headers["X-Cache-Status"]) == (200, "REVALIDATED")  # the origin answered 304
    assert QUOTE in body

    unpublish(world.guarantee_quote)
    time.sleep(2.2)
    status, headers, body = get(proxy + "/")
    assert (status, headers["X-Cache-Status"]) == (200, "EXPIRED")  # revalidated, a new page
    assert QUOTE not in body


def test_staff_bypass_the_cache(proxy, world, editor, settings):
    settings.PARLEY_SHARED_CACHE_SECONDS = 1
    get(proxy + "/")
    client = Client()
    client.force_login(editor)
    session = client.cookies["sessionid"].value
    status, headers, _ = get(proxy + "/", Cookie=f"sessionid={session}")
    assert (status, headers["X-Cache-Status"]) == (200, "BYPASS")
    assert "private" in headers["Cache-Control"]


def test_compressed_and_plain_copies_are_kept_apart(proxy, world, settings):
    settings.PARLEY_SHARED_CACHE_SECONDS = 1
    _, zipped, zipped_body = get(proxy + "/", **{"Accept-Encoding": "gzip"})
    _, plain, plain_body = get(proxy + "/")
    assert zipped["Content-Encoding"] == "gzip"
    assert "Content-Encoding" not in plain
    assert QUOTE in zipped_body and QUOTE in plain_body
    _, again, _ = get(proxy + "/", **{"Accept-Encoding": "gzip"})
    assert (again["X-Cache-Status"], again["Content-Encoding"]) == ("HIT", "gzip")
