from html.parser import HTMLParser

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.test import Client
from django.urls import reverse

from tests import factories
from tracker.models import Source, Statement

pytestmark = pytest.mark.django_db

LOGIN = reverse("admin:login")
PASSWORD = "correct horse battery staple"
SCRIPT = "<script>alert('x')</script>"
IMG = '"><img src=x onerror=alert(1)>'
JS_URL = "javascript:alert(document.cookie)"
HOSTILE = f"{SCRIPT}{IMG}"


@pytest.fixture
def hostile(db):
    """A published statement with hostile text in every text field a reader can see."""
    speaker = factories.ActorFactory(name=f"Speaker {HOSTILE}", slug="speaker", title=HOSTILE, description=HOSTILE)
    factories.ActorAliasFactory(actor=speaker, name=HOSTILE)
    relayer = factories.ActorFactory(name=f"Relayer {HOSTILE}", slug="relayer")
    topic = factories.TopicFactory(name=f"Topic {HOSTILE}", slug="topic", description=HOSTILE)
    outlet = factories.OutletFactory(name=f"Outlet {HOSTILE}", slug="outlet")
    event = factories.EventFactory(name=f"Event {HOSTILE}", slug="event", place=HOSTILE, description=HOSTILE)
    event.participants.add(speaker)
    statement = factories.StatementFactory(
        speaker=speaker,
        relayed_by=relayer,
        event=event,
        speaker_title=HOSTILE,
        text=f"Text {HOSTILE}",
        original_text=HOSTILE,
        original_language="uk",
        audience=HOSTILE,
        condition=HOSTILE,
        setting=HOSTILE,
        correction_note=HOSTILE,
        key="hostile-1",
    )
    statement.mentions.add(relayer)
    factories.StatementTopicFactory(statement=statement, topic=topic)
    source = factories.SourceFactory(outlet=outlet, title=HOSTILE, author=HOSTILE)
    factories.StatementSourceFactory(statement=statement, source=source)
    return statement


def html_surfaces(statement):
    return [
        "/",
        f"/?q={statement.text[:4]}",
        statement.get_absolute_url(),
        reverse("tracker:actor-list"),
        reverse("tracker:actor-detail", args=["speaker"]),
        reverse("tracker:topic-list"),
        reverse("tracker:topic-detail", args=["topic"]),
        reverse("tracker:event-detail", args=["event"]),
        "/?actor=speaker&topic=topic",
        f"/?q={SCRIPT}",
        f"/?actor={IMG}",
    ]


class Elements(HTMLParser):
    def __init__(self, body):
        super().__init__()
        self.tags = []
        self.feed(body)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def assert_inert_html(body):
    """What the browser would build: no injected element, handler or script link."""
    assert "<script>alert" not in body
    assert "<img src=x" not in body
    for tag, attrs in Elements(body).tags:
        assert not [name for name in attrs if name.startswith("on")], (tag, attrs)
        for name in ("href", "src", "action", "formaction"):
            assert not (attrs.get(name) or "").strip().lower().startswith("javascript:"), (tag, attrs)
        if tag == "script":
            # Scripts come from files; the only inline block allowed is non-executable JSON-LD.
            assert attrs.get("src") or attrs.get("type") == "application/ld+json", attrs


def test_hostile_text_is_inert_on_every_reader_page(client, hostile):
    for url in html_surfaces(hostile):
        response = client.get(url)
        assert response.status_code in {200, 400}, url
        assert_inert_html(response.content.decode())


def test_hostile_text_is_escaped_in_the_feed(client, hostile):
    response = client.get(reverse("tracker:statement-feed"))
    assert response.status_code == 200
    assert "xml" in response["Content-Type"]
    assert "<script>alert" not in response.content.decode()
    assert "<img src=x" not in response.content.decode()


