"""References derived from an actor's title and country: "President of Ukraine" → "the Ukrainian president"."""

import re

# ISO code: (names, demonyms, seats of government used as metonyms). Small on purpose: the
# countries diplomatic copy names most; anything else still matches through explicit aliases.
COUNTRIES = {
    "UA": (["Ukraine"], ["Ukrainian"], ["Kyiv", "Kiev"]),
    "RU": (["Russia", "the Russian Federation"], ["Russian"], ["Moscow"]),
    "US": (
        ["the United States", "the US", "the U.S.", "America", "the USA"],
        ["US", "U.S.", "American"],
        ["Washington"],
    ),
    "GB": (["the United Kingdom", "the UK", "the U.K.", "Britain"], ["British", "UK", "U.K."], ["London"]),
    "FR": (["France"], ["French"], ["Paris"]),
    "DE": (["Germany"], ["German"], ["Berlin"]),
    "IT": (["Italy"], ["Italian"], ["Rome"]),
    "ES": (["Spain"], ["Spanish"], ["Madrid"]),
    "PL": (["Poland"], ["Polish"], ["Warsaw"]),
    "NL": (["the Netherlands"], ["Dutch"], ["The Hague"]),
    "BE": (["Belgium"], ["Belgian"], []),
    "EE": (["Estonia"], ["Estonian"], ["Tallinn"]),
    "LV": (["Latvia"], ["Latvian"], ["Riga"]),
    "LT": (["Lithuania"], ["Lithuanian"], ["Vilnius"]),
    "FI": (["Finland"], ["Finnish"], ["Helsinki"]),
    "SE": (["Sweden"], ["Swedish"], ["Stockholm"]),
    "NO": (["Norway"], ["Norwegian"], ["Oslo"]),
    "DK": (["Denmark"], ["Danish"], ["Copenhagen"]),
    "HU": (["Hungary"], ["Hungarian"], ["Budapest"]),
    "SK": (["Slovakia"], ["Slovak"], ["Bratislava"]),
    "CZ": (["the Czech Republic", "Czechia"], ["Czech"], ["Prague"]),
    "RO": (["Romania"], ["Romanian"], ["Bucharest"]),
    "MD": (["Moldova"], ["Moldovan"], ["Chisinau"]),
    "BY": (["Belarus"], ["Belarusian"], ["Minsk"]),
    "GE": (["Georgia"], ["Georgian"], ["Tbilisi"]),
    "TR": (["Turkey", "Türkiye"], ["Turkish"], ["Ankara"]),
    "CN": (["China", "the People's Republic of China"], ["Chinese"], ["Beijing"]),
    "TW": (["Taiwan"], ["Taiwanese"], ["Taipei"]),
    "JP": (["Japan"], ["Japanese"], ["Tokyo"]),
    "KR": (["South Korea"], ["South Korean"], ["Seoul"]),
    "KP": (["North Korea"], ["North Korean"], ["Pyongyang"]),
    "IN": (["India"], ["Indian"], ["New Delhi"]),
    "PK": (["Pakistan"], ["Pakistani"], ["Islamabad"]),
    "NP": (["Nepal"], ["Nepali", "Nepalese"], ["Kathmandu"]),
    "IR": (["Iran"], ["Iranian"], ["Tehran"]),
    "IL": (["Israel"], ["Israeli"], []),
    "PS": (["Palestine"], ["Palestinian"], ["Ramallah"]),
    "QA": (["Qatar"], ["Qatari"], ["Doha"]),
    "OM": (["Oman"], ["Omani"], ["Muscat"]),
    "KW": (["Kuwait"], ["Kuwaiti"], ["Kuwait City"]),
    "BH": (["Bahrain"], ["Bahraini"], ["Manama"]),
    "SA": (["Saudi Arabia"], ["Saudi"], ["Riyadh"]),
    "AE": (["the United Arab Emirates", "the UAE"], ["Emirati"], ["Abu Dhabi"]),
    "EG": (["Egypt"], ["Egyptian"], ["Cairo"]),
    "JO": (["Jordan"], ["Jordanian"], ["Amman"]),
    "LB": (["Lebanon"], ["Lebanese"], ["Beirut"]),
    "SY": (["Syria"], ["Syrian"], ["Damascus"]),
    "IQ": (["Iraq"], ["Iraqi"], ["Baghdad"]),
    "BR": (["Brazil"], ["Brazilian"], ["Brasilia"]),
    "ZA": (["South Africa"], ["South African"], ["Pretoria"]),
    "CA": (["Canada"], ["Canadian"], ["Ottawa"]),
    "AU": (["Australia"], ["Australian"], ["Canberra"]),
    "VA": (["the Holy See", "the Vatican"], ["Vatican"], []),
    "GR": (["Greece"], ["Greek"], ["Athens"]),
    "RS": (["Serbia"], ["Serbian"], ["Belgrade"]),
    "AZ": (["Azerbaijan"], ["Azerbaijani"], ["Baku"]),
    "AM": (["Armenia"], ["Armenian"], ["Yerevan"]),
    "AR": (["Argentina"], ["Argentine", "Argentinian"], ["Buenos Aires"]),
    "MX": (["Mexico"], ["Mexican"], ["Mexico City"]),
    "VE": (["Venezuela"], ["Venezuelan"], ["Caracas"]),
    "ID": (["Indonesia"], ["Indonesian"], ["Jakarta"]),
    "AT": (["Austria"], ["Austrian"], ["Vienna"]),
    "CH": (["Switzerland"], ["Swiss"], ["Bern"]),
    "PT": (["Portugal"], ["Portuguese"], ["Lisbon"]),
    "IE": (["Ireland"], ["Irish"], ["Dublin"]),
    "BG": (["Bulgaria"], ["Bulgarian"], ["Sofia"]),
    "HR": (["Croatia"], ["Croatian"], ["Zagreb"]),
    "KZ": (["Kazakhstan"], ["Kazakh"], ["Astana"]),
    "TM": (["Turkmenistan"], ["Turkmen"], ["Ashgabat"]),
    "UZ": (["Uzbekistan"], ["Uzbek"], ["Tashkent"]),
    "KG": (["Kyrgyzstan"], ["Kyrgyz"], ["Bishkek"]),
    "TJ": (["Tajikistan"], ["Tajik"], ["Dushanbe"]),
    "VN": (["Vietnam", "Viet Nam"], ["Vietnamese"], ["Hanoi"]),
    "PH": (["the Philippines"], ["Philippine", "Filipino"], ["Manila"]),
    "NG": (["Nigeria"], ["Nigerian"], ["Abuja"]),
    "KE": (["Kenya"], ["Kenyan"], ["Nairobi"]),
    "ET": (["Ethiopia"], ["Ethiopian"], ["Addis Ababa"]),
    # the conflicts and neighbours ordinary wire copy reports on
    "MM": (["Myanmar", "Burma"], ["Burmese"], ["Naypyitaw", "Naypyidaw"]),
    "YE": (["Yemen"], ["Yemeni"], ["Sanaa", "Aden"]),
    "LY": (["Libya"], ["Libyan"], ["Tripoli"]),
    "SD": (["Sudan"], ["Sudanese"], ["Khartoum", "Port Sudan"]),
    "SS": (["South Sudan"], ["South Sudanese"], ["Juba"]),
    "ER": (["Eritrea"], ["Eritrean"], ["Asmara"]),
    "SO": (["Somalia"], ["Somali"], ["Mogadishu"]),
    "CD": (["the Democratic Republic of the Congo", "DR Congo", "the DRC"], ["Congolese"], ["Kinshasa"]),
    "RW": (["Rwanda"], ["Rwandan"], ["Kigali"]),
    "ML": (["Mali"], ["Malian"], ["Bamako"]),
    "NE": (["Niger"], ["Nigerien"], ["Niamey"]),
    "BF": (["Burkina Faso"], ["Burkinabe"], ["Ouagadougou"]),
    "TD": (["Chad"], ["Chadian"], ["N'Djamena"]),
    "BJ": (["Benin"], ["Beninese"], ["Cotonou", "Porto-Novo"]),
    "MZ": (["Mozambique"], ["Mozambican"], ["Maputo"]),
    "AF": (["Afghanistan"], ["Afghan"], ["Kabul"]),
    "CO": (["Colombia"], ["Colombian"], ["Bogotá", "Bogota"]),
    "HT": (["Haiti"], ["Haitian"], ["Port-au-Prince"]),
    "CY": (["Cyprus"], ["Cypriot"], ["Nicosia"]),
    "BA": (["Bosnia and Herzegovina", "Bosnia"], ["Bosnian"], ["Sarajevo"]),
    "XK": (["Kosovo"], ["Kosovar"], ["Pristina"]),
    "TH": (["Thailand"], ["Thai"], ["Bangkok"]),
    "KH": (["Cambodia"], ["Cambodian"], ["Phnom Penh"]),
}

