"""Importing statements: match, compare, refuse conflicts, then update what differs and bulk-create the rest."""

import datetime
import itertools

from django.apps import apps
from django.db import connection
from django.utils import timezone
from django.utils.translation import gettext as _

from .. import derived, stances
from ..columns import statement_records
from ..db import fulltext
from ..models import (
    Actor,
    Event,
    Outlet,
    Source,
    Statement,
    StatementSource,
    StatementTopic,
    Topic,
    earliest_report,
    first_published_at,
)
from . import bulk
from .conflicts import baseline_conflicts
from .nearby import near_duplicates
from .problems import ImportFailed, Problem
from .validate import PLAIN_FIELDS, SOURCE_FIELDS, source_identity

BATCH = 900
REASON = "Imported"
HistoricalMention = apps.get_model("tracker", "HistoricalStatement_mentions")
REFERENCES = {"speaker": "speaker__slug", "relayed_by": "relayed_by__slug", "event": "event__slug"}


def batches(items, size=BATCH):
    items = list(items)
    for start in range(0, len(items), size):
        yield items[start : start + size]


def slug_ids(model, slugs):
    found = {}
    for batch in batches(sorted(slugs)):
        found.update(model.objects.filter(slug__in=batch).values_list("slug", "id"))
    return found


def current_state(record):
    """A row of `statement_records` in the typed form the validator gives incoming records."""
    state = {name: record[name] for name in PLAIN_FIELDS["statements"]}
    state.update({name: record[column] for name, column in REFERENCES.items()})
    state["topics"] = sorted(record["topics"])
    state["mentions"] = sorted(record["mentions"])
    state["sources"] = [(source_identity(source), source["role"]) for source in record["sources"]]
    return state


def creation_order(records):
    """Ids follow the statements' order within a day: a file listed newest first, as the export
    writes it, is created from its end (a re-export then lists it alike); any other in file order."""
    dates = [record["said_on"] for record in records]
    pairs = list(itertools.pairwise(dates))
    newest_first = all(a >= b for a, b in pairs) and any(a > b for a, b in pairs)
    return records[::-1] if newest_first else records


def stored_identity(url, outlet_slug, title, published_on):
    return url or ("", outlet_slug, title, published_on)


