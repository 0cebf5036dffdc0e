"""Article text in, candidate statements out."""

import bisect
import re
from dataclasses import dataclass, replace

from .according import LEARNED, VIEW_WORDS
from .candidates import DIRECT_QUOTE, PARAPHRASE, Candidate, Extraction, publishable
from .carriers import carrier_for, find_carriers, is_carrier
from .dates import DateFinder
from .document import Document
from .formats import DATELINE, ArticleFormats
from .frames import FrameFinder
from .issued import IssuedDocuments
from .lexicon import (
    ARRANGED,
    DIRECTIVE,
    FRAGMENT,
    INSTITUTION_WORDS,
    LABELS,
    MAKE_CLEAR,
    NAMING_AFTER,
    NAMING_BEFORE,
    PAST,
    PHRASAL,
    QUOTE_LABEL,
    REPORTING_LEMMAS,
    VERB_FORMS,
)
from .names import COUNTRY_NAME, KIN_OF, ORGANISATION_WORDS, Speaker, as_written
from .nesting import Nesting
from .normal import normalize_name
from .people import ArticlePeople
from .postposed import LINE_LABEL
from .quote_cues import QuoteCues
from .source_line import find_source_line
from .speakers import Discourse, Resolver
from .topics import TopicMatcher

BOILERPLATE = re.compile(
    r"^[ \t]*(?:The post .{0,300} appeared first on [^\n]{1,100}|(?:Read more|Also read|See also|Read also)\b[^\n]*"
    r"|(?:Photo|Photograph|Image|Video|VIRIN|Credits?)(?:\s+by)?\s*:[^\n]*)$",
    re.IGNORECASE | re.MULTILINE,
)
CITY_STOP = re.compile(r"[A-Z][A-Z'’ -]{1,40}\.\s*")
LEAD_IN = re.compile(r"(?P<label>[A-Z][A-Za-z ]{0,24}?)\s*:\s")
NP_COLON = re.compile(r"\s*(?P<np>[^:“”\n]{2,60}?)\s*:\s*$")
CLAUSE_COLON = re.compile(r"\s*(?P<np>[^:“”\n]{2,140}?)\s*:\s*$")
# Confidence by how the speaker was found.
# "what he called", "what it described as": a characterisation by the one the pronoun stands for.
# An analysis's view with no verb of saying: "For Ana Ruiz, a fellow at the institute, the fee is "a blunt tool.""
FOR_VIEW = re.compile(
    r"\s*For\s+(?P<who>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})\s*,(?:\s+(?:a|an|the)\s+[^,\n]{2,150},)?\s+(?=\S)"
)
# An agency's name after its country's possessive: "North Korea's Korean Central News Agency", also "North Korea's
# official Korean Central News Agency".
COUNTRY_OWNED = re.compile(
    r"(?P<country>[A-Z][\w ]*?)['’]s\s+(?:(?:official|state|state-run|semi-official)\s+)?(?P<name>[A-Z][\w\s-]*)"
)
# An agency's initials before the words "news agency": "North Korea's official KCNA news agency".
ACRONYM_AGENCY = re.compile(r"(?:.*\s)?(?P<name>[A-Z]{2,})\s+news\s+agency")
# A determiner may stand before the words: "thanked the teams for what he called their "heroic work"".
# An unnamed relative of whoever relays the words: "his mother", "my father in Zaporizhzhia", "her nephew".
RELATIVE = re.compile(
    r"(?P<owner>his|her|my|their|our)\s+(?P<kin>(?:grand)?(?:mother|father|son|daughter)|brother|sister|cousin|uncle|aunt|wife"
    r"|husband|nephew|niece)\b(?:\s+(?:in|at|from)\s+[A-Z][^,]*)?",
    re.IGNORECASE,
)
WHAT_CALLED = re.compile(
    r"\b(?:what|which)\s+(?P<who>he|she|it|they)\s+(?:called|termed|described\s+as)"
    r"(?:\s+(?:their|his|her|its|the|a|an))?\s*$"
)
KIN_APPOSED = re.compile(rf"{KIN_OF.pattern},\s+(?:a|an)\s+[^,.;\n]*$", re.IGNORECASE)  # "her daughter, a nurse in …"
# Someone's words relay another's only through a reporting verb the frames read, "according to", a view or "learned
# from", a quotation mark or a label's colon: a stretch with none of them is not read again as an article of its own
# (two in three quotes of the labelled articles, where none found anything).
RELAY_WORDS = {*VERB_FORMS, *PHRASAL, *MAKE_CLEAR, *VIEW_WORDS, *LEARNED, "according", "cited"}
RELAY_MARKS = ('"', "“", "”", "«", "»", "„", ":")
WORD = re.compile(r"[a-z]+")
BODY_NAME_ENDS = ORGANISATION_WORDS | INSTITUTION_WORDS


