"""Who a noun phrase refers to: a directory actor, a pronoun's antecedent, or a name as written."""

import bisect
import re
from dataclasses import dataclass
from functools import cached_property

from rapidfuzz import fuzz, process

from tracker.text import normalize_name

from .directory import NAME, PARTICLES, WEAK
from .lexicon import (
    GROUP_PRONOUNS,
    INSTITUTION_WORDS,
    NOT_SPEAKERS,
    PERSON_PRONOUNS,
    PRONOUNS,
    ROLE_WORDS,
    THING_PRONOUNS,
)
from .titles import COUNTRIES, OTHER_DEMONYMS

DETERMINERS = {"the", "a", "an"}
HONORIFICS = {"mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "madam", "madame", "mme", "sheikh", "prince"}
HONORIFICS |= {"princess", "queen", "crown", "ayatollah", "pope", "cardinal", "archbishop", "rabbi", "imam"}
HONORIFICS |= {"lt", "gen", "col", "maj", "brig", "adm", "capt", "sgt", "lieutenant", "colonel", "brigadier", "admiral"}
HONORIFICS |= {"marshal"}
# British and Gulf usage names people by their first name after these: "Sir Keir", "Sheikh Tamim".
FIRST_NAME_HONORIFICS = {"sir", "dame", "lord", "lady", "sheikh", "prince", "princess"}
# Capitalised words of a title before a name: "Minister of Foreign Affairs Mevlut Cavusoglu",
# "Unification Minister Chung Dong-young", "caucus whip Fu Kun-chi".
TITLE_WORDS = {"affairs", "state", "security", "interior", "finance", "justice", "trade", "economy", "health"}
TITLE_WORDS |= {"energy", "unification", "national", "external", "home", "treasury", "whip", "special", "director"}
TITLE_WORDS |= {"commissioner", "representative", "adviser", "advisor", "attorney", "speaker", "chairman", "chair"}
TITLE_WORDS |= {"spokesperson", "negotiator", "official", "opposition", "army", "navy", "staff", "cabinet"}
DEMONYM_COUNTRY = {demonym.lower(): code for code, (_, demonyms, _) in COUNTRIES.items() for demonym in demonyms}
DEMONYMS = set(DEMONYM_COUNTRY) | OTHER_DEMONYMS
COUNTRY_NAME = {
    normalize_name(re.sub(r"^the\s+", "", name, flags=re.I)): code
    for code, (names, _, _) in COUNTRIES.items()
    for name in names
}
DOCUMENTS = NOT_SPEAKERS | {"agreement", "declaration", "resolution", "proposal", "text", "treaty", "bill", "decree"}
DOCUMENTS |= {"memo", "article", "post", "tweet", "video", "message", "statement", "letter", "communique", "readout"}
DOCUMENTS |= {"testimony", "tariffs", "sanctions", "measures", "remarks", "comments", "speech", "address"}
# Capitalised words of bodies' names, never of a person's: "Joint Chiefs of Staff", "Families Forum".
ORGANISATION_WORDS = {"staff", "forces", "force", "committee", "council", "office", "agency", "ministry", "department"}
ORGANISATION_WORDS |= {
    "party",
    "forum",
    "union",
    "commission",
    "service",
    "army",
    "navy",
    "command",
    "cabinet",
    "bureau",
}
ORGANISATION_WORDS |= {"parliament", "assembly", "court", "bank", "fund", "organization", "organisation", "group"}
# Unnamed people: "he said" after "a senior official told reporters".
PERSON_NOUNS = {
    "official",
    "diplomat",
    "spokesperson",
    "source",
    "adviser",
    "advisor",
    "aide",
    "negotiator",
    "lawmaker",
}
# Plural heads of collective speakers: "European leaders", "EUROPEAN LEADERS", "the two sides".
GROUP_NOUNS = {"leaders", "officials", "ministers", "allies", "governments", "diplomats", "sources", "sides"}
GROUP_NOUNS |= {"countries", "nations", "partners", "mediators", "negotiators", "delegations", "presidents", "members"}
# "Netanyahu's office said": the office speaks for the actor named before it.
SPOKES_HEADS = {"office", "spokesman", "spokeswoman", "spokesperson", "press", "service", "aide", "aides", "team"}
SPOKES_HEADS |= {"camp", "administration", "government", "secretary", "representative", "representatives"}


OWNER = re.compile(r"(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)['’]s\s+(?P<rest>[\w\s.-]+)")
GENERIC_HEADS = {"chief", "head", "boss", "leader", "top"}


@dataclass(frozen=True)
class Speaker:
    name: str
    slug: str | None = None
    kind: str = "person"  # an actor's kind; for unknown speakers a guess: person, group or other
    title: str = ""

    @classmethod
    def of(cls, actor):
        return cls(actor.name, actor.slug, actor.kind, actor.title)

    @property
    def key(self):
        return self.slug or normalize_name(self.name)

    @property
    def is_person(self):
        return self.kind == "person"


def _is_title_word(token):
    return token.lower in HONORIFICS or token.lower in ROLE_WORDS or _is_demonym(token.raw)


def _is_demonym(word):
    # A list, not suffixes: "Sergei", "Christian" and "Morgan" end like demonyms and are names.
    return word.lower() in DEMONYMS


class Discourse:
    """What the article has said so far: speakers and subjects, for pronouns and "the president"."""

    def __init__(self, doc, outer=None):
        self.doc = doc
        # Inside a quote: (the quoting discourse, the quote's position, the quoting speaker's key),
        # so "He told me" finds who "he" is outside the quote, and never the speaker himself.
        self.outer = outer
        self.events = []  # (position, Speaker), in text order of position
        self.main_speakers = []  # the same, for speech in a main clause: whom a bare "Quote:" continues
        self.positions = []
        self.mentioned_at = {}  # slug → positions of unambiguous mentions
        for mention in doc.mentions:
            if len(mention.refs) == 1 or mention.refs[0].strength == NAME:
                self.mentioned_at.setdefault(mention.refs[0].actor.slug, []).append(mention.start)
        self.subjects = [
            (mention.start, mention) for mention in doc.mentions if not mention.in_quote and self._subject_like(mention)
        ]

    def _subject_like(self, mention):
        tokens, first = self.doc.tokens, mention.first
        while first > 0 and tokens[first - 1].capitalised and _is_title_word(tokens[first - 1]):
            first -= 1  # "Mr Zelensky", "President Trump"
        if first > 0 and tokens[first - 1].lower == "the":
            first -= 1  # "The Ukrainian president"
        if first == 0:
            return True
        before = self.doc.text[tokens[first - 1].end : tokens[first].start]
        if tokens[first - 1].lower == "and":  # "Putin and Trump met", not "a meeting between Putin and Trump"
            return self._conjunct_opens_clause(first - 1)
        return bool(re.search(r"[.,:;\n(—–]", before)) or tokens[first - 1].lower in {"but", "while", "then"}

    def _conjunct_opens_clause(self, and_index):
        """The name before "and" stands where a subject stands: at the start or after punctuation."""
        tokens, text = self.doc.tokens, self.doc.text
        left = and_index - 1
        while left > 0 and (tokens[left - 1].capitalised or tokens[left - 1].lower in {"the", "s"}):
            if re.search(r"[,.:;\n(—–]", text[tokens[left - 1].end : tokens[left].start]):
                break
            left -= 1
        if left <= 0:
            return True
        return bool(re.search(r"[.,:;\n(—–]", text[tokens[left - 1].end : tokens[left].start]))

    def add(self, position, speaker, main=True):
        """Record who spoke at `position`; `main` is false for relayed or relative-clause speech."""
        index = bisect.bisect_right(self.positions, position)
        self.positions.insert(index, position)
        self.events.insert(index, (position, speaker))
        if main:
            self.main_speakers.append((position, speaker))

    def last_main_speaker(self, position):
        before = [speaker for pos, speaker in self.main_speakers if pos < position]
        return before[-1] if before else None

    def last_speaker(self, position, want=None):
        index = bisect.bisect_left(self.positions, position)
        for _, speaker in reversed(self.events[:index]):
            if want is None or want(speaker):
                return speaker
        return None

    def choose(self, refs, position):
        """One actor from an alias's references: the most recently mentioned, else the strongest."""
        usable = [ref for ref in refs if ref.strength != WEAK or self._last_mention(ref.actor.slug, position) >= 0]
        usable = usable or list(refs)
        if len(usable) > 1:
            recent = max(usable, key=lambda ref: self._last_mention(ref.actor.slug, position))
            if self._last_mention(recent.actor.slug, position) >= 0:
                return recent.actor
        return usable[0].actor

    def _last_mention(self, slug, position):
        positions = self.mentioned_at.get(slug, [])
        index = bisect.bisect_left(positions, position)
        return positions[index - 1] if index else -1

    def pronoun(self, word, position, exclude=None):
        found = self._pronoun(word, position, exclude)
        if found is None and self.outer is not None:
            discourse, outer_position, speaker_key = self.outer
            return discourse.pronoun(word, outer_position, exclude=speaker_key)
        return found

    def _pronoun(self, word, position, exclude):
        if word in PERSON_PRONOUNS:
            want = Speaker.is_person.fget
        elif word in THING_PRONOUNS:
            want = lambda speaker: not speaker.is_person  # noqa: E731
        elif word in GROUP_PRONOUNS:
            want = lambda speaker: speaker.kind != "person"  # noqa: E731
        else:
            return None
        if exclude is not None:
            wanted = want
            want = lambda speaker: wanted(speaker) and speaker.key != exclude  # noqa: E731
        speaker = self.last_speaker(position, want)
        spoke_at = self._event_position(speaker) if speaker else -1
        for start, mention in reversed(self.subjects):
            if start >= position:
                continue
            if start <= spoke_at:
                break
            actor = self.choose(mention.refs, start)
            if want(Speaker.of(actor)):
                return Speaker.of(actor)
        return speaker or self._last_mentioned(position, want)

    def _last_mentioned(self, position, want):
        """No speaker or subject yet: whoever fitting was named last ("Trump spoke to Putin. 'He told me…'")."""
        for mention in reversed(self.doc.mentions):
            if mention.start < position and not mention.in_quote:
                speaker = Speaker.of(self.choose(mention.refs, mention.start))
                if want(speaker):
                    return speaker
        return None

    def _event_position(self, speaker):
        for position, known in reversed(self.events):
            if known.key == speaker.key:
                return position
        return -1

    def role(self, words, position, country=None):
        """'the president' → the last actor before `position` whose title (and country) fits.

        With none before (a headline), the first one named after it.
        """
        candidates = [(pos, speaker) for pos, speaker in self.events if pos < position]
        mentioned = self._mentioned
        candidates += [(pos, speaker) for pos, speaker in mentioned if pos < position]
        later = [(pos, speaker) for pos, speaker in mentioned if pos >= position]
        ordered = sorted(candidates, key=lambda item: item[0], reverse=True) + sorted(later, key=lambda item: item[0])
        for _, speaker in ordered:
            actor = self.doc.directory.by_slug.get(speaker.slug)
            if _fits_role(speaker, words, actor) and (country is None or self._country(speaker) == country):
                return speaker
        return None

    @cached_property
    def _mentioned(self):
        """(position, Speaker) of every actor named in the narration, for roles."""
        return [(m.start, Speaker.of(self.choose(m.refs, m.start))) for m in self.doc.mentions if not m.in_quote]

    def _country(self, speaker):
        actor = self.doc.directory.by_slug.get(speaker.slug)
        return actor.country if actor else None


def _fits_role(speaker, words, actor=None):
    aliases = " ".join(actor.aliases) if actor is not None and actor.is_person else ""  # "IAEA chief"
    haystack = f"{speaker.title} {speaker.name} {aliases}".lower().replace("-", " ")
    if "government" in words or "administration" in words:
        return speaker.kind == "government"
    # "the treasury chief", "the alliance's head": a generic head word goes with any title of the portfolio named
    specific = [word for word in words if word not in GENERIC_HEADS]
    if specific and len(specific) < len(words) and speaker.is_person:
        return all(word in haystack for word in specific)
    return all(word in haystack for word in words)


class Resolver:
    def __init__(self, doc, discourse):
        self.doc = doc
        self.discourse = discourse
        self.directory = doc.directory

    def speaker(self, first, last, position=None):
        """The speaker named by tokens first..last (inclusive), or None when they name nobody."""
        doc = self.doc
        tokens = doc.tokens[first : last + 1]
        position = doc.tokens[first].start if position is None else position
        words = [token.lower for token in tokens]
        if len(words) == 1 and words[0] in PRONOUNS:
            return self.discourse.pronoun(words[0], position)
        mentions = doc.mentions_within(doc.tokens[first].start, doc.tokens[last].end)
        for mention in mentions:
            if mention.last == last:
                actor = self.discourse.choose(mention.refs, position)
                if self._other_country(first, mention.first, actor):
                    return self._as_written(first, last)  # "Pakistan's Foreign Office" is not Britain's
                return Speaker.of(actor)
        content = [word for word in words if word not in DETERMINERS]
        country = DEMONYM_COUNTRY.get(content[0]) if content else None
        roles = content[1:] if country else content
        if roles and all(word in ROLE_WORDS or word in INSTITUTION_WORDS for word in roles):
            found = self.discourse.role(roles, position, country)  # "the president", "Saudi minister"
            if found is not None or len(content) < 2:
                return found
            return self._as_written(first, last)  # "a department spokesperson"
        unnamed = all(not t.capitalised or t.raw.isupper() or _is_demonym(t.raw) for t in tokens)  # "UN rights chief"
        if (words[0] in {"the", "this"} or unnamed) and content and content[-1] in ROLE_WORDS | PERSON_NOUNS:
            # "the External Affairs Minister", "the agency chief": someone the article introduced with that title
            found = self.discourse.role([word for word in roles if word != "s"], position, country)
            if found is not None:
                return found
        if words[-1] in SPOKES_HEADS and "s" in words[:-1] and not mentions:
            owner_last = first + len(words) - 1 - words[::-1].index("s") - 1  # "Netanyahu's office" → Netanyahu
            owner = self._trailing_name(first, owner_last) if owner_last >= first else None
            if owner is not None and owner.is_person and " " in owner.name:
                return owner
        name = self._trailing_name(first, last)
        if name is not None:
            return name
        if mentions and words[-1] in SPOKES_HEADS:
            return Speaker.of(self.discourse.choose(mentions[-1].refs, position))
        return self._as_written(first, last)

    def _trailing_name(self, first, last):
        """'Estonian President Alar Karis' → Alar Karis: a capitalised name after any titles."""
        tokens = self.doc.tokens
        start = last
        while start - 1 >= first and (tokens[start - 1].capitalised or tokens[start - 1].lower in PARTICLES):
            gap = self.doc.text[tokens[start - 1].end : tokens[start].start]
            if gap not in (" ", "-", "\u00a0") and not (gap == ". " and len(tokens[start - 1].raw) == 1):
                break
            start -= 1
        if not self._capitalised(last) or tokens[last].lower in GROUP_NOUNS:
            return None
        titled = [i for i in range(start, last + 1) if tokens[i].lower in ROLE_WORDS | TITLE_WORDS | ORGANISATION_WORDS]
        if titled and titled[-1] < last and any(tokens[i].lower in ROLE_WORDS | TITLE_WORDS for i in titled):
            start = titled[-1] + 1  # the name after the title
        elif start > first and tokens[start - 1].lower in {"for", "of"}:
            # "Commissioner for Human Rights Volker Türk": the title's object runs into the name
            names = [i for i in range(start, last + 1) if tokens[i].lower not in PARTICLES]
            if len(names) >= 4:
                start = names[-2]
        while start <= last and (
            tokens[start].lower in ROLE_WORDS
            or tokens[start].lower in HONORIFICS
            or tokens[start].lower in PARTICLES
            or (_is_demonym(tokens[start].raw) and start < last)
        ):
            start += 1
        if start > last or any(
            token.lower in ROLE_WORDS or token.lower in ORGANISATION_WORDS for token in tokens[start : last + 1]
        ):
            return None  # a title or a body ("Cabinet Secretary", "Joint Chiefs of Staff"), not a name
        name = self.doc.text[tokens[start].start : tokens[last].end]
        title = self.doc.text[tokens[first].start : tokens[start - 1].end].lower() if start > first else ""
        if start == last and start > first and tokens[start - 1].lower in FIRST_NAME_HONORIFICS:
            actor = _by_first_name(self.directory, tokens[start].norm)  # "Sir Keir"
        else:
            actor = fuzzy_actor(self.directory, name)
        if actor is not None:
            return Speaker.of(actor)
        if start == last and (full := self._earlier_full_name(last)):
            return Speaker(full, None, "person")  # "Abdelatty said", after "Badr Abdelatty" earlier
        kind = "person" if last > start else "other"
        return Speaker(_without_middle_initials(name), None, kind, title)

    def _other_country(self, first, before, actor):
        """The words before an institution's alias name another country than the actor's."""
        if not actor.country or before <= first:
            return False
        words = [token.lower for token in self.doc.tokens[first:before] if token.lower not in DETERMINERS | {"s"}]
        for size in (2, 1, 3):
            for i in range(len(words) - size + 1):
                code = COUNTRY_NAME.get(" ".join(words[i : i + size])) or DEMONYM_COUNTRY.get(words[i])
                if code:
                    return code != actor.country
        return False

    def _capitalised(self, index):
        """A capitalised word, or the lower-case end of a hyphenated name ("Dong-young", "Kun-chi")."""
        tokens = self.doc.tokens
        text = self.doc.text
        while index > 0 and not tokens[index].capitalised and text[tokens[index - 1].end : tokens[index].start] == "-":
            index -= 1
        return tokens[index].capitalised

    def _earlier_full_name(self, index):
        """The nearest earlier 'First Last' whose last name is token `index`."""
        tokens, text = self.doc.tokens, self.doc.text
        for i in range(index - 1, max(-1, index - 3000), -1):
            if tokens[i].norm != tokens[index].norm or not tokens[i].capitalised:
                continue
            if tokens[i].raw.isupper() and not tokens[index].raw.isupper():
                continue  # a dateline ("PORT SUDAN, Jan 8") or a transcript label, not a name
            start = i
            while start > 0 and (tokens[start - 1].capitalised or tokens[start - 1].lower in PARTICLES):
                if _is_title_word(tokens[start - 1]) or tokens[start - 1].lower in TITLE_WORDS:
                    break
                gap = text[tokens[start - 1].end : tokens[start].start]
                if gap not in (" ", "\u00a0", "-") and not (gap == ". " and len(tokens[start - 1].raw) == 1):
                    break  # "Donald J. Trump", "S. Jaishankar" keep their initials
                start -= 1
            while start < i and tokens[start].lower in PARTICLES:
                start += 1
            names = [k for k in range(start, i + 1) if tokens[k].lower not in PARTICLES]
            if start > 0 and tokens[start - 1].lower in {"for", "of"} and len(names) >= 4:
                start = names[-2]  # "Commissioner for Human Rights Volker Türk"
            if start < i:
                return _without_middle_initials(text[tokens[start].start : tokens[i].end])
            end = i  # family name first: "Chung Dong-young", then "Chung"
            while end + 1 < len(tokens) and text[tokens[end].end : tokens[end + 1].start] in (" ", "-"):
                if not (tokens[end + 1].capitalised or text[tokens[end].end : tokens[end + 1].start] == "-"):
                    break
                end += 1
            if end > i:
                return text[tokens[i].start : tokens[end].end]
        return None

    def _as_written(self, first, last):
        tokens = self.doc.tokens
        while first <= last and tokens[first].lower in DETERMINERS:
            first += 1
        if first > last or last - first > 7:
            return None
        name = self.doc.text[tokens[first].start : tokens[last].end]
        if all(token.raw.isdigit() for token in tokens[first : last + 1]):
            return None
        head = tokens[last].lower
        if head in DOCUMENTS:
            return None  # "the report said": a document, not a speaker
        name = re.sub(r"\b(?:[A-Z]\.){2,}", lambda m: m.group().replace(".", ""), name)  # "U.S. official"
        if head in ROLE_WORDS or head in PERSON_NOUNS:
            return Speaker(name, None, "person")  # "Japan's Chief Cabinet Secretary", "a Hamas official"
        if head.endswith("s") and (owned := OWNER.fullmatch(name)):
            name = f"{owned.group('rest')} of {owned.group('owner')}"  # "Ukraine's European allies"
        return Speaker(name, None, "group" if head.endswith("s") else "other")


def _without_middle_initials(name):
    """'Donald J. Trump' → 'Donald Trump' (a leading initial stays: 'S. Jaishankar')."""
    return re.sub(r"(?<=\w) (?:[A-Z]\. )+(?=\w)", " ", name)


def fuzzy_actor(directory, name):
    """A directory actor for a name spelt differently or given in full: 'Zelenskiy', 'Mohammed bin … Al Thani'."""
    refs = directory.lookup(name)
    if refs:
        return refs[0].actor
    wanted = normalize_name(name).split()
    choices = directory.name_choices
    for choice, actor in choices.items():
        tokens = choice.split()
        if len(tokens) >= 2 and tokens[0] == wanted[0] and tokens[-1] == wanted[-1] and _subsequence(tokens, wanted):
            return actor
    if len(" ".join(wanted)) < 6:
        return None
    found = process.extractOne(" ".join(wanted), list(choices), scorer=fuzz.ratio, score_cutoff=88)
    return choices[found[0]] if found else None


def _subsequence(short, long):
    iterator = iter(long)
    return all(token in iterator for token in short)


def _by_first_name(directory, first_name):
    found = {actor.slug: actor for actor in directory.actors if actor.is_person and alias_first(actor) == first_name}
    return next(iter(found.values())) if len(found) == 1 else None


def alias_first(actor):
    tokens = normalize_name(actor.name).split()
    return tokens[0] if tokens else None
