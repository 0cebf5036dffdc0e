"""Frames that name their source before or after the clause: "according to X", "in his view"."""

import re
from dataclasses import replace

from .carriers import WIRES
from .collectives import ACRONYM_AFTER
from .dates import CUE, MADE_PUBLIC
from .lexicon import DAY_PARTS, DAYS, NAME_JOINS, NOT_SPEAKERS, SPEECH_VERB_FORMS
from .speech import Frame, clause_span

# Heads of "according to a readout published by the Kremlin": the document, not the speaker.
DOCUMENT_WORDS = {
    "statement",
    "readout",
    "transcript",
    "communique",
    "communiqué",
    "release",
    "letter",
    "message",
    "post",
}
# "according to the official IRNA news agency": a carrier of the words, for the source chain, not a speaker.
CARRIER_WORDS = {"agency", "agencies", "newspaper", "daily", "broadcaster", "channel", "outlet", "website", "tv"}
CARRIER_WORDS |= {"television", "radio", "media", "reports", "wire"}
# What an agency that carries words is called before the word: "the state news agency", "the official agency".
NEWS_AGENCY_KINDS = {"news", "press", "wire", "state", "official", "information", "photo"}
# "according to a translation by the Herald": the translator carries the words of the frame before, says none.
TRANSLATION_WORDS = {"translation", "translations", "interpretation", "interpreter"}
# A call a readout tells of, before its words: "discussed the jets with X by telephone", "spoke by phone".
CALLED = {"spoke", "talked", "discussed", "held", "had"}
PHONED = {"phone", "telephone", "call", "videoconference", "video"}
# A day between the source and the comma that opens its clause: " on the 13th", " on Tuesday", " yesterday"; the day
# its words came out: " published on Monday".
DATED_SOURCE = re.compile(rf"\s+(?:(?:{'|'.join(sorted(MADE_PUBLIC))})\s+)?(?:on\s+)?(?P<cue>[\w ]{{3,30}}?)\s*")


def dated_by(gap):
    """Whether the gap's words are a day and nothing else."""
    cue = CUE.match(gap.string, gap.start("cue"))
    return cue is not None and cue.end() == gap.end("cue")


# What may follow the source after "so" to the sentence's end: its description after a comma, no verb of its own.
SO_SOURCE_END = re.compile(r"(?:,[^,;:\n]{3,100}?)?[.!]?\s*")
# A relative clause on the source after its comma, no words of its: '"…," according to the Minister, who spoke …'.
RELATIVE_AFTER = re.compile(r"\s*(?:who|whose|which)\b")
ASIDE_END = re.compile(r",\s")  # not the comma of "4,000"
VIEW_WORDS = {"view", "opinion", "assessment", "estimation", "judgment", "judgement", "words"}  # "In his words, …"
# Chinese copy's "The reporter learned from Qingdao Customs that …": the body the reporter heard from speaks.
LEARNED = {"learned", "learnt"}
ORDINAL_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)")  # "learned from Dalian Customs yesterday (the 23rd) that"


