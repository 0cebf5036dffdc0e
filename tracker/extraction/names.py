"""Names and the words around them: who a speaker is (`Speaker`), and the word lists that tell a name
from a title, a body or a document."""

import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from .carriers import WIRES
from .lexicon import NOT_SPEAKERS, ROLE_WORDS
from .normal import normalize_name
from .titles import COUNTRIES, OTHER_DEMONYMS

DETERMINERS = {"the", "a", "an"}
POSSESSIVES = {"his", "her", "their", "its", "our", "my"}
# Abstract or plural nouns that name a portfolio, never a given name: "Reintegration", "Refugees", "Territories".
PORTFOLIO_NOUN = re.compile(r"(?:tion|sion|ment|ness|ity|ies|ees|ism)$")
HONORIFICS = {"mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "madam", "madame", "mme", "sheikh", "prince"}
HONORIFICS |= {"princess", "queen", "crown", "ayatollah", "pope", "cardinal", "archbishop", "bishop", "rabbi", "imam"}
HONORIFICS |= {"professor", "prof"}  # "Chief Adviser Professor Muhammad Yunus"
HONORIFICS |= {"rt", "hon", "honourable", "honorable"}  # "The Rt Hon Jane Doe MP", "the Honourable Jane Doe, SC, MP"
# Letters after a name, written in capitals: a seat ("Helen Doe TD", "Jane Doe MP") or an honour ("KC", "OBE").
POST_NOMINALS = {"MP", "TD", "MEP", "MSP", "MLA", "MHK", "QC", "KC", "SC", "OBE", "CBE", "MBE", "KBE", "DBE"}
# Ranks: a title before a name wherever they stand ("spokesperson for the West Philippine Sea Commodore Jay Tarriela").
RANKS = {"lt", "gen", "col", "maj", "brig", "adm", "capt", "sgt", "lieutenant", "colonel", "brigadier", "admiral"}
RANKS |= {"marshal", "commodore", "sergeant", "corporal", "superintendent", "inspector", "constable"}
RANKS |= {"spc", "pfc", "pvt", "cpl", "cmdr", "ens", "sfc", "sgm"}  # "Spc. Tyler Brooks"
HONORIFICS |= RANKS | {"seyed", "seyyed", "sayyid", "sayed", "hajj"}
# Indian and Iranian usage: "Shri Rajnath Singh", "Smt. Nirmala Sitharaman", "Hojatoleslam val-Moslemin …".
HONORIFICS |= {"shri", "sri", "smt", "shrimati", "kumari", "hojatoleslam", "hojjatoleslam", "moslemin", "excellency"}
# Malaysian and Bruneian titles ("Datuk Seri", "Datuk Patinggi Tan Sri", "Dato'"), and West African "Alhaji".
HONORIFICS |= {"datuk", "datin", "dato", "seri", "patinggi", "tunku", "alhaji", "alhaja", "hajia", "hajiya"}
HONORIFICS |= {"utama", "haji", "hajah"}  # "Datuk Seri Utama Haji Mohamad Haji Hasan"
# British and Gulf usage names people by their first name after these: "Sir Keir", "Sheikh Tamim".
FIRST_NAME_HONORIFICS = {"sir", "dame", "lord", "lady", "sheikh", "prince", "princess"}
# Capitalised words of a title before a name: "Minister of Foreign Affairs Mevlut Cavusoglu",
# "Unification Minister Chung Dong-young", "caucus whip Fu Kun-chi".
TITLE_WORDS = {"affairs", "state", "security", "interior", "finance", "justice", "trade", "economy", "health"}
TITLE_WORDS |= {"energy", "unification", "national", "external", "home", "treasury", "whip", "special", "director"}
TITLE_WORDS |= {"commissioner", "representative", "adviser", "advisor", "attorney", "speaker", "chairman", "chair"}
TITLE_WORDS |= {"spokesperson", "negotiator", "official", "opposition", "army", "navy", "staff", "cabinet"}
TITLE_WORDS |= {"executive", "officer", "operating", "financial"}  # "Chief Executive X", "Chief Operating Officer Y"
# portfolios: "Minister of Commerce X", "Agriculture Minister Y"
TITLE_WORDS |= {"commerce", "industry", "agriculture", "defence", "defense", "education", "labour", "transport"}
TITLE_WORDS |= {"chairperson", "chairwoman"}  # "African Union Commission Chairperson X"
# Irish copy's titles of the prime minister and his deputy: "Tánaiste and Minister for Defence X", "The Taoiseach,".
TITLE_WORDS |= {"taoiseach", "tánaiste", "tanaiste"}
# Words of a ministry's portfolio, beside the title words, that stand in a title only: "Minister of Water Resources
# and Irrigation X", "Petroleum and Natural Gas Minister Y", "Hydrocarbons and Energy Minister Z". Never read as
# title words elsewhere (a surname may be "Power" or "Land"): only where a title's portfolio runs into a name.
PORTFOLIOS = {"water", "resources", "irrigation", "petroleum", "gas", "oil", "hydrocarbons", "mines", "mining"}
PORTFOLIOS |= {"minerals", "environment", "climate", "forestry", "forests", "fisheries", "oceans", "culture"}
PORTFOLIOS |= {"tourism", "sport", "sports", "youth", "science", "technology", "information", "communications"}
PORTFOLIOS |= {"housing", "power", "electricity", "planning", "welfare", "works", "infrastructure", "aviation"}
PORTFOLIOS |= {"shipping", "railways", "roads", "highways", "food", "women", "family", "children", "heritage"}
PORTFOLIOS |= {"arts", "media", "digital", "innovation", "research", "rural", "urban", "land", "lands", "public"}
PORTFOLIOS |= {"social", "ports", "maritime", "livestock", "religious", "natural", "mineral", "human", "rights"}
PORTFOLIOS |= {"foreign"}  # "Foreign Affairs and Foreign Trade Minister X"
PORTFOLIOS |= {"expatriates", "emigrants", "diaspora", "veterans", "pensions", "customs", "cooperatives"}
PORTFOLIOS |= {"international", "regional"}  # "Foreign Affairs and International Cooperation X"
PORTFOLIOS |= {"economic", "diplomacy"}  # "Deputy Foreign Minister for Economic Diplomacy said"
PORTFOLIOS |= {"relations", "policy"}  # "the Minister of International Relations said", "… and Employment Policy"
PORTFOLIOS |= {"workers", "police"}  # "the Secretary of Migrant Workers said", "Superintendent of Police said"
PORTFOLIOS |= {"health", "hospital", "hospitals", "networks"}  # "the Deputy Minister of Health for Hospital Networks"


def is_portfolio(word):
    """A lower-case word that may name a ministry's portfolio in a title."""
    return word in PORTFOLIOS or word in TITLE_WORDS or bool(PORTFOLIO_NOUN.search(word))


def past_portfolio(tokens, start, last):
    """The first token of the name after portfolio words that run into it from a title ("… and Irrigation Hany
    Sewilam"), keeping two words of the name at least."""
    while last - start >= 2 and is_portfolio(tokens[start].lower):
        start += 1
    return start


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
ORGANISATION_WORDS |= {"federation", "association", "alliance", "coalition", "movement", "league", "congress"}
ORGANISATION_WORDS |= {"institute", "foundation", "society", "authority", "secretariat", "network"}
ORGANISATION_WORDS |= {"front", "corporation", "confederation"}  # "the Western War Front", "National Oil Corporation"
ORGANISATION_WORDS |= {"board", "directorate"}  # "the Board of Peace", "the Directorate of Military Intelligence"
ORGANISATION_WORDS |= {"community"}  # "the Community of Latin American and Caribbean States", "East African Community"
ORGANISATION_WORDS |= {"railways", "railway", "airlines", "airways"}  # "Lithuanian Railways": a company, not a person
ORGANISATION_WORDS |= {"headquarters"}  # "the Coordination Headquarters for the Treatment of …"
# The same heads in a body's own language, as agency copy keeps them: "the Asociación Puente Andino"
ORGANISATION_WORDS |= {"asociación", "asociacion", "associação", "associazione", "fundación", "fundação", "fondazione"}
ORGANISATION_WORDS |= {"fondation", "instituto", "istituto", "federación", "federação", "fédération", "sindicato"}
ORGANISATION_WORDS |= {"confederación", "syndicat", "consejo", "conselho", "movimiento", "movimento", "colectivo"}
ORGANISATION_WORDS |= {"coordinadora", "observatorio", "partido"}
# A company's trade after its initials ("GE Aerospace", "BAE Systems"): never a given name after a family name.
COMPANY_WORDS = {"aerospace", "industries", "systems", "dynamics", "energy", "electric", "motors", "technologies"}
COMPANY_WORDS |= {"holdings", "defence", "defense", "shipbuilding", "steel", "chemicals", "pharma", "telecom"}
ORGANISATION_WORDS |= {"house"}  # "the House of Ariki", "the House of Lords": a chamber, not a person named "Ariki"
ORGANISATION_WORDS |= {"guard"}  # "the Swedish Coast Guard", "the National Guard": a body, not a person named "Guard"
ORGANISATION_WORDS |= {"company"}  # "Director General of Varna Port Company": the company whose post it is, no person
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
    "mp",
    "legislator",
    "politician",
    "chairman",  # "the Deputy Chairman of the Cabinet of Ministers": a person, whom "he" refers to
    "chairwoman",
    "chairperson",
}
# A member of a party named by the party's creed, capitalised ("the Social Democrat", "the Republican"): a person.
PARTY_MEMBERS = {"democrat", "republican", "conservative", "socialist", "liberal", "tory", "communist", "green"}
# Plural heads of collective speakers: "European leaders", "EUROPEAN LEADERS", "the two sides".
GROUP_NOUNS = {"leaders", "officials", "ministers", "allies", "governments", "diplomats", "sources", "sides"}
GROUP_NOUNS |= {"countries", "nations", "partners", "mediators", "negotiators", "delegations", "presidents", "members"}
# Groups described by where they are: "Separatist leaders in Cameroon's English-speaking regions", "residents in Gaza".
PLACED_GROUPS = GROUP_NOUNS | {"residents", "activists", "rebels", "separatists", "lawmakers", "groups", "parties"}
SPOKES_NOUNS = {"spokesperson", "spokesman", "spokeswoman"}
# Unnamed people and groups described by whom they serve, belong to or where they are: "an adviser to the army
# chief", "officials at the crossing", "several members of the Federal Parliament", "miners at Eteringbang". They
# speak, not the chief, the crossing, the parliament or the place.
DESCRIBED_PERSONS = {"adviser", "advisor", "aide", "officer", "official", "consul", "abbot", "priest", "governor"}
# Offices held by one person, who speaks as the office "of" a named place or body: "the governor of Alto Verde".
OFFICES = {"adviser", "advisor", "aide", "officer", "consul", "abbot", "priest", "governor", "director", "sarpanch"}
# People named by their trade: "An Aberdeen surgeon who … has described …", then "Dr Amira Osman, 44, …".
OCCUPATIONS = {"worker", "doctor", "surgeon", "nurse", "teacher", "volunteer", "soldier", "fisherman", "farmer"}
DESCRIBED_PERSONS |= {"member", "employee"} | OCCUPATIONS
# "A miner in Eteringbang", "An expert from the Mine Action Centre", "The director of Fenalco in Norte de Santander":
# the miner, the expert, the director, not the place or the body.
DESCRIBED_PERSONS |= {"miner", "trader", "expert", "engineer", "director", "sarpanch"}
DESCRIBED_PERSONS |= {"midwife", "broker"}  # "a midwife in the camp had told him", "the customs broker in Sarakhs"
# Relatives and colleagues, placed where they live or work: "A cousin in Lima had told him", "his brother in Punto
# Fijo", "Her colleagues at Stepping Hill": the person, not the place.
DESCRIBED_PERSONS |= {"mother", "father", "son", "daughter", "brother", "sister", "cousin", "uncle", "aunt"}
DESCRIBED_PERSONS |= {"wife", "husband", "colleague"}
# A relative the relayer names by a possessive: "She said her husband had told her …" is her husband's word, named
# after her ("Ana Ruiz's husband"), as "his younger brother" is his brother.
KIN_OF = re.compile(
    r"(?:her|his|my)\s+(?:(?:elder|younger|older|eldest|youngest|little|big)\s+)?(?P<kin>(?:grand)?(?:mother|father)"
    r"|(?:grand)?(?:son|daughter)|brother|sister|cousin|uncle|aunt|nephew|niece|wife|husband)\b",
    re.IGNORECASE,
)
# The relatives "he" and "she" can stand for: "My brother farms near Sialkot, and he told me …"
KIN_GENDER = {
    "he": {"father", "grandfather", "son", "grandson", "brother", "uncle", "nephew", "husband"},
    "she": {"mother", "grandmother", "daughter", "granddaughter", "sister", "aunt", "niece", "wife"},
}
# "the coordinator of Operation Welcome", "the coordinator of the shelter": the one who runs it
DESCRIBED_PERSONS |= {"coordinator", "legislator", "lawmaker"}  # "A legislator in Taipei told me"
# "the mayor of Riverton", "the prefect of the Rhône", in lower case: the holder of a town's office, not the town
DESCRIBED_PERSONS |= {"mayor", "prefect"}
DESCRIBED_PERSONS |= {"student", "resident", "refugee"}  # "One student in Lahore told us"
# Who passes on news where they live or work: "her landlord in Kassala had told her", "A captain in Valparaíso told
# me", "our shipping agent in Durban", "a pharmacist at the district hospital": the person, not the place.
DESCRIBED_PERSONS |= {"landlord", "landlady", "pharmacist", "agent", "manager"}
DESCRIBED_PERSONS |= {"colonel", "captain", "lieutenant", "sergeant", "commander"}
OFFICES |= {"coordinator", "mayor", "prefect"}
DESCRIBED_GROUPS = {"advisers", "advisors", "aides", "officers", "officials", "members", "employees", "workers"}
DESCRIBED_GROUPS |= {"miners", "fishermen", "farmers", "traders", "doctors", "nurses", "teachers", "volunteers"}
DESCRIBED_GROUPS |= {"soldiers", "residents", "relatives", "families", "lawmakers", "legislators", "staff"}
DESCRIBED_GROUPS |= {"colleagues", "experts", "engineers", "students", "refugees"}
DESCRIBED_HEADS = DESCRIBED_PERSONS | DESCRIBED_GROUPS
ADVISERS = {"adviser", "advisor", "aide", "advisers", "advisors", "aides"}  # "to" describes them: "an adviser to X"
# Those who speak for the body they belong to: "officials of the Fisheries Department said" is the department's word.
SPEAKING_FOR = {"official", "officials", "staff", "employees"}
# Heads a place may follow within a speaker's name: "the Chinese Embassy in London", "Russia's ambassador in Berlin".
# One unnamed person before "familiar with …", "involved in …", "in Georgetown": the person speaks, the rest
# describes him.
SINGLE_UNNAMED = {"official", "diplomat", "source", "aide", "negotiator", "officer", "adviser", "advisor"}
DESCRIBED_AFTER = {"familiar", "involved", "in", "at", "based", "close"}
# Groups named by their number, then their members: "the Troika of the United States, the United Kingdom and Norway".
MEMBERED_GROUPS = {"troika", "quartet", "quad", "quintet", "trio"}
# "the Kurdish-led forces", "the TotalEnergies-run plant": a participle after a hyphen describes, names nothing.
DESCRIBING_PARTICIPLES = ("led", "backed", "based", "owned", "run", "linked", "aligned", "allied", "controlled")
DESCRIBING_PARTICIPLES += ("listed",)  # "London-listed Zagros Ridge Energy": where its shares trade
LOCATED = {"embassy", "mission", "consulate", "office", "bureau", "ambassador", "envoy", "representative", "delegation"}
LOCATED |= {"correspondent", "spokesperson", "spokesman", "spokeswoman", "command", "headquarters"}
# "The Interior Ministry in Lagos said", "The High Commissioner in Nouméa": the body or person, not the place.
LOCATED |= {"ministry", "department", "commissioner"}
# "The European Union Chamber of Commerce in China said": the chamber, not the country it works in.
LOCATED |= {"chamber"}
# "The Chinese Consulate General in Vancouver", "the Consul-General in Sydney": a title's postposed "general";
# "Venezuela's Consul General in Guangzhou said": the consul, not the city where the consulate sits.
LOCATED |= {"consul", "general", "consul-general"}
# "The Pakistan High Commission in London said": a Commonwealth country's embassy in another, not the city.
LOCATED |= {"commission"}
# Participles that place a group at a meeting: "ministers meeting in Cairo", "leaders gathered in Addis Ababa".
GATHERED = {"meeting", "gathered", "gathering", "assembled", "convened"}
# Where a person serves or works, after the person: "a friend serving on another tanker", "a nurse working in Rafah".
SERVING = {"serving", "working", "living", "sailing"}
# A legislature's blocs: "the Minority in Parliament", "the Majority Caucus in Parliament".
LOCATED |= {"minority", "majority", "caucus"}
# "Netanyahu's office said": the office speaks for the actor named before it.
SPOKES_HEADS = {"office", "spokesman", "spokeswoman", "spokesperson", "press", "service", "aide", "aides", "team"}
SPOKES_HEADS |= {"camp", "administration", "government", "secretary", "representative", "representatives"}


