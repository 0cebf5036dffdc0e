"""A role that refers back to a person the article introduced with it: "Foreign Minister Georg Georgiev said …",
another speaker's paragraph, then "the foreign minister said": Georgiev, not the last person named, and not
another minister whom only the directory titles so.

The article introduces a person with a title in three ways: the title before the name ("Foreign Minister Georg
Georgiev", "his Ukrainian counterpart Andrii Sybiha"), the title in apposition after it ("Delphine Yakété, the
minister in charge of disarmament,") and the title, a comma, then the name ("the Prime Minister of Sudan, Kamil
Idris"). Those words are what the article itself calls the person; a role noun phrase resolves to the person whose
words hold every word of it, the country its adjective names choosing among several ("the Iranian minister").
"""

import functools

from .collectives import PLACES
from .directory import PARTICLES, WORD
from .lexicon import INSTITUTION_WORDS, ROLE_WORDS, VERB_FORMS
from .names import (
    HONORIFICS,
    PERSON_NOUNS,
    PORTFOLIOS,
    SPOKES_NOUNS,
    TITLE_WORDS,
    Speaker,
    country_in,
    is_demonym,
    is_portfolio,
)
from .normal import normalize_name
from .titles import COUNTRIES

# A title's word that makes it another office than the bare role: "Deputy Prime Minister X" is not "the prime
# minister", "shadow foreign secretary Y" not "the Foreign Secretary".
MODIFIERS = {"deputy", "vice", "shadow", "former", "acting", "assistant", "junior", "outgoing", "ex", "late"}
# Words of an office held by someone else, after "of" or "to" or before a possessive: "Special Representative of
# the UN Secretary-General", "the sister of leader Kim Jong Un", "the Secretary-General's Personal Envoy".
OFFICES = ROLE_WORDS - {"foreign", "defence", "defense", "vice", "deputy", "press", "general", "presiding"}
LINKS = {"of", "and", "for", "the", "on", "s", "to", "counterpart", "his", "her", "their"}
STYLE_WORDS = {"highness", "excellency", "majesty", "eminence", "holiness"}
DESCRIPTOR_WORDS = ROLE_WORDS | TITLE_WORDS | PERSON_NOUNS | PORTFOLIOS | LINKS | STYLE_WORDS | MODIFIERS
NOT_NAME_STARTS = DESCRIPTOR_WORDS | HONORIFICS
INTRODUCING = (
    ROLE_WORDS | TITLE_WORDS | PERSON_NOUNS | STYLE_WORDS | HONORIFICS | {"counterpart"}
)  # words before a name
LONGEST = 14  # tokens of a title
# A sentence's opening word, capitalised, before a name: "In Kinshasa, the government spokesman …" names no one
OPENERS = {"in", "on", "at", "from", "with", "by", "after", "before", "during", "as", "but", "while", "when", "a", "an"}
NOT_NAME_STARTS |= OPENERS
# Nouns for any office's holder: "the official said", "The functionary referred", after an unnamed holder's words
GENERIC_HOLDERS = {"official", "functionary"}
# Heads of an unnamed holder's description: "the Arica regional presidential delegate", "a senior ministry official"
HOLDER_HEADS = ROLE_WORDS | PERSON_NOUNS | GENERIC_HOLDERS | {"delegate", "representative", "consul", "director"}
# Words joining a description to the place or body of its office: "the Ambassador of Nepal to the Republic of Egypt"
OFFICE_LINKS = {"of", "to", "in", "for", "the", "and"}


