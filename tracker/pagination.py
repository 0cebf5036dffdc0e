"""Keyset (cursor) pagination over statements ordered by (said_on, id).

The cursor is a signed, URL-safe token holding the boundary row's date and id and the
direction to read in; pages stay stable while statements are added, and the database
serves each page from the published timeline index with a row-value comparison (tracker/db/keyset.py).
"""

import datetime
from dataclasses import dataclass, field

from django.core import signing
from django.utils.translation import gettext_lazy as _

from .db import keyset
from .models import statement_order

SALT = "tracker.pagination.cursor"
FORWARD, BACKWARD = "f", "b"
DEFAULT_PAGE_SIZE = 25


class InvalidCursor(ValueError):
    message = _("This page link is damaged or out of date. Start again from the first page.")


def encode_cursor(statement, direction):
    return signing.dumps([statement.said_on.isoformat(), statement.pk, direction], salt=SALT, compress=False)


def decode_cursor(token):
    try:
        said_on, pk, direction = signing.loads(token, salt=SALT)
        if direction not in (FORWARD, BACKWARD) or not isinstance(pk, int) or isinstance(pk, bool):
            raise ValueError(direction)
        return datetime.date.fromisoformat(said_on), pk, direction
    except (signing.BadSignature, ValueError, TypeError) as error:
        raise InvalidCursor(str(error)) from error


@dataclass
class KeysetPage:
    object_list: list = field(default_factory=list)
    next_cursor: str | None = None
    previous_cursor: str | None = None

    def __iter__(self):
        return iter(self.object_list)

    def __len__(self):
        return len(self.object_list)

    @property
    def has_other_pages(self):
        return bool(self.next_cursor or self.previous_cursor)


def paginate(queryset, *, sort="newest", cursor=None, page_size=DEFAULT_PAGE_SIZE):
    """One page of `queryset` (already filtered) in `sort` order; InvalidCursor on a bad token."""
    newest_first = sort != "oldest"
    forward_order = statement_order(sort)
    backward_order = statement_order("newest" if not newest_first else "oldest")
    direction = FORWARD
    if cursor:
        said_on, pk, direction = decode_cursor(cursor)
        reading_down = (direction == FORWARD) == newest_first
        queryset = keyset.beyond(queryset, said_on, pk, "<" if reading_down else ">")
    ordered = queryset.order_by(*(forward_order if direction == FORWARD else backward_order))
    rows = list(ordered[: page_size + 1])
    more = len(rows) > page_size
    rows = rows[:page_size]
    if direction == BACKWARD:
        rows.reverse()
    page = KeysetPage(object_list=rows)
    if rows:
        has_next = more if direction == FORWARD else True
        has_previous = bool(cursor) if direction == FORWARD else more
        if has_next:
            page.next_cursor = encode_cursor(rows[-1], FORWARD)
        if has_previous:
            page.previous_cursor = encode_cursor(rows[0], BACKWARD)
    return page
