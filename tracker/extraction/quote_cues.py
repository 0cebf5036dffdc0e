"""What stands around a quote and says whose it is, or that it is no one's: a signature after a dash, a named
person opening the clause before a colon, a possessive before a quoted term.

Mixed into `Extractor`, whose document, resolver and `_add_quote` these use.
"""

import re

from .directory import PARTICLES
from .lexicon import AUXILIARIES, CONJUNCTIONS, PREPOSITIONS

FUNCTION_WORDS = PREPOSITIONS | CONJUNCTIONS | AUXILIARIES
# A participle or prepositional phrase opening the clause before a colon: "Addressing parliament on Wednesday, ".
OPENING_PHRASE = re.compile(r"\s*(?:[A-Z][a-z]+ing|In|At|On)\b[^,;:\n]{3,100},\s*")
# A dash and a name closing a paragraph after a quote: '"…" — Turkish Cypriot leader Tufan Erhürman, speaking …'
SIGNATURE = re.compile(r"[ \t]*[—–][ \t]*(?P<np>[^,.;:\n—–“”]{3,80}?)[ \t]*(?:,[^\n]*|\.)?[ \t]*$", re.MULTILINE)

# A paragraph after a quote standing alone that says whose the words were: "The words were those of X, …", "That
# post on X, written Sunday by X, drew …", "That is the assessment of X", "X repeated that line …".
SPEECH_BACK = r"(?:words?|remarks?|message|post|tweet|comments?|line|assessment|verdict|warning)"
UNVEILING = re.compile(
    rf"(?:The|That|These|Those)[ \t]+(?:[a-z]+[ \t]+){{0,2}}?{SPEECH_BACK}\b[^.\n]{{0,80}}?\b(?:by|of|from)[ \t]+"
    rf"(?P<who>[A-Z][^,.;\n]{{1,80}}?)[ \t]*(?=[,.;]|[ \t]+who\b)"
    rf"|(?P<subject>[A-Z][^,.;\n]{{1,80}}?)[ \t]+(?:repeated|made|posted|wrote|used)[ \t]+"
    rf"(?:that|those|these|the)[ \t]+{SPEECH_BACK}\b"
)

# Nouns of speech a possessive owns: "Trump's threats to …", "his answer", "Ruiz's 2022 remark that".
SPEECH_OWNED = r"(?:threats?|promises?|pledges?|vows?|warnings?|demands?|insistence|words|answer|reply|response|retort"
# "Lahtinen's comment that the budget "…"", not 'termed Munir's remarks on Kashmir "…"' (the subject's words)
SPEECH_OWNED += r"|(?:comments?|remarks?|claims?|assertions?|accusations?)(?=\s+that\b))"
POSSESSED_SPEECH = re.compile(
    rf"(?:\b(?P<name>[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){{0,3}})['’]s|\b(?P<pronoun>[Hh]is|[Hh]er))[ \t]+"
    rf"(?:(?:19|20)\d\d[ \t]+)?{SPEECH_OWNED}\b[^“”\"\n.;]{{0,120}}$"
)

# Thanks or praise for a quality of the one thanked: 'thanked Cuba for its "unconditional solidarity"'.
THANKED_FOR = re.compile(
    r"\b(?:thank(?:s|ed)?|prais(?:es|ed)|commend(?:s|ed)|hail(?:s|ed)|laud(?:s|ed))\b[^.;:\n]{1,60}?\bfor\s+"
    r"(?:its|their|his|her)\s*$"
)