class ArticleRoles:
    """For the Resolver: whom the article introduced with a role."""

    def _introduced_as(self, roles, position, country=None):
        """The one person the article introduced, before `position`, with a title holding every word of `roles` (a
        role noun phrase's words without its determiner and country adjective); one of `country` first. None when
        no one, or several, fit: the roles of the discourse decide then (a readout's two prime ministers)."""
        fitting = {}  # key → (strength, speaker)
        for speaker, _ in self._people_before(position):
            for at, words in self._descriptors(speaker):
                if at < position and _fits(words, roles):
                    # country: 2 given, 1 unknown; then a bare role is one the article titled barely ("the minister
                    # in charge of water"), not one it gave a country ("French Foreign Minister Jean Dupuis")
                    strength = (self._country_strength(speaker, words, country), country or not country_in(words))
                    if strength[0] >= 0 and strength > fitting.get(speaker.key, ((-1, False), None))[0]:
                        fitting[speaker.key] = (strength, speaker)
        top = max((strength for strength, _ in fitting.values()), default=None)
        top = top and top[0]
        if country is not None and (top is None or top < 2):
            # "his Ukrainian counterpart Andrii Sybiha", then "The Ukrainian minister said": the one the article gave
            # that country, though not that role
            placed = {
                speaker.key: speaker
                for speaker, _ in self._people_before(position)
                if any(
                    at < position and country_in(words) == country and not (OFFICES & set(words)) - set(roles)
                    for at, words in self._descriptors(speaker)
                )
            }
            return next(iter(placed.values())) if len(placed) == 1 else None
        best = max((strength for strength, _ in fitting.values()), default=None)
        chosen = [speaker for strength, speaker in fitting.values() if strength == best]
        return chosen[0] if len(chosen) == 1 else None

    def _described_before(self, roles, position, country=None):
        """The unnamed holder the article introduced before `position` by a description holding every word of `roles`
        ("the Ambassador of Nepal to Egypt", "The Lithuanian Foreign Minister today received …"), as a Speaker named
        as first described, of `country` when given; a generic noun ("the official") takes the last holder described.
        None when an unnamed holder so titled spoke last, when a name follows the description (a named person, whom
        `_introduced_as` finds), or when the article titled a named person so before it first described the holder."""
        doc, tokens = self.doc, self.doc.tokens
        generic = set(roles) <= GENERIC_HOLDERS
        recent = self.discourse.recent_person(position)
        if recent is not None and recent.slug is None and _fits(WORD.findall(recent.name.lower()), roles):
            return None  # "the Foreign Minister reiterated …", then "the Minister stated": the one just heard
        end, found = doc.token_at(position), None
        heads = (HOLDER_HEADS if generic else {roles[-1]}) - SPOKES_NOUNS  # a spokesperson speaks for a body
        for head in doc.positions_of_lower(heads, 1, end):
            token = tokens[head]
            if token.in_quote:
                continue
            if not generic and not token.capitalised:
                continue  # "the Ambassador of Nepal …": an office as the article styles it, not "a minister" in passing
            first = head
            while (
                first > 0 and head - first < 5 and doc.gap(first - 1, first) == " " and not tokens[first - 1].in_quote
            ):
                if tokens[first - 1].lower in ("the", "a", "an"):
                    break
                first -= 1
            if first == 0 or tokens[first - 1].lower not in ("the", "a", "an") or doc.gap(first - 1, first) != " ":
                continue
            last = head
            while last + 2 < end and doc.gap(last, last + 1) == " " and tokens[last + 1].lower in OFFICE_LINKS:
                following = last + 1
                while (
                    following + 1 < end
                    and tokens[following].lower in OFFICE_LINKS
                    and doc.gap(following, following + 1) == " "
                ):
                    following += 1
                if not tokens[following].capitalised or tokens[following].lower in OFFICE_LINKS:
                    break
                last = following
                # "the Ambassador of Ukraine to Timor-Leste": a place's name runs on through its hyphens
                while last + 1 < end and doc.gap(last, last + 1) in (" ", "-") and tokens[last + 1].capitalised:
                    last += 1
            words = [t.lower for t in tokens[first : last + 1]]
            bare = words == list(roles) or generic and len(words) == 1 and words[0] in GENERIC_HOLDERS
            if last + 1 >= end or bare or self._in_headline(token.start):
                continue  # a back-reference itself, or a headline's
            if doc.gap(last, last + 1).strip() == "," and (listed := _portfolio_list(doc, last + 1, end)) is not None:
                last = listed  # "The Minister of Foreign Affairs, Foreign Employment and Tourism met …": one title
                words = [t.lower for t in tokens[first : last + 1]]
            if doc.gap(last, last + 1).strip() in ("", ",") and tokens[last + 1].capitalised:
                continue  # "Ukrainian Foreign Minister Andrii Sybiha", "the president, Ana Ruiz": a named person
            if doc.gap(last, last + 1) == " " and tokens[last + 1].lower in OFFICE_LINKS:
                continue  # "the spokesman and minister of territorial administration, General X": a longer title
            if not generic and not _fits(words, roles) or country is not None and country_in(words) != country:
                continue
            if doc.gap(last, last + 1) in ("-", "'", "’"):
                continue  # "the Personal Envoy of the UN Secretary-General": a longer title, cut at its hyphen
            if found is None and not generic and self._titled_before(roles, position, tokens[first].start, words):
                return None  # "President Ana Ruiz said …", then "the federal president recalled": Ruiz
            name = doc.text[tokens[first].start : tokens[last].end]
            found = Speaker(name, None, "person", "", country_in(words) or "")
            if not generic:
                return found
        return found  # the holder a generic noun follows: the last one described

    def _titled_before(self, roles, position, described, description):
        """Whether the article titled a named person with every word of `roles` before `position`: before the
        unnamed holder's `description` at `described`, or anywhere of the description's country ("the President of
        the Republic of Kazakhstan, …", "President of Kazakhstan Kassym-Jomart Tokayev")."""
        country = country_in(description)
        return any(
            at < position and _fits(words, roles) and (at < described or country_in(words) in ("", country))
            for speaker, _ in self._people_before(position)
            for at, words in self._descriptors(speaker)
        )

    def _country_strength(self, speaker, words, country):
        """2: the title or the directory gives the person that country; 1: no country known; -1: another one."""
        if country is None:
            return 1
        known = country_in(words) or self.discourse._country(speaker)
        if not known:
            return 1
        return 2 if known == country else -1

    def _people_before(self, position):
        """(Speaker, position last seen) of every person the article named, spoke or was introduced before."""
        discourse = self.discourse
        seen = {}  # surname → (Speaker, position): one person however often named, the directory's actor first
        for pos, speaker in [*discourse.events, *discourse.introduced, *discourse._mentioned, *self._titled_names()]:
            if pos >= position or not speaker.is_person or speaker.kind != "person":
                continue
            surname = _surname(speaker.name)
            if surname is None:
                continue
            known = seen.get(surname)
            if known is None:
                seen[surname] = (speaker, pos)
            else:
                kept = speaker if speaker.slug and not known[0].slug else known[0]
                seen[surname] = (kept, max(pos, known[1]))
        return list(seen.values())

    def _titled_names(self):
        """(position, Speaker) of each person named right after a title or with a title in apposition, whether or not
        they speak: "talks with Palestinian Prime Minister Mohammad Mustafa"."""
        if "_titled_cache" in self.__dict__:
            return self.__dict__["_titled_cache"]
        doc, tokens = self.doc, self.doc.tokens
        found = []
        self.__dict__["_titled_cache"] = found  # resolving a name never needs the titled names
        index = 1
        while index < len(tokens):
            token = tokens[index]
            if token.in_quote or not token.capitalised or token.raw.lower() in NOT_NAME_STARTS:
                index += 1
                continue
            last = index
            while last + 1 < len(tokens) and doc.gap(last, last + 1) in (" ", "-") and not tokens[last + 1].in_quote:
                following = tokens[last + 1]
                if not (following.capitalised or following.lower in PARTICLES) or following.lower in DESCRIPTOR_WORDS:
                    break
                last += 1
            titled = tokens[index - 1].raw.lower() in INTRODUCING
            titled = titled and doc.gap(index - 1, index) in (" ", ". ")
            apposed = (
                last + 1 < len(tokens) and doc.gap(last, last + 1).strip() == "," and bool(self._words_after(last + 1))
            )
            # "the UN Secretary-General's Personal Envoy on Cyprus, María Ángela Holguín,"
            preceded = doc.gap(index - 1, index).strip() == "," and bool(self._words_before(index))
            if last > index and (titled or apposed or preceded) and not self._in_headline(token.start):
                speaker = self.speaker(self._name_start(last), last, token.start)
                if speaker is not None and speaker.is_person and speaker.kind == "person":
                    found.append((token.start, speaker))
            index = last + 1
        return found

    def _in_headline(self, position):
        """In the article's first paragraph, when it is a headline (no full stop at its end): "KCNA Slams Drill"."""
        doc = self.doc
        if doc.paragraph_of(position) > 0 or len(doc.paragraph_starts) < 2:
            return False
        return not doc.text[: doc.paragraph_starts[1]].rstrip().endswith((".", '"', "”"))

    def _descriptors(self, speaker):
        """(position, title words) of each title the article gives the person, before or after the name."""
        cache = self.__dict__.setdefault("_descriptor_cache", {})
        if speaker.key not in cache:
            cache[speaker.key] = list(self._find_descriptors(speaker))
        return cache[speaker.key]

    @property
    def _token_index(self):
        """Token indexes by the word as written, for finding a surname's every occurrence."""
        if "_tokens_by_word" not in self.__dict__:
            index = {}
            for i, token in enumerate(self.doc.tokens):
                index.setdefault(token.raw, []).append(i)
            self.__dict__["_tokens_by_word"] = index
        return self.__dict__["_tokens_by_word"]

    def _find_descriptors(self, speaker):
        doc = self.doc
        tokens = doc.tokens
        parts = WORD.findall(speaker.name)  # as the article's tokens: "Persad-Bissessar" is two
        if not parts:
            return
        surname, given = parts[-1], {part.lower() for part in parts}
        for last in self._token_index.get(surname, ()):
            if tokens[last].in_quote or self._in_headline(tokens[last].start):
                continue
            first = self._name_start(last, given)
            before = self._words_before(first)
            if before:
                yield tokens[last].start, before
            if doc.gap(last, last + 1).strip() == "," if last + 1 < len(tokens) else False:
                after = self._words_after(last + 1)
                if after:
                    yield tokens[last].start, after

    def _name_start(self, last, given=()):
        """The first token of the name ending at `last`: its given names, particles and honorifics ("Sayyid Badr bin
        Hamad Albusaidi", "Hon. John Briceño"), not the title before them."""
        doc, tokens = self.doc, self.doc.tokens
        first = last
        while first > 0 and doc.gap(first - 1, first) in (" ", "-", ". ", "\u00a0") and not tokens[first - 1].in_quote:
            before = tokens[first - 1]
            named = before.lower in given or before.lower in PARTICLES or before.lower in HONORIFICS - STYLE_WORDS
            named = named or before.capitalised and before.lower not in DESCRIPTOR_WORDS and not is_demonym(before.raw)
            if not named:
                break
            first -= 1
            initial = len(tokens[first].raw) == 1 or tokens[first].lower in HONORIFICS  # "S. Jaishankar", "Hon."
            if doc.gap(first, first + 1) == ". " and not initial:
                return first + 1  # a sentence ended before the name
        return first

    def _words_before(self, first):
        """The title right before a name, or before the comma that sets the name off ("the Prime Minister of
        Sudan, Kamil Idris")."""
        doc, tokens = self.doc, self.doc.tokens
        index = first - 1
        if index < 0:
            return []
        gap = doc.gap(index, first).strip()
        if gap not in (",", "") and not (gap == "." and _abbreviated(tokens[index])):
            return []  # "…, Kamil Idris": the title before the comma; "Hon. John Briceño"; not a sentence's end
        words = []
        while index >= 0 and len(words) < LONGEST:
            token = tokens[index]
            if token.in_quote or not (token.capitalised or token.lower in DESCRIPTOR_WORDS):
                break
            if token.lower == "and" and index > 0 and _ends_name(tokens[index - 1]):
                break  # "Prime Minister Kamla Persad-Bissessar and US Secretary of State Marco Rubio": Rubio's title
            words.insert(0, token.lower)
            gap = doc.gap(index - 1, index).strip() if index else None
            if gap not in ("", "'", "’", "-") and not (gap == "." and _abbreviated(tokens[index - 1])):
                break
            index -= 1
        # "an adviser to RSF commander Mohamed Dagalo": the commander's title; "the Prime Minister of Sudan, Kamil
        # Idris": the whole, set off by its comma like an apposition
        return _own_title(words, before=doc.gap(first - 1, first).strip() != ",")

    def _words_after(self, start):
        """The title in apposition after a name, closed by a comma, a full stop or "who": "Delphine Yakété, the
        minister in charge of disarmament,", "Sayyid Badr Albusaidi, Foreign Minister, received"."""
        doc, tokens = self.doc, self.doc.tokens
        if start >= len(tokens) or tokens[start].in_quote:
            return []
        determined = tokens[start].lower in {"the", "a", "an", "his", "her"}
        words, named = [], False
        for index in range(start, min(start + LONGEST, len(tokens))):
            token = tokens[index]
            if token.in_quote or (token.lower in ("who", "which") and words):
                return _own_title(words)
            if words and token.raw.islower() and VERB_FORMS.get(token.lower, ("", ""))[1] in ("past", "third"):
                return []  # "After the drill at Naha Port, the mayor told reporters": a clause, no apposition
            if not determined:
                # no determiner: a title in capitals, the names in it only after "of" ("Minister of Foreign Affairs
                # of the Islamic Republic of Iran"); not "Foreign Minister Georg Georgiev said" after a place
                known = token.lower in DESCRIPTOR_WORDS or is_demonym(token.raw)
                named = named or token.lower in ("of", "for", "on")
                if not known and not (named and token.capitalised):
                    return []
            words.append(token.lower)
            if index + 1 >= len(tokens) or doc.gap(index, index + 1).strip() not in ("", "'", "’", "-"):
                return _own_title(words)
        return []