# Demonyms of countries the table above leaves out: words before a title ("the Algerian diplomat",
# "Sudan's Omani mediator") that are never part of a person's name.
OTHER_DEMONYMS = {
    "afghan",
    "albanian",
    "algerian",
    "angolan",
    "bahraini",
    "bangladeshi",
    "bolivian",
    "bosnian",
    "burmese",
    "cambodian",
    "cameroonian",
    "chadian",
    "chilean",
    "colombian",
    "congolese",
    "cuban",
    "cypriot",
    "ecuadorian",
    "eritrean",
    "european",
    "ghanaian",
    "guatemalan",
    "haitian",
    "honduran",
    "icelandic",
    "iraqi",
    "kenyan",
    "korean",
    "kosovar",
    "kurdish",
    "kuwaiti",
    "kyrgyz",
    "lao",
    "libyan",
    "luxembourgish",
    "macedonian",
    "malaysian",
    "malian",
    "maltese",
    "mauritanian",
    "mongolian",
    "montenegrin",
    "moroccan",
    "mozambican",
    "nepalese",
    "nepali",
    "nicaraguan",
    "nigerien",
    "omani",
    "panamanian",
    "paraguayan",
    "peruvian",
    "rwandan",
    "salvadoran",
    "senegalese",
    "singaporean",
    "slovenian",
    "somali",
    "sri lankan",
    "sudanese",
    "tajik",
    "tanzanian",
    "thai",
    "tunisian",
    "turkmen",
    "ugandan",
    "uruguayan",
    "uzbek",
    "yemeni",
    "zambian",
    "zimbabwean",
    "arab",
    "western",
    "palestinian",
    "djiboutian",
    "burundian",
    "somalilander",
    "ivorian",
    "togolese",
    "beninese",
    "gabonese",
    "namibian",
    "botswanan",
    "malawian",
    "liberian",
    "gambian",
    "guinean",
    "burkinabe",
    "gibraltarian",
    "dominican",
    "jamaican",
    "lankan",
}

