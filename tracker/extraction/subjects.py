"""Who a reporting verb's subject is: the noun phrase before it (titles, lists, appositives, asides, relative
clauses), or after it when inverted ("…," said Peskov). Mixed into `FrameFinder`."""

import re
from dataclasses import replace

from .carriers import is_carrier
from .collectives import ACRONYM_AFTER, SPELT_JOINS, spelt_from
from .dates import WEEKDAYS
from .directory import PARTICLES
from .document import CLOSE, LOWER_TIERS
from .lexicon import (
    AUXILIARIES,
    BETWEEN_SUBJECT_AND_VERB,
    CONJUNCTIONS,
    DAYS,
    FRAGMENT,
    INSTITUTION_WORDS,
    NOUN_FIRST,
    NOUN_LIKE,
    OBJECT_FIRST,
    PREPOSITIONS,
    REPORTING_LEMMAS,
    ROLE_WORDS,
    SUBJECT_PRONOUNS,
    VERB_FORMS,
    WH_WORDS,
)
from .names import (
    ADVISERS,
    DESCRIBED_HEADS,
    DESCRIBED_PERSONS,
    DETERMINERS,
    FROM_PERSONS,
    FROM_WHAT,
    GATHERED,
    LOCATED,
    MEMBERED_GROUPS,
    ORGANISATION_WORDS,
    PERSON_NOUNS,
    PLACED_GROUPS,
    POSSESSIVES,
    SERVING,
    SINGLE_UNNAMED,
    SPEAKING_FOR,
    SPOKES_NOUNS,
    TITLE_WORDS,
    is_demonym,
    is_located,
)
from .nesting import comma_before
from .postposed import NP_GAP, AttributionAfter
from .speech import Frame

# A communiqué's formal voice: "wishes to state that", "would like to recall that" say what they announce.
WISHING = {"wish", "wishes", "wished", "like", "likes"}
REQUIRED_OBJECT = {"tell"} | NOUN_FIRST
OPTIONAL_OBJECT = OBJECT_FIRST - REQUIRED_OBJECT
# Words that are no name in a list opening a sentence: "In Paris, …", "However, …", "On Sunday, …", "…, Minister …".
LIST_BREAKERS = ROLE_WORDS | TITLE_WORDS | PREPOSITIONS | BETWEEN_SUBJECT_AND_VERB | set(WEEKDAYS)
LIST_BREAKERS |= {"however", "moreover", "furthermore", "nevertheless", "instead", "still", "indeed", "yesterday"}
RELATIVE = {"who", "which", "whose", "whom"}
# Who had a document, in an aside after it: "a letter …, seen by Reuters, which warned …".
PROVENANCE = {"seen", "obtained", "reviewed", "consulted"}
HELD = {"held", "detained", "jailed", "imprisoned", "trapped", "stranded"}  # people kept somewhere, then "in"
RETIRED = {"retd", "ret", "rtd", "retired"}  # an officer's "(retd.)" after the name
# Who works at a company, named only by where: "A senior executive at a state-run refiner", "traders at the port".
EMPLOYED = {"executive", "executives", "employee", "employees", "manager", "managers", "trader", "traders", "banker"}
EMPLOYED |= {
    "analyst",
    "analysts",
    "economist",
    "economists",
}  # "an analyst at a grain brokerage", "economists at a bank"
DASHES = {"—", "–"}
KNOWING = {"sources", "people", "officials", "persons"}  # "… with knowledge of the deal": who knows, unnamed
TIME_WORDS = {"time", "moment", "times", "first", "least", "last", "once", "weekend", "start", "end", "night"}
ASIDE_CONJUNCTIONS = {"while", "when", "after", "before"}  # "…, while talking to reporters, said"
PERIODS = {"week", "month", "year", "weekend", "night", "morning", "afternoon", "evening"}
NICKNAME = re.compile(r"\s+[“\"‘'«]\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*[”\"’'»]\s*,\s*")


# A name in quotation marks inside a subject's aside: a programme, a campaign, an operation.
QUOTED_NAME = re.compile(r"\s*[“\"‘'](?:[A-Z][\w’'-]*[ \t]?){1,5}[”\"’']\s*")


MONTH_NAMES = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october"}
MONTH_NAMES |= {"november", "december"}
# Quoted words inside a relative clause, between two of its words or ending it before the comma.
QUOTED_WORDS = re.compile(r"\s*“[^“”]*”\s*")
QUOTED_THEN_COMMA = re.compile(r"\s*“[^“”]*”\s*,\s*")
LEGISLATORS = {"senators", "legislators", "parliamentarians", "mps", "deputies", "congressmen", "lawmakers"}
KIN_NOUNS = {"mother", "father", "son", "daughter", "brother", "sister", "cousin", "uncle", "aunt", "wife", "husband"}
KIN_NOUNS |= {"nephew", "niece", "grandmother", "grandfather", "grandson", "granddaughter"}
SAYING = {"say", "tell", "write", "add", "state"}  # verbs a body's "which" clause may stand before
PARTY_TAG = re.compile(r"[DRI]-(?:[A-Z][a-z]*\.?(?: ?[A-Z][a-z]*)?|[A-Z]\.[A-Z])")  # "R-La", "D-N.Y", "I-Vt"
COMMA_INSIDE_QUOTE = re.compile(r"\s*[\"“][^\"“”]*,[\"”]\s*")  # 'which named the drills "Strait Thunder," said'