def _own_title(words, before=False):
    """The words that title the person themself: not an owner's office ("the Secretary-General's Personal Envoy"),
    nor the office of someone the title serves ("adviser to the president", "sister of leader Kim"). Right before
    the name (`before`), the office after the last "of" or "to" is the person's ("an adviser to army chief X")."""
    if "s" in words:
        owner = len(words) - 1 - words[::-1].index("s")
        if any(word in OFFICES for word in words[:owner]):
            words = words[owner + 1 :]
    links = [i for i, word in enumerate(words) if word in ("of", "to", "for") and OFFICES & set(words[i + 1 :])]
    if links and before:
        words = words[links[-1] + 1 :]
    elif links:
        words = words[: links[0]]
    titles = ROLE_WORDS | TITLE_WORDS | PERSON_NOUNS | STYLE_WORDS | {"counterpart"}
    return words if any(word in titles for word in words) else []


def _portfolio_list(doc, start, end):
    """The last token of the portfolios a title lists after a comma, from token `start` ("…, Foreign Employment and
    Tourism"): capitalised portfolio words with an "and" before the last; None when the words are not such a list."""
    tokens, last, joined, linked = doc.tokens, None, False, False
    for index in range(start, min(end, start + 10)):
        token = tokens[index]
        if index > start and doc.gap(index - 1, index) != " ":
            break
        if token.lower == "and" and last is not None:
            joined = True
        elif joined and last == index - 1 and token.lower in ("of", "for") and index + 1 < end:
            linked = True  # "…, Solidarity and Promotion of Women": the last portfolio's own complement
        elif token.capitalised and (is_portfolio(token.lower) or linked and last == index - 2):
            last, linked = index, False
        else:
            return None if not joined or last is None else last
    return last if joined else None


