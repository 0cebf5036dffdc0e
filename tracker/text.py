"""Text normalisation shared by models, import matching and duplicate detection."""

import hashlib
import re
import unicodedata

_QUOTES = str.maketrans(dict.fromkeys("\"'`«»„“”‘’‚‹›「」", ""))
_NON_WORD = re.compile(r"[^\w]+")
# For ASCII text `\w` is [A-Za-z0-9_]: every other ASCII character becomes a space.
_ASCII_NON_WORD = str.maketrans({chr(c): " " for c in range(128) if not (chr(c).isalnum() or chr(c) == "_")})


def strip_accents(value):
    if value.isascii():  # nothing to strip
        return value
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def normalize_name(value):
    """'Zelenskyy', 'ZELENSKYY ', 'Zelénskyy' -> 'zelenskyy': for alias matching."""
    if value.isascii():  # the same result without the regex: imports fingerprint 100,000s of texts
        return " ".join(value.lower().translate(_ASCII_NON_WORD).split())
    return " ".join(_NON_WORD.sub(" ", strip_accents(value).casefold()).split())


def normalize_text(value):
    """Case, punctuation, quote marks and whitespace folded away: for near-duplicates."""
    return normalize_name(value.translate(_QUOTES))


def fingerprint(value):
    return hashlib.sha1(normalize_text(value).encode()).hexdigest()
