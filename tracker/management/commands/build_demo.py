"""Rebuild tracker/fixtures/demo.json: the labelled articles through extraction, drafts and the editors' curation.

Each article in tests/data/extraction-dev/ goes through the extractor with the curated registry; the
candidates that match a labelled statement become drafts the way "Add from article" saves them (the
editor's corrections of speaker, kind and span applied, as in the form); labelled statements the
extractor missed are added by hand. Then demo-curation.yaml curates each draft (date said, act,
topics with stances, relays, event, status) and the statements are exported as parley/1. Everything
happens in one transaction that is rolled back: the database is left as it was.
"""

import json
from collections import Counter
from datetime import date
from pathlib import Path

import yaml
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from tracker import derived
from tracker.extraction import extract
from tracker.extraction.db import directory_from_db
from tracker.extraction.drafts import Article, save_drafts
from tracker.extraction.evaluate import overlaps
from tracker.interchange import ImportFailed, export_document, import_file
from tracker.models import Actor, Event, Outlet, Source, Statement, StatementSource, StatementTopic, Topic
from tracker.positions import shifts

ROOT = Path(__file__).resolve().parents[3]
ARTICLES = ROOT / "tests" / "data" / "extraction-dev"
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
CURATION = FIXTURES / "demo-curation.yaml"
OUTPUT = FIXTURES / "demo.json"
CHANGE_REASON = "Curated for the demo"
REGISTRY_SECTIONS = ("actors", "topics", "outlets", "events")
# Fields a statement decision may set directly on the statement.
PLAIN_FIELDS = ("act", "attribution", "condition", "audience", "setting", "correction_note")


class Rollback(Exception):
    pass


