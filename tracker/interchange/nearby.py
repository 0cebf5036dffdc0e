"""Near-duplicate warnings for the statements an import would create.

The rule is the statement form's (tracker.duplicates): a stored statement by the same
speaker within ±7 days whose normalised text scores ≥ THRESHOLD (`similar`). Warnings
never block an import; the dry run, the command and the admin preview list them.

New statements are checked in file order, a batch at a time: one query per batch reads
the stored statements of the batch's speakers within ±7 days of its dates (per speaker,
the merged date ranges, through the (speaker, said_on) index), and each stored text is
normalised once. A comparison costs about 10 µs and a new statement has as many
candidates as its speaker has statements in those two weeks — a few dozen among 100,000
stored statements, a few hundred among a million — so an archive-sized import is checked
up to COMPARISON_BUDGET comparisons and the report says how many new statements that
covered. Everything imported is still examined by the admin's likely-duplicates page.
"""

import bisect
import datetime
import math
from dataclasses import dataclass, field

from django.db import connection
from django.utils.translation import gettext as _

from ..duplicates import WINDOW, comparable, similar
from ..models import Statement
from ..text import normalize_text
from .bulk import execute

FIRST_BATCH = 50
BATCH = 500
COMPARISON_BUDGET = 100_000
EXCERPT = 90


@dataclass(frozen=True)
class NearDuplicate:
    """Record `number` of the file nearly repeats stored statement `statement_id`."""

    number: int
    statement_id: int
    said_on: object
    score: float
    excerpt: str

    def __str__(self):
        return _("statement %(number)d nearly repeats #%(id)d of %(date)s (%(score)s%%): “%(excerpt)s”") % {
            "number": self.number,
            "id": self.statement_id,
            "date": self.said_on.isoformat(),
            "score": f"{self.score:g}",
            "excerpt": self.excerpt,
        }


@dataclass
class DuplicateCheck:
    warnings: list = field(default_factory=list)
    checked: int = 0
    total: int = 0

    @property
    def complete(self):
        return self.checked == self.total


def excerpt(text):
    return text if len(text) <= EXCERPT else f"{text[: EXCERPT - 1]}…"


def _ranges(batch, actor_ids):
    """Per speaker id, the merged [said_on - 7 days, said_on + 7 days] ranges of `batch`."""
    ranges = {}
    for speaker, said_on in sorted((actor_ids[r["speaker"]], r["said_on"]) for r in batch):
        low, high = said_on - WINDOW, said_on + WINDOW
        spans = ranges.setdefault(speaker, [])
        if spans and low <= spans[-1][1]:
            spans[-1][1] = high
        else:
            spans.append([low, high])
    return ranges


def _stored(batch, actor_ids):
    """speaker id → (sorted dates, rows (id, said_on, text, fingerprint)) around `batch`'s dates.

    One query, an OR of (speaker, date range) terms each served by the (speaker, said_on) index.
    """
    terms, params = [], []
    adapt = connection.ops.adapt_datefield_value
    for speaker, spans in _ranges(batch, actor_ids).items():
        for low, high in spans:
            terms.append("(speaker_id = %s AND said_on BETWEEN %s AND %s)")
            params += [speaker, adapt(low), adapt(high)]
    table = connection.ops.quote_name(Statement._meta.db_table)
    sql = f"SELECT speaker_id, said_on, id, text, fingerprint FROM {table} WHERE {' OR '.join(terms)}"
    stored = {}
    for speaker, said_on, pk, text, print_ in sorted(execute(sql, params), key=lambda row: row[:3]):
        if isinstance(said_on, str):
            said_on = datetime.date.fromisoformat(said_on)
        dates, found = stored.setdefault(speaker, ([], []))
        dates.append(said_on)
        found.append((pk, said_on, text, print_))
    return stored


def _batch_size(check, spent, budget):
    """Records for the next query: as many as the rest of the budget is likely to cover."""
    if not check.checked:
        return FIRST_BATCH
    per_record = max(1.0, spent / check.checked)
    return max(1, min(BATCH, math.ceil((budget - spent) / per_record)))


def near_duplicates(records, actor_ids, *, budget=None):
    """The DuplicateCheck of new `records` (validated parley/1 statements) against stored statements."""
    budget = COMPARISON_BUDGET if budget is None else budget
    check = DuplicateCheck(total=len(records))
    ordered = sorted(records, key=lambda record: record["_number"])
    normalized = {}  # stored id → (normalised text, word count), computed once
    spent = start = 0
    while start < len(ordered) and spent < budget:
        batch = ordered[start : start + _batch_size(check, spent, budget)]
        start += len(batch)
        stored = _stored(batch, actor_ids)
        for record in batch:
            if spent >= budget:
                break
            dates, rows = stored.get(actor_ids[record["speaker"]], ((), ()))
            low = bisect.bisect_left(dates, record["said_on"] - WINDOW)
            high = bisect.bisect_right(dates, record["said_on"] + WINDOW)
            matches, candidates = [], {}
            for pk, said_on, stored_text, print_ in rows[low:high]:
                if print_ == record["fingerprint"]:
                    matches.append(NearDuplicate(record["_number"], pk, said_on, 100.0, excerpt(stored_text)))
                else:
                    if pk not in normalized:
                        normalized[pk] = comparable(stored_text)
                    candidates[pk] = normalized[pk]
            if candidates:
                found = dict(similar(normalize_text(record["text"]), candidates))
                matches += [
                    NearDuplicate(record["_number"], pk, said_on, round(found[pk], 1), excerpt(stored_text))
                    for pk, said_on, stored_text, _print in rows[low:high]
                    if pk in found
                ]
            matches.sort(
                key=lambda match: (-match.score, abs((match.said_on - record["said_on"]).days), match.statement_id)
            )
            check.warnings.extend(matches)
            spent += high - low
            check.checked += 1
    return check
