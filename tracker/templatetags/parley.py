"""Presentation helpers for reader pages: dates at their precision, speaker badges, JSON-LD."""

import functools
import json
import zlib

from django import template
from django.utils.dateformat import format as format_date
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from tracker import links, presentation

register = template.Library()

DATE_FORMATS = {"day": "j M Y", "month": "M Y", "year": "Y"}
# Escapes that keep a JSON document inert inside <script> (as django.utils.html.json_script does).
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def at_precision(value, precision="day"):
    """'23 Sep 2025', 'Sep 2025' or '2025', as precise as the record is."""
    if not value:
        return ""
    return format_date(value, DATE_FORMATS.get(precision, DATE_FORMATS["day"]))


@register.simple_tag
def stance_bar(stances):
    """A breakdown row's stance mix ([{"stance", "n"}], views.stance_mix) as a bar, one part per stance as wide
    as its count (a tag, not an include: a table of twenty rows rendered twenty includes in 5 ms)."""
    label = ", ".join(f"{part['stance']}: {part['n']}" for part in stances)
    parts = format_html_join(
        "",
        '<span class="stance-bar__part chip--{}" style="flex-grow: {}"></span>',
        ((part["stance"], part["n"]) for part in stances),
    )
    return format_html('<span class="stance-bar" role="img" aria-label="{}">{}</span>', label, parts)


@register.simple_tag
def standing_items(standings, limit, title):
    """The list items of a stance's standings (positions.Standing; `limit` of them, None for all): the actor's
    link, and the date of their latest statement on the topic linked to it. One pass with each URL pattern
    reversed once: a stance's list on the positions page names hundreds of actors (a broad topic's supporters
    in a template loop: 16 ms)."""
    actor_url = links.slug_urls("tracker:actor-detail")
    statement_url = links.id_urls("tracker:statement-detail", "pk")
    date_label = functools.cache(at_precision)  # most of a topic's latest statements fall on a few days
    return format_html_join(
        "",
        '<li id="standing-{}"><a href="{}">{}</a> <a class="muted" href="{}" title="{}">{}</a></li>',
        (
            (
                standing.actor.slug,
                actor_url(standing.actor.slug),
                standing.actor.name,
                statement_url(pk=standing.current.statement_id),
                title,
                date_label(standing.current.said_on, standing.current.precision),
            )
            for standing in (standings if limit is None else standings[:limit])
        ),
    )


@register.simple_tag
def said_on(statement):
    return at_precision(statement.said_on, statement.date_precision)


def initials(name):
    words = [word for word in name.replace("-", " ").split() if word[:1].isalpha()]
    if not words:
        return "?"
    if len(words) == 1:
        return words[0][:2].upper()
    return (words[0][0] + words[-1][0]).upper()


def badge_hue(slug):
    """A stable hue per actor, so a speaker has the same colour on every page."""
    return zlib.crc32(slug.encode()) % 360


@register.simple_tag
def actor_badge(actor, size="md"):
    return format_html(
        '<span class="badge badge--{}" style="--hue: {}" aria-hidden="true">{}</span>',
        size,
        badge_hue(actor.slug),
        initials(actor.name),
    )


@register.simple_tag
def ld_json(data):
    """A schema.org JSON-LD block, escaped so no value can close the script element."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True).translate(JSON_SCRIPT_ESCAPES)
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return mark_safe(f'<script type="application/ld+json">{text}</script>')


@register.simple_tag
def statement_headline(statement, length=None):
    """How the statement is named in a title (tracker/presentation.py)."""
    return presentation.statement_headline(statement, length)


@register.simple_tag
def statement_words(statement, length=None):
    """The statement's words in a sentence: quoted when verbatim, reported speech when not."""
    return presentation.statement_words(statement, length)
