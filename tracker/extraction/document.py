"""An article as the extractor reads it: tokens, quotations, narration with quotes masked, sentences."""

import bisect
import re
from dataclasses import dataclass, field

from bs4 import BeautifulSoup

from .directory import ARTICLE_SPELLINGS, PARTICLES, WORD, name_keys, word_key
from .lexicon import (
    AUXILIARIES,
    CONJUNCTIONS,
    NEGATIONS,
    PREPOSITIONS,
    PRONOUNS,
    ROLE_WORDS,
    SUBJECT_PRONOUNS,
    VERB_FORMS,
)
from .names import DETERMINERS, is_demonym
from .quotes import find_quotes
from .spans import trim_span

# Words before a surname that are not a first name: "Mr Netanyahu", "Lt Gen Chaudhry", "Prince Faisal".
HONORIFIC_WORDS = {"mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "sheikh", "prince", "princess", "king"}
HONORIFIC_WORDS |= {"queen", "emir", "lt", "gen", "col", "maj", "brig", "adm", "capt", "sgt", "lieutenant", "colonel"}
HONORIFIC_WORDS |= {"major", "brigadier", "admiral", "marshal", "ayatollah", "pope", "rabbi", "imam", "cardinal"}
HONORIFIC_WORDS |= {"senator", "sen", "rep", "gov", "governor", "mayor", "judge", "justice", "professor", "prof"}
# The lower ranks' abbreviations in American military copy: "Spc. Tyler Brooks", "Pfc. Ana Ruiz", "Cpl. Ian Holt".
ENLISTED_RANKS = {"spc", "pfc", "pvt", "cpl", "cmdr", "ens", "sfc", "sgm"}
HONORIFIC_WORDS |= ENLISTED_RANKS

# Words that put a body below the national government: "the district administration" is not the directory's "the
# administration", nor "the provincial government" the country's.
LOWER_TIERS = {"city", "town", "village", "district", "regional", "provincial", "municipal", "county", "local"}
LOWER_TIERS |= {"oblast", "state", "prefectural", "departmental", "divisional", "tehsil", "zilla", "cantonal"}
# Words that end a noun phrase on its left or belong to a clause: no tier word beyond them is the body's.
PHRASE_BREAKS = DETERMINERS | PREPOSITIONS | CONJUNCTIONS | AUXILIARIES | NEGATIONS | SUBJECT_PRONOUNS | PRONOUNS
PHRASE_BREAKS |= {"this", "these", "those", "our", "some", "all", "both", "any", "each", "every"}
TIER_REACH = 3  # a tier word and up to two modifiers: "the regional military administration", "civil-military"
PATRONYMICS = {"bin", "ibn", "bint"}  # "son of", "daughter of" inside an Arabic name

MASK = "\ue000"  # stands for quoted words in the narration, so patterns never match inside quotes
OPEN, CLOSE = "“", "”"  # every quote mark in the narration reads as one of these
ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "sen", "rep", "gov", "prof", "st", "jr"}
ABBREVIATIONS |= {"sr", "no", "vol", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun"}
ABBREVIATIONS |= {"jul", "aug", "sep", "sept", "oct", "nov", "dec", "adm", "maj", "cmdr", "fig", "approx"}
ABBREVIATIONS |= ENLISTED_RANKS
# A word that opens a sentence after a time of day, not one that goes on with it ("10 a.m. Tuesday", "9 a.m. GMT").
CLOCK_THEN_SENTENCE = re.compile(r"\s+(?:The|A|An|He|She|It|They|We|I|This|That|These|Those|There|His|Her|Its|Their)\s")

# A name's gloss in its own script after it: "Lai Ching-te (賴清德)", "Olena Kovalenko (Олена Коваленко)".
GLOSS_SCRIPT = "\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
# A lawmaker's party and state after the name: "Rand Paul (R-Ky.)", "Ann Ode (D-N.Y.)", "Lisa Murkowski (R-Alaska)".
GLOSS = re.compile(
    rf"[ \t]*\((?:(?=[^)]*[{GLOSS_SCRIPT}])[{GLOSS_SCRIPT}\s·・'’-]+|[RDI]-[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)\)"
)
SENTENCE_END = re.compile(r"[.!?…]+[)\]]*")
NEXT_CHARACTER = re.compile(r"\s+(\S)")
GLUED = re.compile(r"[a-z]{2}[.!?][A-Z][a-z]")
REST_OF_SENTENCE = re.compile(r"[^.!?;:]*")
# Longer runs without a full stop (tables, lists) are read in pieces, so work stays linear.
LONGEST_SENTENCE = 1000
NAME_JOINERS = set(" \u00a0-–'’.")
BLOCKS = ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "tr", "pre"]
BLOCKS += ["article", "section", "header", "footer", "aside"]