def may_relay(text):
    return any(mark in text for mark in RELAY_MARKS) or not RELAY_WORDS.isdisjoint(WORD.findall(text.lower()))


CONFIDENCE = {
    "postposed": 0.95,
    "inverted": 0.9,
    "frame": 0.85,
    "label": 0.85,
    "colon": 0.8,
    "continuation": 0.8,
    "interrupted": 0.75,
    "fallback": 0.5,
    "that": 0.8,
    "clause": 0.7,
    "according": 0.7,
    "view": 0.65,
    "possessed": 0.6,
}


@dataclass
class Found:
    start: int
    end: int
    kind: str
    speaker: object
    how: str
    relayed_by: object = None
    date_span: tuple | None = None  # where its date is written, when not in its own sentence (an embed's signature)
    phrase: str = "said"  # how a publishable sentence reports a paraphrase: "said", "urged both sides"
    verb: int | None = None  # where its reporting verb stands, for the date cue that goes with it

    @property
    def confidence(self):
        score = CONFIDENCE[self.how]
        if self.speaker.slug is None:
            score -= 0.1
        if self.relayed_by is not None:
            score -= 0.1
        return round(max(score, 0.05), 2)


class Extractor(ArticleFormats, IssuedDocuments, ArticlePeople, QuoteCues, Nesting):
    def __init__(self, text, directory, relayed_by=None, offset=0, outer=None):
        self.text = text
        self.doc = Document(text, directory)
        self.discourse = Discourse(self.doc, outer)
        self.resolver = Resolver(self.doc, self.discourse)
        self.frames = FrameFinder(self.doc, self.resolver)
        self.relayed_by = relayed_by  # set when reading inside someone's quote
        self.offset = offset
        self.found = []
        self.quote_speaker = {}  # quote → Found
        self.plain_words = {}  # quote → its words, lower case: a heading repeating a quote of the body
        self.names = set()  # quotes that are names or scare quotes: "so-called «Coalition of the Willing»"
        self.source = None if relayed_by else find_source_line(text, directory.outlet_names)
        self.source_speaker = self._source_speaker()
        self.skipped = self._skipped_spans()
        self._skipped_union = (0, ([], []))  # (spans read, their union: starts, ends)
        self.questions = []  # a transcript's questions
        self.turns = self._transcript_turns()
        self.titled_relays = False  # reading a document's relayed speech: see `_read_document_relays`
        self.asked_claims = False  # reading a transcript's question: see `ArticleFormats._read_asked_claims`
        self.body_relays = False  # reading a transcript's answer: see `_acceptable`
        self.unveiled = {}  # a quote alone in its paragraph → (speaker, where the next paragraph names them, …)

    def run(self):
        self._introductions()
        self._read_issued_document()
        self._read_turns()
        self._read_posts()
        self._read_written_replies()
        self._read_statements()
        self._read_dash_quotes()
        if self.relayed_by is None:
            self.unveiled = self._unveiled_quotes()
        unveiling = {following: (speaker, named) for speaker, following, named in self.unveiled.values()}
        for sentence in self.doc.sentences:
            if not self._skipped(sentence.start):
                self._read_sentence(sentence, unveiling.get(sentence.start))
        if self.relayed_by is None:
            self._read_block_quotes()
            self._attribute_remaining_quotes()
            self._continued_paraphrases()
            self._interrupted_paraphrases()
            self._named_later()
            self._read_reply_release()
        return self.found

    def _skipped_spans(self):
        spans = [(m.start(), m.end()) for m in BOILERPLATE.finditer(self.text)]
        if self.source:
            spans.append((self.source.start, self.source.end))
        return spans

    def _skipped(self, pos):
        if self._skipped_union[0] != len(self.skipped):  # spans are only ever added
            self._skipped_union = (len(self.skipped), _union(self.skipped))
        starts, ends = self._skipped_union[1]
        index = bisect.bisect_right(starts, pos) - 1
        return index >= 0 and pos < ends[index]

    def _source_speaker(self):
        if not self.source or self.source.speaker_start is None:
            return None
        start = self.source.speaker_start
        tokens = self.doc.tokens_between(start, start + len(self.source.speaker_text))
        return self.resolver.speaker(tokens[0], tokens[-1]) if tokens else None

    def _lead_in(self, sentence):
        """(first body token, quote label speaker or False): 'Details: …', 'Quote from Zelenskyy: …'."""
        paragraph_start = self.doc.paragraphs[self.doc.paragraph_of(sentence.start)][0]
        masked = self.doc.masked
        if sentence.start != paragraph_start and not CITY_STOP.fullmatch(masked, paragraph_start, sentence.start):
            return sentence.first, False  # but "ASTANA. KAZINFORM – …": a city and a stop, then the agency
        label = QUOTE_LABEL.match(masked, sentence.start, sentence.end)
        if label:
            body = self.doc.token_at(label.end())
            rest = self.doc.tokens_between(label.start("rest"), label.end("rest"))
            rest = [i for i in rest if self.doc.tokens[i].lower not in {"from", "by"}]
            if self.doc.text[label.start() : label.end()].strip(" :\n").lower() in LABELS:
                return body, False  # "QUOTE OF THE DAY:", signed after the quote
            speaker = self.resolver.speaker(rest[0], rest[-1]) if rest else None
            return body, speaker
        dateline = DATELINE.match(masked, sentence.start, sentence.end)
        if dateline:
            return self.doc.token_at(dateline.end()), False
        lead = LEAD_IN.match(masked, sentence.start, sentence.end)
        if lead and lead.group("label").strip().lower() in LABELS:
            return self.doc.token_at(lead.end()), False
        return sentence.first, False

    # --- one sentence ----------------------------------------------------------------------

    def _read_sentence(self, sentence, unveiling=None):
        body_first, label_speaker = self._lead_in(sentence)
        frames = self.frames.find(sentence, body_first)
        for frame in frames:
            frame.own_report = self._agency_reporting(frame, frames)
            owned = COUNTRY_OWNED.fullmatch(frame.speaker.name) if frame.own_report else None
            if owned is not None and normalize_name(owned.group("country")) in COUNTRY_NAME:
                frame.speaker = replace(frame.speaker, name=owned.group("name"))  # "Korean Central News Agency"
            if frame.own_report and (acronym := ACRONYM_AGENCY.fullmatch(frame.speaker.name)) is not None:
                frame.speaker = replace(frame.speaker, name=acronym.group("name"))  # "the KCNA news agency": KCNA
        if unveiling is not None:  # "The words were those of X, the minister in charge of …, who told …": X
            # and "X repeated that line …" says whose the words were, no clause of its own
            frames = [frame for frame in frames if self.doc.tokens[frame.verb].start > unveiling[1]]
            for frame in frames:
                if frame.kind == "relative":
                    frame.speaker = unveiling[0]
        if not frames and sentence.quotes and self._read_view(sentence):
            return
        for frame in frames:
            if self.relayed_by is not None and self._generic_saying(frame):
                continue  # '"They say come and negotiate, and at the same time they threaten," Khamenei said'
            outer = self._enclosing(frame, frames)
            if outer is not None and outer.kind == "postposed" and frame.clause:
                # "Sisi believes X, his spokesman said": the inner clause ends where the attribution begins
                frame.clause = (frame.clause[0], min(frame.clause[1], outer.clause[1]))
                if outer.speaker.key == frame.speaker.key and self._opens(frame, outer):
                    outer.clause = frame.clause  # the belief is the statement, not "Sisi believes"
            if outer is not None and outer.speaker.key == frame.speaker.key:
                if (teller := self._teller_of_hearer(frame, outer)) is None:
                    continue  # "Trump said he would…": the same voice, not relayed speech
                frame.speaker = teller
            if (
                outer is not None
                and outer.kind != "postposed"
                and self._acceptable(outer.speaker)
                and self._request(frame)
            ):
                continue  # "Ruiz said the union had asked Lisbon to reopen it": her account, not the union's words
            frame.relayed_by = outer.speaker if outer is not None else frame.relayed_by or self.relayed_by
            if frame.relayed_by is not None and (kin := RELATIVE.fullmatch(frame.speaker.name)) is not None:
                # "Ruiz said her brother in Lima had told her …": her brother, wherever he is; "my father", in the
                # relayer's own words, is the relayer's father
                name = f"{kin.group('owner')} {kin.group('kin')}"
                if kin.group("owner").lower() in ("my", "our"):
                    name = f"{frame.relayed_by.name}'s {kin.group('kin').lower()}"
                frame.speaker = Speaker(name, None, "person")
            frame.speaker = self._kin_of(frame, outer)
            main = frame.relayed_by is None and frame.kind != "relative"
            self.discourse.add(self.doc.tokens[frame.verb].start, frame.speaker, main)
            if frame.clause and self._speaks(frame) and not self._relays_belief(frame, frames):
                how = {"according": "according", "view": "view"}.get(
                    frame.kind, "that" if frame.with_that else "clause"
                )
                spans = self._coordinated_clauses(*frame.clause, relayed=outer is not None)
                for start, end in spans + ([frame.tail] if frame.tail else []):
                    found = self._add(start, end, PARAPHRASE, frame.speaker, how, frame.relayed_by)
                    found.phrase = self._reporting_phrase(frame)
                    if frame.kind != "participle":  # ", saying …": the main verb's date
                        found.verb = self.offset + self.doc.tokens[frame.verb].start
        for quote in sentence.quotes:
            found = self._attribute(quote, sentence, frames, body_first, label_speaker)
            if found is not None:
                self.quote_speaker[quote] = found
                if found.how != "possessed":  # "Trump's threats … "…"": in passing, not whom "he" goes on with
                    self.discourse.add(quote.start, found.speaker, found.relayed_by is None)
                self._read_inside(quote, found.speaker)

    def _named_when(self, quote):
        """'an envoy would be named "within weeks"': a passive 'named' and a quote in lower case tell when someone
        will be appointed, in the speaker's words, not a name."""
        before = self.doc.masked[max(0, quote.open - 30) : quote.open]
        return bool(
            re.search(r"\b(?:be|been|being|is|was|are|were)\s+named\s*$", before, re.IGNORECASE)
            and self.doc.text[quote.start : quote.start + 1].islower()
        )

    def _kin_of(self, frame, outer):
        """A relative named by a possessive after a pronoun, as the relayer's: "She said her brother in Lima (or "her
        daughter, a nurse in Lviv,") had told her …", after Ana Ruiz's words, is "Ana Ruiz's brother"; "her brother"
        alone would name no one out of the sentence. After a name ("Ana Ruiz said her brother …") the sentence names
        whose brother, as written, and an apposition only describes him ("her daughter", not "Lviv")."""
        speaker, relayer = frame.speaker, frame.relayed_by
        if relayer is None or frame.subject is None or speaker is None or speaker.slug is not None:
            return speaker
        first, last = self.doc.tokens[frame.subject[0]].start, self.doc.tokens[frame.subject[1]].end
        kin = KIN_OF.match(self.doc.text, first) or KIN_APPOSED.search(self.doc.text, max(0, first - 120), last)
        if kin is None:
            return speaker
        named = relayer.is_person and (relayer.slug is not None or " " in relayer.name)
        if named and (outer is None or outer.subject and self.doc.tokens[outer.subject[1]].lower in ("she", "he")):
            return replace(speaker, name=f"{relayer.name}'s {kin.group('kin').lower()}", kind="person", title="")
        if kin.start() < first or self.doc.text.startswith(",", kin.end("kin")):
            return replace(speaker, name=self.doc.text[kin.start() : kin.end("kin")], kind="person", title="")
        return speaker

    def _relayed_holder(self, quote, frame, frames):
        """Another speaker's frame before the quote, whose clause holds it: what they had said on an earlier occasion,
        which `frame`'s clause relays."""
        for inner in frames:
            if inner.speaker.key == frame.speaker.key or self.doc.tokens[inner.verb].start > quote.open:
                continue  # the attribution's own frame, or one after the quote
            earlier = inner.verb > 0 and self.doc.tokens[inner.verb - 1].lower == "had"  # not 'the two agreed that'
            if earlier and inner.clause and inner.clause[0] <= quote.open < inner.clause[1]:
                return inner if self._acceptable(inner.speaker) else None
        return None

    def _request(self, frame):
        """'asked Lisbon to reopen the route': a request whose clause is the infinitive, no words of its own."""
        return bool(frame.clause) and self.doc.masked.startswith("to ", frame.clause[0])

    def _read_view(self, sentence):
        """'For Ana Ruiz, a fellow at …, the fee is "…"': the clause after the named person, quoted words and all, is
        her view, with no verb of saying."""
        match = FOR_VIEW.match(self.doc.masked, sentence.start, sentence.end)
        if match is None:
            return False
        tokens = self.doc.tokens_between(match.start("who"), match.end("who"))
        speaker = self.resolver.speaker(tokens[0], tokens[-1]) if tokens else None
        if speaker is None or not speaker.is_person or " " not in speaker.name or not self._acceptable(speaker):
            return False
        end = sentence.start + len(self.text[sentence.start : sentence.end].rstrip())
        end -= self.text[end - 1] == "."
        self._add(match.end(), end, PARAPHRASE, speaker, "view")
        self.discourse.add(match.start("who"), speaker)
        for quote in sentence.quotes:
            self.quote_speaker[quote] = self._add_quote(quote, speaker, "view")
        return True

    def _generic_saying(self, frame):
        """'They say …', 'people say …' inside someone's words: what is said in general, in the present, is no
        one's statement."""
        verb = self.doc.tokens[frame.verb]
        before = self.doc.tokens[frame.verb - 1].lower if frame.verb else ""
        return verb.lower == "say" and before in {"they", "people", "some", "many", "you", "others"}

    def _reporting_phrase(self, frame):
        """The verb as a sentence would put it before the clause: 'underlined', 'told reporters', 'urged both sides'."""
        if frame.kind in ("according", "view"):
            return frame.kind
        token = self.doc.tokens[frame.verb]
        past = PAST.get(frame.lemma, token.raw)
        if frame.clause[0] <= token.start or frame.kind == "participle":
            return past
        between = " ".join(self.text[token.start : frame.clause[0]].split())
        between = re.sub(r",?\s*\bthat$", "", between).rstrip(" ,")
        if len(between) > 60 or not between:
            return past
        first, _, rest = between.partition(" ")
        return f"{past if first.lower() != past else first} {rest}".strip()

    def _agency_reporting(self, frame, frames):
        """'KCNA reported that the test was "a complete success"': an agency reporting in its own name speaks, unless
        the clause holds someone else's speech ("KCNA reported that Kim had said …"); so does one that "said" a
        judgment of its own ("KCNA said Wednesday that the drills were "a rehearsal for invasion"")."""
        if frame.lemma not in ("report", "say") or frame.kind != "finite" or not frame.clause:
            return False
        if not is_carrier(frame.speaker, self.doc.directory.outlet_names) or not frame.speaker.name[:1].isupper():
            return False
        if frame.lemma == "say" and (self.asked_claims or not self._names_agency(frame)):
            # "Its spokesperson said …" after an agency's report: the spokesperson, not the agency; and a
            # transcript's question puts the agency's claim to the guest, who answers it, as before
            return False
        start, end = frame.clause
        if any(other is not frame and start <= self.doc.tokens[other.verb].start < end for other in frames):
            return False
        # a verb of speech in the clause, though its speaker went unresolved: "… Kim had inspected it and called for"
        lemmas = {VERB_FORMS.get(self.doc.tokens[i].lower, ("",))[0] for i in self.doc.tokens_between(start, end)}
        return not lemmas & (REPORTING_LEMMAS | DIRECTIVE | FRAGMENT)

    def _names_agency(self, frame):
        """The subject is the agency's own name ("the official KCNA news agency"), not a person of it."""
        if frame.subject is None:
            return False
        last = self.doc.tokens[frame.subject[1]]
        return last.lower in ("agency", "service") or last.lower == frame.speaker.name.split()[-1].lower()

    def _speaks(self, frame):
        return self._acceptable(frame.speaker) or frame.own_report

    def _acceptable(self, speaker):
        """Not a news agency; inside a quote only third parties relay speech: not 'I think', not 'we said'."""
        if is_carrier(speaker, self.doc.directory.outlet_names):
            return False
        if self.relayed_by is None:
            return True
        if self.titled_relays and speaker.title and speaker.name[:1].isupper():
            return True  # in a document printed in full: "President Prabowo has often said"
        if self.asked_claims and speaker.name[:1].isupper():
            return True  # a question's "Senator Vance said on Sunday that …": a claim put to the guest
        if self.body_relays and speaker.kind == "other" and _named_body(speaker.name):
            return True  # in a briefing's answer: "The Harbour Authority informed us this morning that …"
        return bool(speaker.slug) or (speaker.kind == "person" and " " in speaker.name)

    def _attribute(self, quote, sentence, frames, body_first, label_speaker):
        masked = self.doc.masked
        body_start = self.doc.tokens[body_first].start if body_first < len(self.doc.tokens) else sentence.start
        if quote in self.unveiled:
            speaker, following, named = self.unveiled[quote]
            found = self._add_quote(quote, speaker, "continuation")
            if found is not None:  # "That post on X, written Sunday by …": the next paragraph dates the words
                ending = next((s.end for s in self.doc.sentences if s.start <= following < s.end), named)
                found.date_span = (self.offset + following, self.offset + ending)
            return found
        if label_speaker is not False and quote is sentence.quotes[0] and not masked[body_start : quote.open].strip():
            # A bare "Quote:" continues the last main-clause speaker, else the person of the Source line.
            speaker = label_speaker or self.discourse.last_main_speaker(quote.open) or self.source_speaker
            return self._add_quote(quote, speaker, "label") if speaker else None
        for frame in frames:
            if frame.quote is quote and is_carrier(frame.speaker, self.doc.directory.outlet_names):
                # 'The army said the drills were a "warning", Xinhua reported': the agency carries the words, the
                # speaker of the clause that holds them said them
                holder = next(
                    (f for f in frames if f is not frame and f.clause and f.clause[0] <= quote.open < f.clause[1]), None
                )
                if holder is None and frame.own_report:
                    return self._add_quote(quote, frame.speaker, "clause", frame)  # 'KCNA reported … "a success"'
                return self._add_quote(quote, holder.speaker, "clause", holder) if holder is not None else None
            if frame.quote is quote and frame.lemma == "put":
                found = self._add_quote(quote, frame.speaker, "colon", frame)
                if found is not None:  # "put it plainly to me last month:" dates the words
                    found.date_span = (self.offset + body_start, self.offset + quote.open)
                return found
            if frame.quote is quote:
                if self.doc.tokens[frame.verb].start > quote.open:
                    self._completed_clause(body_start, quote, frame)
                    # 'Lee had asked ministers to "find a solution", the spokesperson said': the words of the one
                    # whose speech the clause relays
                    inner = self._relayed_holder(quote, frame, frames)
                    if inner is not None:
                        return self._add_quote(quote, inner.speaker, "clause", inner)
                return self._add_quote(
                    quote, frame.speaker, "inverted" if frame.kind == "inverted" else "postposed", frame
                )
        for frame in frames:
            # 'Talks have reached "a critical stage" and need "political will," she said': the earlier fragment of
            # the clause the attribution closes is hers too
            later, verb = frame.quote, self.doc.tokens[frame.verb].start
            if later is None or not quote.outer_end <= later.open < verb or frame.kind == "according":
                continue
            if not any(self.doc.tokens[other.verb].start < later.open for other in frames):
                return self._add_quote(quote, frame.speaker, "postposed", frame)
        called = WHAT_CALLED.search(masked[max(sentence.start, quote.open - 60) : quote.open])
        if called is not None:
            # 'until Cotonou dismantled what he called "foreign bases"': the words are his, a characterisation
            speaker = self.discourse.pronoun(called.group("who").lower(), quote.open)
            if speaker is not None and self._acceptable(speaker):
                return self._add_quote(quote, speaker, "clause")
        if (
            (
                NAMING_BEFORE.search(masked[max(sentence.start, quote.open - 120) : quote.open])
                and not self._named_when(quote)
            )
            or (quote.close is not None and NAMING_AFTER.match(masked, quote.close + 1))
            or self._possessed_term(quote)
            or self._title_case_name(quote, sentence)
            or self._nickname(quote)
            or not any(char.isalpha() for char in self.doc.text[quote.start : quote.end])  # a "2+2" format
        ):
            self.names.add(quote)
            return None
        if (signed := self._signature_after(quote)) is not None:
            return signed
        before = [frame for frame in frames if self.doc.tokens[frame.verb].start < quote.open]
        reporting = [
            frame
            for frame in frames
            if frame.lemma in REPORTING_LEMMAS and frame.clause and frame.clause[0] <= quote.open < frame.clause[1]
        ]
        # "KCNA reported that Kim … called for the 'exponential' expansion": the agency only carries the words
        reporting = [frame for frame in reporting if self._speaks(frame)]
        # an inner verb that reports nothing itself ('the army had responded "in a measured manner"') yields too
        inner_reports = before and before[-1].lemma in REPORTING_LEMMAS and (before[-1].clause or before[-1].quote)
        if reporting and not inner_reports:
            # 'said Islamabad rejected "baseless allegations"', 'The weapons were "a red line", he said':
            # the words are the reporter's, not the clause subject's
            return self._add_quote(quote, reporting[-1].speaker, "frame", reporting[-1])
        if not reporting and ARRANGED.search(masked, max(sentence.start, quote.open - 60), quote.open):
            self.names.add(quote)  # not inside anyone's reported clause: the arrangement's name, in quotation marks
            return None
        if before:
            return self._add_quote(quote, before[-1].speaker, "frame", before[-1])
        if (owner := self._possessed_words(quote, body_start)) is not None:
            return self._add_quote(quote, owner, "possessed")
        colon = NP_COLON.fullmatch(masked, body_start, quote.open)
        if colon:
            speaker = self._label_speaker(colon.start("np"), colon.end("np"))
            if speaker is not None and (speaker.slug or speaker.kind == "person"):
                return self._add_quote(quote, speaker, "colon")
        if not frames and (speaker := self._post_heading_speaker(sentence, quote)) is not None:
            return self._add_quote(quote, speaker, "colon")
        # "Kaja Kallas put it plainly to me last month:", "Radosław Sikorski reposted the message with a comment of
        # his own:": a named person opening the clause before the colon
        colon = colon or CLAUSE_COLON.fullmatch(masked, body_start, quote.open)
        if colon and (speaker := self._subject_before_colon(body_start, colon.end("np"))) is not None:
            found = self._add_quote(quote, speaker, "colon")
            if found is not None:  # "… to me last month:" dates the words
                found.date_span = (self.offset + body_start, self.offset + colon.end("np"))
            return found
        return None

    def _post_heading_speaker(self, sentence, quote):
        """A post heading below the headline, 'Zelensky: Odesa needs "more than condolences"': a short line of its
        own with no full stop, a name before the colon, whose quoted words are the name's."""
        doc = self.doc
        paragraph = doc.paragraph_of(sentence.start)
        start, end = doc.paragraphs[paragraph]
        line = doc.text[start:end].rstrip()
        if paragraph == 0 or start != sentence.start or "\n" in line or len(line.split()) > 14:
            return None
        if re.search(r"[.!?…][\"”’']?$", line) or (label := LINE_LABEL.match(doc.masked, start)) is None:
            return None
        if label.end() > quote.open:
            return None
        speaker = self._label_speaker(start, doc.masked.rindex(":", start, label.end()))
        return speaker if speaker is not None and (speaker.slug or speaker.kind == "person") else None

    def _label_speaker(self, start, end):
        """Who a label before a colon names; with a role apposed ("António Guterres, UN Secretary-General:",
        "US envoy, Massad Boulos:") the part that names a person."""
        parts, pos = [], start
        for piece in self.doc.masked[start:end].split(","):
            parts.append((pos, pos + len(piece)))
            pos += len(piece) + 1
        found = []
        for part_start, part_end in parts if len(parts) == 2 else [(start, end)]:
            tokens = self.doc.tokens_between(part_start, part_end)
            if tokens and (speaker := self.resolver.speaker(tokens[0], tokens[-1])) is not None:
                found.append(speaker)
        named = [s for s in found if s.slug] or [
            s for s in found if s.is_person and " " in s.name and s.name[:1].isupper()
        ]
        if len(parts) == 2:
            return named[0] if named else None
        return found[0] if found else None

    def _completed_clause(self, body_start, quote, frame):
        """'The talks were "frank and businesslike," Ushakov said': the quote completes a reported clause."""
        if (label := LINE_LABEL.match(self.doc.masked, body_start)) and label.end() < quote.open:
            body_start = label.end()  # "- Human Rights Watch: the deal "…", the group said"
        before = self.doc.masked[body_start : quote.open]
        if len(re.findall(r"\w+", before)) >= 2 and not re.search(r"[,;:—–(]\s*$", before):
            start = body_start + len(before) - len(before.lstrip())
            self._add(start, quote.outer_end, PARAPHRASE, frame.speaker, "clause", getattr(frame, "relayed_by", None))

    def _add_quote(self, quote, speaker, how, frame=None):
        if speaker is None or not (self._acceptable(speaker) or getattr(frame, "own_report", False)):
            return None
        relayed_by = getattr(frame, "relayed_by", None) if frame is not None else self.relayed_by
        found = self._add(quote.start, quote.end, DIRECT_QUOTE, speaker, how, relayed_by)
        if frame is not None and frame.kind not in ("according", "view", "participle"):
            found.verb = self.offset + self.doc.tokens[frame.verb].start
        return found

    def _add(self, start, end, kind, speaker, how, relayed_by=None):
        found = Found(start + self.offset, end + self.offset, kind, speaker, how, relayed_by)
        self.found.append(found)
        return found

    def _read_inside(self, quote, speaker):
        """Speech relayed inside a quote: '"Putin told me he wants peace," Trump said.'"""
        self._read_relayed(quote.start, quote.end, quote.open, speaker)

    def _read_relayed(self, start, end, position, speaker, asked=False, bodies=False):
        """Speech relayed inside someone's words (a quote, a transcript's answer or question): the inner speakers'
        statements, relayed by `speaker`; with `bodies`, a body's too, named in full (an answer, not a quote)."""
        if self.relayed_by is not None or end - start < 20 or not may_relay(self.text[start:end]):
            return
        outer = (self.discourse, position, speaker)
        inner = Extractor(self.text[start:end], self.doc.directory, speaker, self.offset + start, outer)
        inner.asked_claims = asked
        inner.body_relays = bodies
        self.found += [found for found in inner.run() if found.speaker.key != speaker.key]

    # --- quotes with no attribution of their own ---------------------------------------------

    def _attribute_remaining_quotes(self):
        quotes = [q for q in self.doc.top_quotes if not self._skipped(q.open)]
        # Wire style: a paragraph re-opening the quote continues the speaker of the one before,
        # and a run whose attribution comes in a later paragraph takes it from there.
        for quote, following in reversed(list(zip(quotes, quotes[1:], strict=False))):
            if quote.close is None and quote not in self.quote_speaker and following in self.quote_speaker:
                found = self.quote_speaker[following]
                self.quote_speaker[quote] = self._add_quote(quote, found.speaker, "continuation")
        for index, quote in enumerate(quotes):
            if quote in self.quote_speaker or quote in self.names or not self._opens_sentence(quote):
                continue
            speaker, how = self._quoted_again(quote)
            if speaker is None:
                speaker, how = self._implicit_speaker(quote, quotes[index - 1] if index else None)
            if speaker is not None:
                self.quote_speaker[quote] = self._add_quote(quote, speaker, how)
                self.discourse.add(quote.start, speaker)

    def _opens_sentence(self, quote):
        """A quote embedded in narration with no attribution is a scare quote or a name."""
        for sentence in self.doc.sentences:
            if sentence.start <= quote.open < sentence.end:
                before = self.doc.masked[sentence.start : quote.open]
                if len(before) > 100:
                    return False
                return not before.strip() or bool(QUOTE_LABEL.fullmatch(before) or LEAD_IN.fullmatch(before))
        return True

    def _quoted_again(self, quote):
        """A heading's quote that repeats words quoted in the body ("'It just didn't feel right to me'") is the
        speaker's whom the body names for them."""
        words = self._plain(quote)
        if len(words.split()) < 3:
            return None, None
        for other, found in self.quote_speaker.items():
            if other is not quote and found is not None and words in self._plain(other):
                return found.speaker, "continuation"
        return None, None

    def _plain(self, quote):
        if quote not in self.plain_words:
            self.plain_words[quote] = " ".join(re.findall(r"\w+", self.text[quote.start : quote.end].lower()))
        return self.plain_words[quote]

    def _implicit_speaker(self, quote, previous):
        doc = self.doc
        paragraph = doc.paragraph_of(quote.open)
        if paragraph > 0 and not doc.masked[doc.paragraphs[paragraph][0] : quote.open].strip():
            speaker = self._heading_speaker(paragraph)
            if speaker is not None and (speaker.slug or speaker.kind in ("person", "group")):
                return speaker, "label"
        same_paragraph = previous is not None and doc.paragraph_of(previous.open) == paragraph
        if same_paragraph and previous in self.quote_speaker:
            return self.quote_speaker[previous].speaker, "continuation"
        opens_paragraph = not doc.masked[doc.paragraphs[paragraph][0] : quote.open].strip()
        if opens_paragraph and paragraph > 0:
            start, end = doc.paragraphs[paragraph - 1]
            if doc.masked[start:end].rstrip().endswith(":") and self.discourse.last_speaker(end):
                return self.discourse.last_speaker(end), "frame"  # 'He told reporters:' then the quote
            before = [f for f in self.found if start <= f.start - self.offset < end]
            if before:
                return max(before, key=lambda f: f.start).speaker, "continuation"
        if self._full_sentence(quote):
            return self.discourse.last_speaker(quote.open) or self.source_speaker, "fallback"
        return None, None

    def _full_sentence(self, quote):
        content = self.text[quote.start : quote.end]
        return content[:1].isupper() and content[-1:] in ".!?…" and len(content.split()) >= 5


