"""Reporting frames in the narration: a speaker, a verb of speech and, when there is one, its clause."""

import re

from .according import LEARNED, VIEW_WORDS, SourcedFrames
from .clauses import ClauseFinder
from .document import CLOSE, OPEN
from .lexicon import (
    CONJUNCTIONS,
    DIRECTIVE,
    DIRECTIVE_CLAUSE,
    HELD_CONVICTIONS,
    HELD_VIEWS,
    HOLD_VIEW,
    INSTITUTION_WORDS,
    MAKE_CLEAR,
    NEGATIONS,
    NOUN_LIKE,
    PERSON_PRONOUNS,
    PHRASAL,
    PREPOSITIONS,
    REPORTING_LEMMAS,
    ROLE_WORDS,
    SAY,
    SHARE_VIEW,
    SHARED_VIEWS,
    THING_PRONOUNS,
    VERB_FORMS,
)
from .names import GROUP_NOUNS, ORGANISATION_WORDS, PERSON_NOUNS, TITLE_WORDS, country_in, is_demonym
from .passives import PassiveFrames
from .postposed import IRREGULAR_PAST
from .references import BODY_NOUNS
from .speech import Frame, clause_span
from .subjects import OPTIONAL_OBJECT, REQUIRED_OBJECT, WISHING, SubjectFrames

NOUN_MARKERS = {"a", "an", "the", "his", "her", "its", "their", "this", "that", "these", "those", "s", "our", "my"}
# A comma closing a relative clause, then a past verb of the sentence's own: '…", led his deputies'.
MAIN_VERB_AFTER_ASIDE = re.compile(rf"(?P<closing>{CLOSE}?),[ \t]+(?P<verb>[a-z]+)\b")
BE = {"is", "are", "was", "were", "be", "been", "being", "get", "got", "gets"}
# Lower-case nouns that speak ("the ministry claims that"), beside the lexicon's bodies, roles and groups.
SPEAKING_NOUNS = INSTITUTION_WORDS | ORGANISATION_WORDS | PERSON_NOUNS | ROLE_WORDS | GROUP_NOUNS | BODY_NOUNS
SPEAKING_NOUNS |= {"police", "opposition", "regime", "junta", "prosecution", "presidency", "palace", "rebels"}
NEGATION_ADVERBS = {"yet", "ever", "even", "also", "publicly", "explicitly", "directly", "specifically", "actually"}
# "…, adding that", "and stressing that", "was quoted as saying that"
PARTICIPLE_AFTER = {"and", "while", "before", "after", "by", "when", "as"}


# Conjunctions opening a clause whose subject a participle after it may share: ", when SOMO stopped …, saying".
SUBORDINATE = {"when", "after", "as", "while", "because", "since", "before"}
# A speech act as the purpose of what the subject did: "used his address … to argue", "took the opportunity to".
# A dateline in capitals opening a lead, then a colon or a dash: "KATHMANDU, Oct 22:", "ISLAMABAD —".
LEAD_DATELINE = re.compile(
    r"[A-Z][A-Z'’.-]+(?:[ \t][A-Z][A-Z'’.-]+){0,2}(?:,[ \t]*[\w.]+[ \t]+\d{1,2})?[ \t]*(?::|[—–])[ \t]+"
)
PURPOSE = re.compile(r"\b(?:used|uses|using|took|takes|seized|seizes)\s+(?:his|her|their|its|the|a)\s+[^.;:,]{1,80}\s$")
# A document given out, then a participle saying what it says: "issued a statement on Friday saying".
ISSUED_DOCUMENT = re.compile(
    r"\b(?:issued|released|published|put\s+out|posted|circulated)\s+(?:a|an|its|their|the)\s+(?:[a-z-]+\s+){0,2}"
    r"(?:statement|communiqu[eé]|declaration|press\s+release|note|message)"
    r"(?:\s+(?:on|late|early)\s+[A-Z]?[a-z]+|\s+[A-Z][a-z]+day|\s+(?:last|this)\s+[a-z]+)?,?$"
)
# Words put a certain way, then a colon and the quote: "put it more bluntly:", "puts the problem simply:", "put his
# approach in one line:".
PUT_FORMS = {"put", "puts"}
PUT_INTO_WORDS = re.compile(
    rf"\s+(?:it\b|(?:the|his|her|their|its|this|that)\s)[^.;:!?{OPEN}{CLOSE}\n]{{0,60}}:\s*{OPEN}"
)
# After the verb: "that", a clause wholly in quotation marks, then "and that" opening a second clause.
QUOTED_THEN_THAT = re.compile(rf"\s*,?\s*that\s+{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}\s*,?\s+(?:and|but)\s+that\s+(?=\S)")

