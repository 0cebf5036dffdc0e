import datetime

import factory
from django.contrib.auth import get_user_model
from django.utils.text import slugify

from tracker.models import (
    Actor,
    ActorAlias,
    Event,
    Outlet,
    Source,
    Statement,
    StatementSource,
    StatementTopic,
    Topic,
)


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.org")
    password = factory.django.Password("correct horse battery staple")

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True


class ActorFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Leader {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    kind = Actor.Kind.PERSON
    title = "Head of State"

    class Meta:
        model = Actor


class ActorAliasFactory(factory.django.DjangoModelFactory):
    actor = factory.SubFactory(ActorFactory)
    name = factory.Sequence(lambda n: f"Alias {n}")

    class Meta:
        model = ActorAlias


class TopicFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))

    class Meta:
        model = Topic


class OutletFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Outlet {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    homepage = factory.LazyAttribute(lambda o: f"https://{o.slug}.example.org/")

    class Meta:
        model = Outlet


class SourceFactory(factory.django.DjangoModelFactory):
    outlet = factory.SubFactory(OutletFactory)
    url = factory.Sequence(lambda n: f"https://news.example.org/story-{n}")
    title = factory.Sequence(lambda n: f"Story {n}")
    published_on = datetime.date(2025, 9, 24)

    class Meta:
        model = Source


class EventFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Summit {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    start_date = datetime.date(2025, 9, 23)

    class Meta:
        model = Event


class StatementFactory(factory.django.DjangoModelFactory):
    speaker = factory.SubFactory(ActorFactory)
    text = factory.Sequence(lambda n: f"We are ready to discuss security guarantees, round {n}.")
    said_on = datetime.date(2025, 9, 23)
    status = Statement.Status.PUBLISHED

    class Meta:
        model = Statement


class StatementTopicFactory(factory.django.DjangoModelFactory):
    statement = factory.SubFactory(StatementFactory)
    topic = factory.SubFactory(TopicFactory)
    stance = StatementTopic.Stance.SUPPORTS

    class Meta:
        model = StatementTopic


class StatementSourceFactory(factory.django.DjangoModelFactory):
    statement = factory.SubFactory(StatementFactory)
    source = factory.SubFactory(SourceFactory)
    role = StatementSource.Role.REPORTED_BY

    class Meta:
        model = StatementSource