def is_located(word, before):
    """A body or role a place may follow within its name (lower-case `word`, the word `before` it): "embassy in",
    "Consul General in", "the embassy accredited to Malawi"."""
    return word in LOCATED or word in ("general", "accredited") and before in LOCATED


OWNER = re.compile(r"(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)['’]s\s+(?P<rest>[\w\s.-]+)")
GENERIC_HEADS = {"chief", "head", "boss", "leader", "top"}
# Roles named by a periphrasis, as translated copy does: "the head of state", "the head of French diplomacy",
# "the top diplomat". Each maps to the role words of the titles it stands for, the likeliest first.
FOREIGN_MINISTER = (("foreign", "minister"), ("minister", "foreign", "affairs"), ("secretary", "state"))
PERIPHRASES = [
    (re.compile(r"head of state"), (("president",), ("king",), ("emir",))),
    # a readout's "The President of the Republic stressed …": the president it has named (not "of the Republic of X")
    (re.compile(r"\bpresident of republic$"), (("president",),)),
    (re.compile(r"head of (?:the )?government"), (("prime", "minister"), ("chancellor",), ("premier",))),
    (
        re.compile(r"head of (?:(?P<demonym>[a-z]+) )?diplomacy|(?:top|chief) (?:(?P<demonym2>[a-z]+) )?diplomat"),
        FOREIGN_MINISTER,
    ),
]