class StatementLoader:
    def __init__(self, records, *, user, report, check_duplicates=True):
        self.records = records
        self.check_duplicates = check_duplicates
        self.user = user
        self.report = report
        self.counts = report.counts["statements"]
        self.now = timezone.now()
        self.history = {
            "history_date": self.now,
            "history_user_id": user.pk if user else None,
            "history_change_reason": REASON,
        }

    def run(self):
        if not self.records:
            return
        self.actor_ids = slug_ids(
            Actor,
            {
                slug
                for record in self.records
                for slug in [record.get("speaker"), record.get("relayed_by"), *record.get("mentions", [])]
                if slug
            },
        )
        self.topic_ids = slug_ids(Topic, {slug for r in self.records for slug, _stance in r.get("topics", [])})
        self.event_ids = slug_ids(Event, {r["event"] for r in self.records if r.get("event")})
        self.load_sources()
        matches = self.match()
        changed = []
        for batch in batches(matches.items()):
            states = {
                row["id"]: current_state(row)
                for row in statement_records(Statement.objects.filter(id__in=[pk for pk, _r in batch]))
            }
            for pk, record in batch:
                wanted = self.wanted(record, states[pk])
                differs = {name: value for name, value in wanted.items() if states[pk].get(name) != value}
                if differs:
                    changed.append((pk, record, differs))
                else:
                    self.counts.unchanged += 1
        if conflicts := baseline_conflicts(changed):
            raise ImportFailed(conflicts)
        matched = set(map(id, matches.values()))
        new = [record for record in self.records if id(record) not in matched]
        if self.check_duplicates:
            self.report.duplicates = near_duplicates(new, self.actor_ids)
        self.update(changed)
        self.create(creation_order(new))

    def load_sources(self):
        """Find or create every source the statements cite; update those whose details differ."""
        wanted = {}
        for record in self.records:
            for source in record.get("sources", []):
                wanted.setdefault(source_identity(source), (source, record.get("_sources_add_only")))
        outlet_ids = slug_ids(Outlet, {s["outlet"] for s, _add in wanted.values() if s["outlet"]})
        columns = ("id", "outlet_id", *SOURCE_FIELDS)
        found = {}
        urls = [identity for identity in wanted if isinstance(identity, str)]
        for batch in batches(urls):
            for row in Source.objects.filter(url__in=batch).exclude(url="").values(*columns, "outlet__slug"):
                found[row["url"]] = row
        titles = {identity[2] for identity in wanted if not isinstance(identity, str)}
        for batch in batches(sorted(titles)):
            for row in Source.objects.filter(url="", title__in=batch).values(*columns, "outlet__slug"):
                found.setdefault(stored_identity("", row["outlet__slug"], row["title"], row["published_on"]), row)
        self.sources = {}  # identity -> (id, published_on)
        missing, differing = [], {}
        template = bulk.defaults(Source)
        for identity, (source, add_only) in wanted.items():
            values = {name: source[name] for name in SOURCE_FIELDS if name in source}
            values["outlet_id"] = outlet_ids.get(source["outlet"])
            row = found.get(identity)
            if row is None:
                missing.append({**template, **values, "created_at": self.now, "updated_at": self.now})
                continue
            differs = {name: value for name, value in values.items() if row[name] != value}
            if differs and not add_only:
                differing[row["id"]] = differs
                row = {**row, **differs}
            self.sources[identity] = (row["id"], row["published_on"])
        for obj in Source.objects.filter(id__in=list(differing)):
            for name, value in differing[obj.pk].items():
                setattr(obj, name, value)
            self.save(obj)
        bulk.insert_with_history(Source, missing, history=self.history)
        slugs = {pk: slug for slug, pk in outlet_ids.items()}
        for row in missing:
            identity = stored_identity(row["url"], slugs.get(row["outlet_id"]), row["title"], row["published_on"])
            self.sources[identity] = (row["id"], row["published_on"])

    def save(self, obj):
        obj._change_reason = REASON
        if self.user:
            obj._history_user = self.user
        obj.save()

    def match(self):
        """Existing statement id → incoming record: by key, else speaker + date + normalised text."""
        matches, taken = {}, {}
        keys = [(r["key"],) for r in self.records if r.get("key")]
        # The partial unique index on key is WHERE NOT (key = ''): spelled the same, SQLite uses
        # it (with `key <> ''` or nothing it scans the whole table for every batch).
        by_key = dict(bulk.select_matching(Statement, ("key", "id"), ("key",), keys, where="NOT (t.key = '')"))
        unmatched = []
        for record in self.records:
            pk = by_key.get(record.get("key"))
            if pk is None:
                unmatched.append(record)
            else:
                self.claim(matches, taken, pk, record)
        candidates = self.same_text(unmatched)
        for record in unmatched:
            pk = candidates.get((self.actor_ids[record["speaker"]], record["said_on"], record["fingerprint"]))
            if pk is not None:
                self.claim(matches, taken, pk, record)
        return matches

    def same_text(self, records):
        """(speaker id, said_on, fingerprint) → a stored statement without a key, through the
        (speaker, said_on, fingerprint) index."""
        wanted = sorted({(self.actor_ids[r["speaker"]], r["said_on"], r["fingerprint"]) for r in records})
        found = {}
        columns = ("id", "speaker", "said_on", "fingerprint")
        for pk, speaker, said_on, print_ in bulk.select_matching(
            Statement, columns, columns[1:], wanted, where="t.key = ''"
        ):
            if isinstance(said_on, str):
                said_on = datetime.date.fromisoformat(said_on)
            found.setdefault((speaker, said_on, print_), pk)
        return found

    def claim(self, matches, taken, pk, record):
        if pk in taken:
            message = _("matches the same stored statement as statement %d") % taken[pk]
            raise ImportFailed([Problem.of_statement(record, "key", message)])
        taken[pk] = record["_number"]
        matches[pk] = record

    def chain(self, record, current=None):
        """The source chain the record asks for, as [(identity, role)]."""
        chain = [(source_identity(s), s["role"]) for s in record["sources"]]
        if record.get("_sources_add_only") and current is not None:
            present = {identity for identity, _role in current}
            chain = current + [link for link in chain if link[0] not in present]
        return chain

    def first_reported_on(self, said_on, chain):
        return earliest_report(said_on, [self.sources[identity][1] for identity, _role in chain])

    def wanted(self, record, current):
        """The fields of `record` in the typed form of `current_state`."""
        wanted = {name: record[name] for name in PLAIN_FIELDS["statements"] if name in record}
        wanted.update({name: record[name] for name in REFERENCES if name in record})
        for name in ("topics", "mentions"):
            if name in record:
                wanted[name] = record[name]
        if "sources" in record:
            wanted["sources"] = self.chain(record, current["sources"])
        said_on = wanted.get("said_on", current["said_on"])
        if wanted.get("first_reported_on", current["first_reported_on"]) is None:
            reported = self.first_reported_on(said_on, wanted.get("sources", current["sources"]))
            if "first_reported_on" in record or reported:
                wanted["first_reported_on"] = reported
        return wanted

    def update(self, changed):
        """Few, in practice: each saved through the model, with its history row."""
        for batch in batches(changed, 200):
            objects = Statement.objects.in_bulk([pk for pk, _record, _differs in batch])
            for pk, _record, differs in batch:
                statement = objects[pk]
                for name, value in differs.items():
                    if name in REFERENCES:
                        ids = self.event_ids if name == "event" else self.actor_ids
                        setattr(statement, f"{name}_id", ids.get(value))
                    elif name in PLAIN_FIELDS["statements"]:
                        setattr(statement, name, value)
                statement.updated_by = self.user
                self.save(statement)
                if "mentions" in differs:
                    statement.mentions.set([self.actor_ids[slug] for slug in differs["mentions"]])
                if "topics" in differs:
                    statement.topic_stances.all().delete()
                    self.create_topics([(statement.pk, statement.said_on, differs["topics"])])
                    derived.links_inserted([statement.pk])  # links inserted in bulk send no signals
                if "sources" in differs:
                    statement.source_links.all().delete()
                    self.create_sources([(statement.pk, differs["sources"])])
                self.counts.updated += 1

    def create(self, records):
        template = bulk.defaults(Statement)
        user_id = self.user.pk if self.user else None
        rows, chains = [], []
        for record in records:
            chain = self.chain(record) if "sources" in record else []
            row = {**template, **{name: record[name] for name in PLAIN_FIELDS["statements"] if name in record}}
            if row["first_reported_on"] is None:
                row["first_reported_on"] = self.first_reported_on(record["said_on"], chain)
            row.update(
                speaker_id=self.actor_ids[record["speaker"]],
                relayed_by_id=self.actor_ids.get(record.get("relayed_by")),
                event_id=self.event_ids.get(record.get("event")),
                fingerprint=record["fingerprint"],
                created_by_id=user_id,
                updated_by_id=user_id,
                created_at=self.now,
                # A file's `updated_at` is when the statement last changed where it came from.
                updated_at=record.get("updated_at") or self.now,
                published_at=first_published_at(row["status"], None, self.now),
            )
            rows.append(row)
            chains.append(chain)
            if row["status"] == Statement.Status.DRAFT:
                self.report.drafts += 1
                self.report.drafts_without_status += "status" not in record
        mentioned = any(record.get("mentions") for record in records)
        with fulltext.indexed_at_end(connection) as indexed:
            history_ids = bulk.insert_with_history(Statement, rows, history=self.history, returning_history=mentioned)
            indexed(row["id"] for row in rows)
        if mentioned:
            self.create_mentions(rows, records, history_ids)
        self.create_topics(
            [(row["id"], row["said_on"], record.get("topics", [])) for row, record in zip(rows, records, strict=True)]
        )
        derived.created(row["id"] for row in rows)
        self.create_sources([(row["id"], chain) for row, chain in zip(rows, chains, strict=True)])
        stances.statements_created([row["id"] for row in rows])  # bulk inserts send no signals
        self.counts.created += len(rows)

    def create_mentions(self, rows, records, history_ids):
        links = [
            {"statement_id": row["id"], "actor_id": self.actor_ids[slug], "_history": history_id}
            for row, record, history_id in zip(rows, records, history_ids, strict=True)
            for slug in record.get("mentions", [])
        ]
        through = Statement.mentions.through
        for link, pk in zip(links, bulk.insert(through, links), strict=True):
            link["id"] = pk
        historical = [
            {
                "id": link["id"],
                "history_id": link["_history"],
                "statement_id": link["statement_id"],
                "actor_id": link["actor_id"],
            }
            for link in links
        ]
        bulk.insert(HistoricalMention, historical, returning=False)

    def create_topics(self, entries):
        rows = [
            {"statement_id": pk, "topic_id": self.topic_ids[slug], "stance": stance, "said_on": said_on}
            for pk, said_on, topics in entries
            for slug, stance in topics
        ]
        bulk.insert_with_history(StatementTopic, rows, history=self.history)

    def create_sources(self, entries):
        rows = [
            {"statement_id": pk, "source_id": self.sources[identity][0], "role": role, "position": position}
            for pk, chain in entries
            for position, (identity, role) in enumerate(chain)
        ]
        bulk.insert_with_history(StatementSource, rows, history=self.history)
