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

from django.core.cache import caches
from rapidfuzz import fuzz, process

from .db import weeks
from .fragments import digest
from .models import Statement
from .text import fingerprint, normalize_text

WINDOW = datetime.timedelta(days=7)
THRESHOLD = 90
MIN_WORDS = 5
ENTRIES_PER_QUERY = 500
TEXTS_PER_QUERY = 5000
KEEP_SECONDS = 24 * 60 * 60  # the keys are exact; the time only frees memory


@dataclass(frozen=True)
class Match:
    statement: Statement
    score: float


def scorer(words_a, words_b):
    """Containment for two texts of MIN_WORDS words or more, plain edit distance when either is shorter."""
    return fuzz.token_set_ratio if min(words_a, words_b) >= MIN_WORDS else fuzz.ratio


def find_near_duplicates(*, speaker, said_on, text, exclude_pk=None, queryset=None):
    """Statements by `speaker` within ±7 days of `said_on` whose text nearly repeats `text`, best first."""
    if speaker is None or said_on is None or not text:
        return []
    candidates = (queryset if queryset is not None else Statement.objects.all()).filter(
        speaker=speaker, said_on__range=(said_on - WINDOW, said_on + WINDOW)
    )
    if exclude_pk is not None:
        candidates = candidates.exclude(pk=exclude_pk)
    exact = fingerprint(text)
    rows = list(
        candidates.select_related("speaker").only(
            "id", "text", "said_on", "status", "fingerprint", "speaker__name", "speaker__slug"
        )
    )
    others = {row.pk: comparable(row.text) for row in rows if row.fingerprint != exact}
    scores = dict(similar(normalize_text(text), others))
    scores.update((row.pk, 100.0) for row in rows if row.fingerprint == exact)
    matches = [Match(row, round(scores[row.pk], 1)) for row in rows if row.pk in scores]
    matches.sort(key=lambda match: (-match.score, abs((match.statement.said_on - said_on).days), match.statement.pk))
    return matches


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

    An entry's matches are kept (the `fragments` cache) under what decides them, which the
    database sums up from its indexes (tracker/db/weeks.py): the id and fingerprint of every
    statement in the entry's week, which move with any text, date or speaker change there, and
    the week's retracted ids. Only entries whose week changed are compared again: at 1M
    statements, 100 entries take 1–1.5 s to compare and under 0.1 s when kept.
    """
    entries = Statement.objects.exclude(status=Statement.Status.RETRACTED)
    if statuses is not None:
        entries = entries.filter(status__in=statuses)
    # Newest entered by id: the primary key, where `created_at` has no index to sort a million rows by.
    newest = list(entries.order_by("-id").values_list("id", "speaker_id", "said_on")[:recent])
    found = {}
    for index in range(0, len(newest), ENTRIES_PER_QUERY):
        chunk = newest[index : index + ENTRIES_PER_QUERY]
        windows = [(pk, speaker, (day - WINDOW).isoformat(), (day + WINDOW).isoformat()) for pk, speaker, day in chunk]
        found.update(weeks.signatures(windows))
    members = {pk: _members(rows, retracted) for pk, (rows, retracted) in found.items()}
    keys = {pk: f"parley:near:{pk}:{digest(found[pk])}" for pk in found if pk in members[pk]}
    cache = caches["fragments"]
    kept = cache.get_many(keys.values())
    missing = [pk for pk, key in keys.items() if key not in kept]
    texts = _texts({other for pk in missing for other in members[pk]})
    fresh = {keys[pk]: _similar(texts, pk, [other for other in members[pk] if other != pk]) for pk in missing}
    cache.set_many(fresh, KEEP_SECONDS)
    kept.update(fresh)
    scores = {}
    for pk, key in keys.items():
        for other, score in kept[key]:
            pair = (min(pk, other), max(pk, other))
            scores[pair] = max(score, scores.get(pair, 0))
    best = sorted(scores.items(), key=lambda item: (-item[1], -item[0][1]))[:limit]
    loaded = Statement.objects.select_related("speaker").in_bulk({pk for pair, _score in best for pk in pair})
    pairs = []
    for (one, two), score in best:
        first, second = sorted((loaded[one], loaded[two]), key=lambda row: (row.said_on, row.pk))
        pairs.append(Pair(first, second, round(score, 1)))
    pairs.sort(key=lambda pair: (-pair.score, -pair.second.pk))
    return pairs


def _members(rows, retracted):
    """The ids of a week's statements, retracted ones left out (an entry missing from its own week
    was changed since it was listed)."""
    left_out = {int(pk) for pk in retracted.split(",") if pk}
    return {int(row.partition(":")[0]) for row in rows.split(",") if row} - left_out


def _texts(pks):
    """{pk: (normalised text, word count)}."""
    texts, pks = {}, sorted(pks)
    for index in range(0, len(pks), TEXTS_PER_QUERY):
        for pk, text in Statement.objects.filter(pk__in=pks[index : index + TEXTS_PER_QUERY]).values_list("id", "text"):
            texts[pk] = comparable(text)
    return texts


def comparable(text):
    """(normalised text, word count): what `similar` compares."""
    normalized = normalize_text(text)
    return normalized, len(normalized.split())


def _similar(texts, pk, others):
    """[(other pk, score)] of `others` whose text scores at least THRESHOLD against `pk`'s."""
    return similar(texts[pk][0], {other: texts[other] for other in others})


def similar(text, candidates):
    """[(key, score)] of `candidates` ({key: (normalised text, word count)}) scoring at least THRESHOLD
    against the normalised `text`, scored by `scorer` (containment for texts of MIN_WORDS
    words or more, plain edit distance below), a rapidfuzz batch (C) per scorer."""
    if not text:
        return []
    words = len(text.split())
    groups = {}
    for key, (other_text, other_words) in candidates.items():
        if other_text:
            groups.setdefault(scorer(words, other_words), []).append(key)
    found = []
    for by, group in groups.items():
        choices = [candidates[key][0] for key in group]
        for _choice, score, index in process.extract(text, choices, scorer=by, score_cutoff=THRESHOLD, limit=None):
            found.append((group[index], score))
    return found


# The pairs an editor must decide before publishing: a draft or a statement in review that nearly
# repeats another. The newest OPEN_RECENT of them are checked, so the editors' desk can count them
# on every view (the full list of likely duplicates compares the newest 5,000 entries of any status).
OPEN_STATUSES = (Statement.Status.DRAFT, Statement.Status.REVIEW)
OPEN_RECENT = 100


def pairs_to_decide(*, limit=200):
    return likely_duplicate_pairs(recent=OPEN_RECENT, limit=limit, statuses=OPEN_STATUSES)