# Verbs charging their object with something, and what follows the object: "accused Seoul of …", 'called the
# deal "a betrayal"', 'described the talks as "frank"', 'dismissed the report as "noise"'.
_CHARGED_OBJECT = r"\s+(?P<object>(?:[\w'’.-]+\s+){0,6}?[\w'’.)-]+)"
CHARGED = {
    "accuse": re.compile(_CHARGED_OBJECT + r"\s+of\s+(?=\S)"),
    "call": re.compile(_CHARGED_OBJECT + rf"\s+(?={OPEN})"),
    "describe": re.compile(_CHARGED_OBJECT + r"\s+as\s+(?=\S)"),
    "dismiss": re.compile(_CHARGED_OBJECT + r"\s+as\s+(?=\S)"),
}
CHARGING = set(CHARGED)
# "called on", "called for", "described how": no object charged.
CHARGE_NOT_OBJECT = {"on", "upon", "for", "how", "what", "why", "that", "him", "her", "them", "me", "us"}
# Where the charge ends before the sentence does: 'and said …', ', a charge Kabul denies', ', which …'.
CHARGE_ENDS = re.compile(
    r"\s+(?:and|but)\s+(?:(?:also|then|later)\s+)?(?:said|called|urged|demanded|questioned|warned|added|told|asked"
    r"|insisted|declined|thanked|vowed|pledged|promised|accused|described|dismissed|stressed)\b"
    r"|,\s"  # ', a charge Kabul denies', ', which …', ', nobody objected': the charge is one phrase
    rf"|(?<={CLOSE})\s+(?:[\w'’]+\s+){{1,4}}(?:reported|said|says|reports)\b"  # '"…," the agency reported'
    r"|\s+(?:after|when|as|following|amid|before|during|while)\s"  # '… of "piracy" after troops seized a ship'
    rf"|(?<={CLOSE})\."  # 'as a "PR tour". Agency tag': a quote closing the sentence
)

# "…, the paper reported, citing the ministry": who reports and cites a source carries the words, says none.
REPORTED_CITING = re.compile(r"\s*,\s*(?:citing|quoting)\b")

# What "add" adds when it is no verb of speech: a sum or a share ("would add around $40 to the cost").
AMOUNT_ADDED = re.compile(
    r"\s+(?:(?:around|about|some|nearly|almost|roughly|up\s+to|more\s+than|over|another|an\s+extra)\s+)?[$€£¥]?\d"
)
# "added that …" reports words, "added seven rare earths to its control list" does not: without "that", the clause
# after "add" needs a finite verb early on, as after "note" ("she added the talks would resume").
FREE_SAY = SAY - {"add"}
# "wrote the pledge into law", "wrote a clause into the treaty": a thing put in a text.
# "responded by publishing a map that …": the verb answered with a deed, named by the gerund after "by".
BY_DOING = re.compile(r"\s+by\s+(?P<deed>[a-z]+ing)\b")
WRITTEN_INTO = re.compile(
    r"\s+(?!that\b|on\b|in\b)(?:(?:a|an|the|its|his|her|their)\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s+into\b"
)


