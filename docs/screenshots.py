"""Serve the demo data on a throwaway database and photograph the reader pages.

Run with `make screenshots`; writes PNGs into docs/screenshots/. Name files to take only those:
`python docs/screenshots.py positions.png event.png`.
"""

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
sys.path.insert(0, str(ROOT))

from tests.browser.conftest import make_driver, quit_driver  # noqa: E402

DESKTOP, PHONE = (1400, 1000), (390, 844)
PAGES = [
    # (file name, path, (width, height), the whole page or only its first screen)
    ("timeline-desktop.png", "/", DESKTOP, True),
    ("timeline-filtered.png", "/?actor=volodymyr-zelenskyy&q=guarantees", DESKTOP, True),
    ("statement.png", None, DESKTOP, True),
    ("actor.png", "/actors/volodymyr-zelenskyy/", DESKTOP, True),
    ("positions.png", "/positions/?topic=security-guarantees", DESKTOP, True),
    ("event.png", "/events/zelenskyy-trump-meeting-new-york-2025/", DESKTOP, True),
    ("events.png", "/events/", DESKTOP, False),
    ("about.png", "/about/", DESKTOP, False),
    # A phone's first screen: what a reader sees before scrolling.
    ("timeline-phone.png", "/", PHONE, False),
    ("timeline-filtered-phone.png", "/?actor=volodymyr-zelenskyy&kind=direct_quote", PHONE, False),
    ("statement-phone.png", None, PHONE, False),
    ("actor-phone.png", "/actors/volodymyr-zelenskyy/", PHONE, True),
    ("positions-phone.png", "/positions/?topic=security-guarantees", PHONE, True),
    ("overview-desktop.png", "/overview/?period=custom&date_after=2025-01-01&date_before=2025-12-31", DESKTOP, True),
    ("overview-phone.png", "/overview/?period=custom&date_after=2025-01-01&date_before=2025-12-31", PHONE, True),
    # Admin pages are photographed as an editor (EDITOR_SESSION logs the browser in).
    ("desk-desktop.png", "/admin/", DESKTOP, True),
    ("desk-phone.png", "/admin/", PHONE, True),
]
EDITOR_SESSION = (
    "from django.contrib.auth.models import Group, User; from django.test import Client; "
    "user = User.objects.create_user('demo-editor', is_staff=True); "
    "user.groups.add(Group.objects.get(name='Editors')); "
    "client = Client(); client.force_login(user); print(client.cookies['sessionid'].value)"
)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(env, *args, **kwargs):
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, **kwargs)


def wait_for(url, seconds=20):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"server did not answer at {url}")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="parley-shots-") as tmp:
        env = {
            **os.environ,
            "DEBUG": "1",
            "DATABASE_URL": f"sqlite:///{tmp}/demo.sqlite3",
            "SECURE_SSL_REDIRECT": "0",
            "SECURE_COOKIES": "0",
        }
        manage(env, "migrate", "--noinput", "-v", "0")
        manage(env, "load_demo", "-v", "0")
        manage(env, "bootstrap_roles", "-v", "0")
        session = manage(env, "shell", "--no-imports", "-c", EDITOR_SESSION, capture_output=True, text=True)
        session = session.stdout.strip().splitlines()[-1]
        statement_path = (
            manage(
                env,
                "shell",
                "--no-imports",
                "-c",
                "from tracker.models import Statement; "
                "print(Statement.objects.published().filter(speaker__slug='volodymyr-zelenskyy')"
                ".order_by('-said_on', '-id').first().get_absolute_url())",
                capture_output=True,
                text=True,
            )
            .stdout.strip()
            .splitlines()[-1]
        )
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", "--noreload", "--nothreading", f"127.0.0.1:{port}"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            wait_for(base + "/")
            wanted = set(sys.argv[1:])
            for name, path, (width, height), whole in PAGES:
                if wanted and name not in wanted:
                    continue
                driver = make_driver(width=width, height=height)
                try:
                    metrics = {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 500}
                    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
                    if path and path.startswith("/admin/"):
                        driver.get(base + "/admin/login/")
                        driver.add_cookie({"name": "sessionid", "value": session, "path": "/"})
                    driver.get(base + (path or statement_path))
                    time.sleep(0.5)  # the framed month chart
                    if whole:
                        full = driver.execute_script("return document.documentElement.scrollHeight")
                        metrics["height"] = min(max(height, full), 2400)
                        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
                    driver.save_screenshot(str(OUT / name))
                    print(f"wrote docs/screenshots/{name}")
                finally:
                    quit_driver(driver)
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
