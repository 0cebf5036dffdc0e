"""The editors' desk: the admin index as the day's work — queues with live counts, publications,
changes of position and who did what.

Counts stay cheap at a million statements: a status count reads the (speaker, status, …) index
once per speaker instead of every row (`by_status`); "mine" reads the created_by / updated_by
indexes; stale drafts the partial index on drafts' creation time; publications and activity
read the history's date index; near-duplicates are looked for around the newest drafts and
reviews only (duplicates.pairs_to_decide); changes of position are read from the week's
publications and their speakers' tracks.
"""

import datetime

from django.contrib import admin
from django.core.cache import cache
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from .. import positions, presentation, versions
from ..duplicates import pairs_to_decide
from ..models import Actor, Statement, choice_label

STALE_AFTER = datetime.timedelta(days=7)
OPEN_STATUSES = (Statement.Status.DRAFT, Statement.Status.REVIEW)
LISTED_SHIFTS = 8
LISTED_CHANGES = 8
DUPLICATES_SECONDS = 600


def day_start(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def windows(now=None):
    """{"today": start, "week": start, "stale": cutoff}: the desk's moments, in the site's time zone."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    return {
        "today": day_start(today),
        "week": day_start(today - datetime.timedelta(days=6)),
        "stale": now - STALE_AFTER,
    }


def by_status(statuses):
    """Statements with these statuses, found through the (speaker, status, said_on, id) index: one
    short range per speaker, where a plain `status = …` would read every statement (neither
    SQLite nor PostgreSQL skips through an index's first column on its own)."""
    return Statement.objects.filter(speaker_id__in=Actor.objects.values("id"), status__in=statuses)


def mine(user):
    """Statements `user` created or last edited that are not published yet."""
    return Statement.objects.filter(Q(created_by=user) | Q(updated_by=user), status__in=OPEN_STATUSES)


def published_since(start):
    """Statements first published at or after `start`: candidates from the history's date index."""
    history = Statement.history.model.objects.filter(history_date__gte=start, status=Statement.Status.PUBLISHED)
    return Statement.objects.published().filter(pk__in=history.values("id"), published_at__gte=start)


def stale_drafts(queryset, moments):
    """Drafts created before the stale cutoff, read from the partial index on drafts' creation time."""
    return queryset.filter(status=Statement.Status.DRAFT, created_at__lt=moments["stale"])


def queue_queryset(queue, queryset, user, now=None):
    """The change list's rows for one desk queue (DeskQueueFilter): the same rules as the counts."""
    moments = windows(now)
    if queue == "mine":
        return queryset.filter(Q(created_by=user) | Q(updated_by=user), status__in=OPEN_STATUSES)
    if queue == "stale":
        return stale_drafts(queryset, moments)
    if queue in ("today", "week"):
        return queryset.filter(status=Statement.Status.PUBLISHED, published_at__gte=moments[queue])
    return queryset


class DeskQueueFilter(admin.SimpleListFilter):
    """The desk's queues that are not a plain status: mine, stale drafts, today's and this week's publications."""

    title = _("work queue")
    parameter_name = "queue"

    def lookups(self, request, model_admin):
        return (
            ("mine", _("Mine, not yet published")),
            ("stale", _("Drafts older than a week")),
            ("today", _("Published today")),
            ("week", _("Published in the last 7 days")),
        )

    def queryset(self, request, queryset):
        return queue_queryset(self.value(), queryset, request.user) if self.value() else queryset


def changelist_url(**params):
    return f"{reverse('admin:tracker_statement_changelist')}?{urlencode(params)}"


def duplicates_to_decide():
    """How many pairs duplicates.pairs_to_decide finds, kept until any statement is saved: every save
    writes a history row, and the newest history id keys the count."""
    newest = Statement.history.model.objects.order_by("-history_id").values_list("history_id", flat=True).first()
    key = f"parley:desk-duplicates:{newest}"
    count = cache.get(key)
    if count is None:
        count = len(pairs_to_decide())
        cache.set(key, count, DUPLICATES_SECONDS)
    return count


def queues(user, now=None):
    """[(label, count, url)] of the work waiting, each linking to the change list that shows it."""
    moments = windows(now)
    stale = stale_drafts(Statement.objects.all(), moments)
    duplicates_url = f"{reverse('admin:tracker_statement_duplicates')}?open=1"
    return [
        (_("Drafts"), by_status([Statement.Status.DRAFT]).count(), changelist_url(status__exact="draft")),
        (_("In review"), by_status([Statement.Status.REVIEW]).count(), changelist_url(status__exact="review")),
        (_("Mine, not yet published"), mine(user).count(), changelist_url(queue="mine")),
        (_("Drafts older than a week"), stale.count(), changelist_url(queue="stale")),
        (_("Likely duplicates to decide"), duplicates_to_decide(), duplicates_url),
    ]


def publications(now=None):
    moments = windows(now)
    return [
        (_("Published today"), published_since(moments["today"]).count(), changelist_url(queue="today")),
        (_("Published in the last 7 days"), published_since(moments["week"]).count(), changelist_url(queue="week")),
    ]


def latest_shifts(now=None):
    """Changes of position published in the last 7 days, newest first: what the shift feed is sending out.

    Read from the week's publications (the history's date index) and their rows of the stance points table."""
    start = windows(now)["week"]

    def compute():
        published = set(published_since(start).values_list("id", flat=True))
        if not published:
            return []
        return positions.shifts(statements=published, limit=LISTED_SHIFTS)

    return versions.cached("desk-shifts", compute, start.date())


def activity(now=None):
    """Who edited statements in the last 7 days, busiest first, and the latest changes with their authors."""
    history = Statement.history.model.objects.filter(history_date__gte=windows(now)["week"])
    editors = (
        history.exclude(history_user=None)
        .values("history_user__username")
        .annotate(n=Count("history_id"))
        .order_by("-n", "history_user__username")[:10]
    )
    latest = (
        Statement.history.model.objects.select_related("history_user", "speaker")
        .only("id", "history_date", "history_type", "text", "kind", "status", "history_user__username", "speaker__name")
        .order_by("-history_date", "-history_id")[:LISTED_CHANGES]
    )
    return {"editors": list(editors), "latest": [history_line(record) for record in latest]}


HISTORY_ACTIONS = {"+": _("added"), "~": _("changed"), "-": _("deleted")}


def history_line(record):
    """One history row as the desk lists it: who did what to which statement, and when."""
    return {
        "who": record.history_user.username if record.history_user else _("an import or a script"),
        "action": HISTORY_ACTIONS.get(record.history_type, record.history_type),
        "when": record.history_date,
        "status": choice_label(Statement.Status, record.status),
        "url": reverse("admin:tracker_statement_change", args=[record.id]) if record.history_type != "-" else "",
        "speaker": record.speaker.name if record.speaker_id else "",
        "words": presentation.words_for(record.text, record.kind, 70),
    }


def desk_context(request):
    """What the desk shows `request.user`."""
    return {
        "queues": queues(request.user),
        "publications": publications(),
        "shifts": latest_shifts(),
        "activity": activity(),
        "add_from_article_url": reverse("admin:tracker_statement_add_from_article"),
        "import_url": reverse("admin:tracker_statement_import"),
        "add_url": reverse("admin:tracker_statement_add"),
    }
