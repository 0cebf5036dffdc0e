"""Passives that name the source of the words after them. Translated copy's (regional sites' English, after
"navedeno je iz", "kako je saopšteno iz"): "From the OHR it was stated that …", "… adopted the conclusions in which it
is stated that …", "…, as it was stated from the EU Delegation."; and diplomatic copy's statement made by someone:
"took note of the statement made on 19 February by the Spokesperson …, Ambassador X, that …", "welcomes the
statement issued by the Chairperson …, H.E. Y, reaffirming the "…"". Mixed into `FrameFinder`, whose document and
resolver these use."""

import bisect
import re

from .document import OPEN
from .lexicon import NAME_JOINS, VERB_FORMS
from .speech import Frame, clause_span

PASSIVE = (
    r"it\s+(?:is|was|has\s+been|had\s+been)\s+(?P<verb>stated|said|announced|noted|stressed|emphasi[sz]ed|"
    r"underlined|assessed|added|concluded|pointed\s+out)"
)
# "From the Office of the High Representative (OHR) it was stated that …": the source opens the sentence.
FROM_SOURCE = re.compile(rf"\s*From\s+(?P<who>[^,;:\n]{{3,120}}?)\s+{PASSIVE}\s+that\s+(?=\S)")
# "… adopted the conclusions in which it is stated that …": the document's, so its author's, the sentence's subject.
IN_WHICH = re.compile(rf"\b(?:in|with)\s+which\s+{PASSIVE}\s+that\s+(?=\S)")
# "…, as it was stated from the Delegation of the European Union in BiH.": the source closes the sentence.
AS_STATED = re.compile(rf",\s*as\s+{PASSIVE}\s+(?:from|by|in)\s+(?P<who>[^,;:\n]{{3,120}}?)\s*[.!]?\s*$")
# The day given after a source, no part of its name: "by the Ministry of X on 23 April that …".
ON_DAY = r"\s+(?:(?:late|early|earlier)\s+)?on\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+(?:\s+\d{1,2})?)"
# "… the announcement by the Ministry of X on 23 April that …", "Remarks by the Defence Minister on Tuesday that …": the
# day given after the source is not part of it.
STATEMENT_BY = re.compile(
    r"\b(?:statement|remarks|comments|declaration|announcement|assurances?|Remarks|Statement|Comments)\s+"
    r"(?:(?:made|issued|released|delivered|published|posted)\s+)?(?:(?:on|yesterday|today)\b[^,;:\n]{0,40}?\s+)?"
    r"by\s+(?P<who>[^,;:\n]{3,120}?)"
    r"(?:,\s+(?P<name>(?:H\.E\.\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4}),)?"
    rf"(?:{ON_DAY}|\s+(?:yesterday|today|last\s+week))?"
    r"\s+(?P<link>that|(?P<participle>reaffirming|saying|stressing|warning|noting|insisting|confirming))\s+(?=\S)"
)
# Words a hearer was given, by whom, in the passive: "the administration had been told by the Army that …" (relayed by
# whoever says so); the source is named before the clause, ending on a capital (not "by US officials"), after its kind
# in lower case or not ("by the airline Copa Airlines that …": Copa Airlines).
TOLD_BY = re.compile(
    r"\b(?:had\s+been|has\s+been|was|were)\s+(?P<verb>told|assured|informed|briefed)\s+by\s+"
    r"(?:the\s+[a-z]+\s+(?=[A-Z]))?"
    rf"(?P<who>(?:the\s+)?(?:[A-Z][^,;:\n]{{0,80}}?\s)?[A-Z][\w'’.-]*)(?:{ON_DAY})?\s+that\s+(?=\S)"
)
# A sentence that gives the source of the one before it, in the passive (Spanish and Norwegian copy in translation):
# "This was announced this Thursday by the provincial Minister of Health, who …", "This is confirmed by the hospital's
# head of surgery, Ana Ruiz, to BT."
THIS_BY = re.compile(
    r"\s*(?:This|That)\s+(?:is|was|has\s+been)\s+(?:also\s+)?(?P<verb>announced|confirmed|stated|said|reported)"
    r"(?:\s+(?:this|on|last|yesterday|today)\b[^,;:\n]{0,30}?)?\s+by\s+(?P<who>[^,;:\n]{3,120}?)"
    r"(?:,\s+(?P<name>[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*){1,4})(?=,))?(?=\s*[,.]|\s+to\s+[A-Z])"
)
# Where any of them may stand (no word boundaries: a plain scan is twice as fast, and the patterns check them).
ANY_SOURCE = re.compile(
    r"it\s+(?:is|was|has|had)\s|statement|remarks|comments|declaration|announcement|assurance|Remarks|Statement|Comments"
    r"|(?:told|assured|informed|briefed)\s+by\s|Th(?:is|at)\s+(?:is|was|has)\s"
)
BRACKETED = re.compile(r"\s*\([^()]{1,20}\)\s*$")


