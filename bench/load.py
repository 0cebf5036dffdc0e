"""`make load`: gunicorn on loopback, readers browsing filtered timelines while editors save.

Readers are threads issuing GETs over HTTP, each timeline page followed by its chart images
as a browser loads them; editors are threads saving statements through
the ORM with the admin's optimistic-lock check, against the same database. Runs for
LOAD_SECONDS (default 60) and prints requests/s, page and chart p95 latencies and the
error count; exits 1
when anything failed.
"""

import html
import json
import os
import random
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SECONDS = float(os.environ.get("LOAD_SECONDS", "60"))
READERS = int(os.environ.get("LOAD_READERS", "16"))
EDITORS = int(os.environ.get("LOAD_EDITORS", "2"))
WORKERS = os.environ.get("LOAD_WORKERS", "4")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url, timeout=30):
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return response.status, response.read()


CHART_RE = re.compile(r'<(?:iframe|img) class="chart__(?:frame|img)[^"]*" src="([^"]+)"')


def get(base, path, kind, results, lock):
    """GET `path`; its latency is filed under `kind` (pages, charts), a failure under errors."""
    started = time.perf_counter()
    body = b""
    try:
        status, body = fetch(base + path)
        ok = status == 200
    except (urllib.error.URLError, OSError) as error:
        ok, status = False, getattr(error, "code", str(error))
    elapsed = time.perf_counter() - started
    with lock:
        results[kind].append(elapsed)
        if not ok:
            results["errors"].append(f"GET {path}: {status}")
    return body


def reader(base, slugs, stop, results, lock):
    rng = random.Random()
    while not stop.is_set():
        choice = rng.random()
        if choice < 0.3 or not slugs["actors"]:
            path = "/"
        elif choice < 0.55:
            path = f"/?actor={rng.choice(slugs['actors'])}"
        elif choice < 0.75 and slugs["topics"]:
            path = f"/?topic={rng.choice(slugs['topics'])}&sort=oldest"
        elif choice < 0.9:
            path = f"/?q=security+guarantees&date_after=20{rng.randint(10, 25)}-01-01"
        else:
            path = "/api/statements/"
        body = get(base, path, "latencies", results, lock)
        # Then the page's chart images, as a browser would load them.
        for src in CHART_RE.findall(body.decode(errors="replace")):
            if stop.is_set():
                break
            get(base, html.unescape(src), "charts", results, lock)


def editor(stop, results, lock):
    import django

    django.setup()
    from django.db import transaction

    from tracker.models import Statement

    rng = random.Random()
    ids = list(Statement.objects.order_by("-id").values_list("id", flat=True)[:2000])
    while not stop.is_set() and ids:
        started = time.perf_counter()
        try:
            with transaction.atomic():
                statement = Statement.objects.select_for_update().get(pk=rng.choice(ids))
                statement.setting = f"load test edit {time.time():.3f}"
                statement.save()
            ok = True
        except Exception as error:  # any failure is what this run counts
            ok = False
            message = repr(error)
        with lock:
            results["saves"].append(time.perf_counter() - started)
            if not ok:
                results["errors"].append(f"save: {message}")
        time.sleep(0.05)


def percentile_ms(latencies, fraction):
    ordered = sorted(latencies)
    return round(ordered[max(int(len(ordered) * fraction) - 1, 0)] * 1000, 1) if ordered else None


def main():
    port = free_port()
    env = {
        **os.environ,
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_COOKIES": "0",
        "SECURE_HSTS_SECONDS": "0",
        "STATIC_COLLECTED": "0",
    }
    env.setdefault("SECRET_KEY", "parley-load-test-only")
    env.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ.update(env)
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "config.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", WORKERS,
         "--threads", "2", "--log-level", "warning"],
        cwd=ROOT,
        env=env,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        for _attempt in range(100):
            try:
                fetch(base + "/api/actors/", timeout=5)
                break
            except (urllib.error.URLError, OSError):
                time.sleep(0.2)
        slugs = {
            "actors": [a["slug"] for a in json.loads(fetch(base + "/api/actors/")[1])["results"]],
            "topics": [t["slug"] for t in json.loads(fetch(base + "/api/topics/")[1])["results"]],
        }
        results, lock, stop = (
            {"latencies": [], "charts": [], "saves": [], "errors": []},
            threading.Lock(),
            threading.Event(),
        )
        threads = [threading.Thread(target=reader, args=(base, slugs, stop, results, lock)) for _ in range(READERS)]
        threads += [threading.Thread(target=editor, args=(stop, results, lock)) for _ in range(EDITORS)]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        time.sleep(SECONDS)
        stop.set()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(timeout=30)
    pages, charts = results["latencies"], results["charts"]
    report = {
        "seconds": round(elapsed, 1),
        "readers": READERS,
        "editors": EDITORS,
        "requests": len(pages) + len(charts),
        "requests_per_second": round((len(pages) + len(charts)) / elapsed, 1),
        "pages": len(pages),
        "pages_p50_ms": percentile_ms(pages, 0.5),
        "pages_p95_ms": percentile_ms(pages, 0.95),
        "charts": len(charts),
        "charts_p95_ms": percentile_ms(charts, 0.95),
        "saves": len(results["saves"]),
        "errors": len(results["errors"]),
    }
    print(json.dumps(report, indent=2))
    for error in results["errors"][:20]:
        print("error:", error, file=sys.stderr)
    return 1 if results["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
