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


# --- pages kept across edits of wording elsewhere (http.shows, the membership stamp) -----------

TIMELINE_URLS = [
    "/?actor=vladimir-putin",
    "/actors/vladimir-putin/",
    "/topics/territory/",
    "/feeds/statements.atom?actor=vladimir-putin",
    "/api/statements/?actor=vladimir-putin",
]


def edit_wording(statement, text):
    loaded = Statement.objects.get(pk=statement.pk)
    loaded.text = text
    loaded.save()


@pytest.mark.parametrize("url", TIMELINE_URLS)
def test_a_page_is_kept_while_only_other_statements_words_change(client, world, url):
    first = client.get(url)
    assert "Putin told him the war would be over soon." in first.content.decode()
    edit_wording(world.guarantee_quote, "President Trump is willing to give Ukraine security guarantees.")

    with CaptureQueriesContext(connection) as queries:
        again = Client().get(url)
    assert again.content == first.content
    assert again["ETag"] != first["ETag"]  # a new version all the same
    assert len(queries) == 2  # the record version, and its statements' versions: no view ran


@pytest.mark.parametrize("url", ["/", *TIMELINE_URLS])
def test_a_kept_page_is_never_served_once_its_own_statement_changes(client, world, url):
    assert "Putin told him the war would be over soon." in client.get(url).content.decode()
    edit_wording(world.trump_relay, "Putin told him the war would last.")

    page = Client().get(url).content.decode()
    assert "Putin told him the war would last." in page
    assert "would be over soon" not in page


def test_a_kept_page_follows_a_newly_published_statement_at_once(client, world):
    assert "Ukraine will not cede land" not in client.get("/topics/territory/").content.decode()
    edit_wording(world.guarantee_quote, "Reworded.")  # the page is kept across this
    Client().get("/topics/territory/")
    statement = factories.StatementFactory(speaker=world.zelenskyy, text="Ukraine will not cede land.")
    factories.StatementTopicFactory(statement=statement, topic=world.territory)
    assert "Ukraine will not cede land." in Client().get("/topics/territory/").content.decode()


def test_a_search_is_never_kept_across_edits_of_wording(client, world):
    assert "would be over soon" not in client.get("/?q=cede").content.decode()
    edit_wording(world.trump_relay, "Putin told him Ukraine would have to cede land.")
    assert "Putin told him Ukraine would have to" in Client().get("/?q=cede").content.decode()  # (cede is marked)
