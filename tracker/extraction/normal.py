"""`normalize_name` kept per spelling: an article's extraction normalises the same few hundred names and words
tens of thousands of times."""

from functools import lru_cache

from tracker.text import normalize_name as normalize_uncached


@lru_cache(maxsize=1 << 16)
def normalize_name(value):
    return normalize_uncached(value)
