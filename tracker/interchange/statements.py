"""Importing statements in batches: match, compare, then bulk-create or save what differs."""

from itertools import islice

from django.apps import apps
from django.utils import timezone
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history

from ..exports.rows import statement_records
from ..models import Actor, Event, Outlet, Source, Statement, StatementSource, StatementTopic, Topic
from .problems import ImportFailed, Problem
from .validate import PLAIN_FIELDS, SOURCE_FIELDS, source_identity

BATCH = 1000
REASON = "Imported"
HistoricalMention = apps.get_model("tracker", "HistoricalStatement_mentions")
REFERENCES = {"speaker": "speaker__slug", "relayed_by": "relayed_by__slug", "event": "event__slug"}


def batches(items, size=BATCH):
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


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
    state["_published_on"] = {source_identity(s): s["published_on"] for s in record["sources"]}
    return state


class StatementLoader:
    def __init__(self, records, *, user, counts):
        self.records = records
        self.user = user
        self.counts = counts
        self.now = timezone.now()

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
        new, changed = [], []
        for batch in batches(list(matches.items())):
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
        matched = set(map(id, matches.values()))
        new = [record for record in self.records if id(record) not in matched]
        self.update(changed)
        # The export lists newest first: creating from the end keeps ids in the same
        # relative order, so a re-export of an imported file lists statements alike.
        self.create(reversed(new))

    def load_sources(self):
        """Find or create every source the statements cite; update those whose details differ."""
        wanted = {}
        for record in self.records:
            for source in record.get("sources", []):
                wanted.setdefault(source_identity(source), (source, record.get("_sources_add_only")))
        outlet_ids = slug_ids(Outlet, {s["outlet"] for s, _add in wanted.values() if s["outlet"]})
        self.sources = {}
        urls = [identity for identity in wanted if isinstance(identity, str)]
        for batch in batches(urls):
            for obj in Source.objects.filter(url__in=batch).select_related("outlet"):
                self.sources[obj.url] = obj
        titles = {identity[2] for identity in wanted if not isinstance(identity, str)}
        for batch in batches(sorted(titles)):
            for obj in Source.objects.filter(url="", title__in=batch).select_related("outlet"):
                identity = ("", obj.outlet.slug if obj.outlet else None, obj.title, obj.published_on)
                self.sources.setdefault(identity, obj)
        missing = []
        for identity, (source, add_only) in wanted.items():
            values = {name: source[name] for name in SOURCE_FIELDS if name in source}
            values["outlet_id"] = outlet_ids.get(source["outlet"])
            obj = self.sources.get(identity)
            if obj is None:
                missing.append(Source(**values))
                continue
            differs = {name: value for name, value in values.items() if getattr(obj, name) != value}
            if differs and not add_only:
                for name, value in differs.items():
                    setattr(obj, name, value)
                obj._change_reason = REASON
                obj.save()
        for obj in bulk_create_with_history(
            missing, Source, batch_size=BATCH, default_user=self.user, default_change_reason=REASON
        ):
            identity = obj.url or ("", obj.outlet.slug if obj.outlet_id else None, obj.title, obj.published_on)
            self.sources[identity] = obj

    def match(self):
        """Existing statement id → incoming record: by key, else speaker + date + normalised text."""
        matches, taken = {}, {}
        by_key = {}
        for batch in batches([r["key"] for r in self.records if r.get("key")]):
            by_key.update(Statement.objects.filter(key__in=batch).values_list("key", "id"))
        unmatched = []
        for record in self.records:
            pk = by_key.get(record.get("key"))
            if pk is None:
                unmatched.append(record)
            else:
                self.claim(matches, taken, pk, record)
        candidates = {}
        for batch in batches(list({r["fingerprint"] for r in unmatched})):
            for pk, speaker, said_on, print_, key in Statement.objects.filter(fingerprint__in=batch).values_list(
                "id", "speaker__slug", "said_on", "fingerprint", "key"
            ):
                if not key:
                    candidates.setdefault((speaker, said_on, print_), pk)
        for record in unmatched:
            pk = candidates.get((record["speaker"], record["said_on"], record["fingerprint"]))
            if pk is not None:
                self.claim(matches, taken, pk, record)
        return matches

    def claim(self, matches, taken, pk, record):
        if pk in taken:
            message = _("matches the same stored statement as statement %d") % taken[pk]
            raise ImportFailed([Problem("statements", record["_number"], "key", message)])
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
        dates = [self.sources[identity].published_on for identity, _role in chain]
        return min((day for day in dates if day and day >= said_on), default=None)

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
                statement._change_reason = REASON
                if self.user:
                    statement._history_user = self.user
                statement.save()
                if "mentions" in differs:
                    statement.mentions.set([self.actor_ids[slug] for slug in differs["mentions"]])
                if "topics" in differs:
                    statement.topic_stances.all().delete()
                    self.create_topics([(statement, differs["topics"])])
                if "sources" in differs:
                    statement.source_links.all().delete()
                    self.create_sources([(statement, differs["sources"])])
                self.counts.updated += 1

    def create(self, records):
        for batch in batches(records):
            statements = []
            for record in batch:
                values = {name: record[name] for name in PLAIN_FIELDS["statements"] if name in record}
                chain = self.chain(record) if "sources" in record else []
                if values.get("first_reported_on") is None:
                    values["first_reported_on"] = self.first_reported_on(record["said_on"], chain)
                statement = Statement(
                    **values,
                    speaker_id=self.actor_ids[record["speaker"]],
                    relayed_by_id=self.actor_ids.get(record.get("relayed_by")),
                    event_id=self.event_ids.get(record.get("event")),
                    fingerprint=record["fingerprint"],
                    created_by=self.user,
                    updated_by=self.user,
                )
                if statement.status == Statement.Status.PUBLISHED:
                    statement.published_at = self.now
                statement._chain = chain
                statement._record = record
                statements.append(statement)
            Statement.objects.bulk_create(statements)
            history = Statement.history.bulk_history_create(
                statements, default_user=self.user, default_change_reason=REASON, default_date=self.now
            )
            mentions = [
                (statement, self.actor_ids[slug])
                for statement in statements
                for slug in statement._record.get("mentions", [])
            ]
            through = Statement.mentions.through.objects.bulk_create(
                [Statement.mentions.through(statement_id=s.pk, actor_id=actor) for s, actor in mentions]
            )
            history_id = {row.id: row.history_id for row in history}
            HistoricalMention.objects.bulk_create(
                [
                    HistoricalMention(
                        id=row.pk,
                        history_id=history_id[row.statement_id],
                        statement_id=row.statement_id,
                        actor_id=row.actor_id,
                    )
                    for row in through
                ]
            )
            self.create_topics([(s, s._record.get("topics", [])) for s in statements])
            self.create_sources([(s, s._chain) for s in statements])
            self.counts.created += len(statements)

    def create_topics(self, pairs):
        links = [
            StatementTopic(statement=statement, topic_id=self.topic_ids[slug], stance=stance, said_on=statement.said_on)
            for statement, topics in pairs
            for slug, stance in topics
        ]
        bulk_create_with_history(
            links, StatementTopic, batch_size=BATCH, default_user=self.user, default_change_reason=REASON
        )

    def create_sources(self, pairs):
        links = [
            StatementSource(statement=statement, source=self.sources[identity], role=role, position=position)
            for statement, chain in pairs
            for position, (identity, role) in enumerate(chain)
        ]
        bulk_create_with_history(
            links, StatementSource, batch_size=BATCH, default_user=self.user, default_change_reason=REASON
        )
