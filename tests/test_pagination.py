"""Keyset pagination: next/previous through the timeline, stable under inserts."""

import datetime
import re

import pytest
from django.core import signing
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories
from tracker.models import Statement
from tracker.pagination import SALT, InvalidCursor, decode_cursor, paginate

pytestmark = pytest.mark.django_db


@pytest.fixture
def statements(db):
    speaker = factories.ActorFactory()
    start = datetime.date(2025, 1, 1)
    # Two per day, so the id tiebreak matters.
    return [
        factories.StatementFactory(
            speaker=speaker, text=f"Numbered remark {n:02d}.", said_on=start + datetime.timedelta(days=n // 2)
        )
        for n in range(60)
    ]


def numbers(html):
    return [int(n) for n in re.findall(r"Numbered remark (\d\d)\.", html)]


def link(html, rel):
    found = re.search(rf'rel="{rel}" href="([^"]+)"', html)
    return found and found.group(1).replace("&amp;", "&")


def test_next_and_previous_walk_the_whole_timeline_newest_first(client, statements):
    html = client.get("/").content.decode()
    first = numbers(html)
    assert first == list(range(59, 34, -1))
    assert link(html, "prev") is None
    second_html = client.get("/" + link(html, "next")).content.decode()
    assert numbers(second_html) == list(range(34, 9, -1))
    third_html = client.get("/" + link(second_html, "next")).content.decode()
    assert numbers(third_html) == list(range(9, -1, -1))
    assert link(third_html, "next") is None
    back = client.get("/" + link(third_html, "prev")).content.decode()
    assert numbers(back) == list(range(34, 9, -1))
    assert numbers(client.get("/" + link(back, "prev")).content.decode()) == first


def test_oldest_first_pages_forward_in_date_order(client, statements):
    html = client.get("/?sort=oldest").content.decode()
    assert numbers(html) == list(range(25))
    following = client.get("/" + link(html, "next")).content.decode()
    assert numbers(following) == list(range(25, 50))
    assert "sort=oldest" in link(html, "next")


def test_pages_are_stable_when_statements_are_added(client, statements):
    html = client.get("/").content.decode()
    next_url = link(html, "next")
    factories.StatementFactory(text="Numbered remark 99.", said_on=datetime.date(2025, 6, 1))
    factories.StatementFactory(text="Numbered remark 98.", said_on=datetime.date(2025, 1, 20))
    assert numbers(client.get("/" + next_url).content.decode())[:3] == [34, 33, 32]


def test_cursor_keeps_the_filters(client, statements):
    html = client.get("/?q=remark").content.decode()
    assert "q=remark" in link(html, "next")


@pytest.mark.parametrize(
    "cursor",
    [
        "garbage",
        "",  # an empty cursor is the first page
        signing.dumps(["2025-01-01", 5, "f"], salt="another-salt"),
        signing.dumps(["2025-13-01", 5, "f"], salt=SALT),
        signing.dumps(["2025-01-01", "5", "f"], salt=SALT),
        signing.dumps(["2025-01-01", 5, "sideways"], salt=SALT),
        signing.dumps({"said_on": "2025-01-01"}, salt=SALT),
    ],
    # Signed values carry a timestamp: named ids keep the test ids the same in every process (pytest -n).
    ids=["garbage", "empty", "other-salt", "bad-date", "id-as-text", "bad-direction", "object"],
)
def test_malformed_or_tampered_cursor_is_400_with_a_message(client, statements, cursor):
    response = client.get("/", {"cursor": cursor})
    if cursor == "":
        assert response.status_code == 200
        return
    assert response.status_code == 400
    assert "This page link is damaged or out of date" in response.content.decode()


def test_tampering_with_a_real_cursor_is_detected(client, statements):
    html = client.get("/").content.decode()
    cursor = re.search(r"cursor=([^&\"]+)", link(html, "next")).group(1)
    tampered = cursor[:-2] + ("AA" if cursor[-2:] != "AA" else "BB")
    assert client.get("/", {"cursor": tampered}).status_code == 400
    with pytest.raises(InvalidCursor):
        decode_cursor(tampered)


def test_page_query_uses_a_row_value_comparison(statements):
    cursor = signing.dumps(["2025-01-10", statements[20].pk, "f"], salt=SALT)
    with CaptureQueriesContext(connection) as queries:
        page = paginate(Statement.objects.published(), cursor=cursor, page_size=5)
    assert [s.pk for s in page] == [s.pk for s in statements[19:14:-1]]
    assert re.search(r'\("tracker_statement"\."said_on", "tracker_statement"\."id"\) < \(', queries[-1]["sql"])
