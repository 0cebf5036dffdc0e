import pytest
from django.contrib.auth.models import Group, Permission
from django.core.cache import caches
from django.core.management import call_command

from tests import factories


@pytest.fixture(autouse=True)
def empty_cache(settings):
    """Cached counts and charts must not leak from one test into the next, and follow each edit
    at once (the grace period is a production trade-off with a test of its own)."""
    settings.PARLEY_AGGREGATE_GRACE_SECONDS = 0
    for cache in caches.all():
        cache.clear()
    yield
    for cache in caches.all():
        cache.clear()


@pytest.fixture
def actor(db):
    return factories.ActorFactory(name="Volodymyr Zelenskyy", slug="volodymyr-zelenskyy", country="UA")


@pytest.fixture
def topic(db):
    return factories.TopicFactory(name="Security guarantees", slug="security-guarantees")


@pytest.fixture
def statement(actor):
    return factories.StatementFactory(speaker=actor)


@pytest.fixture
def roles(db):
    call_command("bootstrap_roles", verbosity=0)


@pytest.fixture
def editor(roles):
    user = factories.UserFactory(username="editor", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def exporter(roles):
    user = factories.UserFactory(username="exporter", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="export_statement"))
    return user


@pytest.fixture
def exporter_client(client, exporter):
    client.force_login(exporter)
    return client


@pytest.fixture
def demo(db):
    call_command("load_demo", verbosity=0)