class SourcedFrames:
    """Mixed into FrameFinder, whose helpers (`_np_after`, `_preceded_by`, …) these use."""

    def _learned_from(self, k):
        """'The reporter learned from Dandong Customs that …': the body after "from" speaks the clause after "that"."""
        if self.tokens[self.narration[k - 1]].lower not in ("reporter", "reporters", "correspondent"):
            return None
        if self.tokens[self.narration[k + 1]].lower != "from":
            return None
        named_until = None  # the name ends where the day the reporter learned it begins: "yesterday (the 23rd)"
        for offset in range(k + 2, min(len(self.narration), k + 12)):
            word = self.tokens[self.narration[offset]]
            if word.lower == "that" and offset > k + 2:
                first, last = self.narration[k + 2], self.narration[(named_until or offset) - 1]
                speaker = self.resolver.speaker(first, last)
                clause = clause_span(self.doc.masked, word.end, self.sentence.end)
                if speaker is None or clause is None:
                    return None
                return Frame(
                    self.narration[k], "according", "according", speaker, (first, last), clause, with_that=True
                )
            dated = word.lower in DAYS | DAY_PARTS | {"on", "the", "this"} or bool(ORDINAL_DAY.fullmatch(word.lower))
            if offset > k + 2 and (named_until is not None or word.lower in DAYS | {"on", "this"}) and dated:
                named_until = named_until or offset
                continue
            if not (word.capitalised or word.lower in ("the", "of", "and")) or not self._plain(offset - 1):
                return None
        return None

    def _according(self, k):
        if self.tokens[self.narration[k + 1]].lower != "to":
            return None
        end = self._np_after(k + 1, prepositions=True)
        if end is None:
            end = self._np_before_who(k + 1)
        if end is None:
            return None
        end = self._before_day(k + 2, end)
        first, last = self.narration[k + 2], self.narration[end]
        if any(self.tokens[i].lower in TRANSLATION_WORDS for i in range(first, last + 1)):
            return None
        documented = any(self.tokens[i].lower in DOCUMENT_WORDS for i in range(first, last + 1))
        if not documented and (named := self._apposed_name(end)) is not None:
            title = self.doc.text[self.tokens[first].start : self.tokens[last].end].lower()
            first, last = named  # "according to the city's mayor, Ihor Terekhov.": the mayor by name
        else:
            title = ""
            first, last = self._body_before_document(first, last) or (self._source_of(first, last), last)
        if first is None:
            return None
        speaker = self.resolver.speaker(first, last)
        if speaker is not None and title and speaker.slug is None and not speaker.title:
            speaker = replace(speaker, title=title)
        if speaker is None:
            return None
        frame = Frame(self.narration[k], "according", "according", speaker, (first, last))
        masked, sentence = self.doc.masked, self.sentence
        if k >= 1 and self.tokens[self.narration[k - 1]].lower in ("who", "which"):
            return frame  # "Rubio, who, according to Lula, replied that …": an aside in someone else's frame
        if k == 0 and (apposed := self._apposed_name_then_clause(end, title)) is not None:
            # "According to the director-general of Itaipu on the Brazilian side, Enio Verri, the tariff fell …"
            (first, last), clause = apposed
            speaker = self.resolver.speaker(first, last)
            if speaker is not None and speaker.is_person:
                if speaker.slug is None and not speaker.title:
                    speaker = replace(
                        speaker,
                        title=self.doc.text[
                            self.tokens[frame.subject[0]].start : self.tokens[frame.subject[1]].end
                        ].lower(),
                    )
                return Frame(self.narration[k], "according", "according", speaker, (first, last), clause)
        if k == 0:  # "According to X, the talks failed."
            after = self.tokens[last].end
            if acronym := ACRONYM_AFTER.match(masked, after, sentence.end):
                after = acronym.end()
            comma = masked.find(",", after, sentence.end)
            if comma != -1 and (dated := DATED_SOURCE.fullmatch(masked, after, comma)) and dated_by(dated):
                after = (
                    comma  # "According to the Joint Chiefs of Staff on the 13th, …": the source's day, then the clause
                )
            if comma != -1 and not masked[after:comma].strip():
                if relative := RELATIVE_AFTER.match(masked, comma + 1):
                    # "According to the committee, which counts 4,000 members, three …": the clause after the aside;
                    # '"…," according to the Minister, who spoke at a ceremony.': none
                    aside = ASIDE_END.search(masked, relative.end(), sentence.end)
                    comma = aside.start() if aside else -1
                if comma != -1:
                    frame.clause = clause_span(masked, comma + 1, sentence.end)
            return frame
        preceded_by, comma = self._preceded_by(k)
        before = [self.tokens[self.narration[i]].lower for i in range(k)]
        if preceded_by == "quote":
            if any(word in SPEECH_VERB_FORMS for word in before):
                return frame  # 'she said that "…", according to the agency': the quote is hers, the agency relays it
            frame.quote = self._quote_before(k)
        elif preceded_by == "comma":
            if any(word in SPEECH_VERB_FORMS for word in before):
                return frame  # '"…," Kral told a meeting …, according to a transcript': the attribution, not words
            if documented and CALLED.intersection(before) and PHONED.intersection(before):
                return frame  # "Ruiz spoke to Vela by phone on Monday, according to a readout": a call, not words
            frame.clause = clause_span(masked, self.tokens[self.narration[0]].start, comma)
        return frame

    def _so_source(self, k):
        """German copy in translation closes a clause with its source after "so", the sentence ending there: "The
        zone is costing shipowners time and money, so Jens Claussen, managing director of the company."."""
        preceded_by, comma = self._preceded_by(k)
        if preceded_by != "comma" or k < 3 or (end := self._np_after(k)) is None:
            return None
        first, last = self.narration[k + 1], self.narration[end]
        if not all(token.capitalised or token.lower in NAME_JOINS for token in self.tokens[first : last + 1]):
            return None  # "…, so the delegates missed their flights.": a consequence, no source
        masked, sentence = self.doc.masked, self.sentence
        if not SO_SOURCE_END.fullmatch(masked, self.tokens[last].end, sentence.end):
            return None
        speaker = self.resolver.speaker(first, last)
        if speaker is None:
            return None
        frame = Frame(self.narration[k], "according", "according", speaker, (first, last))
        frame.clause = clause_span(masked, self.tokens[self.narration[0]].start, comma)
        return frame

    def _before_day(self, begin, end):
        """The source's last narration index, less a day that closes it: "according to the ministry on Tuesday"
        is the ministry's, on Tuesday; "figures released by the port company in January", the company's."""
        masked, last = self.doc.masked, self.tokens[self.narration[end]].end
        for index in range(begin + 1, end + 1):
            token = self.tokens[self.narration[index]]
            if token.lower in ("on", "in", "yesterday", "today"):
                cue = CUE.match(masked, token.end + 1 if token.lower == "on" else token.start)
                if cue and cue.end() == last:
                    end = index - 1
                    break
        if end > begin and self.tokens[self.narration[end]].lower in MADE_PUBLIC:
            end -= 1  # "a survey by the Chamber of Commerce published on Monday": the Chamber's
        return end

    def _np_before_who(self, k):
        """Index of the last token of the noun phrase after token k that a relative clause ending the sentence
        follows: "according to a senior official who spoke on condition of anonymity", "according to figures from
        the region's health ministry that the UN considers reliable"."""
        for offset in range(k + 2, min(len(self.narration), k + 10)):
            if not self._plain(offset - 1):
                return None
            if self.tokens[self.narration[offset]].lower in ("who", "that"):
                return offset - 1
        return None

    def _apposed_name(self, end):
        """(first, last) tokens of a person's name set after the role that ends at narration index `end` and a comma,
        ending the sentence: "according to the city's mayor, Ihor Terekhov." is Terekhov, not whoever else the
        article made mayor."""
        head = self.tokens[self.narration[end]]
        if not head.raw.islower() or head.lower in NOT_SPEAKERS | DOCUMENT_WORDS | CARRIER_WORDS:
            return None  # a role of any kind, "the district administrator", but not "the data"
        if end + 2 >= len(self.narration) or self.doc.gap(self.narration[end], self.narration[end + 1]).strip() != ",":
            return None
        last = end + 1
        while last + 1 < len(self.narration) and self._plain(last) and last - end < 5:
            last += 1
        names = [self.tokens[self.narration[i]] for i in range(end + 1, last + 1)]
        rest = self.doc.masked[names[-1].end : self.sentence.end].strip()
        if len(names) < 2 or not all(token.capitalised for token in names) or rest not in ("", ".", "!"):
            return None
        return self.narration[end + 1], self.narration[last]

    def _apposed_name_then_clause(self, end, title):
        """((first, last) of the name, the clause) for "According to <a role>, <Name>, <clause>": the person the role
        is set beside, and the words after the second comma."""
        head = self.tokens[self.narration[end]]
        if title or not head.raw.islower() or head.lower in NOT_SPEAKERS | DOCUMENT_WORDS | CARRIER_WORDS:
            return None
        if end + 3 >= len(self.narration) or self.doc.gap(self.narration[end], self.narration[end + 1]).strip() != ",":
            return None
        last = end + 1
        while last + 1 < len(self.narration) and self._plain(last) and last - end < 4:
            last += 1
        names = [self.tokens[self.narration[i]] for i in range(end + 1, last + 1)]
        if len(names) < 2 or not all(token.capitalised for token in names):
            return None
        if (
            last + 1 >= len(self.narration)
            or self.doc.gap(self.narration[last], self.narration[last + 1]).strip() != ","
        ):
            return None
        clause = clause_span(self.doc.masked, self.tokens[self.narration[last + 1]].start, self.sentence.end)
        return ((self.narration[end + 1], self.narration[last]), clause) if clause else None

    def _body_before_document(self, first, last):
        """'a Commission statement issued on Monday' → the Commission: a body's name before the document's noun
        (the day is cut before); None when no capitalised name stands there."""
        words = [self.tokens[i].lower for i in range(first, last + 1)]
        head = next((i for i, word in enumerate(words) if word in DOCUMENT_WORDS), None)
        if head is None or words[head + 1 :] not in ([], ["issued"], ["released"], ["published"]):
            return None
        start = 1 if words[0] in ("a", "an", "the") else 0
        named = range(first + start, first + head)
        if not named or not all(self.tokens[i].capitalised for i in named):
            return None
        return named[0], named[-1]

    def _source_of(self, first, last):
        """'a readout published by the Kremlin' → the Kremlin, 'figures cited by the World Bank' → the World Bank;
        None for data and reports."""
        words = [self.tokens[i].lower for i in range(first, last + 1)]
        if words[-1] in NOT_SPEAKERS or (words[-1] in CARRIER_WORDS and not self._named_agency(first, last)):
            return None
        data = [self.tokens[i].raw.islower() and self.tokens[i].lower in NOT_SPEAKERS for i in range(first, last + 1)]
        heads = [i for i, word in enumerate(words) if word in DOCUMENT_WORDS or data[i]]
        if heads:  # not "the Institute for the Study of War"
            # the first "from" after the data: "statistics from the General Administration of Customs", not "Customs"
            for offset in range(heads[0] + 2, len(words)):
                if words[offset - 1] in {"from", "by", "of"}:
                    return first + offset
        return first

    def _named_agency(self, first, last):
        """Whether tokens first..last end in a body's own name with "Agency" in it ("the International Energy
        Agency"), not a wire's ("the Anadolu Agency"), or in an owner's agency named by its work ("the U.N. refugee
        agency", "the EU's border agency"), not a news or state agency."""
        if self.tokens[last].raw == "agency" and last - first >= 2:
            work, owner = self.tokens[last - 1], self.tokens[last - 2]
            owned = owner.capitalised or owner.raw == "s"  # "the U.N. …", "the EU's …"
            return work.raw.islower() and work.lower not in NEWS_AGENCY_KINDS and owned
        if self.tokens[last].raw != "Agency" or last == first:
            return False
        name = self.doc.text[self.tokens[first].start : self.tokens[last].end].lower()
        bare = name.removeprefix("the ").removesuffix(" agency")
        return self.tokens[last - 1].capitalised and bare not in WIRES  # a wire's "… News Agency" is no speaker either

    def _view(self, k):
        """'In his view, …' / 'In Zelenskyy's view, …' → the clause after the comma."""
        if k < 2 or self.tokens[self.narration[0]].lower != "in":
            return None
        gap = self.doc.masked[self.tokens[self.narration[k]].end : self.sentence.end]
        if not gap.lstrip().startswith(","):
            return None
        first, last = self.narration[1], self.narration[k - 1]
        owned = self.tokens[first].lower in {"his", "her", "their", "its"} or self.tokens[last].lower == "s"
        if self.tokens[self.narration[k]].lower == "words" and not owned:
            return None  # "In other words, …": no one's
        if self.tokens[last].lower == "s" and last > first:
            last = self.narration[k - 2]
        speaker = self.resolver.speaker(first, last)
        if speaker is None:
            return None
        start = self.tokens[self.narration[k]].end + gap.index(",") + 1
        following = [self.tokens[i] for i in self.narration[k + 1 : k + 7] if self.tokens[i].start >= start]
        if any(token.lower in SPEECH_VERB_FORMS for token in following):
            return None  # "In its judgment, the court said …": the reporting verb after the comma attributes
        return Frame(
            self.narration[k],
            "view",
            "view",
            speaker,
            (first, last),
            clause_span(self.doc.masked, start, self.sentence.end),
        )
