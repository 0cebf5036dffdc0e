"""Score the extractor against hand-labelled articles.

    python -m tracker.extraction.evaluate DIR [DIR ...] [--unseen DIR ...] [--registry FILE] [--verbose]

`--unseen` folders hold articles labelled before the extractor saw them: they are scored with the rest and on their
own, each beside the score it had at first sight (its `first_sight.json`, written once).
The date said of each found statement is compared with its labelled `date_said`.

A candidate is correct when its speaker and kind agree with a labelled statement's and the spans
overlap by at least half of the shorter one; a labelled statement's `speaker_alternatives` are
accepted too, and a group's members in any order ("Keir Starmer and Lee Jae-myung"). Items flagged
`optional` count neither way; only `region == "body"` statements are required for recall; a candidate
on a non-statement quote (scare quotes, names) is a false positive.
"""

import argparse
import datetime
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from tracker.text import normalize_name

from .candidates import DIRECT_QUOTE, PARAPHRASE
from .directory import load_registry
from .extractor import extract

DEFAULT_REGISTRY = Path(__file__).resolve().parents[2] / "tests" / "data" / "extraction" / "registry.json"
KINDS = (DIRECT_QUOTE, PARAPHRASE)
# What "done" means on articles the extractor has never seen (issue 16): (precision, recall) per kind.
TARGETS = {DIRECT_QUOTE: (0.95, 0.95), PARAPHRASE: (0.85, 0.80)}


@dataclass
class Tally:
    correct: int = 0
    wrong: int = 0
    found: int = 0
    required: int = 0

    @property
    def precision(self):
        return self.correct / (self.correct + self.wrong) if self.correct + self.wrong else 1.0

    @property
    def recall(self):
        return self.found / self.required if self.required else 1.0

    @property
    def f1(self):
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other):
        self.correct += other.correct
        self.wrong += other.wrong
        self.found += other.found
        self.required += other.required


@dataclass
class ArticleScore:
    name: str
    tallies: dict = field(default_factory=lambda: {kind: Tally() for kind in KINDS})
    false_positives: list = field(default_factory=list)  # (candidate, reason)
    misses: list = field(default_factory=list)  # labelled statements not found
    dates_right: int = 0  # found statements with a labelled date_said, whose candidate has that date
    dates_labelled: int = 0


