"""Article formats beyond narration: transcripts, embedded posts, capitals headings, speech running on.

Mixed into `Extractor`, whose document, resolver, discourse and `_add` these use.
"""

import re
from collections import Counter
from functools import cached_property

from .candidates import DIRECT_QUOTE, PARAPHRASE
from .carriers import WIRES
from .dates import RECORD_HEADER, SPEECH_NOUNS
from .directory import PARTICLES
from .document import CLOSE, OPEN
from .lexicon import LABELS, QUOTE_LABEL, ROLE_WORDS, SPEECH_VERB_FORMS
from .names import HONORIFICS, SPOKES_NOUNS, TITLE_WORDS, Speaker

# "PORT SUDAN, Jan 8 (Reuters) -", "TEHRAN (AFP) —", "KYIV, Ukraine (AP) —": where and who filed, not a speaker.
# A wire's dateline in ordinary case, its agency in brackets, with or without a dash: "Chennai, Feb 15 (IANS)",
# "Maputo, 16 Feb (AIM) –".
DATELINE = re.compile(
    r"[A-Z][A-Z.'’ -]{2,40}(?:,\s*[A-Z][\w.'’ -]{1,30}?)*(?:,\s*\w{3,9}\.?\s+\d{1,2})?"
    r"\s*(?:\([^()\n]{1,40}\))?\s*[-—–]+\s"
    r"|[A-Z][\w.'’-]+(?:[ \t][A-Z][\w.'’-]+){0,2},[ \t]*"
    r"(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?)"
    r"[ \t]*\([A-Z][A-Za-z]{1,10}\)[ \t]*(?:[-—–]+[ \t])?(?=[ \t]*[A-Z])"
)