class QuoteCues:
    def _unveiled_quotes(self):
        """'"Disarmament is only the beginning."' alone in its paragraph, then 'The words were those of Ana Ruiz, the
        minister …, who told …': the quote is the person's the next paragraph opens by naming, and so is "who"."""
        doc, unveiled = self.doc, {}
        for quote in doc.top_quotes:
            paragraph = doc.paragraph_of(quote.open)
            start, end = doc.paragraphs[paragraph]
            if quote.close is None or paragraph + 1 >= len(doc.paragraphs):
                continue
            if doc.masked[start : quote.open].strip() or doc.masked[quote.outer_end : end].strip():
                continue
            following = doc.paragraphs[paragraph + 1][0]
            match = UNVEILING.match(doc.masked, following, doc.paragraphs[paragraph + 1][1])
            if match is None:
                continue
            group = "who" if match.group("who") else "subject"
            tokens = doc.tokens_between(match.start(group), match.end(group))
            speaker = self.resolver.speaker(tokens[0], tokens[-1]) if tokens else None
            if speaker is None or not (speaker.slug or (speaker.is_person and " " in speaker.name)):
                continue
            self.discourse.add(match.start(group), speaker)
            unveiled[quote] = (speaker, following, match.end())
        return unveiled

    def _signature_after(self, quote):
        """'"We are a people." — Turkish Cypriot leader Tufan Erhürman, speaking on Sunday.': the quote is signed
        by the name after the dash that follows it, dated by what the signature says."""
        if quote.close is None or (match := SIGNATURE.match(self.doc.masked, quote.outer_end)) is None:
            return None
        tokens = self.doc.tokens_between(match.start("np"), match.end("np"))
        speaker = self.resolver.speaker(tokens[0], tokens[-1]) if tokens else None
        if speaker is None or not (speaker.slug or (speaker.is_person and " " in speaker.name)):
            return None
        found = self._add_quote(quote, speaker, "postposed")
        if found is not None:
            found.date_span = (self.offset + match.start(), self.offset + match.end())
        return found

    def _possessed_term(self, quote):
        """'rejects Ethiopia's "recognition" talk': a word or two quoted between a possessive and its noun are the
        possessor's term, in scare quotes, not the words of the sentence's subject."""
        if quote.close is None or len(self.doc.text[quote.start : quote.end].split()) > 2:
            return False
        after = re.match(r"\s*([a-z]+)\b", self.doc.masked[quote.close + 1 : quote.close + 30])
        before = self.doc.masked[max(0, quote.open - 30) : quote.open]
        if re.search(
            r"\b(?:is|was|are|were|remains|remained|became|becomes)\s+(?:[a-z]+\s+)?(?:its|their)\s*$", before
        ):
            return False  # 'Asia was now its "fastest-growing market"': what the speaker calls it, a predicate
        if THANKED_FOR.search(self.doc.masked, max(0, quote.open - 80), quote.open):
            return False  # 'thanked Cuba for its "unconditional solidarity"': the thanker's words for what is praised
        if re.search(r"\b(?:its|their)\s*$", before):
            return True  # 'would raise its "security tariff" on imports': a body's own name for its measure
        possessive = re.search(r"\w['’]s\s*$", before)
        return bool(possessive and after and after.group(1) not in FUNCTION_WORDS)

    def _possessed_words(self, quote, start):
        """'an election dominated by Trump's threats to take the island "one way or the other"', 'His answer to
        Washington, posted on Facebook, is still quoted: "…"': words of speech owned by a name or a pronoun before the
        quote are the owner's."""
        match = POSSESSED_SPEECH.search(self.doc.masked, max(start, quote.open - 160), quote.open)
        if match is None:
            return None
        if match.group("pronoun"):
            speaker = self.discourse.pronoun(match.group("pronoun").lower(), quote.open)
        else:
            tokens = self.doc.tokens_between(match.start("name"), match.end("name"))
            speaker = self.resolver.speaker(tokens[0], tokens[-1]) if tokens else None
        return speaker if speaker is not None and (speaker.slug or speaker.is_person) else None

    def _nickname(self, quote):
        """'Mr. Abdirahman Mohamed Abdullahi "Irro", claimed': a capitalised word or two quoted right after a name,
        then a comma, is the person's nickname."""
        words = self.doc.text[quote.start : quote.end].split()
        if quote.close is None or not 1 <= len(words) <= 2 or not all(word[:1].isupper() for word in words):
            return False
        named = re.search(r"[A-Z][\w'’-]+[ \t]+$", self.doc.masked[max(0, quote.open - 40) : quote.open])
        return bool(named and re.match(r"[ \t]*[,)]", self.doc.masked[quote.outer_end : quote.outer_end + 3]))

    def _title_case_name(self, quote, sentence):
        """'pledged to make "Silencing the Guns" the priority': a title-case phrase quoted inside lower-case
        narration is a name (a campaign, a book, an operation), not anyone's words."""
        words = self.doc.text[quote.start : quote.end].split()
        if quote.close is None or not 2 <= len(words) <= 8 or words[-1][-1:] in ".!?,":
            return False
        if words[0][:1].islower() and words[0].lower() not in {"the", "a", "an"}:
            return False  # 'move "between Macomia, Muidumbe and Ancuabe"': words opening with a preposition, no title
        # a name's particles stay in small letters: the tanker "Stella di Levante"
        content = [word for word in words if word.lower() not in FUNCTION_WORDS | PARTICLES | {"the", "a", "an", "of"}]
        if len(content) < 2 or not all(word[:1].isupper() for word in content):
            return False
        if all(word.isupper() and len(word) > 3 for word in content):
            return False  # 'were "WEAK and DISLOYAL"': words shouted in capitals, as posted, not a title
        before = self.doc.masked[sentence.start : quote.open]
        narration = re.findall(r"\b[a-z]{3,}\b", before + " " + self.doc.masked[quote.outer_end : sentence.end])
        return len(narration) >= 3 and not re.search(r"[:—–]\s*$", before)

    def _subject_before_colon(self, start, end):
        """'Kaja Kallas put it plainly to me last month: "…"', "Carney closed with a line he has used before:": a
        named person (or a surname the article gave in full) opening a short clause that ends in
        the colon before the quote."""
        if (opened := OPENING_PHRASE.match(self.doc.masked, start, end)) is not None:
            start = opened.end()  # "Addressing parliament on Wednesday, Speaker … was blunt:"
            return self._titled_subject_before_colon(start, end)
        tokens = self.doc.tokens_between(start, end)
        names = 0
        while names < len(tokens) and self.doc.tokens[tokens[names]].capitalised:
            names += 1
        if names == 1 and len(tokens) > 2 and self.doc.tokens[tokens[0]].lower == "the":
            # "The prince was blunter on quotas:": a title with "the", for the person the article named with it
            names = 2 if self.doc.tokens[tokens[1]].raw.islower() else names
        rest = tokens[names:]
        if names < 1 or not rest or len(rest) > 10 or not self.doc.tokens[rest[0]].raw.islower():
            return None
        if re.search(r"[,;.()—–]", self.doc.masked[start:end]):
            return None
        speaker = self.resolver.speaker(tokens[0], tokens[names - 1])
        return speaker if speaker is not None and speaker.is_person and " " in speaker.name else None

    def _titled_subject_before_colon(self, start, end):
        """'Speaker of the Assembly Ana Ruiz was blunt:': a title and a name, then a copula and a word or two."""
        tokens = self.doc.tokens_between(start, end)
        if not tokens or not self.doc.tokens[tokens[0]].capitalised:
            return None
        if re.search(r"[,;.()—–]", self.doc.masked[start:end]):
            return None
        verb = next((k for k, i in enumerate(tokens) if self.doc.tokens[i].lower in {"was", "is", "were"}), None)
        if verb is None or not 0 < len(tokens) - verb <= 4 or not self.doc.tokens[tokens[verb - 1]].capitalised:
            return None
        speaker = self.resolver.speaker(tokens[0], tokens[verb - 1])
        return speaker if speaker is not None and speaker.is_person and " " in speaker.name else None
