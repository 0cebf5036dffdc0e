"""What the article has said so far: speakers and subjects in order, for pronouns and "the president"."""

import bisect
import re
from functools import cached_property

from .directory import NAME, WEAK
from .lexicon import GROUP_PRONOUNS, INSTITUTION_WORDS, PERSON_PRONOUNS, ROLE_WORDS, THING_PRONOUNS
from .names import DEMONYM_COUNTRY, GENERIC_HEADS, KIN_GENDER, KIN_OF, TITLE_WORDS, Speaker, is_title_word
from .titles import is_former

# A speaker's words from an earlier occasion, relayed in the pluperfect: "had told him that", "had briefed both".
# The window ends at the relayed speaker's verb, or at a quote inside the relayed clause.
RELAYED_EARLIER = re.compile(r"\bhad\s+(?:\w+ly\s+)?(?:(?:told|said|[a-z]+ed)\b[^.;:\n]*)?$")
# The office a title serves, after its own role: "Special Envoy of the President of the United States".
# A relative's name given beside the kin word: "whose son Mr. Anan", "her daughter, Mariam Haddad,".
KIN_NAME = r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
SERVES = re.compile(r"\s+(?:of|to)\s+the\s+(?:head\s+of\s+the\s+)?(?:office\s+of\s+the\s+)?president\b.*", re.I)


