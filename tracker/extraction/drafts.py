"""Saving the candidates an editor kept: draft statements, their speakers, topics and source chain."""

from dataclasses import dataclass

from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from tracker.models import Actor, Outlet, Source, SourceRole, Statement, StatementSource, StatementTopic

CHANGE_REASON = "Added from article"


@dataclass
class Article:
    published_on: object  # date
    url: str = ""
    title: str = ""
    outlet: Outlet | None = None


@transaction.atomic
def save_drafts(*, article, chain, setting, rows, user=None):
    """One draft statement per kept row, all citing the same source chain; nothing is saved if anything fails.

    `chain` is the extraction's [{"title"|"outlet": …, "role": …}]; the article itself is appended as
    the last source. Each row is a CandidateForm's cleaned data.
    """
    sources = _source_chain(article, chain)
    statements = []
    for row in rows:
        carrier = (row.get("carried_by") or "").strip()
        row_sources = _with_carrier(sources, carrier, article) if carrier else sources
        speaker = row["speaker"] or _new_actor(row["new_speaker"].strip(), user)
        statement = Statement(
            speaker=speaker,
            speaker_title=speaker.title,
            kind=row["kind"],
            text=row["text"].strip(),
            relayed_by=row.get("relayed_by") if row.get("relayed_by") != speaker else None,
            said_on=row.get("said_on") or article.published_on,
            date_precision=row.get("date_precision") or Statement.Precision.DAY,
            setting=(setting or "")[:500],
            status=Statement.Status.DRAFT,
            created_by=user,
            updated_by=user,
        )
        _for_history(statement, user).save()
        for topic, stance in row["topic_stances"]:
            StatementTopic.objects.create(statement=statement, topic=topic, stance=stance)
        statement.mentions.set([actor for actor in row["mention_actors"] if actor != speaker])
        for position, (source, role) in enumerate(row_sources):
            StatementSource.objects.create(statement=statement, source=source, role=role, position=position)
        statement.refresh_first_reported_on()
        statements.append(statement)
    return statements


def _source_chain(article, chain):
    """[(Source, role)] in order: where it was said, each outlet that reported it, then this article."""
    sources = []
    for link in chain:
        if link.get("outlet"):
            outlet = _outlet(link["outlet"])
            if outlet == article.outlet:
                continue  # the article's own outlet: the article stands for it
            title = _("%(outlet)s report: %(title)s") % {"outlet": outlet.name, "title": article.title or article.url}
            sources.append((_source(outlet=outlet, title=title[:500], published_on=article.published_on), link["role"]))
        else:
            sources.append(
                (_source(outlet=None, title=link["title"][:500], published_on=article.published_on), link["role"])
            )
    role = SourceRole.REPORTED_BY if sources else SourceRole.ORIGINAL
    if article.url:
        own = Source.objects.filter(url=article.url).first()
        own = own or Source.objects.create(
            url=article.url, title=article.title, outlet=article.outlet, published_on=article.published_on
        )
    else:
        own = _source(outlet=article.outlet, title=article.title, published_on=article.published_on)
    return [*sources, (own, role)]


def _with_carrier(sources, name, article):
    """The chain with the news agency the article cites ("according to IRNA") as a reporter before the article."""
    outlet = _outlet(name)
    if outlet == article.outlet or any(source.outlet == outlet for source, _ in sources):
        return sources
    title = _("%(outlet)s report: %(title)s") % {"outlet": outlet.name, "title": article.title or article.url}
    carried = (_source(outlet=outlet, title=title[:500], published_on=article.published_on), SourceRole.REPORTED_BY)
    *before, (own, _role) = sources
    return [*before, carried, (own, SourceRole.REPORTED_BY)]


def _source(*, outlet, title, published_on):
    found = Source.objects.filter(url="", outlet=outlet, title=title, published_on=published_on).first()
    return found or Source.objects.create(outlet=outlet, title=title, published_on=published_on)


def _outlet(name):
    found = Outlet.objects.filter(name__iexact=name).first()
    return found or Outlet.objects.create(name=name, slug=_unique_slug(Outlet, name))


def _new_actor(name, user):
    words = name.split()
    kind = Actor.Kind.PERSON if len(words) >= 2 and all(word[:1].isupper() for word in words) else Actor.Kind.OTHER
    actor = Actor(name=name, slug=_unique_slug(Actor, name), kind=kind)
    _for_history(actor, user).save()
    return actor


def _unique_slug(model, name):
    base = slugify(name)[:190] or "unnamed"
    slug, number = base, 2
    while model.objects.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


def _for_history(obj, user):
    obj._change_reason = CHANGE_REASON
    if user is not None:
        obj._history_user = user
    return obj
