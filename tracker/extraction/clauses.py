"""Where a reported clause starts and ends, after "said", "told reporters on Monday that", ..."""

import bisect
import re

from .document import CLOSE, MASK, OPEN
from .lexicon import (
    AUXILIARIES,
    CONJUNCTIONS,
    DAY_PARTS,
    NOUN_LIKE,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
    VERB_FORMS,
    WH_WORDS,
)
from .spans import trim_span

_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY_PART = rf"(?:{'|'.join(sorted(DAY_PARTS))})"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)"
)
_EVENT = (
    r"(?:statement|interview|speech|address|post|briefing|conference|meeting|call|message|letter|video|broadcast|"
    r"session|summit|remarks|visit|appearance|event|forum|hearing|debate|comments|op-ed|article|tweet|readout|"
    r"communiqu[eé]|podcast|programme|program|show|talks|exchange|update|press|sidelines|response|reply|"
    r"report|review|bulletin|email|e-mail|note|committee)s?"
)
_NAME = r"[A-Z][\w'’.&-]*"
_OUTLET = r"(?:newspaper|daily|weekly|magazine|news\s+agency|agency|channel|broadcaster|website|portal|outlet)"
# Each matches at the current position only; applied repeatedly, so none needs nested repetition.
# An aside between commas after the verb, opening with a preposition: ", in a statement carried by SPA, ".
ASIDE = re.compile(r"\s*,\s*(?:in|at|during|on|via)\s[^,;:.“”\n]{2,80},\s*")
ADVERBIALS = [
    re.compile(rf"\s*,?\s*(?:(?:late|early)\s+)?(?:(?:on|last|this)\s+)?{_DAY}(?:\s+{_DAY_PART})?\b"),
    re.compile(rf"\s*(?:on\s+)?(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:,?\s+\d{{4}})?\b"),
    re.compile(rf"\s*in\s+(?:early\s+|late\s+|mid-)?{_MONTH}\s+\d{{4}}\b"),
    # "had told an emergency meeting that morning that …": the time, then the clause's own "that"
    re.compile(rf"\s*that\s+(?:{_DAY_PART}|day)(?=\s*,|\s+that\b)"),
    # a live blog's "a few minutes ago", "an hour ago"
    re.compile(r"\s*(?:a\s+few|an?|one|two|three|several|\d{1,2})\s+(?:minutes?|hours?)\s+ago\b"),
    # the hour: "had told the boats by radio shortly after 6 a.m. that", "told them at noon that"
    re.compile(
        r"\s*(?:(?:shortly|just|soon|well|long)\s+)?(?:after|before|at|around|about|by|until)\s+"
        r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|hours\b|GMT\b|UTC\b)|noon\b|midnight\b|dawn\b|dusk\b)"
    ),
    # how the words reached the hearer: "told the crews by radio that", "informed her by telephone on Monday that"
    re.compile(r"\s*(?:by|over\s+the)\s+(?:radio|phone|telephone|e-?mail|letter|text(?:\s+message)?|video\s+link)\b"),
    # when the hearer heard it, by what they were doing: "told the agency after landing on Sunday that"
    re.compile(r"\s*(?:after|before|upon|on)\s+(?:landing|arriving|arrival|returning|leaving|docking|disembarking)\b"),
    # a weekday's date in brackets after it: "on Monday (March 1)", "this Monday (8)", "yesterday (the 27th)",
    # Indonesian copy's "on Saturday (22/2/2031)" ("estimated in October 2025 that")
    re.compile(
        rf"\s*\((?:{_MONTH}\s+\d{{1,2}}|(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?(?:\s+{_MONTH})?"
        r"|\d{1,2}/\d{1,2}(?:/\d{2,4})?)\)"
    ),
    # whom the words come from, between commas before "that": "reported, citing an informed source, that"
    re.compile(r"\s*,\s*(?:citing|quoting)\s[^,;:.“”\n]{2,80},(?=\s*that\b)"),
    re.compile(r"\s*,\s*also(?=\s+(?:on|in|at)\s)"),  # "said in a note, also on Monday, that"
    re.compile(r"\s*the\s+day\s+before\s+yesterday\b"),  # Spanish "anteayer" in translation
    re.compile(
        r"\s*(?:here|today|yesterday|tonight|earlier|later|again|also|repeatedly|previously|recently|separately|publicly|"
        r"privately|then|now|too|only|simply|merely|just|once\s+more|last\s+(?:week|month|year|night|weekend)|"
        r"this\s+(?:week|month|year|morning|afternoon|evening)|(?:earlier|later)\s+(?:this|on|in)\s+\w+|"
        r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b"
    ),
    re.compile(
        rf"\s*(?:in|at|during|after|following|on|via|before|through|from|on\s+the\s+sidelines\s+of)\s+"
        rf"(?:(?:a|an|the|his|her|their|its|this|that|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|"
        rf"Saturday's|Sunday's)\s+)?(?:(?!(?:that|which|who|he|she|it|they|we|I)\b)[\w'’-]+\s+){{0,3}}?{_EVENT}\b(?!-)"
        # not the "post" of "the weekly post-Cabinet briefing"
        rf"(?:\s+{_EVENT}\b)?"  # "in a press conference": "press" is an event word too
        rf"(?:\s+{OPEN}{MASK}{{1,60}}{CLOSE})?"  # its name in quotation marks: "in the programme «Echo der Zeit»"
        # what it was sent to: "in a statement sent to Univision Noticias"
        # or where it was held: "at the weekly press briefing held at the Department of Information"
        rf"(?:(?:\s+(?:sent|given)(?=\s+to\b)|\s+held(?=\s+(?:at|in)\b))?\s+(?:with|to|on|in|at|for|from|by|alongside|of)\s+"
        rf"(?:the\s+)?"
        # not a day: "in a statement on Friday evening that …" is the statement, then when
        rf"(?!{_DAY}\b)"
        # the one met, by the role the speaker shares: "after talks with his Ukrainian counterpart Andrii Sybiha"
        # a channel's number: "in the programme «De ochtend» on Radio 1"
        rf"(?:(?:his|her|their|its)\s+(?:{_NAME}\s+)?counterparts?\s+)?{_NAME}(?:\s+(?:{_NAME}|\d{{1,2}}\b)){{0,3}}"
        # a body's long name, its acronym after it: "at the meeting of the Board of the Fund for Saving the Aral
        # Sea (IFAS)"
        rf"(?:\s+(?:of|for)\s+(?:the\s+)?{_NAME}(?:\s+(?:the\s+)?{_NAME}){{0,3}}){{0,3}}(?:\s+\([A-Z][A-Za-z]{{1,10}}\))?"
        # the outlet's kind after its name, and when the words came out: "with the El Sur newspaper published on"
        rf"(?:\s+{_OUTLET})?(?:\s+(?:published|aired|broadcast|released)\b)?)?"
    ),
    re.compile(
        r"\s*(?:to|on|via|in|with)\s+(?:reporters|journalists|the\s+press|the\s+media|lawmakers|parliament|"
        r"Telegram|X|Twitter|Facebook|Instagram|Truth\s+Social|social\s+media|television|TV|radio|"
        r"state\s+television|national\s+television)\b"
        rf"(?:\s+{_NAME}){{0,2}}"  # the channel's name: "on state television VTV"
    ),
    re.compile(rf"\s*(?:in|at)\s+(?:the\s+)?{_NAME}(?:\s+{_NAME})?(?:,\s+{_NAME}(?:\s+{_NAME})?)?(?=[\s,.;:]|$)"),
    # a place named by a common noun, ending the sentence: "said on Monday at a press meeting at the factory." (not
    # a time, "at the close", "in the end": what it is the close of is not said)
    re.compile(
        r"\s*(?:in|at)\s+(?:the|a|an|its|his|her|their)\s+(?!(?:close|end|start|beginning|outset|time|moment)\b)"
        r"[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?(?=[.!?]?\s*$)"
    ),
    re.compile(rf"\s*to\s+(?:the\s+)?{_NAME}(?:\s+{_NAME}){{0,3}}(?=\s*,?\s+that\b)"),  # "confirmed to Reuters that"
    re.compile(r"\s*(?:in\s+a\s+)?(?:joint|written)\s+statement\b"),
    # the document's reader after it: "wrote in a letter *seen by Devex*", "in a memo obtained by the Times"
    re.compile(rf"\s*(?:seen|obtained|reviewed)\s+by\s+(?:the\s+)?{_NAME}(?:\s+{_NAME}){{0,3}}"),
    # an aside between commas right before "that": "said on Friday, after Friday prayers in Istanbul, that"
    re.compile(r"\s*,\s*[^,;:.“”\n]{1,80}?,\s*(?=that\b)"),
    # a readout's long occasion between commas, the other party named in full by title: "affirmed, during a
    # telephone call today with His Excellency the Minister of Foreign Affairs and Trade of the Republic of X, that"
    re.compile(r"\s*,\s*(?:during|in|at|after|following)\s[^,;:.“”\n]{80,220}?,\s*(?=that\b)"),
    re.compile(
        r"\s*(?:on|in|via)\s+(?:its|his|her|their|the)\s+(?:official\s+)?"
        r"(?:website|Telegram\s+channel|channel|account|page|feed|blog|site|profile)\b"
    ),
    # the network a profile is on: "affirmed this Monday on his profile on the social network X"
    re.compile(rf"\s*on\s+(?:the\s+)?social\s+(?:network|media\s+platform|platform)\s+{_NAME}(?:\s+{_NAME})?"),
]
DANGLING_RELATIVE = re.compile(r"\s*,\s*(?:who|which)$")
CLAUSE_PUNCTUATION = re.compile(r"[;:,—–]")
NEXT_VISIBLE = re.compile(r"\s*(\S)")
WORDS = re.compile(r"\w+")
THAT = re.compile(r"\s*,?\s*that\b")
TIME_PREPOSITIONS = {"after", "before", "since", "until"}
DETERMINERS = {"the", "a", "an", "his", "her", "its", "their", "this", "these", "those", "some", "all", "our", "both"}
# Determiners, pronouns and nouns that start a clause's subject; used to check an object ended.
NO_CLAUSE_START = WH_WORDS | PREPOSITIONS | {"so", "nothing", "little", "much", "goodbye", "yes", "no", "sorry"}
# "answered him two days later", "said the same thing to journalists": an object, not a clause
NO_CLAUSE_START |= {"him", "them", "me", "same", "something", "everything", "anything"}  # not "us": "US"
# "said in a statement *carried by KCNA* that …": a participle phrase before the clause, not the clause.
PARTICIPLE_PHRASES = {"carried", "published", "released", "issued", "posted", "broadcast", "aired", "quoted", "cited"}
# "wrote in a letter *seen by Devex* that …", "in a memo obtained by the paper", "in a letter sent to donors"
PARTICIPLE_PHRASES |= {"seen", "obtained", "reviewed", "sent"}
NO_CLAUSE_START |= PARTICIPLE_PHRASES
SIGNATURE_AUX = AUXILIARIES - {"s", "d"}
# What follows "this" or "it" as the object of a verb of saying, not as a clause's subject: "said this while addressing
# …", "said it when …", "has said this many times".
OBJECT_FOLLOWERS = {"", "while", "when", "as", "because", "since", "whereas", "although", "though", "until", "once"}
OBJECT_FOLLOWERS |= {"many", "several", "repeatedly", "often", "again", "twice", "publicly", "himself", "herself"}
# A clause's subject opening with a quantity: "at least 40 civilians", "more than 1,000 people", "about 30 ships".
QUANTIFIED = re.compile(
    r"\s*(?:at\s+(?:least|most)|about|around|over|under|up\s+to|nearly|almost|roughly|approximately|some|"
    r"(?:more|fewer|less)\s+than|as\s+many\s+as)\s+(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|a\s+dozen)\b|"
    # a share: "about a third of the households", "nearly half the farms", "over two-thirds of them"
    r"(?:a\s+(?:third|quarter|fifth|tenth)|half|(?:two|three)[-\s](?:thirds|quarters))\b)",
    re.IGNORECASE,
)
# A clause's subject opening with "no": "said no decision had been taken", "said no one was hurt" (not "said no").
NEGATED_SUBJECT = re.compile(
    # "said no damage to Japanese vessels or aircraft had been reported": the subject may run on over a few words
    r"\s*no\s+[a-z][a-z-]*\s+(?:[\w'’-]+\s+){0,5}?(?:had|has|have|was|were|is|are|would|will|could|can|should|did)\b"
)
# A finite verb after these belongs to another clause: "promised this last month but Washington has…".
COORDINATORS = {"but", "while", "because", "although", "though", "whereas", "since", "yet", "or", "as", "when"}
PARTICIPLE_STOPS = {"adding", "saying", "noting", "stressing", "warning", "insisting", "arguing", "explaining"}
PARTICIPLE_STOPS |= {"claiming", "emphasising", "emphasizing", "stating", "declaring", "underlining", "pointing"}
# A speaker announcing the words are verbatim: "He said, and I quote, “…”".
I_QUOTE = re.compile(rf"(?:and\s+)?I\s+quote\s*[,:]?\s*(?={OPEN})")