# Countries and regions the table leaves out, named after a title ("the UN envoy for Sudan"): never a person.
OTHER_PLACES = {
    "afghanistan",
    "albania",
    "algeria",
    "angola",
    "bahrain",
    "bangladesh",
    "bolivia",
    "bosnia",
    "cambodia",
    "chad",
    "chile",
    "colombia",
    "congo",
    "crimea",
    "cuba",
    "cyprus",
    "darfur",
    "donbas",
    "ecuador",
    "eritrea",
    "gaza",
    "ghana",
    "guatemala",
    "haiti",
    "honduras",
    "iceland",
    "kashmir",
    "korea",  # "the Republic of Korea"
    "kosovo",
    "kuwait",
    "kyrgyzstan",
    "laos",
    "libya",
    "luxembourg",
    "malaysia",
    "mali",
    "malta",
    "mongolia",
    "montenegro",
    "morocco",
    "myanmar",
    "nepal",
    "nicaragua",
    "niger",
    "oman",
    "panama",
    "paraguay",
    "peru",
    "rwanda",
    "senegal",
    "singapore",
    "slovenia",
    "somalia",
    "sri lanka",
    "sudan",
    "south sudan",
    "tajikistan",
    "tanzania",
    "thailand",
    "tunisia",
    "turkmenistan",
    "uganda",
    "uruguay",
    "uzbekistan",
    "west bank",
    "yemen",
    "zambia",
    "zimbabwe",
    # small states and the Pacific, the Caribbean and southern Africa: "after New Zealand confirmed …" is no person
    "new zealand",
    "jamaica",
    "lesotho",
    "botswana",
    "namibia",
    "malawi",
    "burkina faso",
    "cook islands",
    "fiji",
    "papua new guinea",
    "samoa",
    "tonga",
    "vanuatu",
    "solomon islands",
    "trinidad and tobago",
    "barbados",
    "guyana",
    "costa rica",
    "el salvador",
    "dominican republic",
    "sierra leone",
    "brunei",
    "brunei darussalam",  # the state's own name in its releases: "Brunei Darussalam is of the view that …"
    "timor-leste",
    "europe",
    "africa",
    "asia",
    "the middle east",
    "latin america",
    "the indo-pacific",
    "the balkans",
    "the sahel",
}

