"""Readers' responses carry validators from the shared record version; conditional requests get 304."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tests import factories
from tests.readers import build_world
from tracker.models import Statement

pytestmark = pytest.mark.django_db

READER_URLS = [
    "/",
    "/?actor=volodymyr-zelenskyy",
    "/actors/volodymyr-zelenskyy/",
    "/topics/security-guarantees/",
    "/positions/?topic=security-guarantees",
    "/feeds/statements.atom",
    "/api/statements/",
]


@pytest.fixture
def world(db):
    return build_world()


@pytest.mark.parametrize("url", READER_URLS)
def test_reader_responses_carry_validators_and_must_be_revalidated(client, world, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["ETag"] and response["Last-Modified"]
    assert {"public", "no-cache"} <= {part.strip() for part in response["Cache-Control"].split(",")}

    again = client.get(url, HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304
    assert again.content == b""


def test_a_304_is_answered_without_rendering(client, world):
    etag = client.get("/").headers["ETag"]
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/", HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304
    assert len(queries) == 1  # the record version


def test_a_change_readers_can_see_gives_a_new_validator(client, world):
    etag = client.get("/").headers["ETag"]
    world.guarantee_quote.status = Statement.Status.DRAFT
    world.guarantee_quote.save()
    response = client.get("/", HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200
    assert response["ETag"] != etag
    assert "President Trump is ready" not in response.content.decode()


def test_editing_a_draft_keeps_readers_caches(client, world):
    etag = client.get("/").headers["ETag"]
    world.draft.text = "Still a draft, reworded."
    world.draft.save()
    factories.StatementFactory(speaker=world.zelenskyy, status=Statement.Status.DRAFT, text="Another draft.")
    assert client.get("/", HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_each_url_has_its_own_validator(client, world):
    assert client.get("/").headers["ETag"] != client.get("/?actor=donald-trump").headers["ETag"]
    etag = client.get("/").headers["ETag"]
    assert client.get("/?actor=donald-trump", HTTP_IF_NONE_MATCH=etag).status_code == 200


def test_staff_responses_are_private(editor_client, world):
    response = editor_client.get("/")
    assert "private" in response["Cache-Control"]
    assert not response.has_header("ETag")


def test_bad_filters_are_not_cached(client, world):
    response = client.get("/", {"date_after": "not-a-date"})
    assert response.status_code == 400
    assert not response.has_header("ETag")


def test_readers_pages_are_compressed_and_staff_pages_are_not(client, editor_client, world):
    reader = Client().get("/", HTTP_ACCEPT_ENCODING="gzip")
    assert reader["Content-Encoding"] == "gzip"
    staff = editor_client.get("/admin/", HTTP_ACCEPT_ENCODING="gzip")
    assert staff.status_code == 200
    assert not staff.has_header("Content-Encoding")


def test_a_second_reader_gets_the_stored_page_without_a_view_running(client, world):
    first = client.get("/topics/security-guarantees/")
    with CaptureQueriesContext(connection) as queries:
        second = Client().get("/topics/security-guarantees/")
    assert second.status_code == 200
    assert second.content == first.content
    assert second["ETag"] == first["ETag"]
    assert len(queries) == 1  # the record version


def test_a_stored_page_is_retired_by_a_change_readers_can_see(client, world):
    assert "President Trump is ready" in client.get("/").content.decode()
    world.guarantee_quote.status = Statement.Status.DRAFT
    world.guarantee_quote.save()
    assert "President Trump is ready" not in Client().get("/").content.decode()


def test_staff_never_get_a_readers_stored_page_nor_leave_theirs(client, editor_client, world):
    page = "/actors/volodymyr-zelenskyy/"
    assert "in the admin" not in Client().get(page).content.decode()
    assert "in the admin" in editor_client.get(page).content.decode()
    assert "in the admin" not in Client().get(page).content.decode()


def test_pages_are_not_stored_when_the_page_cache_is_off(client, world, settings):
    settings.PARLEY_PAGE_CACHE_SECONDS = 0
    client.get("/")
    with CaptureQueriesContext(connection) as queries:
        Client().get("/")
    assert len(queries) > 1
