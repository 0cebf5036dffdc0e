"""When a statement was said, from the article's cues ("on Tuesday", "last week", "on March 3") and its date.

Measured by `make eval-extraction` on the labelled `date_said` values; see the README for the share right.
"""

import bisect
import datetime
import re
from dataclasses import dataclass
from functools import cached_property

from .lexicon import NOUN_LIKE, SPEECH_VERB_FORMS, VERB_FORMS

DAY, MONTH = "day", "month"
SPEECH_NOUNS = {"statement", "address", "interview", "briefing", "speech", "remarks", "conference", "message"}
SPEECH_NOUNS |= {"post", "broadcast", "appearance", "meeting", "call", "summit", "session", "hearing"}
# A meeting is where words are said: "met with the ambassador, Georgy Zinoviev, on Tuesday afternoon and conveyed …".
SPEECH_NOUNS |= {"met"}
# Words written to someone: "said in an email Thursday that …", "wrote in a letter on Monday".
SPEECH_NOUNS |= {"email", "e-mail", "letter"}
SPEECH_NOUNS |= {"rally", "gathering", "ceremony", "podcast", "programme", "program", "show", "tweet", "readout"}
# Who hears the words, before a cue that dates them: "told reporters on Tuesday".
HEARERS = {"reporters", "journalists", "lawmakers", "legislators", "parliament", "media", "press", "supporters"}
HEARERS |= {"crowd", "audience", "delegates", "students", "troops", "nation", "public", "senators", "officials"}
HEARERS |= {"leaders", "ministers", "diplomats", "members", "envoys", "mps", "donors", "investors", "voters"}
HEARERS |= {"staff", "crew", "workers"}  # "had told the staff on Saturday that …": the telling's day
# A chamber or a body that heard them: "told the national assembly on Tuesday", "told the senate on Monday".
HEARERS |= {
    "assembly",
    "senate",
    "congress",
    "council",
    "committee",
    "chamber",
    "house",
    "lawmakers",
    "forum",
    "cabinet",
}
# The outlet that heard them: "speaking to France Inter radio on Tuesday", "told the state broadcaster on Monday".
HEARERS |= {"radio", "television", "tv", "broadcaster", "channel", "station", "newspaper", "daily", "magazine"}
HEARERS |= {"agency", "outlet", "portal", "website"}  # "told the TASS news agency on Tuesday"
SPEECH_NOUNS |= {"video", "letter", "interview", "speech", "remarks", "comments", "conversation", "talk"}
# A parliamentary record's heading: "Volume 782: debated on Tuesday 17 March 2026", "Sitting of 4 May".
SPEECH_NOUNS |= {"debate", "debated", "sitting", "proceedings"}
# A government's written word: "In a notice published on Tuesday, …", "In a note released this Monday, …".
SPEECH_NOUNS |= {"notice", "note", "release", "bulletin"}
# A broadcast's or a podcast's note: "Recorded on Tuesday 17 November.", "The interview was taped on Monday."
SPEECH_NOUNS |= {"recorded", "taped", "filmed", "aired"}
# Written words too: "in a report released on Wednesday", "in a communique issued on Monday".
SPEECH_NOUNS |= {"report", "communique", "communiqué", "note", "declaration"}
# Talks given to an audience: "In a lecture at the University of St Andrews in June 2019 he said".
SPEECH_NOUNS |= {"seminar", "symposium", "workshop", "webinar", "lecture", "panel", "roundtable"}
# A meal words were given over: "had assured him at a working lunch on Monday that …".
SPEECH_NOUNS |= {"lunch", "luncheon", "dinner", "breakfast"}
# What a speech noun's words were when it was made public: "a meeting held this morning", "a video posted Thursday".
MADE_PUBLIC = {"held", "given", "delivered", "published", "released", "posted", "issued", "broadcast", "aired", "sent"}
MADE_PUBLIC |= {"made"}  # "the statement made on 19 February by the spokesperson"
# Written words, their addressee, then when they were made public: "a letter to the House of Representatives sent
# last night", "a message to the Secretary-General delivered on Monday".
ADDRESSED_THEN_SENT = re.compile(
    r"\b(?P<noun>[a-z]+)\s+to\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:(?:of|on|for|and)\s+(?:the\s+)?)?){1,5}"
    r"(?P<verb>[a-z]+)\s+(?:on\s+|in\s+)?$"
)
# Words before a cue that date nothing themselves: "said late on Monday", "said earlier this week".
PLAIN_WORDS = {"late", "early", "earlier", "later", "also", "again", "only", "and", "but", "then", "just", "it", "so"}
PLAIN_WORDS |= {"me", "us", "him", "her", "them"}  # "he told me last month"
# Where or to what the words were given: "told journalists at his office on Monday", "conveyed the statement in
# response to ANTARA's query on Tuesday".
PLAIN_WORDS |= {"office", "query", "queries", "question", "questions", "request", "here", "there"}
# A verb of telling, its hearer and the line the words came by, right before a cue: "had told him by phone on Monday",
# "told Reuters by telephone on Tuesday", "told reporters by phone on Monday".
TOLD_BY_PHONE = re.compile(
    r"\b(told|assured|informed|promised)\s+(?:him|her|them|me|us|reporters|journalists"
    r"|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?:by|over\s+the)\s+(?:tele)?phone\s+(?:on\s+)?$"
)
# Where words were given, right before a cue, after a verb of speech and its hearer or after the occasion: "told
# reporters on the jetty Friday", "said at the border crossing on Monday", "in a statement on its Facebook page on
# Sunday", "in a phone call from the detention centre on Monday" (a place, not an event the cue dates as in "the
# missile launch on Sunday").
PLACE_OF_SPEAKING = re.compile(
    r"\b(?P<preposition>at|on|in|from|outside|aboard)\s+(?P<determiner>the|a|an|his|her|its|their)\s+"
    r"(?:(?!(?:of|the|a|an|and|to|for|with)\b)[\w'’-]+\s+){0,3}?[a-z]+\s+(?:on\s+)?$"
)
PRONOUNS_HEARD = {"him", "her", "them", "me", "us"}  # "told him at the door on Monday"
# A verb of telling and its hearer, right before a cue: "had told the passengers on Sunday evening that …".
TOLD_HEARER = re.compile(
    r"\b(?:told|assured|informed|briefed|reminded)\s+(?:the|his|her|their|its)\s+(?:[a-z'’-]+\s+)?[a-z]+\s+(?:on\s+)?$"
)
# Words that may stand before a cue opening a sentence: "Earlier on Monday, …", "Late on Tuesday, …".
OPENERS = re.compile(r"\b(?:earlier|later|late|early|on|in|also|and|but|then|separately|back)\b", re.IGNORECASE)
# A clause opening after prose and a colon or a semicolon, its first words up to a cue: "this month: on March 3,
# …" (not a label's "Updated: March 19").
COLON_OPENING = re.compile(r"\b[a-z]+\s+[a-z]+[:;]\s*((?:\w+\s+){0,2})$")
# Opening words in -ing that are prepositions, not what the subject was doing: "Following talks on Monday, …".
PREPOSITIONS = {"following", "including", "according", "regarding", "concerning", "pending", "excluding"}
# A part of the day before the date it belongs to: "on the morning of May 21", "late on the evening of 3 June".
# The reporter reaching the speaker, the occasion of the words: "said Name, …, when contacted by phone on Monday".
WHEN_CONTACTED = re.compile(r"\bwhen\s+(?:contacted|reached)\b[^,;:.]*$")
# An event where words are given, then its place and day: "at the launch in Maseru on Friday", "at the forum on …".
AT_EVENT = re.compile(
    r"\bat\s+(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:launch|forum|opening|inauguration|funeral"
    r"|commemoration|celebrations?|event)\b[^,;:.]{0,40}$"
)
PART_OF_DAY = re.compile(r"\s(?:on\s+)?the\s+(?:morning|afternoon|evening|night)\s+of\s+$")
# A day named, then the cue set beside it as an aside: "told him on his last day, Thursday, that …".
DAY_BESIDE = re.compile(r"\s(?:on|during)\s+(?:the|his|her|its|their)\s+(?:[a-z]+\s+){0,2}?day,\s*$")
# An event to come, then its day: "before talks in Geneva on Thursday", "ahead of the summit on Friday".
AHEAD_OF_EVENT = re.compile(
    r"\b(?:before|ahead\s+of)\s+(?:the\s+|a\s+|an\s+|next\s+)?(?:[a-z]+\s+){0,2}?[a-z]+"
    r"(?:\s+(?:in|at)\s+(?:[A-Z][\w'’-]*\s+){1,3})?\s*(?:on\s+|this\s+|next\s+)?$"
)
# Words said again, then when they were first said: "repeating a pledge the President made in December 2024".
REPEATING_EARLIER = re.compile(
    r"\b(?:repeating|echoing|reiterating|recalling)\s+(?:a|an|the|his|her|its|their)\s+[a-z]+\b[^,;.:]*$"
)
# A past participle and its agent just before a cue: "the roadmap presented by the mission in August 2025".
AGENT_BEFORE = re.compile(
    r"\b([a-z]+ed)\s+by\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:\(?[A-Z][\w'’()-]*|of|the|in|for))*\s+$"
)
# Someone's words made public, then their day and a copula: "the remarks made by X on Thursday were "…"", "the
# statement issued by the ministry yesterday was": the subject of a reported clause that judges them.
JUDGED_WORDS = re.compile(
    r"\b(?:the|these|those|that|this|his|her|its|their)\s+(?:[a-z]+\s+)?(?:remarks|statement|statements|comments|words"
    r"|claims?|accusations?)\s+(?:made|issued|released|published|posted|delivered)\b[^,;:.\n]*$"
)
JUDGED_AFTER = re.compile(r"(?:\s*\([^()]{1,30}\))?\s+(?:were|was|are|is|amounted|constituted)\b")
PLUPERFECT = re.compile(r"\bhad\s+(?:\w+ly\s+)?$")
PLUPERFECT_BEFORE = re.compile(r"\bhad\s+(?:\w+ly\s+)?[a-z]+\b[^,;]*$")  # "he had summoned the envoy " + a cue
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# A live page's post time on a line of its own: "12:48 PM EST", "09.15 GMT", "14:02".
POST_TIME = re.compile(r"\s*\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5})?\s*")
# A day owning the occasion after it: "Wednesday's debate", "yesterday's press briefing", "Monday's plenary session".
POSSESSIVE_OCCASION = re.compile(r"['’]s\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]+)\b")
# An interview's note of when it was held: "The conversation took place on Monday", "The interview was conducted in …".
TOOK_PLACE = re.compile(r"\b(?P<noun>[a-z]+)\s+(?:took\s+place|was\s+conducted)\s+(?:on\s+|in\s+)?$")
# A document's date line at its foot, after an optional place: "Doha, 9 February 2027", "5 February 2027".
# An occasion named before: "told the same briefing that …", "at the same news conference".
SAME_OCCASION = re.compile(
    r"\bthe\s+same\s+(?:(?:news|press)\s+)?(?P<noun>briefing|conference|meeting|interview|session|event)\b"
)
# An occasion named again with "the": "after the consultations", "on the sidelines of the talks", "who attended the
# meeting", "at the end of the meeting", "after the drill"; or the place where it happened, named again: "told
# reporters at the airport" after "arrived at Lungi International Airport on Sunday".
OCCASION_AGAIN = re.compile(
    r"\b(?:during|at|after|following|attended|on\s+the\s+sidelines\s+of|at\s+the\s+end\s+of)\s+the\s+"
    r"(?P<noun>consultations|talks|negotiations|summit|meeting|session|hearing|hearings|visit|drill|ceremony"
    r"|launch|vigil|rally|funeral|(?<=at\sthe\s)(?:airport|venue))\b"
)
# A sentence that dates the words before it: "The minister made the statement during …", "He conveyed the remarks …".
STATEMENT_MADE = re.compile(
    r"\s*(?:He|She|They|The\s+[\w-]+(?:\s+[\w-]+)?|[A-Z][\w'’-]+)\s+(?:made|conveyed|delivered|gave)\s+"
    r"(?:the|this|these|his|her|their)\s+(?:statement|remarks|comments|speech)\b"
)
# A clause of place in the past perfect, telling what was done there before: "who arrived from Zagreb, where he had met
# his counterpart on Monday," (its day is not the day of the sentence's words).
EARLIER_THERE = re.compile(r",\s+where\s+(?:(?:he|she|they|we|it)\s+)?had\s+(?:\w+ly\s+)?[a-z]+\b[^,;:.]*$")
# A sentence that only dates the words before it, its object "this": "The minister, X, said this on Wednesday in Abuja
# when he received …", "He said this while addressing a seminar … on Monday", "She stated this at a briefing".
SAID_THIS = re.compile(
    r"\b(?:said|stated|disclosed|made|gave)\s+(?:this|these\s+remarks|the\s+remarks)"
    r"(?=\s+(?:while|when|on|at|during|in|after|before|as|yesterday|today|last|this|early|late)\b|\s*,)"
)
# A sentence that names the occasion of the words before it: "Brown was speaking to Cook Islands News on Monday".
SPEAKING_THEN = re.compile(r"\s*(?P<who>[A-Z][\w'’-]*)\s+(?:was|were)\s+(?:speaking|talking)\b[^,;.]{0,80}?")
# A named subject, then the cue before its verb: "Japanese Prime Minister Ana Ruiz on".
NAMED_SUBJECT = re.compile(r"\s*(?:[A-Z][\w'’.-]*\s+){1,6}on\s*")
# A communiqué's numbered point, and the day its narration opens on: "4. On 22 January, the Vice Minister received …".
NUMBERED_POINT = re.compile(r"[ \t]*\d{1,2}\.[ \t]+(?:On[ \t]+(?P<day>[^,\n]{3,30}),)?")
# A call or meeting told "according to a readout", whose next sentence gives what the readout says.
# A call the sentence before tells of: "…, according to a readout", "Earlier today, X received a phone call from Y."
READOUT_OF_CALL = re.compile(
    r",\s+according\s+to\s+an?\s+readout\b|\b(?:received|made|held|had)\s+an?\s+(?:tele)?phone\s+call\b"
)
# A body's document the copy dates: "a communiqué from the Chilean Foreign Ministry published on Sunday night".
DOCUMENT_FROM = re.compile(
    r"\b(?:communiqué|communique|statement|release|note)\s+(?:from|by|of)\s+(?:the\s+)?(?P<name>NAME)"
    r"\s+(?:published|issued|released|posted)\s+[^.;\n]{0,40}"
)
NAME_JOINERS = {"of", "for", "the", "and", "in", "at", "on"}
# A record of a meeting names itself in its header line: "Portfolio Committee", "Verbatim report of proceedings".
RECORD_HEADER = re.compile(r"\b(?:Committee|Verbatim|[Pp]roceedings|Hansard|Minutes|Sitting|Plenary|Hearing)\b")
# An event transcript's header line giving the day the event was held, apart from the day it was posted:
# "Event transcript: Wednesday, May 9, 2029", "Event date: 9 May 2029", "Recorded on May 9, 2029"; the posting may
# follow on the line ("Event held Tuesday, May 8, 2029; transcript published May 9, 2029"), and the day may stand
# alone before it ("Wednesday, May 9, 2029 (transcript posted May 11, 2029)"). The event may be named ("Webinar held
# on …", "Panel held on …"), the transcript qualified ("; edited transcript posted on …"), and after a named event or
# a recording the posting need not say "transcript" ("Recorded on Monday 20 May 2029; published on Wednesday 22 May");
# or the line goes on in sentences of its own ("Recorded on Friday, 13 May 2029; posted on 16 May 2029. Translated
# from Korean.").
POSTING_AFTER = r"[ \t]*[;(,][ \t]*(?:the[ \t]+)?(?:[a-z]+[ \t]+)?transcript[ \t]+(?:posted|published)\b[^\n]{0,80}"
POSTED_AFTER = r"[ \t]*[;(,][ \t]*(?:(?:the[ \t]+)?(?:[a-z]+[ \t]+)?transcript[ \t]+)?(?:posted|published)\b[^\n]{0,80}"
EVENT_LINE = re.compile(
    r"^[ \t]*(?:(?P<held>Event[ \t]+(?:transcript|date)[ \t]*:|Date[ \t]+of[ \t]+(?:the[ \t]+)?event[ \t]*:"
    r"|Recorded[ \t]+on|[A-Z][a-z]+[ \t]+held(?:[ \t]+on)?)[ \t]+|(?=[^\n]{6,40}?" + POSTING_AFTER + r"$))"
    r"(?P<date>[^\n]{6,40}?)(?:" + POSTED_AFTER + r"|(?(held)[ \t]*[.;][ \t]+[^\n]*))?[ \t]*$",
    re.MULTILINE,
)
# A wire's field block at the foot of the story, the event then its day: "Event : Business Forum" and, a line or two
# below, "Date : 06 Feb 2031" (BOPA): the day of the event the story reports.
EVENT_FIELDS = re.compile(
    r"^[ \t]*Event[ \t]*:[^\n]+\n(?:[ \t]*[A-Z][a-z]+[ \t]*:[^\n]*\n){0,2}"
    r"[ \t]*Date[ \t]*:[ \t]*(?P<date>[^\n]{6,40}?)[ \t]*$",
    re.MULTILINE,
)
ISSUE_LINE = re.compile(
    # "NAIROBI, 17TH FEBRUARY, 2031" too, a Commonwealth release's foot in capitals with an ordinal
    r"\s*(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},?\s+)?"
    r"(?P<date>\d{1,2}(?:st|nd|rd|th|ST|ND|RD|TH)?\s+(?:[A-Z][a-z]+|[A-Z]{3,9})\.?,?\s+\d{4}"
    r"|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})\.?\s*"
)
# A day a period runs from or a deadline, in the lead: "will inspect every train from April 1", "until June 30".
DEADLINE = re.compile(r"(?:from|until|till|by)\b", re.IGNORECASE)
# "since 18 October" in the lead: the start of what the news is about, not the day of its words
DEADLINE_BEFORE = re.compile(r"\b(?:from|until|till|by|since)\s+$", re.IGNORECASE)
# A lead's dateline with its day, then a colon or a dash: "JAMMU, July 13:", "Muscat, July 5 (ONA) --", the month in
# capitals too ("HYDERABAD, MARCH 28:").
DATED_DATELINE = re.compile(
    r"[ \t]*[A-Z][\w'’.-]+(?:[ \t][A-Z][\w'’.-]+){0,2},[ \t]*"
    r"(?P<date>(?:[A-Z][a-z]{2,8}|[A-Z]{3,9})\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+(?:[A-Z][a-z]{2,8}|[A-Z]{3,9})\.?)"
    r"(?:,?[ \t]*/?\d{4})?"
    r"[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*(?::|[-—–]+)[ \t]"
)
# "a day after …", "two days later": a day counted from another date the article gives.
COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"  # noqa: E501
# What an ordinal after "on the" counts when it is no day: "on the 20th anniversary", "on the 5th floor".
ORDINAL_NOUNS = ("anniversary", "birthday", "century", "floor", "day", "round", "time", "session", "edition", "minute")
CUE = re.compile(
    rf"\b(?:{_MONTH.replace('month', 'month3')}\s+(?P<year3>(?:19|20)\d\d)(?!\d)"  # "In November 2019"
    rf"|(?P<last_month>last\s+{_MONTH.replace('month', 'month4')})(?!\s*\d)"  # "last June"
    rf"|(?P<in_month>in\s+{_MONTH.replace('month', 'month5')})(?![\w\s]*\d)"  # "In March," "in October"
    rf"|{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH.replace('month', 'month2')}(?:,?\s+(?P<year2>\d{{4}}))?"
    # "this Tuesday" (Spanish "este martes" in translation) is the weekday, as "on Tuesday" is
    r"|(?:(?P<last>last\s+)|this\s+)?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?(?P<week_before>\s+(?:of\s+)?last\s+week)?"  # "on Thursday last week"
    # a day of the month alone, in Korean and Japanese copy in translation: "said on the 11th" (not "on the 11th of
    # July", a date above, nor "on the 20th anniversary")
    rf"|(?<=\bon\s)the\s+(?P<nth>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?!\s+(?:of\s+)?(?:(?:{'|'.join(ORDINAL_NOUNS)})\b|(?-i:[A-Z])))"
    rf"|(?P<shift>(?P<count>{'|'.join(COUNTS)})\s+days?\s+(?P<way>after|before|later|earlier)"  # "a day after"
    r"|the\s+same\s+day"  # "had assured him in a call the same day": the day named before it
    # "had told an emergency meeting that morning that …": that day too, when the clause goes on after it
    r"|that\s+(?:morning|afternoon|evening)(?=\s*[,.]|\s+that\b))"
    # … and "on the morning of the 13th, …": after "of" only where the clause goes on (not "of the 2nd division")
    r"|(?<=\bof\s)the\s+(?P<nth_of>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)"
    r"(?=[,.;:)]|\s+(?:that|and|to|for|in|at|when|while|saying|after|before|but|with|from)\b)"
    r"|(?P<relative>(?:the\s+day\s+before\s+)?yesterday|today|tonight|this\s+(?:morning|afternoon|evening)"
    r"|last\s+night|overnight|last\s+week|last\s+month|earlier\s+this\s+(?:week|month)|this\s+week))\b",
    re.IGNORECASE,
)

