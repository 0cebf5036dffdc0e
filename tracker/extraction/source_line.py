"""The "Source: Zelenskyy in remarks to the press …, as reported by European Pravda" line."""

import re
from dataclasses import dataclass, field

from .normal import normalize_name

SOURCE_LINE = re.compile(r"^[ \t]*Sources?[ \t]*[:—–-][ \t]*(?P<body>\S[^\n]*)$", re.MULTILINE)
# "A, as reported by B": A is where it was said, B reported it. "B, citing A": the other way round.
REPORTED_BY = re.compile(
    r",?\s+(?:as\s+)?(?:reported|cited|quoted|relayed|published|carried|broadcast)\s+(?:by|in|on)\s+"
    r"|,?\s+(?:via|according\s+to)\s+",
    re.I,
)
CITING = re.compile(r",?\s+(?:citing|quoting|with\s+reference\s+to|referring\s+to)\s+", re.I)
SETTING_START = re.compile(
    r"\s+(?=(?:in|at|during|on|speaking|addressing|talking|writing|while|after|before|following)\b)", re.I
)
LEADING_PREPOSITION = re.compile(r"^(?:in|at|during|on)\s+", re.I)
# Where remarks were published rather than said: a post is the original, not an outlet.
PLATFORMS = {"telegram", "x", "twitter", "facebook", "instagram", "truth social", "youtube", "tiktok", "linkedin"}


@dataclass
class SourceLine:
    start: int
    end: int
    chain: list = field(default_factory=list)
    setting: str | None = None
    speaker_text: str | None = None  # who the original remarks are by, as written
    speaker_start: int | None = None


def find_source_line(text, outlet_names=frozenset()):
    match = SOURCE_LINE.search(text)
    if match is None:
        return None
    body = match.group("body").strip().rstrip(".")
    body_start = match.start("body")
    line = SourceLine(match.start(), match.end())
    original, reporters = _split(body, outlet_names)
    if original:
        if _is_outlet(original, outlet_names) and not reporters:
            line.chain.append({"outlet": original, "role": "original"})
        else:
            line.chain.append({"title": original, "role": "original"})
            speaker, setting = _speaker_and_setting(original)
            line.speaker_text, line.setting = speaker, setting
            line.speaker_start = body_start + body.index(original) if speaker else None
    line.chain += [{"outlet": name, "role": "reported_by"} for name in reporters]
    return line


def _split(body, outlet_names):
    """(original, [reporters in order]) from the body of the line."""
    citing = CITING.split(body, maxsplit=1)
    if len(citing) == 2:
        reporter, cited = citing[0].strip(" ,"), citing[1]
        if _is_outlet(reporter, outlet_names) or _names_a_source(
            reporter, cited
        ):  # "Suspilne, citing the General Staff"
            original, more = _split(cited, outlet_names)
            return original, [*more, reporter]
        body = reporter  # "Sybiha on X, citing intelligence data": what the speaker cited, not a chain
    parts = [part.strip(" ,") for chunk in REPORTED_BY.split(body) for part in chunk.split(";")]
    parts = [part for part in parts if part]
    if not parts:
        return None, []
    return parts[0], parts[1:]


def _names_a_source(reporter, cited):
    """A bare name citing a named body: 'Suspilne, citing the General Staff' (not 'Sybiha on X, citing data')."""
    bare_reporter = len(SETTING_START.split(reporter, maxsplit=1)) == 1
    return bare_reporter and bool(re.match(r"(?:the\s+)?[A-Z]", cited.strip()))


def _is_outlet(name, outlet_names):
    return normalize_name(name) in outlet_names


def _speaker_and_setting(original):
    """'Zelenskyy in remarks to the press after meeting with Trump' → (Zelenskyy, remarks to the press …)."""
    parts = SETTING_START.split(original, maxsplit=1)
    if len(parts) < 2:
        return original, None
    speaker, setting = parts[0].strip(" ,"), parts[1].strip(" ,")
    setting = LEADING_PREPOSITION.sub("", setting)
    if normalize_name(setting) in PLATFORMS:
        setting = f"post on {setting}"
    return speaker, setting or None
