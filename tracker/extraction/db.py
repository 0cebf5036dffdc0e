"""The extraction directory built from the database: the one place extraction meets the models."""

from tracker.models import Actor, Outlet, Topic

from .directory import ActorEntry, Directory, TopicEntry


def directory_from_db():
    """Every actor (with aliases), topic (with keywords) and outlet name, in three queries plus one for aliases."""
    actors = [
        ActorEntry(
            name=actor.name,
            slug=actor.slug,
            kind=actor.kind,
            title=actor.title,
            country=actor.country,
            aliases=tuple(alias.name for alias in actor.aliases.all()),
        )
        for actor in Actor.objects.prefetch_related("aliases")
    ]
    topics = [
        TopicEntry(
            name=topic.name,
            slug=topic.slug,
            keywords=tuple(keyword for keyword in topic.keywords or () if isinstance(keyword, str)),
            parent=topic.parent.slug if topic.parent_id else None,
        )
        for topic in Topic.objects.select_related("parent")
    ]
    return Directory(actors=actors, topics=topics, outlets=list(Outlet.objects.values_list("name", flat=True)))