class Discourse:
    """What the article has said so far: speakers and subjects, for pronouns and "the president"."""

    def __init__(self, doc, outer=None):
        self.doc = doc
        # Inside a quote: (the quoting discourse, the quote's position, the quoting speaker),
        # so "He told me" finds who "he" is outside the quote, and never the speaker himself.
        self.outer = outer
        # name → the directory's actor for it spelt differently (`fuzzy_actor`), shared with the quotes inside
        self.fuzzy_actors = outer[0].fuzzy_actors if outer else {}
        self.events = []  # (position, Speaker), in text order of position
        self.main_speakers = []  # the same, for speech in a main clause: whom a bare "Quote:" continues
        self.positions = []
        self.mentioned_at = {}  # slug → positions of unambiguous mentions
        for mention in doc.mentions:
            if len(mention.refs) == 1 or mention.refs[0].strength == NAME:
                self.mentioned_at.setdefault(mention.refs[0].actor.slug, []).append(mention.start)
        self.holders = {}  # (role words, country) → the directory's holder of that title
        self.introduced = []  # (position, Speaker) of people the directory lacks, named as subjects
        self.offices = set()  # keys of people who spoke through their office ("Mr Kiir's office"): an "it" too
        self.delegations = set()  # keys of countries that spoke through a delegate ("the representative of"): "he"
        self.members = []  # (position, plural noun, body): "officials of the Fisheries Department", for "the officials"
        self.subjects = [
            (mention.start, mention) for mention in doc.mentions if not mention.in_quote and self._subject_like(mention)
        ]

    def _subject_like(self, mention):
        return self._subject_like_at(mention.first)

    def _subject_like_at(self, first):
        """Whether the name starting at token `first` stands where a subject stands."""
        tokens = self.doc.tokens
        while first > 0 and tokens[first - 1].capitalised and is_title_word(tokens[first - 1]):
            first -= 1  # "Mr Zelensky", "President Trump"
        if first > 0 and tokens[first - 1].lower == "the":
            first -= 1  # "The Ukrainian president"
        if first == 0:
            return True
        before = self.doc.text[tokens[first - 1].end : tokens[first].start]
        if before.startswith(".") and len(tokens[first - 1].raw) <= 2 and tokens[first].start not in self._starts:
            return self._subject_like_at(first - 1)  # "U.S. President Donald Trump": an abbreviation's full stop
        if tokens[first - 1].lower == "and":  # "Putin and Trump met", not "a meeting between Putin and Trump"
            return self._conjunct_opens_clause(first - 1)
        return bool(re.search(r"[.,:;\n(—–]", before)) or tokens[first - 1].lower in {"but", "while", "then"}

    @cached_property
    def _starts(self):
        return {sentence.start for sentence in self.doc.sentences}

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

    def known(self, speaker):
        """The speaker as the article introduced them (with their title), when it has; else `speaker`."""
        if speaker.slug is None and not speaker.title:
            for _, earlier in reversed(self.events):
                if earlier.key == speaker.key and earlier.title:
                    return earlier
        return speaker

    def known_word(self, word, position):
        """A word of the name of someone who spoke or was introduced before `position`."""
        return any(
            word in speaker.name.lower().split() for pos, speaker in [*self.events, *self.introduced] if pos < position
        )

    def titled_after(self, position, head, within=1500, words=()):
        """The first person heard after `position` whose title has the word `head` ("mp", "envoy"); one whose title
        has every role word of `words` too first ("Syrian foreign minister": not a minister of state heard before)."""
        role = {word for word in words if word in ROLE_WORDS | TITLE_WORDS} | {head}
        country = next((DEMONYM_COUNTRY[word] for word in words if word in DEMONYM_COUNTRY), "")
        demonyms = {word for word in words if word in DEMONYM_COUNTRY}
        for wanted in (role, {head}):
            for pos, speaker in self.events:
                if position < pos <= position + within and speaker.is_person and wanted <= set(speaker.title.split()):
                    if wanted is role and country and speaker.country not in ("", country):
                        continue  # "Syrian foreign minister": not the Saudi one heard first
                    title = set(speaker.title.split())
                    if country and speaker.country != country and title - set(words) and not demonyms & title:
                        continue  # "an Egyptian official", then "Hamas official Basem Naim": someone else
                    return speaker
        return None

    def last_people(self, position, count, exclude=frozenset()):
        """The last `count` people named or heard before `position` (but those whose key is in `exclude`), in the
        order the article introduced them."""
        seen, first_seen = [], {}
        for pos, speaker in sorted([*self.events, *self.introduced, *self._mentioned], key=lambda item: item[0]):
            if pos >= position:
                break
            if speaker.is_person and speaker.kind == "person" and speaker.key not in exclude:
                first_seen.setdefault(speaker.key, pos)
                seen = [known for known in seen if known.key != speaker.key] + [speaker]
        return sorted(seen[-count:], key=lambda speaker: first_seen[speaker.key])

    def last_main_speaker(self, position):
        before = [speaker for pos, speaker in self.main_speakers if pos < position]
        return before[-1] if before else None

    def last_institution(self, position, within=600):
        """The body that spoke or was named last, shortly before `position`: whom "a spokesperson" speaks for."""
        found = None
        for pos, speaker in [*self.events, *self._mentioned]:
            named = speaker.slug or speaker.name[:1].isupper()  # a body's name, not a word as written ("phone")
            if (
                position - within <= pos < position
                and not speaker.is_person
                and named
                and (not found or pos > found[0])
            ):
                found = (pos, speaker)
        return found[1] if found else None

    def speaker_between(self, start, end):
        """Who was last heard between `start` and `end`, if anyone was."""
        index = bisect.bisect_left(self.positions, end)
        return self.events[index - 1][1] if index and self.positions[index - 1] >= start else None

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
            # "Kim Yo-jong, the sister of leader Kim Jong-un, dismissed …", then "Kim said": the one who has been
            # speaking, not the one last named in an aside
            slugs = {ref.actor.slug for ref in usable}
            spoke = self.last_speaker(position, lambda speaker: speaker.slug in slugs)
            if spoke is not None:
                return next(ref.actor for ref in usable if ref.actor.slug == spoke.slug)
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
            discourse, outer_position, speaker = self.outer
            relative = self._relative(word, position)
            return relative or discourse.pronoun(word, outer_position, exclude=speaker.key)
        return found

    def _relative(self, word, position):
        """Inside someone's words, "he" or "she" after a relative of theirs: 'My brother farms near Sialkot, and he
        told me …', or in the narration just before words that open with it ("told KBC that his mother had
        telephoned him every night. "She told me …""): that relative, named after them ("Ayesha Rauf's brother")."""
        kin = KIN_GENDER.get(word)
        if kin is None:
            return None
        masked = self.doc.masked
        found = list(KIN_OF.finditer(masked, masked.rfind(". ", 0, position) + 1, position))
        outer, outer_position, speaker = self.outer
        if not found and not masked[:position].strip():
            text = outer.doc.text
            line_start = max(text.rfind("\n", 0, outer_position) + 1, outer_position - 300)
            found = list(KIN_OF.finditer(outer.doc.masked, line_start, outer_position))
        if not found or found[-1].group("kin").lower() not in kin:
            return None
        relative = found[-1].group("kin").lower()
        window = found[-1].string[max(0, found[-1].start() - 300) : found[-1].start()]
        if (name := re.search(rf"\b(?:whose|his|her|my)\s+{relative},?\s+(?P<name>{KIN_NAME})", window)) is not None:
            return Speaker(name.group("name"), None, "person")  # "whose son Mr. Anan …, told TNA that his son …"
        named = speaker.is_person and " " in speaker.name
        return Speaker(f"{speaker.name}'s {relative}" if named else found[-1].group().lower(), None, "person")

    def _pronoun(self, word, position, exclude):
        if word in PERSON_PRONOUNS:
            want = lambda speaker: speaker.is_person or speaker.key in self.delegations  # noqa: E731
        elif word in THING_PRONOUNS:
            want = lambda speaker: not speaker.is_person or speaker.key in self.offices  # noqa: E731
        elif word in GROUP_PRONOUNS:
            want = lambda speaker: speaker.kind != "person"  # noqa: E731
        else:
            return None
        if exclude is not None:
            wanted = want
            want = lambda speaker: wanted(speaker) and speaker.key != exclude  # noqa: E731
        speaker = self.last_speaker(position, want)
        if speaker is not None and word in THING_PRONOUNS and self._relayed_thing(speaker, position):
            # "The agency said the tanker had reported an explosion. …, it said": the agency, not the tanker
            speaker = self._last_main(position, want) or speaker
        relayed = exclude is None and speaker is not None and word in PERSON_PRONOUNS  # not inside a quote of theirs
        passed_over = None
        if relayed and self._relayed_last(speaker, position) and (main := self._last_main(position, want)):
            # "The minister said the president had told him that …. Kyiv would welcome …, he said": the one who
            # relayed the words, not the one whose words he relayed
            passed_over, speaker = speaker.key, main
        spoke_at = self._event_position(speaker) if speaker else -1
        for start, mention in reversed(self.subjects):
            if start >= position:
                continue
            if start <= spoke_at:
                break
            subject = mention if isinstance(mention, Speaker) else Speaker.of(self.choose(mention.refs, start))
            if want(subject) and subject.key != passed_over:
                return subject
        return speaker or self._last_mentioned(position, want)

    def _relayed_thing(self, speaker, position):
        """A thing named in lower case ("the tanker") that spoke last only inside someone else's clause."""
        if speaker.slug is not None or speaker.name[:1].isupper():
            return False
        return not any(known.key == speaker.key for pos, known in self.main_speakers if pos < position)

    def _relayed_last(self, speaker, position):
        """The speaker's last words before `position` were heard only from an earlier occasion someone relayed."""
        last = next((pos for pos, known in reversed(self.events) if pos < position and known.key == speaker.key), None)
        if last is None or any(pos == last and known.key == speaker.key for pos, known in self.main_speakers):
            return False
        # words from an earlier occasion, in the pluperfect: "… said the president had told him that …", "saying
        # Mr Bardella had promised farmers to …" (not a readout's "the spokesperson added that the minister expressed")
        return RELAYED_EARLIER.search(self.doc.masked, max(0, last - 100), last) is not None

    def _last_main(self, position, want):
        return next((known for pos, known in reversed(self.main_speakers) if pos < position and want(known)), None)

    def introduce(self, position, speaker):
        """Someone the article names with a title as a sentence's subject, speaking or not ("External Affairs
        Minister Dr. S. Jaishankar received a call …"): for the pronouns and roles that follow."""
        index = bisect.bisect_right([start for start, _ in self.subjects], position)
        self.subjects.insert(index, (position, speaker))
        self.introduced.append((position, speaker))

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

    def speaker_in_role(self, words, position, country=None):
        """The last speaker before `position` whose title fits: whom a periphrasis ("the head of state") names."""
        for pos, speaker in reversed(self.events):
            actor = self.doc.directory.by_slug.get(speaker.slug)
            if pos < position and fits_role(speaker, words, actor) and self.country_fits(speaker, country):
                return speaker
        return None

    def role(self, words, position, country=None, former=False):
        """'the president' → the last actor before `position` whose title (and country) fits.

        With none before (a headline), the first one named after it. A `former` holder ("the former Dutch prime
        minister") is someone who spoke, never the office's holder merely named or in the directory.
        """
        candidates = [(pos, speaker) for pos, speaker in [*self.events, *self.introduced] if pos < position]
        mentioned = [] if former else self._mentioned
        candidates += [(pos, speaker) for pos, speaker in mentioned if pos < position]
        later = [(pos, speaker) for pos, speaker in mentioned if pos >= position]
        ordered = sorted(candidates, key=lambda item: item[0], reverse=True) + sorted(later, key=lambda item: item[0])
        # "the Federal Chancellor" after "Federal Chancellor Merz", whom the directory titles "Chancellor of Germany":
        # an adjective of the article's title that the directory's leaves out
        titled = [word for word in words if word in ROLE_WORDS | TITLE_WORDS | INSTITUTION_WORDS]
        retry = titled and titled[-1] in ROLE_WORDS and words[-1] == titled[-1] and len(titled) < len(words)
        if country is None and words and all(word in ROLE_WORDS for word in words):
            # a readout's bare "the Prime Minister" with two prime ministers named: its own, named first (the other
            # is "Prime Minister Starmer", "the UK Prime Minister"), not the one named last
            fitting = [
                speaker
                for _, speaker in sorted(candidates, key=lambda item: item[0])
                if re.split(r"\s+of\b|,", speaker.title.lower().replace("-", " "))[0].split() == list(words)
            ]
            if len({speaker.key for speaker in fitting}) >= 2:
                return fitting[0]
        for wanted in (words, titled) if retry else (words,):
            for _, speaker in ordered:
                actor = self.doc.directory.by_slug.get(speaker.slug)
                if fits_role(speaker, wanted, actor) and self.country_fits(speaker, country):
                    return speaker
        if country is None and not all(word in ROLE_WORDS for word in words):
            return None  # "the U.N. envoy", "the agency chief": an office the article's country does not hold
        return None if former else self._holder(words, country or self.home_country)

    def _holder(self, words, country):
        """Nobody in the article fits: the one current holder of that title in the directory, for the
        country the article is from ("The Prime Minister spoke to …" in a Downing Street readout)."""
        if not country:
            return None
        key = (tuple(words), country)
        if key not in self.holders:
            self.holders[key] = self._find_holder(words, country)
        return self.holders[key]

    def _find_holder(self, words, country):
        holders = [
            actor
            for actor in self.doc.directory.actors
            if actor.is_person
            and actor.country == country
            and actor.title
            and not is_former(actor.title)
            and fits_role(Speaker.of(actor), words, actor)
        ]
        return Speaker.of(holders[0]) if len(holders) == 1 else None

    @cached_property
    def home_country(self):
        """The country of the government the article's first lines name: its issuer or its dateline."""
        paragraphs = self.doc.paragraphs[:4]
        end = paragraphs[-1][1] if paragraphs else 0
        for mention in self.doc.mentions:
            if mention.start >= end:
                break
            actor = self.choose(mention.refs, mention.start)
            compound = re.match(
                r"\.?-\w", self.doc.text[mention.end : mention.end + 3]
            )  # "a U.S.-made drone" names no issuer
            if actor.kind == "government" and actor.country and not mention.in_quote and not compound:
                return actor.country
        return None

    def country_fits(self, speaker, country):
        """'the Indian spokesperson': an actor of that country, or someone the article introduced without one."""
        known = self._country(speaker)
        if country is None or known == country:
            return True
        if known or speaker.slug is not None:
            return False
        # "the Ukrainian Embassy" after "the Russian Embassy in Accra": an adjective of the name gives another country
        named = {DEMONYM_COUNTRY[word] for word in speaker.name.lower().split() if word in DEMONYM_COUNTRY}
        return not named or country in named

    def recent_person(self, position, within=500):
        """The person who spoke, or was introduced, last, shortly before `position`: whom "the Algerian diplomat"
        most likely is ("His captain, Alireza Jahanbakhsh, was less restrained. The winger told …")."""
        # a person the directory knows, named as a sentence's subject without speaking, counts as introduced: "Steve
        # Witkoff, the White House special envoy, has spent …", then "the real estate developer turned diplomat said"
        named = [
            (pos, Speaker.of(self.choose(mention.refs, pos)))
            for pos, mention in self.subjects
            if position - within <= pos < position and not isinstance(mention, Speaker)
        ]
        for pos, speaker in sorted([*self.events, *self.introduced, *named], key=lambda item: item[0], reverse=True):
            if pos < position - within:
                break
            if pos < position and speaker.is_person and not self._relayed_last(speaker, position):
                # not someone whose words were only relayed: "X said Y had told him that …. The envoy said": X
                return speaker
        return None

    @cached_property
    def _mentioned(self):
        """(position, Speaker) of every actor named in the narration, for roles."""
        return [(m.start, Speaker.of(self.choose(m.refs, m.start))) for m in self.doc.mentions if not m.in_quote]

    def _country(self, speaker):
        actor = self.doc.directory.by_slug.get(speaker.slug)
        return actor.country if actor else speaker.country or None


OWNER_WORD = re.compile(r"\b\w+['’]s\s")


def fits_role(speaker, words, actor=None):
    aliases = " ".join(actor.aliases) if actor is not None and actor.is_person else ""  # "IAEA chief"
    title = SERVES.sub("", speaker.title)  # "Special Envoy of the President": an envoy, not a president
    haystack = f"{title} {speaker.name} {aliases}".lower().replace("-", " ")
    if speaker.is_person and ("'s" in haystack or "’s" in haystack):
        # "the ministry's spokeswoman" is no "ministry" for "the ministry added"
        haystack = OWNER_WORD.sub("", haystack)
    if "commanding officer" in haystack:
        haystack += " commander"  # "the frigate's commanding officer", then "The commander said": the same officer
    if "government" in words or "administration" in words:
        return speaker.kind == "government"
    if speaker.kind == "group" and words and words[-1] in ROLE_WORDS:
        return False  # "The Minister stressed", after "The sides agreed": one holder, not the two together
    # "the treasury chief", "the alliance's head": a generic head word goes with any title of the portfolio named
    specific = [word for word in words if word not in GENERIC_HEADS]
    if specific and len(specific) < len(words) and speaker.is_person:
        return all(word in haystack for word in specific)
    return all(word in haystack for word in words)
