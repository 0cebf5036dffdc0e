import datetime
import json
from pathlib import Path

from django.core.management.base import BaseCommand
from django.db import transaction

from tracker.models import (
    Actor,
    ActorAlias,
    Event,
    Outlet,
    Source,
    Statement,
    StatementSource,
    StatementTopic,
    Topic,
)

DEMO_FILE = Path(__file__).resolve().parents[2] / "fixtures" / "demo.json"
DATE_FIELDS = {"said_on", "published_on", "start_date", "end_date", "first_reported_on"}


def _values(record, fields):
    values = {}
    for field in fields:
        if field in record:
            value = record[field]
            if field in DATE_FIELDS and value:
                value = datetime.date.fromisoformat(value)
            values[field] = "" if value is None and field not in DATE_FIELDS else value
    return values


class Loader:
    """Creates or updates each demo record, saving only what differs: a re-run writes nothing."""

    def __init__(self):
        self.changed = 0

    def upsert(self, model, lookup, values):
        obj = model.objects.filter(**lookup).first()
        if obj is None:
            obj = model(**lookup, **values)
        elif all(getattr(obj, field) == value for field, value in values.items()):
            return obj
        else:
            for field, value in values.items():
                setattr(obj, field, value)
        obj.save()
        self.changed += 1
        return obj

    def set_m2m(self, manager, objects):
        if set(manager.all()) != set(objects):
            manager.set(objects)
            self.changed += 1


class Command(BaseCommand):
    help = "Load the demo data (the 24 September 2025 Zelenskyy–Trump article and a little more). Idempotent."

    @transaction.atomic
    def handle(self, *args, **options):
        document = json.loads(DEMO_FILE.read_text(encoding="utf-8"))
        loader = Loader()
        actors = self.load_actors(loader, document["actors"])
        topics = self.load_topics(loader, document["topics"])
        outlets = {
            o["slug"]: loader.upsert(
                Outlet, {"slug": o["slug"]}, _values(o, ["name", "homepage", "country", "language"])
            )
            for o in document["outlets"]
        }
        events = {}
        for record in document["events"]:
            event = loader.upsert(
                Event,
                {"slug": record["slug"]},
                _values(record, ["name", "start_date", "end_date", "place", "description"]),
            )
            loader.set_m2m(event.participants, [actors[slug] for slug in record["participants"]])
            events[record["slug"]] = event
        for record in document["statements"]:
            self.load_statement(loader, record, actors, topics, outlets, events)
        self.stdout.write(f"Demo data loaded: {loader.changed} change(s).")

    def load_actors(self, loader, records):
        actors = {}
        for record in records:
            actor = loader.upsert(
                Actor,
                {"slug": record["slug"]},
                _values(record, ["name", "kind", "country", "title", "wikidata_id", "description"]),
            )
            for alias in record.get("aliases", []):
                loader.upsert(ActorAlias, {"actor": actor, "name": alias}, {})
            actors[record["slug"]] = actor
        return actors

    def load_topics(self, loader, records):
        topics = {}
        for record in records:
            values = _values(record, ["name", "description", "keywords"])
            values["parent"] = topics.get(record.get("parent"))
            topics[record["slug"]] = loader.upsert(Topic, {"slug": record["slug"]}, values)
        return topics

    def load_statement(self, loader, record, actors, topics, outlets, events):
        values = _values(
            record,
            [
                "speaker_title",
                "said_on",
                "date_precision",
                "kind",
                "act",
                "attribution",
                "text",
                "condition",
                "setting",
                "audience",
                "status",
            ],
        )
        values["speaker"] = actors[record["speaker"]]
        values["relayed_by"] = actors.get(record.get("relayed_by"))
        values["event"] = events.get(record.get("event"))
        statement = loader.upsert(Statement, {"key": record["key"]}, values)
        for item in record.get("topics", []):
            loader.upsert(
                StatementTopic, {"statement": statement, "topic": topics[item["topic"]]}, {"stance": item["stance"]}
            )
        for position, item in enumerate(record.get("sources", [])):
            source = loader.upsert(
                Source,
                {
                    "outlet": outlets.get(item.get("outlet")),
                    "title": item["title"],
                    "published_on": datetime.date.fromisoformat(item["published_on"]),
                },
                _values(item, ["url", "author", "language"]),
            )
            loader.upsert(
                StatementSource,
                {"statement": statement, "source": source},
                {"role": item["role"], "position": position},
            )
        loader.set_m2m(statement.mentions, [actors[slug] for slug in record.get("mentions", [])])
        statement.refresh_first_reported_on()
