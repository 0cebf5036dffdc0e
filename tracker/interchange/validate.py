"""Checking a whole parley/1 document before anything is written: every problem, with where."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from ..models import Actor, Event, Outlet, Source, Statement, StatementSource, StatementTopic, Topic, date_at_precision
from ..text import fingerprint, normalize_name
from .checks import compile_check, parse_timestamp
from .problems import Problem

SECTIONS = ("actors", "topics", "outlets", "events", "statements")
MODELS = {"actors": Actor, "topics": Topic, "outlets": Outlet, "events": Event, "statements": Statement}
PLAIN_FIELDS = {
    "actors": ("name", "kind", "country", "title", "wikidata_id", "description"),
    "topics": ("name", "description"),
    "outlets": ("name", "homepage", "country", "language"),
    "events": ("name", "start_date", "end_date", "place", "description"),
    "statements": (
        "key",
        "speaker_title",
        "text",
        "original_text",
        "original_language",
        "audience",
        "kind",
        "act",
        "condition",
        "attribution",
        "said_on",
        "date_precision",
        "first_reported_on",
        "setting",
        "status",
        "correction_note",
    ),
}
REQUIRED = {"statements": ("speaker", "said_on", "text")}
SOURCE_FIELDS = ("url", "title", "author", "published_on", "language", "archived_url")
STANCES = frozenset(StatementTopic.Stance.values)
SOURCE_ROLES = frozenset(StatementSource.Role.values)
LOOKUP_BATCH = 900
KEY_SHOWN = 100  # characters of a record's key or slug quoted in a problem
_missing = object()


CHECKS = {
    section: {
        name: compile_check(MODELS[section]._meta.get_field(name))
        for name in (fields if section == "statements" else ("slug", *fields))
    }
    for section, fields in PLAIN_FIELDS.items()
}
SOURCE_CHECKS = {name: compile_check(Source._meta.get_field(name)) for name in SOURCE_FIELDS}


class Validator:
    """Cleans each section into typed records and collects every problem it meets."""

    def __init__(self, document):
        self.document = document
        self.problems = []
        self.sections = {}
        self.keys = {}  # (section, number) -> the record's key or slug, to name it in problems
        self.lines = {}  # statement number -> the CSV line it starts on
        self.unknown = {}  # section -> slugs referred to that neither the file nor the site has

    def add(self, section, number, field, message):
        key = self.keys.get((section, number), "")
        line = self.lines.get(number) if section == "statements" else None
        self.problems.append(Problem(section, number, field, str(message), key, line))

    def run(self):
        for section in SECTIONS:
            raw = self.document.get(section, [])
            if not isinstance(raw, list):
                self.add(section, None, None, _("must be a list"))
                raw = []
            self.sections[section] = [
                record
                for number, item in enumerate(raw, start=1)
                if (record := self.guarded_record(section, number, item)) is not None
            ]
        self.check_unique()
        self.check_references()
        return self.sections

    def clean_value(self, section, number, check, field_name, value):
        try:
            return check(value)
        except ValidationError as error:
            for message in error.messages:
                self.add(section, number, field_name, message)
            return _missing

    def guarded_record(self, section, number, item):
        """A value of a type no check foresaw is a problem with this record, never a crash."""
        try:
            return self.clean_record(section, number, item)
        except (TypeError, ValueError, AttributeError, OverflowError, RecursionError):
            self.add(section, number, None, _("a value has a type this field does not take"))
            return None

    def clean_record(self, section, number, item):
        if not isinstance(item, dict):
            self.add(section, number, None, _("must be an object"))
            return None
        record = {"_number": number}
        key = item.get("key" if section == "statements" else "slug")
        if isinstance(key, str) and key:
            self.keys[(section, number)] = key if len(key) <= KEY_SHOWN else key[:KEY_SHOWN] + "…"
        if isinstance(item.get("_line"), int):
            self.lines[number] = record["_line"] = item["_line"]
        required = REQUIRED.get(section, ("slug", "name"))
        missing = {field_name for field_name in required if item.get(field_name) in (None, "")}
        for field_name in required:
            if field_name in missing:
                self.add(section, number, field_name, _("This field is required."))
        for field_name, check in CHECKS[section].items():
            if field_name in item and field_name not in missing:
                value = self.clean_value(section, number, check, field_name, item[field_name])
                if value is not _missing:
                    record[field_name] = value
        getattr(self, f"clean_{section}")(number, item, record)
        return record

    def slug_list(self, section, number, item, field_name):
        value = item.get(field_name, [])
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(entry, str) for entry in value):
            self.add(section, number, field_name, _("must be a list of texts"))
            return []
        return value

    def clean_actors(self, number, item, record):
        if "aliases" in item:
            aliases = self.slug_list("actors", number, item, "aliases")
            seen = set()
            for alias in aliases:
                if normalize_name(alias) in seen:
                    self.add("actors", number, "aliases", _("“%s” is listed twice") % alias)
                seen.add(normalize_name(alias))
            record["aliases"] = sorted(set(aliases))

    def clean_topics(self, number, item, record):
        if "parent" in item:
            if item["parent"] is not None and not isinstance(item["parent"], str):
                self.add("topics", number, "parent", _("expected a slug"))
            else:
                record["parent"] = item["parent"] or None
        if "keywords" in item:
            record["keywords"] = self.slug_list("topics", number, item, "keywords")
        if record.get("parent") and record["parent"] == record.get("slug"):
            self.add("topics", number, "parent", _("A topic cannot be its own broader topic."))

    def clean_outlets(self, number, item, record):
        pass

    def clean_events(self, number, item, record):
        if "participants" in item:
            record["participants"] = sorted(set(self.slug_list("events", number, item, "participants")))
        start, end = record.get("start_date"), record.get("end_date")
        if start and end and end < start:
            self.add("events", number, "end_date", _("An event cannot end before it starts."))

    def clean_statements(self, number, item, record):
        for field_name in ("speaker", "relayed_by", "event"):
            if field_name in item:
                value = item[field_name]
                if value is not None and not isinstance(value, str):
                    self.add("statements", number, field_name, _("expected a slug"))
                else:
                    record[field_name] = value or None
        if "mentions" in item:
            record["mentions"] = sorted(set(self.slug_list("statements", number, item, "mentions")))
        if "topics" in item:
            record["topics"] = self.clean_topic_stances(number, item["topics"])
        if "sources" in item:
            record["sources"] = self.clean_sources(number, item["sources"])
            record["_sources_add_only"] = bool(item.get("_sources_add_only"))
        said_on = record.get("said_on")
        if said_on:
            precision = record.get("date_precision", Statement.Precision.DAY)
            record["said_on"] = date_at_precision(said_on, precision)
            reported = record.get("first_reported_on")
            if reported and reported < record["said_on"]:
                message = _("A statement cannot be reported before it was said.")
                self.add("statements", number, "first_reported_on", message)
        if record.get("relayed_by") and record.get("relayed_by") == record.get("speaker"):
            self.add("statements", number, "relayed_by", _("A speaker does not relay their own words."))
        if "text" in record:
            record["fingerprint"] = fingerprint(record["text"])
        self.clean_baseline(number, item, record)

    def clean_baseline(self, number, item, record):
        """`version` and `updated_at`: the stored statement the file's copy was made from."""
        version = item.get("version")
        if version is not None:
            if isinstance(version, int) and not isinstance(version, bool) and version >= 1:
                record["version"] = version
            else:
                self.add("statements", number, "version", _("must be a whole number from 1"))
        if item.get("updated_at") not in (None, ""):
            try:
                record["updated_at"] = parse_timestamp(item["updated_at"])
            except ValidationError as error:
                self.add("statements", number, "updated_at", error.messages[0])

    def clean_topic_stances(self, number, value):
        cleaned, seen = [], set()
        if not isinstance(value, list):
            self.add("statements", number, "topics", _("must be a list"))
            return cleaned
        for entry in value:
            entry = {"topic": entry} if isinstance(entry, str) else entry
            if not isinstance(entry, dict) or not isinstance(entry.get("topic"), str) or not entry["topic"]:
                self.add("statements", number, "topics", _("each topic needs a “topic” slug"))
                continue
            stance = entry.get("stance") or StatementTopic.Stance.UNCLEAR
            if not isinstance(stance, str) or stance not in STANCES:
                self.add("statements", number, "topics", _("“%s” is not a stance") % shown(stance))
                continue
            if entry["topic"] in seen:
                self.add("statements", number, "topics", _("“%s” is listed twice") % entry["topic"])
            seen.add(entry["topic"])
            cleaned.append((entry["topic"], stance))
        return sorted(cleaned)

    def clean_sources(self, number, value):
        cleaned, seen = [], set()
        if not isinstance(value, list):
            self.add("statements", number, "sources", _("must be a list"))
            return cleaned
        for position, entry in enumerate(value, start=1):
            field = f"sources[{position}]"
            if not isinstance(entry, dict):
                self.add("statements", number, field, _("must be an object"))
                continue
            outlet = entry.get("outlet") or None
            if outlet is not None and not isinstance(outlet, str):
                self.add("statements", number, f"{field}.outlet", _("expected a slug"))
                outlet = None
            source = {"outlet": outlet}
            for name in SOURCE_FIELDS:
                if name in entry:
                    found = self.clean_value("statements", number, SOURCE_CHECKS[name], f"{field}.{name}", entry[name])
                    if found is not _missing:
                        source[name] = found
            role = entry.get("role") or StatementSource.Role.REPORTED_BY
            if not isinstance(role, str) or role not in SOURCE_ROLES:
                self.add("statements", number, f"{field}.role", _("“%s” is not a source role") % shown(role))
            source["role"] = role
            if not source.get("url") and not source.get("title"):
                self.add("statements", number, field, _("Give the source a URL or, for unpublished remarks, a title."))
                continue
            identity = source_identity(source)
            if identity in seen:
                self.add("statements", number, field, _("This source is already in the chain."))
            seen.add(identity)
            cleaned.append(source)
        return cleaned

    def check_unique(self):
        for section in SECTIONS[:-1]:
            first = {}
            for record in self.sections[section]:
                slug = record.get("slug")
                if slug in first:
                    message = _("duplicate slug “%(slug)s” (first in record %(first)d)")
                    self.add(section, record["_number"], "slug", message % {"slug": slug, "first": first[slug]})
                first.setdefault(slug, record["_number"])
        keys, texts = {}, {}
        for record in self.sections["statements"]:
            key = record.get("key")
            if key:
                if key in keys:
                    message = _("duplicate key “%(key)s” (first in statement %(first)d)")
                    self.add("statements", record["_number"], "key", message % {"key": key, "first": keys[key]})
                keys.setdefault(key, record["_number"])
            elif record.get("fingerprint"):
                identity = (record.get("speaker"), record.get("said_on"), record["fingerprint"])
                if identity in texts:
                    message = _("the same speaker, date and text as statement %d")
                    self.add("statements", record["_number"], "text", message % texts[identity])
                texts.setdefault(identity, record["_number"])

    def known(self, section, wanted):
        in_document = {record.get("slug") for record in self.sections[section]}
        missing = sorted(set(wanted) - in_document)
        in_database = set()
        for start in range(0, len(missing), LOOKUP_BATCH):
            batch = missing[start : start + LOOKUP_BATCH]
            in_database.update(MODELS[section].objects.filter(slug__in=batch).values_list("slug", flat=True))
        return in_document | in_database

    def check_references(self):
        statements = self.sections["statements"]
        refs = {
            "actors": [
                ("statements", record, field, [record[field]] if field != "mentions" else record[field])
                for record in statements
                for field in ("speaker", "relayed_by", "mentions")
                if record.get(field)
            ]
            + [
                ("events", record, "participants", record["participants"])
                for record in self.sections["events"]
                if record.get("participants")
            ],
            "topics": [("statements", r, "topics", [t for t, _s in r["topics"]]) for r in statements if r.get("topics")]
            + [("topics", r, "parent", [r["parent"]]) for r in self.sections["topics"] if r.get("parent")],
            "outlets": [
                ("statements", r, "sources", [s["outlet"] for s in r["sources"] if s["outlet"]])
                for r in statements
                if r.get("sources")
            ],
            "events": [("statements", r, "event", [r["event"]]) for r in statements if r.get("event")],
        }
        labels = {"actors": _("actor"), "topics": _("topic"), "outlets": _("outlet"), "events": _("event")}
        for target, uses in refs.items():
            known = self.known(target, {slug for *_rest, slugs in uses for slug in slugs})
            for section, record, field, slugs in uses:
                for slug in slugs:
                    if slug not in known:
                        self.unknown.setdefault(target, set()).add(slug)
                        message = _("unknown %(what)s “%(slug)s”") % {"what": labels[target], "slug": slug}
                        self.add(section, record["_number"], field, message)


def shown(value):
    """A value from the file as a problem quotes it: text as it is, anything else as its JSON type."""
    if isinstance(value, str):
        return value if len(value) <= KEY_SHOWN else value[:KEY_SHOWN] + "…"
    if isinstance(value, bool):
        return _("true/false")
    if isinstance(value, (int, float)):
        return _("a number")
    return _("a list") if isinstance(value, list) else _("an object")


def source_identity(source):
    """A source is its URL; one without a URL is its outlet, title and date."""
    if source.get("url"):
        return source["url"]
    return ("", source.get("outlet"), source.get("title", ""), source.get("published_on"))
