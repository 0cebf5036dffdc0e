"""Writing parley/1: the registries a set of statements needs, then the statements."""

import json

from django.db.models import Q

from ..columns import iso, statement_records
from ..models import Actor, Event, Outlet, Statement, StatementSource, StatementTopic, Topic

FORMAT = "parley/1"
CHUNK_SIZE = 1000


def actor_record(actor):
    return {
        "slug": actor.slug,
        "name": actor.name,
        "kind": actor.kind,
        "country": actor.country,
        "title": actor.title,
        "wikidata_id": actor.wikidata_id,
        "aliases": sorted(alias.name for alias in actor.aliases.all()),
        "description": actor.description,
    }


def topic_record(topic, parent_slugs):
    return {
        "slug": topic.slug,
        "name": topic.name,
        "parent": parent_slugs.get(topic.parent_id),
        "description": topic.description,
        "keywords": topic.keywords,
    }


def outlet_record(outlet):
    return {
        "slug": outlet.slug,
        "name": outlet.name,
        "homepage": outlet.homepage,
        "country": outlet.country,
        "language": outlet.language,
    }


def event_record(event):
    return {
        "slug": event.slug,
        "name": event.name,
        "start_date": iso(event.start_date) or None,
        "end_date": iso(event.end_date) or None,
        "place": event.place,
        "description": event.description,
        "participants": sorted(actor.slug for actor in event.participants.all()),
    }


def source_record(source):
    return {**source, "outlet": source["outlet"] or None, "published_on": iso(source["published_on"]) or None}


def statement_record(record):
    """One row of `statement_records` in parley/1 form."""
    return {
        "key": record["key"],
        "speaker": record["speaker__slug"],
        "speaker_title": record["speaker_title"],
        "said_on": iso(record["said_on"]),
        "date_precision": record["date_precision"],
        "first_reported_on": iso(record["first_reported_on"]) or None,
        "kind": record["kind"],
        "act": record["act"],
        "attribution": record["attribution"],
        "text": record["text"],
        "condition": record["condition"],
        "original_text": record["original_text"],
        "original_language": record["original_language"],
        "relayed_by": record["relayed_by__slug"],
        "audience": record["audience"],
        "setting": record["setting"],
        "event": record["event__slug"],
        "topics": [{"topic": slug, "stance": stance} for slug, stance in record["topics"]],
        "mentions": record["mentions"],
        "sources": [source_record(source) for source in record["sources"]],
        "status": record["status"],
        "correction_note": record["correction_note"],
        # Which stored copy this is: re-importing the file refuses to overwrite a later edit.
        "updated_at": iso(record["updated_at"]),
    }


def registries(statements, *, complete=False):
    """Querysets of the actors, topics, outlets and events `statements` refer to (or all)."""
    if complete:
        topics = Topic.objects.all()
        return {
            "actors": Actor.objects.all(),
            "topics": topics,
            "outlets": Outlet.objects.all(),
            "events": Event.objects.all(),
        }
    ids = statements.order_by().values("id")
    events = Event.objects.filter(id__in=statements.order_by().values("event_id"))
    actors = Actor.objects.filter(
        Q(id__in=statements.order_by().values("speaker_id"))
        | Q(id__in=statements.order_by().values("relayed_by_id"))
        | Q(id__in=Statement.mentions.through.objects.filter(statement_id__in=ids).values("actor_id"))
        | Q(id__in=Event.participants.through.objects.filter(event__in=events).values("actor_id"))
    )
    parent_of = dict(Topic.objects.values_list("id", "parent_id"))
    topic_ids = set(StatementTopic.objects.filter(statement_id__in=ids).values_list("topic_id", flat=True))
    for topic_id in list(topic_ids):
        while (topic_id := parent_of.get(topic_id)) and topic_id not in topic_ids:
            topic_ids.add(topic_id)
    return {
        "actors": actors,
        "topics": Topic.objects.filter(id__in=topic_ids),
        "outlets": Outlet.objects.filter(
            id__in=StatementSource.objects.filter(statement_id__in=ids).values("source__outlet_id")
        ),
        "events": events,
    }


def _dump(value):
    return json.dumps(value, ensure_ascii=False)


def _section(name, records, last=False):
    yield f'"{name}": ['
    separator = "\n"
    for record in records:
        yield separator + _dump(record)
        separator = ",\n"
    yield "\n]" + ("" if last else ",") + "\n"


def document_sections(statements, *, complete=False):
    """The parley/1 sections as (name, iterable of records), lazily."""
    found = registries(statements, complete=complete)
    parent_slugs = dict(Topic.objects.values_list("id", "slug"))
    return [
        ("actors", map(actor_record, found["actors"].prefetch_related("aliases").iterator(chunk_size=CHUNK_SIZE))),
        ("topics", (topic_record(topic, parent_slugs) for topic in found["topics"].iterator(chunk_size=CHUNK_SIZE))),
        ("outlets", map(outlet_record, found["outlets"].iterator(chunk_size=CHUNK_SIZE))),
        (
            "events",
            map(event_record, found["events"].prefetch_related("participants").iterator(chunk_size=CHUNK_SIZE)),
        ),
        ("statements", map(statement_record, statement_records(statements, chunk_size=CHUNK_SIZE))),
    ]


def stream_document(statements, *, complete=False):
    """The parley/1 document as str chunks, one record per line; memory stays flat."""
    yield '{"format": "' + FORMAT + '",\n'
    sections = document_sections(statements, complete=complete)
    for index, (name, records) in enumerate(sections):
        yield from _section(name, records, last=index == len(sections) - 1)
    yield "}\n"


def export_document(statements, *, complete=False):
    """The whole document as one dict (tests, small exports)."""
    return json.loads("".join(stream_document(statements, complete=complete)))
