"""Who a noun phrase refers to: a directory actor, a pronoun's antecedent, or a name as written."""

import bisect
import re
from dataclasses import replace

from .carriers import is_carrier
from .collectives import ACRONYM_AFTER, NUMBERS, PARTIES, PLACES, CollectiveSpeakers, spelt_from
from .directory import PARTICLES
from .discourse import Discourse
from .document import lower_tier_before
from .lexicon import DAY_PARTS, DAYS, INSTITUTION_WORDS, NAME_JOINS, NOT_SPEAKERS, PRONOUNS, ROLE_WORDS, VERB_FORMS
from .names import (
    ADVISERS,
    COUNTRY_NAME,
    DEMONYM_COUNTRY,
    DESCRIBED_AFTER,
    DESCRIBED_GROUPS,
    DESCRIBED_HEADS,
    DESCRIBING_PARTICIPLES,
    DETERMINERS,
    DOCUMENTS,
    FIRST_NAME_HONORIFICS,
    FROM_PERSONS,
    FROM_WHAT,
    GATHERED,
    GROUP_NOUNS,
    HONORIFICS,
    LOCATED,
    MEMBERED_GROUPS,
    OCCUPATIONS,
    OFFICES,
    ORGANISATION_WORDS,
    OWNER,
    PARTY_MEMBERS,
    PERSON_NOUNS,
    PLACED_GROUPS,
    PORTFOLIO_NOUN,
    PORTFOLIOS,
    POSSESSIVES,
    POST_NOMINALS,
    RANKS,
    SINGLE_UNNAMED,
    SPEAKING_FOR,
    SPOKES_HEADS,
    SPOKES_NOUNS,
    TITLE_WORDS,
    VESSEL_PREFIXES,
    Speaker,
    by_first_name,
    country_in,
    excellency,
    family_name_in_capitals,
    fuzzy_actor,
    is_demonym,
    is_located,
    is_portfolio,
    is_title_word,
    past_portfolio,
    periphrasis,
    without_middle_initials,
)
from .normal import normalize_name
from .references import BODIES_OF, BODY_NOUNS, CALENDAR_MONTHS, COMPANY_NOUNS, SENT_TO, STATE_STYLE, References
from .roles import GENERIC_HOLDERS, ArticleRoles
from .titles import COUNTRIES, country_names

__all__ = ["ROLE_NOUNS", "Discourse", "Resolver", "Speaker"]
ROLE_NOUNS = ROLE_WORDS | PERSON_NOUNS
# "the elder Kallas", "the younger Bush": a relative of the better-known bearer of the surname.
KIN = {"elder", "younger", "senior", "junior"}
RESIDING = {"residing", "living"}  # people described by where they live, not the place ("stranded in" stays whole)
REFLEXIVES = {"himself", "herself", "itself", "themselves"}
# Holders posted to a body or a country, besides the role words: "Kuwait's Permanent Representative to the UN".
POSTED = {"representative", "delegate"}
RELATIVE_AFTER = re.compile(r",\s*(?:who|whose)\b")  # a relative clause on the person just named
# A portfolio described after the title: "the Deputy Chairman of the Cabinet of Ministers in charge of energy".
IN_CHARGE = re.compile(r"\bin charge of\b")
# Words before a title that make it a second office, not the title's holder: "the Deputy Foreign Minister of Iran".
SECOND_OFFICES = {"deputy", "vice", "assistant", "shadow"}
# A private person's introduction after the name: an age, or a description with "a": "Ana Ruiz, 38, a surgeon from
# Maracaibo,", "Ana Ruiz, a nurse,"; what the description says, up to its comma.
PRIVATE_APPOSITION = re.compile(r",\s+(?:\d{1,3},\s+)?(?:an?\s+(?P<what>[a-z][^,;.\n]{0,60})|\d{1,3},)")
# Offices of a town or province, after which "of" names the place, never a person: "the Mayor of Kandahar".
LOCAL_OFFICES = {"governor", "mayor", "prefect"}
ENVOYS = ("ambassador", "envoy", "consul")  # the offices a diplomat of a country holds abroad
# Offices no family is named after, unlike "Emir" or "King": "Employment Minister" is never a given name and surname.
NEVER_SURNAMES = {"minister", "secretary", "spokesperson", "spokesman", "spokeswoman", "ambassador", "envoy"}
SEATS = {normalize_name(seat) for _, _, seats in COUNTRIES.values() for seat in seats}
# Common nouns for a polity, whose office a possessive names: "the country's prime minister", "the island's governor".
POLITIES = {"country", "nation", "state", "island", "islands", "kingdom", "republic", "territory", "province", "city"}
# Names every country's institutions share ("the Foreign Office"), unlike "the State Department" or "the Kremlin".
GENERIC_OFFICES = {"foreign", "home", "office", "ministry", "interior", "defence", "defense", "finance", "cabinet"}
SEAT_COUNTRY = {normalize_name(seat): code for code, (_, _, seats) in COUNTRIES.items() for seat in seats}
# A dateline in capitals opening the lead: "ISLAMABAD:", "BANGKOK (AP) —", "PORT SUDAN, Jan 8 (Reuters) -".
DATELINE = re.compile(r"[ \t]*(?P<seat>[A-Z][A-Z'’-]+(?:[ \t][A-Z][A-Z'’-]+)?)(?=[ \t]*(?::|,|\(|—|–|-\s))")

SAME_SOURCE = (["the", "same", "source"], ["the", "quoted", "source"], ["the", "cited", "source"])


def _profession(word):
    return word in PROFESSIONS or DISCIPLINE.fullmatch(word) is not None


def _first_or_last(words, word):
    """A surname alone names a person whose name ends with it, or opens with it, family name first ("Kim Jong Un")."""
    return words[-1:] == [word] or words[:1] == [word]


def _bare_place(name):
    return re.sub(r"^the\s+", "", name)


# "His Eminence", "Her Majesty": a style standing for the person the article is about.
STYLES = {"eminence", "holiness", "excellency", "majesty", "highness", "grace", "beatitude"}
FORMER = {"former", "ex", "outgoing", "erstwhile"}
# Honorifics that open a name wherever they stand in a title: "Minister for Defence of Australia Mr Richard Marles".
# Words of a title or a body before a person's name: "Archbishop Andrew Nkea of Bamenda".
BEFORE_A_NAME = ROLE_WORDS | TITLE_WORDS | PERSON_NOUNS | HONORIFICS | ORGANISATION_WORDS
# "a spokesperson for the embassy", "a ministry spokeswoman": someone unnamed speaking for a body
SPOKESPERSON_FOR = re.compile(
    r"\b[Ss]pokes(?:person|man|woman) (?:for|of) |\b[Aa]n? [a-z]+ spokes(?:person|man|woman)\b"
)
# Professions written before a researcher's name, capitalised at a sentence's start: "Researcher Anna Virtanen of …".
PROFESSIONS = {"researcher", "analyst", "expert", "scholar", "economist", "professor", "fellow", "historian"}
# A scholar's discipline names a profession too: "Sinologist …", "Criminologist …", "Statistician …".
DISCIPLINE = re.compile(r"[a-z]{3,}(?:ologist|ician)")
# Heads of the body a person is "of" besides ORGANISATION_WORDS: "the Prague Centre for Asian Studies".
RESEARCH_BODIES = {
    "centre",
    "center",
    "institute",
    "institution",
    "forum",
    "observatory",
    "academy",
    "university",
    "network",
}
NAME_OPENERS = {"shri", "sri", "smt", "shrimati", "mr", "mrs", "ms", "dr", "hojatoleslam", "moslemin"}


# Unnamed informants counted before what they know: "two sources with knowledge of the deal" are the sources.
COUNTS = {"two", "three", "four", "five", "six", "several"}
KNOWING_GROUPS = {"sources", "people", "officials", "persons", "diplomats", "executives"}


# A clause opening with a body's name: "The Egyptian Red Crescent has received …".
OPENING_BODY = re.compile(r"\s*The\s+[A-Z]")


