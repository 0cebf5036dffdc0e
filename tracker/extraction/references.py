"""What a short form refers back to: "the court" or "the group" (a body named before), "the Wiper leader" (the
person a party's name goes with), a surname (the full name given before, or below a heading), and the titles
that are not part of a name ("Interior CS"). Mixed into `Resolver`, whose document and discourse these use."""

import bisect
import re

from .carriers import WIRES
from .collectives import PLACES
from .directory import PARTICLES
from .formats import DATELINE
from .lexicon import DAYS, INSTITUTION_WORDS, PREPOSITIONS, PRONOUNS, ROLE_WORDS, WH_WORDS
from .names import (
    COUNTRY_NAME,
    DEMONYM_COUNTRY,
    DESCRIBING_PARTICIPLES,
    DETERMINERS,
    ORGANISATION_WORDS,
    PORTFOLIO_NOUN,
    TITLE_WORDS,
    Speaker,
    country_in,
    excellency,
    family_name_in_capitals,
    is_demonym,
    is_title_word,
    past_portfolio,
    without_middle_initials,
)
from .normal import normalize_name

CALENDAR_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october"}
CALENDAR_MONTHS |= {"november", "december"}

SUFFIXES = {"Jr", "Sr", "II", "III", "IV"}  # a name's generational suffix
# "the court", "the group": a body named before, by the last word of its name or by any name for a body.
GENERIC_BODIES = {"group", "organisation", "organization", "body", "movement", "charity", "watchdog"}
BODY_NOUNS = GENERIC_BODIES | {"court", "tribunal", "commission", "council", "committee", "agency", "alliance", "bloc"}
# An acronym's spokesperson, named after the title: "FLNKS spokesman Emmanuel Tjibaou".
SPOKESMAN_OF = re.compile(r"\b(?P<body>[A-Z]{3,})\s+spokes(?:man|woman|person)\s+[A-Z]")
# A capitalised name opening a sentence or a (bulleted) line, then a colon or a lower-case word.
BODY_NAME = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?:[-•*–][ \t]+)?(?:The[ \t]+)?"
    r"(?P<name>[A-Z][\w'’.-]*(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?|for[ \t]+(?:the[ \t]+)?)?[A-Z][\w'’.-]*){1,6})"
    r"(?:(?P<colon>[ \t]*:)|(?=[ \t]+[a-z]))",
    re.MULTILINE,
)
# What a body's name goes on with after its head noun: "Ministry *of Foreign Affairs*", "Agency *for Refugees*".
BODY_COMPLEMENT = re.compile(
    r"(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w'’.-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w'’.-]*){0,4})+"
)
BODIES_OF = {"council", "court", "commission", "committee", "parliament", "assembly", "tribunal", "bank", "office"}
BODIES_OF |= {"delegation", "mission", "embassy"}  # "the Delegation of the European Union": the EU's, not the EU
BODIES_OF |= {"prefecture", "municipality"}  # "the (sub-)prefecture of Dunkirk": the State's office there, not the town
SENT_TO = {"mission", "delegation", "embassy"}  # a body one country sends to another body or country


def is_acronym(word):
    """Letters of a party, a body or a place before a name: "SNSD", "PDP", "BiH" (capitals, or two among four)."""
    return 2 <= len(word) <= 4 and word.isalpha() and sum(char.isupper() for char in word) >= max(2, len(word) - 1)


# A state's formal style before its name: "the Federal Republic of Somalia", "the Kingdom of Cambodia".
STATE_STYLE = re.compile(
    r"\bthe\s+(?:(?:Federal|Democratic|Islamic|Socialist|People['’]s|United|Plurinational|Arab|Hashemite)\s+)*"
    r"(?:Republic|Kingdom|State|Sultanate|Emirate|Principality)\s+of\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
)
# A state named by its people's adjective and its style: "the Kyrgyz Republic", "the Hashemite Kingdom".
STATE_NOUNS = {"republic", "kingdom", "sultanate", "emirate", "principality", "federation", "confederation"}
# "the company said" after a clause a company's name opens.
COMPANY_NOUNS = {"company", "firm", "group", "consortium", "refiner", "lender", "carrier", "airline", "insurer"}
# "the party said": the last party named before, in full ("People Power Party") or by its letters before a member's
# role ("the SPD co-leader", "PPP lawmakers").
PARTY_NAMED = re.compile(
    r"\b(?P<name>(?:[A-Z][\w'’-]*[ \t]+){1,4}Party)\b"
    r"|\b(?P<letters>[A-Z]{2,5})[ \t]+(?=(?:co-)?leader\b|lawmakers\b|MPs\b|deputies\b|legislators\b|chair)"
)