# Roles a country's leader holds: "the Ukrainian leader" may mean its president.
LEADER_ROLES = {"president", "prime minister", "chancellor", "premier", "king", "emir", "supreme leader", "pope"}
ROLE_SYNONYMS = {
    "minister of foreign affairs": ["foreign minister", "top diplomat"],
    "foreign minister": ["top diplomat", "minister of foreign affairs"],
    "secretary of state": ["top diplomat"],
    "minister of defence": ["defence minister", "defense minister"],
    "defence minister": ["defense minister"],
    "secretary general": ["chief"],
    "secretary-general": ["chief"],
    "spokesman": ["spokesperson"],
    "spokeswoman": ["spokesperson"],
    "press secretary": ["spokesperson"],
}
GENERIC_ROLE_WORDS = {"president", "vice", "deputy", "prime", "minister", "foreign", "defence", "defense", "interior"}
GENERIC_ROLE_WORDS |= {"finance", "secretary", "general", "chief", "spokesman", "spokeswoman", "spokesperson"}
GENERIC_ROLE_WORDS |= {"press", "leader", "head", "chancellor", "premier", "king", "emir", "ambassador", "envoy"}
GENERIC_ROLE_WORDS |= {"special", "representative", "senior", "adviser", "advisor", "commander", "state", "first"}
GENERIC_ROLE_WORDS |= {"of", "the"}

FORMER = re.compile(r"^\s*(?:former|ex-|acting|outgoing)\b", re.IGNORECASE)


def country_names(code):
    return COUNTRIES.get(code, ([], [], []))


def _bare(name):
    return re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)


def is_former(title):
    return bool(FORMER.match(title or ""))


def _split_title(title):
    """'Prime Minister and Foreign Minister of Qatar' → (['prime minister', 'foreign minister'], 'Qatar')."""
    title = FORMER.sub("", title).strip()
    role, place = title, ""
    if " of " in title:
        role, place = title.rsplit(" of ", 1)
        place = _bare(place.strip())
    roles = []
    for part in (part.strip().lower() for part in re.split(r"\s+and\s+|\s*,\s*", role) if part.strip()):
        if roles and not set(part.split()) & GENERIC_ROLE_WORDS and " for " in roles[-1]:
            roles[-1] += f" and {part}"  # "Special Envoy for Ukraine and Russia": one role, not "russia"
        else:
            roles.append(part)
    return roles, place


def _place_forms(place, country):
    """Adjective-like forms: 'Ukrainian', 'Ukraine's', or the place itself ('NATO')."""
    names, demonyms, _ = country_names(country)
    bare_names = [_bare(name) for name in names]
    if place and _bare(place).lower() not in {name.lower() for name in bare_names}:
        return [place], [place]  # an organisation: "NATO secretary general"
    return demonyms, bare_names


def title_references(title, country):
    """Ways copy refers to the holder of `title` without naming them (leading "the" is implied)."""
    if not title:
        return []
    roles, place = _split_title(title)
    specific = [role for role in roles if set(role.split()) - GENERIC_ROLE_WORDS]
    if not place and specific:  # "Kremlin spokesman" stands alone
        return specific
    adjectives, names = _place_forms(place, country)
    refs = []
    for role in roles:
        variants = [role, *ROLE_SYNONYMS.get(role, [])]
        if role in LEADER_ROLES:
            variants.append("leader")
        for variant in variants:
            refs += [f"{adjective} {variant}" for adjective in adjectives]
            refs += [f"{name}'s {variant}" for name in names] + [f"{variant} of {name}" for name in names]
    return refs


def government_references(country):
    """How copy names a country's government: 'Qatar', 'Doha', 'the Qatari government'."""
    names, demonyms, seats = country_names(country)
    refs = [*names, *seats]
    for name in map(_bare, names):
        refs += [f"government of {name}", f"{name}'s government", f"{name} government"]
    for demonym in demonyms:
        refs += [f"{demonym} government", f"{demonym} authorities"]
    return refs
