"""Word lists for reported speech in English news copy."""

import re


def _regular(base):
    """(third person, past, -ing) for a regular verb, with British doubling (signalled)."""
    if base.endswith("y") and base[-2] not in "aeiou":
        return base[:-1] + "ies", base[:-1] + "ied", base + "ing"
    if base.endswith("ee"):
        return base + "s", base + "d", base + "ing"
    if base.endswith("e"):
        return base + "s", base + "d", base[:-1] + "ing"
    third = base + "es" if base.endswith(("s", "sh", "ch", "x", "z")) else base + "s"
    return third, base + "ed", base + "ing"


IRREGULAR = {
    "say": ("says", "said", "saying"),
    "tell": ("tells", "told", "telling"),
    "write": ("writes", "wrote", "writing"),
    "think": ("thinks", "thought", "thinking"),
    "speak": ("speaks", "spoke", "speaking"),
    "admit": ("admits", "admitted", "admitting"),
    "signal": ("signals", "signalled", "signalling"),
    "refer": ("refers", "referred", "referring"),
    "label": ("labels", "labelled", "labelling"),
    "slam": ("slams", "slammed", "slamming"),
    "dub": ("dubs", "dubbed", "dubbing"),
}

# Verbs whose complement is reported speech even without "that": "said the talks failed".
SAY = {"say", "tell", "add", "claim", "write", "reply", "answer", "insist", "argue", "explain"}
# Verbs that report speech when followed by "that" or an evident clause.
CLAUSE = {"note", "state", "warn", "stress", "declare", "announce", "emphasise", "emphasize", "underline"}
CLAUSE |= {"underscore", "reiterate", "confirm", "acknowledge", "admit", "suggest", "indicate", "mention", "remark"}
CLAUSE |= {"assert", "maintain", "predict", "promise", "assure", "remind", "inform", "believe", "recall", "reveal"}
CLAUSE |= {"disclose", "allege", "concede", "complain", "observe", "contend", "counter", "specify", "clarify"}
CLAUSE |= {"estimate", "deny", "agree", "signal", "hint", "report", "caution", "repeat", "recount", "boast", "vow"}
CLAUSE |= {"pledge", "affirm", "reaffirm", "tweet", "post", "respond", "think", "point", "express", "voice", "comment"}
CLAUSE |= {"convey", "highlight", "propose"}  # readouts: "conveyed that", "highlighted that"
CLAUSE |= {"confide", "confess"}  # translated copy (confie que, confessou): "confides that his brother …"
CLAUSE |= {"guarantee"}  # translated copy (garantiu que, a garanti que): "guaranteed today that"
CLAUSE |= {"rule"}  # a court's: "ruling that the Council had failed to show …"
CLAUSE |= {"demand", "request"}  # a request in the subjunctive: "demanded that Japan correct its mistakes"
CLAUSE |= {"assess"}  # translated copy (ocijenio je da, a estimé que): "assessed that the decision is …"
CLAUSE |= {"confide"}  # French regional copy (confie): '"…," he confides', "confided that"
CLAUSE |= {"communicate"}  # translated copy (a comunicat, ha comunicado): "…, the Ministry of Defence communicated"
# Verbs that take the hearer first: "told reporters the talks failed".
OBJECT_FIRST = {"tell", "assure", "remind", "inform", "warn", "promise", "brief", "reassure"}
# "expressed hope that …", "voiced concern that …": the noun comes first, then the clause.
NOUN_FIRST = {"express", "voice"}
# Speech acts that do not introduce a clause but make a quoted fragment the subject's words:
# 'condemned the "barbaric" attack', 'called the summit a "success"'.
FRAGMENT = {"call", "describe", "brand", "label", "term", "hail", "praise", "condemn", "denounce", "criticise"}
FRAGMENT |= {"criticize", "accuse", "reject", "dismiss", "blame", "welcome", "slam", "urge", "demand", "threaten"}
FRAGMENT |= {"appeal", "thank", "laud", "decry", "lament", "characterise", "characterize", "refer", "speak", "voice"}
FRAGMENT |= {"express", "dub", "question", "mock", "ridicule", "promise", "vow", "pledge", "insist", "warn", "stress"}
# Attribution only: '"Why should we trust them?" Zelenskyy asked.'
FRAGMENT |= {"ask", "joke", "quip", "continue", "conclude", "retort", "exclaim", "wonder", "plead", "write"}

