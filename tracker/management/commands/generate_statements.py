"""Synthetic statements for benchmarks: `manage.py generate_statements 1000000`.

Rows are bulk-created in batches with explicit ids, through-table rows included, and no
history rows (a benchmark load is not an editor's change). The same seed gives the same data.
"""

import bisect
import datetime
import itertools
import random
import time
from contextlib import contextmanager

from django.core.management.base import BaseCommand, CommandError
from django.core.management.color import no_style
from django.db import connection, models, transaction
from django.utils import timezone
from django.utils.text import slugify

from tracker import derived
from tracker import stances as stance_points
from tracker.aggregates import data_changed
from tracker.db import searchorder, triggers
from tracker.models import (
    Actor,
    Event,
    Outlet,
    Source,
    Statement,
    StatementSource,
    StatementTopic,
    Topic,
    date_at_precision,
    earliest_report,
    first_published_at,
)
from tracker.text import fingerprint

N_ACTORS = 500
N_OUTLETS = 60
LAST_DAY = datetime.date(2025, 12, 31)
YEARS = 15
DOMAINS = ("example.org", "example.com")


def phrases(text):
    """A "|"-separated list, kept compact."""
    return tuple(text.split("|"))


FIRST = phrases(
    "Olena|Marta|Anders|Ingrid|Pierre|Sofia|Kenji|Amara|Tomas|Leila|Viktor|Nadia|Rafael|Mei|Kwame|Elif|"
    "Jonas|Priya|Dmitri|Hanna|Lucas|Fatima|Mateo|Aiko|Omar|Greta|Ibrahim|Clara|Yusuf|Ewa|Sergio|Anika|"
    "Pavel|Zainab|Henrik|Lucia|Arjun|Maren|Bogdan|Chiara|Tariq|Helga|Nikos|Rosa|Emeka|Irina|Felipe|"
    "Astrid|Karim|Teresa"
)
LAST = phrases(
    "Kovalenko|Lindqvist|Moreau|Tanaka|Okafor|Novak|Haddad|Petrov|Fischer|Silva|Rossi|Nakamura|Mensah|"
    "Yilmaz|Berg|Sharma|Ivanova|Dubois|Garcia|Kowalski|Andersen|Costa|Mwangi|Horvat|Schmidt|Lopez|"
    "Popescu|Jansen|Nair|Eriksen|Vasquez|Demir|Hoffmann|Santos|Kim|Aziz|Larsen|Bianchi|Osei|Romero"
)
TITLES = phrases(
    "President|Prime Minister|Foreign Minister|Defence Minister|Ambassador to the UN|Chancellor|"
    "Secretary-General|Special Envoy|Spokesperson of the Foreign Ministry|National Security Adviser"
)
COUNTRIES = phrases("UA|US|RU|DE|FR|GB|PL|TR|CN|IN|BR|ZA|JP|IT|ES|NL|SE|FI|NO|KR|IL|EG|NG|KE|MX|CA|AU")
TOPIC_ROOTS = phrases(
    "Security guarantees|Ceasefire|Sanctions|Energy|Trade|Nuclear arms control|Humanitarian aid|"
    "Migration|Climate|Territorial integrity|Alliance membership|Reconstruction"
)
TOPIC_ASPECTS = phrases("negotiations|financing|legislation|enforcement|cooperation")
TOPIC_REGIONS = phrases("in Europe|in Asia|in Africa|in the Americas")
OUTLET_WORDS = phrases("Herald|Times|Post|Courier|Gazette|Observer|Tribune|Wire|Monitor|Dispatch|Journal|Review")
OUTLET_PLACES = phrases("Kyiv|Berlin|Paris|London|Warsaw|Geneva|Brussels|Nairobi|Delhi|Tokyo")
SUBJECTS = phrases(
    "We|Our government|The alliance|Our partners|The delegation|The Security Council|Our negotiators|"
    "The European Union|The United Nations|My country|The occupying forces|Our allies"
)
VERBS = phrases(
    "will not accept|are ready to discuss|demand|reject|welcome|support|strongly condemn|have proposed|"
    "cannot guarantee|are negotiating|will provide|call for|warn against|insist on|oppose"
)
OBJECTS = phrases(
    "a ceasefire|security guarantees|new sanctions|the peace talks|a humanitarian corridor|"
    "the withdrawal of troops|the grain agreement|air defence systems|the nuclear inspectors|"
    "the territorial integrity of our neighbours|the sovereignty of every nation|"
    "an exchange of prisoners|the reconstruction fund|the gas transit contract|tariffs on steel|"
    "membership in the alliance|a referendum in the occupied territories|"
    "the mediation offered by our partners|the summit declaration|long-range missiles|"
    "financial aid for refugees|the climate commitments"
)
QUALIFIERS = phrases(
    "|after this war finishes|without preconditions|as soon as possible|at the next summit|"
    "under international law|in close coordination with our allies|before the elections|"
    "as long as the aggression continues|if the other side respects the agreement|"
    "within the framework of the United Nations|this winter|for the sake of stability in the region"
)
AFTERTHOUGHTS = phrases(
    "Diplomacy must prevail.|There can be no peace without justice.|Escalation serves no one.|"
    "History will judge these decisions.|The negotiations continue.|Our position has not changed.|"
    "Nothing is agreed until everything is agreed."
)
# Roughly what a newsroom holds: mostly published, some in the pipeline, a few retracted.
STATUSES = ((Statement.Status.PUBLISHED, 90), (Statement.Status.DRAFT, 5), (Statement.Status.REVIEW, 4))
STATUSES += ((Statement.Status.RETRACTED, 1),)
KINDS = ((Statement.Kind.DIRECT_QUOTE, 60), (Statement.Kind.PARAPHRASE, 30), (Statement.Kind.WRITTEN, 10))
ACTS = tuple(Statement.Act.values)
STANCES = tuple(StatementTopic.Stance.values)
PRECISIONS = ((Statement.Precision.DAY, 92), (Statement.Precision.MONTH, 6), (Statement.Precision.YEAR, 2))


