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

import bisect
import datetime
from dataclasses import dataclass

from django.db.models import Q
from rapidfuzz import fuzz, process

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
    """Pairs holding one of the `recent` most recently entered statements, best first.

    Bounded on purpose: duplicates arise when something is entered twice, so each of the newest
    entries is compared with every statement by the same speaker within the window, in one
    rapidfuzz batch (`process.extract`, C) over that window's texts: a busy speaker has hundreds
    of statements a week at a million. `statuses`: only entries with these statuses are checked.
    """
    entries = Statement.objects.exclude(status=Statement.Status.RETRACTED)
    if statuses is not None:
        entries = entries.filter(status__in=statuses)
    # Newest entered by id: the primary key, where `created_at` has no index to sort a million rows by.
    newest = list(entries.order_by("-id").values_list("id", "speaker_id", "said_on")[:recent])
    if not newest:
        return []
    texts, by_speaker = _neighbours(newest)
    scores = {}
    for pk, speaker_id, said_on in newest:
        if pk not in texts:  # changed since it was listed
            continue
        days = by_speaker[speaker_id]
        low = bisect.bisect_left(days, (said_on - WINDOW,))
        high = bisect.bisect_right(days, (said_on + WINDOW, float("inf")))
        others = [other for _day, other in days[low:high] if other != pk]
        for other, score in _similar(texts, pk, others):
            key = (min(pk, other), max(pk, other))
            scores[key] = max(score, scores.get(key, 0))
    found = sorted(scores.items(), key=lambda item: (-item[1], -item[0][1]))[:limit]
    loaded = Statement.objects.select_related("speaker").in_bulk({pk for pair, _score in found for pk in pair})
    pairs = []
    for (one, two), score in found:
        first, second = sorted((loaded[one], loaded[two]), key=lambda row: (row.said_on, row.pk))
        pairs.append(Pair(first, second, round(score, 1)))
    pairs.sort(key=lambda pair: (-pair.score, -pair.second.pk))
    return pairs


def _neighbours(newest):
    """({pk: (normalised text, word count)}, {speaker id: sorted [(said_on, pk)]}) of each speaker's
    statements within a week of a newest entry: windows merged, a few queries of up to WINDOWS_PER_QUERY
    windows each (a range from a speaker's first to last date would read their whole history when the
    newest entries span years)."""
    dates = {}
    for _pk, speaker_id, said_on in newest:
        dates.setdefault(speaker_id, set()).add(said_on)
    windows = [
        (speaker_id, low, high) for speaker_id, days in dates.items() for low, high in merged_windows(sorted(days))
    ]
    texts, by_speaker = {}, {}
    for index in range(0, len(windows), WINDOWS_PER_QUERY):
        condition = Q()
        for speaker_id, low, high in windows[index : index + WINDOWS_PER_QUERY]:
            condition |= Q(speaker_id=speaker_id, said_on__range=(low, high))
        found = Statement.objects.exclude(status=Statement.Status.RETRACTED).filter(condition)
        for pk, speaker_id, said_on, text in found.values_list("id", "speaker_id", "said_on", "text"):
            if pk not in texts:
                normalized = normalize_text(text)
                texts[pk] = (normalized, len(normalized.split()))
                by_speaker.setdefault(speaker_id, []).append((said_on, pk))
    for days in by_speaker.values():
        days.sort()
    return texts, by_speaker


def _similar(texts, pk, others):
    """[(other pk, score)] of `others` whose text scores at least THRESHOLD against `pk`'s, scored as
    `similarity` does: containment for texts of MIN_WORDS words or more, plain edit distance below."""
    text, words = texts[pk]
    if not text:
        return []
    long_, short = [], []
    for other in others:
        other_text, other_words = texts[other]
        if other_text:
            (long_ if words >= MIN_WORDS and other_words >= MIN_WORDS else short).append(other)
    found = []
    for scorer, group in ((fuzz.token_set_ratio, long_), (fuzz.ratio, short)):
        choices = [texts[other][0] for other in group]
        for _choice, score, index in process.extract(text, choices, scorer=scorer, score_cutoff=THRESHOLD, limit=None):
            found.append((group[index], score))
    return found


# The pairs an editor must decide before publishing: a draft or a statement in review that nearly
# repeats another. The newest OPEN_RECENT of them are checked, so the editors' desk can count them
# on every view (the full list of likely duplicates compares the newest 5,000 entries of any status).
OPEN_STATUSES = (Statement.Status.DRAFT, Statement.Status.REVIEW)
OPEN_RECENT = 100


def pairs_to_decide(*, limit=200):
    return likely_duplicate_pairs(recent=OPEN_RECENT, limit=limit, statuses=OPEN_STATUSES)