@dataclass(frozen=True)
class Speaker:
    name: str
    slug: str | None = None
    kind: str = "person"  # an actor's kind; for unknown speakers a guess: person, group or other
    title: str = ""
    country: str = ""  # ISO code: the actor's, or for unknown speakers the one their title names

    @classmethod
    def of(cls, actor):
        return cls(actor.name, actor.slug, actor.kind, actor.title, actor.country)

    @property
    def key(self):
        return self.slug or normalize_name(self.name)

    @property
    def is_person(self):
        return self.kind == "person"


def is_title_word(token):
    return token.lower in HONORIFICS or token.lower in ROLE_WORDS or is_demonym(token.raw)


def is_demonym(word):
    # A list, not suffixes: "Sergei", "Christian" and "Morgan" end like demonyms and are names.
    return word.lower() in DEMONYMS


def excellency(doc, first):
    """Tokens first and first + 1 spell "H.E." (His or Her Excellency) or "H.H." (His Highness) before a name."""
    tokens = doc.tokens
    if first < 0 or first + 2 >= len(tokens) or tokens[first].raw != "H" or tokens[first + 1].raw not in ("E", "H"):
        return False
    return doc.text[tokens[first].end] == "." and doc.text[tokens[first + 1].end] == "."


def without_middle_initials(name):
    """'Donald J. Trump' → 'Donald Trump' (a leading initial stays: 'S. Jaishankar')."""
    return re.sub(r"(?<=\w) (?:[A-Z]\. )+(?=\w)", " ", name)


