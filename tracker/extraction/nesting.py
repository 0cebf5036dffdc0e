"""Reported speech inside reported speech, and clauses side by side: which frame encloses which ("Sisi believes
X, his spokesman said"), when the enclosing frame's own clause gives way to the inner one ("The president
believed that X, El-Shennawy added"), and where two reported clauses meet ("… and that …", "…, and underlined
that …"). Mixed into `Extractor`, whose document these use."""

import re

from .document import OPEN
from .lexicon import CLAUSE, REPORTING_LEMMAS, SAY, VERB_FORMS

CLAUSE_LEMMAS = set(SAY) | set(CLAUSE)
# Verbs of words addressed to a hearer: what someone was told is news of the telling, not a belief the attribution
# after it passes on ("Her lawyer told her that …, she said").
TELLING = {"tell", "assure", "inform", "promise"}
HEARERS = {"him", "her"}  # the one relaying words he or she was told: "had told him"

# "… and that …", and a second reporting verb of the same subject: "emphasised that …, and underlined that …".
COORDINATED_THAT = re.compile(
    r",?\s+(?:and|but)\s+(?:(?:also\s+|further\s+)?(?:"
    + "|".join(
        sorted(form for form, (lemma, kind) in VERB_FORMS.items() if kind == "past" and lemma in REPORTING_LEMMAS)
    )
    + r")\s+)?that\s+(?=\S)"
    # "… told me that there is work, and that is why we came": "that" before a verb is the pronoun, no clause
    + r"(?!(?:is|was|has|had|will|would|means|meant)\b)"
    # "… but warned it could not succeed": a verb of saying, then a pronoun opening its clause without "that"
    + r"|,?\s+(?:and|but)\s+(?:also\s+)?(?:"
    + "|".join(sorted(form for form, (lemma, kind) in VERB_FORMS.items() if kind == "past" and lemma in CLAUSE_LEMMAS))
    + r")\s+(?=(?:it|he|she|they|we|there)\s+[a-z])"
    # "said the community was grateful but wanted the Government to …": the speaker's own wish, a second statement
    # (not after a comma: "said Abu Dhabi had signalled it would …, but wanted …" goes on with the inner subject)
    + r"|(?<!,)\s+but\s+(?=(?:wanted|hoped)\s+[a-z])"
)


VERBED = re.compile(r",?\s+(?:and|but)\s+(?:also\s+|further\s+)?(?!that\b)[a-z]+")


def comma_before(text, position):
    """A comma ends the words before `position`, outside or inside closing quotation marks (', and', '," and')."""
    before = text[max(0, position - 4) : position].rstrip()
    return before.endswith(",") or (before[-1:] in CLOSING and before[:-1].endswith(","))


CLOSING = "”\"’'»"


class Nesting:
    def _coordinated_clauses(self, start, end, relayed=False):
        """'said the talks were "serious" and that a third round would follow': two reported clauses, each a
        statement, split at "and that" / "but that" outside quotation marks. A second verb after a comma (", and
        said that") joins the frame that relays the speech: the relayed clause ends there, the relaying one goes on
        ("He recalled that X had told parliament that …, and said that …")."""
        spans, masked = [], self.doc.masked
        for match in COORDINATED_THAT.finditer(masked, start, end):
            conjunction = match.start() + re.search(r"\b(?:and|but)\b", match.group()).start()
            second_verb = comma_before(self.doc.text, conjunction) and bool(VERBED.match(match.group()))
            if second_verb and relayed:
                return [(start, match.start())]
            if re.search(r"\bthat\b", masked[start : match.start()]) and not second_verb:
                break  # "… had told the delegation that X, and that Y": the inner clause's second half
            spans.append((start, match.start()))
            start = match.end()
        quote = self.doc.quote_containing(start) if spans and masked[start] == OPEN else None
        if quote is not None and quote.open == start and quote.outer_end >= end - 1:
            return spans  # 'and that "no court will take that choice away"': a quote only
        return [*spans, (start, end)]

    def _enclosing(self, frame, frames):
        position = self.doc.tokens[frame.verb].start
        for outer in frames:
            if outer is not frame and outer.clause and outer.clause[0] <= position < outer.clause[1]:
                if frame.kind == "postposed" and frame.clause[0] <= self.doc.tokens[outer.verb].start < frame.clause[1]:
                    continue  # "Sisi believes …, his spokesman said": the attribution after the clause is outermost
                return outer
        return None

    def _relays_belief(self, frame, frames):
        """'The president also believed that X, El-Shennawy added': the clause is someone else's reported
        speech, opened by its speaker; the inner statement (relayed by this frame's speaker) is the one to keep."""
        if frame.kind != "postposed" or not frame.clause:
            return False
        for inner in frames:
            if inner is frame or not inner.clause or inner.speaker.key == frame.speaker.key:
                continue
            if inner.lemma in TELLING:
                continue  # "Her lawyer told her in November that …, she said": what she was told, in her account
            if self._opens(inner, frame) and frame.clause[0] <= inner.clause[0] < frame.clause[1]:
                return True
        return False

    def _opens(self, inner, outer):
        """The inner frame's subject opens the outer frame's clause."""
        if inner.subject is None or not outer.clause:
            return False
        return self.doc.tokens[inner.subject[0]].start <= outer.clause[0] + 4

    def _teller_of_hearer(self, frame, outer):
        """'The foreign secretary said the foreign minister had told him that …': a role that resolved to the one
        relaying the words names someone else, since he is the hearer; the role as written, else None."""
        if frame.subject is None or frame.verb < 2:
            return None
        tokens = self.doc.tokens
        first, last = frame.subject
        hearer = tokens[frame.verb + 1].lower if frame.verb + 1 < len(tokens) else ""
        if tokens[frame.verb - 1].lower != "had" or hearer not in HEARERS or frame.lemma not in TELLING:
            return None
        if tokens[first].lower != "the" or any(token.capitalised for token in tokens[first + 1 : last + 1]):
            return None  # a name, or a pronoun: "he had told him" may be anyone the article knows
        found = self.resolver._as_written(first, last)
        return found if found is not None and found.key != outer.speaker.key else None