# A clause broken by its attribution after a short subject: "The talks, he said, were over." The subject opens the
# sentence in lower case after its first word (not a name, "Lavrov, he said, …"), the rest is the predicate.
INTERRUPTED = re.compile(
    r"\s*(?P<subject>[A-Z][\w'’-]*(?:[ \t]+[a-z][\w'’-]*){1,6}),[ \t]+(?P<who>he|she|they|it|[A-Z][\w'’-]+)[ \t]+"
    r"(?P<verb>[a-z]+)(?:[ \t]+(?:on|in|to)[ \t]+[\w'’-]+(?:[ \t]+[\w'’-]+)?)?,[ \t]+(?P<rest>[^\n]{3,})"
)
# A second clause after a postposed attribution: '…," he said, and civilians were not deliberately harmed.'
SAID_AND = re.compile(
    r"[,”\"][ \t]+(?P<who>he|she|they|[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})[ \t]+(?:said|added|says"
    # "…, she told RÚV's evening news, and Iceland would be no exception."
    r"|told[ \t]+(?:[A-Z][\w.'’-]*['’]s[ \t]+|the[ \t]+)?[\w'’-]+(?:[ \t]+[a-z][\w'’-]*){0,2})[ \t]*,[ \t]+and[ \t]+"
    r"(?P<rest>(?:the[ \t]+)?[A-Za-z][\w'’-]*(?:[ \t]+[a-z][\w'’-]*)?[ \t]+"
    r"(?:was|were|is|are|had|has|have|would|could|will)"
    r"\b[^\n]*?)(?=[.!?]?\s*$)"
)
CLIP_TAG = re.compile(
    r"[ \t]*\[(?:[Cc]lip|CLIP|[Aa]udio|AUDIO|[Vv]ideo|VIDEO|[Ss]ound|SOUNDBITE|[Ss]oundbite)\][ \t]+$"
)
# A transcript's turns: "HOST: …", "CHUNG: …", "SECRETARY RUBIO: …", "Q: …", "Sergey Lavrov: …", and broadcasters'
# labels on a line of their own, with a role after a comma: "STEVE INSKEEP, HOST:" then the words below.
# A podcast's timecode may come first: "[00:01:09] MALTE HUMPERT:". Asides in brackets after the label are not
# part of it: "MAIA SANDU (through interpreter):", "QUESTION (Reuters):", a meeting record's "Mr. Rwamucyo
# (Rwanda):" and "The President (spoke in French):".
TURN = re.compile(
    r"^[ \t]*(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]+)?"
    # a clip played inside a turn: "[Clip] Name (voice of interpreter):"
    r"(?:\[(?:[Cc]lip|CLIP|[Aa]udio|AUDIO|[Vv]ideo|VIDEO|[Ss]ound|SOUNDBITE|[Ss]oundbite)\][ \t]+)?"
    # up to six words, any letter ("ÁLVAREZ" too); nine for an office of a country before the name
    r"(?P<label>(?:[^\W\d_][\w.'’-]*[ \t]+){0,8}[^\W\d_][\w.'’-]*)"
    # a briefing's reporter with the outlet after a slash: "ANA REYES/DZBB:", "ANA REYES/PHILIPPINE STAR:"
    r"(?:/(?P<outlet>[A-Z][A-Z0-9.&'’-]*(?:[ \t]+[A-Z][A-Z0-9.&'’-]*){0,3}))?"
    r"(?:,[ \t]*(?P<role>[A-Z][A-Z '’-]{1,30}|[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|of|the|for|and)){0,6}))?"
    r"(?P<aside>(?:[ \t]*\([^()\n]{1,60}\))*)[ \t]*:"
    r"(?:[ \t]+(?=\S)|[ \t]*\n\s*(?=\S))",
    re.MULTILINE,
)
# A verbatim report's turns, the label closed by a full stop and a dash: "Name, President-in-Office of the
# Council. – Madam President, …", "Name, on behalf of the X Group. –", "Name (Group), blue-card question. –"; a
# Pacific Hansard's office in capitals closed by ".-": "HON. MINISTER FOR FISHERIES AND FORESTRY.- Mr. Speaker, …".
DASH_TURN = re.compile(
    r"^[ \t]*(?P<label>(?:(?:HON|Hon)\.[ \t]+)?(?:[^\W\d_][\w'’-]*[ \t]+){0,4}[^\W\d_][\w'’-]*)"
    r"(?P<aside>(?:[ \t]*\([^()\n]{1,40}\))*)(?:,[ \t]*(?P<role>[^\n.–—:]{2,80}?))?\.(?:[ \t]+[–—]|-)[ \t]+(?=\S)",
    re.MULTILINE,
)
# A French ministry's briefing, its turns a letter and a dash: "Q - …" for the question, "R - …" (réponse) for the
# spokesperson's answer; "Q. – …", "A – …" too.
LETTER_TURN = re.compile(r"^[ \t]*(?P<label>[QRA])\.?[ \t]*[-–—][ \t]+(?P<aside>)(?P<role>)(?=\S)", re.MULTILINE)
# The labels of a bare answer, given by whoever the introduction names: "A:", "Answer:", a French briefing's "R -".
ANSWER_LABELS = {"A", "ANSWER", "R"}
# A parliamentary record's speakers on a line of their own, without a colon, the speech on the lines below:
# "Dame Priti Patel (Witham) (Con)", an office with the name in brackets ("The Parliamentary Under-Secretary of
# State for … (Stephen Doughty)"), then the name alone once the record has given it so ("Stephen Doughty").
RECORD_LINE = re.compile(
    r"^[ \t]*(?:(?P<office>The[ \t][^\n()]{3,160}?)[ \t]*\((?P<named>[A-Z][^()\n]{2,60})\)"
    r"|(?P<label>(?:[A-Z][\w.'’-]*[ \t]+){0,4}[A-Z][\w.'’-]*))"
    r"(?P<aside>(?:[ \t]*\([^()\n]{1,60}\))*)[ \t]*$",
    re.MULTILINE,
)
# A record's office label with the holder in brackets, before a colon, the office holding commas and small words:
# "The Secretary of State for Foreign, Commonwealth and Development Affairs (Ana Ruiz):".
OFFICE_TURN = re.compile(
    r"^[ \t]*(?P<office>The[ \t][^\n():]{3,160}?)[ \t]*\((?P<label>(?:[A-Z][\w.'’-]*[ \t]+){1,4}[A-Z][\w'’-]*)\)"
    r"(?P<aside>)(?P<role>)[ \t]*:[ \t]+(?=\S)",
    re.MULTILINE,
)
# A member's label in a parliamentary record: "Dame Ana Ruiz (Witham) (Con):", the seat then the party.
MEMBER_ASIDES = re.compile(r"[ \t]*\([^()\n]{2,60}\)[ \t]*\([A-Z][\w &/-]{0,15}\)[ \t]*")
# An interview's speakers introduced with their initials, then labelled by them: "Kristen Michal (KM) spoke to …".
INITIALLED = re.compile(r"\b(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3})[ \t]+\((?P<initials>[A-Z]{2,4})\)")
# "… spoke with Morning Edition host Steve Inskeep": who asks the questions.
HOST_NAMED = re.compile(
    r"\b(?:[Hh]ost|[Aa]nchor|[Pp]resenter|[Ii]nterviewer|[Cc]orrespondent|[Ee]ditor)\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
    # "an edited transcript of Matt Galloway's interview with …"
    r"|\b(?P<owner>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})['’]s\s+interview\s+with\b"
)
# A header's entry naming a guest or a host, the name closing it or a title after a comma ("Guest: Lieutenant General
# (Retd) Arvind Menon, former …", "Interviewer: Rachel Ashdown, Research Fellow"), whose turns use its initials.
LISTED_NAME = re.compile(
    r"^[ \t]*(?:Guests?|Speakers?|Interviewee|Interviewer|Host|Presenter|Moderator|Chair|Panellists?|Panelists?):"
    r"[^\n,]*?(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})[ \t]*(?:,|$)",
    re.MULTILINE,
)
# A podcast's introduction names its host: "Hannah Marsh talks to …", "… speaks with …", "… is joined by …".
HOST_INTRODUCING = re.compile(
    r"^(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})[ \t]+"
    r"(?:(?:talks|speaks)[ \t]+(?:to|with)|is[ \t]+joined[ \t]+by)\b",
    re.MULTILINE,
)
# "The moderators were William Bonner and Renata Vasconcellos.", "moderated by …": who asks, two at a time.
HOSTS_LISTED = re.compile(
    r"\b(?:(?:moderators|hosts|presenters|interviewers)\s+(?:were|are)|(?:moderated|hosted|presented)\s+by)\s+"
    r"(?P<names>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}(?:\s*(?:,|\band\b)\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})*)"
)
# Words one of which each match of these patterns holds: most articles have none, and need not be searched.
HOST_NAMED_WORDS = ("Host", "host", "Anchor", "anchor", "Presenter", "presenter", "Interviewer", "interviewer")
HOST_NAMED_WORDS += ("Correspondent", "correspondent", "Editor", "editor", "interview")
HOSTS_LISTED_WORDS = ("moderators", "hosts", "presenters", "interviewers", "moderated", "hosted", "presented")
HOST_BRACKETED_WORDS = ("host)", "presenter)", "moderator)", "interviewer)")
HOST_ENTRY_WORDS = ("Presider", "Presiding", "Moderator", "Host", "Presenter", "Interviewer", "Chair")
# A speakers' list marking who asks: "Speakers: Ana Ruiz (host), Dr Ivo Petrov (senior fellow) and …".
# An event's list may give the role first: "Speakers: …; Ana Ruiz, Senior Fellow, CSIS (moderator)".
HOST_BRACKETED = re.compile(
    r"\b(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})(?:,[ \t]+[A-Z][^;:()\n]{1,80}?)?"
    r"[ \t]+\((?:co-?)?(?:host|presenter|moderator|interviewer)\)"
)
# Or the role first, as a list entry: "Speaker: Ivo Petrov, Minister …. Presider: Ana Ruiz, Senior Fellow, …"; the
# name closes the entry, a title or the next entry follows it ("Host: Ana Ruiz. Guests: …"; "Host: Ana Ruiz, welcome
# back" is a turn, not a list). An honorific
# before it is no part of it: "Moderator: Dr Lim Wen Hui, Senior Fellow", whose turns are "Dr Lim Wen Hui:".
HOST_ENTRY = re.compile(
    r"\b(?:Presider|Presiding|Moderator|Host|Presenter|Interviewer|Chair)s?:[ \t]+"
    r"(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?[ \t]+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+(?:(?:" + "|".join(sorted(PARTICLES)) + r")[ \t]+)?[A-Z][\w'’-]+){0,2})"
    r"(?=[ \t]*(?:,[ \t]+[A-Z]|[;(]|\.?[ \t]*$|\.[ \t]+(?:Guests?|Speakers?|Panel(?:lists?)?|With):))",
    re.MULTILINE,
)
# A presider's opening turn: "Welcome to today's meeting", "Good morning, everyone, and welcome to …".
WELCOMING = re.compile(r"(?:(?:Good\s+(?:morning|afternoon|evening)|Hello)[^.!?]{0,40}?\band\s+)?[Ww]elcome\b")
# A line wholly in brackets is a stage direction, no one's words: "[CROSSTALK]", "(APPLAUSE)", "[inaudible]",
# "(The speaker agreed to take a blue-card question)".
STAGE_DIRECTION = re.compile(r"\s*[\[(][^\[\]()\n]{1,80}[\])]\s*")
TRANSCRIPT_END = re.compile(r"\s*(?:\((?i:concludes|ends)\.?\)|END(?:S|[ \t]+\d{1,2}:\d{2}[^\n]{0,12})?\.?|#{3})\s*")
# A stage direction inside a turn's paragraph splits it in two: "… for decades. [laughter] The treaty …".
SPLITTING_DIRECTION = re.compile(r"[ \t]*[\[(](?i:laughter|laughs|pause|crosstalk|applause)\.?[\])][ \t]*")
# A heading in capitals naming who is quoted below it: "UK PRIME MINISTER KEIR STARMER", "… ON X:".
HEADING = re.compile(
    r"[ \t]*(?P<name>[A-Z][A-Z0-9.,'’()&/ -]{3,120}?)(?:\s+(?:ON|IN|VIA)\s+[A-Z ]{1,20})?[ \t]*:?[ \t]*"
)
# A broadcaster's caption over a sound bite, the speaker's name then a slash and the title: "[Ana Ruiz / Minister of
# Trade]" on its own line, the quote on the next.
SOUND_BITE = re.compile(r"[ \t]*\[[ \t]*(?P<name>[A-Z][^\[\]/\n]{1,60}?)[ \t]*/[^\[\]\n]{1,120}\][ \t]*")
HEADING_LEAD = re.compile(r"^(?:(?:JOINT\s+)?STATEMENT\s+(?:BY|FROM)\s+|(?:REMARKS|COMMENTS)\s+(?:BY|FROM)\s+)")
# Nouns closing an office's name beside the role words: "Press Officer", "Communications Director".
OFFICE_NOUNS = {"officer", "director", "adviser", "advisor", "commissioner", "coordinator", "representative"}
# The small words inside an office's name: "Minister for Foreign Affairs and Trade".
OFFICE_JOINERS = {"for", "of", "and", "the", "on"}
# The head noun of a body of government an office serves in: "Federal Foreign Office", "Ministry of Defence".
BODY_WORDS = {"office", "ministry", "department", "chancellery", "government", "cabinet", "agency", "commission"}
ASKERS = {"host", "interviewer", "q", "question", "questions", "moderator", "anchor", "reporter", "journalist"}
ASKERS |= {"presenter", "correspondent", "audience", "participant", "questioner", "press"}
ASKERS |= {"interlocutor", "interlocutora"}  # a stenographic version's questioner (Mexico's presidency)
# A sentence that goes on with reported speech: a pronoun or short subject, then a backshifted verb.
CONTINUED = re.compile(
    r"\s*(?:It|They|He|She|We|This|That|There|The\s+\w+)(?:\s+\w+){0,2}?\s+(?:would|could|might|had)\s"
)
WOULD_ON = re.compile(r"\s*(?:It|They|He|She|The\s+\w+)(?:\s+\w+){0,2}?\s+(?:would|could)\s")
# A ministry's release of written replies to parliamentary questions: its title names the minister who replies.
REPLIES_TITLE = re.compile(
    r"\s*(?P<who>[^\n]{3,120}?)['’]s?\s+(?:written\s+|oral\s+)?(?:replies|reply|answers?)\s+to\s+"
    r"(?:[Pp]arliamentary\s+)?[Qq]uestions?\b"
)
REPLY_LABEL = re.compile(r"\s*(?:Written\s+|Oral\s+)?(?:[Rr]eply|[Aa]nswer)(?:\s+(?:to|for)\s+[^:\n]{1,60})?:\s*")
QUESTION_HEADING = re.compile(r"\s*(?:Parliamentary\s+)?Questions?\s+(?:No\.?\s*)?\d+[^\n]{0,40}")
# An Indian ministry's release whose every sentence is a minister's reply, attributed by its last line alone: "This
# information was given by the Minister of State for … in a written reply in the Rajya Sabha today."
INFORMATION_GIVEN = re.compile(
    r"\s*This\s+information\s+was\s+given\s+by\s+(?P<who>[^\n]{3,160}?)\s+in\s+(?:a\s+)?(?:written|oral)\s+reply\b"
)
BULLET = re.compile(r"[ \t]*[•▪●◦][ \t]*(?P<item>[^\n]*?)(?:[;.,]?[ \t]+and|[;.,])?[ \t]*$", re.MULTILINE)
# A sentence whose figures are a body's, not the minister's: "…, as per data of the Directorate General …".
CITED_DATA = re.compile(r"\b(?:as\s+per|according\s+to)\b", re.IGNORECASE)
# A note naming who answered a Q&A's bare "A:" turns: "Questions were answered by Minister of Defence Ana Ruiz."
ANSWERED_BY = re.compile(
    r"\b(?:[Qq]uestions|[Aa]nswers)\s+were\s+(?:answered|given)\s+by\s+(?P<who>[^.;\n]{3,120}?)[.;,\n]"
)
# An introduction naming who the interview is with: "Foreign Minister Ana Ruiz spoke to Outlet on Tuesday",
# "… talked with", "… sat down with": who answers under a bare "A:".
INTERVIEWED = re.compile(
    r"\b(?P<who>(?:[A-Z][\w.'’-]*[ \t]+){0,4}[A-Z][\w'’-]+)"
    # "Name, a retired general who served …, spoke to Outlet": an apposition between the name and the verb
    r"(?:,[ \t]+(?:a|an|the|former)[ \t][^,;.\n]{3,160},)?[ \t]+(?:spoke|talked|sat[ \t]+down)[ \t]+(?:to|with)\b"
)
ASKED = re.compile(r"\s*(?:Mr|Mrs|Ms|Miss|Dr|Assoc Prof|Prof)\.?\s+[^\n]{2,60}?\s+asked\s+the\s+")
# A report's reported speech running on: a subject of a few words, then a backshifted verb ("The tunnel-boring
# machines on the transfer tunnel had been stopped …"); no verb of saying of its own.
REPORTED_ON = re.compile(
    r"\s*(?:It|They|He|She|This|That|There|The\s+[\w-]+)(?:\s+[\w%-]+){0,7}?\s+(?:would|could|had|were)\s"
)
# "The Foreign Ministers of … issued the following joint statement:", then the statement in full, without marks.
STATEMENT_INTRO = re.compile(
    r"\s*(?P<subject>[^\n:]{2,400}?)\s+(?:has\s+|have\s+)?(?:issued|released|published|adopted|said\s+in)\s+"
    r"(?:the\s+following|this|a|their|its)\s+(?:joint\s+)?(?:statement|declaration|communiqu[eé]|message)"
    r"(?:\s+(?:on|after|following)\s+[^\n:]{1,120})?\s*:\s*"
)
# An introduction saying the prose below it is the speaker's: "The following are the Spokesperson's remarks …".
REMARKS_FOLLOW = re.compile(
    r"\b(?:following|below)\s+(?:is|are)\b[^.\n]{0,80}\b(?:remarks|statement|announcements?)\b", re.IGNORECASE
)
# A speaker's greeting in a paragraph of its own, before the words that matter: "Good afternoon, and thank you for
# joining us."
GREETING = re.compile(
    r"\s*(?:Good[ \t]+(?:morning|afternoon|evening)|Hello|Thank[ \t]+you|Thanks)\b[^.!?\n]{0,60}[.!]\s*", re.IGNORECASE
)
FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Uu]s|[Mm]y|[Mm]e)\b")
END_OF_STATEMENT = re.compile(
    r"\s*(?:\(\s*ends?\s*\)|ends?|[-—–]+\s*ends?\s*[-—–]+|#{3}|\*{3}|notes?\s+to\s+editors:?)\s*", re.IGNORECASE
)
# "…lives from Russian terror. – stated the head of state." / "… – Zelenskyy emphasized.": ends a paragraph.
DASH_ATTRIBUTION = re.compile(r"(?<=[.!?…])\s+[–—]\s+(?P<words>[^–—,;:\n]{3,80}?)\s*\.?\s*$")
# Polish (and other Central European) dialogue: the paragraph opens with a dash, the quote closes with another, the
# attribution after it with no full stop before: "– We heard a bang. At first we thought it was a storm – says Ana
# Ruiz, the mayor of …" / "– … – he says."
DIALOGUE_DASH = re.compile(
    r"[ \t]*[–—][ \t]+(?P<quote>[^\n]+?)[ \t]+[–—][ \t]+(?P<words>[^–—,;:\n]{3,80}?)[ \t]*(?:[,.]|$)"
)
# Nordic dialogue: the paragraph opens with a dash, the quote closes with a comma and the inverted verb: "– We hand out
# half rations. That is triage, says Ana Ruiz, the director, to NRK." / "– …, she says." Translated copy often sets
# the dash as a hyphen: "- …, says the minister to DR."
COMMA_DASH = re.compile(
    r"[ \t]*[-–—][ \t]+(?P<quote>[^\n]+?),[ \t]+"
    r"(?P<words>(?:says|said)[ \t][^–—,;:\n]{2,80}?|[^–—,;:.\n]{2,60}?[ \t](?:says|said))"
    # the outlet it was said to is no part of the name: "…, says the Minister of Defence to DR."
    r"(?:[ \t]+to[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})?[ \t]*(?:[,.]|$)"
)
NARRATION_VERB = re.compile(r"\b(?:said|says|told|added|wrote)\b")
# A paragraph ending in a verb of saying and a colon, the words below it without marks: "Asked …, she said:",
# "Poland's foreign minister, Radosław Sikorski, has posted on X:", "He wrote on Telegram:".
BLOCK_INTRO = re.compile(
    r"\b(?:said|says|wrote|writes|added|stated|declared|tweeted|posted(?:\s+on\s+[\w ]{1,30})?"
    r"|(?:wrote|posted)\s+(?:on|in)\s+[\w ]{1,30})\s*:\s*$"
)
# The signature under an embedded post: "— Andrii Sybiha 🇺🇦 (@andrii_sybiha) January 21, 2026".
POST_SIGNATURE = re.compile(
    r"^[ \t]*[—–-]{1,2}[ \t]*(?P<name>[^\n(@]{2,80}?)[ \t]*\(@\w{1,30}\)[ \t]*(?P<date>[^\n]{0,40})$", re.MULTILINE
)