def fuzzy_actor(directory, name):
    """A directory actor for a name spelt differently or given in full: 'Zelenskiy', 'Mohammed bin … Al Thani'."""
    refs = directory.lookup(name)
    if refs:
        return refs[0].actor
    wanted = normalize_name(name).split()
    if len(wanted) == 2 and (refs := directory.lookup(f"{wanted[1]} {wanted[0]}")):
        return refs[0].actor  # family name first, as Japanese and Korean copy writes it: "Takaichi Sanae"
    choices, by_ends = directory.name_choices, directory.choices_by_ends
    for tokens, actor in by_ends.get((wanted[0], wanted[-1]), ()) if by_ends else ():
        if _subsequence(tokens, wanted):
            return actor
    if len(wanted) == 1 and len(wanted[0]) >= 6:
        # a surname transliterated another way: "Vitkoff" for Witkoff, "Zelenskiy" for Zelenskyy
        surnames = directory.person_surnames
        found = process.extractOne(wanted[0], list(surnames), scorer=fuzz.ratio, score_cutoff=85)
        if found and len(surnames[found[0]]) == 1:
            return directory.by_slug[next(iter(surnames[found[0]]))]
    if len(" ".join(wanted)) < 6:
        return None
    found = process.extractOne(" ".join(wanted), list(choices), scorer=fuzz.ratio, score_cutoff=88)
    return choices[found[0]] if found else None


