"""People the article introduces: the antecedents of later pronouns and roles, and a person first named by a role.

Mixed into `Extractor`, whose document, resolver, discourse and found statements these use.
"""

import re
from dataclasses import replace

from .directory import PARTICLES
from .lexicon import AUXILIARIES, CONJUNCTIONS, DAYS, PREPOSITIONS, PRONOUNS, WH_WORDS
from .names import DOCUMENTS, OCCUPATIONS, SPOKES_NOUNS, Speaker, is_portfolio, past_portfolio
from .speakers import ROLE_NOUNS, _portfolio_before

_WORD = r"[A-Z][\w'’-]*"
SUBORDINATORS = {"when", "as", "while", "after", "before", "until", "because", "since", "once"}
APPOSED_TITLE = re.compile(
    rf"\b[Tt]he\s+(?P<title>{_WORD}(?:\s+{_WORD})*(?:\s+(?:of|for)(?:\s+the)?(?:\s+{_WORD})+)?),\s+"
    rf"(?P<name>{_WORD}(?:\s+{_WORD}){{1,3}})(?=,)"
)


# A person's age between commas after the name: "Dr Amira Osman, 44, a consultant …".
AGE_APPOSED = re.compile(
    r"(?:,[ \t]*\d{1,3},|[ \t]+\(\d{1,3}\),?)[ \t]"
)  # ", 44, " or Polish and German copy's " (67), "
# A person's age in parentheses after the name, as Japanese, South Asian and New Zealand copy gives it: "Ms. Keiko
# Arakaki (74), of Hirara, took part", "Among them was Dmytro Sokolenko (19), who …"; or in commas, anywhere in the
# sentence: "our team spoke with Ana Ruiz, 34, who arrived …".
NAME_GAPS = (" ", ". ")
AGE_AFTER_NAME = re.compile(r"[ \t]\(\d{1,3}\)(?=[,.;:\s])|,[ \t]\d{1,3},(?=[ \t])")
# A person presented by a copula after "One of …", named in full or by a first name alone: "One of those flying out is
# Ana Ruiz, a nurse from Braga.", "One of his pupils is Taras, who …"; the "she" or "he" of the next sentences.
PRESENTED = re.compile(
    r"(?:^|(?<=[.!?]\s))One[ \t]+of[ \t]+[^,.;:\n\"“”]{2,60}?[ \t]+(?:is|was)[ \t]+"
    r"(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})(?=[,.])",
    re.MULTILINE,
)
# A company's head by title alone: "MSP expects …, its chief executive said", named in the next paragraph.
COMPANY_HEADS = {"executive", "officer", "chairman", "chairwoman", "chairperson"}
CHAIRS = {"chairperson", "chairman", "chairwoman", "chair", "director", "commissioner"}  # a body's head, lower-case


# The office after a title, an aside, then the deed: " in the Ministry of Foreign Affairs, who received …, thanked"
HOLDER_DEED = re.compile(
    r"(?P<office> (?:in|of) (?:the )?[A-Z][\w'’-]*(?:(?: (?:and|of|for|the))* [A-Z][\w'’-]*)*)"
    r"(?:, [a-z][^,;]{0,120},)? [a-z]+ed\b"
)