def zipf_cum_weights(n, exponent):
    return list(itertools.accumulate(1 / (rank**exponent) for rank in range(1, n + 1)))


def weighted(pairs):
    values, weights = zip(*pairs, strict=True)
    return values, list(itertools.accumulate(weights))


class Generator:
    """Builds one batch of statements and their link rows at a time, deterministically."""

    def __init__(self, seed, actors, topics, outlets, events):
        self.rng = random.Random(seed)
        self.actors, self.topics, self.outlets, self.events = actors, topics, outlets, events
        self.actor_weights = zipf_cum_weights(len(actors), 1.1)
        self.topic_weights = zipf_cum_weights(len(topics), 0.8)
        self.outlet_weights = zipf_cum_weights(len(outlets), 0.7)
        self.sentences = [self.sentence() for _ in range(5000)]
        self.first_day = LAST_DAY - datetime.timedelta(days=365 * YEARS)
        # More is recorded in recent years: the day offset is drawn with a mild upward slope.
        self.span = (LAST_DAY - self.first_day).days
        self.now = timezone.now()

    def sentence(self):
        rng = self.rng
        qualifier = rng.choice(QUALIFIERS)
        words = [rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(OBJECTS)] + ([qualifier] if qualifier else [])
        text = " ".join(words) + "."
        return text + (" " + rng.choice(AFTERTHOUGHTS) if rng.random() < 0.2 else "")

    def text(self):
        target = min(1200, max(80, int(self.rng.lognormvariate(5.6, 0.6))))
        parts, length = [], 0
        for sentence in self.rng.choices(self.sentences, k=target // 40 + 2):
            if length + len(sentence) + 1 > 1200:
                break
            parts.append(sentence)
            length += len(sentence) + 1
            if length >= target:
                break
        while length < 80:
            parts.append(AFTERTHOUGHTS[len(parts) % len(AFTERTHOUGHTS)])
            length += len(parts[-1]) + 1
        return " ".join(parts)

    def said_on(self, precision):
        offset = int(self.span * (self.rng.random() ** 0.7))
        return date_at_precision(self.first_day + datetime.timedelta(days=offset), precision)

    def distinct(self, population, cum_weights, k):
        chosen = []
        while len(chosen) < k:
            item = population[bisect.bisect(cum_weights, self.rng.random() * cum_weights[-1])]
            if item not in chosen:
                chosen.append(item)
        return chosen

    def batch(self, first_id, first_source_id, count):
        rng = self.rng
        statements, stances, links, mentions, sources = [], [], [], [], []
        status_values, status_weights = weighted(STATUSES)
        kind_values, kind_weights = weighted(KINDS)
        precision_values, precision_weights = weighted(PRECISIONS)
        source_id = first_source_id
        for statement_id in range(first_id, first_id + count):
            speaker = rng.choices(self.actors, cum_weights=self.actor_weights)[0]
            precision = rng.choices(precision_values, cum_weights=precision_weights)[0]
            said_on = self.said_on(precision)
            status = rng.choices(status_values, cum_weights=status_weights)[0]
            text = self.text()
            relayed = rng.random() < 0.03
            relayed_by = rng.choice(self.actors) if relayed else None
            statements.append(
                Statement(
                    id=statement_id,
                    speaker_id=speaker.id,
                    speaker_title=speaker.title,
                    text=text,
                    fingerprint=fingerprint(text),
                    relayed_by_id=relayed_by.id if relayed_by and relayed_by.id != speaker.id else None,
                    kind=rng.choices(kind_values, cum_weights=kind_weights)[0],
                    act=rng.choice(ACTS),
                    attribution=Statement.Attribution.ON_RECORD
                    if rng.random() < 0.8
                    else Statement.Attribution.SINGLE_REPORT,
                    said_on=said_on,
                    date_precision=precision,
                    setting=rng.choice(("", "", "remarks to the press", "a speech to parliament", "an interview")),
                    event_id=rng.choice(self.events).id if self.events and rng.random() < 0.05 else None,
                    status=status,
                    published_at=first_published_at(status, None, self.now),
                    created_at=self.now,
                    updated_at=self.now,
                )
            )
            for topic in self.distinct(self.topics, self.topic_weights, rng.choices((1, 2, 3), (55, 30, 15))[0]):
                stance = rng.choice(STANCES)
                stances.append(
                    StatementTopic(statement_id=statement_id, topic_id=topic.id, stance=stance, said_on=said_on)
                )
            n_sources = rng.choices((1, 2, 3), (50, 35, 15))[0]
            reported_on = []
            for position, outlet in enumerate(self.distinct(self.outlets, self.outlet_weights, n_sources)):
                published_on = said_on + datetime.timedelta(days=position + rng.randint(0, 2))
                reported_on.append(published_on)
                sources.append(
                    Source(
                        id=source_id,
                        outlet_id=outlet.id,
                        url=f"https://{outlet.slug}.{DOMAINS[source_id % 2]}/{said_on.year}/s{source_id}",
                        title=text[:80],
                        published_on=published_on,
                        language="en",
                        created_at=self.now,
                        updated_at=self.now,
                    )
                )
                role = (
                    StatementSource.Role.ORIGINAL
                    if position == 0 and rng.random() < 0.3
                    else StatementSource.Role.REPORTED_BY
                )
                links.append(
                    StatementSource(statement_id=statement_id, source_id=source_id, role=role, position=position)
                )
                source_id += 1
            statements[-1].first_reported_on = earliest_report(said_on, reported_on)
            if rng.random() < 0.4:
                for actor in self.distinct(self.actors, self.actor_weights, rng.choice((1, 1, 2))):
                    if actor.id != speaker.id:
                        mentions.append(Statement.mentions.through(statement_id=statement_id, actor_id=actor.id))
        return statements, sources, stances, links, mentions


def next_id(model):
    return (model.objects.aggregate(top=models.Max("id"))["top"] or 0) + 1


def ensure(model, rows):
    """Create the reference rows that are not there yet (matched by slug); return all of them."""
    existing = {obj.slug: obj for obj in model.objects.filter(slug__in=[row["slug"] for row in rows])}
    missing = [model(**row) for row in rows if row["slug"] not in existing]
    model.objects.bulk_create(missing)
    found = {obj.slug: obj for obj in model.objects.filter(slug__in=[row["slug"] for row in rows])}
    return [found[row["slug"]] for row in rows]


def reference_rows(seed):
    rng = random.Random(f"{seed}-reference")
    names = [f"{first} {last}" for first in FIRST for last in LAST]
    rng.shuffle(names)
    actors = []
    for name in names[:N_ACTORS]:
        kind = Actor.Kind.PERSON
        actors.append(
            {"name": name, "slug": slugify(name), "kind": kind, "country": rng.choice(COUNTRIES)}
            | {"title": rng.choice(TITLES)}
        )
    outlets = []
    for place, word in itertools.islice(itertools.product(OUTLET_PLACES, OUTLET_WORDS), N_OUTLETS):
        slug = slugify(f"{place} {word}")
        outlets.append({"name": f"The {place} {word}", "slug": slug, "homepage": f"https://{slug}.example.org/"})
    events = [
        {"name": f"Summit {year}-{n}", "slug": f"summit-{year}-{n}", "start_date": datetime.date(year, 1 + n % 12, 10)}
        for year in range(LAST_DAY.year - YEARS + 1, LAST_DAY.year + 1)
        for n in range(1, 11)
    ]
    return actors, outlets, events


def ensure_topics():
    roots = ensure(Topic, [{"name": name, "slug": slugify(name)} for name in TOPIC_ROOTS])
    children = ensure(
        Topic,
        [
            {"name": f"{root.name} {aspect}", "slug": slugify(f"{root.name} {aspect}"), "parent": root}
            for root in roots
            for aspect in TOPIC_ASPECTS
        ],
    )
    leaves = ensure(
        Topic,
        [
            {"name": f"{child.name} {region}", "slug": slugify(f"{child.name} {region}"), "parent": child}
            for child in children
            for region in TOPIC_REGIONS
        ],
    )
    return roots + children + leaves


class Command(BaseCommand):
    help = "Add N synthetic statements (with actors, topics, outlets and sources) for benchmarks."

    def add_arguments(self, parser):
        parser.add_argument("n", type=int, help="How many statements to add.")
        parser.add_argument("--seed", type=int, default=1, help="Same seed, same data (default 1).")
        parser.add_argument("--batch", type=int, default=10_000, help="Statements per transaction (default 10000).")

    def handle(self, *args, n, seed, batch, **options):
        if n < 0 or batch < 1:
            raise CommandError("N must be at least 0 and --batch at least 1.")
        started = time.monotonic()
        actor_rows, outlet_rows, event_rows = reference_rows(seed)
        with transaction.atomic():
            actors, outlets, events = ensure(Actor, actor_rows), ensure(Outlet, outlet_rows), ensure(Event, event_rows)
            topics = ensure_topics()
        rng = random.Random(f"{seed}-order")
        rng.shuffle(topics)
        generator = Generator(seed, actors, topics, outlets, events)
        statement_id, source_id = next_id(Statement), next_id(Source)
        done = 0
        with full_text_deferred():
            while done < n:
                count = min(batch, n - done)
                statements, sources, stances, links, mentions = generator.batch(statement_id, source_id, count)
                with transaction.atomic():
                    Statement.objects.bulk_create(statements, batch_size=2000)
                    Source.objects.bulk_create(sources, batch_size=2000)
                    StatementTopic.objects.bulk_create(stances, batch_size=5000)
                    StatementSource.objects.bulk_create(links, batch_size=5000)
                    Statement.mentions.through.objects.bulk_create(mentions, batch_size=5000)
                    derived.created(range(statement_id, statement_id + count))
                done += count
                statement_id += count
                source_id += len(sources)
                if options["verbosity"] > 1:
                    self.stdout.write(f"{done:,} statements, {time.monotonic() - started:.0f} s")
        self.reset_sequences()
        with transaction.atomic():
            stance_points.rebuild()  # bulk inserts send no signals: the positions are recomputed once, set-based
        data_changed()  # bulk inserts send no signals: start a new generation of cached aggregates
        self.stdout.write(f"Added {done:,} statements in {time.monotonic() - started:.1f} s.")

    def reset_sequences(self):
        """Explicit ids leave PostgreSQL's sequences behind; move them past the new rows."""
        through = Statement.mentions.through
        sql = connection.ops.sequence_reset_sql(
            no_style(), [Actor, Outlet, Event, Topic, Statement, Source, StatementTopic, StatementSource, through]
        )
        with connection.cursor() as cursor:
            for statement in sql:
                cursor.execute(statement)


def external_content(sql):
    options = sql.replace(" ", "").replace('"', "'").lower()
    return "content=" in options and "content=''" not in options


PG_DEFERRED = "SELECT set_config('parley.search_deferred', %s, false)"


@contextmanager
def full_text_deferred():
    """On SQLite, an FTS5 index kept by triggers is cheaper to rebuild once than to feed row by row.

    The triggers on the statement table are set aside for the load (tracker/db/triggers.py), then
    each external-content FTS5 table is rebuilt and the readers' index of published statements
    (tracker/db/searchorder.py) refilled. PostgreSQL keeps the trigger of its `search_vector`
    column (it fires per row during the load) and tells the one keeping its readers' search table
    to skip this session's rows; the table is refilled in one statement afterwards.
    """
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(PG_DEFERRED, ["on"])
        try:
            yield
        finally:
            with connection.cursor() as cursor:
                cursor.execute(PG_DEFERRED, ["off"])
            searchorder.rebuild(connection.alias)
        return
    set_aside = False
    try:
        with triggers.aside(connection, "tracker_statement") as set_aside:
            yield
    finally:
        if set_aside:
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE '%VIRTUAL TABLE%fts5%'"
                )
                for table in [name for name, sql in cursor.fetchall() if external_content(sql)]:
                    cursor.execute(f'INSERT INTO "{table}"("{table}") VALUES (\'rebuild\')')
            searchorder.rebuild(connection.alias)
