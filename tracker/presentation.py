"""How a statement is named wherever it stands in a sentence or a title: one rule, every surface.

Direct quotes and written statements are the speaker's own words, in quotation marks. A
paraphrase is reported speech and is never put in quotation marks: it is labelled as such.
Relayed speech names who relayed it; a retracted statement is labelled as retracted. Page
titles, OpenGraph, the cite line, Atom, TimelineJS, positions and link lists all call this.
"""

import unicodedata

from django.utils.translation import gettext as _

from .models import Statement

OPEN_QUOTE, CLOSE_QUOTE = "\u201c", "\u201d"
ELLIPSIS = "\u2026"


def is_verbatim(kind):
    """The speaker's own words: a direct quote or a written statement."""
    return kind in (Statement.Kind.DIRECT_QUOTE, Statement.Kind.WRITTEN)


def words_for(text, kind, length=None):
    """`text` as it may be shown: in quotation marks when verbatim, labelled as reported speech when not."""
    text = shortened(text, length) if length else text
    if is_verbatim(kind):
        return f"{OPEN_QUOTE}{text}{CLOSE_QUOTE}"
    return _("(reported speech) %(text)s") % {"text": text}


def shortened(text, length):
    """`text` in at most `length` characters, the last an ellipsis; a combining mark stays with its letter.
    (Django's Truncator counts every character in Python: a chart shortens hundreds of excerpts.)"""
    text = unicodedata.normalize("NFC", text)
    if len(text) <= length:
        return text
    cut = length - 1
    while cut and unicodedata.combining(text[cut]):
        cut -= 1
    return f"{text[:cut]}{ELLIPSIS}"


def statement_words(statement, length=None):
    return words_for(statement.text, statement.kind, length)


def attribution(speaker, relayer=None):
    """'Donald Trump' or 'Donald Trump, as relayed by Volodymyr Zelenskyy'."""
    if relayer:
        return _("%(speaker)s, as relayed by %(relayer)s") % {"speaker": speaker, "relayer": relayer}
    return speaker


def headline_for(*, speaker, text, kind, status, relayer=None, length=None):
    """The headline from plain values (for exports reading rows, not model instances)."""
    retracted = _("[Retracted] ") if status == Statement.Status.RETRACTED else ""
    return f"{retracted}{attribution(speaker, relayer)}: {words_for(text, kind, length)}"


def statement_headline(statement, length=None):
    """'Donald Trump: “…”', 'Donald Trump, as relayed by …: (reported speech) …', '[Retracted] …'."""
    return headline_for(
        speaker=statement.speaker.name,
        relayer=statement.relayed_by.name if statement.relayed_by_id else None,
        text=statement.text,
        kind=statement.kind,
        status=statement.status,
        length=length,
    )


def schema_type(statement):
    """schema.org type: a Quotation only for verbatim words; reported speech is a Claim."""
    return "Quotation" if is_verbatim(statement.kind) else "Claim"