# Requests whose content is an infinitive: "urged both sides to keep the crossings open", "called on X to …",
# also when the infinitive is quoted: 'urged Tokyo to "show restraint"'; two named hearers may be longer: "calls on
# the Sudanese Armed Forces and the Rapid Support Forces to agree …".
DIRECTIVE = {"urge", "call", "ask", "appeal", "encourage", "implore", "exhort"}
_NAMED = r"(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,5}"
DIRECTIVE_CLAUSE = re.compile(
    rf"\s*(?:on|upon|to)?\s*(?P<hearer>{_NAMED}and\s+{_NAMED}|(?:[\w.'’-]+\s+){{0,7}}?)"
    r"to\s+(?!the\b|a\b|an\b|be\s+\w+ed\b)(?=[a-z]|“)",
)

VERB_FORMS = {}  # form → (lemma, form kind)
for _lemma in sorted({*SAY, *CLAUSE, *FRAGMENT, *OBJECT_FIRST, *DIRECTIVE}):
    _third, _past, _ing = IRREGULAR.get(_lemma) or _regular(_lemma)
    for _form, _kind in ((_lemma, "base"), (_third, "third"), (_past, "past"), (_ing, "ing")):
        VERB_FORMS.setdefault(_form, (_lemma, _kind))
        if _form.endswith(("lled", "lling")) and not _lemma.endswith("ll"):  # American copy: "signaled", "signaling"
            VERB_FORMS.setdefault(_form.replace("ll", "l", 1), (_lemma, _kind))
CLAUSE |= {"consider"}  # translated copy (consideró que, a estimé que): "considered that"
for _form, _kind in (("consider", "base"), ("considers", "third"), ("considered", "past"), ("considering", "ing")):
    VERB_FORMS.setdefault(_form, ("consider", _kind))
REPORTING_LEMMAS = {*SAY, *CLAUSE, "make clear"}
PAST = {lemma: (IRREGULAR.get(lemma) or _regular(lemma))[1] for lemma in {*SAY, *CLAUSE, *FRAGMENT, *DIRECTIVE}}
PAST["make clear"] = "made clear"
SPEECH_VERB_FORMS = {form for form, (lemma, _) in VERB_FORMS.items() if lemma in REPORTING_LEMMAS}
# Forms more often nouns than verbs ("the Gulf state", "media reports"): verbs only before "that".
NOUN_LIKE = {"state", "states", "report", "reports", "post", "posts", "claim", "claims", "estimate", "estimates"}
NOUN_LIKE |= {"call", "calls", "demand", "demands", "signal", "signals", "pledge", "pledges", "vow", "vows"}
NOUN_LIKE |= {"question", "questions", "hint", "hints", "answer", "answers", "reply", "replies", "counter", "remark"}
NOUN_LIKE |= {"remarks", "note", "notes", "welcome", "label", "labels", "term", "terms"}
NOUN_LIKE |= {"comment", "comments", "rule", "rules", "guarantee", "guarantees"}
NOUN_LIKE |= {"consider", "considers", "considered"}  # speech only before "that": not "is considered a threat"

# Two-word reporting verbs, by their first word: "pointed out", "made (it) clear".
PHRASAL = {"point": "out", "points": "out", "pointed": "out", "pointing": "out"}
# A retort in debate copy: '"…," Ana Ruiz shot back.'; a verb only with its "back" (not "hit", a verb of its own).
for _form, _kind in (("shot", "past"), ("shoots", "third"), ("shooting", "ing"), ("shoot", "base")):
    VERB_FORMS.setdefault(_form, ("retort", _kind))
    PHRASAL.setdefault(_form, "back")