def skip_adverbials(masked, pos, end):
    moved = True
    while moved and pos < end:
        moved = False
        for pattern in ADVERBIALS:
            match = pattern.match(masked, pos, end)
            if match and match.end() > pos:
                pos, moved = match.end(), True
                break
    return pos


ANSWERING = {"answer", "answers", "answered"}
# What a verb of answering takes as its object: "answered questions from the paper's reporter", not a clause.
QUESTIONS_ANSWERED = re.compile(r"\s*(?:(?:the|a|some|several|many|her|his|their)\s+)?(?:questions?|queries)\b")
# Any word that may be a clause's finite verb: an auxiliary, a form in -s or -ed, a common irregular past.
MAYBE_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|can|should|must|may|might|did|does|do|won|lost|led|met"
    r"|made|took|gave|came|went|sent|left|kept|began|saw|knew|ran|fell|rose|broke|brought|built|chose|got|grew|put"
    r"|set|paid|sold|stood|spent|lent|meant|felt|found|held|told|said|thought|sought|fought|bought|hit|cut|let)\b"
    r"|\b[a-z]+(?:s|ed)\b"
)

# Irregular pasts that are no base form or adjective too: "told analysts net profit rose …" starts a clause.
IRREGULAR_PAST = {"won", "lost", "met", "made", "took", "gave", "came", "went", "sent", "kept", "began", "saw", "knew"}
IRREGULAR_PAST |= {"ran", "fell", "rose", "broke", "brought", "built", "chose", "grew", "paid", "sold", "stood"}
IRREGULAR_PAST |= {"spent", "felt", "found", "held", "thought", "sought", "fought", "bought"}