def load_articles(directories):
    """(name, article) for every labelled article (JSON with "text" and "statements") in the folders."""
    for directory in directories:
        for path in sorted(Path(directory).glob("*.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(data, dict) and "text" in data and "statements" in data:
                yield path.stem, data


def overlaps(a_start, a_end, b_start, b_end):
    shared = min(a_end, b_end) - max(a_start, b_start)
    return shared > 0 and shared >= 0.5 * min(a_end - a_start, b_end - b_start)


def _clean(name):
    """The name without a bracketed aside or a leading article, its initials without their stops: "a senior
    official" names what "senior official" does, as "the Foreign Ministry" names "Foreign Ministry" and "U.S. Forces
    Korea" names "US Forces Korea", and a country's office is the same with or without its possessive ("Pakistan's
    Foreign Office" is "Pakistan Foreign Office")."""
    name = re.sub(r"\s*\([^)]*\)", "", name)
    name = re.sub(r"\b(?:[A-Z]\.){2,}", lambda initials: initials.group().replace(".", ""), name)  # "U.S." is "US"
    name = re.sub(r"^(?:the|an?)\s+", "", name.strip(), flags=re.IGNORECASE)
    return re.sub(r"^([A-Z][\w-]*)['’]s(?=\s+[A-Z])", r"\1", name)


def _people(name):
    """A collective speaker's members in any order: "Keir Starmer and Lee Jae-myung" = "Lee Jae-myung and …"."""
    return frozenset(part for part in re.split(r",\s*|\s+and\s+", normalize_name(_clean(name))) if part)


def speaker_agrees(candidate, statement, directory):
    """The candidate names the labelled speaker or an accepted alternative, by name or through the registry."""
    wanted = _people(candidate["speaker"])
    for name in [statement["speaker"], *statement.get("speaker_alternatives", [])]:
        if _people(name) == wanted:
            return True
        slug = candidate.get("speaker_slug")
        if slug and any(ref.actor.slug == slug for ref in directory.lookup(_clean(name))):
            return True
        if len(wanted) > 1 and _same_members(wanted, _people(name), directory):
            return True
    return False


def _same_members(found, labelled, directory):
    """Each member of a collective speaker is a labelled member, by name or as the registry names that actor: "Alexander
    Stubb and Volodymyr Zelenskyy" (the registry's spelling) is the labels' "Alexander Stubb and Volodymyr Zelensky",
    as the one speaker would be."""
    if len(found) != len(labelled):
        return False
    remaining = set(found)
    for member in labelled:
        names = {member} | {normalize_name(ref.actor.name) for ref in directory.lookup(member)}
        match = next((name for name in remaining if name in names), None)
        if match is None:
            return False
        remaining.discard(match)
    return True


def _matches(candidate, statement, directory):
    return (
        candidate["kind"] == statement["kind"]
        and overlaps(candidate["start"], candidate["end"], statement["char_start"], statement["char_end"])
        and speaker_agrees(candidate, statement, directory)
    )


def score_article(name, article, directory):
    score = ArticleScore(name)
    published = article.get("article", {}).get("published")
    published = datetime.date.fromisoformat(published[:10]) if published else None
    candidates = [candidate.to_dict() for candidate in extract(article["text"], directory, published).candidates]
    statements = article["statements"]
    required = [s for s in statements if s.get("region", "body") == "body" and "optional" not in s.get("flags", [])]
    counted = [s for s in statements if "optional" not in s.get("flags", [])]
    optional = [s for s in statements if "optional" in s.get("flags", [])]
    for candidate in candidates:
        tally = score.tallies[candidate["kind"]]
        if any(_matches(candidate, statement, directory) for statement in counted):
            tally.correct += 1
        elif any(_on_non_statement(candidate, quote) for quote in article.get("non_statement_quotes", [])):
            tally.wrong += 1
            score.false_positives.append((candidate, "non-statement quote"))
        elif any(candidate["kind"] == s["kind"] and _overlaps_statement(candidate, s) for s in optional):
            continue
        else:
            tally.wrong += 1
            near = [s for s in counted if _overlaps_statement(candidate, s)]
            reason = f"labelled {near[0]['kind']} by {near[0]['speaker']}" if near else "no labelled statement"
            score.false_positives.append((candidate, reason))
    for statement in required:
        tally = score.tallies[statement["kind"]]
        tally.required += 1
        matched = [candidate for candidate in candidates if _matches(candidate, statement, directory)]
        if matched:
            tally.found += 1
            if statement.get("date_said"):
                score.dates_labelled += 1
                score.dates_right += matched[0]["date_said"] == statement["date_said"]
        else:
            score.misses.append(statement)
    return score


def _overlaps_statement(candidate, statement):
    return overlaps(candidate["start"], candidate["end"], statement["char_start"], statement["char_end"])


def _on_non_statement(candidate, quote):
    """Mostly made of a scare quote or a name in quotation marks."""
    shared = min(candidate["end"], quote["char_end"]) - max(candidate["start"], quote["char_start"])
    return shared > 0 and shared >= 0.5 * (candidate["end"] - candidate["start"])


def score_directories(directories, directory):
    scores = [score_article(name, article, directory) for name, article in load_articles(directories)]
    return scores, totals_of(scores)


def totals_of(scores):
    totals = {kind: Tally() for kind in KINDS}
    for score in scores:
        for kind in KINDS:
            totals[kind].add(score.tallies[kind])
    return totals


def date_share(scores):
    """(right, labelled): found statements whose date said matches the label."""
    return sum(s.dates_right for s in scores), sum(s.dates_labelled for s in scores)


def first_sight(folder):
    """The score a folder of unseen articles had the first time the extractor saw them (its `first_sight.json`)."""
    path = Path(folder) / "first_sight.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def _row(label, quotes, paraphrases, dates):
    """quotes and paraphrases: (precision, recall); dates: (right, labelled) or None."""
    share = f"{dates[0] / dates[1] if dates[1] else 1.0:>9.3f} ({dates[0]}/{dates[1]})" if dates else f"{'—':>9}"
    return f"{label[:44]:<44} {quotes[0]:>6.3f} / {quotes[1]:.3f} {paraphrases[0]:>9.3f} / {paraphrases[1]:.3f} {share}"


def format_summary(groups):
    """One line per group of articles: quotes and paraphrases P / R, the share of dates said right.

    A group is (label, scores), or (label, record) for a stored first-sight record.
    """
    lines = [f"{'articles':<44} {'quotes P / R':>14} {'paraphrases P / R':>18} {'dates said right':>17}"]
    for label, scores in groups:
        if isinstance(scores, dict):
            lines.append(_row(label, scores[DIRECT_QUOTE], scores[PARAPHRASE], scores.get("dates_said_right")))
            continue
        totals = totals_of(scores)
        quotes, paraphrases = totals[DIRECT_QUOTE], totals[PARAPHRASE]
        lines.append(
            _row(
                label,
                (quotes.precision, quotes.recall),
                (paraphrases.precision, paraphrases.recall),
                date_share(scores),
            )
        )
    targets = ", ".join(f"{kind} P ≥ {p:.2f} R ≥ {r:.2f}" for kind, (p, r) in TARGETS.items())
    lines.append(f"targets on unseen articles: {targets}")
    return "\n".join(lines)


def format_table(scores, totals):
    lines = [f"{'article':<58} {'kind':<13} {'TP':>4} {'FP':>4} {'prec':>6} {'found':>7} {'recall':>7} {'F1':>6}"]
    rows = [(score.name, score.tallies) for score in scores] + [("TOTAL", totals)]
    for name, tallies in rows:
        if name == "TOTAL":
            lines.append("-" * len(lines[0]))
        for kind in KINDS:
            t = tallies[kind]
            lines.append(
                f"{name[:58]:<58} {kind:<13} {t.correct:>4} {t.wrong:>4} {t.precision:>6.3f} "
                f"{t.found:>3}/{t.required:<3} {t.recall:>7.3f} {t.f1:>6.3f}"
            )
    return "\n".join(lines)


def format_details(scores):
    lines = []
    for score in scores:
        for candidate, reason in score.false_positives:
            lines.append(
                f"{score.name}  FP [{reason}] {candidate['kind']} {candidate['speaker']}: {candidate['text'][:90]!r}"
            )
        for statement in score.misses:
            lines.append(f"{score.name}  MISS {statement['kind']} {statement['speaker']}: {statement['text'][:90]!r}")
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directories", nargs="+", metavar="DIR", help="folders of labelled article JSON files")
    parser.add_argument(
        "--unseen", nargs="*", default=[], metavar="DIR", help="folders of articles the rules were not tuned on"
    )
    parser.add_argument("--registry", default=str(DEFAULT_REGISTRY), help="actors and topics (parley/1 JSON)")
    parser.add_argument("--verbose", "-v", action="store_true", help="list false positives and misses")
    args = parser.parse_args(argv)
    directory = load_registry(args.registry)
    tuned, _ = score_directories(args.directories, directory)
    unseen = [(folder, score_directories([folder], directory)[0]) for folder in args.unseen]
    scores = tuned + [score for _, folder_scores in unseen for score in folder_scores]
    print(format_table(scores, totals_of(scores)))
    if args.verbose:
        print(format_details(scores))
    print()
    tuned_on = ", ".join(Path(folder).name for folder in args.directories)
    groups = [("all labelled articles", scores), (f"tuned on: {tuned_on}", tuned)]
    for folder, folder_scores in unseen:
        if record := first_sight(folder):
            groups.append((f"{Path(folder).name}: first sight {record['scored']}", record))
        groups.append((f"{Path(folder).name}: now", folder_scores))
    print(format_summary(groups))
    return 0


if __name__ == "__main__":
    sys.exit(main())
