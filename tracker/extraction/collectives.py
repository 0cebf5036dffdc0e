"""Speakers that are several people or a body's members: a list of names, "the two leaders", a delegation named
by its country, "heads of state of the Economic Community of West African States (ECOWAS)". Mixed into `Resolver`."""

import re

from .lexicon import ROLE_WORDS
from .names import COUNTRY_NAME, DETERMINERS, GROUP_NOUNS, SPEAKING_FOR, TITLE_WORDS, Speaker, is_demonym
from .normal import normalize_name
from .titles import OTHER_PLACES

# "The two leaders agreed", "both ministers": the people last named, together.
PARTIES = {"leaders", "ministers", "presidents", "men", "women", "counterparts", "heads", "sides"}
NUMBERS = {"two": 2, "three": 3, "four": 4, "both": 2}
OFFICES = {"presidents": "president", "ministers": "minister"}  # the office a plural party noun names
DELEGATES = {"representative", "delegate", "delegation", "speaker", "representatives", "delegates"}
PLACES = set(COUNTRY_NAME) | OTHER_PLACES
MEMBERS = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
TITLES = ROLE_WORDS | TITLE_WORDS
ACRONYM_AFTER = re.compile(r"\s*\((?P<acronym>[A-Z][A-Z0-9-]{1,9})\)")
# Small words inside a body's name that its acronym may spell or skip: COGAT, "Coordinator of Government Activities
# in the Territories"; KPA, "Korean People's Army"
SPELT_JOINS = {"of", "for", "and", "in", "on", "the", "s", "de", "du", "des", "la", "et"}


def spelt_from(acronym, tokens):
    """The index of the earliest capitalised token from which the acronym spells the tokens' initials to the end, each
    capitalised word's, and the small joining words' or not; None when it spells none of them."""
    if not acronym.isalpha():
        return None

    def spells(i, p):
        if i == len(tokens):
            return p == len(acronym)
        token = tokens[i]
        if token.lower in SPELT_JOINS and not token.capitalised:
            return spells(i + 1, p) or (
                p < len(acronym) and acronym[p] == token.lower[0].upper() and spells(i + 1, p + 1)
            )
        if not token.capitalised or p == len(acronym) or token.raw[0].upper() != acronym[p]:
            return False
        return spells(i + 1, p + 1)

    return next(
        (i for i, token in enumerate(tokens) if token.capitalised and token.lower != "the" and spells(i, 0)), None
    )


