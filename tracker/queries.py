"""Reads. Every list of statements — timeline, feeds, API, exports — comes from here."""

from django.core.exceptions import ValidationError

from .filters import StatementFilter
from .models import Statement


def can_see_unpublished(user):
    return bool(user and user.is_active and user.has_perm("tracker.export_statement"))


def visible_statements(*, user=None, statuses=None):
    """Readers get published statements; exporters may ask for other statuses explicitly."""
    if statuses and can_see_unpublished(user):
        return Statement.objects.filter(status__in=statuses)
    return Statement.objects.published()


def statement_filterset(*, params, user=None):
    """A bound StatementFilter over what `user` may see; call `is_valid()` before `.qs`."""
    statuses = params.getlist("status") if hasattr(params, "getlist") else params.get("status")
    if not can_see_unpublished(user):
        params = params.copy()
        params.pop("status", None)
        statuses = None
    return StatementFilter(params, queryset=visible_statements(user=user, statuses=statuses))


def order_statements(queryset, sort="newest"):
    if sort == "oldest":
        return queryset.order_by("said_on", "id")
    return queryset.order_by("-said_on", "-id")


def statement_list(*, params, user=None, paging=False):
    """Filtered, ordered statements with their relations; ValidationError on bad params.

    `paging=True` when only a page will be read (API, feeds): the same statements, queried
    so that the first rows come quickly (StatementFilter.paging_qs).
    """
    filterset = statement_filterset(params=params, user=user)
    if not filterset.is_valid():
        raise ValidationError(filterset.errors)
    statements = filterset.paging_qs if paging else filterset.qs
    return order_statements(statements, filterset.sort_order).with_relations()