class PassiveFrames:
    def _passive_frames(self):
        masked, sentence = self.doc.masked, self.sentence
        if not self.narration:
            return []
        body = self.tokens[self.narration[0]].start
        if not hasattr(self, "_source_cues"):  # one scan of the text, not four patterns per sentence
            self._source_cues = [match.start() for match in ANY_SOURCE.finditer(masked)]
        index = bisect.bisect_left(self._source_cues, body)
        if index == len(self._source_cues) or self._source_cues[index] >= sentence.end:
            return []
        frames = []
        if match := FROM_SOURCE.match(masked, body, sentence.end):
            frame = self._passive_frame(match, self._named(match.start("who"), match.end("who")))
            if frame is not None:
                frame.clause = clause_span(masked, match.end(), self.clauses.clause_end(match.end(), sentence.end))
                frame.with_that = True
                frames.append(frame)
        if match := IN_WHICH.search(masked, body, sentence.end):
            frame = self._passive_frame(match, self._opening_subject(match.start()))
            if frame is not None:
                frame.clause = clause_span(masked, match.end(), self.clauses.clause_end(match.end(), sentence.end))
                frame.with_that = True
                frames.append(frame)
        if match := AS_STATED.search(masked, body, sentence.end):
            frame = self._passive_frame(match, self._named(match.start("who"), match.end("who")))
            if frame is not None:
                frame.kind, frame.clause = "postposed", clause_span(masked, body, match.start())
                frames.append(frame)
        if match := STATEMENT_BY.search(masked, body, sentence.end):
            named = match.group("name") and self._named(match.start("name"), match.end("name"))
            speaker = named or self._named(match.start("who"), match.end("who"))
            if speaker is not None:
                verb = self.doc.token_at(match.start("link"))
                lemma = VERB_FORMS[match.group("participle")][0] if match.group("participle") else "say"
                frame = Frame(verb, lemma, "participle" if match.group("participle") else "finite", speaker)
                frame.clause = clause_span(masked, match.end(), self.clauses.clause_end(match.end(), sentence.end))
                frame.with_that = not match.group("participle")
                frames.append(frame)
        if match := TOLD_BY.search(masked, body, sentence.end):
            frame = self._passive_frame(match, self._named(match.start("who"), match.end("who")))
            if frame is not None:
                frame.lemma = VERB_FORMS[match.group("verb")][0]
                frame.clause = clause_span(masked, match.end(), self.clauses.clause_end(match.end(), sentence.end))
                frame.with_that = True
                frames.append(frame)
        if (match := THIS_BY.match(masked, body, sentence.end)) and (before := self._sentence_before(body)):
            named = match.group("name") and self._named(match.start("name"), match.end("name"))
            frame = self._passive_frame(match, named or self._named(match.start("who"), match.end("who")))
            if frame is not None:
                frame.kind, frame.clause = "postposed", clause_span(masked, *before)
                frames.append(frame)
        return [frame for frame in frames if frame.clause]

    def _sentence_before(self, start):
        """(start, end) of the sentence before the one at `start`, in the same paragraph, without quotation marks."""
        doc = self.doc
        index = bisect.bisect_left(doc.sentence_starts, start) - 1
        if index < 0:
            return None
        before = doc.sentences[index]
        if doc.paragraph_of(before.start) != doc.paragraph_of(start) or OPEN in doc.masked[before.start : before.end]:
            return None
        return before.start, before.end

    def _passive_frame(self, match, speaker):
        if speaker is None:
            return None
        verb = self.doc.token_at(match.start("verb"))
        lemma = "state" if match.group("verb") == "stated" else "say"
        return Frame(verb, lemma, "finite", speaker)

    def _named(self, start, end):
        """The source named between `start` and `end`, without the acronym in brackets after it."""
        if bracket := BRACKETED.search(self.doc.masked, start, end):
            end = bracket.start()
        tokens = self.doc.tokens_between(start, end)
        return self.resolver.speaker(tokens[0], tokens[-1]) if tokens else None

    def _opening_subject(self, before):
        """The name opening the sentence, up to its first lower-case word or bracket: the document's author."""
        narration = [i for i in self.narration if self.tokens[i].start < before]
        last = None
        for position, index in enumerate(narration):
            token = self.tokens[index]
            if position and "(" in self.doc.gap(narration[position - 1], index):
                break
            if not (token.capitalised or (position and token.lower in NAME_JOINS)):
                break
            last = position
        while last is not None and last > 0 and self.tokens[narration[last]].lower in NAME_JOINS:
            last -= 1
        if last is None or not self.tokens[narration[last]].capitalised:
            return None
        return self.resolver.speaker(narration[0], narration[last])
