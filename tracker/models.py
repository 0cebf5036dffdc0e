from django.conf import settings
from django.core.validators import RegexValidator, URLValidator
from django.db import models, router, transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .text import fingerprint, normalize_name
from .validators import SettingMaxLength

WIKIDATA_RE = r"^Q[1-9][0-9]*$"
COUNTRY_RE = r"^[A-Z]{2}$"
http_url_validator = URLValidator(schemes=["http", "https"])


class HttpURLField(models.URLField):
    """A URL that can only ever be http(s): no javascript: or data: links."""

    default_validators = [http_url_validator]

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 1000)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        # An editor pasting "www.example.org/story" means https, not http.
        return super().formfield(**{"assume_scheme": "https", **kwargs})


def http_url_condition(field):
    return Q(**{field: ""}) | Q(**{f"{field}__startswith": "http://"}) | Q(**{f"{field}__startswith": "https://"})


def choices_condition(field, choices):
    return Q(**{f"{field}__in": choices.values})


class ActorKind(models.TextChoices):
    PERSON = "person", _("Person")
    GOVERNMENT = "government", _("Government")
    ORGANISATION = "organisation", _("Organisation")
    OTHER = "other", _("Other")


class StatementKind(models.TextChoices):
    DIRECT_QUOTE = "direct_quote", _("Direct quote")
    PARAPHRASE = "paraphrase", _("Paraphrase")
    WRITTEN = "written", _("Written")


class SpeechAct(models.TextChoices):
    CLAIM = "claim", _("Claim")
    PLEDGE = "pledge", _("Pledge")
    DEMAND = "demand", _("Demand")
    OFFER = "offer", _("Offer")
    WARNING = "warning", _("Warning")
    THREAT = "threat", _("Threat")
    REJECTION = "rejection", _("Rejection")
    DENIAL = "denial", _("Denial")
    PRAISE = "praise", _("Praise")
    CRITICISM = "criticism", _("Criticism")
    APPEAL = "appeal", _("Appeal")
    OTHER = "other", _("Other")


class Attribution(models.TextChoices):
    ON_RECORD = "on_record", _("On record")
    SINGLE_REPORT = "single_report", _("Single report")
    ANONYMOUS_SOURCES = "anonymous_sources", _("Anonymous sources")
    DISPUTED = "disputed", _("Disputed")
    DENIED = "denied", _("Denied")


class DatePrecision(models.TextChoices):
    DAY = "day", _("Day")
    MONTH = "month", _("Month")
    YEAR = "year", _("Year")


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    REVIEW = "review", _("In review")
    PUBLISHED = "published", _("Published")
    RETRACTED = "retracted", _("Retracted")


class Stance(models.TextChoices):
    SUPPORTS = "supports", _("Supports")
    OPPOSES = "opposes", _("Opposes")
    NEUTRAL = "neutral", _("Neutral")
    MIXED = "mixed", _("Mixed")
    UNCLEAR = "unclear", _("Unclear")


class SourceRole(models.TextChoices):
    ORIGINAL = "original", _("Original")
    REPORTED_BY = "reported_by", _("Reported by")


class LinkRelation(models.TextChoices):
    RESPONDS_TO = "responds_to", _("Responds to")
    REAFFIRMS = "reaffirms", _("Reaffirms")
    CONTRADICTS = "contradicts", _("Contradicts")
    REVERSES = "reverses", _("Reverses")
    CLARIFIES = "clarifies", _("Clarifies")


def choice_label(choices, value):
    """The label of a stored choice. Django's get_FOO_display() builds a dict of every choice on
    each call, hashing each lazy label (one translation lookup each): 20–40 µs a call, about
    2.5 ms of a 25-statement timeline page. The enum lookup is one."""
    try:
        return choices(value).label
    except ValueError:
        return value


# The order of statements everywhere (timeline, cursors, API, feeds, exports, positions): by the
# day they were said, then by entry order; `Meta.ordering` and the timeline indexes follow it.
NEWEST_FIRST = ("-said_on", "-id")
OLDEST_FIRST = ("said_on", "id")


def statement_order(sort="newest"):
    return OLDEST_FIRST if sort == "oldest" else NEWEST_FIRST


# Computed fields of a statement, written once: the model's save, the importer and the data
# generator all call these.