class Resolver(CollectiveSpeakers, References, ArticleRoles):
    def __init__(self, doc, discourse):
        self.doc = doc
        self.discourse = discourse
        self.directory = doc.directory

    def _fuzzy_actor(self, name):
        """`fuzzy_actor`, once a name in an article and the quotes in it: it asks about its names again and again."""
        known = self.discourse.fuzzy_actors
        if name not in known:
            known[name] = fuzzy_actor(self.directory, name)
        return known[name]

    def speaker(self, first, last, position=None):
        """The speaker named by tokens first..last (inclusive), or None when they name nobody."""
        doc = self.doc
        position = doc.tokens[first].start if position is None else position
        while first < last and doc.tokens[first].raw.isdigit() and doc.text[doc.tokens[first].end] in ".)":
            first += 1  # a joint statement's numbered paragraph: "2. The two sides expressed concern that"
        if first < last and excellency(doc, first):
            first += 2  # "H.E. Mahmoud Ali Youssouf": His (or Her) Excellency
        words = [token.lower for token in doc.tokens[first : last + 1]]
        if (charge := IN_CHARGE.search(" ".join(words))) is not None and charge.start() > 0:
            last = (
                first + len(" ".join(words)[: charge.start()].split()) - 1
            )  # "the Deputy Chairman … in charge of gas"
        named = first + 1 < last and doc.tokens[first].lower not in DETERMINERS
        named = named and all(token.capitalised for token in doc.tokens[first:last])
        if named and doc.tokens[last].raw in POST_NOMINALS:
            last -= 1  # "Helen McEntee TD", "Jane Doe MP": the person, not her seat's letters
        tokens = doc.tokens[first : last + 1]
        words = [token.lower for token in tokens]
        if len(words) > 1 and words[-1] in REFLEXIVES:
            return self.speaker(first, last - 1, position)  # "Aliyev himself repeated the demand"
        if _time_alone(words):
            return None  # "This Monday, the Minister received …": a time, no one
        # "…, according to the same source", translated copy's "According to the quoted source" (sursa citată, la
        # fuente citada): whoever spoke last
        if words in SAME_SOURCE and (before := self.discourse.last_speaker(position)) is not None:
            return before
        titled = words[0] == "the" and 2 <= len(words) <= 3 and all(token.capitalised for token in tokens[1:])
        if titled and words[-1] in TITLE_WORDS:
            office = " ".join(words[1:]) + " of "
            found = self.discourse.last_speaker(position, lambda s: s.name.lower().startswith(office))
            if found is not None:
                return found  # "The Managing Director of the ADA stressed …", then "the Managing Director added"
        if "ago" in words[1:3] and words.index("ago") < len(words) - 1:
            return self.speaker(first + words.index("ago") + 1, last, position)  # "Years ago a general told me"
        if len(words) > 2 and words[0] in ("last", "this", "earlier") and words[1] in ("week", "month", "year"):
            return self.speaker(first + 2, last, position)  # "Last week Iran's foreign ministry called …": the ministry
        if len(words) > 1 and words[0] == "no" and not tokens[1].capitalised:
            return None  # "No prime minister had said in parliament whether …": nobody spoke
        if words[0] in ("none", "nobody", "neither") or words[:2] == ["no", "one"]:
            return None  # "None of them had asked to stay, an official said": nobody spoke, the official did
        if len(words) > 1 and words[0] in ("what", "whatever"):
            return None  # a pseudo-cleft, "What I can tell you is that the ministers agreed that …": no one by name
        origin = next((i for i in range(1, len(words) - 2) if words[i] == "from" and words[i - 1] in FROM_PERSONS), 0)
        if origin and words[origin + 1] in FROM_WHAT and not any(t.capitalised for t in tokens[origin:]):
            return self.speaker(first, first + origin - 1, position)  # "A diplomat from a large member state"
        origin = next((i for i in range(2, len(words) - 2) if words[i] == "from"), 0)
        regional = origin and words[0] in ("a", "an") and words[origin + 1] == "the" and tokens[origin - 1].capitalised
        if regional and not any(t.capitalised for t in tokens[origin:]):
            # "A member of the House of Representatives from the south": the member, not the region
            return self.speaker(first, first + origin - 1, position)
        described = next((i for i in range(1, len(words) - 1) if DESCRIBED_AFTER.issuperset(words[i : i + 1])), 0)
        if described and words[described - 1] in SINGLE_UNNAMED and words[0] in ("a", "an", "one", "another"):
            if words[: described + 1] == [words[0], "source", words[described]]:
                # "A source in Brussels familiar with the talks": a bare source keeps the one thing said of it
                second = next((i for i in range(described + 2, len(words)) if words[i] in DESCRIBED_AFTER), None)
                return self._as_written(first, first + second - 1 if second else last)
            return self.speaker(first, first + described - 1, position)  # "A diplomatic source in Georgetown"
        if len(words) > 2 and words[0] == "sources" and words[1] in DESCRIBED_AFTER | {"within"}:
            # "Sources in the security establishment said", "sources close to the talks": the sources, with all that
            # is said of them, not the place or the talks
            name = self.doc.text[tokens[0].start : tokens[-1].end]
            return Speaker(name, None, "group", "", country_in(words))
        if len(words) > 4 and words[0] == "the" and words[2] == "of" and words[1] in MEMBERED_GROUPS:
            return self.speaker(first + 1, first + 1, position)  # "The Troika of the United States, … said"
        resident = len(words) >= 4 and words[0] in ("a", "an", "one", "another") and words[1:3] == ["resident", "of"]
        if resident and all(token.capitalised for token in tokens[3:]):
            # "A resident of Kassala said": the resident, unnamed, not the place
            name = self.doc.text[tokens[1].start : tokens[-1].end]
            return Speaker(name, None, "person", "", country_in(words))
        if len(words) > 3 and words[0] in ("more", "fewer", "less") and words[1] == "than" and words[2].isdigit():
            return self.speaker(first + 3, last, position)  # "more than 200 lawmakers said": the lawmakers
        if (described := self._described(tokens, words)) is not None:
            return described  # "an adviser to army chief X", "officials at the crossing": they speak, not X
        gathered = next((i for i in range(1, len(words) - 2) if words[i] in GATHERED and words[i + 1] == "in"), None)
        if gathered is not None and words[gathered - 1] in PLACED_GROUPS:
            return self.speaker(first, first + gathered - 1, position)  # "ministers meeting in Cairo": not Cairo
        residing = next((i for i in range(2, len(words) - 1) if words[i] in RESIDING and words[i + 1] == "in"), None)
        if residing is not None and tokens[residing - 1].raw.islower():
            # "the families of Uruguayan citizens residing in the Gaza Strip, who have told it …": the families
            return self.speaker(first, first + residing - 1, position)
        aged = 4 <= len(words) <= 7 and words[0] == "the" and words[1].isdigit() and words[2:4] == ["year", "old"]
        # "the 44-year-old petroleum engineer": the age, then a trade in small letters, is the person named before too
        aged = aged and all(token.raw.islower() for token in tokens[4:])
        if aged and (person := self.discourse.recent_person(position)) is not None:
            return person  # "Ayumi Higa, the town's officer, told …", then '"…," the 62-year-old said': her again
        if words in (["we"], ["i"]) and (answerer := self._answerer(position)) is not None:
            return answerer  # a parliamentary written answer's "We assess that …": the minister who answered
        if len(words) == 1 and words[0] in PRONOUNS:
            text = doc.text[max(0, position - 80) : position]
            if (document := IN_WHICH.search(text)) is not None:
                # "CELAC issued a statement in which it reiterated that": whoever issued it
                return self._issuer(position - len(text) + document.start(), position)
            if words[0] == "it" and (owner := self._owner_of_statement(position)) is not None:
                return owner  # "Kim Yo Jong's statement said …. It said …": the statement, so hers
            if words[0] == "it" and (body := self._subject_before_which(position)) is not None:
                return body  # "The army's delegation objected to a line, which, it said, would …": the delegation
            if words[0] == "it" and (body := self._body_opening_sentence_before(position)) is not None:
                return body  # "Georgia's Foreign Ministry reacted sharply. In a statement, it said": the ministry
            return self.discourse.pronoun(words[0], position)
        spokes_heads = len(words) == 3 and all(word in SPOKES_HEADS for word in words[1:])  # "his press service"
        if (len(words) == 2 and words[0] in PRONOUNS and words[1] in SPOKES_HEADS | INSTITUTION_WORDS) or (
            spokes_heads and words[0] in PRONOUNS
        ):
            # "President X is expected to address the nation on Thursday, his office said": the person the clause
            # before the attribution names, not the last speaker
            return self._clause_person(position, words[0]) or self.discourse.pronoun(words[0], position)
        document = words[0] == "the" and words[-1] in DOCUMENT_NOUNS  # "the statement", "the press statement"
        if document and (len(words) == 2 or (len(words) == 3 and words[1] in DOCUMENT_KINDS)):
            return self._author_of_statement(position)
        if len(words) == 2 and words[0] == "the" and words[1] in HONORIFICS - {"mr", "mrs", "ms", "dr", "madam"}:
            # "Prince Abdulaziz bin Salman told Argus …", then "The prince was blunter": the one the honorific named
            before = doc.text[max(0, position - 1500) : position]
            honoured = self.discourse.last_speaker(
                position,
                lambda s: s.is_person and re.search(rf"\b{words[1]}\s+{re.escape(s.name)}", before, re.IGNORECASE),
            )
            if honoured is not None:
                return honoured
        if len(words) == 2 and words[0] == "the" and words[1] in SPOKES_NOUNS:
            last_one = self.discourse.last_speaker(position)
            recent = doc.text[max(0, position - 400) : position]
            if last_one is not None and not last_one.is_person and SPOKESPERSON_FOR.search(recent):
                return last_one  # "A spokesperson for the embassy said …", then "the spokesperson added": the embassy
            # "A Unification Ministry spokesperson told a briefing …", someone else's words, then "…, the spokesperson
            # said": the body whose spokesperson the article introduced, not a person the clause names
            earlier = doc.text[max(0, position - 1500) : position]
            introduced = [*re.finditer(rf"\b[Aa]n?\s+((?:[A-Z][\w'’.-]*\s+){{1,4}}){words[1]}\b", earlier)]
            body = self.discourse.last_speaker(position, lambda s: not s.is_person) if introduced else None
            if body is not None and normalize_name(body.name) == normalize_name(introduced[-1].group(1)):
                return body
        if len(words) >= 3 and words[0] == "the" and words[-1] in PERSON_NOUNS:
            # "according to a senior administration official", then "The senior administration official said": the
            # unnamed speaker heard before, not an actor one of the words might name
            written = normalize_name(doc.text[tokens[1].start : tokens[-1].end])
            again = self.discourse.last_speaker(
                position, lambda s: s.slug is None and normalize_name(s.name) == written
            )
            if again is not None:
                return again
        owners_office = len(words) == 5 and words[2:4] in (["for", "his"], ["for", "her"])
        if owners_office and words[0] in ("a", "an", "the") and words[1] in SPOKES_NOUNS and words[4] in SPOKES_HEADS:
            # "X said …, according to a spokesperson for her office": the office speaks for its owner
            return self._clause_person(position, words[3]) or self.discourse.pronoun(words[3], position)
        if len(words) == 2 and words[0] in ("his", "her") and words[1] in STYLES:
            # "His Highness affirmed", after the guest's words: the one the article styled so; "His Eminence stressed":
            # else the person spoken of
            return self._introduced_as(words[1:], position) or self.discourse.pronoun(words[0], position)
        head = len(words) - (2 if len(words) > 4 and words[-2] == "official" else 1)
        principal = words[-1] in SPOKES_NOUNS and words[0] == "the" and words[1] in ROLE_NOUNS and head >= 3
        principal = principal and words[head - 1] == "s" and doc.gap(first + head - 2, first + head - 1) in ("'", "’")
        if principal:
            # "The Prime Minister's official spokesman said": the Prime Minister, as the article names him
            found = self.speaker(first, first + head - 2, position)
            if found is not None and found.is_person and " " in found.name:
                return found
        owned = len(words) >= 3 and words[-1] in OWNED_WORDS and words[-2] == "s" and tokens[0].capitalised
        if owned and doc.gap(last - 2, last - 1) in ("'", "’") and self.capitalised(last - 2):
            found = self.speaker(first, last - 2, position)  # "Kim Yo Jong's statement said": hers
            return found if found is not None and found.is_person else None
        if len(words) > 3 and words[0] in ("his", "her") and words[1] in STYLES and words[2] == "the":
            return self.speaker(first + 2, last, position)  # "His Highness the Minister of Foreign Affairs": the title
        agent = next((i for i in range(3, len(words) - 1) if words[i] == "by" and words[i - 1].endswith("ed")), None)
        if agent is not None and tokens[agent - 1].raw.islower() and words[0] in {"the", "a", "an"}:
            # "the rival government backed by military commander Khalifa Haftar": the government, not its backer
            return self._as_written(first, first + agent - 2)
        if len(words) == 3 and words[0] == "the" and words[2] == "side" and (code := DEMONYM_COUNTRY.get(words[1])):
            # a readout's "The Russian side stressed that …": that country's government
            governments = [a for a in self.directory.actors if a.kind == "government" and a.country == code]
            governments.sort(key=lambda actor: not actor.name.startswith("Government of"))  # not "Kremlin"
            government = governments[0] if governments else None
            if government is not None:
                return Speaker.of(government)
            return Speaker(f"Government of {_bare_place(country_names(code)[0][0])}", None, "government", "", code)
        company = len(words) == 2 and words[0] == "the" and words[1] in COMPANY_NOUNS
        if company and (company := self._clause_company(position)) is not None:
            return company  # "Reliance Industries (RIL) has received a licence …, the company told the exchanges"
        if len(words) == 2 and words[0] == "the" and words[1] in COMPANY_NOUNS:
            # "Venezuela's state oil company PDVSA wrote …", then '"…," the company wrote': the body the article
            # introduced with that noun, speaking last
            before = doc.text[max(0, position - 1500) : position]
            introduced = self.discourse.last_speaker(
                position,
                lambda s: not s.is_person and re.search(rf"\b{words[1]}\s+{re.escape(s.name)}\b", before) is not None,
            )
            if introduced is not None:
                return introduced
        referring = len(words) == 2 and words[0] == "the" and words[1] in BODY_NOUNS
        if referring and (body := self._body_named_before(words[1], position)) is not None:
            return body  # "Human Rights Watch: …, the group said", "The EU General Court … the court said"
        if words == ["the", "party"] and (party := self._party_named_before(position)) is not None:
            return party  # "People Power Party leader Jang …", then "The party said in a statement that …"
        if referring and words[1] == "group" and (group := self._group_heard_before(position)) is not None:
            return group  # "The rebels began …, saying …", then "the group said": the group that spoke last
        if len(words) == 2 and words[0] == "the" and (body := self._members_again(words[1], position)) is not None:
            return body  # "the officials said", after "officials of the state Fisheries Department said"
        if (body := self._members_of(first, last, position)) is not None:
            return body  # "Heads of state of the Economic Community of West African States (ECOWAS)"
        regional = len(words) == 3 and words[0] == "the" and words[2] in GROUP_NOUNS and words[1] not in NUMBERS
        regional = regional and not tokens[-1].capitalised  # "the regional leaders", not "the United Nations"
        if regional and (group := self.discourse.last_speaker(position, lambda s: not s.is_person)) is not None:
            return group  # "the regional leaders", after the bloc's leaders spoke
        if words[-1] in PARTIES and (words[0] in {"the", "both"} or words[0] in NUMBERS) and len(words) <= 4:
            return self._participants(words, position)  # "the two leaders agreed that …"
        if words == ["both"]:
            return self._participants(words, position)  # a readout's "Both agreed that …": the two just named
        spokes = len(words) > 3 and words[0] in DETERMINERS and words[1] in SPOKES_NOUNS and words[2] in ("for", "of")
        if spokes and "and" in words and (body := self._spokesperson_for(first, words, position)) is not None:
            return body  # "A spokesperson for the Department of Foreign Affairs and Trade": one body, "and" and all
        opener = next((i for i in range(len(words) - 2, 0, -1) if words[i] in NAME_OPENERS), None)
        if opener and "and" in words[:opener]:  # "Minister of Commerce and Industry Shri Piyush Goyal": one person
            found = self.speaker(first + opener, last, position)
            title = doc.text[doc.tokens[first].start : doc.tokens[first + opener - 1].end].lower()
            return replace(found, title=title) if found is not None and found.slug is None else found
        if "and" in words[1:-1] and (titled := self._portfolios_and_role(first, last, words, position)) is not None:
            return titled  # "Trade and Industry Minister X": one person, the portfolios a list inside the title
        if "and" in words[1:-1] and _body_name_with_and(tokens, words):
            return self._as_written(first, last, longest=12)  # one body: "the Ministry of Trade and Industry"
        under = words.index("under") if "under" in words[2:-2] else None
        if under and words[under + 1] == "the" and words[under + 2] in BODY_WORDS and BODY_WORDS & set(words[:under]):
            return self._as_written(first, last, longest=12)  # "the Agency for … under the Ministry of …": one body
        portfolio = "and" in words[1:-1] and any(
            words[i] == "of" and words[i - 1] in ROLE_WORDS | TITLE_WORDS for i in range(1, words.index("and"))
        )
        if portfolio and self.capitalised(last):  # "The Minister of International Relations and Cooperation"
            name = self._trailing_name(first, last)  # "… Industry Shri Piyush Goyal" is handled above
            # but "… for Petroleum and Natural Gas": the portfolio's last words, no one's name
            if name is not None and all(is_portfolio(word.lower()) for word in name.name.split()):
                name = None
            if name is not None and name.is_person and " " in name.name:
                return name
            owned = len(words) > 3 and words[1] == "s" and tokens[0].capitalised and words[2] in ROLE_WORDS
            # translated copy's title without an article: "Minister of Trade and Industry affirmed that …"
            bare = words[0] in ROLE_WORDS and tokens[0].capitalised
            if (words[0] == "the" and words[1] in ROLE_WORDS) or owned or bare:
                # "the Minister of African Integration and Foreign Affairs said", "Kosovo's Minister of Culture,
                # Youth and Sport announced", unnamed: the office speaks
                return self._as_written(first, last, longest=12)
            against = "against" in words and words[0] == "the"  # "the Minister of … and the Fight against Poverty"
            return self._as_written(first, last, longest=12) if against else None
        if "and" in words[1:-1] and (member := self._party_with_and_member(first, last, words, position)):
            return member  # "Law and Order leader Ana Ruiz": a party's name holds the "and", then its member
        if "and" in words[1:-1] and (group := self._coordinated(first, last, position)) is not None:
            return group  # "France, Germany and the United Kingdom", "Putin and Trump"
        if (body := self._spelt_by_acronym(first, last)) is not None:
            return body  # "The Front de Libération Nationale Kanak et Socialiste (FLNKS)": the front, whole
        if (person := self._person_of(first, words, position)) is not None:
            return person  # "Archbishop Andrew Nkea of Bamenda": the archbishop, not the city
        spokes = len(words) > 3 and words[0] in DETERMINERS and words[1] in SPOKES_NOUNS and words[2] in ("for", "of")
        if spokes and (body := self._spokesperson_for(first, words, position)) is not None:
            return body  # "a spokesperson for the Chinese Embassy in Lima": the embassy, where it sits and all
        if (place := self._locative(first, words)) is not None:
            # "The Chinese Embassy in London": the body, not the city's government
            found = self.speaker(first, first + place - 1, position)
            if found is None or found.slug or words[place - 1] in SPOKES_NOUNS:
                return found  # "an RSF spokesman in Nairobi": the city is where he speaks, not part of a name
            if (written := self._as_written(first, last)) is None:
                if last - first - place <= 2 and found.kind == "other" and not found.is_person:
                    # "The Embassy of the People's Republic of China in Fiji": a body's long name, then its seat
                    seat = doc.text[doc.tokens[first + place].start : doc.tokens[last].end]
                    return Speaker(f"{found.name} {seat}", None, found.kind, found.title, found.country)
                return found  # too long to be a name as written: "The head of the U.N. mission in South Sudan"
            return Speaker(written.name, None, found.kind, found.title)
        if (delegation := self._delegation(first, words, position)) is not None:
            return delegation  # "the representative of the Sudan", "China's delegate": the country speaks
        if words[-1] not in SPOKES_NOUNS and (spokes := self._spokesperson_for(first, words, position)):
            return spokes
        if words[0] in {"a", "an"} and words[1:] and all(word in SPOKES_NOUNS for word in words[1:]):
            return self.discourse.last_institution(position)  # "The State Department … A spokesperson said"
        if (body := self._unnamed_spokesperson(first, last, words, position)) is not None:
            return body  # "A Foreign Office spokesperson said", "A U.S. embassy spokesman said": the body speaks
        if (named_role := periphrasis(words)) is not None and len(words) <= 6:
            country, alternatives = named_role
            for find in (self.discourse.speaker_in_role, self.discourse.role):
                for roles in alternatives:  # "the head of state" → the president who spoke, else the one named
                    if (found := find(list(roles), position, country or None)) is not None:
                        return found
        if (holder := self._apposed_holder(first, last, words)) is not None:
            return holder  # "the President of the Republic, Emmanuel Macron," then "The President of the Republic said"
        mentions = doc.mentions_within(doc.tokens[first].start, doc.tokens[last].end)
        head = 2 if words[1:2] == ["sub"] else 1  # "the sub-prefecture of Dunkirk"
        bodies_of = len(words) >= 3 + head and words[0] == "the" and words[head] in BODIES_OF
        if not mentions and bodies_of and words[head + 1] == "of":
            return self._as_written(first, last)  # "the Council of the EU": the body, whoever it belongs to
        for mention in mentions:
            if mention.last == last and self._post_at(first, mention.first):
                return self._as_written(first, last)  # "Kuwait's Permanent Representative to the United Nations"
            if mention.last == last and (other := self._namesake(mention)) is not None:
                return other  # "Mr Harris said", after "Minister for Defence Simon Harris": not the registry's Harris
            if mention.last == last and self._former_office(first, mention):
                continue  # "the former Dutch prime minister": someone who once held the office, not its holder
            if mention.last == last and mention.first > first and doc.tokens[mention.first - 1].lower in SECOND_OFFICES:
                return self._as_written(first, last)  # "The Deputy Foreign Minister of Iran": not the minister
            if mention.last == last and self._local_body(first, mention):
                return self._as_written(first, last)  # "The district administration said": not the national one
            if mention.last == last and (
                self._named_body(first, mention) or self._other_body_before(first, mention, position)
            ):
                # "the White Helmets Commission", and "the Commission" after it: not the registry's "the Commission"
                return self._as_written(first, last)
            if mention.last == last:
                actor = self.discourse.choose(mention.refs, position)
                if self._other_country(first, mention.first, actor):
                    return self._as_written(first, last)  # "Pakistan's Foreign Office" is not Britain's
                dateline = self._dateline_country()
                if actor.kind == "government" and actor.country and dateline and dateline != actor.country:
                    named = {token.lower for token in doc.tokens[mention.first : mention.last + 1]}
                    if words[0] == "the" and mention.first > first and named <= GENERIC_OFFICES:
                        # "ISLAMABAD: … the Foreign Office said": the dateline's country's, not the directory's
                        names = country_names(dateline)[0]
                        return Speaker(f"Government of {_bare_place(names[0])}", None, "government", "", dateline)
                if words[-2:-1] and words[-2] in KIN and (relative := self._relative(last)) is not None:
                    return relative
                if self._body_of(first, mention.first):
                    return self._as_written(first, last)  # "the Council of the EU" is a body of the EU, not the EU
                return Speaker.of(actor)
        content = [word for word in words if word not in DETERMINERS | FORMER]  # "the former Djiboutian minister"
        country = DEMONYM_COUNTRY.get(content[0]) if content else None
        roles = content[1:] if country else content
        if roles and all(word in ROLE_WORDS or word in INSTITUTION_WORDS for word in roles):
            # "the former Dutch prime minister": someone who once held the office, never its current holder
            former = bool(FORMER & set(words))
            found = None
            if not former and words[0] == "the" and roles[-1] in ROLE_WORDS:
                # "the foreign minister", after another speaker's paragraph: the one the article titled so
                found = self._introduced_as(roles, position, country)
                # "The Lithuanian Foreign Minister received …", then "the Minister said": the unnamed holder
                found = self._described_before(roles, position, country) or found
            found = found or self.discourse.role(roles, position, country, former=former)
            if found is not None and words[1:] in (["ministry"], ["embassy"], ["government"]) and tokens[1].capitalised:
                # a release's "The Ministry states …" after its own "The Ministry of Foreign Affairs of X …": that
                # body, not another country's ministry the text names in passing ("the Russian Ministry of Defence");
                # "The Government considers that …" after "The Government of Maldives strongly condemns …"
                found = self._body_opened_before(tokens[1].raw, position) or found
            if found is None and words[0] == "the" and roles[-1] in ROLE_WORDS:
                found = self._titled_earlier(first, last, position)
            if found is None and words[0] == "the" and roles[-1] in ROLE_WORDS:
                # "the minister", after a minister's words; a former one may now hold an office elsewhere
                found = self._recent_person(position, None if former else country, roles[-1])
                office = len(roles) >= 2 and all(token.capitalised for token in tokens[1:])
                if found is not None and office and roles[-1] not in found.title.lower().split():
                    found = None  # "the Chief Cabinet Secretary said", after a skipper's words: an office, not him
                titled = found is not None and found.title and all(token.capitalised for token in tokens[1:])
                if titled and roles[-1] not in found.title.lower().split():
                    # "The Mayor said", after the words of "Ana Ruiz, president of the club": an office, not her
                    return self._as_written(first, last)
            if found is None and len(words) == 2 and words[0] == "the" and tokens[1].capitalised:
                found = self._body_opened_before(tokens[1].raw, position)  # a release's "The Ministry recalls"
            if found is None and len(words) == 2 and words[0] == "the" and words[1] in {"ministry", "embassy"}:
                found = self._body_ending_before(words[1], position)  # "a communiqué from the Foreign Ministry"
            if found is None and words in (["the", "army"], ["the", "military"]):
                return self._army_spoken_of(first, last)  # "In a statement, the army said"
            if found is None and words[0] == "the" and content in ([w] for w in LOCAL_OFFICES):
                # regional copy's "the mayor told reporters", its holder never named: the office speaks
                return Speaker(words[1], None, "person", words[1], country)
            if found is not None or len(content) < 2:
                return found
            unnamed = words[0] in {"a", "an"} and country and len(roles) >= 2 and roles[-1] in SPOKES_NOUNS
            if unnamed and roles[-2] in INSTITUTION_WORDS and (body := self._as_written(first, last - 1)) is not None:
                return body  # "An Israeli military spokesperson said": the military speaks through someone unnamed
            if words[0] in {"a", "an"} and len(roles) == 2 and roles[0] in INSTITUTION_WORDS:
                body = self.discourse.last_institution(position)
                if body is not None and roles[0] in body.name.lower().split():
                    return body  # "The Chinese embassy in Canberra said …" then "an embassy spokesperson said"
            return self._as_written(first, last)  # "a department spokesperson"
        if len(words) == 2 and words[0] == "the" and tokens[1].raw.islower() and not mentions:
            known = GROUP_NOUNS | BODY_NOUNS | BODY_WORDS | DOCUMENTS | NOT_SPEAKERS
            inverted = re.search(
                r"[,!?…][\"”’']\s*[a-z]+\s+$", doc.text[max(0, tokens[0].start - 40) : tokens[0].start]
            )
            epithet = inverted and words[1] not in known | PERSON_NOUNS | SPOKES_NOUNS | ROLE_WORDS
            # '"The people are tired," said the prelate.' after "The Catholic bishop of Pemba, António Juliasse,
            # warned …": a noun of the press's own for the person just named
            if epithet and (found := self.discourse.recent_person(position, within=400)) is not None:
                return found
            if (found := self._described_by(words[1], position)) is not None:
                return found  # "said economist Dr. Ana Ruiz …", then "the economist explained": the one so described
        unnamed = all(not t.capitalised or t.raw.isupper() or is_demonym(t.raw) for t in tokens)  # "UN rights chief"
        introduced = words[0] in {"a", "an"}  # "A Dutch official said": someone new, not "Brussels officials" again
        titled = (words[0] in {"the", "this"} or unnamed) and not introduced
        if titled and content and content[-1] in ROLE_WORDS | PERSON_NOUNS | GENERIC_HOLDERS:
            # "the External Affairs Minister", "the agency chief": someone the article introduced with that title
            owner = next((i for i in range(2, len(words) - 1) if words[i] == "s" and tokens[i - 1].capitalised), None)
            owned = owner is not None and words[-1] in SPOKES_NOUNS and not tokens[owner - 1].raw.isupper()
            owned = owned and doc.gap(first + owner - 1, first + owner) in ("'", "’")
            if owned and not country_in(words[1:owner]) and not is_demonym(tokens[owner - 1].raw):
                # "The Opposition's foreign affairs spokesperson": someone unnamed speaking for the body the
                # possessive names, not a person introduced with a like title
                return self._as_written(first, last)
            found = None
            if words[0] == "the" and "s" not in words:
                found = self._introduced_as(roles, position, country)  # "the personal envoy", "the UN envoy"
                # "the regional presidential delegate said …", then "the official said": the one described
                found = self._described_before(roles, position, country) or found
                if found is None and country and roles[-1] == "diplomat":
                    # "the Ambassador of the State of Ruritania to Togo" introduced, then "the Ruritanian diplomat
                    # said": that country's envoy, unnamed
                    found = next(filter(None, (self._described_before([o], position, country) for o in ENVOYS)), None)
            found = found or self.discourse.role([word for word in roles if word != "s"], position, country)
            # "the Algerian diplomat": the person just quoted; opening a sentence too when the adjective names one
            # country ("The Iranian diplomat added"), not "The federal minister", "The group's spokesman" or "The
            # Korean diplomat"; and "the ferry's captain" is the captain of something, not the person just quoted,
            # while "the country's prime minister" is the one the article goes on with
            epithet = all(not t.capitalised or is_demonym(t.raw) for t in tokens[1:])
            opening = epithet and country is not None and "s" not in words
            owner = words[words.index("s") - 1] if "s" in words[2:] else None
            unowned = owner is None or owner in POLITIES
            if found is None and unowned and words[0] == "the" and (epithet if tokens[0].raw == "the" else opening):
                found = self._recent_person(position, country, roles[-1])
            party = [t for t in tokens[1:-1] if t.capitalised and not is_demonym(t.raw)]
            if any(word in BODY_WORDS for word in words[1:-1]):
                party = []  # "The Ministry of Defense": a body named by its portfolio, not a party member's role
            if party and party[0].lower in ("lord", "lady"):
                party = []  # "The Lord Mayor", "the Lord Provost": a civic office, not a party named "Lord"
            if found is not None and self._demonym_elsewhere(tokens, found):
                found = None  # "The Ghanaian minister said", after Iran's deputy minister spoke: not him
            if found is None and words[0] == "the" and len(party) == 1 and self._party_name(party[0], position):
                # "the CDU politician", "The SPD lawmaker": the person the article is talking about, as "he" would be
                found = self.discourse.pronoun("he", position)
            if found is not None:
                return found
        if (member := self._party_member(tokens, words, position)) is not None:
            return member  # "The Social Democrat said": the person the article is talking about, not a name
        if words[-1] in SPOKES_HEADS and "s" in words[:-1] and not mentions:
            owner_last = first + len(words) - 1 - words[::-1].index("s") - 1  # "Netanyahu's office" → Netanyahu
            owner = self._trailing_name(first, owner_last) if owner_last >= first else None
            if owner is not None and owner.is_person and " " in owner.name:
                self.discourse.offices.add(owner.key)  # "…, according to Mr Kiir's office. It said": the office
                return owner
        name = self._trailing_name(first, last)
        if name is not None:
            return name
        between = [token.lower for token in doc.tokens[mentions[-1].last + 1 : last]] if mentions else None
        if mentions and words[-1] in SPOKES_HEADS and between in ([], ["s"]):
            # "Netanyahu's office", "the Kremlin press service"; not "the EU Ombudsman Office", a body of its own
            owner = Speaker.of(self.discourse.choose(mentions[-1].refs, position))
            country = country_in([token.lower for token in doc.tokens[first : mentions[-1].first]])
            if country and owner.country and country != owner.country:
                return self._as_written(first, last)  # "Pakistan's Foreign Office spokesperson": not Britain's
            if owner.is_person:
                self.discourse.offices.add(owner.key)  # "Netanyahu's office said …. It said": the office again
            return owner
        # "…, according to figures cited by the International Energy Agency", then "the agency said"; not when the
        # clause opens with a body's name of its own ("The Red Crescent has received …, the organisation said")
        referring = len(words) == 2 and words[0] == "the" and words[1] in BODY_NOUNS
        referring = referring and not OPENING_BODY.match(doc.masked, self._sentence_start(position))
        body = self._body_ending_before(words[1], position, whole=True) if referring else None
        if body is not None and not is_carrier(body):
            return body
        kind = len(words) == 3 and words[0] == "the" and tokens[1].raw.islower() and words[2] in COMPANY_NOUNS
        if kind and (company := self._company_of_kind(words[1], words[2], position)) is not None:
            return company  # "…, according to figures released by the ferry company": the one the article named
        return self._as_written(first, last)

    def _described(self, tokens, words):
        """'An adviser to army chief Paulo Mendes', 'officials at the crossing', 'several members of the National
        Assembly', 'the Brazilian consul in Lisbon': an unnamed person or group, then whom they serve, belong to or
        where they are; the whole phrase names the speaker, not what the preposition names."""
        index = next((i for i, word in enumerate(words) if word in DESCRIBED_HEADS), None)
        if index is None or index + 2 >= len(words) or words[index + 1] not in ("of", "to", "at", "in", "on", "from"):
            return None
        head = tokens[index]
        if not (head.raw.islower() or (index == 0 and head.raw.istitle() and words[index] in DESCRIBED_GROUPS)):
            return None  # "The Governor of the Central Bank", "Member of Parliament X": titles, which rules below read
        named = any(token.capitalised and not is_demonym(token.raw) for token in tokens[index + 2 :])
        if named and words[index] in SPEAKING_FOR:
            return None  # "officials of the state Fisheries Department said": the department's word, read below
        if named and words[index + 1] == "of" and words[index] not in OFFICES:
            # "a member of the Senate", "Residents of Kibbutz Nir Oz": the body or the community speaks, as rules
            # below read; an office "of" a place or body is the person's ("the governor of Alto Verde")
            return None
        if words[index + 1] == "to" and words[index] not in ADVISERS:
            return None
        before = words[:index]
        opening = {"a", "an", "the", "one", "another", "several", "some", "many", "more", "than", "senior", "local"}
        opening |= POSSESSIVES  # "Her colleagues at the hospital", "His brother in Lisbon"
        if not all(
            word in opening | DETERMINERS or word.isdigit() or is_demonym(token.raw) or token.raw.islower()
            for word, token in zip(before, tokens[:index], strict=True)
        ):
            return None  # "Kenya's consul in Lisbon", "UN officials at …": the names before it, as rules below read
        start = 0
        while start < index and words[start] in DETERMINERS | {"one", "another", "several", "some", "many"}:
            start += 1
        name = self.doc.text[tokens[start].start : tokens[-1].end]
        body = index + 2 + (words[index + 2] == "the")
        if words[index + 1] == "from" and body < len(words) and all(token.capitalised for token in tokens[body:]):
            # "An expert from the Lusitanian Water Board": the board's expert, "Lusitanian Water Board expert"
            head = self.doc.text[tokens[start].start : tokens[index].end]
            name = f"{self.doc.text[tokens[body].start : tokens[-1].end]} {head}"
        group = words[index] in DESCRIBED_GROUPS
        return Speaker(name, None, "group" if group else "person", "", country_in(words))

    def _portfolios_and_role(self, first, last, words, position):
        """'Trade and Industry Minister X', 'the Agriculture and Fisheries Minister X': portfolios joined by "and"
        before a role word and a name are the person's title, not a list of speakers."""
        conjunction = words.index("and")
        left, right = words[:conjunction], words[conjunction + 1 :]
        role = next((i for i, word in enumerate(right) if word in ROLE_WORDS), None)
        content = [word for word in left if word not in DETERMINERS]
        if not content or role is None or role + 1 >= len(right) or not self.capitalised(last):
            return None
        if not all(is_portfolio(word) for word in content):
            return None  # "Water Resources and Irrigation Minister X", not "Putin and Foreign Minister Y"
        found = self.speaker(first + conjunction + 1, last, position)
        return found if found is not None and found.is_person else None

    def _party_with_and_member(self, first, last, words, position):
        """'Law and Order leader Ana Ruiz': capitalised words no one is known by, joined by "and", then a lower-case
        role and a name, are a party's name before its member, not two speakers."""
        conjunction = words.index("and")
        tokens = self.doc.tokens[first : last + 1]
        role = next((i for i in range(conjunction + 2, len(words) - 1) if tokens[i].raw in ROLE_WORDS), 0)
        if role != conjunction + 2 or conjunction != 1 or not self.capitalised(last):
            return None  # one word each side: "Law and Justice", not "Vladimir Putin and Labour leader …"
        party = tokens[:conjunction] + tokens[conjunction + 1 : role]
        if not all(token.capitalised and self._party_name(token, position) for token in party):
            return None
        found = self.speaker(first + role + 1, last, position)
        return found if found is not None and found.is_person and " " in found.name else None

    def _spelt_by_acronym(self, first, last):
        """A name whose capitalised words' initials the bracketed acronym after it spells is a body's name, whole:
        no person is named at its end ("… Kanak et Socialiste (FLNKS)", "… du Sud (MLS)")."""
        tokens = self.doc.tokens
        acronym = ACRONYM_AFTER.match(self.doc.text, tokens[last].end)
        if acronym is None or last - first < 2:
            return self._body_after_acronym(first, last)
        named = [t for t in tokens[first : last + 1] if t.capitalised and t.lower not in DETERMINERS]
        if "".join(token.raw[0] for token in named).upper() != acronym.group("acronym"):
            # "The Israeli Coordinator of Government Activities in the Territories (COGAT)": the acronym spells the
            # name from "Coordinator", its "of" and all; the name is the body's, not "Territories"
            spelt = spelt_from(acronym.group("acronym"), tokens[first : last + 1])
            before = tokens[first : first + spelt] if spelt is not None else []
            if spelt is None or last - first - spelt < 2 or not all(token.capitalised for token in before):
                return None  # not "the Ministry of Health of the … Government of National Unity (GNU)": the owner's
            mentions = self.doc.mentions_within(tokens[first].start, tokens[last].end)
            if any(mention.last == last for mention in mentions):
                return None  # a body the directory knows by this name
            actor = self._fuzzy_actor(acronym.group("acronym"))
            return Speaker.of(actor) if actor is not None else self._as_written(first, last, BODY_NAME_LONGEST)
        actor = self._fuzzy_actor(acronym.group("acronym"))
        return Speaker.of(actor) if actor is not None else self._as_written(first, last)

    def _body_after_acronym(self, first, last):
        """ "Korea's People's Army (KPA) General Staff": a body's capitalised name after the bracketed acronym of the
        name it belongs to, which the acronym spells; the whole name speaks, without the brackets."""
        tokens, text = self.doc.tokens, self.doc.text
        inner = next(
            (
                k
                for k in range(first + 1, last)
                if (acronym := ACRONYM_AFTER.match(text, tokens[k - 1].end))
                and acronym.group("acronym") == tokens[k].raw
            ),
            None,
        )
        if inner is None or last - inner > 3 or tokens[last].lower not in BODY_WORDS:
            return None  # "Ministry of External Affairs (MEA) Spokesperson X": a person after the acronym
        if not all(token.capitalised and token.lower not in ROLE_WORDS for token in tokens[inner + 1 : last + 1]):
            return None
        spelt = spelt_from(tokens[inner].raw, tokens[first:inner])
        if spelt is None:
            return None
        owner = text[tokens[first + spelt].start : tokens[inner - 1].end]
        name = f"{owner} {text[tokens[inner + 1].start : tokens[last].end]}"
        actor = self._fuzzy_actor(name)
        words = [token.lower for token in tokens[first : last + 1]]
        return Speaker.of(actor) if actor is not None else Speaker(name, None, "other", "", country_in(words))

    def _described_by(self, noun, position):
        """The person who spoke after the article put `noun` in small letters before their name ("economist Dr. Ana
        Ruiz", "the analyst Jan Berg"), for "the economist" later; None when no one so described has spoken."""
        before = self.doc.text[max(0, position - 3000) : position]
        name = r"(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
        described = [match.group(1) for match in re.finditer(rf"\b{re.escape(noun)}\s+{name}", before)]
        if not described:
            return None
        return self.discourse.last_speaker(position, lambda s: s.is_person and s.name in described[-1])

    def _author_of_statement(self, position):
        """'X said in a statement that …. "…," the statement said.': the last speaker, when they spoke in a
        statement since; else the body that issued one shortly before ("A spokesperson for the Foreign Ministry
        issued a press statement …. The press statement said that …"); else nobody (a document is no speaker)."""
        doc = self.doc
        sources = list(DOCUMENT_SOURCE.finditer(doc.text, max(0, position - 600), position))
        tokens = doc.tokens_between(sources[-1].start("who"), sources[-1].end("who")) if sources else []
        if tokens and (source := self.speaker(tokens[0], tokens[-1], position)) is not None:
            return source  # "…, according to a readout from the presidential office. …, the readout said"
        events = [(pos, speaker) for pos, speaker in self.discourse.events if pos < position]
        issued = None
        for match in STATEMENT_ISSUED.finditer(doc.text, max(0, position - 600), position):
            issued = match
        if issued is not None and (not events or events[-1][0] < issued.start()):
            return self._issuer(issued.start(), position)  # nobody has spoken since the statement was issued
        if not events or position - events[-1][0] > 600:
            return None
        spoke_at, speaker = events[-1]
        for earlier, known in reversed(events):
            if known.key != speaker.key or spoke_at - earlier > 600:
                break
            spoke_at = earlier  # "In a statement on Tuesday, the Ministry said …. The Ministry called on …": the first
        # from the start of the sentence that speaker spoke in: "In a statement on Wednesday, the ministry said"
        opened = self._sentence_start(spoke_at)
        named = speaker.slug or speaker.name[:1].isupper()  # a body's name, not words as written ("ceasefire")
        return speaker if named and STATEMENT_GIVEN.search(doc.text, opened, position) else None

    def _sentence_start(self, position):
        """Where the sentence holding `position` begins."""
        if not hasattr(self, "_sentence_starts"):
            self._sentence_starts = [sentence.start for sentence in self.doc.sentences]
        index = bisect.bisect_right(self._sentence_starts, position)
        return self._sentence_starts[index - 1] if index else 0

    def _owner_of_statement(self, position):
        """The person whose statement the sentence before `position` opened with ("Kim Yo Jong's statement, carried
        by KCNA, said …"), when they spoke in it: whom "It said" after it means."""
        doc = self.doc
        spoke_at = bisect.bisect_left(self.discourse.positions, position)
        if not spoke_at:
            return None
        spoke_at, speaker = self.discourse.events[spoke_at - 1]
        opened = self._sentence_start(spoke_at)
        if not speaker.is_person or position - spoke_at > 600 or doc.text.count(".", spoke_at, position) > 3:
            return None
        return speaker if OWNED_OPENING.match(doc.text, opened) else None

    def _issuer(self, issued_at, position):
        """Who issued the statement whose verb stands at `issued_at`: the words that open its sentence."""
        doc = self.doc
        opened = self._sentence_start(issued_at)
        opening = doc.tokens[doc.token_at(opened)].lower
        comma = doc.text.find(",", opened, issued_at)
        if comma != -1 and (opening.endswith("ing") or opening in ("in", "on", "at", "after", "during")):
            opened = comma + 1  # "Meeting in Niamey on Monday, the ministers adopted a communiqué": the ministers
        first, last = doc.token_at(opened), doc.token_at(issued_at) - 1
        bracketed = last - 2 > first and doc.text[doc.tokens[last].end : issued_at].strip() == ")"
        if bracketed and "(" in doc.gap(last - 1, last):
            last -= 1  # "The Community of … States (CELAC) issued": the name, not its acronym
        return self.speaker(first, last, position) if 0 <= last - first <= 12 else None

    def _apposed_holder(self, first, last, words):
        """The person the article names once after this very title and a comma ("the President of the Republic,
        Emmanuel Macron,"), before or after: a readout's "The President of the Republic said" is that person, not
        the last capitalised word of the title."""
        if len(words) < 4 or words[0] != "the" or words[1] not in ROLE_NOUNS or "of" not in words[2:-1]:
            return None
        doc = self.doc
        title = re.escape(doc.text[doc.tokens[first + 1].start : doc.tokens[last].end]).replace(r"\ ", r"\s+")
        if not re.search(rf"\b{title},", doc.text):
            return None  # the title never stands before a comma: no name in apposition to look for
        for match in re.finditer(rf"\b[Tt]he\s+{title},\s+", doc.text):
            if match.start() == doc.tokens[first].start:
                continue
            index = doc.token_at(match.end())
            end = index
            while end + 1 < len(doc.tokens) and self._name_continues(end):
                end += 1
            found = self.speaker(index, end) if end > index and doc.tokens[index].capitalised else None
            if found is not None and found.is_person and " " in found.name:
                return found
        for match in re.finditer(rf"\w,\s+{title}[,.]", doc.text):
            # the title after the name: "Prince Faisal bin Farhan bin Abdullah, Minister of Foreign Affairs, chaired"
            end = doc.token_at(match.start() + 1) - 1
            start = end
            while start > 0 and start > end - 8 and self._name_continues(start - 1):
                if doc.tokens[start - 1].lower in STYLES:
                    break  # "His Highness Prince Faisal …": the name after the style
                start -= 1
            found = self.speaker(start, end) if end > start and doc.tokens[end].capitalised else None
            if found is not None and found.is_person and " " in found.name:
                return found
        return None

    def _titled_earlier(self, first, last, position):
        """'the remarks made by Prime Minister Ama Lenn …', then 'the Prime Minister asserted': the person the
        article named with this very title before, where no subject stood, when the directory lacks them."""
        doc = self.doc
        title = re.escape(doc.text[doc.tokens[first + 1].start : doc.tokens[last].end]).replace(r"\ ", r"\s+")
        for match in reversed(list(re.finditer(rf"\b{title}\s+(?=[A-Z])", doc.text[:position], re.IGNORECASE))):
            index, opening = doc.token_at(match.end()), doc.token_at(match.start())
            longer = opening and doc.tokens[opening - 1].capitalised and doc.gap(opening - 1, opening) == " "
            if doc.paragraph_of(match.start()) == 0 or longer:
                continue  # a headline's words, or part of a longer title ("Deputy Foreign Minister")
            end = index
            while end + 1 < len(doc.tokens) and doc.tokens[end + 1].start < position and self._name_continues(end):
                end += 1
            if end == index or not doc.tokens[index].capitalised:
                continue
            found = self.speaker(opening, end)
            if found is not None and found.is_person and " " in found.name:
                return found
        return None

    def _name_continues(self, index):
        tokens = self.doc.tokens
        following = tokens[index + 1]
        gap = self.doc.text[tokens[index].end : following.start]
        return gap in (" ", "-", "\u00a0") and (following.capitalised or following.lower in PARTICLES)

    def _army_spoken_of(self, first, last):
        """'the army said', no army named before: the forces that spoke just before, else those of the country the
        sentence or the one before names last ("Indonesia is sending troops …, the military said": the Indonesian
        military), else as written."""
        doc = self.doc
        body = self.discourse.last_institution(doc.tokens[first].start)
        if body is not None and {"army", "military", "forces", "idf"} & set(normalize_name(body.name).split()):
            return body  # "The IDF said …. The military said": the forces just heard
        opening = next((i for i, s in enumerate(doc.sentences) if s.start <= doc.tokens[first].start < s.end), 0)
        start = doc.sentences[max(0, opening - 1)].start if doc.sentences else 0
        for index in reversed(doc.tokens_between(start, doc.tokens[first].start)):
            token = doc.tokens[index]
            code = DEMONYM_COUNTRY.get(token.lower) or (token.capitalised and COUNTRY_NAME.get(token.norm))
            if code and COUNTRIES[code][1]:
                return Speaker(f"{COUNTRIES[code][1][0]} {doc.tokens[last].lower}", None, "other", "", code)
        return self._as_written(first, last)

    def _namesake(self, mention):
        """The article's own person for a surname alone that the directory knows only as another's: the full name
        the article gave earlier, when no one in the directory bears it."""
        word = self.doc.tokens[mention.last].norm
        # the family name first, as Korean and Chinese copy writes it: "Kim" is the directory's Kim Jong Un's too
        if mention.first != mention.last or not all(
            ref.actor.is_person and _first_or_last(normalize_name(ref.actor.name).split(), word) for ref in mention.refs
        ):
            return None  # only a surname alone, whether the directory derives it or an editor gave it as an alias
        earlier = self._earlier_titled_full_name(mention.last) or self._earlier_full_name(mention.last)
        full = self._cased(earlier or "")
        if not full or " " not in full or self._fuzzy_actor(full) is not None:
            return None
        parts = normalize_name(full).split()
        actors = {ref.actor.slug for ref in mention.refs}
        if parts[0] == word:  # "Kim Dong-yeon", then "Governor Kim": the given name follows the family name
            if any(normalize_name(ref.actor.name).split()[1:2] == parts[1:2] for ref in mention.refs):
                return None
        elif any(normalize_name(ref.actor.name).startswith(parts[-2][:3]) for ref in mention.refs):
            return None  # "Yury Ushakov": the directory's Yuri Ushakov, spelt another way
        written = [m for m in self.doc.mentions if m.start < mention.start and m.last > m.first]
        if any(m.refs[0].actor.slug in actors for m in written):
            return None  # "Kaja Kallas" written in full before: "Kallas" is still hers, after "Siim Kallas"
        known = [*self.discourse.events, *self.discourse.introduced]
        if not any(pos < mention.start and speaker.name == full for pos, speaker in known):
            return None  # the article's person spoke or was introduced by that name ("Once Trump" is no one)
        return self.discourse.known(Speaker(full, None, "person"))

    def _earlier_titled_full_name(self, index):
        """'Governor Kim', after "Gyeonggi Governor Kim Dong-yeon" and "Paju Mayor Kim Kyung-il": the full name the
        article gave last with the same title before it, when several of its people share the surname."""
        tokens = self.doc.tokens
        if index == 0 or not (is_title_word(tokens[index - 1]) or tokens[index - 1].lower in ROLE_WORDS):
            return None
        title = tokens[index - 1].lower
        for i in range(index - 1, max(-1, index - 3000), -1):
            if tokens[i].norm == tokens[index].norm and i > 0 and tokens[i - 1].lower == title and i != index:
                name = self._full_name_at(i)
                if name is not None:
                    return name
        return None

    def _introduced_privately(self, person, role, position):
        """The person was introduced by an age or a description with "a" that is not the role: a private person."""
        for match in re.finditer(re.escape(person.name), self.doc.text[:position]):
            apposition = PRIVATE_APPOSITION.match(self.doc.text, match.end())
            if apposition is not None:
                return role not in (apposition.group("what") or "").split()
        return False

    def _relative(self, last):
        """'The elder Kallas' after 'Her father, Siim Kallas': the relative the article named, not the actor
        whose surname he shares."""
        full = self._earlier_full_name(last)
        if full is None or self._fuzzy_actor(full) is not None:
            return None
        return self.discourse.known(Speaker(full, None, "person"))

    def _recent_person(self, position, country, role):
        """The person just quoted, for "the minister" or "the Algerian diplomat": not one introduced as a private
        person ("the Venezuelan foreign minister" after "Ana Ruiz, 38, a surgeon")."""
        person = self.discourse.recent_person(position)
        if person is None or not self.discourse.country_fits(person, country):
            return None
        return None if self._introduced_privately(person, role, position) else person

    def _answerer(self, position):
        """Who a written answer's header says answered it ("Answered by: Minister of State (Development), Foreign,
        Commonwealth and Development Office"), when the words come after that header."""
        match = ANSWERED_BY_LINE.search(self.doc.masked, 0, position)
        if match is None:
            return None
        tokens = self.doc.tokens_between(match.start("who"), match.end("who"))
        found = self.speaker(tokens[0], tokens[-1], position) if tokens else None
        if found is not None and found.slug is not None:
            return found  # a minister the directory knows
        return Speaker(match.group("who"), None, "person", match.group("who"))

    def _subject_before_which(self, position):
        """The body opening this sentence, when "it" follows "which," ("The army's delegation objected to a line
        …, which, it said, would …"): the thing "which" stands for says nothing, the subject does."""
        doc = self.doc
        if not WHICH_BEFORE.search(doc.text, max(0, position - 12), position):
            return None
        first = doc.token_at(self._sentence_start(position))
        for at in range(first + 1, min(first + 7, len(doc.tokens))):
            token = doc.tokens[at]
            if token.raw.islower() and (token.lower.endswith("ed") or token.lower in VERB_FORMS):
                found = self.speaker(first, at - 1, position)
                return found if found is not None and not found.is_person else None
        return None

    def _body_opening_sentence_before(self, position):
        """The body whose name opens the sentence before, in the same paragraph, then a verb in lower case:
        "Georgia's Foreign Ministry reacted sharply." (a reaction, no statement yet)."""
        doc = self.doc
        opened = self._sentence_start(position)
        index = bisect.bisect_left(self._sentence_starts, opened)
        if index < 1 or doc.paragraph_of(doc.sentences[index - 1].start) != doc.paragraph_of(position):
            return None
        before = doc.sentences[index - 1]
        tokens = doc.tokens
        for at in range(before.first, min(before.first + 6, before.last - 1)):
            token = tokens[at]
            if not (token.capitalised or token.lower in {"s", "the"}):
                return None
            if (
                token.lower in ORGANISATION_WORDS
                and tokens[at + 1].raw.islower()
                and tokens[at + 1].lower not in BODY_OF
            ):
                found = self.speaker(before.first, at, position)
                return found if found is not None and not found.is_person else None
        return None

    def _person_of(self, first, words, position):
        """'Archbishop Andrew Nkea of Bamenda', 'analyst Ulf Laessing of the Konrad Adenauer Foundation': a titled
        person's name, then the place or the body the person belongs to; the person speaks. "From" as "of": "analyst
        Jana Novak from the Institute of International Relations"."""
        index = next((i for i in range(2, len(words) - 1) if words[i] in ("of", "from")), None)
        if index is None:
            return None
        tokens = self.doc.tokens[first : first + len(words)]
        name = tokens[index - 2 : index]
        if not all(
            token.capitalised and token.lower not in BEFORE_A_NAME and token.norm not in PLACES for token in name
        ):
            return None
        # "Mary Akech of the Norwegian Refugee Council": a name alone, then the body the person works for
        # "… of the Finnish Institute of International Affairs": the body's head stands before its own "of"
        # "… of the Vienna Centre for Danube Studies": so does its "for"
        body = words[index + 2 :]
        # "… of the Geneva Centre for Caucasus Studies": the head before a "for" too
        cut = next((i for i, word in enumerate(body) if word in ("of", "for")), len(body))
        head = body[:cut]
        member = words[index + 1] == "the" and bool(head) and head[-1] in ORGANISATION_WORDS | RESEARCH_BODIES
        lead = int(_profession(words[0]))  # "Researcher Anna Virtanen", "Sinologist Eva Novak", at a sentence's start
        hyphened = self.doc.gap(first + index - 2, first + index - 1) == "-"  # "Charlotte Salonius-Berg"
        member = member and index - lead - hyphened == 2
        member = member and not any(token.lower in BODY_WORDS for token in name)
        # "South Korea's Joint Chiefs of Staff": an owner's possessive describes no one
        described = [token for token in tokens[: index - 2] if token.lower not in DETERMINERS and token.lower != "s"]
        # "said Yifat Shalev of Kibbutz Nir Oz, whose …": a bare name after an inverted "said", then where the person
        # lives; the person speaks, not the place
        inverted = index == 2 and not member and self._after_inverted_verb(first)
        inverted = inverted and not any(token.lower in BODY_WORDS for token in name)
        titled = any(token.lower in BEFORE_A_NAME or token.raw.islower() for token in described)
        # "Litia Vakacegu of Nausori, whose daughter …, says": a bare name, its town, and a relative clause on the
        # person; not "the Islamic Republic of Iran, whose …", a country
        town = index == 2 and len(words) == 4 and tokens[3].capitalised and not country_in(words)
        town = town and RELATIVE_AFTER.match(self.doc.text, tokens[-1].end) is not None
        inverted = inverted or town
        if not member and not titled and not inverted:
            return None  # "John Smith of Reuters", "the Bank of …": no title before the name
        if not (tokens[index + 1].capitalised or words[index + 1] == "the"):
            return None
        # the person's name, not "Researcher Anna Virtanen"
        found = self.speaker(first + (member and lead), first + index - 1, position)
        return found if found is not None and found.is_person and " " in found.name else None

    def _after_inverted_verb(self, first):
        """Token `first` follows a quotation closed by a comma and an inverted verb: '"…," said X'."""
        before = self.doc.text[max(0, self.doc.tokens[first].start - 40) : self.doc.tokens[first].start]
        return re.search(r"[,!?…][\"”’»']\s*(?:said|says|added)\s+$", before) is not None

    def _locative(self, first, words):
        """Index of "in" in "embassy in London", "the US ambassador in Kyiv": a place after a body or a role."""
        for index in range(1, len(words) - 1):
            place = self.doc.tokens[first + index + 1]
            placed = is_located(words[index - 1], words[index - 2] if index >= 2 else "")
            placed = placed or (words[index] == "in" and words[index - 1] in PLACED_GROUPS)
            placed = placed or self._located_body_of(first, index)  # "the Delegation of the European Union in BiH"
            if words[index] in ("in", "at") and placed and place.capitalised:
                return index
        return None

    def _located_body_of(self, first, index):
        """Token first + index ("in", "at") follows a located body's name with its owner: "Delegation of the
        European Union", "Mission of Norway"; the place after it is where the body sits."""
        tokens = self.doc.tokens
        for head in range(index - 2, -1, -1):
            token = tokens[first + head]
            if token.lower in LOCATED and tokens[first + head + 1].lower == "of":
                between = range(first + head + 2, first + index)
                # "the Embassy of the People's Republic of China in Fiji": a country's long name, "of"s and all
                owner = [tokens[i] for i in between if not self._possessive(i)]
                return (
                    bool(owner) and owner[-1].capitalised and all(t.capitalised or t.lower in NAME_JOINS for t in owner)
                )
            if not (token.capitalised or token.lower in ("of", "the") or self._possessive(first + head)):
                return False
        return False

    def _possessive(self, i):
        """Token i is the "s" of a capitalised name's possessive: "the People's Republic"."""
        tokens = self.doc.tokens
        return i > 0 and tokens[i].lower == "s" and tokens[i - 1].capitalised and self.doc.gap(i - 1, i) in ("'", "’")

    def _group_heard_before(self, position, within=600):
        """The armed group, movement or party that spoke last, shortly before `position` (not a person, a government
        or an office of state)."""

        def group(speaker):  # "The Houthis": a name no person goes by, though the article never said what it is
            return speaker.kind != "government" and (not speaker.is_person or speaker.name.startswith("The "))

        found = self.discourse.last_speaker(position, group)
        if found is None or found.slug is not None:
            return None
        heard = [pos for pos, speaker in self.discourse.events if speaker == found]
        return found if heard and heard[-1] >= position - within else None

    def _party_member(self, tokens, words, position):
        """'the Social Democrat', 'the German Social Democrat', 'the Republican': a member of a party, capitalised
        as its name is, standing for the person just named (as "she" would), when the article has named one."""
        if words[0] != "the" or not 2 <= len(words) <= 4 or words[-1] not in PARTY_MEMBERS:
            return None
        if not all(token.capitalised for token in tokens[1:]):
            return None
        return self.discourse.recent_person(position, within=600)

    def _unnamed_spokesperson(self, first, last, words, position):
        """'A Foreign Office spokesperson', 'A U.S. embassy spokesman': someone unnamed speaking for a body the words
        before the noun name (capitalised, or an institution noun of a country), so the body is the speaker; a
        ministry no country names ("a Foreign Ministry spokesperson", "the Defence Ministry spokesperson") is no one's
        name, so the spokesperson speaks."""
        if words[0] not in {"a", "an", "the"} or words[-1] not in SPOKES_NOUNS or len(words) < 3:
            return None
        body = self.doc.tokens[first + 1 : last]
        generic = (
            all(token.lower in GENERIC_OFFICES and token.capitalised for token in body) and words[-2] == "ministry"
        )
        if words[0] == "the" and not generic:
            return None  # "the Defence Ministry spokesperson": read here too, not as a spokesperson heard before
        # "A Ministry of Defence spokesperson": a body's name with its "of" and "for" is named too
        joined = [token for token in body if token.lower not in ("of", "for", "the", "and")]
        named = body[0].capitalised and body[-1].capitalised
        named = named and all(token.capitalised or token.raw.isupper() for token in joined)
        written = self.doc.text[body[0].start : body[-1].end]
        written = re.sub(r"\b(?:[A-Z]\.){2,}", lambda m: m.group().replace(".", ""), written)  # "U.S." → "US"
        national = country_in(written.lower().split()) and words[-2] in INSTITUTION_WORDS
        bodied = any(token.lower in BODY_WORDS for token in body[:-1])
        if not (named or national) or (words[-2] in ROLE_WORDS | PERSON_NOUNS and not bodied):
            return None  # "a Kremlin deputy spokesman", not "a Ministry of Defence spokesperson"
        found = self.speaker(first + 1, last - 1, position)
        if found is None or (found.is_person and found.slug is None) or (words[0] == "the" and found.slug):
            return None
        if found.slug is None and len(body) == 1 and (full := self._body_ending_before(body[0].lower, position)):
            return full  # "The World Bank has not responded. A Bank spokesperson said": the body named in full
        if found.slug is None and generic:
            # "A Foreign Ministry spokesperson told the briefing": a ministry of no country named is no one's
            # name, so the spokesperson, as written
            return Speaker(f"{written} {words[-1]}", None, "person", "", found.country)
        if found.slug is None and found.name != written:
            return Speaker(written, None, found.kind, found.title, found.country)  # "U.S. embassy", as written
        return found

    def _spokesperson_for(self, first, words, position):
        """'a spokesperson for the embassy' → the embassy, when the article has named it."""
        for index in range(1, len(words) - 1):
            if words[index] in ("for", "of") and words[index - 1] in SPOKES_NOUNS:
                portfolio = self.doc.tokens[first + index + 1 : first + len(words)]
                if all(token.raw.islower() for token in portfolio) and words[index + 1] not in DETERMINERS:
                    return None  # "the EU spokesperson for foreign affairs": a portfolio, not a body that speaks
                found = self.speaker(first + index + 1, first + len(words) - 1, position)
                if found is not None and (found.slug or not found.is_person):
                    if words[0] in ("a", "an") and not found.is_person:
                        # "A spokesperson for Moldelectrica told …. …, she said": the one spokesperson, so the body
                        self.discourse.delegations.add(found.key)
                    return found
                return None
        return None

    def _post_at(self, first, index):
        """Token `index` opens where a post is held, after a holder's noun and "to": "Kuwait's ambassador to the
        United Nations", "the Permanent Representative of Kuwait to the AU" speak, not the body they are posted to."""
        tokens = self.doc.tokens
        at = index - 1 - (index - 1 > first and tokens[index - 1].lower == "the")
        if at - 1 < first or tokens[at].lower != "to":
            return False
        return any(token.lower in ROLE_WORDS | POSTED for token in tokens[first:at])  # "… of Kuwait to the UN"

    def _seat_of_office(self, first, start, last):
        """'Sarpanch of Chandu Chak', "Headman of Lower Dir": a post the lexicon does not know, opening the phrase,
        and the one or two capitalised words after its "of", the place (or body) it is the post of. A known title
        runs into a name ("Secretary of State Rubio") and is left to the rules for titles."""
        tokens = self.doc.tokens
        head = start - 2
        if head < first or last - start > 1 or tokens[start - 1].lower != "of" or not tokens[head].capitalised:
            return False
        local = tokens[head].lower in LOCAL_OFFICES  # "The Governor of Ouaddaï Province": a province's, no name
        if not local and tokens[head].lower in ROLE_WORDS | TITLE_WORDS | BODY_WORDS:
            return False
        if re.search(r"[^s]s$", tokens[head].lower):
            return False  # "Farmers of Kibbutz Orla": a group from the place, which speaks for it, not one post
        return head == first or (head == first + 1 and tokens[first].lower in ("the", "a", "an"))

    def _trailing_name(self, first, last):
        """'Estonian President Alar Karis' → Alar Karis: a capitalised name after any titles."""
        tokens = self.doc.tokens
        start = last
        while start - 1 >= first and (tokens[start - 1].capitalised or tokens[start - 1].lower in PARTICLES):
            gap = self.doc.text[tokens[start - 1].end : tokens[start].start]
            initial = gap in (". ", ".") and len(tokens[start - 1].raw) == 1  # "J. Austin", "M.K. Stalin"
            # an elided particle: "Sean O'Neill", "Massimo D'Alema", "Adolphe Lele L'Afrique"
            elided = gap in ("'", "’") and len(tokens[start - 1].raw) == 1 and tokens[start - 1].raw.isupper()
            if gap not in (" ", "-", "\u00a0") and not initial and not elided:
                break
            if start >= 2 and excellency(self.doc, start - 2):
                break  # "H.E. Mahmoud Ali Youssouf": not an initial "E."
            start -= 1
        while start < last and tokens[start].lower in ("a", "an"):
            start += 1  # "A UNHCR spokesperson told …": an indefinite article is no part of a name
        if last - start >= 2 and tokens[start].lower in OCCUPATIONS:
            start += 1  # "Farmer Kesaram Meghwal (52) said": a trade before a name, as a title is
        if start > first and tokens[start - 1].lower in {"of", "for"} and last - start >= 2:
            # "General Secretary of the Communist Party of Viet Nam To Lam", "President of Kazakhstan Kassym-Jomart
            # Tokayev": the place, then the name
            for size in (3, 2, 1):
                place = " ".join(token.norm for token in tokens[start : start + size])
                if start + size < last and place in PLACES:
                    start += size
                    break
        before = [token.lower for token in tokens[max(0, start - 3) : start]]
        if re.search(r"[.!?;:,\n]", self.doc.text[tokens[max(0, start - 3)].start : tokens[start].start]):
            before = []  # another sentence or clause
        joined = start > first and tokens[start - 1].lower == "and" and _portfolio_before(tokens, first, start - 1)
        if before and joined:
            before = []  # "Minister of Petroleum and Natural Gas Hardeep Singh Puri": portfolios, not a body
        # "Ministry of Unification spokesperson Koo Byoung-sam": a role word closes the title, the name follows it
        closed = start > 0 and tokens[start - 1].lower in ROLE_WORDS
        body_before = before and not tokens[start - 1].capitalised and {"of", "for"} & set(before[:-1])
        if last - start >= 2 and body_before and not closed:
            described = tokens[start - 1].lower in DESCRIBING_PARTICIPLES
            if described and self.doc.text[tokens[start - 2].end : tokens[start - 1].start] == "-":
                return None  # "chief executive of London-listed Zagros Ridge Energy": a company described, no name
            if tokens[start - 1].lower == "the" and tokens[start].lower in ORGANISATION_WORDS:
                return None  # "president of the Asociación Puente Andino": the body's head word, then its name
            # "member of the state Presidency Denis Bećirović": the post's body, lower-case words and all, ends
            # where the name's last two words begin; "Speaker of the National Assembly Ana Maria Ruiz": or after
            # the body's head word, when three names follow it
            heads = [k for k in range(start, last) if tokens[k].lower in BODY_WORDS]
            start = heads[-1] + 1 if heads and last - heads[-1] == 3 else last - 1
        field = start - 3 >= first and [token.lower for token in tokens[start - 2 : start]] == ["of", "the"]
        if field and last - start <= 1 and tokens[start - 3].lower in BODY_WORDS | {"chamber", "chambers"}:
            return None  # "The Chamber of the Oilseed Industry": the field a body is of, no one's name
        portfolio = start > first and tokens[start - 1].lower in {"of", "for"} and last - start <= 1
        for_the = start - 2 > first and [token.lower for token in tokens[start - 2 : start]] == ["for", "the"]
        if last - start <= 1 and (joined or for_the):
            # "Minister of Maritime Affairs and Insular Policy", "Secretary of State for the Portuguese Communities":
            # the portfolio's last words, after "and" or "for the", name no one
            return None
        if portfolio and (PORTFOLIO_NOUN.search(tokens[last].lower) or tokens[last].lower in PORTFOLIOS):
            # "France's Minister for Overseas Territories", "South Sudan's Minister of Petroleum": a portfolio, not
            # a name after the title
            return None
        after_title = start > first and tokens[start - 1].lower in {"of", "for"} and last > start
        if after_title and all(PORTFOLIO_NOUN.search(tokens[i].lower) for i in (last - 1, last)):
            return None  # "Minister for International Development Cooperation": two abstract nouns, no given name
        if self._seat_of_office(first, start, last):
            return None  # "Sarpanch of Chandu Chak": the village a post is of, not a person named after the title
        joint = start - 2 if start - 2 > first and tokens[start - 1].lower == "the" else start - 1
        if start == last and joint > first and tokens[joint].lower == "of" and tokens[joint - 1].lower in TITLE_WORDS:
            return None  # "The Managing Director of the ADA": the body whose post it is, no name after the title
        sent = start == last and start - 1 > first and tokens[start - 1].lower == "to"
        if sent and any(token.lower in SENT_TO | {"ambassador", "envoy"} for token in tokens[first : start - 1]):
            return None  # "The Ambassador of the State of Palestine to BiH": where the post is, not a name
        whole = normalize_name(self.doc.text[tokens[start].start : tokens[last].end])
        if not self.capitalised(last) or tokens[last].lower in GROUP_NOUNS or tokens[last].norm in PLACES:
            return None  # "leaders", "the envoy for Sudan"
        if whole in PLACES:
            return None  # "the United Kingdom" in a list of countries
        if any(token.raw in VESSEL_PREFIXES for token in tokens[start:last]):
            return None  # "HMCS Ville de Québec": a ship
        if start - 2 >= first and [t.lower for t in tokens[start - 2 : start]] == ["to", "the"]:
            return None  # "Somalia's ambassador to the AU": where the post is, not a name
        body = BODY_WORDS
        # "Organization of American States Secretary General Albert Ramdin": a body's name, then a title and a name
        # not "Sheikh" in "Hassan Sheikh Mohamud"; "Economist Lina Ortiz" at a sentence's start: a title
        title_words = TRAILING_TITLE_WORDS
        entitled = any(tokens[i].lower in title_words for i in range(start + 1, last - 1))
        of_body = (
            start - 2 >= first and tokens[start - 1].lower in {"on", "of", "for"} and tokens[start - 2].lower in body
        )
        if of_body and not entitled:
            return None  # "State Committee on Land Management": a body's name, not a person's after it
        joint = start - 2 if start - 2 > first and tokens[start - 1].lower == "the" else start - 1
        if start == last and joint >= first and tokens[joint].lower in {"of", "for"}:
            # "The State Organization for Marketing of Oil", "the Ministry of National Defence of the DPRK": the
            # body's name, not "Oil" or "DPRK"
            chain = joint
            while chain > first and (tokens[chain - 1].capitalised or tokens[chain - 1].lower in NAME_JOINS):
                chain -= 1
                if tokens[chain].capitalised and tokens[chain].lower in body:
                    return None
        if tokens[last].lower in TITLE_WORDS and start > first and tokens[start - 1].lower in {"of", "for"}:
            return None  # "The Department of Foreign Affairs": a body's name ends in its portfolio, a person's never
        # "Opposition MP Desalegn Chanie", "Sea Commodore Jay Tarriela": the name after the last title word
        titled = [i for i in range(start, last + 1) if tokens[i].lower in TRAILING_TITLED]
        if titled and titled[-1] < last and any(tokens[i].lower in title_words for i in titled):
            start = titled[-1] + 1  # the name after the title
        elif start > first and (
            tokens[start - 1].lower in {"for", "of"}
            or (start - 1 > first and tokens[start - 1].lower == "the" and tokens[start - 2].lower in {"for", "of"})
            or (tokens[start - 1].lower == "and" and _portfolio_before(tokens, first, start - 1))
        ):
            # "Commissioner for Human Rights Volker Türk": the title's object runs into the name
            names = [i for i in range(start, last + 1) if tokens[i].lower not in PARTICLES]
            if (named := past_portfolio(tokens, start, last)) > start:
                start = named  # "Minister of Water Resources and Irrigation Hany Sewilam": the portfolio's words
            elif len(names) >= 4:
                start = names[-2]
            elif len(names) == 3 and PORTFOLIO_NOUN.search(tokens[names[0]].lower):
                start = names[1]  # "Minister for Reintegration Roman Rosca": a portfolio's abstract noun, not a name
            elif len(names) == 3 and tokens[start - 1].lower == "and":
                start = names[1]  # "Director of the Office for Kosovo and Metohija Petar Petković": the object's end
            elif start - 2 >= first and tokens[start - 2].lower in ("mp", "member"):
                return None  # "the Labour MP for Wakefield Rural": a constituency, not a name
            elif start - 2 >= first and tokens[start - 2].raw in ORGANISATION_WORDS:
                return None  # "the main party of Kosovo Serbs": a body described, whose object is not its name
        elif start > first and tokens[start - 1].lower == "to" and tokens[start].norm in PLACES_AND_SEATS:
            start += 1  # "Russia's Ambassador to Ankara Aleksey Yerkhov": the post's place, then the name
        elif start == first >= 2 and tokens[first - 1].lower == "on" and tokens[first - 2].lower in ROLE_WORDS:
            # "UN Special Envoy on Myanmar Julie Bishop": the subject starts after "on", at the envoy's place
            for size in (3, 2, 1):
                if last - start - size >= 1 and " ".join(t.norm for t in tokens[start : start + size]) in PLACES:
                    start += size
                    break

        honours = [i for i in range(start, last) if tokens[i].lower in NAME_OPENERS]
        if honours:
            start = honours[-1]  # "Union Minister of Commerce and Industry Shri Piyush Goyal": the name after "Shri"
        while (
            start <= last
            and (
                tokens[start].lower in ROLE_WORDS
                or tokens[start].lower in HONORIFICS
                or (
                    tokens[start].lower in PARTICLES
                    and not (tokens[start].capitalised and start + 1 == last)
                    # "Ambassador Al-Tahir Mahamat": a particle hyphened to the given name is part of it
                    and not (start < last and self.doc.text[tokens[start].end : tokens[start + 1].start] == "-")
                )
                or (tokens[start].lower == "tan" and start < last and tokens[start + 1].lower == "sri")  # "Tan Sri"
                or (is_demonym(tokens[start].raw) and start < last)
                or self._acronym_title(first, start, last)
            )
        ):  # a particle alone before one name is a given name: "Al Carns"
            start += 1
        if start == last and is_demonym(tokens[last].raw):
            return None  # "many Russian demands that Ukraine has refused": an adjective, not a name
        if _time_alone([token.lower for token in tokens[start : last + 1]]):
            return None  # "figures released by the railway company in January": when, not who
        # "CHP deputy chair Murat Emir": a title's word as a surname, after a given name (not "Qatar's Emir")
        given = tokens[last - 1] if last > start else None
        surname_like = given is not None and tokens[last].lower in ROLE_WORDS - ORGANISATION_WORDS
        surname_like = surname_like and given.capitalised and not given.raw.isupper()
        surname_like = surname_like and given.lower not in ROLE_WORDS | TITLE_WORDS and given.norm not in PLACES
        surname_like = surname_like and not is_demonym(given.raw)
        # "Foreign Employment Minister told Parliament": a portfolio before the office, never a given name and surname
        surname_like = surname_like and tokens[last].lower not in NEVER_SURNAMES
        if (
            start > last
            or tokens[last].lower in INSTITUTION_WORDS  # "The National Unity Government": a body, named in full
            or all(token.lower in TITLE_WORDS for token in tokens[start : last + 1])  # "Chief Executive Officer"
            or any(
                token.lower in ROLE_WORDS or token.lower in ORGANISATION_WORDS
                for token in tokens[start : last + 1 - surname_like]
            )
        ):
            return None  # a title or a body ("Cabinet Secretary", "Joint Chiefs of Staff"), not a name
        name = self._cased(self.doc.text[tokens[start].start : tokens[last].end])
        if last == start + 1 and (reordered := family_name_in_capitals(tokens, self.doc.text, start)) is not None:
            name = reordered  # "Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs": Toshimitsu Motegi
        title = self.doc.text[tokens[first].start : tokens[start - 1].end].lower() if start > first else ""
        if start == last and start > first and tokens[start - 1].lower in FIRST_NAME_HONORIFICS:
            actor = by_first_name(self.directory, tokens[start].norm)  # "Sir Keir"
        else:
            actor = self._fuzzy_actor(name)
        alike = actor is not None and start == last and not self.directory.lookup(name)
        if alike and (earlier := self._earlier_full_name(last)) is not None:
            # "Farahani said", after "Mohammad Reza Farahani": the person named before, not a directory name spelt
            # alike ("Farhan"); "Zelenskiy", after "Volodymyr Zelenskiy", is still Zelenskyy
            actor = self._fuzzy_actor(earlier)
        if actor is not None:
            return Speaker.of(actor)
        hyphenated = last > start and all(
            self.doc.text[tokens[i].end : tokens[i + 1].start] == "-" for i in range(start, last)
        )  # "Mr Saint-Cyr", after "Laurent Saint-Cyr"
        single = start == last or (hyphenated and self._earlier_full_name(last) not in (None, name))
        if not single and (earlier := self._earlier_full_name(last)) is not None:
            # "Pérez Mackenna said", after "Foreign Minister Francisco Pérez Mackenna": a two-word surname, the
            # tail of the longer name given before
            given = normalize_name(earlier)[: -len(normalize_name(name))].split()
            single = normalize_name(earlier).endswith(" " + normalize_name(name)) and not (
                {" ".join(given[i:]) for i in range(len(given))} & PLACES  # "President of Romania Nicușor Dan"
            )
        if single and (full := self._cased(self._earlier_full_name(last) or self._heading_full_name(last))):
            # "Abdelatty said", after "Badr Abdelatty" earlier: the same person, with the title given then
            return self.discourse.known(Speaker(full, None, "person"))
        honoured = start > first and tokens[start - 1].lower in HONORIFICS  # "Mr. Rwamucyo", "Ms. Shea"
        # "FM Sugiono conveyed that …", "PM Modi": a one-word name after an office's letters, as a title names a person
        lettered = start > first and tokens[start - 1].raw.isupper() and len(tokens[start - 1].raw) <= 3
        honoured = honoured or (lettered and tokens[start - 1].lower in ROLE_WORDS and not tokens[start].raw.isupper())
        kind = "person" if last > start or honoured else "other"
        if tokens[start].lower == "the" and last > start:
            kind = "group"  # "The RSF", "The Houthis": a name the article opens with "the" is a group's, not a person's
        country = country_in([token.lower for token in tokens[first:start]])
        return self.discourse.known(Speaker(without_middle_initials(name), None, kind, title, country))

    def _clause_person(self, position, pronoun):
        """The person named first in the sentence before `position`, when the sentence opens with its clause."""
        if pronoun not in ("his", "her"):
            return None
        sentence = next((s for s in self.doc.sentences if s.start <= position < s.end), None)
        if sentence is None or not re.search(r"[,”\"]\s*$", self.doc.masked[sentence.start : position]):
            return None  # not an attribution after the clause
        people = [
            (pos, speaker)
            for pos, speaker in [*self.discourse.introduced, *self.discourse.events]
            if sentence.start <= pos < position and speaker.is_person
        ]
        for mention in self.doc.mentions_within(sentence.start, position):
            actor = self.discourse.choose(mention.refs, mention.start)
            if not mention.in_quote and actor.is_person:
                people.append((mention.start, Speaker.of(actor)))
        if people:
            return min(people, key=lambda item: item[0])[1]
        tokens = self.doc.tokens_between(sentence.start, position)  # "Chad's President Mahamat Idriss Deby is …"
        last = next((i for i in tokens if self.doc.tokens[i].raw.islower() and self.doc.tokens[i].lower != "s"), None)
        if last is None or last - 1 <= tokens[0] or not self.doc.tokens[last - 1].capitalised:
            return None
        found = self.speaker(tokens[0], last - 1, position)
        return found if found is not None and found.is_person and " " in found.name else None

    def _dateline_country(self):
        """The country of a dateline's seat opening the article's lead ("ISLAMABAD:", "BANGKOK (AP) —"), if any."""
        if not hasattr(self, "_dateline"):
            self._dateline = None
            for start, _ in self.doc.paragraphs[1:4]:
                match = DATELINE.match(self.doc.text, start)
                if match and (code := SEAT_COUNTRY.get(normalize_name(match.group("seat")))):
                    self._dateline = code
                    break
        return self._dateline

    def _demonym_elsewhere(self, tokens, speaker):
        """A demonym the lexicon cannot place ("the Ghanaian minister") is another country's than the speaker's, when
        the speaker's nationality (the actor's, or the country before the title) is one the lexicon knows and so
        would have placed its demonym."""
        unplaced = any(is_demonym(token.raw) and token.lower not in DEMONYM_COUNTRY for token in tokens)
        words = re.findall(r"[\w-]+", speaker.name.lower())
        before_role = words[: next((i for i, word in enumerate(words) if word in ROLE_WORDS), 0)]  # "Iran's"
        actor = self.doc.directory.by_slug.get(speaker.slug)
        known = actor.country if actor is not None else country_in(before_role)  # not "envoy for Sudan"'s Sudan
        return unplaced and known in COUNTRIES

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

    def capitalised(self, index):
        """A capitalised word, or the lower-case end of a hyphenated name ("Dong-young", "Kun-chi")."""
        tokens = self.doc.tokens
        text = self.doc.text
        while index > 0 and not tokens[index].capitalised and text[tokens[index - 1].end : tokens[index].start] == "-":
            index -= 1
        return tokens[index].capitalised

    def _cased(self, name):
        """'ISHAQ DAR' (a transcript's label) as the article writes it elsewhere: 'Ishaq Dar'."""
        if not name or not name.isupper() or len(name) < 4:
            return name
        cache = self.__dict__.setdefault("_cased_names", {})
        if name not in cache:
            found = (m.group() for m in re.finditer(re.escape(name), self.doc.text, re.IGNORECASE))
            cache[name] = next((written for written in found if not written.isupper()), name)
        return cache[name]

    def _body_name(self, first, last):
        """Tokens first..last are one body's long capitalised name, "of"s and all: "the Coordination Headquarters for
        the Treatment of Prisoners of War"."""
        tokens = self.doc.tokens[first : last + 1]
        if last - first > BODY_NAME_LONGEST or not (tokens[0].capitalised and tokens[-1].capitalised):
            return False
        if not any(token.capitalised and token.lower in BODY_WORDS for token in tokens):
            return False
        if not all(token.capitalised or token.lower in NAME_JOINS or token.lower == "s" for token in tokens):
            return False
        # not a title's body before a person's name: "Speaker of the Libyan House of Representatives Aguila Saleh"
        tail = next(i for i in range(len(tokens) - 1, -1, -1) if not tokens[i].capitalised or i == 0)
        return len(tokens) - tail <= 3 and not any(token.lower in ROLE_WORDS for token in tokens)

    def _office_of(self, first, last):
        """Tokens first..last are one office's long capitalised title, ending with its country: "Deputy Chairman of
        the Cabinet of Ministers of Turkmenistan" (not a title running into a name)."""
        tokens = self.doc.tokens[first : last + 1]
        if last - first > BODY_NAME_LONGEST or not tokens[0].capitalised or tokens[0].lower not in ROLE_WORDS:
            return False
        if not all(token.capitalised or token.lower in NAME_JOINS for token in tokens):
            return False
        return tokens[-1].capitalised and country_in([tokens[-1].lower]) is not None

    def _local_body(self, first, mention):
        """A common noun the directory gives a national body ("the administration", "the government") after a
        word of its phrase that places it lower down: "the district administration", "the county government"."""
        tokens = self.doc.tokens
        named = tokens[mention.first : mention.last + 1]
        if mention.first <= first or any(token.capitalised for token in named):
            return False
        tier = lower_tier_before(self.doc.text, tokens, mention.first)
        return tier is not None and tier >= first

    def _former_office(self, first, mention):
        """'the former Dutch prime minister': an office named by its words alone after "former"."""
        tokens = self.doc.tokens
        words = [token.lower for token in tokens[mention.first : mention.last + 1]]
        if mention.first <= first or tokens[mention.first - 1].lower not in FORMER:
            return False
        return all(word in ROLE_WORDS or word in DEMONYM_COUNTRY for word in words)

    def _as_written(self, first, last, longest=7):
        tokens = self.doc.tokens
        while first <= last and tokens[first].lower in DETERMINERS:
            first += 1
        if last - first >= 2 and tokens[last - 1].lower == "on" and tokens[last].lower in DAYS:
            last -= 2  # "issued by the Foreign Ministry on Friday": the ministry, not the day
        day_part = last - first >= 3 and tokens[last].lower in DAY_PARTS and tokens[last - 1].lower in DAYS
        if day_part and tokens[last - 2].lower == "on":
            last -= 3  # "The Argentine Foreign Ministry on Wednesday night welcomed": the ministry, not the night
        for index in range(first + 1, last):
            # "a Panamanian official familiar with the talks", "a diplomatic source in Georgetown": the official, the
            # source; "people familiar with …" stay whole
            if tokens[index].lower in DESCRIBED_AFTER and tokens[index - 1].lower in SINGLE_UNNAMED:
                if index - 1 == first and tokens[first].lower == "source":
                    continue  # "a source close to the presidential administration": all that is said of it
                last = index - 1
                break
        counted = first + 2 <= last and tokens[first].lower in COUNTS and tokens[first + 1].lower in KNOWING_GROUPS
        if counted and tokens[first + 2].lower in DESCRIBED_AFTER | {"with", "aware", "briefed"}:
            first += 1  # "two sources with knowledge of the deal", "three people familiar with …": the sources
        one = first < last and tokens[first].lower == "one"
        if one and (tokens[last].lower in PERSON_NOUNS | SINGLE_UNNAMED or tokens[first + 1].lower in {"member"}):
            # "one European donor official said": the official, as "an official" would be; "one member of the
            # delegation told": the member, as "a member" would be
            first += 1
        # a state's style counts as its name before a post: "the Ambassador of the Islamic Republic of Iran to
        # Turkmenistan" (ending with it, "the representative of the Republic of X" is left to the state's name)
        styled = STATE_STYLE.search(self.doc.text, tokens[first].start, tokens[last].end) if first <= last else None
        longest += len(styled.group().split()) - 1 if styled and styled.end() < tokens[last].start else 0
        if first > last or (
            last - first > longest and not (self._body_name(first, last) or self._office_of(first, last))
        ):
            return None
        name = self.doc.text[tokens[first].start : tokens[last].end]
        if all(token.raw.isdigit() for token in tokens[first : last + 1]):
            return None
        head = tokens[last].lower
        bodies = BODY_WORDS
        for index in range(first + 1, last):
            before = tokens[index - 1]
            heads = ROLE_WORDS | PERSON_NOUNS | POSTED | (bodies if before.capitalised else set())
            held_in = tokens[index].lower == "in" and before.capitalised  # "State Secretary in the Ministry of …"
            if (tokens[index].lower in {"for", "of", "to"} or held_in) and before.lower in heads:
                # "the UN envoy for Sudan", "Israel's ambassador to Australia", "the KRG's Ministry of Natural
                # Resources" (a ministry, not a plural like "Ukraine's European allies")
                head = before.lower
                break
        if head in DOCUMENTS or is_demonym(tokens[last].raw):
            return None  # "the report said": a document; "many Russian demands that": an adjective, not a speaker
        name = re.sub(r"\b(?:[A-Z]\.){2,}", lambda m: m.group().replace(".", ""), name)  # "U.S. official"
        if ")" in name and "(" not in name:
            name = re.sub(r"\)\s*", " ", name).strip()  # "(CARICOM) foreign ministers": the acronym, no bracket
        # "the islands' Legislative Assembly", "the country's Supreme Court", "the US military's Central Command":
        # the body, not its common-noun owner
        name = re.sub(r"^(?:[A-Z][\w.]*\s+)*[a-z][a-z-]*(?:['’]s|s['’])\s+(?=[A-Z])", "", name)
        # "the Kurdish-led Syrian Democratic Forces", "the Iran-backed Kataib Hezbollah", "the Al-Qaeda-linked …": a
        # description, not the name
        name = re.sub(rf"^(?:[\w.]+(?:-[\w.]+)*?-(?:{'|'.join(DESCRIBING_PARTICIPLES)}),?\s+)+(?=[A-Z])", "", name)
        country = country_in([token.lower for token in tokens[first : last + 1]])
        if head in ROLE_WORDS or head in PERSON_NOUNS or head in POSTED:
            return Speaker(name, None, "person", "", country)  # "Japan's Chief Cabinet Secretary", "a Hamas official"
        # "the main opposition People Power Party": the body's name, not the words describing it
        if head in ORGANISATION_WORDS:
            name = re.sub(r"^(?:[a-z][a-z-]*\s+){1,3}(?=[A-Z][\w'’-]*\s+[A-Z])", "", name)
        owner = tokens[first].norm if last > first + 1 and tokens[first + 1].lower == "s" else ""
        size = 1
        if not owner and last > first + 2 and tokens[first + 2].lower == "s" and tokens[first + 1].capitalised:
            owner, size = f"{tokens[first].norm} {tokens[first + 1].norm}", 2  # "South Sudan's government"
        if head == "government" and COUNTRY_NAME.get(owner):
            # "Myanmar's military-led government": the country's government, as the directory would name it
            place = self.doc.text[tokens[first].start : tokens[first + size - 1].end]
            return Speaker(f"Government of {place}", None, "government", "", COUNTRY_NAME[owner])
        unowned = not country and re.fullmatch(r"Ministry of (?:Foreign|External) Affairs", name)
        if unowned and (dateline := self._dateline_country()):
            # "KATHMANDU, Oct 22: The Ministry of Foreign Affairs …": the ministry of the dateline's country
            return Speaker(f"{name} of {country_names(dateline)[0][0]}", None, "other", "", dateline)
        if head.endswith("s") and head not in SINGULAR_IN_S and (owned := OWNER.fullmatch(name)):
            name = f"{owned.group('rest')} of {owned.group('owner')}"  # "Ukraine's European allies"
        return Speaker(
            name, None, "group" if head.endswith("s") and head not in SINGULAR_IN_S else "other", "", country
        )


