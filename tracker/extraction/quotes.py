"""Quotation spans: every kind of mark, nesting, multi-paragraph and wire-style quotes.

Marks are paired by how they sit against the text ("flanking", as in CommonMark) rather than
by their glyph, because real copy mixes them: “…", «…”, „…“ and straight quotes all occur.
"""

import re
from dataclasses import dataclass, field

from .spans import trim_span

DOUBLE = '"“”„‟«»'
SINGLE = "'‘’‚‛‹›"
MARKS = re.compile(f"[{re.escape(DOUBLE + SINGLE)}]")
PREFERS_OPEN = set("“„‟«‘‚‛‹")
PREFERS_CLOSE = set("”»’›")
GUILLEMETS = set("«»‹›")
# What may stand before an opening mark, or after a closing one, besides a space.
OPEN_CONTEXT = set("([{—–-/:;,…") | set(DOUBLE + SINGLE)
CLOSE_CONTEXT = set(".,;:!?)]}—–-/…") | set(DOUBLE + SINGLE)
INNER_SPACE = " \u00a0\u202f\u2009"


@dataclass(eq=False)
class Quote:
    open: int
    close: int | None  # None when the paragraph ended with the quote still open
    start: int = 0  # content, without the marks and surrounding spaces
    end: int = 0
    depth: int = 0
    family: str = "double"
    parent: "Quote | None" = None
    children: list["Quote"] = field(default_factory=list)

    @property
    def outer_end(self):
        """End of the quote including its closing mark."""
        return self.close + 1 if self.close is not None else self.end


def _family(char):
    return "double" if char in DOUBLE else "single"


def _flanking(text, pos):
    """(left, right): whether the mark can open and whether it can close."""
    char = text[pos]
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    if char in GUILLEMETS:  # French typography puts spaces inside guillemets
        if char in "«‹" and after in INNER_SPACE:
            after = "x"
        if char in "»›" and before in INNER_SPACE:
            before = "x"
    left = not after.isspace() and (before.isspace() or before in OPEN_CONTEXT)
    right = not before.isspace() and (after.isspace() or after in CLOSE_CONTEXT)
    return left, right


def _is_apostrophe(text, pos):
    if text[pos] not in "'’‛":
        return False
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    return before.isalnum() and after.isalnum()


def _possessive_plural(text, pos, paragraph_end):
    """The allies’ position: a trailing apostrophe, when a later mark can close the quote."""
    if text[pos] not in "'’" or pos == 0 or text[pos - 1] not in "sS":
        return False
    rest = text[pos + 1 : pos + 3]
    if len(rest) < 2 or not rest[0].isspace() or not rest[1].islower():
        return False
    for match in MARKS.finditer(text, pos + 1, paragraph_end):
        if match.group() not in SINGLE or _is_apostrophe(text, match.start()):
            continue
        left, right = _flanking(text, match.start())
        if right and not left:
            return True
        if left and not right:
            return False  # "'moving the goalposts' on the treaty, warning … 'not be bullied'": a new quote opens
    return False


def _paragraphs(text):
    """(start, end) of each non-empty line."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        if match.group().strip():
            spans.append((match.start(), match.end()))
    return spans


class _Scanner:
    def __init__(self, text):
        self.text = text
        self.paragraphs = _paragraphs(text)
        self.stack = []
        self.quotes = []

    def run(self):
        for index, (p_start, p_end) in enumerate(self.paragraphs):
            for match in MARKS.finditer(self.text, p_start, p_end):
                self._mark(match.start(), p_end)
            self._paragraph_end(index, p_end)
        kept = set(self.quotes)
        self.quotes.sort(key=lambda q: q.open)
        for quote in self.quotes:
            # A parent that was dropped (an unclosed stray mark) does not make its child nested.
            while quote.parent is not None and quote.parent not in kept:
                quote.parent = quote.parent.parent
            quote.depth = 0 if quote.parent is None else quote.parent.depth + 1
        return self.quotes

    def _top_of_family(self, family):
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index].family == family:
                return index
        return None

    def _mark(self, pos, paragraph_end):
        text, char = self.text, self.text[pos]
        if _is_apostrophe(text, pos):
            return
        family = _family(char)
        top = self._top_of_family(family)
        left, right = _flanking(text, pos)
        if left and right:
            if char in PREFERS_OPEN:
                right = False
            elif char in PREFERS_CLOSE:
                left = False
            else:
                left, right = top is None, top is not None
        elif not left and not right:
            if family == "single":
                return
            left, right = top is None, top is not None
        if right and top is not None:
            if family == "single" and _possessive_plural(text, pos, paragraph_end):
                return
            self._close(top, pos)
        elif left:
            parent = self.stack[-1] if self.stack else None
            self.stack.append(Quote(open=pos, close=None, depth=len(self.stack), family=family, parent=parent))

    def _close(self, index, pos):
        quote = self.stack[index]
        del self.stack[index:]  # marks opened inside and never closed were apostrophes or typos
        quote.close = pos
        self._keep(quote, quote.open + 1, pos)

    def _keep(self, quote, start, end):
        quote.start, quote.end = trim_span(self.text, start, end)
        if quote.end <= quote.start:
            return
        self.quotes.append(quote)
        if quote.parent is not None:
            quote.parent.children.append(quote)

    def _paragraph_end(self, index, p_end):
        if not self.stack:
            return
        outer = self.stack[0]
        self.stack = [outer]  # nested quotes never run across paragraphs
        reopens = self._reopens(index + 1)
        if outer.family == "double" and not reopens and self._closes(index + 1):
            return
        self.stack = []
        # An unclosed single mark is an apostrophe ('90s) unless the next paragraph re-opens a quote.
        if outer.family == "double" or reopens:
            self._keep(outer, outer.open + 1, p_end)

    def _reopens(self, next_index):
        """Wire style: each paragraph of a long quote re-opens it without closing the previous one."""
        if next_index >= len(self.paragraphs):
            return False
        p_start, p_end = self.paragraphs[next_index]
        first = self.text[p_start:p_end].lstrip()
        return bool(first) and first[0] in DOUBLE + SINGLE and _flanking(self.text, p_end - len(first))[0]

    def _closes(self, next_index):
        """Whether the next paragraph holds a mark that can close a double quote."""
        if next_index >= len(self.paragraphs):
            return False
        p_start, p_end = self.paragraphs[next_index]
        for match in MARKS.finditer(self.text, p_start, p_end):
            if match.group() in DOUBLE and _flanking(self.text, match.start())[1]:
                return True
        return False


def find_quotes(text):
    """Every quotation in `text`, outermost first at each position, with nesting recorded."""
    return _Scanner(text).run()