def date_at_precision(day, precision):
    """The stored date: the first day of the month or year it is known to."""
    if day is None or precision == DatePrecision.DAY:
        return day
    if precision == DatePrecision.MONTH:
        return day.replace(day=1)
    return day.replace(month=1, day=1)


def earliest_report(said_on, published_dates):
    """`first_reported_on` from the sources' dates: the earliest on or after the day it was said."""
    return min((day for day in published_dates if day and said_on and day >= said_on), default=None)


def first_published_at(status, published_at, now):
    """When a statement was first published: kept once set, set the first time it is published."""
    if published_at is None and status == Status.PUBLISHED:
        return now
    return published_at


class RecordVersion(models.Model):
    """One row, shared by every process: its number goes up whenever something readers can see
    changes (tracker/versions.py). Caches of text or membership are keyed by it."""

    version = models.BigIntegerField(default=0)
    changed_at = models.DateTimeField(default=timezone.now)
    # When a registry record readers can see last changed, or a bulk write ran: what a statement shows
    # beyond its own row (names, slugs, source titles). Rendered statements are keyed by it (tracker/fragments.py).
    registry_changed_at = models.DateTimeField(default=timezone.now)
    # When which records are public, or who said what when, last changed: everything but an edit of a
    # public statement's own words and details (its text, setting, ...). Caches that hold no statement
    # text (filter options, the public registry, counts, stances) are keyed by it (tracker/versions.py).
    membership_changed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.CheckConstraint(condition=Q(id=1), name="record_version_single_row")]

    def __str__(self):
        return f"version {self.version}"


class MonthlyCount(models.Model):
    """Published statements said in a month: by one speaker or by all (`speaker` 0); in one topic's
    scope — a stance on it or on a narrower topic, counted once —, with a stance on one topic itself
    (`scope` minus its id), or all of them (`scope` 0). Kept exact in the transaction of every write
    by tracker/rollups/; counts, charts and the overview read it."""

    EVERY = 0

    month = models.DateField(help_text="The first day of the month.")
    speaker = models.BigIntegerField(help_text="An actor's id, or 0 for every speaker.")
    scope = models.BigIntegerField(
        help_text="A topic's id (it and its narrower topics), minus a topic's id (that topic itself), or 0 for all."
    )
    # Not a positive field: rows are written as increments (n + delta), and a database checks the
    # proposed row (a negative delta) before it finds the row to add it to.
    n = models.IntegerField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["scope", "speaker", "month"], name="monthly_count_unique")]
        indexes = [
            # Readers sum a scope's rows by speaker and month from the index alone (n included): a topic's
            # busiest speakers at 100,000 statements, 9,000 rows, 14 → 2 ms on SQLite.
            models.Index(fields=["scope", "speaker", "month", "n"], name="monthly_count_read_idx"),
            # Keeping the counts reads one speaker's months.
            models.Index(fields=["speaker", "month"], name="monthly_count_speaker_idx"),
        ]

    def __str__(self):
        return f"{self.month:%Y-%m} speaker {self.speaker} scope {self.scope}: {self.n}"


class StanceCount(models.Model):
    """Published statements by one speaker (or by all: `speaker` 0) with a stance on one topic itself,
    by stance. Kept exact in the transaction of every write by tracker/rollups/; the actor and topic
    pages' breakdowns and the topic list read it."""

    EVERY = 0

    speaker = models.BigIntegerField(help_text="An actor's id, or 0 for every speaker.")
    topic = models.BigIntegerField(help_text="A topic's id (that topic itself, not its narrower topics).")
    stance = models.CharField(max_length=10, choices=Stance)
    n = models.IntegerField()  # written as increments, like MonthlyCount.n

    class Meta:
        constraints = [models.UniqueConstraint(fields=["speaker", "topic", "stance"], name="stance_count_unique")]
        indexes = [
            # A topic page sums its topics' rows by speaker from the index alone (n included).
            models.Index(fields=["topic", "speaker", "stance", "n"], name="stance_count_topic_idx"),
        ]

    def __str__(self):
        return f"speaker {self.speaker} topic {self.topic} {self.stance}: {self.n}"


class Edited(models.Model):
    """Timestamps and the edit version used to refuse silent overwrites."""

    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("last updated"), auto_now=True)
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self._state.adding:
            self.version += 1
            update_fields = kwargs.get("update_fields")
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "version", "updated_at"}
        super().save(*args, **kwargs)


