"""What extraction returns: candidate statements and the article's source chain."""

from dataclasses import asdict, dataclass, field

DIRECT_QUOTE, PARAPHRASE = "direct_quote", "paraphrase"


@dataclass
class Candidate:
    speaker: str  # the actor's name, or the name as written when no actor matches
    speaker_slug: str | None
    kind: str  # DIRECT_QUOTE or PARAPHRASE
    text: str  # exactly input[start:end]
    start: int
    end: int
    confidence: float
    topics: list[str] = field(default_factory=list)  # topic slugs
    mentions: list[str] = field(default_factory=list)  # slugs of actors the text names
    relayed_by: str | None = None  # slug (or name) of the actor who relayed the words
    date_said: str | None = None  # "YYYY-MM-DD", or "YYYY-MM" at month precision; None without a publication date
    date_precision: str | None = None  # "day" or "month"
    sentence: str | None = None  # a paraphrase as a publishable sentence: speaker, reporting verb, clause
    carried_by: str | None = None  # the news agency the article cites for these words ("IRNA")

    def to_dict(self):
        return asdict(self)


@dataclass
class Extraction:
    candidates: list[Candidate]
    source_chain: list[dict] = field(default_factory=list)  # [{"title"|"outlet": …, "role": …}]
    setting: str | None = None

    def to_dict(self):
        return {
            "candidates": [candidate.to_dict() for candidate in self.candidates],
            "source_chain": self.source_chain,
            "setting": self.setting,
        }

    def candidate_dicts(self):
        """One flat record per candidate, carrying the article-level source chain and setting."""
        return [
            {**candidate.to_dict(), "source_chain": self.source_chain, "setting": self.setting}
            for candidate in self.candidates
        ]


def publishable(speaker, phrase, clause):
    """A paraphrase as an editor could publish it: 'Jaishankar underlined that India would respond firmly.'"""
    clause = clause.strip().rstrip(".,;:!?—– ")
    first, _, rest = clause.partition(" ")
    if first in {"The", "It", "They", "We", "He", "She", "This", "That", "There", "Its", "Their", "His", "Her"}:
        clause = f"{first.lower()} {rest}"
    if phrase == "according":
        return f"According to {speaker}, {clause}."
    if phrase == "view":
        return f"In the view of {speaker}, {clause}."
    bare = clause.startswith(("to ", "“", '"', "‘", "'", "«")) or phrase.split()[0] in {"urged", "asked"}
    that = "" if bare else "that "
    return f"{speaker} {phrase} {that}{clause}."
