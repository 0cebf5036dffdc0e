"""Unpublishing reaches every reader at once, whichever worker serves them.

Gunicorn with three workers and no Redis (each worker has its own in-memory cache), every
surface warmed in every worker; a statement is then set back to draft by another process. From
the moment that save is committed, no request to any surface may return its text; re-published,
it is back at once. Runs on the suite's database engine (SQLite or PostgreSQL).
"""

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import psycopg
import pytest
from django.conf import settings as django_settings

ROOT = Path(__file__).resolve().parent.parent
WORKERS = 3
ROUNDS = 4 * WORKERS  # requests per surface and round: every worker serves some of them
MARK = "Zqxv unpublish-probe"

SEED = f"""
import datetime
from tracker.models import Actor, Event, Outlet, Source, Statement, StatementSource, StatementTopic, Topic
D = datetime.date
ana = Actor.objects.create(name="Ana Probe", slug="ana-probe")
topic = Topic.objects.create(name="Guarantees", slug="guarantees")
event = Event.objects.create(name="Probe talks", slug="probe-talks", start_date=D(2025, 6, 1))
outlet = Outlet.objects.create(name="Probe Wire", slug="probe-wire")
source = Source.objects.create(outlet=outlet, url="https://example.org/probe", title="Probe report")
def say(text, stance, on, **extra):
    s = Statement.objects.create(speaker=ana, text=text, said_on=on, status="published", **extra)
    StatementTopic.objects.create(statement=s, topic=topic, stance=stance)
    StatementSource.objects.create(statement=s, source=source)
    return s
say("An earlier position on guarantees.", "opposes", D(2025, 5, 1), event=event)
target = say("{MARK}: guarantees are welcome now.", "supports", D(2025, 6, 1), event=event)
print(target.pk)
"""

SET_STATUS = "from tracker.models import Statement; s = Statement.objects.get(pk={pk}); s.status = '{status}'; s.save()"


def surfaces(pk):
    return [
        "/",
        "/?q=guarantees",
        "/?actor=ana-probe&topic=guarantees",
        f"/statements/{pk}/",
        "/actors/ana-probe/",
        "/topics/guarantees/",
        "/events/probe-talks/",
        "/positions/?topic=guarantees",
        "/positions/?topic=guarantees&as_of=2025-12-31",
        "/feeds/statements.atom",
        "/feeds/statements.atom?actor=ana-probe",
        "/feeds/shifts.atom?actor=ana-probe&topic=guarantees",
        "/api/statements/",
        "/api/statements/?topic=guarantees",
        f"/api/statements/{pk}/",
    ]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url):
    request = urllib.request.Request(url, headers={"Connection": "close"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


@pytest.fixture
def database_url(tmp_path):
    """A database of its own: the server's workers and the editing process share it, not the test's."""
    default = django_settings.DATABASES["default"]
    if default["ENGINE"].endswith("sqlite3"):
        yield f"sqlite:///{tmp_path / 'parley.sqlite3'}"
        return
    name = f"parley_mp_{uuid.uuid4().hex[:8]}"
    admin = f"host={default['HOST']} port={default['PORT'] or 5432} user={default['USER']} dbname=postgres"
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {name}")
    yield f"postgres://{default['USER']}@{default['HOST']}:{default['PORT'] or 5432}/{name}"
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def manage(env, *args):
    done = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


@pytest.fixture
def server(database_url):
    env = {key: value for key, value in os.environ.items() if key != "REDIS_URL"}
    env.update(
        DATABASE_URL=database_url,
        DJANGO_SETTINGS_MODULE="config.settings",
        SECRET_KEY="multiprocess-visibility-test",
        DEBUG="0",
        SECURE_SSL_REDIRECT="0",
        SECURE_COOKIES="0",
        SECURE_HSTS_SECONDS="0",
        STATIC_COLLECTED="0",
        ALLOWED_HOSTS="127.0.0.1",
    )
    manage(env, "migrate", "--noinput", "-v0")
    pk = int(manage(env, "shell", "-v0", "-c", SEED).strip().splitlines()[-1])
    port = free_port()
    gunicorn = Path(sys.executable).with_name("gunicorn")
    process = subprocess.Popen(
        [
            str(gunicorn),
            "config.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(WORKERS),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            fetch(f"{base}/about-nothing/")
            break
        except OSError:
            assert process.poll() is None, process.stderr.read().decode()[-3000:]
            if time.monotonic() > deadline:
                pytest.fail("gunicorn did not start within a minute")
            time.sleep(0.2)
    yield env, base, pk
    process.terminate()
    process.wait(timeout=30)


def sweep(base, pk):
    """{surface: [bodies]} over ROUNDS requests to every surface."""
    bodies = {}
    for _ in range(ROUNDS):
        for path in surfaces(pk):
            status, body = fetch(base + path)
            assert status in (200, 404), (path, status, body[:500])
            bodies.setdefault(path, []).append(body)
    return bodies


def test_unpublishing_reaches_every_worker_and_surface_at_once(server):
    env, base, pk = server
    warm = sweep(base, pk)
    for path, bodies in warm.items():
        assert all(MARK in body for body in bodies), f"{path} should show the published statement"

    manage(env, "shell", "-v0", "-c", SET_STATUS.format(pk=pk, status="draft"))
    hidden = sweep(base, pk)
    for path, bodies in hidden.items():
        assert not any(MARK in body for body in bodies), f"{path} still shows an unpublished statement"

    manage(env, "shell", "-v0", "-c", SET_STATUS.format(pk=pk, status="published"))
    shown = sweep(base, pk)
    for path, bodies in shown.items():
        assert all(MARK in body for body in bodies), f"{path} does not show the re-published statement"
