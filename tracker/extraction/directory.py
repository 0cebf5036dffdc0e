"""The actors and topics the extractor knows, as plain data: no Django import here."""

import json
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from .normal import normalize_name
from .titles import country_names, government_references, is_former, title_references

NAME, DERIVED, WEAK = "name", "derived", "weak"
PARTICLES = {"al", "el", "bin", "ibn", "von", "van", "der", "de", "da", "di", "du", "le", "la", "dos", "del"}
# Family name first in these countries' naming order.
FAMILY_NAME_FIRST = {"CN", "TW", "KR", "KP", "VN", "HK", "MO", "SG"}
# Surnames that are also everyday English words are not matched on their own.
COMMON_WORDS = {"may", "black", "brown", "green", "white", "rice", "price", "king", "long", "young", "little", "bush"}


@dataclass(frozen=True)
class ActorEntry:
    name: str
    slug: str
    kind: str = "person"
    title: str = ""
    country: str = ""
    aliases: tuple[str, ...] = ()

    @property
    def is_person(self):
        return self.kind == "person"


@dataclass(frozen=True)
class TopicEntry:
    name: str
    slug: str
    keywords: tuple[str, ...] = ()
    parent: str | None = None


@dataclass(frozen=True)
class AliasRef:
    actor: ActorEntry
    strength: str  # NAME (the name or an editor's alias), DERIVED (from title or surname), WEAK (former title)


# The Arabic article is spelt both ways: "Abdel Fattah al-Sisi" is "Abdel Fattah el-Sisi".
ARTICLE_SPELLINGS = {"el": "al"}


# A word of copy: an apostrophe inside a name keeps it whole ("Sa'ar", "Ja'far", "O'Brien", one key each, as
# "Saar" and "OBrien" are), but a possessive or a contraction is a word of its own ("Sa'ar's", "didn't").
WORD = re.compile(r"\w+(?:['’](?!(?i:s|t|re|ll|ve|d|m)\b)\w+)*")


@lru_cache(maxsize=1 << 16)
def word_key(word):
    """A word as names are matched: 'Sa’ar' and 'Saar' are 'saar'."""
    return "".join(normalize_name(word).split())


def name_keys(name):
    """The keys of a name's words, as a document's tokens hold them: "Gideon Sa'ar" → ["gideon", "saar"]."""
    return [word_key(word) for word in WORD.findall(name)]


def alias_tokens(alias):
    tokens = [ARTICLE_SPELLINGS.get(token, token) for token in name_keys(alias)]
    if tokens and tokens[0] == "the":
        tokens = tokens[1:]
    return tuple(tokens)


def surname(actor):
    parts = actor.name.replace("-", " - ").split()
    words = [word for word in parts if word != "-"]
    if len(words) < 2:
        return None
    if actor.country in FAMILY_NAME_FIRST:
        return words[0]
    last = words[-1]
    if len(words) >= 3 and words[-2].lower() in PARTICLES:
        last = f"{words[-2]} {last}"
    if "-" in parts[-2:]:  # a hyphenated surname: "Thomas-Greenfield"
        last = actor.name.split()[-1]
    return last if len(last) >= 3 and last.lower() not in COMMON_WORDS else None


def references(actor):
    """(alias, strength) pairs: everything copy may call this actor."""
    refs = [(actor.name, NAME), *((alias, NAME) for alias in actor.aliases)]
    if actor.is_person and (last := surname(actor)):
        refs.append((last, DERIVED))
    title_strength = WEAK if is_former(actor.title) else DERIVED
    refs += [(ref, title_strength) for ref in title_references(actor.title, actor.country)]
    if actor.kind == "government" and actor.country and _is_national_government(actor):
        refs += [(ref, DERIVED) for ref in government_references(actor.country)]
    return refs