class Actor(Edited):
    Kind = ActorKind

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind, default=Kind.PERSON)
    country = models.CharField(
        _("country"),
        max_length=2,
        blank=True,
        validators=[RegexValidator(COUNTRY_RE, _("Use a two-letter country code such as UA."))],
        help_text=_("Two-letter ISO code, e.g. UA, US, RU. Leave empty for international bodies."),
    )
    title = models.CharField(
        _("current title"),
        max_length=200,
        blank=True,
        help_text=_("e.g. “President of Ukraine”. Each statement keeps the title held at the time."),
    )
    wikidata_id = models.CharField(
        _("Wikidata id"),
        max_length=20,
        blank=True,
        validators=[RegexValidator(WIKIDATA_RE, _("A Wikidata id looks like Q3874799."))],
        help_text=_("The Q-number from wikidata.org, e.g. Q3874799."),
    )
    description = models.TextField(
        _("description"), blank=True, validators=[SettingMaxLength("PARLEY_MAX_DESCRIPTION_CHARS")]
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["name", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(wikidata_id="") | Q(wikidata_id__regex=WIKIDATA_RE),
                name="actor_wikidata_id_valid",
                violation_error_message=_("A Wikidata id looks like Q3874799."),
            ),
            models.CheckConstraint(
                condition=Q(country="") | Q(country__regex=COUNTRY_RE),
                name="actor_country_iso",
                violation_error_message=_("Use a two-letter country code such as UA."),
            ),
            models.CheckConstraint(condition=choices_condition("kind", ActorKind), name="actor_kind_valid"),
            models.UniqueConstraint(
                fields=["wikidata_id"],
                condition=~Q(wikidata_id=""),
                name="actor_unique_wikidata_id",
                violation_error_message=_("Another actor already has this Wikidata id."),
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("tracker:actor-detail", kwargs={"slug": self.slug})


class ActorAlias(models.Model):
    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(
        _("alias"),
        max_length=200,
        help_text=_("Another spelling or a way articles refer to the actor: “Zelensky”, “the Ukrainian president”."),
    )
    normalized = models.CharField(max_length=200, editable=False, db_index=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("alias")
        verbose_name_plural = _("aliases")
        ordering = ["name", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["actor", "normalized"],
                name="alias_unique_per_actor",
                violation_error_message=_("This actor already has that alias."),
            ),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.normalized = normalize_name(self.name)
        super().save(*args, **kwargs)


class TopicQuerySet(models.QuerySet):
    def descendant_ids(self, slugs):
        """Ids of the topics named by `slugs` and of every topic below them."""
        parent_of = dict(Topic.objects.values_list("id", "parent_id"))
        wanted = set(self.filter(slug__in=slugs).values_list("id", flat=True))
        children = {}
        for topic_id, parent_id in parent_of.items():
            children.setdefault(parent_id, []).append(topic_id)
        found, stack = set(), list(wanted)
        while stack:
            topic_id = stack.pop()
            if topic_id not in found:
                found.add(topic_id)
                stack.extend(children.get(topic_id, ()))
        return found


class Topic(Edited):
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    description = models.TextField(
        _("description"), blank=True, validators=[SettingMaxLength("PARLEY_MAX_DESCRIPTION_CHARS")]
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("broader topic"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        help_text=_("Filtering by the broader topic includes this one."),
    )
    keywords = models.JSONField(
        _("keywords"),
        default=list,
        blank=True,
        help_text=_("Words that suggest this topic when reading an article, e.g. [“Patriot”, “SAMP/T”]."),
    )

    objects = TopicQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["name", "id"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(parent=F("id")),
                name="topic_not_own_parent",
                violation_error_message=_("A topic cannot be its own broader topic."),
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("tracker:topic-detail", kwargs={"slug": self.slug})


class Outlet(Edited):
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    homepage = HttpURLField(verbose_name=_("homepage"))
    country = models.CharField(
        _("country"),
        max_length=2,
        blank=True,
        validators=[RegexValidator(COUNTRY_RE, _("Use a two-letter country code such as UA."))],
    )
    language = models.CharField(_("language"), max_length=16, blank=True, help_text=_("e.g. en, uk"))

    history = HistoricalRecords()

    class Meta:
        ordering = ["name", "id"]
        constraints = [
            models.CheckConstraint(condition=http_url_condition("homepage"), name="outlet_homepage_http"),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return f"{reverse('tracker:timeline')}?{urlencode({'outlet': self.slug})}"


class Source(Edited):
    outlet = models.ForeignKey(
        Outlet,
        verbose_name=_("outlet"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="sources",
        help_text=_("Leave empty for the original remarks, a speech or a post."),
        db_index=False,  # Meta.indexes: (outlet, id)
    )
    url = HttpURLField(verbose_name=_("URL"))
    title = models.CharField(_("title"), max_length=500, blank=True)
    author = models.CharField(_("author"), max_length=200, blank=True)
    published_on = models.DateField(_("published on"), null=True, blank=True)
    language = models.CharField(_("language"), max_length=16, blank=True)
    archived_url = HttpURLField(verbose_name=_("archived copy"), help_text=_("e.g. a web.archive.org link."))

    history = HistoricalRecords()

    class Meta:
        ordering = ["-published_on", "-id"]
        indexes = [
            # With the id, PostgreSQL reads an outlet's sources from the index alone and stops at the
            # first published one ("which outlets do readers see": 440 ms -> 1.4 ms at 1M, where the
            # plain outlet index led it to collect all 27,000 sources of each outlet first).
            models.Index(fields=["outlet", "id"], name="source_outlet_idx"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["url"],
                condition=~Q(url=""),
                name="source_unique_url",
                violation_error_message=_("A source with this URL already exists: pick it instead."),
            ),
            models.CheckConstraint(
                condition=http_url_condition("url"),
                name="source_url_http",
                violation_error_message=_("Source links must start with http:// or https://."),
            ),
            models.CheckConstraint(condition=http_url_condition("archived_url"), name="source_archived_url_http"),
            models.CheckConstraint(
                condition=~Q(url="") | ~Q(title=""),
                name="source_has_url_or_title",
                violation_error_message=_("Give the source a URL or, for unpublished remarks, a title."),
            ),
        ]

    def __str__(self):
        label = self.title or self.url
        return f"{label} ({self.outlet})" if self.outlet_id else label

    def get_absolute_url(self):
        return self.url or None


class Event(Edited):
    name = models.CharField(_("name"), max_length=300)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"), null=True, blank=True, help_text=_("Leave empty for a one-day event."))
    place = models.CharField(_("place"), max_length=200, blank=True)
    description = models.TextField(
        _("description"), blank=True, validators=[SettingMaxLength("PARLEY_MAX_DESCRIPTION_CHARS")]
    )
    participants = models.ManyToManyField(Actor, verbose_name=_("participants"), blank=True, related_name="events")

    history = HistoricalRecords(m2m_fields=[participants])

    class Meta:
        ordering = ["-start_date", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(end_date__gte=F("start_date")),
                name="event_ends_after_start",
                violation_error_message=_("An event cannot end before it starts."),
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("tracker:event-detail", kwargs={"slug": self.slug})

    @property
    def last_day(self):
        return self.end_date or self.start_date


class StatementQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Statement.Status.PUBLISHED)

    def public(self):
        """What readers may open: published, and retracted ones kept at their URL."""
        return self.filter(status__in=[Statement.Status.PUBLISHED, Statement.Status.RETRACTED])

    def by_speaker(self, actor):
        return self.filter(speaker=actor)

    def with_relations(self):
        """Speaker, relayer and event joined; topic stances, sources and mentions prefetched.

        Stances and sources are prefetched into plain lists (`Statement.stances`,
        `Statement.source_chain`): a prefetched related manager builds a queryset per
        statement, ~0.2 ms each, a sixth of an API page of 50 statements."""
        return self.select_related("speaker", "relayed_by", "event").prefetch_related(*statement_rows())


class Statement(Edited):
    Kind = StatementKind

    Act = SpeechAct

    Attribution = Attribution

    Precision = DatePrecision

    Status = Status

    key = models.CharField(
        _("external key"),
        max_length=100,
        blank=True,
        help_text=_("An id from another system, used to match re-imports. Optional."),
    )
    speaker = models.ForeignKey(Actor, verbose_name=_("speaker"), on_delete=models.PROTECT, related_name="statements")
    speaker_title = models.CharField(
        _("speaker's title at the time"), max_length=200, blank=True, help_text=_("e.g. “President of Ukraine”.")
    )
    text = models.TextField(
        _("text"),
        help_text=_("As published, in English. Quotes verbatim, without quotation marks."),
        validators=[SettingMaxLength("PARLEY_MAX_TEXT_CHARS")],
    )
    original_text = models.TextField(
        _("original text"),
        blank=True,
        help_text=_("In the language it was said in."),
        validators=[SettingMaxLength("PARLEY_MAX_TEXT_CHARS")],
    )
    original_language = models.CharField(_("original language"), max_length=16, blank=True, help_text=_("e.g. uk, ru"))
    relayed_by = models.ForeignKey(
        Actor,
        verbose_name=_("relayed by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="relayed_statements",
        help_text=_("When the words reach us second-hand: “Trump said Putin told him…” is Putin, relayed by Trump."),
    )
    audience = models.CharField(_("audience"), max_length=300, blank=True, help_text=_("To whom, e.g. “reporters”."))
    kind = models.CharField(_("kind"), max_length=20, choices=Kind, default=Kind.DIRECT_QUOTE)
    act = models.CharField(_("speech act"), max_length=20, choices=Act, default=Act.CLAIM)
    condition = models.TextField(
        _("condition"),
        blank=True,
        help_text=_("e.g. “after this war finishes”."),
        validators=[SettingMaxLength("PARLEY_MAX_CONDITION_CHARS")],
    )
    attribution = models.CharField(_("attribution"), max_length=20, choices=Attribution, default=Attribution.ON_RECORD)
    said_on = models.DateField(_("said on"), help_text=_("With month or year precision, any day in it will do."))
    date_precision = models.CharField(_("date precision"), max_length=5, choices=Precision, default=Precision.DAY)
    first_reported_on = models.DateField(
        _("first reported on"), null=True, blank=True, help_text=_("Filled from the earliest source when left empty.")
    )
    setting = models.CharField(
        _("setting"),
        max_length=500,
        blank=True,
        help_text=_("e.g. “remarks to the press after meeting Trump, New York”."),
    )
    event = models.ForeignKey(
        Event, verbose_name=_("event"), on_delete=models.PROTECT, null=True, blank=True, related_name="statements"
    )
    topics = models.ManyToManyField(Topic, through="StatementTopic", related_name="statements", blank=True)
    mentions = models.ManyToManyField(
        Actor, verbose_name=_("mentions"), related_name="mentioned_in", blank=True, help_text=_("Actors it is about.")
    )
    sources = models.ManyToManyField(Source, through="StatementSource", related_name="statements", blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status, default=Status.DRAFT)
    correction_note = models.TextField(
        _("correction note"),
        blank=True,
        help_text=_("Shown publicly on the statement page. Say what changed and why."),
        validators=[SettingMaxLength("PARLEY_MAX_NOTE_CHARS")],
    )
    published_at = models.DateTimeField(_("first published"), null=True, blank=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, editable=False, related_name="+"
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, editable=False, related_name="+"
    )
    fingerprint = models.CharField(max_length=40, editable=False, db_index=False)

    objects = StatementQuerySet.as_manager()
    history = HistoricalRecords(m2m_fields=[mentions], excluded_fields=["fingerprint"])

    class Meta:
        ordering = list(NEWEST_FIRST)
        permissions = [("export_statement", _("Can export statements"))]
        indexes = [
            # The readers' timeline: published statements only. A partial index rather than a
            # (status, said_on, id) prefix, which SQLite took for a selective equality and
            # scanned in full to count a small topic (330 ms instead of 10 ms at 1M). `status`
            # rides along so SQLite need not read each row to re-check it (month chart: 3.9 -> 0.1 s),
            # and `speaker` so a period's statements are counted by speaker from the index alone
            # (the overview's speakers of the last 30 days at 1M: 114 -> 7 ms).
            models.Index(
                fields=["-said_on", "-id", "status", "speaker"],
                condition=Q(status="published"),
                name="statement_published_idx",
            ),
            # The admin change list and staff exports across every status: newest first, no sort step.
            models.Index(fields=["-said_on", "-id"], name="statement_said_on_idx"),
            models.Index(fields=["speaker", "status", "-said_on", "-id"], name="statement_speaker_idx"),
            # Near-duplicates: a speaker's week with its fingerprints, and the id, so that PostgreSQL
            # reads it from the index alone as SQLite does (tracker/db/weeks.py).
            models.Index(fields=["speaker", "said_on", "fingerprint", "id"], name="statement_dedupe_idx"),
            # The desk's "drafts older than a week": drafts only, by creation time.
            models.Index(fields=["created_at"], condition=Q(status="draft"), name="statement_draft_age_idx"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["key"],
                condition=~Q(key=""),
                name="statement_unique_key",
                violation_error_message=_("Another statement already has this external key."),
            ),
            models.CheckConstraint(
                condition=~Q(text=""), name="statement_has_text", violation_error_message=_("Enter the text.")
            ),
            models.CheckConstraint(
                condition=Q(relayed_by__isnull=True) | ~Q(relayed_by=F("speaker")),
                name="statement_not_relayed_by_speaker",
                violation_error_message=_("A speaker does not relay their own words: leave “relayed by” empty."),
            ),
            models.CheckConstraint(
                condition=Q(first_reported_on__isnull=True) | Q(first_reported_on__gte=F("said_on")),
                name="statement_reported_after_said",
                violation_error_message=_("A statement cannot be reported before it was said."),
            ),
            models.CheckConstraint(condition=choices_condition("kind", StatementKind), name="statement_kind_valid"),
            models.CheckConstraint(condition=choices_condition("act", SpeechAct), name="statement_act_valid"),
            models.CheckConstraint(
                condition=choices_condition("attribution", Attribution), name="statement_attribution_valid"
            ),
            models.CheckConstraint(
                condition=choices_condition("date_precision", DatePrecision), name="statement_precision_valid"
            ),
            models.CheckConstraint(condition=choices_condition("status", Status), name="statement_status_valid"),
        ]

    def __str__(self):
        excerpt = self.text if len(self.text) <= 60 else f"{self.text[:59]}…"
        return f"{self.speaker}: {excerpt}" if self.speaker_id else excerpt

    def save(self, *args, **kwargs):
        self.said_on = date_at_precision(self.said_on, self.date_precision)
        self.fingerprint = fingerprint(self.text)
        self.published_at = first_published_at(self.status, self.published_at, timezone.now())
        # One transaction with what the save keeps in step: its topic links' dates, and the monthly
        # counts (tracker/rollups.py, by signal), which read the row as it was before the save.
        with transaction.atomic(using=kwargs.get("using") or router.db_for_write(Statement, instance=self)):
            super().save(*args, **kwargs)
            # The topic links carry the date so the topic timeline is served by one index.
            self.topic_stances.exclude(said_on=self.said_on).update(said_on=self.said_on)

    def get_absolute_url(self):
        return reverse("tracker:statement-detail", kwargs={"pk": self.pk})

    @classmethod
    def from_db(cls, db, field_names, values):
        statement = super().from_db(db, field_names, values)
        # What readers could see before an edit: a change to a statement nobody public saw, before
        # or after, leaves the readers' caches alone (tracker/versions.py).
        statement.loaded_status = statement.__dict__.get("status")
        statement.loaded_membership = statement.membership()
        return statement

    # Who said it, when, how, and whether it is public: what the membership stamp follows
    # (tracker/versions.py). An edit that keeps these is one of the statement's own words and details.
    MEMBERSHIP_FIELDS = (
        "status",
        "speaker_id",
        "relayed_by_id",
        "event_id",
        "said_on",
        "date_precision",
        "kind",
        "act",
        "attribution",
    )

    def membership(self):
        """The values of MEMBERSHIP_FIELDS as loaded or set (a field not loaded reads as missing)."""
        return tuple(self.__dict__.get(name, models.DEFERRED) for name in self.MEMBERSHIP_FIELDS)

    def said_on_at_precision(self):
        return date_at_precision(self.said_on, self.date_precision)

    @property
    def is_public(self):
        return self.status in {self.Status.PUBLISHED, self.Status.RETRACTED}

    def refresh_first_reported_on(self):
        """Fill `first_reported_on` from the earliest dated source, unless an editor set it."""
        if self.first_reported_on:
            return
        earliest = earliest_report(self.said_on, self.sources.values_list("published_on", flat=True))
        if earliest:
            Statement.objects.filter(pk=self.pk).update(first_reported_on=earliest)
            self.first_reported_on = earliest

    @property
    def stances(self):
        """Topic stances with their topics, by topic name."""
        if hasattr(self, "prefetched_stances"):
            return self.prefetched_stances
        return list(stances_in_order().filter(statement=self))

    @property
    def source_chain(self):
        """Source links with their sources and outlets, where it was said first."""
        if hasattr(self, "prefetched_sources"):
            return self.prefetched_sources
        return list(sources_in_order().filter(statement=self))

    def get_kind_display(self):
        return choice_label(self.Kind, self.kind)

    def get_act_display(self):
        return choice_label(self.Act, self.act)

    def get_attribution_display(self):
        return choice_label(self.Attribution, self.attribution)

    def get_status_display(self):
        return choice_label(self.Status, self.status)


class StatementTopic(models.Model):
    Stance = Stance

    statement = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="topic_stances")
    topic = models.ForeignKey(
        Topic, verbose_name=_("topic"), on_delete=models.PROTECT, related_name="statement_stances"
    )
    stance = models.CharField(_("stance"), max_length=10, choices=Stance, default=Stance.UNCLEAR)
    # A copy of the statement's date, kept in step by Statement.save(): the topic timeline
    # then reads (topic, said_on, statement) from one index instead of joining first.
    said_on = models.DateField(editable=False, null=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("topic and stance")
        verbose_name_plural = _("topics and stances")
        constraints = [
            models.UniqueConstraint(
                fields=["statement", "topic"],
                name="one_stance_per_topic",
                violation_error_message=_("This statement already has a stance on that topic."),
            ),
            models.CheckConstraint(condition=choices_condition("stance", Stance), name="stance_valid"),
        ]
        indexes = [
            models.Index(fields=["topic", "-said_on", "-statement"], name="stance_topic_timeline_idx"),
        ]

    def __str__(self):
        return f"{self.topic}: {self.get_stance_display()}"

    def save(self, *args, **kwargs):
        self.said_on = self.statement.said_on
        super().save(*args, **kwargs)

    def get_stance_display(self):
        return choice_label(self.Stance, self.stance)


class StancePoint(models.Model):
    """One point of an actor's track on a topic, narrower topics included (the rule in
    positions.tracks), with the point before it: kept by tracker/stances.py in the same
    transaction as every write, so positions and shifts are read, not recomputed."""

    # Derived rows: the indexes below serve every lookup, the speaker's included (an actor with
    # statements cannot be deleted, and merges rebuild the tracks of both actors).
    speaker = models.ForeignKey(
        Actor, on_delete=models.DO_NOTHING, db_constraint=False, db_index=False, related_name="+"
    )
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, db_index=False, related_name="+")
    statement = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="+", db_index=False)
    said_on = models.DateField()
    date_precision = models.CharField(max_length=5, choices=DatePrecision)
    stance = models.CharField(max_length=10, choices=Stance)
    previous_statement = models.ForeignKey(
        Statement, on_delete=models.DO_NOTHING, db_constraint=False, db_index=False, null=True, related_name="+"
    )
    previous_stance = models.CharField(max_length=10, choices=Stance, null=True)
    # A change of position: the stance differs from the point before.
    is_shift = models.BooleanField(default=False)
    # The one row a change shows on when listed over all topics: its narrowest topic.
    is_listed = models.BooleanField(default=False)
    # How many topics from the scope up to its root, the scope included.
    depth = models.PositiveSmallIntegerField(default=1)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["statement", "topic"], name="stance_point_once_per_scope"),
            models.CheckConstraint(condition=choices_condition("stance", Stance), name="stance_point_stance_valid"),
            models.CheckConstraint(
                condition=Q(is_shift=False, previous_stance__isnull=True)
                | Q(is_shift=False, previous_stance=F("stance"))
                | (Q(is_shift=True, previous_stance__isnull=False) & ~Q(previous_stance=F("stance"))),
                name="stance_point_shift_differs",
            ),
            models.CheckConstraint(
                condition=Q(is_listed=False) | Q(is_shift=True), name="stance_point_listed_is_shift"
            ),
        ]
        indexes = [
            # A track in order, and each actor's latest point on a topic as of a date; `is_shift`
            # rides along so shift counts read the index alone.
            models.Index(
                fields=["topic", "speaker", "said_on", "statement", "is_shift"], name="stance_point_track_idx"
            ),
            models.Index(
                fields=["topic", "-said_on", "-statement"], condition=Q(is_shift=True), name="stance_point_shift_idx"
            ),
            models.Index(
                fields=["speaker", "-said_on", "-statement"],
                condition=Q(is_listed=True),
                name="stance_point_actor_change_idx",
            ),
            models.Index(
                fields=["-said_on", "-statement"], condition=Q(is_listed=True), name="stance_point_change_idx"
            ),
        ]

    def __str__(self):
        return f"#{self.statement_id} on topic {self.topic_id}: {self.stance}"


class TrackCount(models.Model):
    """One actor's track on one topic (narrower topics included), counted: its points (the actor's published
    statements in the topic's scope), its changes of stance, and the changes listed on this topic (their
    narrowest). Kept by the database: triggers on the stance points table (migration 0019) move these rows
    in the statement that writes the points, so the actor and topic pages read counts instead of counting
    an actor's points (a busy actor has hundreds of thousands)."""

    speaker = models.BigIntegerField(help_text="An actor's id.")
    topic = models.BigIntegerField(help_text="A topic's id (its scope: narrower topics included).")
    points = models.IntegerField(help_text="Published statements of the speaker in the scope.")
    shifts = models.IntegerField(help_text="Changes of stance among them.")
    listed = models.IntegerField(help_text="Changes whose narrowest topic is this one.")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["speaker", "topic"], name="track_count_unique")]
        indexes = [
            # A topic's speakers with their counts, from the index alone.
            models.Index(fields=["topic", "speaker", "points", "shifts"], name="track_count_topic_idx"),
        ]

    def __str__(self):
        return f"speaker {self.speaker} topic {self.topic}: {self.points} points, {self.shifts} shifts"


class StatementSource(models.Model):
    Role = SourceRole

    statement = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="source_links")
    source = models.ForeignKey(
        Source, verbose_name=_("source"), on_delete=models.PROTECT, related_name="statement_links"
    )
    role = models.CharField(_("role"), max_length=12, choices=Role, default=Role.REPORTED_BY)
    position = models.PositiveSmallIntegerField(
        _("position"), default=0, help_text=_("0 is where it was said; each later source reports the one before.")
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("source in the chain")
        verbose_name_plural = _("source chain")
        ordering = ["position", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["statement", "source"],
                name="source_once_per_statement",
                violation_error_message=_("This source is already in the chain."),
            ),
            models.CheckConstraint(condition=choices_condition("role", SourceRole), name="source_role_valid"),
        ]

    def __str__(self):
        return f"{self.get_role_display()}: {self.source}"

    def get_role_display(self):
        return choice_label(self.Role, self.role)


class StatementLink(models.Model):
    Relation = LinkRelation

    from_statement = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="links_out")
    relation = models.CharField(_("relation"), max_length=12, choices=Relation)
    to_statement = models.ForeignKey(
        Statement, verbose_name=_("statement"), on_delete=models.CASCADE, related_name="links_in"
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("link to another statement")
        verbose_name_plural = _("links to other statements")
        constraints = [
            models.UniqueConstraint(
                fields=["from_statement", "relation", "to_statement"],
                name="statement_link_unique",
                violation_error_message=_("This link already exists."),
            ),
            models.CheckConstraint(
                condition=~Q(from_statement=F("to_statement")),
                name="statement_link_not_self",
                violation_error_message=_("A statement cannot link to itself."),
            ),
            models.CheckConstraint(condition=choices_condition("relation", LinkRelation), name="link_relation_valid"),
        ]

    def __str__(self):
        return f"{self.get_relation_display()} #{self.to_statement_id}"

    def get_relation_display(self):
        return choice_label(self.Relation, self.relation)


def statement_rows(*, mentions=True):
    """Prefetch lookups for a statement's topic stances and sources (as plain lists) and mentions."""
    rows = [
        models.Prefetch("topic_stances", queryset=stances_in_order(), to_attr="prefetched_stances"),
        models.Prefetch("source_links", queryset=sources_in_order(), to_attr="prefetched_sources"),
    ]
    return [*rows, "mentions"] if mentions else rows


def stances_in_order():
    return StatementTopic.objects.select_related("topic").order_by("topic__name", "id")


def sources_in_order():
    return StatementSource.objects.select_related("source__outlet").order_by("position", "id")
