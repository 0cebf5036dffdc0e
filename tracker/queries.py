"""Reads. Every list of statements — timeline, feeds, API, exports — comes from here."""

from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef

from . import versions
from .filters import StatementFilter
from .models import Actor, Event, Outlet, StanceCount, Statement, StatementSource, Topic, statement_order


def can_see_unpublished(user):
    return bool(user and user.is_active and user.has_perm("tracker.export_statement"))


def visible_statements(*, user=None, statuses=None, with_retracted=False):
    """Readers get published statements (and, where a retraction must reach them, retracted ones);
    exporters may ask for other statuses explicitly."""
    if statuses and can_see_unpublished(user):
        return Statement.objects.filter(status__in=statuses)
    return Statement.objects.public() if with_retracted else Statement.objects.published()


def statement_filterset(*, params, user=None, with_retracted=False):
    """A bound StatementFilter over what `user` may see; call `is_valid()` before `.qs`.

    `with_retracted`: readers' surfaces that must carry a retraction as an update (feeds)."""
    statuses = params.getlist("status") if hasattr(params, "getlist") else params.get("status")
    if not can_see_unpublished(user):
        params = params.copy()
        params.pop("status", None)
        statuses = None
    queryset = visible_statements(user=user, statuses=statuses, with_retracted=with_retracted)
    published_only = not with_retracted and not (statuses and can_see_unpublished(user))
    return StatementFilter(
        params, queryset=queryset, public_registry=not can_see_unpublished(user), published_only=published_only
    )


def order_statements(queryset, sort="newest"):
    return queryset.order_by(*statement_order(sort))


def statement_list(*, params, user=None, paging=False, relations=True):
    """Filtered, ordered statements with their relations; ValidationError on bad params.

    `paging=True` when only a page will be read (API, feeds): the same statements, queried
    so that the first rows come quickly (StatementFilter.paging_qs). `relations=False`: the
    rows alone, for a reader that loads what it needs (tracker/fragments.py).
    """
    filterset = statement_filterset(params=params, user=user)
    if not filterset.is_valid():
        raise ValidationError(filterset.errors)
    statements = order_statements(filterset.paging_qs if paging else filterset.qs, filterset.sort_order)
    return statements.with_relations() if relations else statements


# Registry records follow their statements: readers see an actor, topic, event or outlet only while
# some published statement uses it. Staff see every record in the admin and in exports.


def _published(**lookups):
    return Exists(Statement.objects.published().filter(**lookups))


def public_actors():
    """Actors a published statement is by, relayed by, or about: their ids kept until membership changes,
    as the topics' are (a page's filter form, its search and its registry read them up to three times;
    at 1M each read was 8–9 ms on PostgreSQL)."""
    return Actor.objects.filter(pk__in=public_actor_ids())


def public_actor_ids():
    return versions.membership_cached("public-actor-ids", _public_actor_ids)


def _public_actor_ids():
    mentions = Statement.mentions.through.objects.filter(
        actor_id=OuterRef("pk"), statement__status=Statement.Status.PUBLISHED
    )
    used = Actor.objects.filter(
        _published(speaker=OuterRef("pk")) | _published(relayed_by=OuterRef("pk")) | Exists(mentions)
    )
    return sorted(used.values_list("id", flat=True))


def public_topics():
    """Topics a published statement takes a stance on, and the broader topics above them."""
    return Topic.objects.filter(pk__in=public_topic_ids())


def public_topic_ids():
    return versions.membership_cached("public-topic-ids", _public_topic_ids)


def _public_topic_ids():
    # A published statement takes a stance on the topic itself: its every-speaker stance counts, kept in the
    # writing transaction, say so in one index seek (PostgreSQL at 1M: 5.4 → 1.9 ms; SQLite about the same).
    counted = StanceCount.objects.filter(topic=OuterRef("pk"), speaker=StanceCount.EVERY, n__gt=0)
    used = Topic.objects.filter(Exists(counted)).values_list("id", flat=True)
    parent_of = dict(Topic.objects.values_list("id", "parent_id"))
    shown = set()
    for topic_id in used:
        while topic_id is not None and topic_id not in shown:
            shown.add(topic_id)
            topic_id = parent_of.get(topic_id)
    return sorted(shown)


def public_events():
    return Event.objects.filter(_published(event=OuterRef("pk")))


def public_outlets():
    sources = StatementSource.objects.filter(
        source__outlet_id=OuterRef("pk"), statement__status=Statement.Status.PUBLISHED
    )
    return Outlet.objects.filter(Exists(sources))


PUBLIC_REGISTRY = {"actor": public_actors, "topic": public_topics, "event": public_events, "outlet": public_outlets}
# The kinds whose public ids are kept (the others are counted in the database).
PUBLIC_IDS = {"actor": public_actor_ids, "topic": public_topic_ids}