class SubjectFrames(AttributionAfter):
    def _subject_frame(self, k, lemma):
        verb = self.tokens[self.narration[k]]
        if k > 1 and verb.raw.istitle() and "," in self.doc.gap(self.narration[k - 1], self.narration[k]):
            speaker = self._sentence_subject(k)  # "Kremlin Lowers Hopes for …, Says It Is Waiting …"
            return Frame(self.narration[k], lemma, "finite", speaker) if speaker is not None else None
        j = self._before_bracketed_date(k - 1)
        while j >= 0 and self._plain(j) and self._skippable(j):
            j -= 1
        while j >= 2 and (length := self._time_phrase(j)):
            j -= length  # "Petro, who in August accused", "who on 21 January described": the subject before
            while j >= 0 and self._plain(j) and self._skippable(j):
                j -= 1
        while j >= 3 and self._recent_phrase(j):
            j -= 3  # "His government has in recent months accused": the subject before the phrase
            while j >= 0 and self._plain(j) and self._skippable(j):
                j -= 1
        while j >= 3 and self._adverbial_phrase(j):
            j -= 3  # "Murkomen on his part dismissed", "Kallas for her part said": the subject before the phrase
            while j >= 0 and self._plain(j) and self._skippable(j):
                j -= 1
        bracketed = j != (j := self._before_parenthesis(j))
        bracketed = j != (j := self._before_acronym_and_noun(j)) or bracketed
        aside = j != (j := self._before_aside(j))
        aside = j != (j := self._before_dash_aside(j)) or aside
        aside = j != (j := self._before_age(j)) or aside
        aside = j != (j := self._before_party_tag(j)) or aside
        if j >= 1 and (subject_end := self._restrictive_relative(j)) is not None:
            closed = "," in self.doc.gap(self.narration[j], self.narration[j + 1])
            head = self._segment_start(subject_end)
            if closed and head and "," in self.doc.gap(self.narration[head - 1], self.narration[head]):
                # "Karam Shaar, a Syrian economist who advises donors, said": the relative clause ends an apposition
                return self._after_comma(subject_end, k, lemma)
            j = subject_end
        if j < 0:
            return self._inverted(k, lemma)
        gap = "" if aside else self.doc.gap(self.narration[j], self.narration[j + 1])
        if CLOSE in gap and self._nickname(j):
            gap = ","  # 'Abdirahman Mohamed Abdullahi "Irro", said': a nickname in quotation marks after the name
        saying = lemma in SAYING
        if CLOSE in gap and not (self._quoted_then_comma(j) and self._relative_antecedent(j, saying) is not None):
            return self._inverted(k, lemma)  # '…," said Peskov'
        if "," in gap or CLOSE in gap:  # the comma after quoted words, or inside their marks
            frame = self._after_comma(j, k, lemma)
            return self._apposed_after_clause(frame, j, k, lemma) if CLOSE not in gap else frame
        if not (bracketed or aside) and not self._plain(j):
            return None
        if self.tokens[self.narration[j]].lower in {"and", "but"}:
            # "called it X and said …"; "did not specify …, but said …": the subject of the sentence
            outer = self.found[-1] if self.found else None
            if outer is not None and j > 0 and comma_before(self.doc.text, self.tokens[self.narration[j]].start):
                # "He recalled that X had told parliament that …, and said that …": after a comma, the verb joins
                # the frame that holds the last one, not the speech that one relays
                position = self.tokens[outer.verb].start
                holders = [f for f in self.found if f.clause and f.clause[0] <= position < f.clause[1]]
                outer = holders[0] if holders else outer
            speaker = outer.speaker if outer is not None else self._sentence_subject(k)
            position = self.tokens[self.narration[k]].start
            inside = outer is not None and outer.clause and outer.clause[0] <= position < outer.clause[1]
            if inside and is_carrier(outer.speaker, self.doc.directory.outlet_names):
                # "KCNA reported that Kim had inspected a factory and called for …": the agency says nothing itself
                speaker = self._subject_from(outer.clause[0], k)
            return Frame(self.narration[k], lemma, "finite", speaker) if speaker is not None else None
        if self.tokens[self.narration[j]].raw in {"me", "us"}:
            return None  # "Let me also mention that …": the speaker's own voice; an object pronoun is no subject
        relative = self.tokens[self.narration[j]].lower in RELATIVE
        if relative:  # "Szijjártó, who said that …"
            if j == 0 or "," not in self.doc.gap(self.narration[j - 1], self.narration[j]):
                return None
            j = self._before_provenance(j - 1)
        first = self._np_start(j)
        if first is None:
            return None
        if relative and (negated := self._negated_alternative(first)) is not None:
            j = negated  # "It was Güler, not Fidan, who said": the one named before "not"
            first = self._np_start(j)
            if first is None:
                return None
        first = self._portfolio_list_start(self._list_start(first))
        frame = self._frame_for_subject(first, j, k, lemma)
        if frame is not None and aside:
            according = next((found for found in reversed(self.found) if found.kind == "according"), None)
            frame.relayed_by = according.speaker if according is not None else None  # "…, according to Lula,"
        if relative:
            frame = self._named_before_apposition(first, k, lemma, frame)
            if frame is not None:
                frame.kind = "relative"
            return frame
        # "Any licence, he continued, would need …": going on with what was said, as "he said" is
        opening = self._conjoined_title_start(first)
        if frame is not None and frame.quote is None and opening != first:
            frame.quote = self._quote_closing_before(opening)  # '…", Culture Minister and government spokesman X said'
        if frame is not None and frame.quote is None and (lemma in REPORTING_LEMMAS or lemma == "continue"):
            self._attribution_after_clause(frame, opening, k)
        return frame

    def _apposed_after_clause(self, frame, j, k, lemma):
        """'Drones struck a terminal overnight, the head of the regional administration, Ana Ruiz, said': a clause,
        then a subject in two parts between commas (a title and a name, or a name and a title), then the verb."""
        if frame is None or frame.quote is not None or frame.clause:
            return frame
        if lemma not in REPORTING_LEMMAS:
            return frame
        inner = self._segment_start(j)
        if inner < 2 or "," not in self.doc.gap(self.narration[inner - 1], self.narration[inner]):
            return frame
        outer = self._segment_start(inner - 1)
        if self._np_start(inner - 1) == outer:
            self._attribution_after_clause(frame, outer, k)
        return frame

    def _conjoined_title_start(self, first):
        """The start of a title the subject's own title is joined to by "and" ("…, Minister of Culture and government
        spokesman Khalid Omer said"): where the attribution after a clause begins; else `first`."""
        if first < 3 or not self._plain(first - 1) or self.tokens[self.narration[first - 1]].lower != "and":
            return first
        start = first - 1
        while start - 1 >= 0 and first - start < 8 and self._plain(start - 1):
            word = self.tokens[self.narration[start - 1]]
            joined = word.lower == "and" and self.tokens[self.narration[start]].capitalised  # "Culture and Information"
            if not (word.capitalised or word.lower in {"of", "for"} or joined):
                return first
            start -= 1
        titled = any(self.tokens[self.narration[i]].lower in ROLE_OR_TITLE_WORDS for i in range(start, first - 1))
        gap = self.doc.gap(self.narration[start - 1], self.narration[start]) if start else ""
        return start if titled and "," in gap and self.tokens[self.narration[start]].capitalised else first

    def _quoted_then_comma(self, j):
        """Quoted words, then a comma (after the closing mark or, in American style, before it), after token j."""
        if QUOTED_THEN_COMMA.fullmatch(self.doc.gap(self.narration[j], self.narration[j + 1])):
            return True
        left, right = self.tokens[self.narration[j]], self.tokens[self.narration[j + 1]]
        return bool(COMMA_INSIDE_QUOTE.fullmatch(self.doc.text, left.end, right.start))

    def _ends_relative_clause(self, first):
        """The noun phrase from token `first` is the end of a relative clause opened by "that", "which" or "who"
        right before it, with a noun before that: "the body that manages the crossings"."""
        if first < 2 or self.tokens[self.narration[first - 1]].lower not in {"that", "which", "who"}:
            return False
        gaps = (self.doc.gap(self.narration[i - 1], self.narration[i]) for i in (first - 1, first))
        return all(gap.isspace() for gap in gaps) and self.tokens[self.narration[first]].raw.islower()

    def _title_in_body(self, i):
        """Token i is the "in" of a capitalised title held in a body: "State Secretary in the Ministry of Health"."""
        if i < 1 or i + 2 >= len(self.narration) or not (self._plain(i - 1) and self._plain(i) and self._plain(i + 1)):
            return False
        title, article, body = (self.tokens[self.narration[n]] for n in (i - 1, i + 1, i + 2))
        titled = title.capitalised and title.lower in ROLE_WORDS | TITLE_WORDS
        return titled and article.lower == "the" and body.capitalised and body.lower in BODY_WORDS

    def _body_under_body(self, i):
        """Token i is the "under" of a body named under the ministry it answers to: "the Agency for External Labour
        Migration under the Ministry of Employment", "the Migration Service under the Government"."""
        if i < 2 or i + 2 >= len(self.narration) or not (self._plain(i - 1) and self._plain(i) and self._plain(i + 1)):
            return False
        body, article, owner = (self.tokens[self.narration[n]] for n in (i - 1, i + 1, i + 2))
        named = any(
            self.tokens[self.narration[n]].capitalised and self.tokens[self.narration[n]].lower in BODY_WORDS
            for n in range(max(0, i - 6), i)
        )
        return named and body.capitalised and article.lower == "the" and owner.capitalised and owner.lower in BODY_WORDS

    def _before_provenance(self, j):
        """'a letter by eleven NGOs, seen by RTL Today, which warned': the token before an aside telling who saw or
        obtained the document (a carrier, not what "which" stands for), else j."""
        first = self._np_start(j)
        if first is None or first < 3 or self.tokens[self.narration[first - 1]].lower != "by":
            return j
        if self.tokens[self.narration[first - 2]].lower not in PROVENANCE or not self._plain(first - 2):
            return j
        return first - 3 if "," in self.doc.gap(self.narration[first - 3], self.narration[first - 2]) else j

    def _relative_antecedent(self, j, saying=False):
        """The last token of the noun phrase a long relative clause ending at token j ('…, whose … , said') hangs on;
        when the verb is one of saying, a body's "which" clause or a participle's aside too."""
        commas = 0
        for i in range(j, max(0, j - 40), -1):
            gap = self.doc.gap(self.narration[i - 1], self.narration[i])
            if QUOTED_WORDS.fullmatch(gap):
                continue  # "Ana Ruiz, who in May accused the mayor of “lying” at a rally, said"
            if gap.strip() == ".,":
                gap = ","  # "Hakeem Jeffries, D-N.Y., who …": an abbreviation's stop, then the comma
            if any(mark in gap for mark in ".;:" + CLOSE) and not NP_GAP.fullmatch(gap):
                return None  # not an abbreviation's stop: "who met Mr. Putin in Moscow last month, said"
            if "," in gap:
                opening = self.tokens[self.narration[i]].lower
                after = self.tokens[self.narration[i + 1]].lower if i + 1 <= j else ""
                # "the 14 senators, led by Sens. X and Y, wrote": a participle's aside, as a relative clause is;
                # "The Eastern Theater Command, which named the drills …, said": a body's relative clause
                body = saying and (opening == "which" or (opening.endswith("ed") and after == "by"))
                relative = opening in {"who", "whose"} or body
                if relative:
                    return i - 1 if j - i >= 3 else None
                commas += 1
                if commas > 2:
                    return None
                # "President X, who signed the deal with the SDF commander, Mazloum Abdi, at the palace, said": an
                # apposition inside the relative clause; the clause still hangs on the name before "who"
        return None

    def _named_before_apposition(self, first, k, lemma, frame):
        """'Also briefing was Ramtane Lamamra, Personal Envoy for the Sudan, who reported that': a relative clause
        after an appositive title belongs to the name before the title."""
        if frame is not None and _named_person(frame.speaker):
            return frame
        if first < 1 or "," not in self.doc.gap(self.narration[first - 1], self.narration[first]):
            return frame
        outer_first = self._np_start(first - 1)
        outer = self._frame_for_subject(outer_first, first - 1, k, lemma) if outer_first is not None else None
        if outer is None or not _named_person(outer.speaker):
            return frame
        return _with_title(outer, frame.speaker if frame is not None else None)

    def _participle_aside(self, first):
        """The first token of a participle's aside that ends at token `first` ("…, standing beside X", "…, flanked
        by X", "…, speaking alongside X"), after a comma and before a noun phrase; else None."""
        for i in range(first - 1, max(0, first - 4), -1):
            word = self.tokens[self.narration[i]]
            if not self._plain(i) or not word.raw.islower():
                return None
            if "," in self.doc.gap(self.narration[i - 1], self.narration[i]):
                participle = word.lower.endswith("ing") or (word.lower.endswith("ed") and i + 1 < first)
                return i if participle and i >= 1 else None
        return None

    def _nickname(self, j):
        """A name's nickname in quotation marks follows token j, then a comma: 'Abdullahi "Irro", said'."""
        token = self.tokens[self.narration[j]]
        following = self.doc.text[token.end : self.tokens[self.narration[j + 1]].start]
        return token.capitalised and bool(NICKNAME.fullmatch(following))

    def _before_aside(self, j):
        """'Rubio, who, according to Lula, replied that': the verb's subject stands before the aside."""
        if j < 3 or "," not in self.doc.gap(self.narration[j], self.narration[j + 1]):
            return j
        for i in range(j - 1, max(0, j - 8), -1):
            if self.tokens[self.narration[i]].lower == "according" and self.tokens[self.narration[i + 1]].lower == "to":
                if "," in self.doc.gap(self.narration[i - 1], self.narration[i]):
                    return i - 1
                return j
            if not self._plain(i):
                return j
        return j

    def _before_dash_aside(self, j):
        """'the eight countries — Saudi Arabia, …, Algeria and Oman — said': the subject stands before the aside
        between dashes."""
        if j < 2 or self.doc.gap(self.narration[j], self.narration[j + 1]).strip() not in DASHES:
            return j
        for i in range(j, max(0, j - 30), -1):
            gap = self.doc.gap(self.narration[i - 1], self.narration[i])
            if gap.strip() in DASHES:
                return i - 1
            if any(mark in gap for mark in ".;:" + CLOSE + "—–") and not NP_GAP.fullmatch(gap):
                return j
        return j

    def _before_age(self, j):
        """'Marko Lekić, 52, said', '…, 52, who runs a ferry, said': a person's age between commas follows the name;
        Japanese and Korean copy puts it in brackets: 'Its skipper, Takeshi Abe (58), said'."""
        word = self.tokens[self.narration[j]]
        if j < 1 or not (word.raw.isdigit() and len(word.raw) <= 3 and 0 < int(word.raw) < 120):
            return j
        gaps = [self.doc.gap(self.narration[i], self.narration[i + 1]).strip() for i in (j - 1, j)]
        if gaps != [",", ","] and not (gaps[0] == "(" and gaps[1] in (")", "),")):
            return j
        named = self.tokens[self.narration[j - 1]].capitalised
        if not named and j >= 2 and self.doc.gap(self.narration[j - 2], self.narration[j - 1]) == "-":
            named = self.tokens[self.narration[j - 2]].capitalised  # "Park Hye-sun, 84,": a hyphened given name
        return j - 1 if named else j

    def _before_party_tag(self, j):
        """'Hakeem Jeffries, D-N.Y., said', '…, R-Texas, who opposed it, said': a member's party and state between
        commas follow the name, as American copy writes them."""
        first = j
        while first > 0 and j - first < 3 and "," not in self.doc.gap(self.narration[first - 1], self.narration[first]):
            first -= 1
        if first < 1 or self.doc.gap(self.narration[first - 1], self.narration[first]).strip() != ",":
            return j
        if self.doc.gap(self.narration[j], self.narration[j + 1]).strip() not in (",", ".,"):
            return j
        tag = self.doc.masked[self.tokens[self.narration[first]].start : self.tokens[self.narration[j]].end]
        if not PARTY_TAG.fullmatch(tag) or not self.tokens[self.narration[first - 1]].capitalised:
            return j
        return first - 1

    def _before_bracketed_date(self, j):
        """'The Council (MAC) today (September 29) stated': a release repeats the day in brackets after "today" or a
        weekday; the words before the bracket lead to the subject."""
        if j < 2 or self.doc.gap(self.narration[j], self.narration[j + 1]).strip() != ")":
            return j
        for opening in range(j, max(0, j - 3), -1):
            if self.doc.gap(self.narration[opening - 1], self.narration[opening]).strip() == "(":
                inside = [self.tokens[self.narration[i]] for i in range(opening, j + 1)]
                if not all(word.raw.isdigit() or word.lower in MONTH_NAMES for word in inside):
                    return j
                if self._bracketed_age(opening):
                    return j  # "Kenji Okamura (61) told": an age after a name, read below
                j = opening - 1  # the day the bracket repeats, then "today" or "on Monday" before it
                if self._skippable(j):
                    return j - 1
                day = self.tokens[self.narration[j]]
                if (
                    day.capitalised
                    and day.lower in WEEKDAYS
                    and self.tokens[self.narration[j - 1]].lower in {"on", "this"}
                ):
                    return j - 2 if self._plain(j - 1) else j
                return j
            if not self._plain(opening - 1):
                break
        return j

    def _before_parenthesis(self, j, closing=(")", ".)")):
        """'The Joint Chiefs of Staff (JCS) said': the subject ends before a short bracketed acronym; 'Ms. Liu (surname
        only), an employee …, said': before a writer's short note on the name."""
        if j < 1 or self.doc.gap(self.narration[j], self.narration[j + 1]).strip() not in closing:
            return j
        for opening in range(j, max(0, j - 3), -1):
            if self.doc.gap(self.narration[opening - 1], self.narration[opening]).strip() == "(":
                inside = self.tokens[self.narration[opening]]
                retired = inside.lower in RETIRED  # "General M.M. Naravane (retd.) told"
                aged = self._bracketed_age(opening)  # Japanese and Korean copy: "Kenji Okamura (61) told"
                noted = inside.raw.islower() and self.tokens[self.narration[opening - 1]].capitalised
                return opening - 1 if inside.raw.isupper() or inside.capitalised or retired or aged or noted else j
            if not self._plain(opening - 1):
                break
        return j

    def _bracketed_age(self, opening):
        """The bracket opening at narration token `opening` holds a person's age after a name: "Kenji Okamura (61)"."""
        inside, name = self.tokens[self.narration[opening]], self.tokens[self.narration[opening - 1]]
        closed = opening + 1 == len(self.narration) or ")" in self.doc.gap(
            self.narration[opening], self.narration[opening + 1]
        )
        aged = inside.raw.isdigit() and len(inside.raw) <= 3 and 0 < int(inside.raw) < 120
        return closed and aged and name.capitalised and name.lower not in {*WEEKDAYS, *MONTH_NAMES, "today"}

    def _before_acronym_and_noun(self, j):
        """'The Maritime Trade Operations (UKMTO) agency said': the name before the bracketed acronym speaks; the
        common noun after it only says what kind of body it is."""
        word = self.tokens[self.narration[j]]
        if j < 2 or not word.raw.islower() or word.lower not in BODY_WORDS:
            return j
        if self.doc.gap(self.narration[j - 1], self.narration[j]).strip() != ")":
            return j
        acronym = self.tokens[self.narration[j - 1]]
        opened = self.doc.gap(self.narration[j - 2], self.narration[j - 1]).strip() == "("
        if not (opened and acronym.raw.isupper() and self.tokens[self.narration[j - 2]].capitalised):
            return j
        return j - 2

    def _after_comma(self, j, k, lemma):
        """A comma before the verb: an appositive, a relative clause, or a clause then an inverted verb."""
        if (antecedent := self._relative_antecedent(j, lemma in SAYING | REPORTING_LEMMAS | FRAGMENT)) is not None:
            antecedent = self._before_party_tag(self._before_age(antecedent))
            first = self._np_start(antecedent)
            if first is not None:
                first = self._list_start(first)  # "Romania, Bulgaria and Greece, which run …, said": all three
                # "Norway's Minister of Trade, Industry and Fisheries, who …, said": the office, its portfolios listed
                first = self._portfolio_list_start(first)
            frame = self._frame_for_subject(first, antecedent, k, lemma) if first is not None else None
            if first is not None and (aside := self._participle_aside(first)) is not None:
                # "Rutte, standing beside Nausėda, who had called the drills …, said": the relative clause hangs on
                # the aside's object; the verb's subject stands before the aside
                outer_first = self._np_start(aside - 1)
                outer = self._frame_for_subject(outer_first, aside - 1, k, lemma) if outer_first is not None else None
                if outer is not None:
                    return outer
            # "Mark Tully, chief executive of Harbour Energy, which produces oil, said": the company's clause
            opening_which = self.tokens[self.narration[antecedent + 1]].lower == "which"
            placed = frame is not None and first >= 1 and self._plain(first - 1)
            groups = PLACED_GROUPS | LEGISLATORS
            group = placed and first >= 2 and self.tokens[self.narration[first - 2]].lower in groups
            if group and self.tokens[self.narration[first - 1]].lower == "from" and self._plain(first - 2):
                # "Lawmakers from Lithuania, Slovakia and Poland, who joined …, said": a group by where it is from
                return self._frame_for_subject(first - 2, antecedent, k, lemma)
            if placed and self.tokens[self.narration[first - 1]].lower in {"in", "from", "of", "at", "near"}:
                # "Ana Ruiz, from Co Clare, who …, said", "…, a neighbour in East Sussex, who …, said": the place
                # the aside ends on is where the person is from, not the one who spoke
                return self._named_before_apposition(self._segment_start(first - 1), k, lemma, None)
            if frame is not None and (frame.speaker.is_person or opening_which):
                # "Yael Dror, whose brother was killed on October 7 and whose body is held, said"; "Ana Ruiz, the
                # head of the union, who was born …, said": the name before the title in apposition
                return self._named_before_apposition(first, k, lemma, frame)
            opening = self.tokens[self.narration[antecedent + 1]].lower
            if frame is not None and opening in {"who", "whose"}:
                # "Tom Berg, the Member of Parliament for Eastfield, who raised the question, said": a title in
                # apposition, then a relative clause on the name before it
                named = self._named_before_apposition(first, k, lemma, frame)
                if named is not frame:
                    return named
            if frame is not None and frame.speaker.name[:1].isupper() and opening not in {"who", "whose"}:
                return frame  # "The Eastern Theater Command, which named the drills …, said": a body, by its name
        inner_first = j
        while inner_first - 1 >= 0 and j - inner_first < 24:
            gap = self.doc.gap(self.narration[inner_first - 1], self.narration[inner_first])
            if "," in gap and self._within_date(inner_first):
                inner_first -= 1  # "…, one of the towns hit on October 7, 2023, called": the date's own comma
                continue
            if "," in gap:
                break
            acronym = gap.strip() == "(" and self.tokens[self.narration[inner_first]].raw.isupper()
            # "… International Studies (ISIS) Malaysia, said": the name goes on after its acronym
            acronym = acronym or (gap.strip() == ")" and self.tokens[self.narration[inner_first - 1]].raw.isupper())
            # "talking to Geo News programme 'Capital Talk' on Thursday,": a name in quotation marks
            left, right = self.tokens[self.narration[inner_first - 1]], self.tokens[self.narration[inner_first]]
            titled = QUOTED_NAME.fullmatch(self.doc.text[left.end : right.start])
            if (
                not NP_GAP.fullmatch(gap) and not acronym and not titled
            ):  # "…, the president of the Federation (FFIRI), said"
                return self._inverted(k, lemma)
            inner_first -= 1
        word = self.tokens[self.narration[inner_first]]
        named = (
            inner_first + 2 <= j
            and word.lower == "known"
            and self.tokens[self.narration[inner_first + 1]].lower == "as"
        )
        if named and (frame := self._frame_for_subject(inner_first + 2, j, k, lemma)) is not None:
            return frame  # "The European side, made up of Britain, France and Germany, known as the E3, said": the E3
        clause_like = word.lower in RELATIVE or word.lower in PREPOSITIONS
        clause_like = clause_like or (word.raw.islower() and word.lower.endswith(("ing", "ed")))
        # "An IRSA spokesperson, while talking to 92 News, said": a participle's aside, its conjunction before it
        participle = inner_first + 1 < len(self.narration) and self.tokens[self.narration[inner_first + 1]].lower
        clause_like = clause_like or (word.lower in ASIDE_CONJUNCTIONS and str(participle).endswith("ing"))
        if not clause_like and (inverted := self._inverted(k, lemma)):
            return inverted
        if inner_first == 0:
            return None
        outer_last = self._before_age(inner_first - 1)  # "Kenji Abe (52), a fisherman from Ikema, said": Abe
        outer_last = self._before_parenthesis(outer_last, ("),",))  # "Ms. Liu (surname only), an employee …, said"
        outer_first = self._np_start(outer_last)
        if outer_first is not None:
            outer_first = self._list_start(outer_first)  # "Spain, Italy and Greece, the three coastal states, said"
        outer = self._frame_for_subject(outer_first, outer_last, k, lemma) if outer_first is not None else None
        if clause_like:
            return outer
        inner_np = self._np_start(j)
        inner = None
        if inner_np is not None and inner_np >= inner_first:
            inner = self._frame_for_subject(inner_np, j, k, lemma)
        # A person's name wins over a title or an institution, on either side of the comma:
        # "Peskov, the Kremlin spokesman, said", "Ukraine's envoy to the US, Oksana Markarova, said".
        # A title with a determiner before the name goes after it: "The U.S. envoy for Sudan, Massad Boulos, said".
        # So does a possessive's: "Her son and adviser, Karel Vosk, told" is the son, not the adviser named before.
        order = (outer, inner)
        described = outer_first is not None and (
            self.tokens[self.narration[outer_first]].lower in {"the", "a", "an"}
            or self.tokens[self.narration[self._segment_start(outer_first)]].lower in OWNERS
            # "Sarpanch of the border village of Rampur, Mohan Lal, told": an unnamed office a place describes
            or (
                outer_first + 2 <= outer_last
                and self.tokens[self.narration[outer_first + 1]].lower in ("of", "in", "at", "from")
                and self._described_head(outer_first, outer_first + 2, outer_last)
            )
        )
        # "YLB's president, Omar Alarcón, told": a role its owner's possessive describes, the name apposed to it
        owned_role = outer_first is not None and (
            self.tokens[self.narration[outer_last]].raw.islower()
            # "Chile's Parliamentary Commissioner for Human Rights, Ana Ruiz, told": a capitalised title's portfolio
            or (inner is not None and _named_person(inner.speaker) and self._titled(outer_first, outer_last))
        )
        owned_role = owned_role and any(
            self.tokens[self.narration[i]].lower == "s" for i in range(outer_first, outer_last)
        )
        if described or owned_role:
            order = (inner, outer)
        if inner is not None and outer_first is not None and self._ends_relative_clause(outer_first):
            # "The Israeli military body that manages the crossings, COGAT, said": the name apposed to a description
            # whose relative clause the words before the comma end; they are what the body does, not who it is
            return inner
        whole = inner is not None and inner_np == inner_first  # the name is all there is between the commas
        if whole and described and _proper_name(inner.speaker):  # "The bloc's mission in the Red Sea, Irminger,"
            if inner.quote is None:
                inner.quote = self._quote_closing_before(outer_first)  # '…," the coach, Dorival Santos, told'
            outer = self._whole_title(outer, outer_first, outer_last) if outer is not None else None
            return _with_title(inner, outer.speaker if outer is not None else None)
        portfolio = outer_first is not None and outer_first >= 1
        portfolio = portfolio and ":" in self.doc.gap(self.narration[outer_first - 1], self.narration[outer_first])
        if portfolio and (named := self._named_two_segments_back(outer_first, k, lemma)) is not None:
            # "Ms T Ndlovu, Deputy Director-General: Water Infrastructure, DWS, said": a portfolio after a title's
            # colon, not a name
            return _with_title(named, outer.speaker if outer is not None else None)
        segment = self._segment_start(outer_last) if outer_first is not None else None
        listed = any(self.tokens[self.narration[i]].lower == "and" for i in range(inner_first, j))
        if (
            segment is not None
            and listed
            and self._titled(segment, outer_last)
            and (outer is None or self._portfolio_place(segment, outer_last, outer.speaker))
            and (named := self._named_two_segments_back(segment, k, lemma)) is not None
        ):
            # "Ana Ruiz, Assistant Secretary-General for the Middle East, Asia and the Pacific, said": the person
            # before a title whose portfolio lists places, not the places
            return _with_title(named, None)
        for wanted in (_named_person, _known):
            for frame in order:
                if frame is not None and wanted(frame.speaker):
                    other = inner if frame is outer else outer
                    if frame is inner and outer_first is not None and frame.quote is None:
                        frame.quote = self._quote_closing_before(outer_first)  # '…," the coach, Dorival Santos, told'
                    if other is not None:  # "Ana Ruiz, the Minister of … and Government Spokesperson, said"
                        span = (outer_first, outer_last) if other is outer else (inner_np, j)
                        other = self._whole_title(other, *span)
                    return _with_title(frame, other.speaker if other is not None else None)
        if inner is not None and outer_first is not None and self.tokens[self.narration[outer_first]].lower in OWNERS:
            kin = outer is not None and outer.speaker.name.lower().split()[-1] in KIN_NOUNS
            if kin and not inner.speaker.name[:1].isupper():
                return outer  # "her nephew, a teacher in Dnipro, told her": the relative, his trade only describes him
            return inner  # "His party, the SPLM-IO, says": the name in apposition, not the pronoun's description
        if outer_first is not None and (named := self._named_two_segments_back(outer_first, k, lemma)) is not None:
            return _with_title(named, outer.speaker if outer is not None else None)
        return outer or inner

    def _within_date(self, i):
        """Token i of the narration is a year after "Month day," ("October 7, 2023"): the comma is the date's."""
        if i < 2:
            return False
        month, day, year = (self.tokens[self.narration[n]] for n in (i - 2, i - 1, i))
        return len(year.raw) == 4 and year.raw.isdigit() and day.raw.isdigit() and month.lower in MONTH_NAMES

    def _whole_title(self, frame, first, last):
        """'the Minister of Communication and Media and Government Spokesperson, Ana Ruiz,': the title before the name
        is every post joined by "and", not the last one alone, so "the minister" later is her too."""
        start, end = self.tokens[self.narration[first]], self.tokens[self.narration[last]]
        written = re.sub(r"^(?:the|a|an)\s+", "", self.doc.text[start.start : end.end], flags=re.IGNORECASE).lower()
        title = frame.speaker.name.lower()
        if " and " not in written or title == written or not written.endswith(title) or frame.speaker.slug:
            return frame
        return replace(frame, speaker=replace(frame.speaker, name=written))

    def _portfolio_place(self, first, last, speaker):
        """The speaker read in a title's stretch is named after its "for" or "of" ("Assistant Secretary-General for the
        Middle East"): the portfolio, not a person."""
        text = self.doc.text[self.tokens[self.narration[first]].start : self.tokens[self.narration[last]].end]
        return re.search(rf"\b(?:for|of)\s+(?:the\s+)?{re.escape(speaker.name)}\b", text) is not None

    def _titled(self, first, last):
        """A title word ("Commissioner", "Minister") stands among narration tokens first..last."""
        return any(self.tokens[self.narration[i]].lower in ROLE_OR_TITLE_WORDS for i in range(first, last + 1))

    def _named_two_segments_back(self, outer_first, k, lemma):
        """'Mr P Sechemane, Chief Executive Officer, TCTA, said': a committee report's name, role and body, each
        between commas (a role's own colon too: "Deputy Director-General: Water Infrastructure"); the person
        named first speaks."""
        first = outer_first
        for _ in range(2):
            if first < 1 or not re.fullmatch(
                r"\s*[,:]\s*", self.doc.gap(self.narration[first - 1], self.narration[first])
            ):
                return None
            last = first - 1
            first = self._segment_start(last)
            if last - first > 6:
                return None
            if self.tokens[self.narration[first]].lower in PREPOSITIONS:
                return None  # "In Rawalpindi, the Bureau (XB), the army's media wing, said": where, not who
            frame = self._frame_for_subject(first, last, k, lemma)
            if frame is not None and _named_person(frame.speaker) and not _title_only(frame.speaker.name):
                return frame
        return None

    def _segment_start(self, i):
        """The first narration token of the stretch without punctuation that holds token i."""
        while i > 0 and self._plain(i - 1):
            i -= 1
        return i

    def _frame_for_subject(self, first, last, k, lemma):
        speaker = self._characteriser(first, last)
        speaker = speaker or self._reporter_of(first, last)
        speaker = speaker or self.resolver.speaker(self.narration[first], self.narration[last])
        speaker = speaker or self._body_before_which(first, last)
        if speaker is None:
            return None
        frame = Frame(self.narration[k], lemma, "finite", speaker, (self.narration[first], self.narration[last]))
        if not (k + 1 < len(self.narration) and self.tokens[self.narration[k + 1]].lower == "that"):
            # not 'In an interview with the programme "Primer Impacto", she said that …': her words follow the verb
            frame.quote = self._quote_closing_before(first)
        return frame

    def _characteriser(self, first, last):
        """'For his part, the envoy saluted what he called "…"': the pronoun after "what" is the subject of the verb
        before it, as the sentence names it, not whoever the pronoun would stand for alone."""
        tokens, narration = self.tokens, self.narration
        if first != last or first < 3 or tokens[narration[first]].lower not in ("he", "she", "they"):
            return None
        if tokens[narration[first - 1]].lower not in ("what", "which") or not self._plain(first - 2):
            return None
        start = self._segment_start(first - 3)
        if first - 3 - start > 5 or tokens[narration[start]].lower not in ("the", "a", "an"):
            return None
        speaker = self.resolver.speaker(narration[start], narration[first - 3])
        return speaker if speaker is not None and speaker.is_person else None

    def _quote_closing_before(self, first):
        """The quote that closes right before narration token `first`, the subject after it ('…," Rutte said')."""
        if first > 0:
            gap = self.doc.gap(self.narration[first - 1], self.narration[first])
            if CLOSE in gap:
                closing = self.tokens[self.narration[first]].start - len(gap) + gap.index(CLOSE)
                quote = self.doc.quote_containing(closing)
                if not any(earlier.quote is quote for earlier in self.found):  # not '…, who said that "…", X said'
                    return quote
        elif self.sentence.quotes and self.sentence.quotes[0].outer_end <= self.tokens[self.narration[0]].start:
            return self.sentence.quotes[0]  # "…," Rutte said: the sentence opens with the quote
        return None

    def _body_before_which(self, first, last):
        """ "The Council today approved conclusions, in which it calls on …": "it" after a preposition and "which" is
        the body opening the sentence, when nothing else names it."""
        if first != last or first < 2 or self.tokens[self.narration[first]].lower != "it":
            return None
        before = [self.tokens[self.narration[i]].lower for i in (first - 2, first - 1)]
        if before[1] not in RELATIVE or before[0] not in PREPOSITIONS:
            return None
        subject = self._sentence_subject(first - 2)
        return subject if subject is not None and not subject.is_person else None

    def _reporter_of(self, first, last):
        """'Zelenskyy said he had asked …': 'he' inside a person's reported clause is that person."""
        token = self.tokens[self.narration[first]]
        if (
            first == last
            and token.lower == "it"
            and first > 0
            and self.tokens[self.narration[first - 1]].lower in RELATIVE
        ):
            # "The embassy rejected what it called …, who it said had …": the body this sentence has heard from
            bodies = [
                f.speaker for f in self.found if not f.speaker.is_person and self.tokens[f.verb].end <= token.start
            ]
            return bodies[-1] if bodies else None
        if first != last or token.lower not in {"he", "she"}:
            return None
        for frame in reversed(self.found):
            if frame.clause and frame.clause[0] <= token.start < frame.clause[1] and frame.speaker.is_person:
                return frame.speaker
        return None

    def _plain(self, j):
        """No punctuation between narration tokens j and j+1 (a possessive or hyphen is fine)."""
        return bool(NP_GAP.fullmatch(self.doc.gap(self.narration[j], self.narration[j + 1])))

    def _skippable(self, j):
        word = self.tokens[self.narration[j]]
        if word.lower in PERIODS and j > 0 and self.tokens[self.narration[j - 1]].lower in {"last", "this"}:
            return True  # "… last week has urged"
        following = self.tokens[self.narration[j + 1]].lower if j + 1 < len(self.narration) else ""
        if word.lower in ("late", "early") and following == "on":
            return True  # "a statement from the palace late on Monday urged"
        if word.lower in ("s", "re") and j > 0 and self.doc.gap(self.narration[j - 1], self.narration[j]) in "'’":
            return True  # "He's saying that …"
        if word.lower == "since" and j > 0 and self.tokens[self.narration[j - 1]].lower in {"has", "have", "had"}:
            return True  # "Petrov has since said that …": the adverb, not the conjunction
        if word.lower == "to" and j > 0 and self.tokens[self.narration[j - 1]].lower in WISHING:
            return True  # "The Government wishes to state that …": the subject before the wish
        if word.lower in WISHING and j + 1 < len(self.narration) and self.tokens[self.narration[j + 1]].lower == "to":
            return True
        return word.lower in BETWEEN_SUBJECT_AND_VERB or (word.raw.islower() and word.lower.endswith("ly"))

    def _negated_alternative(self, first):
        """Token index before ", not" when the noun phrase at `first` is a corrected alternative (", not Fidan,")."""
        if self.tokens[self.narration[first]].lower == "not":  # the walk left took "not" into the phrase
            first += 1
        if first < 2 or self.tokens[self.narration[first - 1]].lower != "not":
            return None
        if not self._plain(first - 1) or "," not in self.doc.gap(self.narration[first - 2], self.narration[first - 1]):
            return None
        return first - 2

    def _time_phrase(self, j):
        """How many tokens up to j are "in August", "on Monday", "since March", "on 21 January" or "on January 21"
        between a relative pronoun or a name and its verb (a date is never the subject); 0 when they are none."""
        word, before = self.tokens[self.narration[j]], self.tokens[self.narration[j - 1]]
        if j >= 3 and self.tokens[self.narration[j - 2]].lower in {"on", "since"}:
            numbered = (before, word) if before.raw.isdigit() else (word, before)
            day, month = numbered
            dated = day.raw.isdigit() and len(day.raw) <= 2 and month.capitalised and month.lower in MONTH_NAMES
            if dated and all(self._plain(i) for i in range(j - 3, j + 1)):
                return 3
        date = word.capitalised and (word.lower in MONTH_NAMES or word.lower in WEEKDAYS)
        plain = self._plain(j) and self._plain(j - 1) and self._plain(j - 2)
        return 2 if date and before.lower in {"in", "on", "since"} and plain else 0

    def _recent_phrase(self, j):
        """Tokens j-2..j are "in recent months" (weeks, days, years) or "in the past" between a subject and its
        verb."""
        words = [self.tokens[self.narration[i]].lower for i in (j - 2, j - 1, j)]
        recent = words[:2] == ["in", "recent"] and words[2] in {"days", "weeks", "months", "years"}
        recent = recent or words == ["in", "the", "past"]  # "Russia's foreign ministry has in the past described"
        return recent and all(self._plain(i) for i in (j - 3, j - 2, j - 1))

    def _adverbial_phrase(self, j):
        """Tokens j-2..j are an adverbial phrase between a name and its verb ("Murkomen on his part dismissed",
        "Tusk in his turn said"), with no punctuation around it; not a noun's complement ("the head of her party
        said", "a spokesman for his party said")."""
        preposition, possessive = (self.tokens[self.narration[i]].lower for i in (j - 2, j - 1))
        return (
            preposition in ("on", "in", "for")
            and self.tokens[self.narration[j - 3]].capitalised
            and possessive in POSSESSIVES
            and self.tokens[self.narration[j]].raw.islower()
            and all(self._plain(i) for i in (j - 3, j - 2, j - 1))
        )

    def _restrictive_relative(self, j):
        """'A Yorkshire MP who led a delegation to Taipei last week has urged': the subject stands before "who"."""
        for i in range(j, max(0, j - 20), -1):
            if not self._plain(i - 1) and self.doc.gap(self.narration[i - 1], self.narration[i]).strip() != "'":
                return None
            if self.tokens[self.narration[i]].lower == "who" and i < j:
                return i - 1
        return None

    def _portfolios_listed(self, start, j):
        """A comma between a body's first portfolio and the rest of its name, listed up to "and" and the body's
        noun: "the Foreign, Commonwealth and Development Office", "the Department for Environment, Food and Rural
        Affairs"; the name goes on before the comma."""
        if start < 2 or self.doc.gap(self.narration[start - 1], self.narration[start]) != ", ":
            return False
        if not self.tokens[self.narration[start - 1]].capitalised or not self._plain(start - 2):
            return False
        words = [self.tokens[self.narration[i]] for i in range(start, j + 1)]
        joined = next((k for k, token in enumerate(words) if token.lower == "and"), None)
        if joined is None or not all(token.capitalised for token in words[:joined]):
            return False
        after = words[joined + 1 :]
        return bool(after) and after[-1].lower in BODY_WORDS | {"affairs"}

    def _in_charge_before(self, start):
        """The narration index of "in" when "in charge of" and lower-case words run up to `start`, after a
        capitalised title: "the Deputy Chairman of the Cabinet in charge of the oil and gas complex"; else None."""
        for at in range(start - 1, max(start - 9, 1), -1):
            token = self.tokens[self.narration[at]]
            if token.capitalised or not self._plain(at):
                return None
            words = [self.tokens[self.narration[i]].lower for i in (at - 1, at)]
            if words == ["in", "charge"] and self.tokens[self.narration[at - 2]].capitalised:
                return at - 1
        return None

    def _np_start(self, j):
        """Walk left from token j over the subject noun phrase; None when there is none."""
        start = j
        if self.tokens[self.narration[j]].lower in SUBJECT_PRONOUNS - {"there"}:
            return j  # a pronoun is the whole subject: "In an interview in October he said", not "October he"
        counted = j  # the portfolio after "in charge of" does not count towards the longest subject
        while start - 1 >= 0 and (self._plain(start - 1) or self._portfolios_listed(start, j)) and counted - start < 15:
            word = self.tokens[self.narration[start - 1]]
            if word.lower == "of" or (word.lower == "for" and self._joins_name(start - 1)):
                start -= 1
                continue
            if word.lower == "for" and start >= 2 and self.tokens[self.narration[start - 2]].lower in SPOKES_NOUNS:
                start -= 1  # "the EU spokesperson for trade said": the spokesperson, not the portfolio
                continue
            if word.lower == "and" and self._joins_name(start - 1):
                start -= 1
                continue
            if word.lower in ("and", "against") and self._joins_portfolio(start - 1):
                start -= 1  # "the Minister of Solidarity and the Fight against Poverty": one office
                continue
            if word.lower == "in" and self._title_in_body(start - 1):
                start -= 1  # "The State Secretary in the Ministry of Health said": the secretary, not the ministry
                continue
            if word.lower == "under" and self._body_under_body(start - 1):
                start -= 1  # "the Agency for Labour Migration under the Ministry of Employment": the agency speaks
                continue
            named_body = start >= 2 and self.tokens[self.narration[start - 2]].raw.istitle()
            if word.lower == "on" and named_body and self.tokens[self.narration[start - 2]].lower in ORGANISATION_WORDS:
                start -= 1  # "Tajikistan's State Committee on Land Management said"
                continue
            if (charge := self._in_charge_before(start)) is not None:
                counted, start = counted - (start - charge), charge  # "The Deputy Chairman … in charge of oil and gas"
                continue
            if word.lower == "with" and start >= 2 and self.tokens[self.narration[start - 2]].lower == "familiar":
                start -= 1  # "officials familiar with the talks"
                continue
            knowing = word.lower == "with" and start >= 2 and self.tokens[self.narration[start]].lower == "knowledge"
            if knowing and self.tokens[self.narration[start - 2]].lower in SINGLE_UNNAMED | KNOWING:
                start -= 1  # "two sources with knowledge of the deal", as "familiar with" it
                continue
            close = start >= 3 and self.tokens[self.narration[start - 2]].lower == "close"
            if (
                word.lower == "to"
                and close
                and self.tokens[self.narration[start - 3]].lower in SINGLE_UNNAMED | {"sources"}
            ):
                start -= 1  # "A Jordanian source close to the negotiations": the source
                continue
            if word.lower in ("in", "at") and start >= 2:
                before = self.tokens[self.narration[start - 2]].lower
                involved = before == "involved" and start >= 3
                if before in SINGLE_UNNAMED | {"sources"} or (
                    involved and self.tokens[self.narration[start - 3]].lower in SINGLE_UNNAMED
                ):
                    start -= 1  # "A diplomatic source in Georgetown", "A diplomat involved in the talks": the source
                    continue
                if before in EMPLOYED or (involved and self.tokens[self.narration[start - 3]].lower == "people"):
                    start -= 1  # "A senior executive at a state-run refiner", "people involved in the talks": all of it
                    continue
            described = word.lower in ("to", "at", "in", "on", "from") and start >= 2
            if described and self._described_head(start - 2, start, j):
                start -= 1  # "An adviser to army chief X", "Officials at the crossing": the adviser, the officials
                continue
            if word.lower in ("in", "at") and (owner := self._described_owner(start - 2, j)) is not None:
                start = owner  # "The director of Fenalco in Norte de Santander": the director, of a body somewhere
                continue
            more = start >= 2 and self.tokens[self.narration[start - 2]].lower in {"more", "fewer", "less"}
            if word.lower == "than" and more and self.tokens[self.narration[start]].raw[:1].isdigit():
                start -= 2  # "more than 200 lawmakers said": the lawmakers, however many
                continue
            located = word.lower in ("in", "at", "to") and start >= 2
            head = self.tokens[self.narration[start - 2]].lower
            before = self.tokens[self.narration[start - 3]].lower if start >= 3 else ""
            located = located and (is_located(head, before) or self._located_body_ends(start - 2))
            place = self.tokens[self.narration[start]]
            if located and not place.capitalised and place.lower == "the" and word.lower == "to":
                # "Somalia's ambassador to the AU": the ambassador, not the body he is sent to
                place = self.tokens[self.narration[start + 1]] if start + 1 < len(self.narration) else place
            if located and place.capitalised:
                start -= 1  # "the Chinese Embassy in London", "Russia's Ambassador to Ankara Aleksey Yerkhov"
                bracketed = self._before_parenthesis(start - 1) if start >= 1 else start - 1
                if bracketed != start - 1 and not self.tokens[self.narration[start - 1]].raw.isupper():
                    start = bracketed  # "the Ambassador of the Republic of China (Taiwan) in Guatemala": past it
                continue
            held = word.lower in ("in", "at") and start >= 3 and self._plain(start - 2) and self._plain(start - 3)
            held = held and self.tokens[self.narration[start - 2]].lower in HELD
            if held and self.tokens[self.narration[start - 3]].lower.endswith("s"):
                start -= 2  # "relatives of Venezuelans held in US detention said": the relatives, not the detention
                continue
            group = start >= 2 and self.tokens[self.narration[start - 2]].lower in PLACED_GROUPS
            if word.lower == "in" and group and self.tokens[self.narration[start]].capitalised:
                start -= 1  # "Separatist leaders in Cameroon say": the leaders, not the place
                continue
            named = start >= 3 and word.lower == "from" and self.tokens[self.narration[start]].raw == "the"
            named = named and all(
                self._plain(k) and self.tokens[self.narration[k]].capitalised for k in (start - 2, start - 3)
            )
            if named and self.tokens[self.narration[start - 2]].lower not in ORGANISATION_WORDS:
                start -= 1  # "analyst Jana Novak from the Institute of …": the person, from the body she works at
                continue
            unnamed = self.tokens[self.narration[start]].lower in FROM_WHAT
            if word.lower == "from" and unnamed and self.tokens[self.narration[start - 2]].lower in FROM_PERSONS:
                start -= 1  # "A diplomat from a large member state said": the diplomat speaks
                continue
            region = self.tokens[self.narration[start]].raw == "the" and start + 1 <= j
            region = region and not any(self.tokens[self.narration[i]].capitalised for i in range(start, j + 1))
            if word.lower == "from" and region and self.tokens[self.narration[start - 2]].capitalised:
                start -= 1  # "A member of the Senate from the north said": the member speaks
                continue
            gathered = start >= 3 and self._plain(start - 2)
            gathered = gathered and self.tokens[self.narration[start - 2]].lower in GATHERED
            gathered = gathered and self.tokens[self.narration[start - 3]].lower in PLACED_GROUPS
            if word.lower == "in" and gathered and self.tokens[self.narration[start]].capitalised:
                start -= 2  # "Arab foreign ministers meeting in Cairo said": the ministers, not the city
                continue
            serving = word.lower in ("on", "in", "at", "with", "aboard") and start >= 3 and self._plain(start - 2)
            serving = serving and self.tokens[self.narration[start - 2]].lower in SERVING and self._plain(start - 3)
            if serving and self.tokens[self.narration[start - 3]].lower in FROM_PERSONS | DESCRIBED_PERSONS:
                start -= 2  # "a friend serving on another tanker had told him": the friend, not the tanker
                continue
            if word.lower == "by" and start >= 3 and self._plain(start - 2):
                # "the rival government backed by military commander Khalifa Haftar said": the government speaks,
                # not its backer; the phrase before the participle is the subject
                participle = self.tokens[self.narration[start - 2]]
                if participle.raw.islower() and participle.lower.endswith(("ed", "led")) and self._plain(start - 3):
                    outer = self._np_start(start - 3)
                    if outer is not None and self.tokens[self.narration[outer]].lower in {"the", "a", "an"}:
                        return outer
            if word.raw.istitle() and self.doc.gap(self.narration[start - 1], self.narration[start]) == "-":
                start -= 1  # a hyphened given name's first part, a preposition's spelling or not: "Ham In-kyung"
                continue
            if word.lower in CONJUNCTIONS or word.lower in PREPOSITIONS or word.lower in WH_WORDS:
                break
            before = start - 2
            if before >= 1 and self.tokens[self.narration[before]].lower in DETERMINERS:
                before -= 1
            opened = before >= 0 and self.tokens[self.narration[before]].lower in PREPOSITIONS
            if opened and word.raw.islower() and self.tokens[self.narration[start]].raw == "the":
                break  # "In the past the Russian representative has called …": the time phrase is no part of it
            if word.raw.isdigit() and self.tokens[self.narration[start]].lower in DETERMINERS:
                break  # "In March 2025 the two countries announced": the subject after the date, not the date
            after_last = start >= 2 and self.tokens[self.narration[start - 2]].lower == "last"
            dated = word.lower in DAYS or (word.lower in PERIODS and after_last)
            if dated and self.tokens[self.narration[start]].lower in DETERMINERS:
                break  # "Last week the ministry said", "Yesterday the army said": the subject after the day
            after_of = start >= 2 and self.tokens[self.narration[start - 2]].lower == "of"  # "heads of state of"
            hyphened = start >= 2 and self.doc.gap(self.narration[start - 2], self.narration[start - 1]) == "-"
            verb = word.lower in AUXILIARIES - {"s"} or word.lower in VERB_FORMS
            # "the state Fisheries Department": a noun after a determiner, not the verb "state"
            verb = verb and not (
                word.lower in NOUN_LIKE
                and start >= 2
                and self.tokens[self.narration[start - 2]].lower in DETERMINERS
                and self.tokens[self.narration[start]].capitalised  # not "a claim the army denied"
            )
            # "Iranian state television": a noun after a country's adjective, not "Iranians state"
            verb = verb and not (
                word.lower in NOUN_LIKE and start >= 2 and is_demonym(self.tokens[self.narration[start - 2]].raw)
            )
            # "a state-run refiner": a compound's first part, not the verb "state"
            compound = self.doc.gap(self.narration[start - 1], self.narration[start]) == "-"
            if word.raw.islower() and verb and not after_of and not hyphened and not compound:
                # not "English-speaking regions"
                break
            start -= 1
        head = self.tokens[self.narration[j]]
        if head.lower in AUXILIARIES - {"s"} or head.lower in CONJUNCTIONS or head.lower in PREPOSITIONS:
            return None
        if start > 1 and start < j and self.doc.gap(self.narration[start - 1], self.narration[start]) == ") ":
            acronym = self.tokens[self.narration[start - 1]]
            opened = self.doc.gap(self.narration[start - 2], self.narration[start - 1]) == " ("
            acronym = opened and acronym.raw.isupper() and len(acronym.raw) > 1
            if acronym and not self.tokens[self.narration[start]].capitalised:
                return start - 1  # "Caribbean Community (CARICOM) foreign ministers": the bloc's acronym, its ministers
            body = self.tokens[self.narration[j]].lower in BODY_WORDS and j - start < 3
            if acronym and body and (spelt := self._spelt_start(start - 2)) is not None:
                return spelt  # "Korea's People's Army (KPA) General Staff": the army's body, the army named in full
        return self._spelt_start(j, start)

    def _spelt_start(self, j, start=None):
        """The start of the name ending at token j that the bracketed acronym after it spells, when that reaches
        further left than `start`: "the Office of Water Management in the Provinces (OWMP) said" is the office, not
        the provinces, though "in" stops the walk left. None (or `start`) when the acronym spells no longer name."""
        acronym = ACRONYM_AFTER.match(self.doc.text, self.tokens[self.narration[j]].end)
        if acronym is None:
            return start
        begin = j
        while begin > 0 and j - begin < 12 and self._plain(begin - 1):
            token = self.tokens[self.narration[begin - 1]]
            if not (token.capitalised or (token.lower in SPELT_JOINS and token.raw.islower())):
                break
            begin -= 1
        tokens = [self.tokens[self.narration[i]] for i in range(begin, j + 1)]
        spelt = spelt_from(acronym.group("acronym"), tokens)
        if spelt is None or (start is not None and begin + spelt >= start):
            return start
        return begin + spelt

    def _described_head(self, i, complement, j):
        """Token i is an unnamed person or group a preposition then describes: "an adviser to …", "officials at the
        crossing", "miners at Eteringbang" (not "officials at the time", nor "officials in both countries")."""
        head = self.tokens[self.narration[i]]
        opening = i == 0 and head.raw.istitle()  # "Miners at Eteringbang said", a sentence's first word
        if not (head.raw.islower() or opening) or head.lower not in DESCRIBED_HEADS:
            return False
        preposition = self.tokens[self.narration[i + 1]].lower
        if preposition == "to" and head.lower not in ADVISERS:
            return False
        words = [self.tokens[self.narration[index]].lower for index in range(complement, j + 1)]
        definite = words[0] == "the" or self.tokens[self.narration[complement]].capitalised
        named = any(self.tokens[self.narration[index]].capitalised for index in range(complement, j + 1))
        if named and head.lower in SPEAKING_FOR:
            return False  # "Officials at Global Affairs Canada said": the body's word
        return (preposition == "to" or definite) and not TIME_WORDS.intersection(words)

    def _described_owner(self, i, j):
        """Token i ends what a described head is "of" or "from", a name and maybe its nouns: "director of Fenalco",
        "director of UNRWA affairs", before "in Norte de Santander". The head's index, where the walk left goes on;
        None when there is no such head."""
        k = i
        closed = PREPOSITIONS | CONJUNCTIONS | AUXILIARIES | DETERMINERS
        while k >= 0 and self._plain(k) and self.tokens[self.narration[k]].lower not in closed and i - k < 6:
            k -= 1
        if k < i and k >= 1 and self.tokens[self.narration[k]].lower == "the" and self._plain(k - 1):
            k -= 1  # "director of the museum in Alto Verde"
        if k == i or k < 1 or not self._plain(k) or self.tokens[self.narration[k]].lower not in ("of", "from"):
            return None
        return k - 1 if self._described_head(k - 1, k + 1, j) else None

    def _list_start(self, first):
        """'France, Germany and the United Kingdom … warned': a list of names opening the sentence is the subject."""
        start = first
        while start >= 2 and self.doc.gap(self.narration[start - 1], self.narration[start]).strip() == ",":
            # "The Quartet of Egypt, Qatar and Turkey said", whose "Qatar and Turkey" the walk left has joined
            start -= 1
            while start > 0 and self._plain(start - 1) and self._name_word(start - 1):
                if self.tokens[self.narration[start - 1]].lower == "of":
                    break
                start -= 1
            if start > 1 and self._plain(start - 1) and self.tokens[self.narration[start - 1]].raw == "the":
                start -= 1
            if (members := self._members_of(start)) is not None:
                return members
        if start < first and self._whole_list(start, first):
            return start
        if (opening := self._opening_list(first)) is not None:
            return opening
        if first < 2 or not self._plain(first - 1) or self.tokens[self.narration[first - 1]].lower != "and":
            members = self._members_of(first)
            return first if members is None else members
        end = first - 2
        while end >= 0:
            start = end
            while start > 0 and self._plain(start - 1) and self._name_word(start - 1):
                start -= 1
            if start > 1 and self._plain(start - 1) and self.tokens[self.narration[start - 1]].raw == "the":
                start -= 1  # "the United States, the United Kingdom and Norway"
            if not self.tokens[self.narration[end]].capitalised:
                return first
            if start == 0:
                return 0
            if self.doc.gap(self.narration[start - 1], self.narration[start]).strip() != ",":
                members = self._members_of(start)
                return first if members is None else members
            end = start - 1
        return first

    def _whole_list(self, start, first):
        """A list of names walked back to `start` follows a plural noun's "of"/"from" ("Diplomats from Britain,
        France and Germany said", "the leaders of …"): all of them speak, not the last two the "and" joins."""
        opening = self.tokens[self.narration[start]]
        if opening.lower in PREPOSITIONS or not opening.capitalised:
            return False  # "In Paris, France and Germany said": a place before the list
        last = first
        while last + 1 < len(self.narration) and self._plain(last) and self.tokens[self.narration[last]].lower != "and":
            last += 1
        if self.tokens[self.narration[last]].lower != "and":
            return False  # "Responding to Barbados TODAY, the US Embassy said": no list, an aside before the subject
        if start < 2 or not self._plain(start - 1) or not self._plain(start - 2):
            return False
        joint, noun = self.tokens[self.narration[start - 1]], self.tokens[self.narration[start - 2]]
        return joint.lower in {"of", "from"} and (noun.raw.islower() or start == 2) and noun.lower.endswith("s")

    def _opening_list(self, first):
        """'Russia, China and Iran said', 'In a joint statement, Egypt, Jordan and Qatar said': three names or more
        opening the sentence, or after an opening phrase's comma, all speak, not the last two the "and" joins."""
        opening = self.tokens[self.narration[first]]
        if not opening.capitalised and opening.raw != "the":
            return None
        last = first
        while last + 1 < len(self.narration) and self._plain(last) and self.tokens[self.narration[last]].lower != "and":
            last += 1
        if self.tokens[self.narration[last]].lower != "and":
            return None  # "Russia, Zelenskyy said, was …": no list, an aside after the subject
        start = first
        if start > 0 and self._plain(start - 1) and self.tokens[self.narration[start - 1]].lower == "the":
            start -= 1  # "…, the United Kingdom and Kenya"
        while start >= 1 and self.doc.gap(self.narration[start - 1], self.narration[start]).strip() == ",":
            begin = start - 1
            while begin > 0 and self._plain(begin - 1) and self.tokens[self.narration[begin - 1]].capitalised:
                begin -= 1
            if begin > 0 and self._plain(begin - 1) and self.tokens[self.narration[begin - 1]].raw == "the":
                begin -= 1  # "the United Arab Emirates"
            if begin > 0 and self._plain(begin - 1):
                break  # "In Paris, France and Germany said": a place after a preposition, then the list
            words = [self.tokens[self.narration[i]] for i in range(begin, start)]
            if any(w.lower in LIST_BREAKERS or w.lower.endswith("ly") for w in words):
                break  # "In Paris, France and Germany said", "Meanwhile, …", "Ana Ruiz, Foreign Minister …"
            if not all(w.capitalised or w.raw == "the" for w in words):
                break
            start = begin
        return start if start < first and "," in self.doc.gap(self.narration[start], self.narration[first]) else None

    def _members_of(self, start):
        """Start of "The Troika of" before a list whose first name begins at `start` ("The Troika of the United States,
        the United Kingdom and Norway said"): the group the list spells out is the subject; None otherwise."""
        words = [self.tokens[self.narration[i]] for i in range(max(0, start - 3), start)]
        if len(words) < 3 or not all(self._plain(i) for i in range(start - 3, start)):
            return None
        group, joint = words[-2], words[-1]
        if joint.lower != "of" or group.lower not in MEMBERED_GROUPS or words[-3].lower != "the":
            return None
        return start - 3

    def _portfolio_list_start(self, first):
        """'Norway's Ministry of Trade, Industry and Fisheries said': portfolios listed with commas after a body's or
        a title's "of" are one name with the body, not a list of speakers."""
        if first < 2 or "," not in self.doc.gap(self.narration[first - 1], self.narration[first]):
            return first
        if not any(
            self.tokens[self.narration[i]].lower == "and" for i in range(first, min(first + 6, len(self.narration)))
        ):
            return first
        end = first - 1
        while end >= 1:
            start = end
            while start > 0 and self._plain(start - 1) and self.tokens[self.narration[start - 1]].capitalised:
                start -= 1
            if not self.tokens[self.narration[end]].capitalised or start == 0:
                return first
            joiner = self.tokens[self.narration[start - 1]]
            if joiner.lower in {"of", "for"} and self._plain(start - 1) and start >= 2:
                head = self.tokens[self.narration[start - 2]]
                if head.capitalised and head.lower in BODY_WORDS | ROLE_WORDS:
                    outer = self._np_start(start - 2)
                    return outer if outer is not None else first
                return first
            if self.doc.gap(self.narration[start - 1], self.narration[start]).strip() != ",":
                return first
            end = start - 1
        return first

    def _name_word(self, i):
        token = self.tokens[self.narration[i]]
        if token.lower in PARTICLES and i + 1 < len(self.narration):
            return self.tokens[self.narration[i + 1]].capitalised  # "Luiz Inácio Lula da Silva and …"
        return token.capitalised or token.lower in {"the", "of"}

    def _located_body_ends(self, i):
        """Token i ends a located body's name with its owner: "the Ministry of Foreign Affairs", "the Mission of
        Norway", "the Embassy of the People's Republic of China" (a place may follow it: "… in Kabul said")."""
        for head in range(i - 1, max(i - 9, 0), -1):
            token = self.tokens[self.narration[head]]
            if token.lower in LOCATED and self.tokens[self.narration[head + 1]].lower == "of":
                return True
            owned = token.lower == "s" and self.doc.gap(self.narration[head - 1], self.narration[head]) in ("'", "’")
            if not (token.capitalised or token.lower in ("of", "the") or owned):
                return False
        return False

    def _joins_portfolio(self, i):
        """'Minister of Solidarity and the Fight against Poverty': token i ("and" before "the", or "against") joins
        capitalised words inside a portfolio that "of" or "for" after a role word opens a few words before."""
        if i < 3 or i + 2 >= len(self.narration):
            return False
        words = [self.tokens[self.narration[n]] for n in range(max(0, i - 8), i + 3)]
        at = i - max(0, i - 8)
        before, after = words[at - 1], words[at + 1]
        if words[at].lower == "and":
            joined = before.capitalised and after.lower == "the" and words[at + 2].capitalised
        else:
            joined = before.capitalised and after.capitalised
        opened = any(words[n].lower in ("of", "for") and words[n - 1].lower in ROLE_WORDS for n in range(1, at - 1))
        return joined and opened

    def _joins_name(self, i):
        """'Prime Minister and Foreign Minister', 'Secretary of State', 'a spokesman for the Kremlin'."""
        if i == 0 or i + 1 >= len(self.narration):
            return False
        after = self.tokens[self.narration[i + 1]]
        before = self.tokens[self.narration[i - 1]]
        if self.tokens[self.narration[i]].lower == "and":
            return before.capitalised and after.capitalised
        return after.capitalised or after.lower == "the"