def family_name_in_capitals(tokens, text, i):
    """'Mr. MOTEGI Toshimitsu' (a Japanese ministry's style, the family name in capitals, then the given name):
    'Toshimitsu Motegi', when token i is that family name; else None. A dateline ('PORT SUDAN, …') or a label
    in capitals is not one: the given name must follow after a space, in mixed case."""
    if i + 1 >= len(tokens) or not _capitals(tokens[i].raw) or (i > 0 and _capitals(tokens[i - 1].raw)):
        return None
    given = tokens[i + 1]
    if text[tokens[i].end : given.start] != " " or not given.raw[:1].isupper() or not given.raw[1:].islower():
        return None
    if given.lower in ORGANISATION_WORDS | COMPANY_WORDS:
        return None  # "the AES Confederation", "the ECOWAS Commission", "GE Aerospace": an acronym before a noun
    if given.lower in ROLE_WORDS | TITLE_WORDS:
        return None  # "the NWC Chairman", "the ABC Director": a body's initials before its office, no family name
    if i > 0 and tokens[i - 1].lower in ("for", "of", "at", "from", "with"):
        return None  # "a spokesman for NHS Grampian", "staff at UNICEF Ukraine": a body, not a family name
    if f"{tokens[i].lower} {given.lower}" in WIRES:
        return None  # "RIA Novosti": a news agency's name, not a family name before a given one
    if i + 2 < len(tokens) and text[given.end : tokens[i + 2].start] == " " and tokens[i + 2].raw[:1].isupper():
        return None  # "NATO Secretary General": capitals before a title, not a family name
    return f"{given.raw} {tokens[i].raw.title()}"