def _is_national_government(actor):
    """'Qatar' or 'Government of Qatar' speaks as the country; a ministry or the Kremlin does not."""
    names, _, _ = country_names(actor.country)
    name = normalize_name(actor.name)
    return (
        "government" in name.split()
        or name in {normalize_name(alias_name) for alias_name in names}
        or any(name == " ".join(alias_tokens(country)) for country in names)
    )


@dataclass
class Directory:
    actors: list[ActorEntry] = field(default_factory=list)
    topics: list[TopicEntry] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)

    @cached_property
    def alias_index(self):
        """First token → [(alias tokens, cased, refs)], longest alias first."""
        found = {}
        for actor in self.actors:
            for alias, strength in references(actor):
                tokens = alias_tokens(alias)
                if not tokens:
                    continue
                bare = alias.strip()
                bare = bare[4:] if bare.lower().startswith("the ") else bare
                cased = len(tokens) == 1 and bare[:1].isupper()
                entry = found.setdefault(tokens, {"cased": cased, "refs": {}})
                entry["cased"] = entry["cased"] and cased
                known = entry["refs"].get(actor.slug)
                if known is None or _rank(strength) < _rank(known.strength):
                    entry["refs"][actor.slug] = AliasRef(actor, strength)
        index = {}
        for tokens, entry in found.items():
            index.setdefault(tokens[0], []).append((tokens, entry["cased"], tuple(entry["refs"].values())))
        for options in index.values():
            options.sort(key=lambda option: -len(option[0]))
        return index

    @cached_property
    def by_slug(self):
        return {actor.slug: actor for actor in self.actors}

    @cached_property
    def name_choices(self):
        """Normalised proper names and aliases → actor, for matching names spelt differently."""
        choices = {}
        for actor in self.actors:
            for alias in (actor.name, *actor.aliases):
                if alias[:1].isupper():
                    choices.setdefault(normalize_name(alias), actor)
        return choices

    @cached_property
    def choices_by_ends(self):
        """(first word, last word) → [(words, actor)] of the names of two words or more in `name_choices`, in order."""
        found = {}
        for choice, actor in self.name_choices.items():
            tokens = choice.split()
            if len(tokens) >= 2:
                found.setdefault((tokens[0], tokens[-1]), []).append((tokens, actor))
        return found

    @cached_property
    def person_surnames(self):
        """Last word → slugs of the people whose name or alias in `name_choices` ends with it."""
        surnames = {}
        for choice, actor in self.name_choices.items():
            if actor.is_person and len(choice.split()) >= 2:
                surnames.setdefault(choice.split()[-1], set()).add(actor.slug)
        return surnames

    @cached_property
    def outlet_names(self):
        return {normalize_name(name) for name in self.outlets}

    def lookup(self, name):
        """Actors that `name` (a whole name or alias) refers to, strongest references first."""
        tokens = alias_tokens(name)
        for option_tokens, _cased, refs in self.alias_index.get(tokens[0], ()) if tokens else ():
            if option_tokens == tokens:
                return sorted(refs, key=lambda ref: _rank(ref.strength))
        return []


def _rank(strength):
    return (NAME, DERIVED, WEAK).index(strength)


def directory_from_dict(data):
    """A directory from the `parley/1` interchange shape: {"actors": [...], "topics": [...], "outlets": [...]}."""
    actors = [
        ActorEntry(
            name=item["name"],
            slug=item["slug"],
            kind=item.get("kind") or "person",
            title=item.get("title") or "",
            country=item.get("country") or "",
            aliases=tuple(item.get("aliases") or ()),
        )
        for item in data.get("actors", ())
    ]
    topics = [
        TopicEntry(
            name=item["name"],
            slug=item["slug"],
            keywords=tuple(item.get("keywords") or ()),
            parent=item.get("parent"),
        )
        for item in data.get("topics", ())
    ]
    outlets = [item["name"] if isinstance(item, dict) else item for item in data.get("outlets", ())]
    return Directory(actors=actors, topics=topics, outlets=outlets)


def load_registry(path):
    return directory_from_dict(json.loads(Path(path).read_text(encoding="utf-8")))