class Command(BaseCommand):
    help = (
        "Rebuild tracker/fixtures/demo.json from the labelled articles (extraction → drafts → curation → "
        "published) and tracker/fixtures/demo-curation.yaml. Writes nothing to the database."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output", default=str(OUTPUT), help="where to write the parley/1 file")
        parser.add_argument(
            "--check", action="store_true", help="write nothing; fail when the committed file differs from a rebuild"
        )

    def handle(self, *args, **options):
        curation = yaml.safe_load(CURATION.read_text(encoding="utf-8"))
        builder = Builder(curation)
        try:
            with transaction.atomic(), derived.batch():  # rolled back: the kept tables are never brought up to date
                document = builder.build()
                raise Rollback
        except Rollback:
            pass
        text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
        output = Path(options["output"])
        if options["check"]:
            if not output.exists() or output.read_text(encoding="utf-8") != text:
                raise CommandError(f"{output} is not what build_demo makes: run `manage.py build_demo`.")
            self.stdout.write(f"{output.name} is up to date.")
        else:
            output.write_text(text, encoding="utf-8")
            self.stdout.write(f"Wrote {output}.")
        self.stdout.write("\n".join(builder.report))


class Builder:
    def __init__(self, curation):
        self.curation = curation
        self.actor_titles = {actor["slug"]: actor.get("titles", []) for actor in curation["actors"]}
        self.tally = Counter()
        self.report = []

    def build(self):
        if Statement.objects.count() > 10_000:
            raise CommandError("Run build_demo on a small database (it empties it inside a rolled-back transaction).")
        _empty_database()
        self._import_registry()
        directory = directory_from_db()
        statement_ids = []
        for path in sorted(ARTICLES.glob("*.json")):
            if path.stem not in self.curation["articles"]:
                raise CommandError(f"{path.name} has no entry under `articles` in {CURATION.name}.")
            article = json.loads(path.read_text(encoding="utf-8"))
            statement_ids += self._article(path.stem, article, self.curation["articles"][path.stem], directory)
        statements = Statement.objects.filter(id__in=statement_ids).order_by("key")
        document = _independent_of_collation(export_document(statements))
        self._summarise(statements)
        return document

    def _import_registry(self):
        registry = {"format": "parley/1"}
        for section in REGISTRY_SECTIONS:
            registry[section] = [
                {key: value for key, value in record.items() if key != "titles"} for record in self.curation[section]
            ]
        try:
            import_file(json.dumps(registry).encode(), name=CURATION.name, check_duplicates=False)
        except ImportFailed as failure:
            raise CommandError(f"{CURATION.name} does not import: {failure}") from None

    def _article(self, name, article, choices, directory):
        """Extraction → the editor's kept rows → drafts → curated statements; returns their ids."""
        meta, labels = article["article"], article["statements"]
        result = extract(article["text"], directory)
        self.tally["labelled"] += len(labels)
        self.tally["candidates"] += len(result.candidates)
        decisions = choices.get("statements", {})
        unknown = set(decisions) - set(range(len(labels)))
        if unknown:
            raise CommandError(f"{name}: no labelled statement {sorted(unknown)}.")
        kept, used = [], set()
        for index, label in enumerate(labels):
            decision = decisions.get(index)
            if decision is None and _held_by_paraphrase(label, labels):
                self.tally["fragments left in their paraphrase"] += 1
                continue
            if decision is None:
                raise CommandError(f"{name}: statement {index} ({label['text'][:40]}…) has no decision.")
            if decision == "skip":
                self.tally["skipped by the editor"] += 1
                continue
            speaker = self._speaker(name, label)
            candidate = _matching_candidate(result.candidates, label)
            if candidate is None:
                self.tally["added by the editor (missed by extraction)"] += 1
            else:
                used.add(id(candidate))
                self.tally["found by extraction"] += 1
                if candidate.speaker_slug == speaker.slug:
                    self.tally["found with the right speaker"] += 1
            kept.append((f"{index:02d}", label, decision, speaker, candidate))
        self.tally["candidates not kept"] += sum(1 for candidate in result.candidates if id(candidate) not in used)
        for number, extra in enumerate(choices.get("extra", []), 1):
            speaker = _actor(extra["speaker"])
            label = {"kind": extra["kind"], "text": extra["text"], "date_said": extra["date"]}
            kept.append((f"e{number}", label, {k: v for k, v in extra.items() if k != "date"}, speaker, None))
            self.tally["added by the editor (extra)"] += 1

        published_on = date.fromisoformat(str(choices.get("published_on") or meta["published"][:10]))
        title = choices.get("title") or meta.get("title")
        if not title:
            raise CommandError(f"{name}: the article has no title; give one in {CURATION.name}.")
        source_article = Article(
            published_on=published_on,
            url=meta.get("url") or "",
            title=title,
            outlet=Outlet.objects.get(slug=choices["outlet"]),
        )
        rows = [_draft_row(label, speaker, candidate) for _, label, _, speaker, candidate in kept]
        chain = choices.get("chain", result.source_chain)
        drafts = save_drafts(article=source_article, chain=chain, setting=result.setting or "", rows=rows)
        if drafts:
            own = drafts[0].source_links.order_by("-position").first().source
            Source.objects.filter(pk=own.pk).update(author=choices.get("author", ""), language=meta["language"])
        for statement, (suffix, label, decision, _, _) in zip(drafts, kept, strict=True):
            self._curate(statement, f"demo-{name[:3]}-{suffix}", label, decision, choices, published_on)
        return [statement.id for statement in drafts]

    def _speaker(self, name, label):
        speakers = self.curation["speakers"]
        if label["speaker"] not in speakers:
            raise CommandError(f"{name}: speaker {label['speaker']!r} is not under `speakers`.")
        slug = speakers[label["speaker"]]
        if slug is None:
            raise CommandError(f"{name}: {label['speaker']!r} is no actor; skip the statement instead.")
        return _actor(slug)

    def _curate(self, statement, key, label, decision, article, published_on):
        """What the editor sets on a draft before publishing it."""
        kind = decision.get("kind", label["kind"])
        if kind != label["kind"] and not (label["kind"] == "direct_quote" and kind == "written"):
            raise CommandError(f"{key}: a {label['kind']} cannot become {kind}.")
        if label.get("date_said") and "date" in decision:
            raise CommandError(f"{key}: the label dates it already; `date` is for statements without one.")
        said = label.get("date_said") or decision.get("date") or published_on.isoformat()
        statement.said_on, statement.date_precision = _date(str(said))
        statement.key = key
        statement.kind = kind
        statement.speaker_title = self._title(statement.speaker, statement.said_on)
        for field in PLAIN_FIELDS:
            value = decision.get(field, article.get(field) if field in ("audience", "setting") else None)
            if value is not None:
                setattr(statement, field, value)
        event = decision["event"] if "event" in decision else article.get("event")
        statement.event = Event.objects.get(slug=event) if event else None
        if "relayed_by" in decision:
            statement.relayed_by = _actor(decision["relayed_by"]) if decision["relayed_by"] else None
        statement.status = decision.get("status", Statement.Status.PUBLISHED)
        statement._change_reason = CHANGE_REASON
        statement.save()
        statement.topic_stances.all().delete()
        for slug, stance in (decision.get("topics") or {}).items():
            StatementTopic.objects.create(statement=statement, topic=_topic(slug), stance=stance)
        if "mentions" in decision:
            statement.mentions.set([_actor(slug) for slug in decision["mentions"] if slug != statement.speaker.slug])

    def _title(self, actor, said_on):
        for until, title in self.actor_titles.get(actor.slug, []):
            if said_on <= date.fromisoformat(until):
                return title
        return actor.title

    def _summarise(self, statements):
        statuses = Counter(statements.values_list("status", flat=True))
        published = statements.filter(status=Statement.Status.PUBLISHED)
        sources = Source.objects.filter(statement_links__statement__in=statements).distinct()
        self.report += [f"{label}: {count}" for label, count in self.tally.items()]
        self.report.append(
            f"statements: {statements.count()} ({', '.join(f'{n} {s}' for s, n in sorted(statuses.items()))})"
        )
        self.report.append(
            f"speakers: {published.values('speaker').distinct().count()}; actors: {Actor.objects.count()}; "
            f"topics: {Topic.objects.count()}; events: {Event.objects.count()}; outlets: {Outlet.objects.count()}; "
            f"sources: {sources.count()} ({sources.exclude(url='').count()} with a URL); "
            f"relayed: {published.exclude(relayed_by=None).count()}"
        )
        for shift in shifts():
            self.report.append(
                f"change of position: {shift.actor} on {shift.topic}: {shift.from_stance} → {shift.to_stance} "
                f"({shift.before.said_on} → {shift.after.said_on})"
            )


def _independent_of_collation(document):
    """The same file from SQLite and PostgreSQL: registries and relations by slug, not by name."""
    depth = {topic["slug"]: 0 if not topic["parent"] else 1 for topic in document["topics"]}
    for section in ("actors", "outlets", "events"):
        document[section].sort(key=lambda record: record["slug"])
    document["topics"].sort(key=lambda topic: (depth[topic["slug"]], topic["slug"]))  # parents first
    for record in document["statements"]:
        del record["updated_at"]  # the file is the source: it never conflicts with a later edit of its own
        record["mentions"].sort()
        record["topics"].sort(key=lambda pair: pair["topic"])
    return document


def _empty_database():
    Statement.objects.all().delete()
    StatementSource.objects.all().delete()
    Source.objects.all().delete()
    Event.objects.all().delete()
    Outlet.objects.all().delete()
    while Topic.objects.exists():
        Topic.objects.filter(children=None).delete()
    Actor.objects.all().delete()


def _held_by_paraphrase(label, labels):
    """A quoted fragment inside a paraphrase of the same speaker: the paraphrase carries it."""
    return "fragment" in label.get("flags", []) and any(
        other is not label
        and other["kind"] == "paraphrase"
        and other["speaker"] == label["speaker"]
        and other["char_start"] <= label["char_start"]
        and label["char_end"] <= other["char_end"]
        for other in labels
    )


def _matching_candidate(candidates, label):
    """The candidate of the labelled kind overlapping the labelled span the most, as the evaluation scores it."""
    matches = [
        candidate
        for candidate in candidates
        if candidate.kind == label["kind"]
        and overlaps(candidate.start, candidate.end, label["char_start"], label["char_end"])
    ]
    return max(
        matches,
        key=lambda c: min(c.end, label["char_end"]) - max(c.start, label["char_start"]),
        default=None,
    )


def _draft_row(label, speaker, candidate):
    """The row "Add from article" saves: the candidate as the editor corrected it in the form."""
    suggested = candidate.topics if candidate else []
    mentions = candidate.mentions if candidate else []
    relayed = candidate.relayed_by if candidate else None
    return {
        "speaker": speaker,
        "new_speaker": "",
        "kind": label["kind"],
        "text": _tidy(label),
        "relayed_by": Actor.objects.filter(slug=relayed).first() if relayed else None,
        "topic_stances": [(topic, "unclear") for topic in Topic.objects.filter(slug__in=suggested)],
        "mention_actors": list(Actor.objects.filter(slug__in=mentions)),
    }


def _tidy(label):
    """Verbatim words stay as printed; a paraphrase (the reported clause) starts with a capital."""
    text = label["text"].strip()
    return text if label["kind"] != "paraphrase" else text[:1].upper() + text[1:]


def _date(value):
    """(date, precision) from YYYY-MM-DD or YYYY-MM."""
    if len(value) == 7:
        return date.fromisoformat(f"{value}-01"), "month"
    return date.fromisoformat(value), "day"


def _actor(slug):
    try:
        return Actor.objects.get(slug=slug)
    except Actor.DoesNotExist:
        raise CommandError(f"No actor {slug!r} in {CURATION.name}.") from None


def _topic(slug):
    try:
        return Topic.objects.get(slug=slug)
    except Topic.DoesNotExist:
        raise CommandError(f"No topic {slug!r} in {CURATION.name}.") from None
