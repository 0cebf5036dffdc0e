"""Attribution after the words: a clause then its speaker ("Germany will not send troops, Merz said on
Wednesday"; "Russia, he said, was using talks …") and the inverted verb ('…," said Peskov'). Mixed into
`SubjectFrames`."""

import re

from .clauses import skip_adverbials
from .collectives import ACRONYM_AFTER
from .dates import CUE
from .document import CLOSE, OPEN
from .lexicon import (
    AUXILIARIES,
    CONJUNCTIONS,
    NAME_JOINS,
    OBJECT_FIRST,
    PREPOSITIONS,
    REPORTING_LEMMAS,
    ROLE_WORDS,
    SPEECH_VERB_FORMS,
    SUBJECT_PRONOUNS,
    VERB_FORMS,
    WH_WORDS,
)
from .names import POSSESSIVES, SPOKES_NOUNS, TITLE_WORDS
from .speech import Frame, clause_span

# What may stand between a source and its day: "according to the JCS on the 13th, …".
DAY_BEFORE = re.compile(r"\s*(?:on\s+)?")
# Lower-case words ending like a finite verb that are not one, after a subject.
NOT_FINITE = {"is", "was", "has", "this", "its", "his", "us", "as", "news", "forces", "talks", "officials", "leaders"}
IRREGULAR_PAST = {"spoke", "met", "held", "took", "gave", "made", "came", "went", "sent", "left", "kept", "began"}
IRREGULAR_PAST |= {"led", "won", "lost", "saw", "knew", "ran", "fell", "rose", "broke", "brought", "built", "chose"}
IRREGULAR_PAST |= {"flew", "got", "grew", "heard", "hit", "let", "paid", "put", "set", "shot", "sold", "stood"}
IRREGULAR_PAST |= {"struck", "threw", "understood", "wrote", "told", "said"}
# A short subject, then a quote that opens with its verb: 'The leaders "agreed to …"'.
# a short subject, perhaps with an "of" phrase: 'The leaders "agreed …"', 'Statements of this kind "do not help" …'
SUBJECT_THEN_QUOTE = re.compile(r"(?:The|Both|[A-Z][\w'’.-]*)(?:\s+[\w'’.-]+){0,2}(?:\s+of(?:\s+[\w'’.-]+){1,3})?\s+")
QUOTED_VERB = re.compile(r"[a-z]+\b")
# A hearer of a few words after "told": "the stock exchanges", "a news conference", "his weekly press conference" (no
# clause's "that").
HEARER = re.compile(
    r"\s*(?:(?:the|a|an|his|her|its|their)\s+|[A-Z][\w.-]*['’]s\s+)?(?!that\b)[a-z][\w'’-]*(?:\s+(?!that\b|on\b|in\b)[a-z][\w'’-]*){0,2}"
)
# A hearer named with "the": "told the Observer", "told the New York Times".
NAMED_HEARER = re.compile(r"\s*the\s+(?:[A-Z][\w'’.-]*\s*){1,4}(?=[\s.!?,])")
# Verbs whose object follows, then "of" or "for": "accuses Ethiopia of …", "thanked Sudani for …"; never inverted.
ACCUSING = {"accuse", "blame", "thank", "praise", "criticise", "criticize", "condemn", "denounce", "hail"}
ACCUSING |= {"welcome"}  # "…, welcomed the decision, saying …": what is welcomed follows, never the speaker
# A line's label before its words: "- Human Rights Watch: …".
LINE_LABEL = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,5}[ \t]*:[ \t]+")
# A lead's dateline before the clause: "VILNIUS – ", "Oslo (NTB): ", "JAMMU, July 13: ", "Geneva (Keystone-SDA) - ".
LEAD_DATELINE = re.compile(
    r"[A-Z][\w.'’-]+(?:[ \t][A-Z][\w.'’-]+){0,2}(?:,[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})?"
    r"(?:[ \t]*\([A-Z][\w-]{1,15}\))?[ \t]*(?::|[-—–]+)[ \t]+(?=[A-Z\"“])"
)
# A time phrase ending the sentence after the attribution: "…, X said on Thursday after two days of talks between
# the two delegations in Geneva.", "… following a meeting of the donor group in Brussels."
TIME_TAIL = re.compile(
    r"\b(?:after|following|during|ahead\s+of|at\s+the\s+end\s+of|on\s+the\s+sidelines\s+of)\s+"
    rf"[^,;:!?\n{OPEN}{CLOSE}]+?(?=[.!?]?\s*$)"
)
# What a denial or a rebuttal acts on, never a speaker after the verb: "X, an adviser, denied the accusation".
ANSWERED = {"accusation", "accusations", "allegation", "allegations", "charge", "charges", "claim", "claims"}
ANSWERED |= {"rumour", "rumours", "rumor", "rumors", "reports"}
# What may stand between two words of one noun phrase: a space, a possessive, a hyphen, an initial's stop.
NP_GAP = re.compile(r"\s*|\s*['’]\s*|-|\.\s*|\s*&\s*")
# A body's name that lists its portfolios with commas: "the Foreign, Commonwealth and Development Office".
LISTED_BODY = re.compile(
    r"(?:,[ \t]*[A-Z][\w'’-]*)+[ \t]+and[ \t]+[A-Z][\w'’-]*[ \t]+"
    r"(?:Office|Ministry|Department|Agency|Commission|Committee|Council|Authority|Service)\b"
)