OWNERS = {"his", "her", "its", "their"}


def _proper_name(speaker):
    """A name as written, every word capitalised: 'Irminger', 'Sea Shepherd'; not 'the ministry'."""
    words = speaker.name.split()
    return bool(words) and all(word[:1].isupper() for word in words) and words[-1].lower() not in ROLE_WORDS


def _named_person(speaker):
    """A person by name: 'Ahmed Sharif Chaudhry', not a role as written like "Pakistan's military spokesman"."""
    if not speaker.is_person:
        return False
    words = speaker.name.split()
    if speaker.slug is not None:
        return True
    # names are capitalised but for particles ("bin", "al-"): "envoy for Sudan" is a title
    lowered = [word for word in words if word[:1].islower() and word.split("-")[0].lower() not in PARTICLES]
    # nor a place by its tier: "an employee of a company in Ganjingzi District"
    return len(words) > 1 and not lowered and words[-1].lower() not in ROLE_WORDS | PERSON_NOUNS | LOWER_TIERS


def _title_only(name):
    """'Deputy Director-General', 'Chief Executive Officer': a title's words alone, no one's name."""
    return all(word in ROLE_WORDS or word in TITLE_WORDS for word in re.split(r"[\s-]+", name.lower()))


def _known(speaker):
    return speaker.slug is not None


def _with_title(frame, apposed):
    """'The UN envoy for Sudan, Ramtane Lamamra, said': the person keeps the title beside the name, for "the envoy"."""
    speaker = frame.speaker
    untitled = speaker.slug is None and not speaker.title
    if untitled and apposed is not None and apposed.slug is None and apposed.is_person and not _named_person(apposed):
        frame.speaker = replace(speaker, title=apposed.name.lower(), country=speaker.country or apposed.country)
    return frame


# Unions read for every word, built once.
BODY_WORDS = ORGANISATION_WORDS | INSTITUTION_WORDS
ROLE_OR_TITLE_WORDS = ROLE_WORDS | TITLE_WORDS