def test_hostile_text_is_only_ever_json_in_the_api(client, hostile):
    for url in ["/api/statements/", f"/api/statements/{hostile.pk}/", "/api/actors/", "/api/topics/", "/api/events/"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Content-Type"].startswith("application/json")
        assert response["X-Content-Type-Options"] == "nosniff"


def test_exports_are_downloads_not_pages(exporter_client, hostile):
    for name in ["export-csv", "export-json", "export-xlsx", "export-timeline"]:
        response = exporter_client.get(reverse(f"tracker:{name}"))
        assert response.status_code == 200, name
        assert "text/html" not in response["Content-Type"]
        assert "attachment" in response["Content-Disposition"]
    csv = b"".join(exporter_client.get(reverse("tracker:export-csv")).streaming_content).decode()
    assert "Text <script>" in csv  # kept verbatim for the spreadsheet, served as text/csv


def test_hostile_text_is_inert_in_the_admin(editor_client, hostile):
    for url in [
        reverse("admin:tracker_statement_changelist"),
        reverse("admin:tracker_statement_change", args=[hostile.pk]),
        reverse("admin:tracker_statement_history", args=[hostile.pk]),
        reverse("admin:tracker_actor_changelist"),
        reverse("admin:tracker_source_changelist"),
    ]:
        body = editor_client.get(url).content.decode()
        assert "<script>alert" not in body, url
        assert "<img src=x" not in body, url


NOT_HTTP = [JS_URL, " javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "ftp://example.org/x"]


@pytest.mark.parametrize("url", [*NOT_HTTP, "//evil.example.org/x"])
def test_source_links_accept_only_http(url):
    with pytest.raises(ValidationError):
        factories.SourceFactory.build(outlet=None, url=url).full_clean()


@pytest.mark.parametrize("url", NOT_HTTP)
def test_the_database_refuses_non_http_source_links_too(url):
    with pytest.raises(IntegrityError), transaction.atomic():
        Source.objects.create(url=url, title="x")


def test_archived_links_and_homepages_accept_only_http():
    with pytest.raises(IntegrityError), transaction.atomic():
        Source.objects.create(url="https://example.org/a", title="x", archived_url=JS_URL)
    with pytest.raises(IntegrityError), transaction.atomic():
        factories.OutletFactory(homepage=JS_URL)


def test_admin_refuses_a_javascript_source_link(editor_client):
    response = editor_client.post(reverse("admin:tracker_source_add"), {"url": JS_URL, "title": "x"})
    assert response.status_code == 200
    assert "Enter a valid URL." in response.content.decode()
    assert not Source.objects.exists()


def test_security_headers_on_pages_and_admin(client):
    for url in ["/", LOGIN]:
        response = client.get(url)
        policy = response["Content-Security-Policy"]
        assert "script-src 'self'" in policy and "'unsafe-inline'" not in policy.split("script-src")[1].split(";")[0]
        assert "frame-ancestors 'none'" in policy
        assert "object-src 'none'" in policy
        assert response["X-Frame-Options"] == "DENY"
        assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
        assert response["X-Content-Type-Options"] == "nosniff"


def test_hsts_is_sent_over_https(client, settings):
    settings.SECURE_HSTS_SECONDS = 31536000
    response = client.get("/", secure=True)
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")
    assert "Strict-Transport-Security" not in client.get("/").headers


def test_admin_posts_need_a_csrf_token(editor, statement):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    url = reverse("admin:tracker_statement_changelist")
    response = client.post(url, {"action": "retract", "_selected_action": [statement.pk]})
    assert response.status_code == 403
    statement.refresh_from_db()
    assert statement.status == Statement.Status.PUBLISHED
    assert Client(enforce_csrf_checks=True).post(LOGIN, {"username": "editor", "password": PASSWORD}).status_code == 403


def test_the_sixth_wrong_password_is_locked_out_even_when_right(editor):
    client = Client()
    for _attempt in range(4):
        response = client.post(LOGIN, {"username": "editor", "password": "wrong"})
        assert response.status_code == 200  # the form again, with its error
    client.post(LOGIN, {"username": "editor", "password": "wrong"})
    response = client.post(LOGIN, {"username": "editor", "password": PASSWORD})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_lockout_is_per_user_and_a_good_login_resets_the_count(editor, roles):
    other = factories.UserFactory(username="other", is_staff=True)
    client = Client()
    for _attempt in range(4):
        client.post(LOGIN, {"username": "editor", "password": "wrong"})
    assert client.post(LOGIN, {"username": "editor", "password": PASSWORD}).status_code == 302
    for _attempt in range(4):
        client.post(LOGIN, {"username": "editor", "password": "wrong"})
    assert Client().post(LOGIN, {"username": other.username, "password": PASSWORD}).status_code == 302


def test_oversized_posts_are_refused_without_a_server_error(client):
    response = client.post(LOGIN, {"username": "x", "password": "y", "padding": "x" * (6 * 1024 * 1024)})
    assert response.status_code == 400
