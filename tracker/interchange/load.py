"""Writing a validated parley/1 document: compare first, write only what differs, in batches."""

from dataclasses import dataclass, field
from itertools import islice

from django.db import IntegrityError, connection, transaction
from django.utils.translation import gettext as _

from .. import derived
from ..aggregates import data_changed
from ..db import pagecache
from ..models import Actor, ActorAlias, Event, Outlet, Topic
from .nearby import DuplicateCheck
from .problems import ImportFailed, Problem
from .statements import StatementLoader
from .validate import PLAIN_FIELDS, SECTIONS, Validator

BATCH = 1000
SHOWN_SLUGS = 20
REASON = "Imported"


@dataclass
class Counts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0

    @property
    def total(self):
        return self.created + self.updated + self.unchanged


@dataclass
class ImportReport:
    counts: dict = field(default_factory=lambda: {section: Counts() for section in SECTIONS})
    dry_run: bool = False
    duplicates: DuplicateCheck = field(default_factory=DuplicateCheck)
    # New statements that start as drafts: all of them, and those only because the file gives no status.
    drafts: int = 0
    drafts_without_status: int = 0
    created_actors: list = field(default_factory=list)

    @property
    def changed(self):
        return any(counts.created or counts.updated for counts in self.counts.values())

    @property
    def warnings(self):
        return self.duplicates.warnings

    def lines(self):
        lines = [
            _("%(section)s: %(created)d created, %(updated)d updated, %(unchanged)d unchanged")
            % {"section": section, "created": c.created, "updated": c.updated, "unchanged": c.unchanged}
            for section, c in self.counts.items()
            if c.total
        ]
        return lines + self.note_lines() + self.duplicate_lines()

    def note_lines(self):
        lines = []
        if self.created_actors:
            lines.append(
                _("actors created for the CSV: %(slugs)s (check their names and details)")
                % {"slugs": ", ".join(self.created_actors)}
            )
        if self.drafts:
            line = _("drafts: %(count)d new statement(s) will not be shown to readers until published") % {
                "count": self.drafts
            }
            if self.drafts_without_status:
                reason = _("(%(count)d because the file gives them no “status”: %(advice)s)")
                advice = _("add “status”: “published” to publish on import")
                line += " " + reason % {"count": self.drafts_without_status, "advice": advice}
            lines.append(line)
        return lines

    def duplicate_lines(self):
        check = self.duplicates
        if not check.total:
            return []
        repeating = len({warning.number for warning in check.warnings})
        line = _("near-duplicates: %(count)d new statement(s) nearly repeat stored ones") % {"count": repeating}
        if not check.complete:
            line += " " + _("(checked the first %(checked)d of %(total)d new statements)") % {
                "checked": check.checked,
                "total": check.total,
            }
        return [line]


def batches(items, size=BATCH):
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def import_document(document, *, dry_run=False, user=None, check_duplicates=True, create_actors=False):
    """Validate all of `document`, then write it in one transaction (rolled back on a dry run).

    ImportFailed lists every problem (and every edit conflict); nothing is written then.
    With `check_duplicates`, the report lists new statements that nearly repeat stored ones.
    With `create_actors`, a CSV's unknown speakers, relayers and mentioned actors are created.
    """
    created_actors = add_missing_actors(document) if create_actors and document.get("_csv") else []
    validator = Validator(document)
    sections = validator.run()
    if validator.problems:
        order = {section: index for index, section in enumerate(SECTIONS)}
        problems = sorted(validator.problems, key=lambda p: (order.get(p.section, -1), p.number or 0))
        if document.get("_csv") and validator.unknown.get("actors"):
            problems.insert(0, unknown_actors_advice(sorted(validator.unknown["actors"])))
        raise ImportFailed(problems)
    try:
        with pagecache.large(connection), transaction.atomic():
            # Stance points and counts of every statement written, brought up to date once.
            with derived.batch():
                report = Loader(sections, user=user, check_duplicates=check_duplicates).run()
            report.dry_run = dry_run
            report.created_actors = created_actors
            if dry_run:
                transaction.set_rollback(True)
    except IntegrityError as error:
        raise ImportFailed([Problem(None, None, None, _("The database refused the data: %s") % error)]) from error
    if report.changed and not dry_run:
        data_changed()  # bulk inserts send no signals: cached counts and charts start afresh
    return report


def unknown_actors_advice(slugs):
    shown = ", ".join(slugs[:SHOWN_SLUGS]) + (" …" if len(slugs) > SHOWN_SLUGS else "")
    message = _(
        "The CSV names %(count)d actor(s) this site does not have: %(slugs)s. A CSV carries only their slugs: "
        "add them first (in the admin under Actors, or in the “actors” list of a parley/1 file), "
        "or import with `manage.py import_statements --create-actors FILE`, which creates each from the CSV's "
        "speaker name."
    ) % {"count": len(slugs), "slugs": shown}
    return Problem(None, None, None, message)


