import pytest
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.sessions.models import Session
from django.db import transaction
from django.http import HttpResponse
from django.test import RequestFactory, override_settings

from tests import factories
from tracker.models import Actor, Statement
from tracker.routers import PrimaryForWritersMiddleware, ReplicaRouter, use_primary

pytestmark = pytest.mark.filterwarnings("ignore:Overriding setting DATABASES")

router = ReplicaRouter()


@pytest.fixture
def with_replica():
    databases = {**settings.DATABASES, "replica": {**settings.DATABASES["default"], "TEST": {"MIRROR": "default"}}}
    with override_settings(DATABASES=databases):
        yield


def test_without_a_replica_everything_reads_from_the_primary():
    with override_settings(DATABASES={"default": settings.DATABASES["default"]}):
        assert router.db_for_read(Statement) == "default"


def test_tracker_reads_go_to_the_replica_and_writes_to_the_primary(with_replica):
    assert router.db_for_read(Statement) == "replica"
    assert router.db_for_read(Actor) == "replica"
    assert router.db_for_write(Statement) == "default"


def test_sessions_and_logins_are_always_read_from_the_primary(with_replica):
    assert router.db_for_read(Session) == "default"


def test_reads_inside_a_transaction_see_the_primary(with_replica, transactional_db):
    with transaction.atomic():
        assert router.db_for_read(Statement) == "default"
    assert router.db_for_read(Statement) == "replica"


def test_migrations_run_only_on_the_primary():
    assert router.allow_migrate("default", "tracker") is True
    assert router.allow_migrate("replica", "tracker") is False


def seen_by_view(request):
    middleware = PrimaryForWritersMiddleware(lambda request: HttpResponse(router.db_for_read(Statement)))
    return middleware(request).content.decode()


def test_anonymous_reading_requests_use_the_replica(with_replica):
    request = RequestFactory().get("/")
    request.user = AnonymousUser()
    assert seen_by_view(request) == "replica"


def test_writing_requests_and_staff_requests_read_from_the_primary(with_replica):
    post = RequestFactory().post("/")
    post.user = AnonymousUser()
    assert seen_by_view(post) == "default"
    staff_get = RequestFactory().get("/admin/")
    staff_get.user = factories.UserFactory.build(is_staff=True)
    assert seen_by_view(staff_get) == "default"


def test_use_primary_pins_reads_for_the_block(with_replica):
    with use_primary():
        assert router.db_for_read(Statement) == "default"
    assert router.db_for_read(Statement) == "replica"