def _named_body(name):
    """A body's capitalised name ending in what it is: "Coast Guard", "Manila Economic and Cultural Office"."""
    words = name.split()
    capitalised = all(word[:1].isupper() or word in ("of", "and", "for", "the", "on") for word in words)
    return len(words) >= 2 and capitalised and words[0][:1].isupper() and words[-1].lower() in BODY_NAME_ENDS


def _union(spans):
    """The union of half-open spans as disjoint, ordered ones: (starts, ends)."""
    starts, ends = [], []
    for start, end in sorted((start, end) for start, end in spans if start < end):
        if ends and start <= ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    return starts, ends


def extract(text, directory, published=None):
    """Candidate statements in `text` (plain text; see `html_to_text`), attributed through `directory`.

    With the article's `published` date, each candidate carries the date it was said and its precision.
    """
    extractor = Extractor(text, directory)
    found = extractor.run()
    topics = TopicMatcher(directory.topics)
    dates = DateFinder(extractor.doc, published, extractor.questions)
    carriers = find_carriers(extractor.doc.masked, directory.outlet_names)
    items, seen = [], set()
    for item in sorted(found, key=lambda f: (f.start, f.kind)):
        key = (item.start, item.end, item.kind)
        if key in seen or (item.kind == PARAPHRASE and (item.start, item.end, DIRECT_QUOTE) in seen):
            continue
        seen.add(key)
        items.append(item)
    candidates = []
    for item, date in zip(items, dates.assign(items), strict=True):
        candidate = _candidate(extractor, item, topics, date)
        candidate.carried_by = carrier_for(carriers, *dates.sentence_of(item.start)) if carriers else None
        candidates.append(candidate)
    source = extractor.source
    chain, setting = (source.chain, source.setting) if source else ([], None)
    return Extraction(candidates, chain, setting)


def _candidate(extractor, item, topics, date=(None, None)):
    text = extractor.text[item.start : item.end]
    discourse = extractor.discourse
    mentions = []
    for mention in extractor.doc.mentions_within(item.start, item.end):
        slug = discourse.choose(mention.refs, mention.start).slug
        if slug != item.speaker.slug and slug not in mentions:
            mentions.append(slug)
    relayed = item.relayed_by
    # A new actor keeps the name the article gives, as a name is written (a registry name is as stored).
    name = as_written(item.speaker.name) if item.speaker.slug is None and item.speaker.is_person else item.speaker.name
    return Candidate(
        speaker=name,
        speaker_slug=item.speaker.slug,
        kind=item.kind,
        text=text,
        start=item.start,
        end=item.end,
        confidence=item.confidence,
        topics=topics.match(text),
        mentions=mentions,
        relayed_by=(relayed.slug or relayed.name) if relayed is not None else None,
        date_said=date[0],
        date_precision=date[1],
        sentence=publishable(name, item.phrase, text) if item.kind == PARAPHRASE else None,
    )
