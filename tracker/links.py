"""URLs reversed once for the many links one page holds: a chart's marks, a stance's standings.

`reverse()` walks the URL patterns on every call (about 25 µs); a page linking hundreds of
statements or actors reverses each pattern once, with a marker in the value's place, and fills
the marker in for each link.
"""

from urllib.parse import quote

from django.urls import reverse
from django.utils.http import RFC3986_SUBDELIMS

# What reverse() leaves unquoted in a path (django.urls.resolvers), so a filled-in slug reads as reversed.
PATH_SAFE = RFC3986_SUBDELIMS + "/~:@"
SLUG_MARKER = "parley-slug-marker"


def id_urls(name, *keys):
    """reverse(name, kwargs=…) for a URL of integer `keys`, as a function that reverses once. Each key is
    reversed as a marker number, whose place takes the value."""
    markers = {key: 987_654_321_000 + index for index, key in enumerate(keys)}
    url = reverse(name, kwargs=markers)
    for key, marker in markers.items():
        url = url.replace(str(marker), f"{{{key}}}")  # a reversed URL holds no brace: they are quoted
    return lambda **values: url.format(**{key: int(value) for key, value in values.items()})


def slug_urls(name):
    """reverse(name, kwargs={"slug": …}) as a function of the slug that reverses once."""
    head, tail = reverse(name, kwargs={"slug": SLUG_MARKER}).split(SLUG_MARKER)
    return lambda slug: f"{head}{quote(slug, safe=PATH_SAFE)}{tail}"