class ArticleFormats:
    def _continued_paraphrases(self):
        """'The party would examine every item, he said. It would not sign a blank check.': reported speech
        running on into the next sentence of the paragraph, told by its backshifted verb."""
        doc, sentences = self.doc, self.doc.sentences
        taken = {f.start - self.offset for f in self.found}
        for found in [f for f in self.found if f.kind == PARAPHRASE and f.how in ("clause", "that")]:
            index = next((i for i, s in enumerate(sentences) if s.start <= found.start < s.end), None)
            if index is None or index + 1 >= len(sentences):
                continue
            current, following = sentences[index], sentences[index + 1]
            if doc.paragraph_of(current.start) != doc.paragraph_of(following.start) or following.quotes:
                continue
            closing = re.fullmatch(r"[^\w]*\w+(?:\s+\w+){0,2}\s+said[.!]?\s*", doc.masked[found.end : current.end])
            # a meeting's report, all of it reported speech: "Mr X, …, said the deliveries had been moved. The
            # machines had been stopped for four months."
            reported = self._meeting_report and re.fullmatch(r"[.!]?\s*", doc.masked[found.end : current.end])
            # a that-clause ending its sentence: "X told BNS on Monday that the package included radars. The first
            # deliveries would reach Ukraine before the end of August."
            ending = found.how == "that" and re.fullmatch(r"[.!]\s*", doc.masked[found.end : current.end])
            if not (closing or reported or ending):
                continue  # only after a closing attribution: "…, he said." / "…, the spokesman said."
            if any(following.start <= start < following.end for start in taken):
                continue
            continued = CONTINUED if closing else REPORTED_ON
            if ending and not closing and not reported:
                continued = WOULD_ON
            if continued.match(doc.masked, following.start, following.end):
                end = following.start + len(doc.masked[following.start : following.end].rstrip())
                self._add(following.start, end, PARAPHRASE, found.speaker, "continuation", found.relayed_by)

    @cached_property
    def _meeting_report(self):
        """A report of a meeting, its header line naming it ("Water and Sanitation | Portfolio Committee | 10 March
        2027"): its paragraphs report what each speaker said."""
        for start, end in self.doc.paragraphs[1:3]:
            line = self.doc.text[start:end]
            if line.count(" | ") >= 2 and RECORD_HEADER.search(line):
                return True
        return False

    def _interrupted_paraphrases(self):
        """'Pakistan's problems, he wrote on X, "cannot be solved in Afghanistan".': a reported clause broken by its
        attribution after the subject; the statement runs over the attribution, as an interrupted quote does."""
        doc = self.doc
        taken = [(f.start - self.offset, f.end - self.offset) for f in self.found if f.kind == PARAPHRASE]
        for sentence in doc.sentences:
            if self._skipped(sentence.start) or any(s < sentence.end and sentence.start < e for s, e in taken):
                continue
            match = INTERRUPTED.match(doc.masked, sentence.start, sentence.end)
            if match is None or doc.masked[match.start("subject")] in OPEN:
                continue
            tokens = doc.tokens_between(match.start("who"), match.end("who"))
            if not tokens or match.group("verb") not in SPEECH_VERB_FORMS:
                continue
            speaker = self.resolver.speaker(tokens[0], tokens[-1], match.start("who"))
            if speaker is None or not self._acceptable(speaker):
                continue
            end = sentence.start + len(doc.masked[sentence.start : sentence.end].rstrip().rstrip("."))
            self._add(sentence.start, end, PARAPHRASE, speaker, "interrupted", self.relayed_by)
        for sentence in doc.sentences:  # '"…," he said, and civilians were not deliberately harmed.'
            match = SAID_AND.search(doc.masked, sentence.start, sentence.end)
            if match is None or self._skipped(sentence.start):
                continue
            tokens = doc.tokens_between(match.start("who"), match.end("who"))
            speaker = self.resolver.speaker(tokens[0], tokens[-1], match.start("who")) if tokens else None
            if speaker is None or not self._acceptable(speaker):
                continue
            end = match.start("rest") + len(match.group("rest").rstrip().rstrip("."))
            if not any(f.start - self.offset <= match.start("rest") < f.end - self.offset for f in self.found):
                self._add(match.start("rest"), end, PARAPHRASE, speaker, "continuation", self.relayed_by)

    # --- article furniture -----------------------------------------------------------------

    def _transcript_turns(self):
        """(label, body start, paragraph end) of each labelled turn, when the article reads as a transcript."""
        if self.relayed_by is not None:
            return []
        turns, self.askers = [], set(ASKERS)
        initials = self._initials()
        dashed = False
        matches = [*TURN.finditer(self.text), *DASH_TURN.finditer(self.text), *OFFICE_TURN.finditer(self.text)]
        matches += LETTER_TURN.finditer(self.text)
        matches.sort(key=lambda match: match.start())
        members = any(match.re is TURN and MEMBER_ASIDES.fullmatch(match.group("aside")) for match in matches)
        # an outlet whose name is written in small letters labels its questions so: "profil: …", "taz: …"
        small = Counter(match.group("label") for match in matches if match.group("label").isalpha())
        for match in matches:
            label, label_start, office = match.group("label").strip(), match.start("label"), None
            title = self.text[match.end() :].split("\n", 1)[0].rstrip() if match.start() == 0 else None
            if title is not None and title[-1:] not in '.!?…"”':
                continue  # the title, "Iran: Nuclear Programme", is no one's turn
            if title is not None and label.split()[-1].lower() in SPEECH_NOUNS:
                continue  # 'ISSI Roundtable: "Pakistan-India Relations …"': the event's title, no one's turn
            if match.re is OFFICE_TURN:
                if not any(word.strip(",") in ROLE_WORDS for word in match.group("office").lower().split()):
                    continue  # "The Secretary of State for … (Ana Ruiz):", "The Minister for … (Mr Ivo Petrov):"
            elif (named := self._office_named(label, match)) is not None:
                label, label_start = named  # "Minister for Foreign Affairs and Trade (Deputy Ana Ruiz):": the name
            elif (named := self._office_then_name(label, match)) is not None:
                label, label_start = named  # "Official Spokesperson, Shri Ana Ruiz:": the name after the office
            elif (named := self._office_of_country(label, match)) is not None:
                label, label_start = named  # "President of Russia Ana Ruiz:": the name after the office
            elif (office := self._office_of_body(label, match)) is not None:
                label = office  # "Minister of State, Federal Foreign Office:": the office and its body, unnamed
            if label != office:
                if not all(word[0].isupper() for word in label.split()) and not (label.islower() and small[label] >= 2):
                    continue  # every word capitalised, "Álvarez" too
                if len(label.split()) > 4 and not label.isupper():
                    continue  # "FOREIGN MINISTER ROBERTO VELASCO ÁLVAREZ:", an office and a name in capitals
            if label.lower() in LABELS or QUOTE_LABEL.fullmatch(label + ": ") or self._skipped(match.start()):
                continue
            aside = re.match(r"[ \t]*\((?P<name>[A-Z][\w'’-]+)\)", match.group("aside"))
            if label.upper() in ANSWER_LABELS and aside:  # "A (Hsieh):", one answer given by the surname named
                label, label_start = aside.group("name"), match.start("aside") + aside.start("name")
            if label in initials:  # "KM:" after "Kristen Michal (KM)": the name, where the article gives it
                label, label_start = initials[label]
            elif (named := self._initials_of_listed(label, label_start)) is not None:
                label, label_start = named  # "AM:" after "Guest: … Arvind Menon, former …"
            role = (match.group("role") or "").strip()
            if match.re is TURN and match.group("outlet"):
                self.askers.add(label.lower())  # "ANA REYES/DZBB:": a reporter and the outlet she asks for
            # "NAME, HOST:", and a broadcaster's "NAME, CNN ANCHOR:" with the outlet before the role
            if role.lower() in ASKERS or role.isupper() and role.split()[-1].lower() in ASKERS:
                self.askers |= {label.lower(), label.split()[-1].lower()}  # "STEVE INSKEEP, HOST:", then "INSKEEP:"
            end = self.text.find("\n", match.end())
            turns.append((label, match.end(), len(self.text) if end == -1 else end, label_start))
            dashed = dashed or match.re is DASH_TURN
        record = self._record_lines()
        turns = sorted(turns + record, key=lambda turn: turn[1])
        if not turns:
            return []
        labels = [label.lower() for label, *_ in turns]
        said = {}  # each label's turns, as said
        for label, start, end, _ in turns:
            said.setdefault(label.lower(), []).append(self.text[start:end].rstrip())
        outlets = WIRES | self.doc.directory.outlet_names
        for label in [] if record or dashed or members else said:  # in a record, members' questions speak
            # a press conference's questions, labelled by the outlet asking: "Reuters: … Does China accept …?", or
            # by the journalist asking again after being cut off ("Name, Outlet: On the visa, sir --")
            ends = said[label]
            asking = any(e.endswith("?") for e in ends) and all(e.endswith(("?", "--", "—")) for e in ends)
            if label in outlets or asking:
                self.askers.add(label)
        # an interviewer labelled by name or initials: every turn of theirs a question, the other's answers not
        # an interviewer labelled by name, initials or the outlet's name ("ZEIT:"): most of their turns questions
        # (the thanks at the end, a claim put to the guest are not), none or few of the others'
        share = {}
        for label in set(labels):
            ends = [turn.endswith("?") for turn in said[label]]
            share[label] = (sum(ends) / len(ends), len(ends))
        asking = {label for label, (part, count) in share.items() if part == 1 or (part > 0.5 and count >= 3)}
        answering = set(labels) - asking
        few_questions = all(share[label][0] <= 0.25 for label in answering)
        only_questions = all(share[label][0] == 1 for label in asking)
        interview = asking and answering and len(set(labels)) <= 3 and not (record or dashed)
        if interview and (few_questions or only_questions):
            self.askers |= asking
        # whoever opens the event with a welcome ("Welcome to today's meeting", "Good morning, and welcome") and asks
        # in it, another label answering, presides: his turns are questions and thanks, no statements
        opener = labels[0]
        opener_turns = [self.text[s:e].strip() for lab, s, e, _ in turns if lab.lower() == opener]
        welcomes = WELCOMING.match(opener_turns[0]) and any(turn.endswith("?") for turn in opener_turns)
        if welcomes and len(opener_turns) >= 2 and len(set(labels)) <= 3 and not (record or dashed):
            self.askers.add(opener)
        masked = self.doc.masked
        for match in _finditer_with(HOST_NAMED, masked, HOST_NAMED_WORDS):
            name = (match.group("name") or match.group("owner")).lower()
            self.askers |= {name, name.split()[-1]}
        for match in HOST_INTRODUCING.finditer(masked):
            name = match.group("name").lower()
            self.askers |= {name, name.split()[-1]}
        for match in _finditer_with(HOST_BRACKETED, masked, HOST_BRACKETED_WORDS):  # "Speakers: Ana Ruiz (host), …"
            name = match.group("name").lower()
            self.askers |= {name, name.split()[-1]}
        for match in _finditer_with(HOST_ENTRY, masked, HOST_ENTRY_WORDS):  # "Presider: Ana Ruiz, Senior Fellow"
            name = match.group("name").lower()
            # "Host: Sanne de Vries.", whose turns are "DE VRIES:": the surname with its particle
            particle = next((i for i, word in enumerate(name.split()) if word in PARTICLES), None)
            self.askers |= {name, name.split()[-1], " ".join(name.split()[particle or -1 :])}
        for match in _finditer_with(HOSTS_LISTED, masked, HOSTS_LISTED_WORDS):
            for name in re.split(r"\s*(?:,|\band\b)\s*", match.group("names").lower()):
                if name:
                    self.askers |= {name, name.split()[-1]}
        # the member the order paper names as asking ("HON. LEADER OF THE OPPOSITION asked the Government, upon
        # notice:") asks in the turns under that label too
        first = turns[0][3]
        self.askers |= {
            label for label in labels if re.search(rf"(?i:{re.escape(label)})[ \t]+asked\b", self.text[:first])
        }
        # Questions and answers, or one speaker's turns again: not a caption's "FILE PHOTO:" or a headline's "Barrot:".
        asked = any(label in self.askers for label in labels)
        repeated = any(len(said[label]) > 1 for label in labels if label not in self.askers)
        return turns if repeated or (asked and len(set(labels) - self.askers) >= 1) else []

    @staticmethod
    def _office_named(label, match):
        """A record's office label with the holder's name in brackets ("Minister for Foreign Affairs and Trade
        (Deputy Ana Ruiz):", "Minister of State (Mr Ivo Petrov):"): (the name, where it stands), else None."""
        words = label.split()
        if words[0].lower() not in ROLE_WORDS or not all(w[0].isupper() or w in OFFICE_JOINERS for w in words):
            return None
        aside = re.match(r"[ \t]*\((?P<name>(?:[A-Z][\w.'’-]*[ \t]+){1,4}[A-Z][\w'’-]*)\)", match.group("aside"))
        if aside is None:
            return None  # "(as interpreted)", "(in English)": asides, not names
        return aside.group("name"), match.start("aside") + aside.start("name")

    @staticmethod
    def _office_then_name(label, match):
        """A briefing's label naming the office, then the holder after a comma ("Official Spokesperson, Shri Ana
        Ruiz:"): (the name, where it stands), else None; "Ana Ruiz, Outlet:" and "NAME, HOST:" are left alone."""
        words, role = label.lower().split(), (match.group("role") or "").strip()
        if not words or not all(word in ROLE_WORDS | TITLE_WORDS for word in words):
            return None
        names = role.split()
        if not 2 <= len(names) <= 5 or not all(word[0].isupper() for word in names):
            return None
        if all(word.lower() in ROLE_WORDS | TITLE_WORDS | OFFICE_JOINERS for word in names):
            return None  # "Deputy Spokesperson, Foreign Ministry": an office again
        return role, match.start("role")

    @staticmethod
    def _office_of_body(label, match):
        """A translated record's label giving an office, then the body it serves in, the holder unnamed ("Minister of
        State, Federal Foreign Office:", "Parliamentary State Secretary, Federal Ministry of Defence:"): the label as
        written, else None; "Official Spokesperson, Shri Ana Ruiz:" names the holder (above)."""
        words, body = label.split(), (match.group("role") or "").split()
        if words[0].lower() not in ROLE_WORDS or not body or match.group("aside"):
            return None
        if not all(word[0].isupper() or word in OFFICE_JOINERS for word in words + body):
            return None
        if not any(word.lower() in BODY_WORDS for word in body):
            return None  # "Ana Ruiz, Outlet:", "NAME, HOST:": no body of government after the comma
        return f"{label}, {' '.join(body)}"

    @staticmethod
    def _office_of_country(label, match):
        """A presidency's label naming the office and its country, then the holder ("President of Russia Ana Ruiz:",
        "President of the Republic of Korea Lee Jae-myung (retranslated):"): (the name, its last two words, where it
        stands), else None."""
        words = label.split()
        if len(words) < 5 or words[0].lower() not in ROLE_WORDS or "of" not in words:
            return None
        if not all(word[0].isupper() or word in OFFICE_JOINERS for word in words):
            return None
        tail = words[len(words) - 1 - words[::-1].index("of") + 1 :]  # "Russia Ana Ruiz": the country, the name
        if len(tail) < 3 or any(word.lower() in ROLE_WORDS | TITLE_WORDS for word in tail):
            return None
        name = " ".join(words[-2:])
        return name, match.start("label") + label.rindex(name)

    def _initials(self):
        """{"KM": ("Kristen Michal", where the name stands)} for people introduced with their initials."""
        found = {}
        for match in INITIALLED.finditer(self.text):
            initials, words = match.group("initials"), match.group("name").split()
            for size in sorted({len(initials), 2, 3}):  # "Estonian Prime Minister Kristen Michal (KM)": its last words
                tail = words[-size:]
                if len(tail) == size and initials in ("".join(word[0] for word in tail), tail[0][0] + tail[-1][0]):
                    name = " ".join(tail)
                    found[initials] = (name, match.end("name") - len(name))
                    break
        return found

    def _initials_of_listed(self, label, label_start):
        """A label of two or three capitals standing for a name the header lists before the turns, with no initials
        in brackets ("Guest: Lieutenant General (Retd) Arvind Menon, former …" then "AM:"): (the name, where it
        stands), else None."""
        if not (2 <= len(label) <= 3 and label.isalpha() and label.isupper()):
            return None
        for match in self._listed_names:
            words = match.group("name").split()
            if match.start() >= label_start:
                break
            if label == words[0][0] + words[-1][0] or label == "".join(word[0] for word in words):
                return match.group("name"), match.start("name")
        return None

    @cached_property
    def _listed_names(self):
        """The header's entries naming a guest or a host (LISTED_NAME), found once for every label."""
        return list(LISTED_NAME.finditer(self.text))

    def _record_lines(self):
        """A parliamentary record's turns: (label, body start, body end, label start) for each speaker's line."""
        lines, named = [], set()
        for match in RECORD_LINE.finditer(self.text):
            body = re.compile(r"\s*(?P<body>[^\n]*\S)").match(self.text, match.end())
            if body is None or self._skipped(match.start()) or RECORD_LINE.fullmatch(body.group("body")):
                continue
            if match.group("office"):
                label, label_start = match.group("named").strip(), match.start("named")
            else:
                label, label_start = match.group("label").strip(), match.start("label")
            if match.group("office") or match.group("aside"):
                named.add(label.lower())
            elif label.lower() not in named and not (
                label.split()[0].lower() in HONORIFICS and len(label.split()) <= 3
            ):
                continue  # a bare line speaks when the record named it so before ("Mr Speaker" too): not a heading
            lines.append((label, body.start("body"), body.end("body"), label_start, (match.start(), match.end())))
        if sum(1 for line in lines if line[0].lower() in named) < 3 or len(named) < 2:
            return []
        self.skipped += [line[4] for line in lines]
        return [line[:4] for line in lines]

    def _read_turns(self):
        """A transcript: each answer is a direct quote by its labelled speaker; questions are no one's statement."""
        answering = []
        self._read_labelled_turns(answering)
        if answering and len({speaker.key for speaker in answering}) == 1:
            self._read_unlabelled_opening(answering[0])

    def _read_unlabelled_opening(self, speaker):
        """A briefing's opening statements, before the first turn and under section headings, carry no label: the
        one person answering every question, named in the title or the introduction, speaks each paragraph of prose
        after the last one naming them ("Briefing by Spokeswoman Maria Zakharova", then "On Venezuela" and her
        words)."""
        doc = self.doc
        first_turn = doc.paragraph_of(self.turns[0][1])
        named = [
            i for i, (start, end) in enumerate(doc.paragraphs[:first_turn]) if speaker.name in self.text[start:end]
        ]
        if not named:
            return
        opening = doc.paragraphs[named[-1] + 1 : first_turn]
        introduced = REMARKS_FOLLOW.search(doc.masked, doc.paragraphs[named[-1]][0], doc.paragraphs[named[-1]][1])
        if not introduced and not any(re.search(r"\b(?:I|[Ww]e)\b", doc.masked[start:end]) for start, end in opening):
            return  # highlights written about others ("The Secretary-General condemns …"), no one speaking as "I"
        for start, end in opening:
            prose = self.text[start:end].rstrip()
            if self._skipped(start) or len(re.findall(r"\b[a-z]+\b", prose)) < 8 or prose[-1:] not in '.!?…"”':
                continue  # a section heading ("On the Ukraine crisis"), "Answers to media questions:"
            self._add(start, start + len(prose), DIRECT_QUOTE, speaker, "label")

    def _read_labelled_turns(self, answering):
        doc = self.doc
        offices = {}  # "THE PRESIDENT:" is one person in every turn, not the president the question before names
        for index, (label, start, end, label_start) in enumerate(self.turns):
            self.skipped.append((doc.paragraphs[doc.paragraph_of(start)][0], end))
            # An answer (or question) running over several paragraphs, up to the next turn.
            following, next_paragraph = [], None
            if index + 1 < len(self.turns):
                next_paragraph = doc.paragraph_of(self.turns[index + 1][1])
            else:
                next_paragraph = self._closing_paragraph(doc.paragraph_of(start))
            if next_paragraph is not None and not self._every_paragraph_labelled:
                following = doc.paragraphs[doc.paragraph_of(start) + 1 : next_paragraph]
                following = [part for part in following if not self._skipped(part[0])]  # a record's speaker lines
                self.skipped += [part for part in following if STAGE_DIRECTION.fullmatch(self.text, *part)]
                following = [part for part in following if not STAGE_DIRECTION.fullmatch(self.text, *part)]
                self.skipped += following
            if self._asking(label):
                self.questions += [(start, end), *following]  # their dates are not the answers'
                self._asked_about(start, end)
                asker = Speaker(label.title(), None, "person")
                self._read_asked_claims([(start, end), *following], asker, answering)
                continue
            words, dated = label.lower().rstrip(":").split(), None
            if (
                words[0].rstrip(".") in HONORIFICS
                and words[1:]
                and all(w in ROLE_WORDS | TITLE_WORDS for w in words[1:])
            ):
                continue  # the chair by office, "Mr Speaker", "Madam Deputy Speaker": procedural lines
            if label.upper() in ANSWER_LABELS:
                # the spokesperson the introduction names answers every question, not someone a question quotes
                speaker = self._spokesperson_introduced(label_start)
                if speaker is None and (guest := self._guest_introduced()) is not None:
                    speaker, dated = guest  # "Minister Ana Ruiz spoke to Outlet on Tuesday": her answers, that day
                speaker = speaker or self.discourse.last_main_speaker(start)
                speaker = speaker or self.source_speaker
            elif (named := self._holder_of_role(label, label_start)) is not None:
                speaker = named  # "Spokesman:" after "… briefing by Stéphane Dujarric, Spokesman for the …"
            elif (office := self._honoured_office(label)) is not None:
                speaker = Speaker(office, None, "person", office.lower())  # "HON. MINISTER FOR FISHERIES.-"
            elif "," in label and words[0] in ROLE_WORDS:
                speaker = Speaker(label, None, "person", label.lower())  # "Minister of State, Federal Foreign Office:"
            elif label.lower() in offices:
                speaker = offices[label.lower()]
            else:
                tokens = self.doc.tokens_between(label_start, label_start + len(label))
                speaker = self.resolver.speaker(tokens[0], tokens[-1]) if tokens else None
                honoured = label.split()[0].lower().rstrip(".") in HONORIFICS  # a meeting record's "Mr. Rwamucyo:"
                if speaker is not None and not (label.isupper() or honoured) and speaker.slug is None:
                    speaker = None if " " not in speaker.name else speaker  # a mixed-case label must name someone known
                unknown = speaker is None or speaker.slug is None and speaker.kind == "other"
                if unknown and self._surname_label(label):
                    speaker = Speaker(label.title(), None, "person")  # "PINHO:", a briefing's spokesperson unnamed
                elif unknown and self._office_label(label):
                    speaker = Speaker(label.title(), None, "person", label.lower())  # "SPOKESPERSON:", no name given
            if speaker is None or not speaker.is_person and speaker.slug is None:
                continue
            if label.lower() in offices:
                pass  # the office's holder again, answering as before
            elif label.lower().startswith("the ") and speaker == self.discourse.last_speaker(start):
                continue  # a record's "The President:" (the chair) is not the delegate who spoke before
            office = [word for word in label.lower().split() if word != "the"]
            if office and all(word in ROLE_WORDS for word in office):
                offices.setdefault(label.lower(), speaker)
            parts = [(start, end), *following]
            if len(parts) > 1 and GREETING.fullmatch(self.text, start, end):
                parts = parts[1:]  # the greeting opening a turn of several paragraphs
            parts = [piece for part in parts for piece in self._split_by_directions(*part)]
            introduced = self._clip_introduction(label_start) or dated
            for part_start, part_end in parts:
                part_end = part_start + len(self.text[part_start:part_end].rstrip())
                found = self._add(part_start, part_end, DIRECT_QUOTE, speaker, "label")
                if introduced is not None:
                    found.date_span = introduced  # "Listen to what he told parliament in January." then the clip
                # "The Secretary … urged them to …", "The Harbour Authority tells us that …"
                self._read_relayed(part_start, part_end, part_start, speaker, bodies=True)
            self.discourse.add(start, speaker)
            answering.append(speaker)

    def _asking(self, label):
        """A label of whoever asks: "Q:", "HOST:", the moderator's name, or her surname after an honorific ("MS.
        HOLLOWAY:" after "Ana Holloway, Senior Fellow (moderator)")."""
        words = label.lower().split()
        if label.lower() in self.askers:
            return True
        if len(words) == 1 and any(" " in name and name.split()[0] == words[0] for name in self.askers):
            return True  # "Martyn:" after "Host: Martyn Pearce" and his "Martyn Pearce:" opening turn
        honoured = len(words) >= 2 and words[0].rstrip(".") in HONORIFICS
        return honoured and " ".join(words[1:]) in self.askers  # "MS. HOLLOWAY:", "Dr Lim Wen Hui:"

    @staticmethod
    def _honoured_office(label):
        """A Hansard's office in capitals after "HON." ("HON. MINISTER FOR FISHERIES AND FORESTRY"), the holder
        unnamed: the office as prose writes it ("Minister for Fisheries and Forestry"), else None."""
        words = label.split()
        if not label.isupper() or len(words) < 2 or words[0] != "HON.":
            return None
        if not any(word.lower() in ROLE_WORDS for word in words[1:3]):  # "HON. ASSISTANT MINISTER FOR …" too
            return None
        return " ".join(word.lower() if word.lower() in OFFICE_JOINERS else word.title() for word in words[1:])

    def _surname_label(self, label):
        """A surname in capitals labelling two turns or more ("PINHO:", "HIPPER:") that the article names nowhere
        else: a person by that name, not an office, a caption's "UPDATE:" or a record's "Order"."""
        word = label.lower()
        if not label.isupper() or " " in label or len(label) < 3 or word in ROLE_WORDS | TITLE_WORDS | self.askers:
            return False
        return self._label_counts[label] >= 2

    def _office_label(self, label):
        """An office in capitals labelling two turns or more ("SPOKESPERSON:", "FOREIGN MINISTER:") whose holder the
        article does not name: the holder answers as that office; not "THE PRESIDENT:" (a record's chair) or "HOST:"."""
        words = label.lower().split()
        if not label.isupper() or words[0] == "the":
            return False
        if not all(word in ROLE_WORDS for word in words) and not self._office_in_header(words):
            return False
        return words[-1] not in self.askers and self._label_counts[label] >= 2

    def _office_in_header(self, words):
        """An office the title or header names before the turns, ending in an office's noun ("Press Briefing of the
        Palace Press Officer", then "PALACE PRESS OFFICER:"): the label is that office, whatever its first words."""
        if words[-1] not in ROLE_WORDS | OFFICE_NOUNS:
            return False
        header = self.text[: self.turns[0][3]].lower() if self.turns else ""
        return re.search(rf"\b{re.escape(' '.join(words))}\b", header) is not None

    @cached_property
    def _every_paragraph_labelled(self):
        """A Q&A labelling each paragraph of an answer ("A: …" then "A: …" below it): a paragraph with no label
        between turns is the writer's narration, not an answer running on. Not a named speaker's label, which a
        transcript may repeat after a time stamp or a stage direction and still run on unlabelled."""
        paragraphs = [self.doc.paragraph_of(start) for _, start, *_ in self.turns]
        return any(
            self.turns[index][0].upper() in ANSWER_LABELS
            and self.turns[index][0] == self.turns[index + 1][0]
            and paragraphs[index + 1] == paragraphs[index] + 1
            for index in range(len(self.turns) - 1)
        )

    @cached_property
    def _label_counts(self):
        """How many turns each label opens, counted once for the whole transcript."""
        return Counter(label for label, *_ in self.turns)

    def _closing_paragraph(self, last_turn):
        """The paragraph closing a transcript after its last turn ("(Concludes)", "END 2:07 P.M. EST", "ENDS",
        "###"): the last turn runs up to it, over paragraphs with no label of their own; None without one."""
        for index in range(last_turn + 1, min(last_turn + 4, len(self.doc.paragraphs))):
            if TRANSCRIPT_END.fullmatch(self.text, *self.doc.paragraphs[index]):
                return index
        return None

    def _split_by_directions(self, start, end):
        """A turn's paragraph split by "(Laughter.)" or "[pause]" inside it: the words on either side, each a turn."""
        pieces, position = [], start
        for match in SPLITTING_DIRECTION.finditer(self.text, start, end):
            pieces.append((position, match.start()))
            position = match.end()
        pieces.append((position, end))
        return [(s, e) for s, e in pieces if re.search(r"[^\W\d_]{2}", self.text[s:e])]

    def _read_asked_claims(self, parts, asker, answering=()):
        """A claim a question puts to the guest in someone's quoted words ("X said yesterday that the talks were
        "over." Is it?"): those words are X's, when X is named or known; the question's own words ("Has X
        answered the offer?") are no one's, and words of an office the question leaves unnamed ("The Trade
        Secretary said …") are not the answerer's, whom the question does not name."""
        kept = len(self.found)
        for part_start, part_end in parts:
            self._read_relayed(part_start, part_end, part_start, asker, asked=True)
        claims = self.found[kept:]
        del self.found[kept:]
        for found in claims:
            start, end = found.start - self.offset, found.end - self.offset
            named = found.speaker.slug is not None or found.speaker.name[:1].isupper()  # not "the federal minister"
            if any(found.speaker.key == speaker.key for speaker in answering):
                asked = " ".join(self.text[part_start:part_end] for part_start, part_end in parts)
                named = named and found.speaker.name.split()[-1] in asked
            if named and (found.kind == DIRECT_QUOTE or OPEN in self.text[start:end]):
                self.found.append(found)

    def _clip_introduction(self, label_start):
        """A clip played in a turn ("[Clip] Name (voice of interpreter): …") is dated by the sentence that announced it
        at the end of the turn before ("Listen to what he told parliament in January."): its span, else None."""
        line_start = self.text.rfind("\n", 0, label_start) + 1
        if not CLIP_TAG.match(self.text, line_start, label_start):
            return None
        paragraph = self.doc.paragraph_of(line_start) - 1
        if paragraph < 0:
            return None
        start, end = self.doc.paragraphs[paragraph]
        last = [sentence for sentence in self.doc.sentences if start <= sentence.start < end][-1:]
        return (self.offset + last[0].start, self.offset + last[0].end) if last else None

    def _holder_of_role(self, label, label_start):
        """A turn labelled by a role alone ("Spokesman:", "PRIME MINISTER:") is the person the article names with it
        before the turns: "Name, Spokesman for …" or "Prime Minister Name"."""
        label = label.strip()
        if label.isupper() and label.startswith("THE "):
            label = label[4:]  # a gaggle's "THE PRESIDENT:", the holder the title names ("by President Name")
        words = label.lower().split()
        if not words or len(words) > 3 or not all(word in ROLE_WORDS for word in words) or words[-1] in ASKERS:
            return None  # "Spokesman:", "PRIME MINISTER:"
        # a stop only after an initial: not "Hang. The"; a title's capitalised preposition ends the name
        capital = r"(?!(?:Aboard|At|In|On|To|With|From|During|After|Before|En)\b)[A-Z][\w'’-]+"
        word = rf"(?:(?:[A-Z]\.){{1,3}}|{capital})"
        name = rf"{word}(?:[ \t]+(?:{word}|d[aeiou]s?|van|von|de[lr]?|al|el|bin))*[ \t]+{capital}"
        role = re.escape(label)
        pattern = re.compile(
            # "The Spokesperson, Ambassador Ana Ruiz, opened the briefing": the name in apposition after the role
            rf"(?P<before>{name}),[ \t]+(?:the[ \t]+)?(?i:{role})\b|\b(?i:{role}),?[ \t]+(?P<after>{name})"
            # a title's "Press Gaggle by President Okafor Aboard …": the surname alone, before a preposition
            rf"|\b(?i:{role})[ \t]+(?P<surname>{word})(?=[ \t]+(?:Aboard|At|In|On|To|With|From|En)\b)"
            # "by the Spokesperson of the Ministry for Europe and Foreign Affairs, Ana Ruiz": the office's name first
            rf"|\b(?i:{role})[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][^,;.\n]{{2,80}},[ \t]+(?P<office>{name})\b"
        )
        for match in pattern.finditer(self.doc.masked, 0, label_start):
            group = next(group for group in ("before", "after", "surname", "office") if match.group(group))
            tokens = self.doc.tokens_between(match.start(group), match.end(group))
            if tokens:
                speaker = self.resolver.speaker(tokens[0], tokens[-1], match.start(group))
                if speaker is not None and speaker.kind == "other" and speaker.slug is None and group == "surname":
                    speaker = Speaker(speaker.name, None, "person", label, speaker.country)  # "President Okafor"
                if speaker is not None and speaker.is_person:
                    return speaker
        return None

    def _spokesperson_introduced(self, label_start):
        """Who answers under a bare "Answer:" when no one has spoken before: the minister a note names ("Questions
        were answered by …"), else the spokesperson the introduction names ("… chaired by Spokesperson Name")."""
        # a note naming who answered ("Questions were answered by Minister …"), before a spokesperson a question names
        for match in ANSWERED_BY.finditer(self.doc.masked, 0, label_start):
            who = match.group("who")
            name = re.search(r"(?:[A-Z][\w'’-]+[ \t]+){1,3}[A-Z][\w'’-]+$", who)
            tokens = self.doc.tokens_between(match.start("who") + name.start(), match.end("who")) if name else []
            speaker = self.resolver.speaker(tokens[0], tokens[-1], match.start("who")) if tokens else None
            if speaker is not None and (speaker.is_person or speaker.slug is None):
                return speaker if speaker.is_person else Speaker(speaker.name, None, "person")
        for role in ("Spokesperson", "Spokesman", "Spokeswoman"):
            if (named := self._holder_of_role(role, label_start)) is not None:
                return named
        return None

    def _guest_introduced(self):
        """Who answers under a bare "A:" in an interview the introduction presents ("Minister Ana Ruiz spoke to
        Outlet in Lisbon on Tuesday, …"): (the guest, the clause to date the answers by), else None."""
        first_turn = self.turns[0][3] if self.turns else 0
        for match in INTERVIEWED.finditer(self.doc.masked, 0, first_turn):
            tokens = self.doc.tokens_between(match.start("who"), match.end("who"))
            speaker = self.resolver.speaker(tokens[0], tokens[-1], match.start("who")) if tokens else None
            if speaker is not None and speaker.is_person:
                clause = re.compile(r"[^,;.\n]*").match(self.doc.masked, match.end())
                return speaker, (self.offset + match.start("who"), self.offset + clause.end())
        return None

    def _asked_about(self, start, end):
        """The person a question names ("Did the Secretary set a deadline?"): the "he" of the answer after it."""
        tokens = self.doc.tokens
        spans = [(m.first, m.last) for m in self.doc.mentions_within(start, end) if not m.in_quote]
        for index in self.doc.tokens_between(start, end):  # "the Secretary", "the President": a title alone
            last = index
            while last + 1 < len(tokens) and tokens[last + 1].capitalised and tokens[last + 1].lower in ROLE_WORDS:
                last += 1
            if tokens[index].lower == "the" and last > index and not tokens[index].in_quote:
                spans.append((index, last))
        for first, last in sorted(spans, reverse=True):
            speaker = self.resolver.speaker(first, last, tokens[first].start)
            if speaker is not None and speaker == self.discourse.last_main_speaker(start):
                # the title names someone the article does not ("the Secretary", asked of his spokesman): no one
                # to name, but the answer's "he" is that person, not whoever was named before
                words = [token.raw for token in tokens[first : last + 1] if token.lower != "the"]
                speaker = Speaker(" ".join(words), None, "person")  # a title, no name: relays nothing
            if speaker is not None and speaker.is_person:
                self.discourse.introduce(tokens[first].start, speaker)
                return

    def _read_posts(self):
        """An embedded post: its text, the paragraph above the signature, is a quote by the account's owner."""
        if self.relayed_by is not None:
            return
        doc = self.doc
        for match in POST_SIGNATURE.finditer(self.text):
            paragraph = doc.paragraph_of(match.start())
            if paragraph == 0 or self._skipped(match.start()):
                continue
            start, end = doc.paragraphs[paragraph - 1]
            end = start + len(re.sub(r"\s*(?:pic\.twitter\.com/\S+|https?://\S+)\s*$", "", self.text[start:end]))
            name = re.split(r"\s+[/|·]\s+", match.group("name"))[0]  # "Volodymyr Zelenskyy / Володимир Зеленський"
            tokens = doc.tokens_between(match.start("name"), match.start("name") + len(name))
            speaker = self.resolver.speaker(tokens[0], tokens[-1]) if tokens else None
            if speaker is None or end <= start:
                continue
            self.skipped += [(start, end), (match.start(), match.end())]
            found = self._add(start, end, DIRECT_QUOTE, speaker, "label")
            found.date_span = (match.start("date"), match.end("date"))
            self.discourse.add(start, speaker)

    def _read_written_replies(self):
        """A minister's written replies to numbered parliamentary questions: under "Written reply:" (or "Written
        reply to Questions 4127 and 4131:") each paragraph up to the next question is the minister's own words, the
        minister the title names ("Minister for X Dr Y's written replies to Parliamentary Questions on …"); the
        members' questions are no one's statement."""
        doc = self.doc
        if self.relayed_by is not None or not doc.paragraphs:
            return
        title = REPLIES_TITLE.match(doc.masked, *doc.paragraphs[0])
        if title is None:
            return
        tokens = doc.tokens_between(title.start("who"), title.end("who"))
        speaker = self.resolver.speaker(tokens[0], tokens[-1]) if tokens else None
        if speaker is None or not speaker.is_person:
            return
        replying = False
        for start, end in doc.paragraphs[1:]:
            if QUESTION_HEADING.fullmatch(doc.masked, start, end) or ASKED.match(doc.masked, start, end):
                replying = False
                self.skipped.append((start, end))
                self.questions.append((start, end))  # their dates are not the replies'
            elif REPLY_LABEL.fullmatch(doc.masked, start, end):
                replying = True
                self.skipped.append((start, end))
            elif replying and doc.masked[start:end].strip() and not doc.masked[start:end].isupper():
                # its sentences are read as well, for the words it relays ("As Prime Minister X said …, …", "PUB
                # has informed us that …")
                end = start + len(self.text[start:end].rstrip())
                self._add(start, end, DIRECT_QUOTE, speaker, "label")
                self.discourse.add(start, speaker)
            elif doc.masked[start:end].isupper():
                replying = False  # the ministry's foot: "MINISTRY OF FOREIGN AFFAIRS / SINGAPORE / 9 MARCH 2027"

    def _read_reply_release(self):
        """A release closed by "This information was given by the Minister … in a written reply …": each sentence
        above it, and each bulleted item, is the minister's paraphrase, the sentences relaying another's words too
        ("X has informed the Ministry that …"); not a sentence giving a body's data ("as per data of …") nor the
        line introducing a list."""
        doc = self.doc
        if self.relayed_by is not None or len(doc.paragraphs) < 3:
            return
        closing = next(
            (
                i
                for i in range(len(doc.paragraphs) - 1, max(0, len(doc.paragraphs) - 5), -1)
                if INFORMATION_GIVEN.match(doc.masked, *doc.paragraphs[i])
            ),
            None,
        )
        if closing is None:
            return
        match = INFORMATION_GIVEN.match(doc.masked, *doc.paragraphs[closing])
        tokens = doc.tokens_between(match.start("who"), match.end("who"))
        speaker = self.resolver.speaker(tokens[0], tokens[-1]) if tokens else None
        if speaker is None or not self._acceptable(speaker):
            return
        self.skipped.append(doc.paragraphs[closing])
        for start, end in doc.paragraphs[1:closing]:
            spans = [(m.start("item"), m.end("item")) for m in BULLET.finditer(doc.masked, start, end)]
            bulleted = {doc.paragraph_of(item_start) for item_start, _ in spans}
            for sentence in doc.sentences:
                prose = self.text[sentence.start : sentence.end].rstrip()
                if not start <= sentence.start < end or doc.paragraph_of(sentence.start) in bulleted:
                    continue
                if prose[-1:] != "." or len(re.findall(r"\b[a-z]+\b", prose)) < 5 or CITED_DATA.search(prose):
                    continue  # the release's header, a list's "… include:", a body's figures
                spans.append((sentence.start, sentence.start + len(prose) - 1))
            for span_start, span_end in sorted(spans):
                self._add(span_start, span_end, PARAPHRASE, speaker, "label")

    def _read_statements(self):
        """A statement printed in full after its introduction: one direct quote by whoever issued it."""
        if self.relayed_by is not None:
            return
        doc = self.doc
        for index, (start, end) in enumerate(doc.paragraphs[:-1]):
            match = STATEMENT_INTRO.fullmatch(doc.masked, start, end)
            if match is None or self._skipped(start):
                continue
            body = []
            for part_start, part_end in doc.paragraphs[index + 1 :]:
                part = doc.masked[part_start:part_end]
                if END_OF_STATEMENT.fullmatch(part) or part.lstrip()[:1] == OPEN or NARRATION_VERB.search(part):
                    break  # its end, a quotation, or the reporter's narration again
                body.append((part_start, part_end))
            tokens = doc.tokens_between(match.start("subject"), match.end("subject"))
            speaker = self.resolver.speaker(tokens[0], tokens[-1]) if tokens and body else None
            if speaker is None or not self._acceptable(speaker):
                continue
            if self._spokespersons_readout(tokens, body):
                continue  # its sentences are narration: "The Chancellor assured … that …" is the chancellor's
            self.skipped.append((start, body[-1][1]))
            self._add(body[0][0], body[-1][1], DIRECT_QUOTE, speaker, "colon")
            self.discourse.add(body[0][0], speaker)

    def _spokespersons_readout(self, tokens, body):
        """A spokesperson's statement written in the third person ("Government spokesperson X issued the following
        statement: The Chancellor spoke by telephone with …"): a readout of what others said, not the
        spokesperson's own words."""
        if not any(self.doc.tokens[i].lower in SPOKES_NOUNS for i in tokens):
            return False
        return not any(FIRST_PERSON.search(self.doc.masked, start, end) for start, end in body)

    def _read_block_quotes(self):
        """'Asked …, she said:' or 'X has posted on X:', then a paragraph of prose without quotation marks: the
        speaker's words, printed as a block quote."""
        doc = self.doc
        for index, (start, end) in enumerate(doc.paragraphs[1:-1], start=1):
            if not BLOCK_INTRO.search(doc.masked, start, end):
                continue
            block_start, block_end = doc.paragraphs[index + 1]
            block = doc.masked[block_start:block_end].rstrip()
            if OPEN in block or CLOSE in block or block[-1:] not in (".", "!", "?") or len(block.split()) < 6:
                continue  # a quotation with its marks, a heading, a time stamp
            found = [f for f in self.found if f.start - self.offset < block_end and block_start < f.end - self.offset]
            if found or self._skipped(block_start):
                continue  # read already
            speaker = self.discourse.speaker_between(start, end)
            if speaker is None or not self._acceptable(speaker):
                continue
            self._add(block_start, block_start + len(block), DIRECT_QUOTE, speaker, "colon")
            self.discourse.add(block_start, speaker)

    def _read_dash_quotes(self):
        """Ukrainian and Russian copy prints quotes without marks, the speaker after a dash: "… from Russian
        terror. – stated the head of state." The paragraph before the dash is one direct quote."""
        if self.relayed_by is not None:
            return
        doc = self.doc
        for start, end in doc.paragraphs[1:]:
            match = DASH_ATTRIBUTION.search(doc.masked, start, end)
            if match is None:
                match = DIALOGUE_DASH.match(doc.masked, start, end)  # "– … – says Ana Ruiz, the mayor"
            if match is None:
                match = COMMA_DASH.match(doc.masked, start, end)  # "– …, says Ana Ruiz, the director, to NRK."
            if match is None or self._skipped(start) or doc.masked[start:end].lstrip()[:1] == OPEN:
                continue
            hyphen = doc.masked[start:end].lstrip()[:1] == "-"
            if hyphen and (_listed(doc.masked, start, end) or OPEN in match.group() or ":" in match.group()):
                # a bulleted list's item: "- 71 aircraft detected around Taiwan, the ministry says", "- Amnesty
                # International: the law "criminalises dissent", the group said."
                continue
            quote_start, quote_end = (start, match.start())
            if match.re in (DIALOGUE_DASH, COMMA_DASH):
                quote_start, quote_end = match.span("quote")
            words = match.group("words").split()
            inverted = words[0] in SPEECH_VERB_FORMS
            if not (inverted or words[-1] in SPEECH_VERB_FORMS) or len(words) > 7:
                continue
            np_start = match.start("words") + (len(words[0]) + 1 if inverted else 0)
            np_end = match.end("words") - (0 if inverted else len(words[-1]) + 1)
            tokens = doc.tokens_between(np_start, np_end)
            speaker = self.resolver.speaker(tokens[0], tokens[-1]) if tokens else None
            if speaker is None or not self._acceptable(speaker) or len(doc.masked[quote_start:quote_end].split()) < 5:
                continue
            self.skipped.append((start, end))
            found = self._add(quote_start, quote_end, DIRECT_QUOTE, speaker, "postposed")
            found.verb = self.offset + (match.start("words") if inverted else np_end + 1)
            self.discourse.add(start, speaker)

    def _heading_speaker(self, paragraph):
        """The speaker a capitals heading names, when only quote paragraphs lie between it and `paragraph`."""
        doc = self.doc
        for index in range(paragraph - 1, max(-1, paragraph - 12), -1):
            start, end = doc.paragraphs[index]
            if doc.masked[start:end].lstrip()[:1] == OPEN:
                continue
            match = SOUND_BITE.fullmatch(self.text, start, end) or HEADING.fullmatch(self.text, start, end)
            if match is None or not any(c.isalpha() for c in match.group("name")):
                return None
            name = HEADING_LEAD.sub("", match.group("name"))
            first = match.start("name") + len(match.group("name")) - len(name)
            tokens = doc.tokens_between(first, match.end("name"))
            return self.resolver.speaker(tokens[0], tokens[-1]) if tokens else None
        return None


def _listed(text, start, end):
    """Whether the line start:end runs on from or into another line, with no blank line between: a list's item."""
    before = text.rfind("\n", 0, max(0, start - 1))
    after = text.find("\n", end + 1)
    return bool(text[before + 1 : max(0, start - 1)].strip() or text[end + 1 : after if after != -1 else None].strip())


def _finditer_with(pattern, text, words):
    """`pattern.finditer(text)`, or nothing at once when the text holds none of the words every match holds."""
    return pattern.finditer(text) if any(word in text for word in words) else iter(())