MAKE_CLEAR = {"make", "makes", "made", "making"}
# A readout's "The two ministers shared the view that …": a view stated together, as "made clear that".
SHARE_VIEW = {"share": "base", "shares": "third", "shared": "past", "sharing": "ing"}
SHARED_VIEWS = {"view", "assessment", "understanding", "concern"}
# A view held in a government's or an analyst's words: "Brunei is of the view that …", "They were of the opinion that".
HOLD_VIEW = {"is": "third", "are": "base", "was": "past", "were": "past", "remains": "third", "remain": "base"}
HELD_VIEWS = {"view", "opinion"}
# A conviction stated as a government's position: "Kenya is convinced that …", "The Ministry remains convinced that".
HELD_CONVICTIONS = {"convinced", "confident"}

AUXILIARIES = {"is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "will", "would"}
AUXILIARIES |= {"shall", "should", "can", "could", "may", "might", "must", "do", "does", "did", "s", "ll", "d", "re"}
AUXILIARIES |= {"ve"}
NEGATIONS = {"not", "never", "t", "no", "neither", "nor"}
SUBJECT_PRONOUNS = {"i", "we", "you", "he", "she", "it", "they", "there"}
PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
GROUP_PRONOUNS = {"they", "them", "their"}
THING_PRONOUNS = {"it", "its"}
PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS | THING_PRONOUNS
WH_WORDS = {"what", "whether", "how", "why", "when", "where", "who", "whom", "which", "if"}
PREPOSITIONS = {"of", "about", "on", "against", "for", "to", "in", "at", "with", "by", "from", "into", "over"}
PREPOSITIONS |= {"under", "after", "before", "during", "through", "towards", "toward", "upon", "without", "between"}
PREPOSITIONS |= {"among", "amid", "despite", "like", "than", "alongside", "beside", "near"}
PREPOSITIONS |= {"featuring"}  # an event's header, "Featuring Ana Ruiz, Minister of …": no given name "Featuring"
CONJUNCTIONS = {"that", "which", "who", "whom", "whose", "and", "but", "or", "nor", "while", "because", "although"}
CONJUNCTIONS |= {"though", "if", "when", "whereas", "after", "before", "since", "as", "so", "than", "where", "unless"}
CONJUNCTIONS |= {"until", "whether", "once"}
# Words allowed between a subject and its verb: "Trump also said", "Zelenskyy has repeatedly stressed".
DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight"}
DAY_PARTS = {"morning", "afternoon", "evening", "night"}  # "on Wednesday night"
BETWEEN_SUBJECT_AND_VERB = {"has", "have", "had", "also", "later", "again", "repeatedly", "previously", "earlier"}
BETWEEN_SUBJECT_AND_VERB |= {"then", "further", "now", "once", "separately", "publicly", "privately", "reportedly"}
BETWEEN_SUBJECT_AND_VERB |= {"recently", "initially", "subsequently", "meanwhile", "would", "already", "too", "first"}
BETWEEN_SUBJECT_AND_VERB |= {"last", "on", "is", "was"}
BETWEEN_SUBJECT_AND_VERB |= {"often", "always", "sometimes", "usually"}  # adverbs of frequency
BETWEEN_SUBJECT_AND_VERB |= {"long", "consistently", "frequently"}  # "Egypt has long insisted"
BETWEEN_SUBJECT_AND_VERB |= DAYS
# Lead-ins that are not speakers: "Details: …", "Background: …".
LABELS = {"details", "more details", "background", "context", "reminder", "update", "note", "source", "photo"}
LABELS |= {"video", "read more", "also read", "for reference", "explainer", "analysis", "recap", "why it matters"}
LABELS |= {"what happened", "prehistory", "quote of the day", "quote of the week", "in quotes"}
QUOTE_LABEL = re.compile(
    r"\s*(?:key\s+)?(?:quote|quotes|quoting|in\s+(?:his|her|their)\s+words)\b(?P<rest>[^:\n]{0,80}):\s*", re.IGNORECASE
)
# Roles that "the president", "the spokesman" resolve through the actors mentioned before.
ROLE_WORDS = {"president", "prime", "minister", "premier", "chancellor", "secretary", "spokesman", "spokeswoman"}
ROLE_WORDS |= {"spokesperson", "leader", "king", "emir", "ambassador", "envoy", "chief", "general", "foreign"}
ROLE_WORDS |= {"defence", "defense", "vice", "deputy", "press", "head", "senator", "governor", "mayor", "commander"}
# Headlines' abbreviations: "Mauritius PM says …", "Egypt's FM warns …".
ROLE_WORDS |= {"pm", "fm"}
# The bench's: "Presiding Judge Marc van der Woude wrote".
ROLE_WORDS |= {"judge", "presiding", "prosecutor", "ombudsman", "ombudswoman", "ombudsperson"}
# Sport's roles: "the coach, Dorival Santos,", "The winger told reporters".
ROLE_WORDS |= {"coach", "captain", "winger", "striker", "midfielder", "goalkeeper", "defender", "skipper", "referee"}
# Indian government copy's Hindi titles: "Raksha Mantri Shri Rajnath Singh", then "The Raksha Mantri".
ROLE_WORDS |= {"mantri", "raksha", "videsh", "grih", "pradhan", "rashtrapati"}
# British local government's: "Cllr Jane Moss said", then "the councillor added".
ROLE_WORDS |= {"cllr", "councillor"}
# A mission's head in an ambassador's absence: "Chargé d'Affaires of the Ruritanian Embassy said", then "He added".
ROLE_WORDS |= {"chargé", "d'affaires", "d’affaires"}
INSTITUTION_WORDS = {"government", "ministry", "administration", "kremlin", "cabinet", "office", "military", "army"}
INSTITUTION_WORDS |= {"department", "embassy", "mission"}
# Heads after "according to" that are documents or data, not speakers.
NOT_SPEAKERS = {"data", "figures", "statistics", "estimates", "estimate", "poll", "polls", "survey", "surveys"}
NOT_SPEAKERS |= {"report", "reports", "study", "research", "calculations", "plan", "document", "documents", "draft"}
NOT_SPEAKERS |= {"law", "constitution", "schedule", "website", "map", "records", "analysis"}
# Lower-case words inside a body's capitalised name: "the Office for the Coordination of …", "The National Assembly
# of Republika Srpska".
NAME_JOINS = {"of", "for", "on", "and", "the"}
# Nouns right after a quoted phrase that make it a name: the "one China" policy, a "peace through strength" plan.
NAMING_AFTER = re.compile(
    r"\s*(?:policy|policies|principle|formula|doctrine|framework|model|format|initiative|plan|operation|strategy"
    r"|slogan|campaign|law|bill|act|coalition|group|party|movement|programme|program|project|summit|process"
    r"|separatists?|secessionists?|extremists?|militants?|loyalists?|camp)\b",  # '"Greater X" separatist forces'
    re.IGNORECASE,
)
# An arrangement named in narration: 'Russia and Ukraine agreed to a 30-day "energy ceasefire"' (no one's words).
ARRANGED = re.compile(
    r"\b(?:agreed\s+(?:to|on)|signed|reached|brokered|struck)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
# Words before a quoted phrase that make it a name or scare quote rather than speech.
NAMING_BEFORE = re.compile(
    r"(?:so[- ]called|dubbed|known\s+as|nicknamed|named|titled|entitled|codenamed|code-named|"
    r"slogan|motto|hashtag|"
    # a work's title after its kind: 'he said in the programme "De ochtend" on Radio 1', 'her book "Night Shift"'
    r"(?:the|a|an|its|his|her|their)\s+(?:(?:radio|television|TV|morning|weekly|current\s+affairs)\s+)?"
    r"(?:programme|program|show|series|podcast|documentary|film|book|column|album)|"
    r"(?:what|which)\s+(?:\w+\s+){1,4}?(?:calls?|called|terms?|termed|describes?\s+as)|"
    r"(?:refers?|referred|referring)\s+to\s+(?:[^\s“”]+\s+){1,8}?as(?:\s+(?:a|an|the))?|"
    r"(?<![\w.,])(?!(?:19|20)\d\d\b)\d{1,3}(?:,\d{3})*)\s*$",  # a count of a designation: 'killed 14 "bandits"'
    re.IGNORECASE,
)