@dataclass(slots=True)
class Token:
    start: int
    end: int
    raw: str
    norm: str
    in_quote: bool = False
    lower: str = ""  # raw.lower() and raw[:1].isupper(), kept: read tens of thousands of times an article
    capitalised: bool = False


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    first: int  # token indexes, inclusive
    last: int
    refs: tuple  # AliasRef, strongest first
    in_quote: bool = False


@dataclass
class Sentence:
    start: int
    end: int
    first: int  # index of the first narration token
    last: int  # index after the last narration token
    quotes: list = field(default_factory=list)


def html_to_text(html):
    """Readable text from HTML: one paragraph per block element, scripts and styles dropped."""
    soup = BeautifulSoup(html, "html.parser")
    for element in soup(["script", "style", "noscript", "template", "svg"]):
        element.decompose()
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for block in soup.find_all(BLOCKS):
        block.insert_before("\n\n")
        block.insert_after("\n\n")
    text = soup.get_text()
    lines = [" ".join(line.split()) for line in text.replace("\r", "").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


class Document:
    def __init__(self, text, directory):
        self.text = text
        self.directory = directory
        self.quotes = find_quotes(text)
        self.top_quotes = [quote for quote in self.quotes if quote.depth == 0]
        self.masked = self._mask()
        self.tokens = self._tokenise()
        self.narration = [index for index, token in enumerate(self.tokens) if not token.in_quote]
        self.token_starts = [token.start for token in self.tokens]
        self.paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
        self.paragraph_starts = [start for start, _ in self.paragraphs]
        self.mentions = find_mentions(text, self.tokens, directory)
        self.mention_starts = [mention.start for mention in self.mentions]
        self.sentences = self._sentences()
        self.sentence_starts = [sentence.start for sentence in self.sentences]

    def _mask(self):
        chars = list(self.text)
        for quote in self.top_quotes:
            chars[quote.open] = OPEN
            inner_end = quote.close if quote.close is not None else quote.end
            chars[quote.open + 1 : inner_end] = MASK * (inner_end - quote.open - 1)
            if quote.close is not None:
                chars[quote.close] = CLOSE
        for gloss in GLOSS.finditer(self.text):  # read as if absent: "Shi Yi (施毅), a spokesperson, said"
            if chars[gloss.start()] != MASK:
                chars[gloss.start() : gloss.end()] = " " * (gloss.end() - gloss.start())
        return "".join(chars)

    def mentions_within(self, start, end):
        """Mentions lying wholly inside the characters start..end."""
        index = bisect.bisect_left(self.mention_starts, start)
        found = []
        while index < len(self.mentions) and self.mentions[index].start < end:
            if self.mentions[index].end <= end:
                found.append(self.mentions[index])
            index += 1
        return found

    def _tokenise(self):
        tokens, normal, masked = [], {}, self.masked
        quotes = iter([(quote.open, quote.outer_end) for quote in self.top_quotes])
        opened, ended = next(quotes, (None, None))
        for match in WORD.finditer(self.text):
            start, end = match.span()
            if masked[start] == " ":
                continue  # a gloss in another script
            while opened is not None and start >= ended:
                opened, ended = next(quotes, (None, None))
            inside = opened is not None and opened < start < ended
            raw = match.group()
            if raw not in normal:
                normal[raw] = (word_key(raw), raw.lower(), raw[:1].isupper())
            norm, lower, capitalised = normal[raw]
            tokens.append(Token(start, end, raw, norm, inside, lower, capitalised))
        return tokens

    def positions_of(self, norm):
        """The indexes of the tokens whose key is `norm`, in order."""
        if "_positions" not in self.__dict__:
            positions = self.__dict__["_positions"] = {}
            for index, token in enumerate(self.tokens):
                positions.setdefault(token.norm, []).append(index)
        return self.__dict__["_positions"].get(norm, [])

    def positions_of_lower(self, words, start, end):
        """The indexes from start to before end of the tokens whose lower case is one of `words`, in order."""
        if "_lower_positions" not in self.__dict__:
            positions = self.__dict__["_lower_positions"] = {}
            for index, token in enumerate(self.tokens):
                positions.setdefault(token.lower, []).append(index)
        found = []
        for word in words:
            same = self.__dict__["_lower_positions"].get(word, [])
            found += same[bisect.bisect_left(same, start) : bisect.bisect_left(same, end)]
        return sorted(found)

    def paragraph_of(self, pos):
        return max(0, bisect.bisect_right(self.paragraph_starts, pos) - 1)

    def token_at(self, pos):
        """Index of the first token starting at or after `pos`."""
        return bisect.bisect_left(self.token_starts, pos)

    def tokens_between(self, start, end, narration=True):
        first, last = self.token_at(start), self.token_at(end)
        return [i for i in range(first, last) if not (narration and self.tokens[i].in_quote)]

    def gap(self, left, right):
        """The masked text between two token indexes (punctuation, spaces, quote marks)."""
        return self.masked[self.tokens[left].end : self.tokens[right].start]

    def quote_containing(self, pos):
        for quote in self.top_quotes:
            if quote.open <= pos < quote.outer_end:
                return quote
        return None

    def _sentences(self):
        spans = []
        for start, end in _block_spans(self.masked):
            spans += self._split_block(start, end)
        sentences = []
        quotes = self.top_quotes
        for start, end in spans:
            first, last = self.token_at(start), self.token_at(end)
            inside = [quote for quote in quotes if start <= quote.open < end]
            sentences.append(Sentence(start, end, first, last, inside))
        return sentences

    def _split_block(self, start, end):
        spans, begin = [], start
        for stop in sorted(set(self._stops(start, end))):
            if begin < stop < end:
                spans.append((begin, stop))
                begin = stop
        spans.append((begin, end))
        pieces = [piece for s, e in spans for piece in _pieces(self.masked, s, e)]
        return [(s, e) for s, e in (trim_span(self.masked, s, e) for s, e in pieces) if e > s]

    def _stops(self, start, end):
        masked = self.masked
        for match in SENTENCE_END.finditer(masked, start, end):
            if _starts_sentence(masked, match.end()) and not self._abbreviation(match.start()):
                yield match.end()
        for quote in self.top_quotes:
            # `a "success for Ukraine." He was`: the full stop sits inside the quote
            if quote.close is not None and start <= quote.close < end and self._quote_ends_sentence(quote):
                yield quote.close + 1

    def _quote_ends_sentence(self, quote):
        if self.text[quote.end - 1] not in ".!?…" or not _starts_sentence(self.masked, quote.close + 1):
            return False
        return not self._attribution_follows(quote.close + 1)

    def _abbreviation(self, punct):
        if self.masked[punct] != ".":
            return False
        word = re.search(r"[\w.]*$", self.masked[max(0, punct - 12) : punct]).group()
        if word.lower() in ("a.m", "p.m") and CLOCK_THEN_SENTENCE.match(self.masked, punct + 1):
            return False  # "between 6 a.m. and 10 a.m. The ministry said …": the time ends the sentence
        if word == "X" and re.search(r"\b(?:on|via)\s+$", self.masked[max(0, punct - 8) : punct - 1]):
            return False  # "Machado wrote on X. The only …": the platform ends the sentence, not an initial
        return word.lower() in ABBREVIATIONS or bool(re.fullmatch(r"(?:\w\.)+\w|\w", word))

    def _attribution_follows(self, pos):
        """`"We are ready." Zelenskyy said.`: sloppy, but the attribution belongs to the quote.

        Not `"…sie." He added that Berlin …`, which is a sentence of its own.
        """
        first = self.token_at(pos)
        for token in self.tokens[first : first + 6]:
            if re.search(r"[.!?;:]", self.masked[pos : token.start]):
                return False
            if token.lower in VERB_FORMS and token.raw.islower():
                rest = REST_OF_SENTENCE.match(self.masked, token.end, token.end + 200).group()
                # not `"…cordial." She said Bogotá would not accept "…"`: a clause of its own after the verb
                return len(rest.split()) <= 6 and "that" not in rest.split() and not OWN_CLAUSE.search(rest)
        aside = NAME_ASIDE_VERB.match(self.masked, pos)  # `"…?" Noda, who heads the party, asked.`
        return bool(aside and aside.group("verb") in VERB_FORMS and len(aside.group("rest").split()) <= 6)


# A name, an aside between commas, then a verb closing the sentence: "Noda, who heads the party, asked."
NAME_ASIDE_VERB = re.compile(
    r"\s*[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3},[ \t]+(?:who|whose|the|a|an)\b[^.!?;:\n“”\"]{1,100},"
    r"[ \t]+(?P<verb>[a-z]+)(?P<rest>[^.!?;:\n“”\"]*)[.!?]"
)
OWN_CLAUSE = re.compile(r"\b(?:would|will|could|can|should|must|might|was|were|is|are|had|has|have)\b|[“\"]")


def _block_spans(masked):
    for match in re.finditer(r"[^\n]+", masked):
        yield match.start(), match.end()


def _starts_sentence(masked, pos):
    following = NEXT_CHARACTER.match(masked, pos)
    if following is None:
        return bool(GLUED.match(masked, pos - 3))  # "reunification.Taiwan is": copy that lost its spaces
    return following.group(1) in "“([" or following.group(1).isupper()


def _pieces(masked, start, end):
    while end - start > LONGEST_SENTENCE:
        window = masked[start : start + LONGEST_SENTENCE]
        cut = max(window.rfind(","), window.rfind(";"), window.rfind(" "))
        cut = start + cut + 1 if cut > 0 else start + LONGEST_SENTENCE
        yield start, cut
        start = cut
    yield start, end


def find_mentions(text, tokens, directory):
    """Longest alias match at each token, left to right: every actor named in the text."""
    index, mentions, i = directory.alias_index, [], 0
    spelt = [ARTICLE_SPELLINGS.get(token.norm, token.norm) for token in tokens]
    while i < len(tokens):
        match = _match_at(text, tokens, i, index, spelt)
        if match is None:
            i += 1
            continue
        length, refs = match
        last = i + length - 1
        # "Al Nahyan", "bin Salman" too: a surname with its particle ("Abdulaziz bin Salman" is not Mohammed's)
        surname = length == 1 or (length == 2 and tokens[i].lower in PARTICLES)
        if surname and _another_first_name(text, tokens, i, refs):
            i += 1  # "Hazem Qassem" is not the directory's Naim Qassem
            continue
        if length == 1 and _another_body(text, tokens, i, index):
            i += 1  # "the opposition Armenia Alliance" is not "the alliance" (NATO)
            continue
        mentions.append(Mention(tokens[i].start, tokens[last].end, i, last, refs, tokens[i].in_quote))
        i += length
    return mentions


def _another_first_name(text, tokens, i, refs):
    """A surname alone, right after a capitalised name word that is not the actor's own nor a title."""
    if i >= 2 and tokens[i - 1].raw in PARTICLES and tokens[i - 2].capitalised and text[tokens[i - 1].end] == " ":
        # "Mateus da Costa" is not the directory's António Costa: a particle the actor's surname does not have
        return all(ref.actor.is_person and tokens[i - 1].norm not in name_keys(ref.actor.name) for ref in refs)
    if i == 0 or text[tokens[i - 1].end : tokens[i].start] != " " or not tokens[i - 1].capitalised:
        return False
    word = tokens[i - 1].lower
    if word in ROLE_WORDS or word in HONORIFIC_WORDS or not refs or tokens[i - 1].raw.isupper():
        return False
    given = i - 1
    while given >= 2 and tokens[given - 1].lower in PATRONYMICS and tokens[given - 2].capitalised:
        given -= 2  # "Abdullah bin Zayed Al Nahyan": the given name before the father's, not "Zayed"
    if given < i - 1 and tokens[given].lower not in ROLE_WORDS | HONORIFIC_WORDS:
        own = {w for ref in refs for name in (ref.actor.name, *ref.actor.aliases) for w in name_keys(name)}
        if all(ref.actor.is_person for ref in refs) and tokens[given].norm not in own:
            return True
    return all(ref.actor.is_person and tokens[i - 1].norm not in name_keys(ref.actor.name) for ref in refs) and all(
        name_keys(alias) != [tokens[i - 1].norm, tokens[i].norm] for ref in refs for alias in ref.actor.aliases
    )


def _another_body(text, tokens, i, index):
    """A body's common-noun alias ("the alliance") as the head of another name: a proper word glued before it
    ("Armenia Alliance") or a name after it ("Alliance of Sahel States")."""
    before = tokens[i - 1] if i else None
    if before is not None and before.raw == "High" and text[before.end : tokens[i].start] == " ":
        return True  # "the Indian High Commission", a country's embassy, is not "the Commission" (the European one)
    if any(len(alias) == 1 and cased for alias, cased, _ in index.get(tokens[i].norm, ())):
        return False  # a proper name ("Kremlin"), not a common noun
    if before is not None and text[before.end : tokens[i].start] == " " and before.capitalised:
        plain = before.lower in ("the", "a", "an", "this", "its", "their", "our") or is_demonym(before.raw)
        if not plain and before.lower not in ROLE_WORDS and not before.raw.isupper():
            return True
    after = tokens[i + 1 : i + 3]
    if len(after) == 2 and after[0].lower == "of" and after[1].capitalised:
        return True
    return lower_tier_before(text, tokens, i) is not None


def lower_tier_before(text, tokens, i):
    """Where a tier word in small letters stands in the noun phrase whose head is token i, with only modifiers
    between: "the district administration", "the city military administration", not "the city asked the
    administration"; None when there is none."""
    for k in range(i - 1, max(i - 1 - TIER_REACH, -1), -1):
        word = tokens[k]
        if text[word.end : tokens[k + 1].start] not in (" ", "-"):
            return None
        if word.raw.islower() and word.lower in LOWER_TIERS:
            return k
        if word.lower in PHRASE_BREAKS or word.lower in VERB_FORMS:
            return None
    return None


def _match_at(text, tokens, i, index, spelt):
    """`spelt`: every token's key as aliases spell it (ARTICLE_SPELLINGS)."""
    for alias, cased, refs in index.get(spelt[i], ()):
        end = i + len(alias)
        if end > len(tokens) or (cased and not tokens[i].capitalised):
            continue
        if tuple(spelt[i + 1 : end]) == alias[1:] and _joined(text, tokens, i, end):
            return len(alias), refs
    return None


def _joined(text, tokens, first, end):
    """Tokens of one name sit next to each other: only a space, hyphen, apostrophe or dot between."""
    for k in range(first + 1, end):
        between = text[tokens[k - 1].end : tokens[k].start]
        if len(between) > 2 or any(char not in NAME_JOINERS for char in between):
            return False
    return True