def _fits(words, roles):
    """Some part of the title ("Deputy Prime Minister and Minister of Foreign Affairs": two parts) holds every role
    word and no modifier the role lacks: "the prime minister" is not the deputy prime minister."""
    wanted = list(roles)
    if "premier" in wanted and "premier" not in words:
        wanted = [word for word in wanted if word != "premier"] + ["prime", "minister"]
    segments, current = [], []
    for word in words:
        if word == "and":
            segments.append(current)
            current = []
        else:
            current.append(word)
    segments.append(current)
    for segment in segments:
        have = set(segment)
        if {"prime", "minister"} <= set(wanted) and "premier" in have:
            have |= {"prime", "minister"}
        if all(word in have for word in wanted) and not (MODIFIERS & have) - set(wanted):
            return True
    return False


def _ends_name(token):
    """A capitalised word no title holds: the end of someone's name before "and"."""
    return token.capitalised and token.lower not in DESCRIPTORS_OR_INSTITUTIONS and not is_demonym(token.raw)


@functools.cache
def _surname(name):
    """The last word of a person's name, or None for a word alone, a place or an office."""
    return None if " " not in name or _not_a_name(name) else normalize_name(name).split()[-1]


def _not_a_name(name):
    """'New Delhi', 'President of Ukraine', 'Military Operations': a place or an office, not a person's name."""
    words = name.lower().replace("-", " ").split()
    place = normalize_name(name) in PLACES_AND_SEATS
    return place or any(word in DESCRIPTORS_OR_INSTITUTIONS for word in words)


SEATS = {normalize_name(seat) for _, _, seats in COUNTRIES.values() for seat in seats}


def _abbreviated(token):
    """A word a full stop abbreviates rather than ends a sentence with: "Hon.", "Dr.", the "S" of "U.S."."""
    return len(token.raw) <= 2 or token.lower in HONORIFICS


# Unions read for every word, built once.
DESCRIPTORS_OR_INSTITUTIONS = DESCRIPTOR_WORDS | INSTITUTION_WORDS
PLACES_AND_SEATS = PLACES | SEATS