BODY_OF = {"of", "for"}  # a body's name goes on: "the Headquarters for the Treatment of Prisoners of War"
SINGULAR_IN_S = {"headquarters"}  # one body, though its name ends in "s": not "the allies of Ukraine"
BODY_NAME_LONGEST = 12  # "Ukraine's Coordination Headquarters for the Treatment of Prisoners of War": 11 tokens
# The words that say someone spoke in a statement, for "the statement said" after them.
STATEMENT_GIVEN = re.compile(
    r"\b(?:[Ii]n|issued) an? (?:(?:written|press|joint|brief) )?"
    r"(?:statement|communiqu[eé]|press release|announcement)\b"
)
# "A spokesperson for the ministry issued a press statement": the issuer, for "the press statement said" after it
STATEMENT_ISSUED = re.compile(
    r"\b(?:issued|released|published|adopted) an? (?:(?:written|press|joint|final) )?"
    r"(?:statement|communiqu[eé]|announcement)\b"
)
IN_WHICH = re.compile(
    r"\b(?:issued|released|published) an? (?:(?:written|press|joint) )?(?:statement|communiqu[eé]) in which\s+$"
)
# A person's own words, which speak for their owner: "Kim Yo Jong's statement said", "the minister's letter said".
OWNED_WORDS = {"statement", "message", "letter", "post", "remarks", "speech"}
OWNED_OPENING = re.compile(r"(?:[A-Z][\w-]*\s+){1,4}?[A-Z][\w-]*['’]s\s+(?:statement|message|letter)\b")
# A written answer's header naming who answered, the office before its department: "Answered by: Minister of State
# (Development), Foreign, Commonwealth and Development Office".
ANSWERED_BY_LINE = re.compile(r"^Answered[ \t]+by:[ \t]*(?P<who>[^,\n]{3,80}?)[ \t]*(?:,|$)", re.MULTILINE)
WHICH_BEFORE = re.compile(r"\bwhich\s*,\s*$")
DOCUMENT_NOUNS = {"statement", "communique", "communiqué", "readout"}
DOCUMENT_NOUNS |= {"announcement"}  # "In a written announcement, the Ministry said …. "…," the announcement said"
# "according to a readout from the presidential office": the body whose document "the readout said" after it is
DOCUMENT_SOURCE = re.compile(
    r"\baccording to an? (?:statement|readout|communiqu[eé]) (?:(?:published|issued|released) )?(?:by|from) "
    r"(?P<who>[^,.;:\n“”\"]{3,80}?)\s*(?=[.,;])"
)
DOCUMENT_KINDS = {"press", "joint", "written"}


