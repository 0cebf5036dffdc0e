"""Reported speech found in the narration: who spoke, with which verb, and what they said."""

from dataclasses import dataclass

from .spans import trim_span


@dataclass
class Frame:
    verb: int  # token index of the reporting verb, or of "according" / "view"
    lemma: str
    kind: str  # finite, participle, inverted, according, view
    speaker: object  # Speaker or None
    subject: tuple | None = None  # first and last token index of the speaker's noun phrase
    clause: tuple | None = None  # (start, end) characters of the reported clause
    quote: object = None  # the quote it attributes when it directly follows it ("…," he said)
    with_that: bool = False
    relayed_by: object = None  # the enclosing frame's speaker: "Trump said *Putin told him* …"
    tail: tuple | None = None  # a clause coordinated after a postposed attribution: "X, he said, but Y would …"
    own_report: bool = False  # an agency reporting in its own name, no one's speech inside: "KCNA reported that …"

    @property
    def position(self):
        return self.clause[0] if self.clause else self.verb


def clause_span(masked, start, end):
    """The clause start..end without surrounding spaces or final punctuation; None when empty."""
    start, end = trim_span(masked, start, end, ".,;:!?")
    return (start, end) if end > start else None