def _initials(name):
    return "".join(re.findall(r"\b[A-Z]", name))


class References:
    def _party_name(self, token, position):
        """A party's or a movement's name before a role ("the CDU politician", "the Wiper leader"): capitals, or a
        capitalised word that names no actor, place or person the article has given."""
        if token.raw.isupper():
            return True
        if token.norm in PLACES or self.doc.mentions_within(token.start, token.end):
            return False
        return token.raw.istitle() and not self.discourse.known_word(token.norm, position)

    def _body_of(self, first, mention_first):
        """A body's name ending in the actor it belongs to: "Council of the EU", "Court of Justice of the EU"."""
        words = [token.lower for token in self.doc.tokens[first:mention_first] if token.lower != "the"]
        if len(words) >= 2 and words[-1] == "to" and words[-2] in SENT_TO:
            return True  # "the US mission to the IAEA": a country's mission, not the agency it is sent to
        return len(words) >= 2 and words[-1] == "of" and words[0] in BODIES_OF

    def _body_named_before(self, noun, position):
        """The body "the court" or "the group" stands for: the last name opening a sentence or a line before
        `position` that ends in that noun ("The EU General Court on Wednesday annulled …"), or, for a word any
        body goes by, a name labelling a line ("- Human Rights Watch: the deal …")."""
        window = max(0, position - 1500)
        for match in reversed(list(BODY_NAME.finditer(self.doc.text, window, position))):
            name = match.group("name")
            specific = name.split()[-1].lower() == noun
            if not (specific or (noun in GENERIC_BODIES and match.group("colon"))):
                continue
            tokens = self.doc.tokens_between(match.start("name"), match.end("name"))
            known = [
                m for m in self.doc.mentions_within(match.start("name"), match.end("name")) if m.last == tokens[-1]
            ]
            if known:
                return Speaker.of(self.discourse.choose(known[0].refs, position))
            return Speaker(name, None, "other")
        if noun in GENERIC_BODIES:
            # "FLNKS spokesman Emmanuel Tjibaou said …. In a post, the movement accused …": the body he speaks for
            spoken = list(SPOKESMAN_OF.finditer(self.doc.masked, max(0, position - 600), position))
            if spoken and spoken[-1].group("body").lower() not in WIRES:
                return Speaker(spoken[-1].group("body"), None, "other")
        return None

    def _party_named_before(self, position):
        """The party "the party" stands for: the last one the copy named within a few paragraphs, in full or by
        its letters before a member's role (then in full if it was spelt out)."""
        found = list(PARTY_NAMED.finditer(self.doc.text, max(0, position - 1500), position))
        if not found:
            return None
        match = found[-1]
        if match.group("letters"):  # "PPP lawmakers" after "People Power Party leader …": the name in full
            letters = match.group("letters")
            spelt = [m for m in found if m.group("name") and _initials(m.group("name")).endswith(letters)]
            match = spelt[-1] if spelt else match
        group = "name" if match.group("name") else "letters"
        name = re.sub(r"^The\s+", "", match.group(group))
        tokens = self.doc.tokens_between(match.end(group) - len(name), match.end(group))
        known = [m for m in self.doc.mentions_within(match.start(group), match.end(group)) if m.last == tokens[-1]]
        if known:
            return Speaker.of(self.discourse.choose(known[0].refs, position))
        return Speaker(name, None, "other")

    def _acronym_title(self, first, start, last):
        """An abbreviated office inside a title, before a name of two words or more: "Interior CS Kipchumba
        Murkomen". Not a label in capitals ("JENS-FREDERIK NIELSEN") nor a country's letters opening a body ("PH
        Coast Guard")."""
        tokens = self.doc.tokens
        raw = tokens[start].raw
        return (
            start > first
            and last - start >= 2
            and is_acronym(raw)
            and not tokens[start + 1].raw.isupper()
            and not is_demonym(raw)
        )

    def _heading_full_name(self, index):
        """A surname in a heading ("Sybiha says Moscow 'playing for time'"), given in full in the paragraph
        below it ("Ukraine's foreign minister Andrii Sybiha accused …")."""
        doc, tokens = self.doc, self.doc.tokens
        number = doc.paragraph_of(tokens[index].start)
        start, end = doc.paragraphs[number]
        line = doc.text[start:end].strip()
        if number + 1 >= len(doc.paragraphs) or len(line) > 120 or line[-1:] in '.!?"”':
            return None
        below_start, below_end = doc.paragraphs[number + 1]
        if not tokens[index].capitalised or tokens[index].raw.isupper():
            return None
        for i in doc.tokens_between(below_start, below_end):
            if tokens[i].norm != tokens[index].norm or not tokens[i].capitalised or tokens[i].raw.isupper():
                continue
            if i + 1 < len(tokens) and tokens[i + 1].capitalised and doc.text[tokens[i].end] == " ":
                return None  # "The Coffee Growers Federation": a body's name goes on, no surname ends there
            name = self._full_name_at(i)
            return name if name is not None and name.split()[0].lower() not in ("the", "a", "an") else None
        return None

    def _earlier_full_name(self, index):
        """The nearest earlier 'First Last' whose last name is token `index`."""
        cache = self.__dict__.setdefault("_earlier_full_names", {})
        if index not in cache:
            cache[index] = self._find_earlier_full_name(index)
        return cache[index]

    def _find_earlier_full_name(self, index):
        tokens = self.doc.tokens
        same = self.doc.positions_of(tokens[index].norm)  # the token indexes of this word, in order
        for i in reversed(same[bisect.bisect_left(same, max(0, index - 2999)) : bisect.bisect_left(same, index)]):
            if not tokens[i].capitalised:
                continue
            if (reordered := family_name_in_capitals(tokens, self.doc.text, i)) is not None:
                return reordered  # "Mr. MOTEGI Toshimitsu", then "Minister Motegi"
            if tokens[i].raw.isupper() and not tokens[index].raw.isupper():
                continue  # a dateline ("PORT SUDAN, Jan 8") or a transcript label, not a name
            if (name := self._full_name_at(i)) is not None:
                return name
        return None

    def _opens_sentence(self, i):
        tokens = self.doc.tokens
        return i == 0 or bool(re.search(r"[.!?\n]", self.doc.text[tokens[i - 1].end : tokens[i].start]))

    def _full_name_at(self, i):
        """The full name whose surname (or, family name first, whose first word) is token i; None if alone."""
        tokens, text = self.doc.tokens, self.doc.text
        start = i
        while start > 0 and (tokens[start - 1].capitalised or tokens[start - 1].lower in PARTICLES):
            if is_title_word(tokens[start - 1]) or tokens[start - 1].lower in TITLE_WORDS:
                break
            if tokens[start - 1].lower in ("the", "a", "an"):
                break  # "The RSF, at war …, said", then "until the RSF is defeated": a body, no full name
            if tokens[start - 1].lower in WH_WORDS:
                return None  # a title-case headline, "The Diplomat Who Keeps Calling Pyongyang": no one's name
            if is_acronym(tokens[start - 1].raw) and not tokens[start].raw.isupper() and start < i:
                break  # "the president of SNSD Milorad Dodik", then "Dodik": a party's or a place's letters
            if tokens[start - 1].lower in PREPOSITIONS and self._opens_sentence(start - 1):
                break  # "In Lagos, the ministry said": a sentence's opening place, no given name "In" (not "To Lam")
            if start >= 2 and excellency(self.doc, start - 2):
                break  # "H.E. Heng Ratana", then "Heng Ratana": no initials "H. E."
            gap = text[tokens[start - 1].end : tokens[start].start]
            if gap not in (" ", "\u00a0", "-") and not (gap in (". ", ".") and len(tokens[start - 1].raw) == 1):
                break  # "Donald J. Trump", "S. Jaishankar" keep their initials
            start -= 1
        while start < i and tokens[start].lower in PARTICLES:
            start += 1
        if start > 0 and tokens[start - 1].lower in {"of", "for", "on"}:  # "Special Envoy on Myanmar Julie Bishop"
            for size in (3, 2, 1):
                place = " ".join(token.norm for token in tokens[start : start + size])
                if start + size <= i and place in PLACES:
                    start += size  # "Minister of Foreign Affairs of Ukraine Ana Ruiz", then "Ruiz": no "Ukraine Ana"
                    break
        if start + 1 < i and tokens[start].lower in STATE_NOUNS and start > 0 and is_demonym(tokens[start - 1].raw):
            start += 1  # "Minister of Foreign Affairs of the Kyrgyz Republic Ana Ruiz", then "Ruiz": no "Republic Ana"
        names = [k for k in range(start, i + 1) if tokens[k].lower not in PARTICLES]
        after_portfolio = start > 0 and tokens[start - 1].lower in {"for", "of"}
        # "Head of the Department of the Presidential Administration Lina Ortiz", then "Ortiz": the body's words
        if not after_portfolio and start > 1 and tokens[start - 1].lower == "the":
            after_portfolio = tokens[start - 2].lower in ("of", "for")
        if start > 1 and tokens[start - 1].lower == "and":  # "Minister of Water Resources and Irrigation X"
            after_portfolio = any(
                tokens[k].lower in ("of", "for") and tokens[k - 1].lower in ROLE_WORDS | ORGANISATION_WORDS
                for k in range(max(1, start - 6), start - 1)
            )
        # "Minister of … and Moroccan Expatriates Nasser Bourita", then "Bourita": the walk stops at the demonym, the
        # portfolio's last word still runs into the name
        titled = start > 0 and is_title_word(tokens[start - 1]) and tokens[start - 1].capitalised
        if (after_portfolio or titled) and (named := past_portfolio(tokens, start, i)) > start:
            start = named  # "Minister of Water Resources and Irrigation Hany Sewilam", then "Sewilam"
        elif after_portfolio and len(names) >= 4:
            start = names[-2]  # "Commissioner for Human Rights Volker Türk"
        elif after_portfolio and len(names) == 3 and PORTFOLIO_NOUN.search(tokens[names[0]].lower):
            start = names[1]  # "High Commissioner for Refugees Barham Salih", then "Salih"
        elif after_portfolio and len(names) == 3 and tokens[start - 1].lower == "and":
            start = names[1]  # "Office for Kosovo and Metohija Petar Petković", then "Petković"
        if start < i:
            end = i  # "Luiz Inácio Lula da Silva", then "Lula"
            while end + 2 < len(tokens) and tokens[end + 1].lower in PARTICLES and tokens[end + 2].capitalised:
                if text[tokens[end].end : tokens[end + 2].start] != f" {tokens[end + 1].raw} ":
                    break
                end += 2
            if end + 1 < len(tokens) and tokens[end + 1].raw in SUFFIXES and text[tokens[end].end] in " ,":
                end += 1  # "Ferdinand R. Marcos Jr.", then "President Marcos"
            elif end == i and self._name_goes_on(end) and not self._name_goes_on(end + 1):
                end += 1  # "Gabriel Ayuel Deng", then "Minister Ayuel": one more name after the one used
            return without_middle_initials(text[tokens[start].start : tokens[end].end])
        if is_demonym(tokens[i].raw):
            return None  # "Korean Peninsula", then "Inter-Korean": a people's adjective, no family name first
        end = i  # family name first: "Chung Dong-young", then "Chung"; "Prince Faisal bin Farhan", then "Faisal"
        while end + 1 < len(tokens) and text[tokens[end].end : tokens[end + 1].start] in (" ", "-"):
            following = tokens[end + 1]
            if following.lower in ORGANISATION_WORDS | INSTITUTION_WORDS:
                return None  # "the US Treasury Department", then "Treasury": a body's name, not a family name first
            if following.capitalised and following.lower in ROLE_WORDS:
                # "Minister Sugiono Receives Palestinian Foreign Minister" in a Title Case headline: a name never
                # runs into an office, so the capitals after the surname are the headline's words, not a given name
                return None
            if following.lower in DESCRIBING_PARTICIPLES:
                break  # "the Shell-led consortium", then "Shell": the company, not "Shell-led"
            particle = following.lower in PARTICLES and end + 2 < len(tokens) and tokens[end + 2].capitalised
            if not (following.capitalised or particle or text[tokens[end].end : following.start] == "-"):
                break
            end += 1
        if end > i:
            return text[tokens[i].start : tokens[end].end]
        return None

    def _name_goes_on(self, index):
        """Token index + 1 is one more word of a person's name after token index ("Ayuel Deng")."""
        tokens = self.doc.tokens
        if index + 1 >= len(tokens) or self.doc.text[tokens[index].end : tokens[index + 1].start] != " ":
            return False
        following = tokens[index + 1]
        common = ORGANISATION_WORDS | INSTITUTION_WORDS | TITLE_WORDS | set(ROLE_WORDS)
        calendar = following.lower in DAYS or following.lower in CALENDAR_MONTHS
        return following.capitalised and not following.raw.isupper() and following.lower not in common and not calendar

    def _body_opened_before(self, noun, position):
        """'The Ministry of Foreign Affairs … of the Federal Republic of Somalia has followed …', then "The Ministry
        recalls that …": the body whose name, opening a sentence or a line before, starts with that noun."""
        pattern = re.compile(
            rf"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?:The[ \t]+)?(?P<name>{re.escape(noun)}"
            # a comma only before the portfolios' list: "Ministry of Foreign Affairs, Foreign Employment and Tourism"
            r"(?:(?:,(?=[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){1,3}and[ \t]+[A-Z]))?"
            r"[ \t]+(?:of|for|and|the|on|[A-Z][\w'’.-]*)){0,14}"
            r"[ \t]+[A-Z][\w'’.-]*)"
            # its acronym may follow in brackets: "The Ministry of Fisheries and Marine Resources (MFMR) says"; a
            # translated release's line after it: "Ministry of Foreign Affairs and Worship, translated from Spanish"
            r"(?![ \t]+(?:and|of|for)[ \t]+[A-Z])"
            r"(?=[ \t]+[a-z]|[ \t]+\([A-Z][A-Za-z]+\)|[ \t]*\n|[ \t]*$|,[ \t]+[a-z])",
            re.MULTILINE,
        )
        found = None
        for match in pattern.finditer(self.doc.masked, max(0, position - 3000), position):
            found = match
        if found is None:
            return None
        name = found.group("name")
        line_end = self.doc.masked.find("\n", found.end())
        if self.doc.paragraph_of(found.start()) == 0 and ":" in self.doc.masked[found.end() : line_end]:
            # a headline's 'Chancellor on Migrants at the border: "…"': "on" opens the topic, not the office's name
            name = name.split(" on ")[0]
        letterhead = re.compile(rf"^[ \t]*{re.escape(name)}[ \t]*$", re.MULTILINE)
        if not letterhead.search(self.doc.masked, 0, found.start()):
            # "… of the Republic of X": of X, unless the release's letterhead spells the body so on a line of its own
            name = STATE_STYLE.sub(lambda m: m.group("place"), name)
        return Speaker(name, None, "other", "", country_in(normalize_name(name).split()))

    def _named_body(self, first, mention):
        """A body's common noun the directory gives one body ("the Commission"), after a name of its own in capitals
        that is no country's: "the White Helmets Commission"."""
        tokens = self.doc.tokens
        if mention.first != mention.last or mention.first <= first or tokens[mention.last].lower not in BODY_NOUNS:
            return False
        before = tokens[mention.first - 1]
        if not self.doc.text[before.end : tokens[mention.first].start].isspace():
            return False  # "on behalf of the Chairman/CEO, the Commission said": another phrase
        if not before.capitalised or before.lower in DETERMINERS:
            return False  # "The Commission said": the sentence's capital, no name
        return before.lower not in DEMONYM_COUNTRY and before.lower not in COUNTRY_NAME

    def _other_body_before(self, first, mention, position):
        """That common noun standing for another body of that noun the article named before: "the president of the
        Commission", after "the White Helmets Commission" (a phrase of its own, not "…, the Commission said")."""
        tokens = self.doc.tokens
        noun = tokens[mention.last].lower
        if mention.first != mention.last or noun not in BODY_NOUNS:
            return False
        if "," in self.doc.text[tokens[first].start : tokens[mention.first].start]:
            return False
        body = self._body_ending_before(noun, position, whole=True)
        return body is not None and body.slug is None

    def _body_ending_before(self, noun, position, whole=False):
        """'…, according to a communiqué from the Venezuelan Foreign Ministry.' then "…, the ministry said": the
        last body named in full whose name ends in that noun, wherever the copy named it, when none spoke.

        `whole`: a known name inside it is the body only when it ends the name ("the United Nations Relief and Works
        Agency" is not the United Nations)."""
        # "and" inside the name: "the United Nations Relief and Works Agency", "the Foreign and Trade Ministry"
        head = re.sub(r"i[sz]ation$", "i[sz]ation", noun.title())  # "the organisation", after the "… Organization"
        head = f"[{head[0]}{head[0].lower()}]{head[1:]}"  # "the embassy", after "the Russian embassy in Copenhagen"
        pattern = re.compile(rf"\b(?P<name>(?:[A-Z][\w'’.-]*[ \t]+(?:and[ \t]+)?){{1,4}}{head})\b")
        found = None
        for match in pattern.finditer(self.doc.masked, max(0, position - 1500), position):
            found = match
        # or described by the noun, its name apposed: "The United Nations refugee agency, UNHCR, says …"
        apposed = re.compile(
            rf"\b{re.escape(noun.lower())},[ \t]+"
            r"(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,4}),"
        )
        for match in apposed.finditer(self.doc.masked, found.end() if found else max(0, position - 1500), position):
            found = match
        if found is None:
            return None
        known = self.doc.mentions_within(found.start("name"), found.end("name"))
        if found.re is apposed:
            name = found.group("name")
            if known:
                return Speaker.of(self.discourse.choose(known[-1].refs, position))
            return Speaker(name, None, "other", "", country_in(normalize_name(name).split()))
        if whole:
            known = [mention for mention in known if self.doc.tokens[mention.last].end == found.end("name")]
            first = self.doc.tokens_between(found.start("name"), found.end("name"))[0]
            known = [mention for mention in known if not self._named_body(first, mention)]
        if known:
            return Speaker.of(self.discourse.choose(known[-1].refs, position))
        name = re.sub(r"^The\s+", "", found.group("name"))
        if " " not in name:
            return None
        owned = re.match(
            r"[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*)?['’]s[ \t]", name
        )  # a country's head noun, its name after
        if owned and (complement := BODY_COMPLEMENT.match(self.doc.masked, found.end("name"))) is not None:
            name += complement.group()  # "Moldova's Ministry of Foreign Affairs", not "Moldova's Ministry"
        return Speaker(name, None, "other", "", country_in(normalize_name(name).split()))

    def _company_of_kind(self, kind, noun, position):
        """'figures released by the ferry company': the body named before whose name ends in "Ferry Company"; or,
        named earlier in the sentence, the "… Railway" that "the railway company" runs, by that name and the noun."""
        full = self._body_ending_before(noun, position, whole=True)
        if full is not None and full.slug is None and kind in normalize_name(full.name).split():
            return full
        pattern = re.compile(rf"\b(?:[A-Z][\w'’.-]*[ \t]+){{1,3}}{re.escape(kind.title())}\b")
        named = [*pattern.finditer(self.doc.masked, self._sentence_start(position), position)]
        if not named:
            return None
        name = re.sub(r"^The\s+", "", named[-1].group())
        if name.lower() == kind or self.doc.mentions_within(named[-1].start(), named[-1].end()):
            return None  # "The Harbour …" opening the sentence names none; a name the directory knows is no company's
        return Speaker(f"{name} {noun.title()}", None, "other", "", country_in(normalize_name(name).split()))

    def _clause_company(self, position):
        """The name opening the sentence whose clause "the company" attributes after it ("Reliance Industries (RIL)
        has received …, the company said"): capitalised words up to a bracket or a lower-case word."""
        sentence = next((s for s in self.doc.sentences if s.start <= position < s.end), None)
        if sentence is None or not re.search(r",\s*$", self.doc.masked[sentence.start : position]):
            return None
        opening = sentence.start
        if dateline := DATELINE.match(self.doc.masked, opening, position):
            opening = dateline.end()  # "London, 2 November (Argus) — The eight members …": not the dateline's city
        tokens = self.doc.tokens_between(opening, position)
        if not tokens or self.doc.tokens[tokens[0]].lower in PREPOSITIONS:
            return None  # "In a statement on Wednesday, the group said": an opening phrase, no company's name
        last = None
        for index in tokens:
            token = self.doc.tokens[index]
            if not token.capitalised or (last is not None and self.doc.gap(last, index) not in (" ", "-")):
                break
            last = index
        if last is None or last == tokens[0] and self.doc.tokens[last].lower in DETERMINERS | PRONOUNS:
            return None
        if self.doc.tokens[tokens[0]].lower in PREPOSITIONS:
            return None  # "In a statement on Telegram, the group accused …": an adverbial, not the group's name
        found = self.speaker(tokens[0], last, position)
        if found is not None and found.slug is None and found.is_person:
            return self._as_written(tokens[0], last)  # a firm's name of two capitalised words, not a person's
        return found