# The day after an inverted speaker's name: '"…," said Ana Ruiz on Tuesday (in Kiel).'
SAID_WHEN = re.compile(
    r"\s+(?:(?:on|last|this)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
)


# A conjunction after the attribution's comma opening a clause of the speaker's: ", he said, but …".
TAIL_CONJUNCTION = re.compile(r"\s*,\s*(?P<word>but|and|although|though)\s+(?=\w)")
BACKSHIFTED = re.compile(r"\b(?:would|could|might|had|was|were)\b")

# Where the hearers were, a named building or town: "told reporters at the Prime Minister's Office".
PLACE_HEARD = re.compile(r"\s*(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w.-]*(?:['’]s)?\s*){1,4}")
# A body's long name may run this many words past the nine a speaker's name may: "the United Nations Office for the
# Coordination of Humanitarian Affairs", "… Agency for Refugees in the Eastern Basin".
LONG_NAME_WORDS = 8
# A person's age in brackets right after the name, as Korean and Japanese copy gives it: "Lee Ok-soon (71)".
AGE_AFTER = re.compile(r"[ \t]*\(\d{1,3}\)")
# Translated copy puts the day between an inverted verb and its speaker: "…, affirmed this Monday, 8, the coordinator
# of …", "…, guaranteed on Saturday the regional secretary" (afirmou nesta segunda-feira, 8, o coordenador).
INVERTED_DAY = re.compile(
    r"\s+(?:(?:this|on|last)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s*,\s*\d{1,2}\s*,)?"
    r"(?=\s+(?:the|a|an)\s)"
)