class ClauseFinder:
    """Finds the clause a reporting verb introduces, in one sentence of the masked narration."""

    def __init__(self, doc, sentence):
        self.doc = doc
        self.masked = doc.masked
        self.sentence = sentence
        self.narration = [i for i in range(sentence.first, sentence.last) if not doc.tokens[i].in_quote]
        self.boundaries = list(self._boundaries())

    def after_verb(self, verb_index, object_mode, free):
        """(start, end, with_that) of the clause after the verb token, or None.

        `object_mode`: None, "optional" or "required" (told *reporters* that …);
        `free`: the verb reports speech without "that" (say, add …).
        """
        end = self.sentence.end
        pos = skip_adverbials(self.masked, self.doc.tokens[verb_index].end, end)
        if object_mode == "optional" and not THAT.match(self.masked, pos, end):
            for start in (skip_adverbials(self.masked, obj_end, end) for obj_end in self._object_ends(pos, end)):
                if THAT.match(self.masked, start, end):
                    return self._clause_from(start, end, free=False)  # "warned Iran that …"
        if free and (aside := ASIDE.match(self.masked, pos, end)) and self._subject_start(aside.end(), end):
            # "said, in a statement carried by the Saudi Press Agency, the kingdom stood ready": past the aside
            pos = aside.end()
        if object_mode != "required":
            found = self._clause_from(pos, end, free) or self._that_after_phrase(pos, end)
            if found and self.doc.tokens[verb_index].lower in ANSWERING and not self._finite_in(found):
                return None  # "answered the opposition leader in the Senate on Wednesday": the one answered
            if found and self.doc.tokens[verb_index].lower in ANSWERING and QUESTIONS_ANSWERED.match(self.masked, pos):
                return None  # "answered questions from the paper's reporter": the questions answered
            if found or object_mode is None:
                return found
        # Prefer an object followed by "that", however long ("told reporters after a meeting with his Thai
        # counterpart in Bangkok on Wednesday that"); else a short one followed by something that can be a subject.
        for start in (skip_adverbials(self.masked, obj_end, end) for obj_end in self._object_ends(pos, end, 16)):
            if THAT.match(self.masked, start, end):
                return self._clause_from(start, end, free=False)
        for start in (skip_adverbials(self.masked, obj_end, end) for obj_end in self._object_ends(pos, end)):
            bare = not self._subject_start(start, end) and self._bare_subject(start, end)
            if (bare or self._subject_start(start, end)) and (found := self._clause_from(start, end, free=bare)):
                return found
        return None

    def _finite_in(self, found):
        start, stop, with_that = found
        return with_that or OPEN in self.masked[start:stop] or bool(MAYBE_FINITE.search(self.masked, start, stop))

    def quote_after(self, verb_index):
        """The quotation that is the whole clause after the verb: 'told a rally on Tuesday that "…"'."""
        end = self.sentence.end
        pos = skip_adverbials(self.masked, self.doc.tokens[verb_index].end, end)
        for start in [pos, *(skip_adverbials(self.masked, obj_end, end) for obj_end in self._object_ends(pos, end))]:
            that = THAT.match(self.masked, start, end)
            following = NEXT_VISIBLE.match(self.masked, that.end() if that else start, end)
            if following is not None and following.group(1) == OPEN:
                return self.doc.quote_containing(following.start(1))
        return None

    def _that_after_phrase(self, pos, end):
        """'said after the meeting of allied defence ministers with Zelenskiy that …': a phrase, then "that"."""
        match = re.compile(r"[^,;:.“”\n]{1,120}?\bthat\b").match(self.masked, pos, end)
        if match is None or self._first_word(pos, end) not in PREPOSITIONS | PARTICIPLE_PHRASES:
            return None
        words = WORDS.findall(self.masked, pos, match.end())[:-1]
        finite = [word.lower() for word in words if VERB_FORMS.get(word.lower(), ("", ""))[1] in ("past", "third")]
        if any(word not in PARTICIPLE_PHRASES for word in finite):
            return None
        if any(word.lower() in SIGNATURE_AUX for word in words):
            return None
        return self._clause_from(match.end() - len("that"), end, free=False)

    def _object_ends(self, pos, end, longest=12):
        """Possible ends of the hearer: 'reporters', 'the BBC', 'a news conference in Kyiv'."""
        ends, index, previous = [], self.doc.token_at(pos), ""
        tokens = self.doc.tokens
        # "told reporters on the sidelines of … that"; "reminded the authorities and the public that"
        for at in range(index, min(index + longest, len(tokens))):
            token = tokens[at]
            if token.start >= end or token.in_quote or re.search(r"[,.;:“”\n]", self.masked[pos : token.start]):
                break
            following = tokens[at + 1].lower if at + 1 < len(tokens) else ""
            if at > index and self.masked[tokens[at - 1].end : token.start] in ("'", "’"):
                ends.append(token.end)  # "told Ma'an that": a name's apostrophe, not the article "an"
                pos, previous = token.end, token.lower
                continue
            if token.lower == "and" and previous not in DETERMINERS and following in DETERMINERS:
                pos, previous = token.end, token.lower  # "reminded the authorities and the public that": two hearers
                continue
            joined = token.lower == "and" and previous.isalpha() and previous not in DETERMINERS
            joined = joined and following.isalpha() and following not in VERB_FORMS and following not in CONJUNCTIONS
            if joined and following not in DETERMINERS | SUBJECT_PRONOUNS | PREPOSITIONS:
                pos, previous = token.end, token.lower  # "told the agriculture and irrigation committee that"
                continue
            # "a briefing", "the state news agency": a verb's form after a determiner is a noun
            finite_verb = token.lower in VERB_FORMS and VERB_FORMS[token.lower][1] != "ing"
            finite_verb = finite_verb and previous not in DETERMINERS and token.lower not in NOUN_LIKE  # "state TV"
            # "told reporters after a meeting with … that": "after" opening a noun phrase is a preposition
            preposition = (
                token.lower in TIME_PREPOSITIONS and at + 1 < len(tokens) and tokens[at + 1].lower in DETERMINERS
            )
            if (
                (token.lower in CONJUNCTIONS and not preposition)
                or finite_verb
                or token.lower in SUBJECT_PRONOUNS - {"it"}
            ):
                break
            if token.lower not in DETERMINERS and token.lower not in PREPOSITIONS:
                closing = self.masked[token.end : token.end + 1] == ")"
                ends.append(token.end + closing)  # "told Anadolu Agency (AA) that"
            elif token.lower == "her" and previous == "":
                ends.append(token.end)  # "had told her that …": the hearer herself, or "her colleagues" after it
            pos, previous = token.end, token.lower
        return ends

    def _subject_start(self, start, end):
        word = self._first_word(start, end)
        if word is None:
            return False
        first = self.masked[start:end].lstrip()[:1]
        return word in SUBJECT_PRONOUNS or word in DETERMINERS or first.isupper()

    def _bare_subject(self, start, end):
        """'told analysts net profit rose 11 per cent': a bare noun or two, then a past verb."""
        words = WORDS.findall(self.masked, start, end)[:3]
        past = [w in IRREGULAR_PAST or (w.endswith("ed") and w.islower()) for w in words]
        plain = [w.islower() and w not in CONJUNCTIONS | PREPOSITIONS | DETERMINERS for w in words]
        return len(words) == 3 and plain[0] and (past[1] or (plain[1] and past[2]))

    def _clause_from(self, start, end, free):
        masked = self.masked
        that = THAT.match(masked, start, end)
        with_that = bool(that)
        if that:
            following = self._first_word(that.end(), end)
            if following in SIGNATURE_AUX:  # "said that would be a mistake": that is the subject
                with_that, start = False, masked.index("that", start)
            else:
                start = that.end()
        while start < end and masked[start] in " ,":
            start += 1
        if announced := I_QUOTE.match(masked, start, end):
            start = announced.end()  # 'He said, and I quote, "…"': the quote is the statement, no clause around it
        if start >= end:
            return None
        first = self._first_word(start, end)
        if first == "the" and re.match(r"the\s+same\b", masked[start:end]):
            first = "same"
        bad_start = first is None or first in SIGNATURE_AUX or (not with_that and first in NO_CLAUSE_START)
        if first in ("this", "it") and not with_that:
            # "He said this during a chat with journalists": the object, not a clause
            following = re.match(r"\s*\w+\s*(\w*)", masked[start:end])
            # but 'said it "fully supports" the decision': the quoted words are the pronoun's verb, and narration
            # goes on after them (not 'said it "condemns …" and "directs …"', only quotes)
            after = start + following.end() if following is not None else end
            rest = re.sub(rf"{OPEN}[^{CLOSE}]*(?:{CLOSE}|$)|\band\b|[\W_]", "", masked[after:end])
            quoted_verb = masked[after : after + 1] == OPEN and bool(rest)
            # "He said this while addressing a seminar …", "has said this many times": no clause either
            nothing = following is not None and following.group(1).lower() in PREPOSITIONS | OBJECT_FOLLOWERS
            bad_start = bad_start or (nothing and not quoted_verb)
        if bad_start and first == "no" and NEGATED_SUBJECT.match(masked, start, end):
            bad_start = False  # "said no decision had been taken": "no" opens the clause's subject
        if bad_start and QUANTIFIED.match(masked, start, end):
            bad_start = False  # "said at least 40 civilians had been killed": a number's subject, not a preposition
        if masked[start] != OPEN and bad_start:
            return None
        if not with_that and not free and not self._has_signature(start, end):
            return None
        stop = self.clause_end(start, end)
        stop = trim_span(masked, start, stop, ".,;:!?—–-")[1]
        if dangling := DANGLING_RELATIVE.search(masked, start, stop):
            stop = dangling.start()  # "… to Marco Rubio, who, according to Lula, replied": the clause ends at the name
        quote = self.doc.quote_containing(start) if masked[start] == OPEN else None
        after_quote = masked[quote.close + 1 : stop] if quote is not None and quote.close is not None else None
        if after_quote is not None and re.match(r"\s*(?:[,—–-]|while\b|and\b|as\b)", after_quote):
            return None  # 'adding "but we will help" while not ruling out …': the quote is the statement
        if stop <= start or self._is_one_quote(start, stop) or self._word_count(start, stop) < 3:
            return None
        return start, stop, with_that

    def _first_word(self, start, end):
        match = re.compile(r"\s*(\w+)").match(self.masked, start, end)
        return match.group(1).lower() if match else None

    def _has_signature(self, start, end):
        """A finite verb early on: 'it is', 'the talks would', 'we are'."""
        first = self.doc.token_at(start)
        tokens = self.doc.tokens[first : first + 10]
        for offset, token in enumerate(tokens):
            if token.start >= end or (offset and "," in self.masked[tokens[offset - 1].end : token.start]):
                return False
            if token.lower in COORDINATORS or (offset == 0 and token.lower in {"this", "that"}):
                return False
            if offset == 0 and token.lower in SUBJECT_PRONOUNS:
                return True
            previous = tokens[offset - 1].lower if offset else ""
            if token.lower in SIGNATURE_AUX and previous == "and":
                return False  # "proposed dates for a ceremony and was waiting": the subject's second verb
            if token.lower in SIGNATURE_AUX and offset > 0:
                return True
            spaced = offset and self.masked[tokens[offset - 1].end : token.start].isspace()  # not "so-called"
            past = token.raw.islower() and token.lower.endswith("ed") and previous not in DETERMINERS
            if 0 < offset <= 4 and spaced and past:
                return True  # "told reporters the launch violated …"
        return False

    def clause_end(self, start, end):
        """Sentence end, or where a new attribution or a quote introduced by a colon begins."""
        index = bisect.bisect_left(self.boundaries, start)
        return min(self.boundaries[index], end) if index < len(self.boundaries) else end

    def _boundaries(self):
        masked, end = self.masked, self.sentence.end
        for match in CLAUSE_PUNCTUATION.finditer(masked, self.sentence.start, end):
            pos, char = match.start(), match.group()
            following = NEXT_VISIBLE.match(masked, pos + 1, end)
            quote_follows = following is not None and following.group(1) == OPEN
            attribution_follows = char == "," and self._attribution_starts(pos + 1, end)
            if char == ";" or (char in ":—–" and quote_follows) or attribution_follows:
                yield pos

    def _attribution_starts(self, pos, end):
        words = WORDS.findall(self.masked, pos, min(end, pos + 60))[:4]
        lowered = [word.lower() for word in words]
        if not lowered:
            return False
        if lowered[0] in PARTICIPLE_STOPS or lowered[:2] == ["according", "to"]:
            return True
        if lowered[0] in {"in", "during"} and lowered[1:2] in (["remarks"], ["comments"]):
            return True  # "…, in remarks to the federal parliament on Tuesday": the words' occasion, after them
        if lowered[0] in {"and", "while", "before"} and len(lowered) > 1 and lowered[1] in PARTICIPLE_STOPS:
            return True
        # ", while Premier Cho Jung-tai urged …": another speaker's frame starts
        if lowered[0] in {"while", "whereas", "but", "and"} and words[1:2] and words[1][:1].isupper():
            following = [word.lower() for word in WORDS.findall(self.masked, pos, min(end, pos + 80))[2:8]]
            if any(word in VERB_FORMS and not word.endswith("ing") for word in following):
                return True
            # ", while Jammu and Kashmir Chief Minister Omar Abdullah called on …": a long capitalised subject
            named = WORDS.findall(self.masked, pos, min(end, pos + 160))[1:16]
            run = 0
            while run < len(named) and (named[run][:1].isupper() or named[run] in ("and", "of", "the", "for")):
                run += 1
            verb = named[run].lower() if run < len(named) else ""
            if run >= 2 and named[run - 1][:1].isupper() and verb in VERB_FORMS and not verb.endswith("ing"):
                return True
        # ", he said." / ", Peskov said." closing an inner clause
        return len(lowered) >= 2 and lowered[1] in {"said", "says", "added", "told"} and lowered[0] in {"he", "she"}

    def _is_one_quote(self, start, stop):
        quote = self.doc.quote_containing(start)
        return quote is not None and quote.open == start and quote.outer_end >= stop

    def _word_count(self, start, stop):
        return len(re.findall(r"\w+", self.doc.text[start:stop]))