# "Today" capitalised after a capitalised word names an outlet or a programme ("India Today", "USA Today"), not a day.
OUTLET_TODAY = re.compile(r"\b[A-Z][\w'’-]*[ \t]+(?:Today|Tonight)\b")
# A weekday that begins a paper's name ("the Sunday Times", "Sunday Mail", "the Saturday Star"), not a day.
OUTLET_WEEKDAY = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day[ \t]+"
    r"(?:Times|Telegraph|Mail|Express|Observer|Post|Herald|Standard|Nation|Tribune|Independent|Mirror|Star|Monitor)\b"
)


# A relative clause on the subject, telling what the speaker did ("Ms Ruiz, who visited Kyiv … last month,"), its verb.
RELATIVE_DEED = re.compile(r",\s+who\s+(?:(?:also|had|has|was|is|recently|once)\s+)?(?P<verb>[a-z]+)\b")


def _month_number(name):
    return MONTHS.index(name[:3].lower()) + 1


def resolve(match, published, anchor=None):
    """(date, precision) the cue `match` names, relative to the `published` date; None when it names none.

    A count of days counts from `anchor`, the day of what it is measured from: "X came a day after Y said" and
    "Y said … a day earlier" date Y's words the day before, "Y said … a day later" the day after.
    """
    if match.group("shift"):
        if anchor is None:
            return None
        days = COUNTS[match.group("count").lower()] if match.group("count") else 0  # "the same day"
        forward = match.group("way") is not None and match.group("way").lower() in ("later", "before")
        return anchor + datetime.timedelta(days=days if forward else -days), DAY
    if match.group("relative"):
        cue = " ".join(match.group("relative").lower().split())
        if cue in ("yesterday", "last night"):  # "told Playbook last night": the evening before the morning's copy
            return published - datetime.timedelta(days=1), DAY
        if cue == "the day before yesterday":  # Spanish "anteayer", German "vorgestern" in translation
            return published - datetime.timedelta(days=2), DAY
        if cue == "last week":
            return (published - datetime.timedelta(days=7)).replace(day=1), MONTH
        if cue == "last month":
            return (published.replace(day=1) - datetime.timedelta(days=1)).replace(day=1), MONTH
        if cue in ("this week", "earlier this week", "earlier this month"):
            return published.replace(day=1), MONTH
        return published, DAY  # today, tonight, this morning, overnight
    if nth := match.group("nth") or match.group("nth_of"):  # that day of the publication's month, else the one before
        day = int(nth)
        month_start = published.replace(day=1)
        if day > published.day:
            month_start = (month_start - datetime.timedelta(days=1)).replace(day=1)
        try:
            return month_start.replace(day=day), DAY
        except ValueError:
            return None
    if match.group("month3"):
        return datetime.date(int(match.group("year3")), _month_number(match.group("month3")), 1), MONTH
    if match.group("in_month"):  # the last such month up to the publication's
        month = _month_number(match.group("month5"))
        return datetime.date(published.year if month <= published.month else published.year - 1, month, 1), MONTH
    if match.group("last_month"):
        month = _month_number(match.group("month4"))
        year = published.year if month < published.month else published.year - 1
        return datetime.date(year, month, 1), MONTH
    if match.group("week_before"):  # that day in the week before the publication's
        monday = published - datetime.timedelta(days=published.weekday() + 7)
        return monday + datetime.timedelta(days=WEEKDAYS.index(match.group("weekday").lower())), DAY
    if match.group("weekday"):
        back = (published.weekday() - WEEKDAYS.index(match.group("weekday").lower())) % 7
        if match.group("last") and back == 0:
            back = 7
        return published - datetime.timedelta(days=back), DAY
    month = match.group("month") or match.group("month2")
    day = int(match.group("day") or match.group("day2"))
    year = match.group("year") or match.group("year2")
    try:
        found = datetime.date(int(year) if year else published.year, _month_number(month), day)
    except ValueError:
        return None
    if not year and found > published:
        found = found.replace(year=found.year - 1)
    return found, DAY


