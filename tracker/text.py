"""Text normalisation shared by models, import matching and duplicate detection."""

import hashlib
import re
import unicodedata

_QUOTES = str.maketrans(dict.fromkeys("\"'`«»„“”‘’‚‹›「」", ""))
_NON_WORD = re.compile(r"[^\w]+")


def strip_accents(value):
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def normalize_name(value):
    """'Zelenskyy', 'ZELENSKYY ', 'Zelénskyy' -> 'zelenskyy': for alias matching."""
    return " ".join(_NON_WORD.sub(" ", strip_accents(value).casefold()).split())


def normalize_text(value):
    """Case, punctuation, quote marks and whitespace folded away: for near-duplicates."""
    return normalize_name(value.translate(_QUOTES))


def fingerprint(value):
    return hashlib.sha1(normalize_text(value).encode()).hexdigest()