def _body_name_with_and(tokens, words):
    """'the Group for the Support of Islam and Muslims', 'the Ministry of Trade and Industry': one body whose name's
    object holds "and" (a body's noun, then "of" or "for" before it, and no body, role or title after it); 'the
    Relief and Works Agency': one whose noun follows the words "and" joins."""
    conjunction = words.index("and")
    bodies = BODY_WORDS
    # "the Regional Relief and Works Agency for Flood Victims": the "and" inside the words before the body's noun,
    # then what the body is for; not "Ukraine's National Security and Defence Council", nor a title's words
    named = tokens[1:] if words[0] == "the" else tokens
    whole = all(token.capitalised or token.lower in NAME_JOINS | {"in"} for token in named)
    whole = whole and not any(word in ROLE_WORDS | TITLE_WORDS for word in words)
    noun = next((i for i in (conjunction + 1, conjunction + 2) if i < len(words) and words[i] in bodies), None)
    if whole and noun is not None and words[noun + 1 : noun + 2] in (["for"], ["of"]):
        return tokens[conjunction - 1].norm not in PLACES and tokens[conjunction + 1].norm not in PLACES
    body = next((i for i, word in enumerate(words[:conjunction]) if word in bodies), None)
    if body is None or not {"of", "for"} & set(words[body + 1 : conjunction]):
        return False
    joint = next(i for i in range(body + 1, conjunction) if words[i] in ("of", "for"))
    if any(word in ROLE_WORDS for word in words[body + 1 : joint]):
        return False  # "Union Minister of Commerce and Industry X": a person's title after a body's word
    after = tokens[conjunction + 1 :]
    if len(after) >= 3 and any(word in ROLE_WORDS | TITLE_WORDS for word in words[:body]):
        return False  # "Director of the Office for Kosovo and Metohija Petar Petković": a body's head, then a name
    named = BEFORE_A_NAME | INSTITUTION_WORDS
    if after and after[-1].lower in TITLE_WORDS:
        after = after[:-1]  # the portfolio that ends the body's name: "… of Commerce and Industry"
    return all(token.capitalised and token.lower not in named for token in after) and conjunction + 1 < len(tokens)


def _portfolio_before(tokens, first, conjunction):
    """The "and" at `conjunction` joins a title's portfolios: a role word, then "of" or "for", before it ("Minister
    of Water Resources and …")."""
    for index in range(conjunction - 1, max(first, conjunction - 6), -1):
        if tokens[index].lower in ("of", "for") and tokens[index - 1].lower in ROLE_WORDS | ORGANISATION_WORDS:
            return True  # "Minister of Water Resources and …", "Office for Kosovo and …"
        if not tokens[index].capitalised:
            return False
    return False


def _time_alone(words):
    """Words that name a day or a month and nothing else ("This Monday", "January"): a time, never a speaker."""
    return all(word in DAYS or word in CALENDAR_MONTHS or word in ("this", "last", "next") for word in words)


# Unions read on every call (some for every token of a name), built once.
BODY_WORDS = ORGANISATION_WORDS | INSTITUTION_WORDS
TRAILING_TITLE_WORDS = ROLE_WORDS | TITLE_WORDS | PERSON_NOUNS | RANKS | PROFESSIONS
TRAILING_TITLED = TRAILING_TITLE_WORDS | ORGANISATION_WORDS
PLACES_AND_SEATS = PLACES | SEATS
