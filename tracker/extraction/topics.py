"""Topic suggestions: a topic's name or one of its keywords appears in the candidate's text."""

from .normal import normalize_name


def _stem(word):
    """Enough to let 'guarantee' match 'guarantees' and 'systems' match 'system'."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _stems(text):
    return tuple(_stem(word) for word in normalize_name(text).split())


class TopicMatcher:
    def __init__(self, topics):
        self.index = {}  # first stem → [(stems, slug)], longest first
        for topic in topics:
            for phrase in (topic.name, *topic.keywords):
                stems = _stems(phrase)
                if stems:
                    self.index.setdefault(stems[0], []).append((stems, topic.slug))
        for options in self.index.values():
            options.sort(key=lambda option: -len(option[0]))

    def match(self, text):
        """Topic slugs in order of first appearance."""
        words = _stems(text)
        found = []
        for i, word in enumerate(words):
            for stems, slug in self.index.get(word, ()):
                if words[i : i + len(stems)] == stems and slug not in found:
                    found.append(slug)
        return found
