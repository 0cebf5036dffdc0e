"""When a statement was said, from the article's cues ("on Tuesday", "last week", "on March 3") and its date.

Measured by `make eval-extraction` on the labelled `date_said` values; see the README for the share right.
"""

import datetime
import re

from .lexicon import VERB_FORMS

DAY, MONTH = "day", "month"
SPEECH_NOUNS = {"statement", "address", "interview", "briefing", "speech", "remarks", "conference", "message"}
SPEECH_NOUNS |= {"post", "broadcast", "appearance", "meeting", "call", "summit", "session", "hearing"}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"  # noqa: E501
CUE = re.compile(
    rf"\b(?:{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH.replace('month', 'month2')}(?:,?\s+(?P<year2>\d{{4}}))?"
    r"|(?P<last>last\s+)?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|(?P<relative>yesterday|today|tonight|this\s+(?:morning|afternoon|evening)|last\s+night|overnight"
    r"|last\s+week|last\s+month|earlier\s+this\s+(?:week|month)|this\s+week))\b",
    re.IGNORECASE,
)


def _month_number(name):
    return MONTHS.index(name[:3].lower()) + 1


def resolve(match, published):
    """(date, precision) the cue `match` names, relative to the `published` date; None when it names none."""
    if match.group("relative"):
        cue = " ".join(match.group("relative").lower().split())
        if cue == "yesterday":
            return published - datetime.timedelta(days=1), DAY
        if cue == "last week":
            return (published - datetime.timedelta(days=7)).replace(day=1), MONTH
        if cue == "last month":
            return (published.replace(day=1) - datetime.timedelta(days=1)).replace(day=1), MONTH
        if cue in ("this week", "earlier this week", "earlier this month"):
            return published.replace(day=1), MONTH
        return published, DAY  # today, tonight, this morning, last night, overnight
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
    """Dates said for candidate spans of one article: the nearest cue in the narration of the same sentence."""

    def __init__(self, doc, published):
        self.doc = doc
        self.published = published
        self.cues = [(m.start(), m.end(), m) for m in CUE.finditer(doc.masked)] if published else []

    def cue_for(self, start, end):
        """(ISO date, precision) from a cue in the statement's sentence, outside the statement; else None."""
        if not self.published:
            return None
        sentence = self.sentence_of(start)
        best = None
        for cue_start, cue_end, match in self.cues:
            if cue_end <= sentence[0] or cue_start >= sentence[1] or (start <= cue_start < end):
                continue
            distance = start - cue_end if cue_end <= start else cue_start - end
            if best is None or distance < best[0]:
                best = (distance, match)
        if best is not None and (found := resolve(best[1], self.published)) is not None:
            return _iso(*found)
        return None

    def cue_within(self, start, end):
        """(ISO date, precision) of the first cue inside text[start:end], e.g. a post's signature."""
        for cue_start, _, match in self.cues if self.published else ():
            if start <= cue_start < end and (found := resolve(match, self.published)) is not None:
                return _iso(*found)
        return None

    def before(self, start):
        """(ISO date, precision) of the last cue of speaking before `start` ("spoke to the radio on Wednesday")."""
        found = None
        for cue_start, _, match in self.cues:
            if cue_start >= start:
                break
            if self._of_speaking(cue_start):
                found = match
        resolved = resolve(found, self.published) if found is not None else None
        return _iso(*resolved) if resolved else None

    def _of_speaking(self, cue_start):
        """A cue that dates speech: a verb of speech or a word for remarks shortly before it."""
        window = self.doc.masked[max(0, cue_start - 40) : cue_start]
        return any(word in VERB_FORMS or word in SPEECH_NOUNS for word in re.findall(r"[a-z]+", window))

    def publication(self):
        return (self.published.isoformat(), DAY) if self.published else (None, None)

    def sentence_of(self, position):
        for sentence in self.doc.sentences:
            if sentence.start <= position < sentence.end:
                return sentence.start, sentence.end
        return position, position


def _iso(date, precision):
    return (date.strftime("%Y-%m") if precision == MONTH else date.isoformat()), precision
