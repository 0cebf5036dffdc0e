"""Near-duplicate statements: the same speaker saying nearly the same words within a week.

Texts are compared after `normalize_text` (case, punctuation, quote marks, accents and
whitespace folded away) with RapidFuzz's `token_set_ratio`, which scores 100 when one
text's words are contained in the other's — the usual shape of a duplicate: the same
quote entered twice from two outlets, one trimmed or extended ("…after this war
finishes"), or with words reordered by a paraphrase. 90 keeps one or two changed words
in a 15-word quote as a match, while different sentences on the same subject score
well below 70. Because containment scores 100, a very short text ("No.") would match
anything that holds its words: below `MIN_WORDS` words only the plain edit-distance
ratio counts. The editor always decides; this only warns.
"""

import datetime
from dataclasses import dataclass

from django.db.models import Q
from rapidfuzz import fuzz

from .models import Statement
from .text import fingerprint, normalize_text

WINDOW = datetime.timedelta(days=7)
THRESHOLD = 90
MIN_WORDS = 5
WINDOWS_PER_QUERY = 200


@dataclass(frozen=True)
class Match:
    statement: Statement
    score: float


def similarity(text_a, text_b):
    """0–100 for two already-normalised texts."""
    if not text_a or not text_b:
        return 0.0
    if text_a == text_b:
        return 100.0
    if min(len(text_a.split()), len(text_b.split())) < MIN_WORDS:
        return fuzz.ratio(text_a, text_b)
    return fuzz.token_set_ratio(text_a, text_b)


def find_near_duplicates(*, speaker, said_on, text, exclude_pk=None, queryset=None):
    """Statements by `speaker` within ±7 days of `said_on` whose text nearly repeats `text`, best first."""
    if speaker is None or said_on is None or not text:
        return []
    normalized = normalize_text(text)
    candidates = (queryset if queryset is not None else Statement.objects.all()).filter(
        speaker=speaker, said_on__range=(said_on - WINDOW, said_on + WINDOW)
    )
    if exclude_pk is not None:
        candidates = candidates.exclude(pk=exclude_pk)
    exact = fingerprint(text)
    matches = []
    for candidate in candidates.select_related("speaker").only(
        "id", "text", "said_on", "status", "fingerprint", "speaker__name", "speaker__slug"
    ):
        score = 100.0 if candidate.fingerprint == exact else similarity(normalized, normalize_text(candidate.text))
        if score >= THRESHOLD:
            matches.append(Match(candidate, round(score, 1)))
    matches.sort(key=lambda match: (-match.score, abs((match.statement.said_on - said_on).days), match.statement.pk))
    return matches


def merged_windows(dates):
    """[(low, high)]: a week either side of each of the sorted `dates`, overlapping windows joined."""
    found = []
    for day in dates:
        low, high = day - WINDOW, day + WINDOW
        if found and low <= found[-1][1]:
            found[-1] = (found[-1][0], max(found[-1][1], high))
        else:
            found.append((low, high))
    return found


@dataclass(frozen=True)
class Pair:
    first: Statement
    second: Statement
    score: float


def likely_duplicate_pairs(*, recent=5000, limit=200, statuses=None):
    """Pairs among the `recent` most recently entered statements (and their neighbours), best first.

    Bounded on purpose: duplicates arise when something is entered twice, so the newest
    entries are compared with every statement by the same speaker within the window.
    `statuses`: only entries with these statuses are checked, and only pairs holding one are kept.
    """
    entries = Statement.objects.exclude(status=Statement.Status.RETRACTED)
    wanted = set(statuses or ())
    if statuses is not None:
        entries = entries.filter(status__in=statuses)
    # Newest entered by id: the primary key, where `created_at` has no index to sort a million rows by.
    newest = list(entries.order_by("-id").values_list("id", "speaker_id", "said_on")[:recent])
    if not newest:
        return []
    # Each speaker's rows within a week of a newest entry, windows merged: a range from the speaker's
    # first to last date would read their whole history when the newest entries span years.
    by_speaker = {}
    for _pk, speaker_id, said_on in newest:
        by_speaker.setdefault(speaker_id, set()).add(said_on)
    windows = [
        (speaker_id, low, high)
        for speaker_id, dates in by_speaker.items()
        for low, high in merged_windows(sorted(dates))
    ]
    # A few queries of up to WINDOWS_PER_QUERY windows each, not one per speaker.
    found = {}
    for index in range(0, len(windows), WINDOWS_PER_QUERY):
        condition = Q()
        for speaker_id, low, high in windows[index : index + WINDOWS_PER_QUERY]:
            condition |= Q(speaker_id=speaker_id, said_on__range=(low, high))
        for row in (
            Statement.objects.exclude(status=Statement.Status.RETRACTED).filter(condition).select_related("speaker")
        ):
            found[row.pk] = row
    rows_by_speaker = {}
    for row in sorted(found.values(), key=lambda row: (row.said_on, row.pk)):
        rows_by_speaker.setdefault(row.speaker_id, []).append(row)
    pairs, seen = [], set()
    for rows in rows_by_speaker.values():
        normalized = {row.pk: normalize_text(row.text) for row in rows}
        for index, first in enumerate(rows):
            for second in rows[index + 1 :]:
                if second.said_on - first.said_on > WINDOW:
                    break
                if (first.pk, second.pk) in seen or (wanted and not {first.status, second.status} & wanted):
                    continue
                seen.add((first.pk, second.pk))
                score = similarity(normalized[first.pk], normalized[second.pk])
                if score >= THRESHOLD:
                    pairs.append(Pair(first, second, round(score, 1)))
    pairs.sort(key=lambda pair: (-pair.score, -pair.second.pk))
    return pairs[:limit]


# The pairs an editor must decide before publishing: a draft or a statement in review that nearly
# repeats another. The newest OPEN_RECENT of them are checked, so the editors' desk can count them
# on every view (the full list of likely duplicates compares the newest 5,000 entries of any status).
OPEN_STATUSES = (Statement.Status.DRAFT, Statement.Status.REVIEW)
OPEN_RECENT = 100


def pairs_to_decide(*, limit=200):
    return likely_duplicate_pairs(recent=OPEN_RECENT, limit=limit, statuses=OPEN_STATUSES)