class ArticlePeople:
    def _named_later(self):
        """'A Yorkshire MP who led a delegation … has urged …', then 'Daniel Hartley, the Labour MP for …, said':
        a person introduced by a role alone is the one the article names with that title next."""
        lead = self._lead_paragraph()
        renamed = {}  # the role's words → the person the article names with it
        roles = {}  # the role speaker's key → the person the article names with it
        for found in self.found:
            words = found.speaker.name.lower().split()
            if "for" in words[1:-1] and words[words.index("for") - 1] in ROLE_NOUNS:
                words = words[: words.index("for")]  # "UN envoy for Libya": an envoy, whose post is Libya
            paragraph = self.doc.paragraph_of(found.start - self.offset)
            introduced = words[:1] in (["a"], ["an"]) or paragraph in (0, lead)
            # "An Aberdeen surgeon who …": a trade in the lead, like a role
            trade = words[-1] in OCCUPATIONS and paragraph == lead
            titled = introduced and words[-1] in ROLE_NOUNS | COMPANY_HEADS
            if found.speaker.slug or len(words) < 2 or not (titled or trade):
                continue  # "A Yorkshire MP who …", or "Yorkshire MP Says …" in the headline
            # "Gibraltar's chief minister has accused …", then "Fabian Picardo told …" opening the next paragraph:
            # a lead that names a role alone names the person in the paragraph after it
            named = self._next_paragraphs_speaker(paragraph, found.end - self.offset) if paragraph == lead else None
            if named is None and trade:
                named = self._opening_name(paragraph + 1)  # "An Aberdeen surgeon …", then "Dr Amira Osman, 44, …"
            named = named or self.discourse.titled_after(found.start - self.offset, words[-1], words=words)
            if named is not None:
                renamed[tuple(words)] = named
                roles[found.speaker.key] = named
                found.speaker = named
        for found in self.found:
            # the role renamed once is that person wherever else it speaks: a quote the headline repeats, "The
            # governor said" after the lead's "the regional governor said"
            if found.speaker.slug is None and found.speaker.key in roles:
                found.speaker = roles[found.speaker.key]
        for found in self.found:  # the headline's "UN envoy warns …" is the lead's "The UN envoy for Libya"
            words = tuple(word for word in found.speaker.name.lower().split() if word != "the")
            if not found.speaker.slug and self.doc.paragraph_of(found.start - self.offset) == 0:
                named = {
                    key: person
                    for key, person in renamed.items()
                    if key[-len(words) :] == words or (key[0] == "the" and key[1:] == words)
                }
                if len({person.key for person in named.values()}) == 1:
                    found.speaker = next(iter(named.values()))
        self._headline_groups()

    def _lead_paragraph(self):
        """The index of the article's first paragraph of prose (after the headline, bylines and datelines)."""
        for index, (start, end) in enumerate(self.doc.paragraphs[1:6], start=1):
            if len(re.findall(r"\b[a-z]+\b", self.doc.masked[start:end])) >= 12:
                return index
        return None

    def _opening_name(self, paragraph):
        """The person whose full name opens the paragraph, before a comma ("Dr Amira Osman, 44, a consultant …")."""
        if paragraph >= len(self.doc.paragraphs):
            return None
        start, end = self.doc.paragraphs[paragraph]
        tokens = self.doc.tokens
        opening = self.doc.tokens_between(start, end)[:5]
        if not opening or not tokens[opening[0]].capitalised:
            return None
        last = opening[0]
        while last + 1 in opening and tokens[last + 1].capitalised and self.doc.gap(last, last + 1) == " ":
            last += 1
        if self.doc.gap(last, last + 1) != ", ":
            return None
        speaker = self.resolver.speaker(opening[0], last, tokens[opening[0]].start)
        return speaker if speaker is not None and speaker.is_person and " " in speaker.name else None

    def _next_paragraphs_speaker(self, paragraph, after):
        """The named person who speaks next in the lead after position `after`, else the one whose name opens the
        paragraph after it, when the lead named nobody ("Egypt's foreign minister says … Badr Abdelatty told …")."""
        start, end = self.doc.paragraphs[paragraph]
        if any(s.is_person and " " in s.name for pos, s in self.discourse.introduced if start <= pos < after):
            return None
        following = self.doc.paragraphs[paragraph + 1] if paragraph + 1 < len(self.doc.paragraphs) else (end, end)
        for found in sorted(self.found, key=lambda f: f.start):
            position = found.start - self.offset
            if not after < position < following[1]:
                continue
            speaker = found.speaker
            named = speaker.is_person and " " in speaker.name and speaker.name[:1].isupper()
            if not named or speaker.name.split()[-1].lower() in ROLE_NOUNS:
                continue
            if position < end or self.text[following[0] :].startswith(speaker.name.split()[0]):
                return speaker
            # a quote opening the next paragraph, its speaker named in full in the same sentence: ""…," Hanna
            # Tetteh, head of the mission, told AFP" names the lead's "The UN envoy for Libya"
            sentence_end = next((s.end for s in self.doc.sentences if s.start <= following[0] < s.end), following[1])
            first_sentence = self.text[following[0] : sentence_end]
            if self.text[following[0]] in '"“' and speaker.name in first_sentence:
                return speaker
            return None
        return None

    def _headline_groups(self):
        """'… families say they are "exhausted"' in the headline, then "The Hostages and Missing Families Forum
        said" in the body: a headline's bare plural names the body speaker whose name holds it."""
        headline_end = self.doc.paragraphs[0][1] if self.doc.paragraphs else 0
        body = [found.speaker for found in self.found if found.start - self.offset >= headline_end]
        for found in self.found:
            words = found.speaker.name.lower().split()
            if found.start - self.offset >= headline_end or found.speaker.slug or len(words) != 1:
                continue
            stem = words[0].removesuffix("s")
            named = [
                s for s in body if not s.is_person and stem in (w.removesuffix("s") for w in s.name.lower().split())
            ]
            # "Abiy tells parliament …", then "Prime Minister Abiy Ahmed": a headline names a person by any one of
            # the names the body gives in full (Ethiopian copy shortens to the given name)
            named = named or [s for s in body if s.is_person and " " in s.name and words[0] in s.name.lower().split()]
            if named and len({speaker.key for speaker in named}) == 1:
                found.speaker = named[0]

    def _apposed_titles(self):
        """'read by the President of the ECOWAS Commission, Omar Alieu Touray,': a person the directory lacks,
        named after a title between commas, for "the Commission president" later."""
        tokens = self.doc.tokens
        for match in APPOSED_TITLE.finditer(self.doc.masked):
            title = match.group("title")
            if not set(title.lower().split()) & ROLE_NOUNS:
                continue
            found = self.doc.tokens_between(match.start("name"), match.end("name"))
            speaker = self.resolver.speaker(found[0], found[-1]) if found else None
            if speaker is not None and speaker.is_person and speaker.slug is None and " " in speaker.name:
                self.discourse.introduce(tokens[found[0]].start, replace(speaker, title=title.lower()))

    def _introductions(self):
        """People the directory lacks, named with their title as a sentence's subject: the antecedents of a
        later "he" or "the minister" even when they say nothing there."""
        self._apposed_titles()
        self._aged_anywhere()
        self._presented()
        tokens = self.doc.tokens
        for sentence in self.doc.sentences:
            first = self._lead_in(sentence)[0]
            if first >= len(tokens):
                continue  # a sentence of punctuation alone: copy cut off after an opening quotation mark
            self._introduced_in_clause(first, sentence.last)
            if tokens[first].in_quote:
                continue  # '"Then I realised …"': someone's words, not the article's subject
            if first + 1 < sentence.last and tokens[first].lower in CONJUNCTIONS | WH_WORDS:
                first += 1  # "When Penny Wong stood …", "But Opposition leader …"; "What I can say" names no one
            if first < sentence.last and tokens[first].lower in PREPOSITIONS:
                # "At the invitation of President X, General Secretary Y paid a state visit": both are introduced,
                # the subject after the opening phrase and a person the phrase names with a title
                first = self._after_opening_phrase(first, sentence.last)
            if first >= sentence.last or tokens[first].lower in PREPOSITIONS:
                continue  # "In Brussels the volume has not dropped": a place, not a subject
            if tokens[first].lower in AUXILIARIES | {"do", "does", "did"} and self._asks(sentence):
                continue  # "Is SADC on the same page?": a question's verb, no given name
            first = self._apposed_name(first, sentence.last)
            last = first
            while last + 1 < sentence.last and not tokens[last + 1].in_quote and self._joined_name(last):
                last += 1
            if last == first and first + 1 < sentence.last and self._named_in_full_before(first):
                # "Erhürman, who was elected in October, struck a cautious note. He said …": a surname the article
                # gave in full before, as a sentence's subject, is the "he" after it
                speaker = self.resolver.speaker(first, first)
                full = speaker is not None and speaker.is_person and " " in speaker.name
                surname = full and speaker.name.split()[-1] == tokens[first].raw != speaker.name
                if surname and speaker.slug is None and tokens[first].lower not in ROLE_NOUNS:
                    self.discourse.introduce(tokens[first].start, speaker)
                continue
            aged = last == first and tokens[first].capitalised and tokens[first].raw[1:].islower()
            aged = (
                aged and AGE_APPOSED.match(self.doc.text, tokens[first].end) and tokens[first].lower not in ROLE_NOUNS
            )
            if aged and getattr(self.resolver.speaker(first, first), "slug", None) is None:  # not "Trump, 79,"
                # "Adam, 24, arrived from …": a person given by first name and age (not a surname
                # given in full before, "Stubb, 58,"), the "he" after it
                self.discourse.introduce(tokens[first].start, Speaker(tokens[first].raw, None, "person"))
                continue
            if last == first or not tokens[first].capitalised or not self.resolver.capitalised(last):
                continue
            if AGE_APPOSED.match(self.doc.text, tokens[last].end) and tokens[last].lower not in ROLE_NOUNS:
                # "Dr Amira Osman, 44, a consultant at …, returned": a person, her age after her name
                speaker = self.resolver.speaker(first, last)
                if speaker is not None and speaker.is_person and speaker.slug is None and " " in speaker.name:
                    self.discourse.introduce(tokens[first].start, speaker)
                continue
            if last + 1 < sentence.last and (office := self._holder_acting(first, last, sentence)) is not None:
                # "The Permanent Secretary in the Ministry …, who received the donation, thanked …. He said": the
                # unnamed holder whose deed the sentence tells is the "he" after it
                name = self.doc.text[tokens[first + 1].start : office.end("office")]
                self.discourse.introduce(tokens[first].start, Speaker(name, None, "person"))
                continue
            if last + 1 >= sentence.last or not tokens[last + 1].raw.islower() or tokens[last].lower in ROLE_NOUNS:
                continue  # a byline or a title alone, not the subject of a clause
            if "(" in self.doc.gap(last, last + 1) and tokens[last].raw.isupper():
                continue  # "TBS NEWS DIG (live updates, translated …)": an outlet's line in capitals, a note after it
            if tokens[last + 1].lower == "translated" and "," in self.doc.gap(last, last + 1):
                continue  # "Noticias RCN, translated from Spanish": the outlet's line, no one the "he" after stands for
            if tokens[last].lower in DOCUMENTS:
                continue  # "The following Joint Statement was issued": a document
            if tokens[last].lower in DAYS:
                continue  # "This Monday, the Minister received …": a day, not a person
            if any(m.last == last for m in self.doc.mentions_within(tokens[first].start, tokens[last].end)):
                continue  # the directory knows them already (not "… of the Communist Party of Viet Nam To Lam")
            listed = [k for k in range(first + 1, last + 1) if "," in self.doc.gap(k - 1, k)]
            joined = [k for k in range(listed[-1], last) if tokens[k].lower == "and"] if listed else []
            # "Minister of State for Foreign Affairs, International Cooperation and Francophonie X": the word after
            # the list's "and" is its last portfolio, the name after it
            named = past_portfolio(tokens, joined[-1] + 2, last) if joined and last - joined[-1] >= 3 else first
            speaker = self.resolver.speaker(named, last)
            # "The President of the Republic also raised …. He reiterated": a role the article gave a name, known
            # to the directory or not, is the subject a pronoun after it refers to
            role = tokens[first].lower == "the" and tokens[first + 1].lower in ROLE_NOUNS
            if speaker is not None and speaker.is_person and (speaker.slug is None or role) and " " in speaker.name:
                self.discourse.introduce(tokens[first].start, speaker)

    def _aged_anywhere(self):
        """A full name with an age in parentheses or commas after it ("Mr. Kenji Tamura (52), a fisherman, …", "Among
        those there was Ivan Petrenko (19), who …", "our team spoke with Ana Ruiz, 34, who …"): a person, wherever in
        the sentence, for the "he" or "she" after."""
        tokens, text = self.doc.tokens, self.doc.text
        for match in AGE_AFTER_NAME.finditer(text):
            found = self.doc.tokens_between(max(0, match.start() - 80), match.start())
            if not found or tokens[found[-1]].end != match.start() or tokens[found[-1]].in_quote:
                continue
            last = first = found[-1]
            while first - 1 in found and self.doc.gap(first - 1, first) in NAME_GAPS and self._in_name(first - 1):
                first -= 1  # "Ms. Keiko Arakaki", "Maria de Fátima Freitas"
            if first == last or not tokens[last].capitalised:
                continue
            speaker = self.resolver.speaker(first, last)
            if speaker is not None and speaker.is_person and speaker.slug is None and " " in speaker.name:
                self.discourse.introduce(tokens[first].start, speaker)

    def _presented(self):
        """'One of those going is Ana Ruiz, a surgeon …': the person presented, whoever spoke before her."""
        for match in PRESENTED.finditer(self.doc.masked):
            found = self.doc.tokens_between(match.start("name"), match.end("name"))
            if not found:
                continue
            speaker = self.resolver.speaker(found[0], found[-1])
            if len(found) == 1 and getattr(speaker, "slug", None) is None:
                speaker = Speaker(self.doc.tokens[found[0]].raw, None, "person")  # "Oleksandr", as the paper prints him
            if speaker is not None and speaker.is_person:
                self.discourse.introduce(match.start("name"), speaker)

    def _in_name(self, index):
        """Token `index` is a capitalised word of a name, or a particle after one ("de" in "Maria de Fátima")."""
        tokens = self.doc.tokens
        return tokens[index].capitalised or (tokens[index].lower in PARTICLES and tokens[index - 1].capitalised)

    def _holder_acting(self, first, last, sentence):
        """'The Permanent Secretary in the Ministry of …, who …, thanked': a title opening the sentence with "the", its
        office after it, then a verb in the past: the match, the office its group; else None."""
        tokens = self.doc.tokens
        if (
            tokens[first].lower != "the"
            or tokens[last].lower not in ROLE_NOUNS
            or tokens[last + 1].lower not in ("in", "of")
        ):
            return None
        return HOLDER_DEED.match(self.doc.masked, tokens[last].end, sentence.end)

    def _asks(self, sentence):
        return self.doc.text[sentence.start : sentence.end].rstrip().endswith("?")

    def _named_in_full_before(self, index):
        """Token `index` is a capitalised word the article gave earlier as the last word of a full name."""
        if not hasattr(self, "_surnames"):
            tokens, text, self._surnames = self.doc.tokens, self.doc.text, {}
            for i in range(1, len(tokens)):
                if (
                    tokens[i].capitalised
                    and tokens[i - 1].capitalised
                    and text[tokens[i - 1].end : tokens[i].start] == " "
                ):
                    self._surnames.setdefault(tokens[i].norm, i)
        token = self.doc.tokens[index]
        return token.capitalised and self._surnames.get(token.norm, index) < index

    def _introduced_in_clause(self, first, end):
        """'The snow had not yet settled … when Alexander Stubb came down the stairs': a full name opening a
        subordinate clause inside the sentence is introduced too."""
        tokens = self.doc.tokens
        for index in range(first + 1, end - 2):
            if tokens[index].lower not in SUBORDINATORS or tokens[index].in_quote or tokens[index].capitalised:
                continue
            last = index + 1
            while last + 1 < end and tokens[last + 1].capitalised and self.doc.gap(last, last + 1) == " ":
                last += 1
            if last - index < 2 or last + 1 >= end or not tokens[last + 1].raw.islower():
                continue
            speaker = self.resolver.speaker(index + 1, last)
            if speaker is not None and speaker.is_person and speaker.slug is None and " " in speaker.name:
                self.discourse.introduce(tokens[index + 1].start, speaker)

    def _after_opening_phrase(self, first, end):
        """The first token after an opening prepositional phrase and its comma (else `first`); a titled person
        inside the phrase ("At the invitation of President Ferdinand R. Marcos Jr.,") is introduced."""
        tokens, text = self.doc.tokens, self.doc.text
        for index in range(first + 1, min(first + 16, end)):
            if "," not in text[tokens[index - 1].end : tokens[index].start]:
                continue
            titled = [i for i in range(first, index - 1) if tokens[i].capitalised and tokens[i].lower in ROLE_NOUNS]
            named_end = index
            if not titled and tokens[first].lower == "for" and tokens[first + 1].capitalised:
                titled = [first + 1]  # "For Rita Alves from Braga, Monday brought no news": she, in what follows
                named_end = next((i for i in range(first + 2, index) if not tokens[i].capitalised), index)
            if titled and all(t.capitalised or t.lower in PARTICLES for t in tokens[titled[0] : named_end]):
                speaker = self.resolver.speaker(titled[0], named_end - 1)
                if speaker is not None and speaker.is_person and speaker.slug is None and " " in speaker.name:
                    self.discourse.introduce(tokens[titled[0]].start, speaker)
            return index if tokens[index].capitalised else first
        return first

    def _apposed_name(self, first, end):
        """'Her father, Siim Kallas, a former commissioner, laughs': the name apposed to a short opening noun."""
        tokens, text = self.doc.tokens, self.doc.text
        # "The Minister of International Relations and Cooperation, Mr Ronald Lamola, today received": an office
        office = first + 2 < end and tokens[first].lower == "the" and tokens[first + 1].lower in ROLE_NOUNS
        for index in range(first + 1, min(first + (10 if office else 6), end)):
            if "," in text[tokens[index - 1].end : tokens[index].start]:
                opening = tokens[first:index]
                # an acronym may name the body: "The FIFA president, Gianni Infantino, tried to calm the row"
                plain = office or all(not t.capitalised or t.lower in PRONOUNS or t.raw.isupper() for t in opening[1:])
                name = self._past_age_and_role(index, end)
                if tokens[name].capitalised and plain:
                    # "Morocco's foreign minister, Nasser Bourita, sees it differently": an owner's role, then the name
                    owned = len(opening) > 2 and opening[1].lower == "s"
                    # "One of the freed men, 61-year-old miner Ivo Petrov from Ruse, spoke to …": one of them, named
                    partitive = len(opening) > 2 and [t.lower for t in opening[:2]] == ["one", "of"]
                    return name if opening[0].lower in PRONOUNS | {"the"} or owned or partitive else first
                return first
        return first

    def _past_age_and_role(self, index, end):
        """The token after an age in years and a lower-case role opening an apposition ("61-year-old miner Ivo
        Petrov"), else `index`."""
        tokens, text = self.doc.tokens, self.doc.text
        if not (tokens[index].raw.isdigit() and text.startswith("-year-old ", tokens[index].end)):
            return index
        name = index + 1
        while name < end and text[tokens[name - 1].end : tokens[name].start] == "-":
            name += 1  # "year", "old"
        while name < end and tokens[name].raw.islower() and name - index < 7:
            name += 1  # "miner", "retired teacher"
        return name if name < end else index

    def _portfolio_list(self, index):
        """Token `index` ends a title's portfolio, and the capitalised words after its comma run to an "and" that
        joins another portfolio: one title listing its portfolios, not a name apposed to it."""
        tokens, text = self.doc.tokens, self.doc.text
        if not is_portfolio(tokens[index].lower):
            return False
        for k in range(index + 1, min(index + 5, len(tokens) - 1)):
            if tokens[k + 1].lower == "and" and text[tokens[k].end : tokens[k + 1].start] == " ":
                return tokens[k].capitalised and is_portfolio(tokens[k].lower)
            if not tokens[k].capitalised or text[tokens[k].end : tokens[k + 1].start] != " ":
                return False
        return False

    def _joined_name(self, index):
        """Token index + 1 continues a capitalised title and name: 'External Affairs Minister Dr. S. Jaishankar'."""
        tokens, text = self.doc.tokens, self.doc.text
        following = tokens[index + 1]
        gap = text[tokens[index].end : following.start]
        if gap == "-":
            return True  # "Lee Jae-myung"
        if following.lower in ("of", "for", "the") and gap == " " and index + 2 < len(tokens):
            return tokens[index + 2].capitalised or tokens[index + 2].lower == "the"  # "Secretary of State Marco Rubio"
        if gap == " (" and following.raw.isupper() and text[following.end : following.end + 2] == ") ":
            return True  # "Nationalist Movement Party (MHP) leader Devlet Bahçeli": the party's acronym
        titles = ROLE_NOUNS - SPOKES_NOUNS | CHAIRS  # "IEBC chairperson Erastus Ethekon"
        if gap.strip(" )") == "" and following.raw.islower() and following.lower in titles:
            # "Opposition leader Karl Vesk": a lower-case role between a capitalised body and the name (a
            # spokesman's own words are his principal's, read elsewhere)
            after = tokens[index + 2] if index + 2 < len(tokens) else None
            return after is not None and after.capitalised and text[following.end : after.start] == " "
        joins = following.lower == "and" and gap == " " and index + 2 < len(tokens) and tokens[index + 2].capitalised
        if (
            joins
            and self.doc.paragraph_of(following.start) == 0
            and _portfolio_before(tokens, max(0, index - 6), index + 1)
        ):
            # a readout's title line, "Minister of Trade and Industry receives …": one title's portfolios, not two
            # subjects (in the body, "the Minister of …" is the holder `ArticleRoles` reads)
            return True
        if following.lower == "and" and gap == " " and is_portfolio(tokens[index].lower):
            # "… Foreign Affairs, International Cooperation and Francophonie X": the list's "and", after its comma
            start = index
            while start > max(0, index - 4) and tokens[start - 1].capitalised and self.doc.gap(start - 1, start) == " ":
                start -= 1
            return start > 0 and self.doc.gap(start - 1, start) == ", " and self._portfolio_list(start - 1)
        if gap == ", " and following.capitalised and self._portfolio_list(index):
            return True  # "Minister of State for Foreign Affairs, International Cooperation and Francophonie X"
        if gap == "." and len(tokens[index].raw) == 1 and following.capitalised and len(following.raw) == 1:
            return True  # "M.K. Stalin": initials written without a space
        if gap not in (" ", ". ", "\u00a0") or not (following.capitalised or following.lower in PARTICLES):
            return False
        return gap != ". " or len(tokens[index].raw) <= 3  # "Dr. S." but not a sentence's full stop