PARTICLES = {"al", "bin", "da", "de", "del", "der", "des", "di", "dos", "du", "el", "la", "le", "van", "von"}
# A navy's prefix before a ship's name: "HMCS Ville de Québec returned to Halifax" names a frigate, not a person.
VESSEL_PREFIXES = {"HMS", "HMCS", "HMAS", "HMNZS", "USS", "USNS", "INS", "RFS", "ROKS", "BRP", "KRI", "TCG", "HNLMS"}


def as_written(name):
    """A person's name taken from capitals (a transcript's label, 'ROBERTO VELASCO ÁLVAREZ:') as a name is
    written: 'Roberto Velasco Álvarez', particles inside it in small letters ('Luis de Guindos'). A name in
    mixed case, or of one word (an acronym, 'NATO'), stays as it is."""
    words = name.split()
    if len(words) < 2 or name != name.upper() or name == name.lower():
        return name
    return " ".join(
        word.lower() if 0 < index < len(words) - 1 and word.lower() in PARTICLES else word.title()
        for index, word in enumerate(words)
    )


def _capitals(word):
    return len(word) >= 2 and word.isalpha() and word.isupper()


def _subsequence(short, long):
    iterator = iter(long)
    return all(token in iterator for token in short)


def by_first_name(directory, first_name):
    found = {actor.slug: actor for actor in directory.actors if actor.is_person and alias_first(actor) == first_name}
    return next(iter(found.values())) if len(found) == 1 else None


def alias_first(actor):
    tokens = normalize_name(actor.name).split()
    return tokens[0] if tokens else None


def periphrasis(words):
    """(country code or "", alternative role words) for a role named by a periphrasis, else None."""
    phrase = " ".join(word for word in words if word not in DETERMINERS)
    for pattern, roles in PERIPHRASES:
        match = pattern.search(phrase)
        if match:
            named = next((group for group in match.groups() if group), None)
            return DEMONYM_COUNTRY.get(named or "", "") or country_in(phrase[: match.start()].split()), roles
    return None


def country_in(words):
    """The country a title names first: 'Pakistan's military spokesman' → PK, 'the Indian envoy' → IN."""
    words = [word for word in words if word not in DETERMINERS | {"s"}]
    for i in range(len(words)):
        for size in (3, 2, 1):
            code = COUNTRY_NAME.get(" ".join(words[i : i + size]))
            if code:
                return code
        if words[i] in DEMONYM_COUNTRY:
            return DEMONYM_COUNTRY[words[i]]
    return ""


# What a person noun may come "from" and still be the speaker: "A diplomat from a large member state", "A former
# colleague from those years", "a friend from his student days".
FROM_WHAT = {"a", "an", "those", "these", "that", "this", "his", "her", "their"}
FROM_PERSONS = PERSON_NOUNS | {"colleague", "friend", "classmate", "associate", "acquaintance"}