class AttributionAfter:
    def _attribution_after_clause(self, frame, first, k):
        """'Germany will not send troops, Merz said on Wednesday.' and 'Russia, he said, was using talks …'."""
        gap = self.doc.gap(self.narration[first - 1], self.narration[first]) if first else ""
        if "," not in gap or CLOSE in gap:
            return
        pronoun = self.tokens[self.narration[first]].lower in ("he", "she")  # "…, he reports": his verb, not a noun
        if first + 1 < len(self.narration) and self.tokens[self.narration[first + 1]].lower in ANSWERED and not pronoun:
            return  # "X accused Y of …, a charge Y has denied": Y denies the charge, the clause is the writer's
        masked, body_start = self.doc.masked, self.tokens[self.narration[0]].start
        if self.tokens[self.narration[0]].lower in {"but", "and", "yet"} and first > 1:
            body_start = self.tokens[self.narration[1]].start  # "But Israel wants …, he said": the clause after "But"
        label = LINE_LABEL.match(masked, body_start)
        if label and label.end() < self.tokens[self.narration[first]].start:
            body_start = label.end()  # "Human Rights Watch: the deal "…", the group said": after the line's label
        dateline = LEAD_DATELINE.match(masked, body_start)
        if dateline and dateline.end() < self.tokens[self.narration[first]].start and self._lead_line(body_start):
            body_start = dateline.end()  # "Oslo (NTB): The Authority could collapse …, X said": after the dateline
        comma = self.tokens[self.narration[first - 1]].end + gap.index(",")
        if masked[body_start:comma].rstrip().endswith(")") and "(" not in masked[body_start:comma]:
            # '"…" (There is no water. The roads are closed), Ana Ruiz said in Quechua': the last sentence of the
            # outlet's translation in brackets after the quote, not words reported
            return
        verb_end = self.tokens[self.narration[k]].end
        skipped = skip_adverbials(masked, verb_end, self.sentence.end)
        tail = TIME_TAIL.search(masked, verb_end, self.sentence.end)
        if tail and not masked[verb_end : tail.start()].strip(" ,") or tail and tail.start() <= skipped:
            skipped = tail.end()  # "X said on Thursday after two days of talks between the delegations in Geneva."
        after = masked[skipped : self.sentence.end]
        if self.tokens[self.narration[k]].lower in ("told", "tells"):  # ", he told Al Jazeera." / "… told reporters."
            after = re.sub(r"^\s*(?:[A-Z][\w'’.-]*\s*){1,4}(?=[.!?,])|^\s*(?:reporters|journalists)\b", "", after)
            # "…, he told reporters in Moscow.": the town where they heard it, not a clause
            after = re.sub(r"^\s*(?:in|at)\s+(?:[A-Z][\w'’.-]*\s*){1,3}(?=[.!?]\s*$)", "", after)
            if place := PLACE_HEARD.match(after):
                # "…, the chief cabinet secretary told reporters at the Prime Minister's Office a few minutes ago."
                rest = skip_adverbials(masked, self.sentence.end - len(after) + place.end(), self.sentence.end)
                if re.fullmatch(r"\s*[.!?]?\s*", masked[rest : self.sentence.end]):
                    after = masked[rest : self.sentence.end]
            if outlet := re.match(r"\s*(?:[A-Z][\w'’.-]*\s+){1,4}(?=(?:on|late|early|last|this)\b)", after):
                # ", an official told Reuters on Monday.": the outlet, then when
                rest = self.sentence.end - len(after) + outlet.end()
                after = masked[skip_adverbials(masked, rest, self.sentence.end) : self.sentence.end]
            if named := NAMED_HEARER.match(after):  # ", a diplomat told the Observer on Saturday.": a paper, then when
                rest = self.sentence.end - len(after) + named.end()
                after = masked[skip_adverbials(masked, rest, self.sentence.end) : self.sentence.end]
            # "…, the company told the stock exchanges on Thursday, reopening …": a hearer, then when
            hearer = HEARER.match(after)
            if hearer and not re.fullmatch(r"\s*(?:[.!?]\s*|,.*)?", after, re.DOTALL):
                rest = self.sentence.end - len(after) + hearer.end()
                after = masked[skip_adverbials(masked, rest, self.sentence.end) : self.sentence.end]
        ending = re.fullmatch(r"\s*[.!?]?\s*", after)
        if ending and (lead := self._opening_phrase_end(body_start, comma)) is not None:
            body_start = lead  # "On Sunday, the draft had been agreed, a diplomat said.": the clause after the phrase
        after_conjunction = body_start != self.tokens[self.narration[0]].start
        rest = re.match(r"\s*,\s*(?=\w)", after)
        if self.tokens[self.narration[first - 1]].lower in ("and", "but") and rest and first > 1:
            # "The deal covers 113 engines and, sources said, about 80 per cent of the technology.": what is
            # reported comes after the attribution, the narration before the "and" is the writer's
            frame.kind = "parenthetical"
            frame.clause = clause_span(masked, self.sentence.end - len(after) + rest.end(), self.sentence.end)
            return
        parted = re.match(r"\s*,\s*(?=[a-z])", after)
        inside = any(earlier.clause and earlier.clause[0] <= comma < earlier.clause[1] for earlier in self.found)
        if parted and self.tokens[self.narration[first - 1]].lower == "which" and not inside:
            # "objected to a line …, which, it said, would give …": what it said is the rest of the relative clause (not
            # inside a clause reported already: "noted that …, which, he stressed, would …" is one statement)
            frame.kind = "parenthetical"
            frame.clause = clause_span(masked, self.sentence.end - len(after) + parted.end(), self.sentence.end)
            return
        if self._reads_as_clause(body_start, comma, after_conjunction) and re.fullmatch(
            r"\s*(?:[.!?]\s*|,.*)?", after, re.DOTALL
        ):
            frame.kind, frame.clause = "postposed", clause_span(masked, body_start, comma)
            # "X, Dar said, but Pakistan would defend …": the clause coordinated after the attribution is the
            # speaker's too, when it has a subject and a backshifted verb of its own ("would", "had") and no verb of
            # saying ("…, Merz said, but Berlin is prepared to …" may be the writer's; "but Israel said …" is not his)
            tail = TAIL_CONJUNCTION.match(after)
            tail_start = self.sentence.end - len(after) + tail.end() if tail else None
            backshifted = tail and BACKSHIFTED.search(masked, tail_start, self.sentence.end)
            # "X does not ask …, a spokeswoman said, and would not share …": the clause's subject goes on, unsaid
            subjectless = tail and BACKSHIFTED.match(masked, tail_start)
            if (
                backshifted
                and (subjectless or self._reads_as_clause(tail_start, self.sentence.end, True))
                and not self._says(tail_start)
            ):
                frame.tail = clause_span(masked, tail_start, self.sentence.end)
        elif re.match(r"\s*,\s*[a-z]", after):
            frame.kind = "parenthetical"
            frame.clause = clause_span(masked, body_start, self.sentence.end)

    def _says(self, start):
        """A verb of saying from `start` to the sentence's end: ", but Israel said the group …" is another voice."""
        return any(
            token.lower in SPEECH_VERB_FORMS
            for token in (self.tokens[i] for i in self.doc.tokens_between(start, self.sentence.end))
        )

    def _lead_line(self, position):
        """Whether `position` opens a paragraph (where a dateline stands)."""
        return position == 0 or self.doc.masked[position - 1] == "\n"

    def _opening_phrase_end(self, start, comma):
        """Where the clause after an opening phrase and its comma begins ("On Sunday, the draft had been agreed"),
        when the words before the attribution do not read as a clause but those after the phrase do."""
        opening = self.tokens[self.doc.token_at(start)].lower
        if opening not in PREPOSITIONS | {"when", "as", "while", "after", "before", "once", "until"}:
            return None
        lead = re.compile(r",\s+").search(self.doc.masked, start, comma)  # not "3,000"
        if lead is None or self._reads_as_clause(start, comma):
            return None
        return lead.end() if self._reads_as_clause(lead.end(), comma, after_conjunction=True) else None

    def _reads_as_clause(self, start, end, after_conjunction=False):
        """A reported clause, not a lead-in like 'Speaking to reporters' or 'On Monday'; after an opening "But" its
        first word is in small letters ("But they would not accept …, she added", "but his government was …")."""
        words = [self.tokens[i] for i in self.doc.tokens_between(start, end)]
        if len(words) < 4 or words[0].lower in PREPOSITIONS | CONJUNCTIONS | WH_WORDS:
            return False
        opening = after_conjunction and words[0].lower in SUBJECT_PRONOUNS | POSSESSIVES | {"the"}
        if (words[0].raw.islower() and not opening) or words[0].lower.endswith(("ing", "ed")):
            return False
        if any(word.lower in AUXILIARIES - {"s"} for word in words) or words[0].lower in SUBJECT_PRONOUNS:
            return True
        # "Ukraine needs at least ten more systems, Zelensky said": a capitalised subject, then a finite verb,
        # also after an appositive: "Badr Albusaidi, the Omani foreign minister, spoke with Araghchi, the ministry said"
        if not (words[0].capitalised or opening):
            return False
        following = words[1:3]
        if words[0].lower == "the":
            following = words[1:8]  # "The Jordanian field hospital in Khan Younis treated …": a longer subject
        opened = self.doc.masked.find(OPEN, start, end)
        subject = self.doc.masked[start:opened] if opened != -1 else ""
        if SUBJECT_THEN_QUOTE.fullmatch(subject) and (verb := QUOTED_VERB.match(self.doc.text, opened + 1)):
            # 'The leaders "agreed to continue talks" on steel, the readout said': the verb opens the quote
            return verb.group() in AUXILIARIES or verb.group().endswith("ed") or verb.group() in IRREGULAR_PAST
        named = 1
        while named < min(len(words) - 1, 8) and (
            words[named].capitalised or words[named].lower in {"of", "for"} and words[named + 1].capitalised
        ):
            named += 1  # "The Republic of Uzbekistan reaffirms …": "of" inside the name too
        titled = any(word.lower in ROLE_WORDS for word in words[1:named])
        if words[0].lower == "the" and named > 2 and not titled:
            # "The Border Security Force (BSF) shot down a drone, a spokesman said": a body's long name, then its verb
            following += words[named : named + 1]
        commas = [i for i in range(1, len(words)) if "," in self.doc.masked[words[i - 1].end : words[i].start]]
        if len(commas) >= 2 and commas[1] - commas[0] <= 8:
            following += words[commas[1] : commas[1] + 1]
        return any(_finite(word) for word in following)

    def _inverted(self, k, lemma):
        """'…," said Peskov.' / 'Russia is ready, said Peskov.': the speaker follows the verb."""
        if lemma in OBJECT_FIRST or lemma in ACCUSING:  # "told the agency": the hearer follows, not the speaker
            return None  # "…, accuses Ethiopia of imposing a fait accompli": the one accused
        verb = k
        if day := INVERTED_DAY.match(self.doc.masked, self.tokens[self.narration[k]].end, self.sentence.end):
            while k + 1 < len(self.narration) and self.tokens[self.narration[k + 1]].end <= day.end():
                k += 1  # past the day, to the speaker after it
        end = self._np_after(k)
        if end is None:
            return None
        first, last = self.narration[k + 1], self.narration[end]
        k = verb
        if self.tokens[last].lower in ANSWERED:
            return None  # the verb's object: "An NLF adviser, Joel Masa, denied the accusation."
        speaker = self._holder_apposed(k, end) or self.resolver.speaker(first, last)
        if speaker is None:
            return None
        frame = Frame(self.narration[k], lemma, "inverted", speaker, (first, last))
        preceded_by, comma = self._preceded_by(k)
        if preceded_by == "quote":
            frame.quote = self._quote_before(k)
        elif preceded_by == "comma" and k > 1 and lemma in REPORTING_LEMMAS:
            frame.clause = (self.tokens[self.narration[0]].start, comma)
        return frame

    def _holder_apposed(self, k, end):
        """'…, announced the national superintendent of Migraciones, Ana Ruiz Paz, in dialogue with …': a title
        described in small letters after the inverted verb, then the holder's name between commas; the person."""
        title = [self.tokens[self.narration[i]] for i in range(k + 1, end + 1)]
        # "…», explains its president, Olena Marchenko, a Kharkiv native": the owner's office, then its holder
        owned = len(title) >= 2 and title[0].lower in {"its", "their", "his", "her"}
        if not (len(title) >= 3 and title[0].lower == "the" or owned) or not any(t.raw.islower() for t in title[1:]):
            return None
        if end + 1 >= len(self.narration) or self.doc.gap(self.narration[end], self.narration[end + 1]) != ", ":
            return None
        last = end + 1
        while last + 1 < len(self.narration) and NP_GAP.fullmatch(
            self.doc.gap(self.narration[last], self.narration[last + 1])
        ):
            last += 1
        names = [self.tokens[self.narration[i]] for i in range(end + 1, last + 1)]
        if not 2 <= len(names) <= 4 or not all(t.capitalised for t in names):
            return None
        after = self.doc.masked[self.tokens[self.narration[last]].end : self.sentence.end].lstrip()
        if after[:1] not in (",", ".", ""):
            return None
        speaker = self.resolver.speaker(self.narration[end + 1], self.narration[last])
        return speaker if speaker is not None and speaker.is_person and " " in speaker.name else None

    def _preceded_by(self, k):
        """('quote', None) after a closing quote, ('comma', its position) after a comma, else (None, None)."""
        masked, start = self.doc.masked, self.sentence.start
        pos = self.tokens[self.narration[k]].start
        while pos > start and masked[pos - 1].isspace():
            pos -= 1
        comma = None
        if pos > start and masked[pos - 1] == ",":
            comma = pos = pos - 1
            while pos > start and masked[pos - 1].isspace():
                pos -= 1
        if pos > start and masked[pos - 1] == CLOSE:
            return "quote", None
        return ("comma", comma) if comma is not None else (None, None)

    def _np_after(self, k, prepositions=False):
        """Index (into the narration) of the last token of a name right after the verb, ending the clause.

        `prepositions`: the name may hold any ("two people familiar with the talks").
        """
        end = None
        for offset in range(k + 1, min(len(self.narration), k + 10 + LONG_NAME_WORDS)):
            word = self.tokens[self.narration[offset]]
            gap = self.doc.gap(self.narration[offset - 1], self.narration[offset])
            listed = gap.strip() == "," and LISTED_BODY.match(
                self.doc.masked, self.tokens[self.narration[offset - 1]].end
            )
            if offset > k + 1 and not NP_GAP.fullmatch(gap) and not listed:
                break
            if offset >= k + 10 and not self._long_name(k + 1, offset):
                break  # past nine words only a body's own name goes on: "the Office for the Coordination of …"
            if len(word.raw) > 1 and word.raw.isupper():
                end = offset  # an acronym, whatever word it spells: "according to the WHO", "US"
                continue
            if word.lower in AUXILIARIES - {"s"} or word.lower in WH_WORDS or word.lower in VERB_FORMS:
                return None
            if word.raw.islower() and word.lower in IRREGULAR_PAST:
                return None  # "said the plan came too late": a clause after the verb, no speaker
            preposition = word.lower in PREPOSITIONS and word.lower not in ("of", "for") and not prepositions
            if word.lower in CONJUNCTIONS - {"and"} or preposition:
                break
            end = offset
        if end is None:
            return None
        first = self.tokens[self.narration[k + 1]]
        # "said economist Dr. Ana Ruiz": a described person, a word in small letters before the name
        described = end > k + 1 and all(self.tokens[self.narration[i]].capitalised for i in range(k + 2, end + 1))
        if not (
            prepositions
            or first.capitalised
            or first.lower in {"the", "a", "an", "he", "she", "they", "his", "her"}
            or described
            or self._owners_office(k + 1, end)
        ):
            return None
        after = self.tokens[self.narration[end]].end
        if acronym := ACRONYM_AFTER.match(self.doc.masked, after, self.sentence.end):
            after = acronym.end()  # "according to the International Organisation for Migration (IOM),"
        elif age := AGE_AFTER.match(self.doc.masked, after, self.sentence.end):
            after = age.end()  # Korean copy's age after a name: '"…," said resident Lee Ok-soon (71),'
        rest = self.doc.masked[after : self.sentence.end].lstrip()
        if prepositions and rest and rest[0] not in ",.;!?":
            day = CUE.match(self.doc.masked, DAY_BEFORE.match(self.doc.masked, after).end())
            return end if day and self.doc.masked.startswith(",", day.end()) else None  # "(JCS) on the 13th, …"
        if rest and rest[0] not in ",.;!?" and (when := SAID_WHEN.match(self.doc.masked, after, self.sentence.end)):
            # '"…," said economist Dr. Ana Ruiz on Tuesday in Kiel.': the day and the place end the sentence
            place = PLACE_HEARD.match(self.doc.masked, when.end(), self.sentence.end)
            rest = self.doc.masked[place.end() if place else when.end() : self.sentence.end].lstrip()
        return end if not rest or rest[0] in ",.;!?" else None

    def _owners_office(self, first, last):
        """'…», explains its president, Olena Marchenko': "its" or "their", then the owner's office, after an inverted
        verb (not 'reaffirmed their respect for …', the verb's object)."""
        if last <= first or self.tokens[self.narration[first]].lower not in {"its", "their"}:
            return False
        return self.tokens[self.narration[last]].lower in ROLE_WORDS | TITLE_WORDS | SPOKES_NOUNS

    def _long_name(self, first, last):
        """Whether narration tokens first..last are one capitalised name, its small words between capitalised ones:
        "the United Nations Office for the Coordination of Humanitarian Affairs"."""
        words = [self.tokens[self.narration[i]] for i in range(first, last + 1)]
        if words[0].lower == "the":
            words = words[1:]
        return (
            bool(words) and words[0].capitalised and all(w.capitalised or w.lower in NAME_JOINS | {"in"} for w in words)
        )

    def _quote_before(self, k):
        pos = self.tokens[self.narration[k]].start
        before = [quote for quote in self.sentence.quotes if quote.outer_end <= pos]
        return before[-1] if before else None


def _finite(word):
    """A lower-case word that reads as a finite verb: "needs", "launched", "spoke"."""
    if not word.raw.islower() or word.lower in NOT_FINITE:
        return False
    return word.lower.endswith(("s", "ed")) or word.lower in IRREGULAR_PAST