class FrameFinder(SourcedFrames, SubjectFrames, PassiveFrames):
    def __init__(self, doc, resolver):
        self.doc = doc
        self.tokens = doc.tokens
        self.resolver = resolver

    def find(self, sentence, body_first):
        """Frames in one sentence; `body_first` is the first token after a lead-in label."""
        self.sentence = sentence
        self.clauses = ClauseFinder(self.doc, sentence)
        self.narration = [i for i in self.clauses.narration if i >= body_first]
        frames = self.found = []
        for k, index in enumerate(self.narration):
            token = self.tokens[index]
            frame = None
            if token.lower == "according" and k + 1 < len(self.narration):
                frame = self._according(k)
            elif token.lower in VIEW_WORDS:
                frame = self._view(k)
            elif token.raw == "so" and k + 1 < len(self.narration):
                frame = self._so_source(k)
            elif token.lower in LEARNED and 0 < k < len(self.narration) - 3:
                frame = self._learned_from(k)
            elif token.raw.islower() and (
                token.lower in VERB_FORMS
                or token.lower in MAKE_CLEAR
                or token.lower in SHARE_VIEW
                or token.lower in HOLD_VIEW
            ):
                frame = self._verb(k, frames)
            elif self._headline_verb(token):
                frame = self._verb(k, frames)  # "Yorkshire MP Says UK Must …"
            elif token.raw in PUT_FORMS and (put := PUT_INTO_WORDS.match(self.doc.masked, token.end)):
                frame = self._put_into_words(k, put.end() - 1)
            if frame is not None:
                frames.append(self._relative_pronoun_subject(frame, frames))
        if frames and (opening := self._opening_participle(frames[0])) is not None:
            frames.insert(0, opening)
        if passives := self._passive_frames():
            frames.extend(passives)
            frames.sort(key=lambda frame: frame.verb)
        return frames

    def _put_into_words(self, k, mark):
        """'Zelensky, in his nightly address, put it more bluntly: "…"': the subject speaks the quote after the
        colon."""
        frame = self._subject_frame(k, "put")
        if frame is not None:
            frame.quote = self.doc.quote_containing(mark)
        return frame

    def _relative_pronoun_subject(self, frame, frames):
        """'The bloc condemned the attack, which it described as "…"': a pronoun after "which" or "what" is the
        subject of the verb before it in the same sentence, when of the pronoun's kind, not the last speaker."""
        if frame.subject is None or frame.subject[0] != frame.subject[1] or frame.subject[0] == 0 or not frames:
            return frame
        pronoun, before = self.tokens[frame.subject[0]].lower, self.tokens[frame.subject[0] - 1].lower
        earlier = frames[-1].speaker
        if before not in {"which", "what"} or pronoun not in PERSON_PRONOUNS | THING_PRONOUNS or earlier is None:
            return frame
        if earlier.is_person == (pronoun in PERSON_PRONOUNS) and earlier.name[:1].isupper():  # a name, not "groups X"
            frame.speaker = earlier
        return frame

    def _opening_participle(self, main):
        """'Noting that …, the spokesperson said …', 'Recalling that …, the minister indicated that …': a reporting
        participle opening the sentence, its clause up to the comma, is the main verb's subject speaking."""
        if not self.narration or main.speaker is None or main.kind not in ("finite", "relative"):
            return None
        first = self.tokens[self.narration[0]]
        lemma, form = VERB_FORMS.get(first.lower, (None, None))
        if form != "ing" or lemma not in REPORTING_LEMMAS or not first.capitalised or len(self.narration) < 3:
            return None
        if self.narration[0] != self.sentence.first or self.tokens[self.narration[1]].lower != "that":
            return None
        masked = self.doc.masked
        start = self.tokens[self.narration[1]].end
        comma = masked.find(",", start, self.tokens[main.verb].start)
        if comma < 0:
            return None
        frame = Frame(self.narration[0], lemma, "participle", main.speaker)
        frame.clause, frame.with_that = clause_span(masked, start, comma), True
        return frame if frame.clause else None

    def _headline_verb(self, token):
        """'Says', 'Warns' in a headline written in Title Case."""
        if not token.raw.istitle() or VERB_FORMS.get(token.lower, ("", ""))[1] != "third":
            return False
        if self.doc.paragraph_of(token.start) != 0 or VERB_FORMS[token.lower][0] not in REPORTING_LEMMAS:
            return False
        headline = self.doc.text[: self.doc.paragraphs[0][1]]
        words = [word for word in re.findall(r"[A-Za-z’']+", headline) if len(word) > 3]
        return len(words) >= 4 and sum(word[0].isupper() for word in words) >= 0.75 * len(words)

    # --- reporting verbs -------------------------------------------------------------------

    def _verb(self, k, frames):
        index = self.narration[k]
        lemma, form, last = self._verb_phrase(k)
        if lemma in REPORTING_LEMMAS and form == "base" and (speaker := self._purpose_subject(k)) is not None:
            frame = Frame(index, lemma, "finite", speaker)  # "used his address … to argue that …"
            found = self.clauses.after_verb(last, None, lemma in FREE_SAY)
            if found:
                frame.clause, frame.with_that = found[:2], found[2]
                return frame
        if lemma is None or self._blocked(k, form):
            return None
        if frames and self.tokens[index].lower in SHARE_VIEW:
            return None  # "Abdelatty said Cairo and Ankara shared the view that …": his words, the view inside them
        if lemma == "add" and AMOUNT_ADDED.match(self.doc.masked, self.tokens[last].end):
            return None  # "the fee would add around $40 to the cost": a sum, not words
        if lemma == "report" and REPORTED_CITING.match(self.doc.masked, self.tokens[last].end):
            return None  # "…, Kun.uz reported, citing the ministry": an outlet relaying another's words
        if lemma == "write" and WRITTEN_INTO.match(self.doc.masked, self.tokens[last].end):
            return None  # "wrote the referendum into its government platform": put in a text, not said
        deed = BY_DOING.match(self.doc.masked, self.tokens[last].end)
        if deed and VERB_FORMS.get(deed.group("deed"), (None,))[0] not in REPORTING_LEMMAS:
            return None  # "Nepal responded by publishing a map that included …": a deed, not words
        reporting = lemma in REPORTING_LEMMAS
        if form == "ing" and not self._after_be(k):
            return self._participle(k, lemma, last, frames, reporting)
        frame = self._subject_frame(k, lemma)
        if frame is None:
            return None
        if reporting and frame.quote is None and frame.kind in ("finite", "relative") and not frame.clause:
            object_mode = "required" if lemma in REQUIRED_OBJECT else "optional" if lemma in OPTIONAL_OBJECT else None
            found = self.clauses.after_verb(last, object_mode, lemma in FREE_SAY)
            if found:
                frame.clause, frame.with_that = found[:2], found[2]
                if frame.kind == "relative":
                    frame.clause = self._before_main_verb(frame.clause)
            elif (second := self._after_quoted_clause(last)) is not None:
                frame.clause, frame.with_that = second, True
            elif frame.kind == "relative":
                frame.quote = self.clauses.quote_after(last)  # '…, who told a rally that "Sindoor is not over",'
            elif (opened := self._as_opening(last)) is not None:
                frame.clause = opened  # "As X told the ambassador yesterday, Viet Nam appreciates …"
        elif lemma in DIRECTIVE and frame.quote is None and not frame.clause and form != "base":
            frame.clause = self._directive(last)
        # not in a relative clause: "Petro, who in August accused Lima of "…", wrote …" speaks in the main one
        if (
            lemma in CHARGING
            and frame.quote is None
            and not frame.clause
            and form != "base"
            and frame.kind != "relative"
        ):
            # its own subject before it, named: not "the Conservatives backed the money but accused …"
            named = (
                frame.speaker.name[:1].isupper() and k and self.tokens[self.narration[k - 1]].lower not in CONJUNCTIONS
            )
            frame.clause = self._charge(lemma, last, named=named)
        frame.verb = index
        return frame

    def _before_main_verb(self, clause):
        """'Ana Ruiz, who had told a rally that the plan would "…", led her deputies out': the relative clause's
        words end at the comma before the main verb of the person it hangs on."""
        start, end = clause
        for match in MAIN_VERB_AFTER_ASIDE.finditer(self.doc.masked, start, end):
            verb, closing = match.group("verb"), match.start() + len(match.group("closing"))
            if "," in self.doc.masked[match.end() : end]:
                continue  # "that the plan, drafted in May, was fair": a participle's aside inside the words
            if verb in IRREGULAR_PAST or (verb.endswith("ed") and verb not in VERB_FORMS):
                return clause_span(self.doc.masked, start, closing) or clause
        return clause

    def _as_opening(self, last):
        """'As the minister told the ambassador yesterday, the two sides will …': a sentence opening with "As", its
        subject and reporting verb, then after the first comma the words reported."""
        if not self.narration or self.tokens[self.narration[0]].raw != "As":
            return None
        masked, end = self.doc.masked, self.sentence.end
        comma = masked.find(",", self.tokens[last].end, end)
        if comma < 0 or OPEN in masked[self.tokens[last].end : comma]:
            return None
        start = comma + 1
        span = clause_span(masked, start, self.clauses.clause_end(start, end))
        return span if span and len(re.findall(r"\w+", masked[span[0] : span[1]])) >= 3 else None

    def _purpose_subject(self, k):
        """The subject of "used" (or "took the opportunity") when the reporting verb is its purpose: "Carney used
        his address to the UN on Wednesday to argue that …"."""
        if k < 2 or self.tokens[self.narration[k - 1]].lower != "to":
            return None
        start = self.sentence.start
        before = self.doc.masked[start : self.tokens[self.narration[k - 1]].start]
        if not PURPOSE.search(before):
            return None
        return self._sentence_subject(k)

    def _after_quoted_clause(self, last):
        """'replied that "nobody is sleepwalking" and that Europe was …': the first clause is a quote only, the
        second, after "and that", a reported clause of its own."""
        masked, end = self.doc.masked, self.sentence.end
        match = QUOTED_THEN_THAT.match(masked, self.tokens[last].end, end)
        if match is None:
            return None
        return clause_span(masked, match.end(), self.clauses.clause_end(match.end(), end))

    def _directive(self, last):
        """'urged both sides *to keep the crossings open*': the request, from its "to"."""
        masked, end = self.doc.masked, self.sentence.end
        match = DIRECTIVE_CLAUSE.match(masked, self.tokens[last].end, end)
        if match is None or re.search(r"[,;:.“”\n]", match.group("hearer")) or not match.group("hearer").strip():
            return None  # "had asked to stay in Japan": the subject's own wish, no one asked to do anything
        start = masked.index("to", match.start("hearer") + len(match.group("hearer")))
        stop = self.clauses.clause_end(start, end)
        return clause_span(masked, start, stop)

    def _charge(self, lemma, last, named=False):
        """'accused the mayor *of hiding the audit*', 'called the plan *"a disgrace"*', 'described the talks *as
        "useful"*': the object and what the speaker charges it with, one paraphrase."""
        masked, end = self.doc.masked, self.sentence.end
        match = CHARGED[lemma].match(masked, self.tokens[last].end, end)
        if match is None or match.group("object").split()[0].lower() in CHARGE_NOT_OBJECT:
            return None
        if lemma == "call" and match.group("object").split()[0].lower() in ("a", "an"):
            return None  # 'what both sides have called a "strategic partnership"': the name, no object charged
        stop = self.clauses.clause_end(match.end(), end)
        if (following := CHARGE_ENDS.search(masked, match.end(), stop)) is not None:
            stop = following.start()
        span = clause_span(masked, match.start("object"), stop)
        if span is None or match.group("object").split()[-1].lower() in NOUN_MARKERS:
            return None  # 'condemned the "dangerous" manoeuvres': the quote inside the object, nothing charged
        # 'called the plan "theft"', 'accused Moscow of "stalling"' stay the quote alone (older copy labelled so);
        # 'accused Seoul of "stalling" the talks', 'called the deal "a betrayal" of his client' say more
        charge = re.sub(rf"{OPEN}[^{CLOSE}]*(?:{CLOSE}|$)", "", masked[match.end() : span[1]])
        quoted = OPEN in masked[match.end() : span[1]]
        said = [word for word in re.findall(r"\w+", charge) if word.lower() not in NOUN_MARKERS]
        # "Ana Ruiz accused the government of letting Washington decide its oil purchases": a named speaker's charge
        # told at length, unquoted (not "rights groups accused the authorities of …", background)
        told = named and lemma == "accuse" and len(said) >= 6 and said[0].endswith("ing") and said[0].islower()
        return span if said and (quoted or told) else None

    def _verb_phrase(self, k):
        """(lemma, form, index of the phrase's last token): 'pointed out', 'made it clear'."""
        token = self.tokens[self.narration[k]]
        following = [self.tokens[i].lower for i in self.narration[k + 1 : k + 3]]
        if token.lower in SHARE_VIEW:
            if following[:1] == ["the"] and following[1:2] and following[1] in SHARED_VIEWS:
                return "make clear", SHARE_VIEW[token.lower], self.narration[k + 2]
            return None, None, None
        if token.lower in HOLD_VIEW:
            held = [self.tokens[i].lower for i in self.narration[k + 1 : k + 4]]
            if held[:2] == ["of", "the"] and held[2:] and held[2] in HELD_VIEWS:
                return "make clear", HOLD_VIEW[token.lower], self.narration[k + 3]
            if held[:1] and held[0] in HELD_CONVICTIONS and held[1:2] == ["that"]:
                return "make clear", HOLD_VIEW[token.lower], self.narration[k + 1]
            return None, None, None
        if token.lower in MAKE_CLEAR:
            if following[:1] == ["clear"]:
                return "make clear", "past", self.narration[k + 1]
            if following[:2] == ["it", "clear"]:
                return "make clear", "past", self.narration[k + 2]
            if following[:2] == ["it", "known"]:
                return "make clear", "past", self.narration[k + 2]  # French copy's calque: "She made it known that"
            return None, None, None
        lemma, form = VERB_FORMS[token.lower]
        if token.lower in PHRASAL:
            if following[:1] != [PHRASAL[token.lower]]:
                return None, None, None
            return lemma, form, self.narration[k + 1]
        return lemma, form, self.narration[k]

    def _blocked(self, k, form):
        """Nouns ('a warning'), negations ('did not say'), infinitives ('declined to say'), passives."""
        before = [self.tokens[i].lower for i in self.narration[max(0, k - 3) : k]]
        token = self.tokens[self.narration[k]]
        # Nouns ("the Gulf state") and bare infinitives ("help Taiwan maintain") report speech only before "that".
        plain_form = token.lower in NOUN_LIKE or (form == "base" and VERB_FORMS[token.lower][0] not in SAY)
        following = self.doc.masked[token.end : token.end + 8].split()[:1]
        # "calls on X to …" is a request even though "calls" is more often a noun
        calls_on = VERB_FORMS.get(token.lower, ("",))[0] == "call" and following in (["on"], ["upon"])
        wished = before[-2:-1] and before[-2] in WISHING and before[-1] == "to"  # "wishes to state that"
        pronoun = before[-1:] in (["he"], ["she"])  # "…, he reports, and laughs": after "he" or "she", a verb
        if plain_form and following != ["that"] and not calls_on and not wished and not pronoun:
            return True
        if not before:
            return False
        previous = self.tokens[self.narration[k - 1]]
        objected = VERB_FORMS.get(previous.lower, (None, None))[1] == "past" or re.fullmatch(r"[a-z]+ed", previous.raw)
        if token.lower in NOUN_LIKE and objected and self._plain(k - 1):
            return True  # "rejected reports that …", "dismissed claims that …": the verb's object, a noun
        dated = previous.raw.isdigit() and len(previous.raw) == 4 and before[-2:-1] and before[-2] in NOUN_MARKERS
        if token.lower in NOUN_LIKE and dated and self._plain(k - 1) and self._plain(k - 2):
            return True  # "quoted Ana Ruiz's 2022 remark that …": a year between the owner and the noun
        if token.lower in NOUN_LIKE and self._compound_noun(k):
            return True  # "the security guarantees that Kyiv wants": a thing's name, nobody speaking
        if form == "base" and before[-2:-1] in (["a"], ["an"]) and previous.capitalised and self._plain(k - 1):
            return True  # "said in a Telegram post that …": a singular noun phrase takes no bare verb, so a noun
        contracted = before[-2:] in (["he", "s"], ["she", "s"], ["it", "s"], ["they", "re"], ["we", "re"])
        if (before[-1] in NOUN_MARKERS and not contracted) or (before[-1] == "to" and not wished) or self._negated(k):
            return True
        # "was said"; not an acronym in brackets before the comma: "… Studies (IS), said"
        acronym = previous.raw.isupper() and len(previous.raw) > 1 and not self._plain(k - 1)
        return form == "past" and before[-1] in BE and not acronym

    def _compound_noun(self, k):
        """Token k ends a determiner and one lower-case word that names no one who speaks ("the security
        guarantees", "his campaign pledges"), not "the ministry claims" or "the opposition states"."""
        if k < 2 or not (self._plain(k - 2) and self._plain(k - 1)):
            return False
        determiner, modifier = (self.tokens[self.narration[i]] for i in (k - 2, k - 1))
        if determiner.lower not in NOUN_MARKERS - {"s", "that"} or not modifier.raw.islower():
            return False
        return modifier.lower not in SPEAKING_NOUNS and not is_demonym(modifier.raw)

    def _negated(self, k):
        """'did not say', 'has not yet said', 'never publicly said' (but not 'who did not attend, said')."""
        i = k - 1
        while i >= 0 and self._plain(i) and self.tokens[self.narration[i]].lower in NEGATION_ADVERBS:
            i -= 1
        return i >= 0 and self._plain(i) and self.tokens[self.narration[i]].lower in NEGATIONS

    def _after_be(self, k):
        """'is saying', and "He's saying" with the verb contracted."""
        if k == 0:
            return False
        previous = self.tokens[self.narration[k - 1]]
        if previous.lower in BE:
            return True
        return (
            k > 1
            and previous.lower in ("s", "re")
            and self.doc.gap(self.narration[k - 2], self.narration[k - 1]) in "'’"
        )

    def _participle(self, k, lemma, last, frames, reporting):
        """', adding that …': the speaker is the subject of the main clause."""
        if k == 0:
            return None
        gap = self.doc.gap(self.narration[k - 1], self.narration[k])
        previous = self.tokens[self.narration[k - 1]].lower
        # '…, adding that', or '"…restraint," warning that' where the comma sits inside the quote
        issued = self._issued_document(k)
        quoted = self._quoted_as(k) if previous == "as" else None
        if "," not in gap and CLOSE not in gap and previous not in PARTICIPLE_AFTER and issued is None and not quoted:
            return None
        speaker = quoted or next((frame.speaker for frame in reversed(frames) if frame.speaker), None)
        if speaker is None and issued is not None and (subject := self._subject_frame(issued, "issue")) is not None:
            speaker = subject.speaker  # "Chile's Foreign Ministry issued a statement saying": the ministry
        speaker = speaker or self._subordinate_subject(k) or self._sentence_subject(k)
        if speaker is None:
            return None
        frame = Frame(self.narration[k], lemma, "participle", speaker)
        if reporting:
            # "telling a forum in Shusha: …": the hearer first, as after "told"
            object_mode = "required" if lemma in REQUIRED_OBJECT else "optional" if lemma in OPTIONAL_OBJECT else None
            found = self.clauses.after_verb(last, object_mode, lemma in FREE_SAY)
            if found:
                frame.clause, frame.with_that = found[:2], found[2]
        elif lemma in CHARGING:
            frame.clause = self._charge(lemma, last)  # "…, accusing Mexico of failing to stop …"
        return frame

    def _quoted_as(self, k):
        """'The agency quoted him as telling the envoy that …': the one quoted speaks, not the one quoting."""
        for i in range(k - 2, max(0, k - 14), -1):
            if self.tokens[self.narration[i]].lower in ("quoted", "cited"):
                if i + 1 > k - 2 or not all(self._plain(j) for j in range(i + 1, k - 2)):
                    return None
                passive = i >= 2 and self.tokens[self.narration[i - 1]].lower in BE
                if passive and self.tokens[self.narration[i + 1]].lower == "by":
                    # "Ana Ruiz was quoted by TASS as saying that …": the subject, not the agency
                    return self._sentence_subject(i - 1)
                return self.resolver.speaker(self.narration[i + 1], self.narration[k - 2])
        return None

    def _subordinate_subject(self, k):
        """'… idle since January 31, when Iraq's State Organization for Marketing of Oil (SOMO) stopped lifting crude,
        saying …': the participle goes with the clause just before its comma, a subordinate one naming its subject."""
        for i in range(k - 1, 0, -1):
            word = self.tokens[self.narration[i]]
            if word.lower in SUBORDINATE and "," in self.doc.gap(self.narration[i - 1], self.narration[i]):
                break
            if i < k - 1 and "," in self.doc.gap(self.narration[i], self.narration[i + 1]):
                return None  # another comma first: not the clause the participle closes
        else:
            return None
        first = i + 1
        last = first
        while last + 1 < k and self._plain(last):
            following = self.tokens[self.narration[last + 1]]
            if not (following.capitalised or following.lower in ("of", "for", "the", "s")):
                break
            last += 1
        if not self.tokens[self.narration[last]].capitalised:
            return None
        speaker = self.resolver.speaker(self.narration[first], self.narration[last])
        return speaker if speaker is not None and (speaker.slug or speaker.name[:1].isupper()) else None

    def _issued_document(self, k):
        """'issued a statement saying …', 'released a communique on Friday warning that …': the participle after
        the document, no comma before it, reports what the subject said in it. The narration index of "issued"."""
        start = max(self.sentence.start, self.tokens[self.narration[k]].start - 120)
        match = ISSUED_DOCUMENT.search(self.doc.masked, start, self.tokens[self.narration[k]].start - 1)
        if match is None:
            return None
        return next((i for i in range(k) if self.tokens[self.narration[i]].start == match.start()), None)

    def _subject_from(self, start, k):
        """The directory actor named among the first words after `start` (a reported clause's subject)."""
        first = [i for i in self.narration[:k] if self.tokens[i].start >= start][:4]
        for mention in self.doc.mentions_within(start, self.tokens[self.narration[k]].start):
            if not mention.in_quote and mention.first in first:
                return self.resolver.speaker(mention.first, mention.last)
        return None

    def _qualifies_body(self, last):
        """Capitalised words after token `last` run on to a body's noun: "EU General Court", "UN Security Council"."""
        index = last
        while index + 1 < len(self.tokens) and self.tokens[index + 1].capitalised and index - last < 4:
            if self.doc.text[self.tokens[index].end : self.tokens[index + 1].start] != " ":
                break
            index += 1
        return index > last and self.tokens[index].lower in ORGANISATION_WORDS

    def _sentence_subject(self, k):
        opening = self.tokens[self.narration[0]]
        if k > 1 and opening.raw in ("He", "She") and self.tokens[self.narration[1]].raw.islower() and self._plain(0):
            # "He quoted Ana Ruiz's remark that …, and said …": the pronoun opening the sentence, not the name after
            speaker = self.resolver.speaker(self.narration[0], self.narration[0])
            if speaker is None or speaker.slug or not all(w.lower() in ROLE_WORDS for w in speaker.name.split()):
                return speaker  # but a bare title ("Prime Minister") is no one the pronoun can be sure of
        for mention in self.doc.mentions_within(self.sentence.start, self.tokens[self.narration[k]].start):
            if mention.in_quote:
                continue
            if self._qualifies_body(mention.last):
                continue  # "The EU General Court …": the actor only qualifies a body's name
            following = self.tokens[mention.last + 1] if mention.last + 1 < len(self.tokens) else None
            if following is not None and following.capitalised and following.lower in ROLE_WORDS | TITLE_WORDS:
                continue  # "African Union Commission Chairperson X …, and said": the body only titles the person
            if mention.first in self.narration[:4]:
                return self.resolver.speaker(mention.first, mention.last)
        # "Foreign Affairs Minister Penny Wong has ruled out …, but says …": a name opening the sentence
        # "But Opposition leader X …", "When Penny Wong stood … and called": the conjunction opens no name
        opener = 1 if k > 1 and self.tokens[self.narration[0]].lower in CONJUNCTIONS else 0
        if dateline := LEAD_DATELINE.match(self.doc.text, self.sentence.start):
            # "KATHMANDU, Oct 22: The Ministry … objected …, reiterating": the subject after the dateline
            opener = next((i for i in range(k) if self.tokens[self.narration[i]].start >= dateline.end()), opener)
        if self.tokens[self.narration[opener]].lower in PREPOSITIONS:
            return None  # "In Minsk, the press service …": a place, not the subject
        head = None  # "Myanmar's military-led government on Sunday defended …, saying": a body described
        for end in range(opener, min(k, opener + 6)):
            word = self.tokens[self.narration[end]]
            if (end > opener and not self._plain(end - 1)) or word.lower in VERB_FORMS or word.lower in PREPOSITIONS:
                break
            if word.raw.islower() and word.lower in INSTITUTION_WORDS:
                head = end
        opening = self.tokens[self.narration[opener]]
        if head is not None and head > opener and (opening.lower == "the" or opening.capitalised):
            return self.resolver.speaker(self.narration[opener], self.narration[head])
        last, body_head = opener - 1, None
        while last + 1 < min(k, 8 + opener) and (self._plain(last) if last >= opener else True):
            word = self.tokens[self.narration[last + 1]]
            role = word.lower in ROLE_WORDS and last >= opener  # "Opposition leader Kalonzo Musyoka …, terming"
            # a readout's "The Russian side drew attention to …, noting that": the side, as "The Russian side said"
            role = role or (
                word.lower == "side" and last >= opener and is_demonym(self.tokens[self.narration[last]].raw)
            )
            after = self.tokens[self.narration[last + 2]] if last + 2 < k else None
            named_on = after is not None and after.capitalised and self._plain(last + 1)
            # "The Federal Minister for Water Resources has directed …, and said": an office's whole title too
            body_word = last >= opener and self.tokens[self.narration[last]].lower in ORGANISATION_WORDS | ROLE_WORDS
            if word.lower in ("of", "for") and body_word and named_on:
                # "The Ministry of Foreign Affairs on Thursday objected …, reiterating": the body's whole name
                body_head, last = last, last + 1
                continue
            if word.lower == "and" and body_head is not None and named_on:
                # "The Prime Minister of Azad Jammu and Kashmir has directed …, and said": one place's name
                last += 1
                continue
            if not (word.capitalised or role or (last == opener - 1 and word.lower == "the")):
                break
            last += 1
        if body_head is not None and not self.tokens[self.narration[last]].capitalised:
            last = body_head
        country = last == opener and bool(country_in([self.tokens[self.narration[last]].lower]))
        ending = self.tokens[self.narration[last]]
        if (last < opener + 1 and not country) or not (ending.capitalised or ending.lower == "side"):
            return None  # one word is a subject only as a country: "Nepal has objected …, saying"
        speaker = self.resolver.speaker(self.narration[opener], self.narration[last])
        body = self.tokens[self.narration[last]].lower in ORGANISATION_WORDS  # "The EU General Court …, ruling that"
        body = body or body_head is not None
        named = speaker is not None and (speaker.slug or speaker.is_person or speaker.kind in ("group", "government"))
        return speaker if named or body or country else None