class DateFinder:
    """Dates said for candidate spans of one article, from the cues of speaking in the narration."""

    def __init__(self, doc, published, skipped=()):
        self.doc = doc
        self.published = self._dateline_day(published) or published
        self.spans = list(skipped)  # statements, transcripts' questions: cues there date other words
        self.questions = list(skipped)
        cues = CUE.finditer(doc.masked) if published else ()
        filed = self._dateline_dates() if published else ()
        self.cues = [
            (m.start(), m.end(), m)
            for m in cues
            if not self._outlet_today(doc.masked, m.start()) and m.start() not in filed
        ]
        self.cue_starts = [start for start, _, _ in self.cues]
        self.stated = set()  # where the sentences that hold statements start
        # A live page's posts, each opened by its time ("12:48 PM EST"): a post's words are not dated by another's.
        self.posts = [start for start, end in doc.paragraphs if POST_TIME.fullmatch(doc.text, start, end)]
        self.issued, self.issued_at = self._issue_date()
        self.held = self._header_date()
        self._first_day = None  # the day of the body's first dated words, set by `assign`

    def _dateline_dates(self):
        """Where the day of a lead's dateline stands ("DHAKA, Jan 14, 2030 (BSS) - Bangladesh has urged … last week"):
        the day the copy was filed, which dates none of the words after it."""
        for start, end in self.doc.paragraphs[1:6]:
            if dateline := DATED_DATELINE.match(self.doc.text, start, end):
                return {dateline.start("date")}
        return set()

    def _dateline_day(self, published):
        """The day a lead's dateline gives when it is a day or two before publication ("JAMMU, July 13:" on copy of
        14 July): the day the copy was filed, from which its "today", "last night" and weekdays are counted."""
        for start, end in self.doc.paragraphs[1:6] if published else ():
            dateline = DATED_DATELINE.match(self.doc.text, start, end)
            if dateline is None:
                continue
            match = CUE.fullmatch(self.doc.text, *dateline.span("date"))
            found = match and resolve(match, published)
            if found and found[1] == DAY and 0 < (published - found[0]).days <= 2:
                return found[0]
            return None
        return None

    def _issue_date(self):
        """(ISO date, precision) a communiqué or a press release was issued, from a line of its own at its foot
        ("Doha, 9 February 2027"), and where the line stands: the date of the words above it that give none."""
        for start, end in self.doc.paragraphs[-3:] if self.published else ():
            line = ISSUE_LINE.fullmatch(self.doc.text, start, end)
            match = line and CUE.search(self.doc.text, line.start("date"), end)
            if match and (found := resolve(match, self.published)) and found[1] == DAY:
                return _iso(*found), start
        return None, 0

    def _header_date(self):
        """(ISO date, precision) of a record's header line of fields parted by bars, the last a full date ("Water
        and Sanitation | Portfolio Committee | 10 March 2027", "… | Verbatim report of proceedings | Wednesday, 10
        February 2027 - Strasbourg"), or an event transcript's line giving the event's day apart from the posting
        ("Event transcript: Wednesday, May 9, 2029"): the day of the meeting every turn and report below belongs
        to."""
        for start, end in self.doc.paragraphs[1:4] if self.published else ():
            event = EVENT_LINE.search(self.doc.text, start, end)
            match = event and CUE.match(self.doc.text, event.start("date"), event.end("date"))
            if match and (found := resolve(match, self.published)) and found[1] == DAY:
                return _iso(*found)  # an event transcript's "Event transcript: Wednesday, May 9, 2029"
        if self.published and self.doc.paragraphs:  # the foot's fields, each line a paragraph of its own
            event = EVENT_FIELDS.search(self.doc.text, self.doc.paragraphs[-4:][0][0])
            match = event and CUE.match(self.doc.text, event.start("date"), event.end("date"))
            if match and (found := resolve(match, self.published)) and found[1] == DAY:
                return _iso(*found)  # a wire's foot: "Event : … Forum" then "Date : 06 Feb 2031"
        for start, end in self.doc.paragraphs[1:3] if self.published else ():
            line = self.doc.text[start:end]
            if "\n" in line.strip() or line.count(" | ") < 2 or not RECORD_HEADER.search(line):
                continue  # a news page's "Section | Outlet | date" is when it was published, not a meeting
            last = start + line.rindex(" | ") + 3
            match = CUE.search(self.doc.text, last, end)
            if match and (found := resolve(match, self.published)) and found[1] == DAY:
                return _iso(*found)
        return None

    def _post_start(self, position):
        """Where the live page's post holding `position` starts; 0 in the page's head or on any other page."""
        index = bisect.bisect_right(self.posts, position)
        return self.posts[index - 1] if index else 0

    def assign(self, items):
        """(ISO date, precision) for each found statement, in text order.

        The cue of speaking nearest it in its sentence; else the same speaker's last date; else a cue of speaking
        just after it, before anyone else speaks ("…, Zelensky said. He made the statement in his address on
        Tuesday."); else a communiqué's date line; else the date the narration carries (see `_carried`). A count of
        days ("a day after") counts from a day its sentence gives or from the statement before. A headline that
        names no date takes the date of its speaker's first statement in the body.
        """
        self.spans += [(item.start, item.end) for item in items]
        self.__dict__.pop("_lead_day", None)  # the lead's day depends on the spans
        own = [
            self.cue_within(*item.date_span) if item.date_span else self.cue_for(item.start, item.end, item.verb)
            for item in items
        ]
        # A sentence whose only words are told in the past perfect is narration for the words after it: "Baghaei, at
        # his press conference today, responded to Grossi, who had said on Friday that …" dates Baghaei's words below
        self.stated = {
            self.sentence_of(item.start)[0]
            for item, cue in zip(items, own, strict=True)
            if not (cue and self._pluperfect(item.verb))
        }
        dated, last_date, last_cue, last_cue_end, before_relay = [], {}, None, 0, {}
        self._first_day = None
        for index, item in enumerate(items):
            shifted = isinstance(own[index], Shift)
            if shifted:  # "… came a day after X said": counted from the words before
                shift = own[index]
                own[index] = shift.counted_from(shift.anchor or self._previous_day(items, dated, shift.sentence_start))
            own[index] = own[index] or self._same_occasion(items, dated, index) or self._occasion_again(item.start)
            readout = None if own[index] else self._readout_day(item.start) or self._document_day(item)
            own[index] = own[index] or readout or self._subject_day_before(item)
            relay = before_relay.get(item.speaker.key)
            if relay is not None and item.start >= relay[0]:
                last_date[item.speaker.key] = before_relay.pop(item.speaker.key)[1]
            date = own[index] or last_date.get(item.speaker.key) or self._ahead(items, own, index)
            date = date or self._point_day(item)
            date = date or (self.issued if item.end <= self.issued_at else None) or self.held
            if self._first_day is None and dated and not dated[-1][1] and dated[-1][0][1] == DAY:
                self._first_day = dated[-1][0]  # the day of the body's first dated words, for `_event_day`
            date = date or self._carried(item.start, last_cue, last_cue_end) or self._lead() or self.publication()
            date = date if own[index] else self._not_before_reported(item, date)
            undated = self.doc.paragraph_of(item.start) == 0 and not own[index]
            if not undated:
                if own[index] and self._pluperfect(item.verb) and item.speaker.key in last_date:
                    # "X said Y had told him on Sunday that …" dates those words, not X's next sentence ("…," X said)
                    before_relay[item.speaker.key] = (self.sentence_of(item.start)[1], last_date[item.speaker.key])
                last_date[item.speaker.key] = date
            asked = any(start <= item.start < end for start, end in self.questions)  # a claim a question relays
            if own[index] and not self._pluperfect(item.verb) and not shifted and not asked and not readout:
                # "X had said on Friday that …" dates nothing after it, nor "… came a day after X said", nor a
                # readout's day of the call
                last_cue, last_cue_end = own[index], self.sentence_of(item.start)[1]
            dated.append((date, undated))
        body = {}
        for item, (date, undated) in zip(items, dated, strict=True):
            if not undated:
                body.setdefault(item.speaker.key, date)
        pairs = zip(items, dated, strict=True)
        return [body.get(item.speaker.key, date) if undated else date for item, (date, undated) in pairs]

    def _not_before_reported(self, item, date):
        """'Issa said he had summoned the charge d'affaires on Wednesday morning': words telling, in the past perfect,
        what was done on a day were said no earlier than that day, whatever day the narration carried to them."""
        if date[1] != DAY or not date[0]:
            return date
        for cue_start, _, match in self.cues[bisect.bisect_left(self.cue_starts, item.start) :]:
            if cue_start >= item.end:
                break
            if match.group("weekday") and PLUPERFECT_BEFORE.search(self.doc.masked, item.start, cue_start):
                found = resolve(match, self.published)
                if found is not None and found[1] == DAY and found[0].isoformat() > date[0]:
                    return _iso(*found)
        return date

    def _carried(self, start, last_cue, last_cue_end):
        """The date the narration carries to words that give none: a day given since the last dated words in a
        sentence of its own ("Hegseth defended the strikes at a briefing on Monday. "…," he said."), else that last
        date, else the last cue of speaking; within the page's head and the live page's post that holds them."""
        if last_cue is None or self._post_start(last_cue_end) not in (0, self._post_start(start)):
            return self._event_day(self.before(start))
        recent = self.before(start, last_cue_end, narration=True)
        return recent if recent and recent[1] == DAY else self._event_day(last_cue)

    def _event_day(self, carried):
        """A month the narration carries ("In November 2024, the party announced …", "since the fall of Assad in
        December 2024") dates background, not the words of people at the event whose day the lead gives ("On
        February 23, Carnegie Europe hosted a discussion …"): they take that day."""
        if carried is None or carried[1] != MONTH:
            return carried
        # else the day of the lead's words ("The minister made the statement … on Tuesday." after them)
        lead = self._lead() or self._first_day
        return lead if lead is not None and lead[0][:7] > carried[0] else carried

    def _previous_day(self, items, dated, position):
        """The day of the last statement before `position`, when it has one."""
        for item, (date, _) in zip(reversed(items[: len(dated)]), reversed(dated), strict=True):
            if item.start < position:
                return datetime.date.fromisoformat(date[0]) if date[1] == DAY and date[0] else None
        return None

    def _pluperfect(self, verb):
        return verb is not None and bool(
            re.search(r"\bhad\s+(?:\w+ly\s+)?$", self.doc.masked[max(0, verb - 30) : verb])
        )

    def _ahead(self, items, own, index):
        """The statement's date given after it, before anyone else speaks: the same speaker's next cue
        ("Speaking on Wednesday, the prime minister said …"), or a sentence of its own that dates the
        words ("He made the statement in his evening address on Tuesday.")."""
        item = items[index]
        sentence_end = self.sentence_of(item.start)[1]
        if (occasion := self._occasion_after(item, sentence_end)) is not None:
            return occasion
        limit = self.doc.paragraphs[min(len(self.doc.paragraphs) - 1, self.doc.paragraph_of(item.start) + 2)][1]
        for other, cue in zip(items[index + 1 :], own[index + 1 :], strict=True):
            if other.start >= limit:
                break
            if other.start >= sentence_end:
                if other.speaker.key != item.speaker.key:
                    limit = self.sentence_of(other.start)[0]
                    break
                if cue and not isinstance(cue, Shift):
                    return cue
                if (made := self._statement_made(other, sentence_end)) is not None:
                    return made
                limit = self.sentence_of(other.start)[0]
                break
        for cue_start, cue_end, match in self.cues:
            if sentence_end <= cue_start < limit and not self._inside(cue_start):
                sentence = self.sentence_of(cue_start)
                if self._dates_speech(cue_start, cue_end, sentence[0]) and (found := resolve(match, self.published)):
                    return _iso(*found)
        return None

    @cached_property
    def _same_occasions(self):
        """(start, end) of the sentences that name an occasion again ("told the same briefing"): few, often none."""
        masked = self.doc.masked
        if "same" not in masked:
            return []
        return sorted({self.sentence_of(match.start()) for match in SAME_OCCASION.finditer(masked)})

    def _same_occasion(self, items, dated, index):
        """'X told the same briefing that …': the date of the words said earlier at the briefing ("Briefing
        journalists on his return yesterday, Mr Y said …")."""
        position = items[index].start
        sentence = next(((start, end) for start, end in self._same_occasions if start <= position < end), None)
        if sentence is None:
            return None  # most sentences name no occasion again
        same = SAME_OCCASION.search(self.doc.masked, *sentence)
        noun = re.compile(rf"\b{same.group('noun')}\b", re.IGNORECASE)
        for item, (date, _) in zip(reversed(items[:index]), reversed(dated), strict=False):
            if noun.search(self.doc.masked, *self.sentence_of(item.start)) and date and date[0]:
                return date
        return None

    def _occasion_again(self, position):
        """'Speaking to MONTSAME after the consultations, X said …': the day an earlier sentence gave the occasion
        ("… held consultations in Ulaanbaatar on June 21"), when the statement's own sentence names it with "the"."""
        sentence = self.sentence_of(position)
        again = OCCASION_AGAIN.search(self.doc.masked, *sentence)
        if again is None:
            return None
        named = again.group("noun")
        # "met the minister on Sunday", then "after the meeting": the verb names the occasion as the noun does; so do
        # talks ("The delegations ended a round of talks on Wednesday …, X told journalists after the meeting")
        noun = re.compile(r"\b(?:meeting|met|talks)\b" if named == "meeting" else rf"\b{named}\b", re.IGNORECASE)
        for cue_start, cue_end, cue in reversed(self.cues):
            if cue_start >= again.start() or cue.group("shift") or cue.group("relative"):
                continue
            sentence = self.sentence_of(cue_start)
            # the occasion near its day, not "Also speaking at the launch, X said … a collection on Sunday 16 February"
            if noun.search(
                self.doc.masked, max(sentence[0], cue_start - 80), min(sentence[1], cue_end + 80, again.start())
            ):
                found = resolve(cue, self.published)
                return _iso(*found) if found and found[1] == DAY else None
        return None

    def _subject_day_before(self, item):
        """'Ana Ruiz took a different view at a meeting of her group on Tuesday. Ruiz said …': the day the sentence
        just before, in the same paragraph, gives its subject, when that subject is the speaker named again."""
        start = self.sentence_of(item.start)[0]
        if start < 2 or self.doc.paragraph_of(start) != self.doc.paragraph_of(start - 2):
            return None
        before = self.sentence_of(start - 2)
        surname = item.speaker.name.split()[-1] if item.speaker.is_person and " " in item.speaker.name else None
        named = re.compile(rf"\s*(?:[\w'’.-]+\s+){{0,4}}{re.escape(surname)}\b") if surname else None
        if named is None or not named.match(self.doc.masked, start):
            return None  # the speaker opens the statement's own sentence by name
        if not named.match(self.doc.masked, before[0], before[1]):
            return None
        for cue_start, cue_end, cue in self.cues:
            if before[0] <= cue_start < before[1] and cue.group("weekday") and not cue.group("last"):
                if self._dates_speech(cue_start, cue_end, before[0]):
                    return None  # a cue of the words said there: the usual rules have had it
                found = resolve(cue, self.published)
                return _iso(*found) if found else None
        return None

    def _readout_day(self, position):
        """'Ruiz and Vela spoke by phone on Monday, according to a readout from … . The leaders agreed …, the
        readout said.': the day of the call the readout tells of, in the sentence just before."""
        start = self.sentence_of(position)[0]
        before = self.sentence_of(start - 2) if start >= 2 else None
        if before is None or before[0] == before[1] or not READOUT_OF_CALL.search(self.doc.masked, *before):
            return None
        for cue_start, _, cue in self.cues:
            if before[0] <= cue_start < before[1] and not cue.group("shift"):
                found = resolve(cue, self.published)
                return _iso(*found) if found and found[1] == DAY else None
        return None

    def _document_day(self, item):
        """'…, according to a communiqué from the Chilean Foreign Ministry published on Sunday night.' then "…, the
        ministry said": the day the copy gave the body's document, for its words with no day of their own."""
        name = item.speaker.name
        if item.speaker.is_person or " " not in name:
            return None
        window = max(0, item.start - 3000)
        found = None
        if name in self.doc.masked[window : item.start]:
            pattern = re.compile(DOCUMENT_FROM.pattern.replace("NAME", re.escape(name)))
            found = next(reversed(list(pattern.finditer(self.doc.masked, window, item.start))), None)
        if found is None:
            return None
        for cue_start, _, cue in self.cues:
            if found.end("name") <= cue_start < found.end() and not (cue.group("shift") or cue.group("relative")):
                day = resolve(cue, self.published)
                return _iso(*day) if day and day[1] == DAY else None
        return None

    def _point_day(self, item):
        """'4. On 22 January, the Vice Minister received the Ambassador. The Ambassador informed him that …': a
        communiqué's numbered point opening on a day dates the words of the point, its further paragraphs included,
        before the date line at the foot does."""
        index = self.doc.paragraph_of(item.start)
        while index > 0 and not NUMBERED_POINT.match(self.doc.text, *self.doc.paragraphs[index]):
            index -= 1
        start, end = self.doc.paragraphs[index]
        point = NUMBERED_POINT.match(self.doc.text, start, end)
        if index == 0 or point is None or not point.group("day"):
            return None
        for cue_start, _, match in self.cues:
            if cue_start == point.start("day") and not self._inside(cue_start):
                found = resolve(match, self.published)
                return _iso(*found) if found and found[1] == DAY else None
        return None

    def _statement_made(self, other, sentence_end):
        """'"…," he remarked. The minister made the statement during a meeting … on Tuesday.': the sentence right
        after the same speaker's undated words names when both were said."""
        after = self.sentence_of(other.start)[1]
        following = next((s for s in self.doc.sentences if s.start >= after), None)
        if following is None or not STATEMENT_MADE.match(self.doc.masked, following.start, following.end):
            return None
        for cue_start, _, cue in self.cues:
            if following.start <= cue_start < following.end and not self._inside(cue_start):
                found = resolve(cue, self.published)
                return _iso(*found) if found else None
        return None

    def _occasion_after(self, item, sentence_end):
        """'X says … . X was speaking to Cook Islands News on Monday, after …': the next sentence names the
        occasion of the speaker's words, and its day, whatever else it goes on to tell."""
        following = next((s for s in self.doc.sentences if s.start >= sentence_end), None)
        if following is None or following.start - sentence_end > 4 or not item.speaker.name:
            return None
        match = SPEAKING_THEN.match(self.doc.masked, following.start, following.end)
        surname = item.speaker.name.split()[-1]
        if match is None or match.group("who") not in (surname, "He", "She", "They"):
            return None
        for cue_start, _, cue in self.cues:
            if match.end() <= cue_start < following.end and not self._inside(cue_start):
                found = resolve(cue, self.published)
                return _iso(*found) if found else None
            if cue_start >= following.end:
                break
        return None

    def cue_for(self, start, end, verb=None):
        """(ISO date, precision) from a cue of speaking in the statement's sentence, outside the statement, that goes
        with its reporting verb at `verb` when known; else None."""
        if not self.published:
            return None
        sentence = self.sentence_of(start)
        if verb is not None and not sentence[0] <= verb < sentence[1]:
            sentence = self.sentence_of(verb)  # "… . This was announced this Thursday by X": the verb's sentence
        masked = self.doc.masked
        best = None
        for cue_start, cue_end, match in self.cues:
            if cue_end <= sentence[0] or cue_start >= sentence[1] or (start <= cue_start < end):
                continue
            if self._inside(cue_start, around=(start, end)):
                continue  # "He said Moscow had received the proposal last week but that …": another statement's
            attached = self._attached(cue_start, cue_end, sentence[0])
            if attached and verb is not None and attached < verb and re.search(r"\band\s+$", masked[attached:verb]):
                attached = verb  # "addressing supporters on Sunday, accused Guyana of … and said": one subject's verbs
            if attached is False or (verb is not None and attached not in (None, verb)):
                continue  # "condemned the launch on Sunday and said …": the cue dates the launch
            distance = start - cue_end if cue_end <= start else cue_start - end
            if best is None or distance < best[0]:
                best = (distance, match)
        if best is not None and best[1].group("shift"):
            return self._shift(best[1], sentence[0])
        if best is not None and (found := resolve(best[1], self.published)) is not None:
            return _iso(*found)
        return None

    def _shift(self, match, sentence_start):
        """A count of days from a day its sentence gives first ("Sheinbaum on Tuesday rejected …, a day after the
        secretary said"), else from the statement before it."""
        earlier = [
            found
            for cue_start, _, cue in self.cues
            if sentence_start <= cue_start < match.start() and not cue.group("shift")
            if (found := resolve(cue, self.published)) is not None and found[1] == DAY
        ]
        return Shift(match, self.published, sentence_start, earlier[-1][0] if earlier else None)

    def _inside(self, position, around=None):
        """Whether `position` lies in a statement or question; with `around`, not counting a statement that holds
        that span (the source's "Fidan told Araghchi on Monday that …" dates the words it relays)."""
        return any(start <= position < end and not (around and start <= around[0] < end) for start, end in self.spans)

    @staticmethod
    def _outlet_today(text, start):
        """A cue that is the end of a name ("India Today", "USA Today") or the start of one ("the Sunday Times")."""
        if OUTLET_WEEKDAY.match(text, start):
            return True
        return text.startswith(("Today", "Tonight"), start) and OUTLET_TODAY.match(
            text, max(0, text.rfind(" ", 0, max(0, start - 1)) + 1), start + 7
        )

    def cue_within(self, start, end):
        """(ISO date, precision) of the first cue inside text[start:end], e.g. a post's signature."""
        for cue_start, _, match in self.cues if self.published else ():
            if start <= cue_start < end and (found := resolve(match, self.published)) is not None:
                return _iso(*found)
        return None

    def before(self, start, floor=0, narration=False):
        """(ISO date, precision) of the last cue of speaking between `floor` and `start` ("spoke to the radio on
        Wednesday"), in the page's head or the live page's post that holds `start`; with `narration`, only in a
        sentence that holds no statement."""
        found, post = None, self._post_start(start)
        for cue_start, cue_end, match in self.cues:
            if cue_start >= start:
                break
            if cue_start < floor or match.group("shift") or self._post_start(cue_start) not in (0, post):
                continue
            if narration and self.sentence_of(cue_start)[0] in self.stated:
                continue
            if self._inside(cue_start, around=(start, start)):
                continue
            if self._after_filing(match):
                continue  # the paper's date line over a lead filed the day before ("April 27" over "…, April 26:")
            if self._date_line(cue_start, match):
                continue  # "23 June 2030 (Sunday)" over the lead: when the paper came out, not when anyone spoke
            attached = self._attached(cue_start, cue_end, self.sentence_of(cue_start)[0])
            if attached is not False and not (narration and attached is not None and self._pluperfect(attached)):
                found = match  # not "who had said on Friday": that day is not the narration's
        resolved = resolve(found, self.published) if found is not None else None
        return _iso(*resolved) if resolved else None

    def _date_line(self, position, match):
        """The cue at `position` is the publication's own date, in a line of the page's head before the lead (an
        event's date there, a day before, is the day of the event's words)."""
        paragraph = self.doc.paragraph_of(position)
        if not 0 < paragraph < 4 or (found := resolve(match, self.published)) is None or found[0] != self.published:
            return False
        start, end = self.doc.paragraphs[paragraph]
        return self._short(start, end) and not re.search(r"[.!?…\"”’]\s*$", self.doc.text[start:end])

    def _after_filing(self, match):
        """A full date later than the day the lead's dateline filed the copy: the publication's, dating no words."""
        if not match.group("year") and not match.group("year2"):
            return False
        found = resolve(match, self.published)
        return found is not None and found[0] > self.published

    def _dates_speech(self, cue_start, cue_end, sentence_start):
        return self._attached(cue_start, cue_end, sentence_start) is not False

    def _attached(self, cue_start, cue_end, sentence_start):
        """Where the verb of speech a cue goes with stands; None when it goes with the sentence's main verb (a cue
        opening the sentence, "Speaking … on Wednesday, …", "in his address on Tuesday"); False when it dates no
        speech ("the launch on Sunday", "led a delegation last week")."""
        masked = self.doc.masked
        taking = TOOK_PLACE.search(masked, max(sentence_start, cue_start - 60), cue_start)
        if taking and taking.group("noun").lower() in SPEECH_NOUNS:
            return None  # "The conversation took place on Monday in …": the day of the interview below
        occasion = POSSESSIVE_OCCASION.match(masked, cue_end)
        if occasion and occasion.group("noun").lower() in SPEECH_NOUNS:
            return None  # "Opening Wednesday's debate, …, Name told the chamber": the occasion's day, the main verb's
        if re.match(r"\s*,\s*when\b", masked[cue_end : cue_end + 12]):
            return None  # "idle since January 31, when SOMO stopped lifting crude, saying …": the when-clause's day
        if re.search(r"\bsince\s+$", masked[max(sentence_start, cue_start - 7) : cue_start]):
            return False  # "which has controlled the border since December 2024, said …": a period's start
        if re.search(r"(?:after|before)$", masked[cue_start:cue_end], re.IGNORECASE):
            return self._clause_verb(cue_end)  # "came a day after the minister said …": the verb it goes before
        if JUDGED_WORDS.search(masked, max(sentence_start, cue_start - 120), cue_start) and JUDGED_AFTER.match(
            masked, cue_end
        ):
            return False  # 'said the remarks made by X on Thursday were "…"': the day of the words the clause judges
        if EARLIER_THERE.search(masked, max(sentence_start, cue_start - 150), cue_start):
            return False  # "who arrived from Zagreb, where he had met X on Monday, thanked …": the meeting's day
        if said_this := SAID_THIS.search(masked, sentence_start, cue_start):
            return said_this.start()  # "He said this while addressing a seminar organised by … on Monday"
        agent = AGENT_BEFORE.search(masked, max(sentence_start, cue_start - 100), cue_start)
        # but "a statement carried by KCNA yesterday": the day of the occasion of the words, not of a deed
        occasion = agent and re.search(
            r"\b([a-z]+)\s+$", masked[max(sentence_start, agent.start() - 30) : agent.start()]
        )
        held = bool(occasion) and occasion.group(1) in SPEECH_NOUNS
        if agent and agent.group(1) not in MADE_PUBLIC and agent.group(1) not in SPEECH_VERB_FORMS and not held:
            return False  # "the plan, adopted by the Arab League in March 2025, would …": when the plan was adopted
        if REPEATING_EARLIER.search(masked, max(sentence_start, cue_start - 100), cue_start):
            return False  # "…, he said, repeating a pledge the President made in December 2024": the pledge's day
        if AHEAD_OF_EVENT.search(masked, max(sentence_start, cue_start - 60), cue_start):
            return False  # "Speaking … before talks in Geneva on Thursday, Cooper said": the talks' day, still to come
        opening = re.match(r"\s*([A-Za-z]+)\b[^,]*$", masked[sentence_start:cue_start])
        first = opening.group(1).lower() if opening else ""
        participle = first in VERB_FORMS and first.endswith(("ing", "ed"))
        if participle and re.search(r"\bon\s+$", masked[sentence_start:cue_start]):
            # "Asked about the incident on Monday, the president told …": the main verb's day (but "Asked about
            # the drills last week, …" dates the drills)
            return None
        if first.endswith("ing") and first not in PREPOSITIONS and masked[cue_end : cue_end + 1] == ",":
            return None  # "Addressing troops in Kosti on Wednesday, he said …": what the subject was doing then
        if re.match(r"\s*According\s+to\b[^,]*$", masked[sentence_start:cue_start]):
            return None  # "According to the Joint Chiefs of Staff on the 13th, …": the day of the source's words
        if re.match(r"\s*(?:(?:yet|but|and|so)\s+)?when\b[^,]*$", masked[sentence_start:cue_start], re.IGNORECASE):
            return None  # "When NATO leaders met in The Hague last June, … Rutte, who called …": the time of all of it
        if re.search(r"\bthat\s+(?:on\s+|in\s+)?$", masked[sentence_start:cue_start]) and masked[cue_end] == ",":
            return None  # "recalls that on 5 December, the president stated …": the clause it opens, its verb
        if (clause := COLON_OPENING.search(masked, sentence_start, cue_start)) and not re.search(
            r"\w", OPENERS.sub("", clause.group(1))
        ):
            return None  # "the second incident this month: on March 3, Lithuanian Railways said …": its clause's verb
        after = re.match(r"(?:\s*\([^()]{1,30}\))?\s*(,?)\s*([a-z]+)", masked[cue_end : cue_end + 60])
        relative = [*RELATIVE_DEED.finditer(masked, sentence_start, cue_start)]
        if after and after.group(1) and relative and self._deed_not_speech(relative[-1], cue_start):
            return False  # "Ms Ruiz, who visited Kyiv last month, said …": the visit's day, closing the relative clause
        if after and after.group(2) in VERB_FORMS and not after.group(2).endswith("ing"):
            return cue_end + after.start(2)  # "The Kremlin on Wednesday rejected …", "on Monday (28 December) said"
        named = NAMED_SUBJECT.fullmatch(masked, sentence_start, cue_start)
        if named and after and not after.group(1) and after.group(2).endswith("ed"):
            return None  # "Prime Minister Ana Ruiz on Wednesday refused …, telling …": the day of the whole sentence
        if after and after.group(1) and after.group(2) in SPEECH_VERB_FORMS and after.group(2).endswith("ing"):
            before = re.findall(r"[a-z]+", masked[max(sentence_start, cue_start - 40) : cue_start])[-4:]
            if any(word in SPEECH_VERB_FORMS and not word.endswith("ing") for word in before):
                return None  # "the Managing Director said here on Sunday, adding that …": the day of both
            if any(word in VERB_FORMS for word in before):
                return cue_end + after.start(2)  # "expressed concern on Wednesday, saying …": the words it says
        if WHEN_CONTACTED.search(masked, max(sentence_start, cue_start - 60), cue_start):
            return None  # '"…," said Name, a surgeon with …, when contacted from Jakarta on Monday': the saying's day
        if AT_EVENT.search(masked, max(sentence_start, cue_start - 80), cue_start):
            return None  # "In a speech read … at the launch in Maseru on Friday, the Minister said": the event's day
        if part := PART_OF_DAY.search(masked, max(sentence_start, cue_start - 40), cue_start):
            cue_start = part.start()  # "at a press conference on the morning of May 21": the conference's day
        if beside := DAY_BESIDE.search(masked, max(sentence_start, cue_start - 40), cue_start):
            cue_start = beside.start()  # "told him on his last day, Thursday, that …": the telling's day
        window_start = max(sentence_start, min(cue_start - 80, self._name_chain_start(cue_start) - 40))
        # letters of any script: "In a communiqué released on Saturday" holds a speech noun, not "communiqu"
        words = list(re.finditer(r"[^\W\d_]+", masked[window_start:cue_start]))
        if window_start > sentence_start and masked[window_start - 1].isalpha():
            words = words[1:]  # a word cut by the window
        remarks = False  # "in his evening address on Tuesday", "at his weekly press briefing on Monday"
        # "at yesterday's press briefing", "at Tuesday's meeting": the occasion named after the cue
        nearest = [
            word.group() for word in words[-2:] if word.group().lower() not in ("on", "in", "at", "early", "late")
        ][-1:]
        placed = len(words) >= 3 and words[-1].group()[:1].isupper() and words[-2].group() in ("in", "at")
        if placed and nearest == [words[-1].group()]:
            nearest = [words[-3].group()]  # "a second round in Asunción in April": the round's date, not a place's
        if told := TOLD_BY_PHONE.search(masked, window_start, cue_start):
            return told.start(1)  # "had told him by phone on Monday that …": the telling's day (not "spoke by phone")
        if told := TOLD_HEARER.search(masked, window_start, cue_start):
            return told.start()  # "had told the passengers on Sunday evening": the telling's day
        if spoken := self._spoken_before_place(window_start, cue_start):
            word, position = spoken  # "told reporters on the jetty Friday": the telling's day, not the jetty's
            return None if word in SPEECH_NOUNS else position  # "in a statement on its Facebook page on Sunday"
        recent = [word.group().lower() for word in words[-5:]]
        recent = recent[:-1] if recent and recent[-1] in ("on", "in", "at") else recent[1:]  # "issued on Tuesday"
        sent = ADDRESSED_THEN_SENT.search(masked, window_start, cue_start)
        if sent and sent.group("noun") in SPEECH_NOUNS and sent.group("verb") in MADE_PUBLIC:
            return None  # "In a letter to the House of Representatives sent last night, the minister writes …"
        if recent and recent[-1] in MADE_PUBLIC and SPEECH_NOUNS & set(recent[:-1]):
            return None  # "During a meeting held this morning, the minister recalled …": when the words were said
        plain = SPEECH_NOUNS | HEARERS | PLAIN_WORDS
        if nearest and nearest[0].islower() and nearest[0] not in VERB_FORMS and nearest[0] not in plain:
            return False  # "the missile launch on Sunday", "drills around the island last week"
        for index in range(len(words) - 1, -1, -1):
            word, lower = words[index], words[index].group().lower()
            if lower in SPEECH_NOUNS:
                remarks = True
            elif lower in MADE_PUBLIC and index and words[index - 1].group().lower() in SPEECH_NOUNS:
                return None  # "said in a statement posted on its Telegram channel on Wednesday": the statement's day
            elif (
                lower in VERB_FORMS
                # "a Senate estimates hearing": a noun before the occasion, not a verb
                and not (index + 1 < len(words) and words[index + 1].group().lower() in SPEECH_NOUNS)
                and not re.search(
                    r"\b(?:on|in|at|the|a|an|his|her|its|their)\s+$", masked[window_start : window_start + word.start()]
                )
            ):  # "said on state television on Monday": a noun's modifier, not a verb
                position = window_start + word.start()
                aside = re.search(
                    r",\s*$", masked[sentence_start:position]
                )  # "Maduro, addressing supporters on Sunday,"
                participle = lower.endswith("ing") and (aside or not re.search(r"\w", masked[sentence_start:position]))
                return None if participle else position  # "told a rally on Tuesday": the verb before it
        opening = re.sub(r"^\s*\d{1,3}[.)]\s+", "", masked[sentence_start:cue_start])  # "1. On December 1, …"
        if remarks or not re.search(r"\w", OPENERS.sub("", opening)):
            return None
        return False

    def _spoken_before_place(self, window_start, cue_start):
        """(word, where it stands) of the verb of speech, alone or with its hearer, or of the occasion of the words that
        a place right before the cue follows ("said on the jetty Friday", "told reporters at the airport on Monday",
        "a statement on its Facebook page on Sunday"); None when neither does."""
        masked = self.doc.masked
        place = PLACE_OF_SPEAKING.search(masked, window_start, cue_start)
        before = place and re.search(r"\b([a-z]+)\s+(?:([a-z]+)\s+)?$", masked[window_start : place.start()])
        if not before:
            return None
        speech = SPEECH_VERB_FORMS - NOUN_LIKE
        if place.group("preposition") != "on" or place.group("determiner") not in ("the", "a", "an"):
            speech |= SPEECH_NOUNS  # "a statement on its Facebook page", not "the meeting on the Cyprus problem"
        if before.group(2) in speech:
            return before.group(2), window_start + before.start(2)  # "said on the jetty"
        if before.group(1) in speech and before.group(2) in HEARERS | PRONOUNS_HEARD | {None}:
            return before.group(1), window_start + before.start(1)  # "told reporters on the jetty"
        return None

    def _deed_not_speech(self, relative, cue_start):
        """A relative clause on the subject tells of something done, not of an occasion of words ("who addressed the
        opening session on Saturday", "who held a telephone conversation with X on Sunday" are occasions)."""
        if relative.group("verb") in SPEECH_VERB_FORMS | {"addressed", "spoke", "met"}:
            return False
        words = {word.lower() for word in re.findall(r"[A-Za-z]+", self.doc.masked[relative.end() : cue_start])}
        return not words & (SPEECH_NOUNS | HEARERS | {"conversation", "talks"})

    def _name_chain_start(self, cue_start):
        """Where the proper name right before a cue begins ("… of the Board of the International Fund for Saving the
        Aral Sea (IFAS) in Astana on Friday"): a long name does not hide the verb of speech before it."""
        masked, start, floor = self.doc.masked, cue_start, max(0, cue_start - 200)
        end = cue_start
        while end > floor:
            while end > floor and masked[end - 1] == " ":
                end -= 1
            space = masked.rfind(" ", floor, end)
            if space < floor:
                break
            word = masked[space + 1 : end]
            if not (word[:1].isupper() or word[:1] == "(" or word in NAME_JOINERS) or word[-1:] in ",;:.\n":
                break  # a name does not run over a comma or a line
            start = end = space + 1
        return start

    def _clause_verb(self, position):
        """Where the verb of the clause opening at `position` stands ("… the minister said"); False without one."""
        sentence_end = self.sentence_of(position)[1]
        for word in re.finditer(r"[A-Za-z]+|,", self.doc.masked[position : min(sentence_end, position + 100)]):
            if word.group() == ",":
                break
            if word.group() in VERB_FORMS:
                return position + word.start()
        return False

    def _lead(self):
        """The lead's day, found once per assignment (the statements' spans are known by then)."""
        if not hasattr(self, "_lead_day"):
            self._lead_day = self.lead()
        return self._lead_day

    def lead(self):
        """(ISO date, precision) the article's opening sentence gives its news ("MPs on Wednesday approved … after
        a three-hour debate", "began under a diplomatic cloud on Monday", "paid a state visit from 18 to 19 August"):
        the day of the event its statements belong to, whatever verb the cue goes with, when nothing closer dates
        them."""
        paragraphs = self.doc.paragraphs
        # the outlet, the date and the byline may each stand on a line of their own above the lead
        for index, (start, end) in enumerate(paragraphs[1:6], start=1):
            if self.posts and start > self.posts[0]:
                return None  # a live page's lead is its head's, not a post's
            if self._short(start, end):
                continue  # a byline or a dateline with the publication date, not the lead
            if index + 1 < len(paragraphs) and self._byline(*paragraphs[index + 1]):
                continue  # a dek above the byline or the date line ("Published On 20 Mar 2027"), not the lead
            if not re.search(r"[.!?…\"”’)]\s*$", self.doc.text[start:end]):
                continue  # a subheading without a full stop ("Syrian foreign minister says first funds will go …")
            sentence_end = self.sentence_of(start)[1]
            for cue_start, _, match in self.cues:
                if start <= cue_start < sentence_end and not self._inside(cue_start):
                    before = self.doc.text[max(0, cue_start - 8) : cue_start]
                    if DEADLINE_BEFORE.search(before) or DEADLINE.match(self.doc.text, cue_start):
                        continue  # "will inspect every train from April 1": a deadline, not the day of the news
                    found = resolve(match, self.published)
                    return _iso(*found) if found and found[1] == DAY else None
            return None
        return None

    def _short(self, start, end):
        return len(re.findall(r"[a-z]+", self.doc.masked[start:end])) < 12

    def _byline(self, start, end):
        """A short line of a byline or a date ("By Nichola Mandil", "Published On 20 Mar 2027"), not a heading."""
        line = self.doc.text[start:end]
        return len(line.split()) < 12 and bool(re.match(r"\s*By\s|.*\d", line))

    def publication(self):
        return (self.published.isoformat(), DAY) if self.published else (None, None)

    def sentence_of(self, position):
        sentences = self.doc.sentences  # in order, none overlapping the next
        index = bisect.bisect_right(self.doc.sentence_starts, position) - 1
        if index >= 0 and position < sentences[index].end:
            return sentences[index].start, sentences[index].end
        return position, position


@dataclass(frozen=True)
class Shift:
    """A count of days ("a day after", "two days later") waiting for the day it counts from."""

    match: re.Match
    published: datetime.date
    sentence_start: int
    anchor: datetime.date | None  # a day its sentence gives before it

    def counted_from(self, anchor):
        found = resolve(self.match, self.published, anchor) if anchor else None
        return _iso(*found) if found else None


def _iso(date, precision):
    return (date.strftime("%Y-%m") if precision == MONTH else date.isoformat()), precision