class CollectiveSpeakers:
    def _participants(self, words, position):
        """'The two leaders', 'both ministers': the people the article named last, as one speaker."""
        count = next((NUMBERS[word] for word in words if word in NUMBERS), 2)
        last = self.discourse.last_speaker(position)
        if last is not None and last.kind == "group" and len(MEMBERS.split(last.name)) == count:
            return last  # "X and his counterpart Y called for …" then "the two presidents reaffirmed": that pair
        people = self.discourse.last_people(position, count, exclude=self._bystanders(words, position))
        if len(people) < count:
            return None
        names = [person.name for person in people]
        return Speaker(", ".join(names[:-1]) + " and " + names[-1], None, "group")

    def _bystanders(self, words, position):
        """Whom "the two presidents" or "both ministers" cannot mean: people heard only through another's words
        whose title is another office ("Zelensky told Stubb that US Special Envoy X had assured him …", then "The
        Presidents agreed": Zelensky and Stubb, not the envoy)."""
        office = next((OFFICES[word] for word in words if word in OFFICES), None)
        if office is None:
            return set()
        discourse = self.discourse
        own = {speaker.key for pos, speaker in discourse.main_speakers if pos < position}
        heard = {speaker.key: speaker for pos, speaker in discourse.events if pos < position}
        # the office a title holds is before its "of": "Special Envoy of the President" is no president
        return {
            key
            for key, speaker in heard.items()
            if key not in own and office not in speaker.title.lower().split(" of ")[0]
        }

    def _coordinated(self, first, last, position):
        """A list of names spoken as one: each part names someone, none is a bare title ("Prime Minister and …")."""
        tokens, parts, start = self.doc.tokens, [], first
        for index in range(first, last + 1):
            comma = index > first and "," in self.doc.text[tokens[index - 1].end : tokens[index].start]
            if tokens[index].lower == "and" or comma:
                parts.append((start, index - 1))
                start = index + 1 if tokens[index].lower == "and" else index
        parts.append((start, last))
        if any(tokens[part_last].lower in ROLE_WORDS for _, part_last in parts[:-1]):
            return None  # "Cabinet Spokesman and Minister Nalinda Jayatissa": two titles of one person
        for _, part_last in parts[:-1]:
            portfolio = part_last - 2 >= first and tokens[part_last - 1].lower in ("of", "for")
            if portfolio and tokens[part_last - 2].lower in ROLE_WORDS:
                return None  # "Minister for Europe and Foreign Affairs Ana Ruiz": one title's two portfolios
        if self._title_owner_joined(parts[-1]):
            return None  # "Antigua and Barbuda Prime Minister …", "Relief and Repatriation Commissioner …"
        names, keys = [], set()
        for part_first, part_last in parts:
            if part_first > part_last:
                return None
            part = tokens[part_first : part_last + 1]
            # "Qatari Prime Minister and Foreign Minister …": a title, not a second speaker
            named = [t for t in part if t.capitalised and t.lower not in ROLE_WORDS and not is_demonym(t.raw)]
            found = self.speaker(part_first, part_last, position) if named else None
            if found is None or found.key in keys:
                return None
            keys.add(found.key)
            if not names and part[0].lower in DETERMINERS:
                part = part[1:]  # "The Foreign Ministers of …, … and …"
            if not part:
                return None
            written = self.doc.text[part[0].start : part[-1].end]
            names.append(found.name if found.is_person else written)
        if len(names) < 2:
            return None
        name = ", ".join(names[:-1]) + " and " + names[-1]
        return Speaker(name, None, "group", "", "")

    def _title_owner_joined(self, part):
        """The last part opens with a word that is no place, people or title, then a title and a name: the "and"
        joins the title's owner ("Refugee Relief and Repatriation Commissioner Ana Ruiz"), not two speakers."""
        tokens = self.doc.tokens
        words = tokens[part[0] : part[1] + 1]
        role = next((i for i, token in enumerate(words) if token.lower in TITLES), None)
        if not role or role + 1 >= len(words) or words[-1].lower in TITLES:
            return False
        opening = words[:role]
        plain = all(t.capitalised and t.lower not in DETERMINERS and not is_demonym(t.raw) for t in opening)
        return plain and normalize_name(" ".join(t.raw for t in opening)) not in PLACES

    def _delegation(self, first, words, position):
        """A delegation named only by its country, as UN summaries do: 'the representative of the Sudan',
        'The speaker for the Russian Federation', "China's delegate" → that country."""
        if words[-1] in DELEGATES and "s" in words[:-1]:
            place = (0, words.index("s") - 1)  # "China's delegate"
        elif len(words) > 2 and words[1 if words[0] in DETERMINERS else 0] in DELEGATES:
            head = 1 if words[0] in DETERMINERS else 0
            if words[head + 1] not in ("of", "for"):
                return None
            place = (head + 2, len(words) - 1)
        else:
            return None
        named = [word for word in words[place[0] : place[1] + 1] if word not in DETERMINERS]
        if place[1] < place[0] or normalize_name(" ".join(named)) not in PLACES:
            return None
        country = self.speaker(first + place[0], first + place[1], position)
        if country is not None:
            self.discourse.delegations.add(country.key)  # "…, she added": the delegate, so the country
        return country

    def _members_of(self, first, last, position):
        """'Heads of state of the Economic Community of West African States (ECOWAS)', 'Foreign ministers of the
        Arab League', "an official of the Evacuee Trust Property Board": a body's members speak as the body, named by
        its acronym when the article gives one."""
        tokens = self.doc.tokens
        members = GROUP_NOUNS | SPEAKING_FOR | {"heads"}
        start = next((i for i in range(first, min(first + 3, last)) if tokens[i].lower in members), None)
        if start is not None and tokens[start].lower in SPEAKING_FOR - GROUP_NOUNS and not tokens[start].raw.islower():
            return None  # "Official Spokesperson for the Ministry": a title, not one of the body's officials
        if start is None or any(token.lower == "of" for token in tokens[first:start]):
            return None
        if tokens[start + 1].capitalised:
            return None  # "the United Nations Office for the Coordination of …": a word of the body's own name
        for index in range(start + 1, last):
            body = index + 1 + (tokens[index + 1].lower == "the")
            if tokens[index].lower == "of" and tokens[index + 1].lower == "the":
                while body < last and body - index <= 3 and tokens[body].raw.islower():
                    body += 1  # "officials of the state Fisheries Department": the body's name, not its description
            if tokens[index].lower == "of" and body <= last and tokens[body].capitalised:
                break
        else:
            return None
        if (
            any(token.lower == "and" for token in tokens[body : last + 1])
            or "," in self.doc.text[tokens[body].start : tokens[last].end]
        ):
            return None  # "the Foreign Ministers of Egypt, Jordan and Qatar": several bodies, a list
        acronym = ACRONYM_AFTER.match(self.doc.text, tokens[last].end)
        name = acronym.group("acronym") if acronym else self.doc.text[tokens[body].start : tokens[last].end]
        actor = self._fuzzy_actor(name)
        if actor is None and acronym:
            actor = self._fuzzy_actor(self.doc.text[tokens[body].start : tokens[last].end])
        if actor is not None:
            found = Speaker.of(actor)
        elif normalize_name(name) in PLACES:
            return None  # "leaders of France": the country's government, found elsewhere
        else:
            found = Speaker(name, None, "other")
        self.discourse.members.append((tokens[first].start, tokens[start].lower, found))
        if tokens[start].lower == "official":
            self.discourse.delegations.add(found.key)  # "…, he said": the one official, so the body
        return found

    def _members_again(self, noun, position, within=1500):
        """'the officials said', after "officials of the Fisheries Department said": the body they speak for."""
        for pos, members, body in reversed(self.discourse.members):
            if members == noun and position - within <= pos < position:
                return body
        return None