def add_missing_actors(document):
    """Add to a CSV document an actor record for each actor slug it uses that the site lacks; their slugs."""
    names = {}
    for record in document.get("statements", []):
        slugs = [record.get("speaker"), record.get("relayed_by"), *record.get("mentions", [])]
        for slug in slugs:
            if isinstance(slug, str) and slug:
                names.setdefault(slug, None)
        if isinstance(record.get("speaker"), str) and record.get("_speaker_name"):
            names[record["speaker"]] = names[record["speaker"]] or record["_speaker_name"]
    known = set()
    for batch in batches(sorted(names)):
        known.update(Actor.objects.filter(slug__in=batch).values_list("slug", flat=True))
    missing = sorted(set(names) - known)
    document.setdefault("actors", []).extend(
        {"slug": slug, "name": names[slug] or slug.replace("-", " ").title()} for slug in missing
    )
    return missing


class Loader:
    def __init__(self, sections, *, user=None, check_duplicates=True):
        self.sections = sections
        self.check_duplicates = check_duplicates
        self.user = user if user is not None and user.is_authenticated else None
        self.report = ImportReport()

    def run(self):
        self.load_registry("actors", Actor, self.sync_aliases)
        self.load_registry("topics", Topic, self.sync_parent, order=self.parents_first)
        self.load_registry("outlets", Outlet)
        self.load_registry("events", Event, self.sync_participants)
        StatementLoader(
            self.sections["statements"],
            user=self.user,
            report=self.report,
            check_duplicates=self.check_duplicates,
        ).run()
        return self.report

    # Registries: few rows, saved one by one so each change gets its history row.

    def load_registry(self, section, model, sync_extra=None, order=None):
        records = self.sections[section]
        if order:
            records = order(records)
        counts = self.report.counts[section]
        existing = {}
        for batch in batches([record["slug"] for record in records]):
            existing.update({obj.slug: obj for obj in model.objects.filter(slug__in=batch)})
        for record in records:
            values = {name: record[name] for name in (*PLAIN_FIELDS[section], "keywords") if name in record}
            obj = existing.get(record["slug"])
            if obj is None:
                obj = model(slug=record["slug"], **values)
                if sync_extra:
                    sync_extra(obj, record, before_save=True)
                self.save(obj)
                if sync_extra:
                    sync_extra(obj, record, before_save=False)
                counts.created += 1
                continue
            changed = {name: value for name, value in values.items() if getattr(obj, name) != value}
            for name, value in changed.items():
                setattr(obj, name, value)
            if sync_extra and sync_extra(obj, record, before_save=True):
                changed["_parent"] = True
            if changed:
                self.save(obj)
            extra_changed = bool(sync_extra and sync_extra(obj, record, before_save=False))
            if changed or extra_changed:
                counts.updated += 1
            else:
                counts.unchanged += 1

    def save(self, obj):
        obj._change_reason = REASON
        if self.user:
            obj._history_user = self.user
        obj.save()

    def sync_aliases(self, actor, record, *, before_save):
        """After saving, make the aliases the listed ones."""
        if before_save or "aliases" not in record:
            return False
        current = {alias.name: alias for alias in actor.aliases.all()}
        wanted = record["aliases"]
        if sorted(current) == wanted:
            return False
        for name, alias in current.items():
            if name not in wanted:
                alias.delete()
        for name in wanted:
            if name not in current:
                self.save(ActorAlias(actor=actor, name=name))
        return True

    def sync_parent(self, topic, record, *, before_save):
        if not before_save or "parent" not in record:
            return False
        parent = Topic.objects.get(slug=record["parent"]) if record["parent"] else None
        if topic.parent_id == (parent.pk if parent else None):
            return False
        topic.parent = parent
        return True

    def parents_first(self, records):
        """Each topic after its broader topic; a chain of any length (walked, not recursed), loops refused."""
        by_slug = {record["slug"]: record for record in records}
        ordered, done = [], set()
        for record in records:
            chain, trail = [], set()
            current = record
            while current is not None and current["slug"] not in done:
                if current["slug"] in trail:
                    message = _("The broader topics form a loop.")
                    raise ImportFailed([Problem("topics", current["_number"], "parent", message, current["slug"])])
                trail.add(current["slug"])
                chain.append(current)
                current = by_slug.get(current.get("parent"))
            for item in reversed(chain):
                done.add(item["slug"])
                ordered.append(item)
        return ordered

    def sync_participants(self, event, record, *, before_save):
        if before_save or "participants" not in record:
            return False
        current = sorted(event.participants.values_list("slug", flat=True))
        if current == record["participants"]:
            return False
        event.participants.set(Actor.objects.filter(slug__in=record["participants"]))
        return True
