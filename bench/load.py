"""`make load`: readers from a real load tool (Debian's wrk) while editors save, direct and through nginx.

gunicorn serves the app on loopback; deploy/nginx.conf runs in front of it (when nginx is
installed). Two reader mixes, each for LOAD_SECONDS (default 60) with LOAD_READERS (16)
connections (LOAD_MIXES, default "spike,tail", chooses), first straight to gunicorn, then through nginx:
- *spike*: Zipf over the filters of a news day — most readers on the front page, then the day's
  few busiest actors and topics, the feed, the API, one common search, the chart images; half of
  the requests (LOAD_REVALIDATE) come from browsers revalidating with the ETag they were given;
- *tail*: first views of random filters — actors, topics, actor × topic, searches with dates,
  actor and topic pages.
The spike straight to gunicorn runs twice: as fast as gunicorn answers (its p95 then is mostly
the queue of LOAD_READERS connections in front of two busy cores) and with readers arriving at
LOAD_SPIKE_RATE requests/s (300, the goal's rate; 0 skips it), reported as `spike.direct_paced`.
Editors (LOAD_EDITORS threads in this process, the ORM with the admin's row lock) save published
statements throughout, each pausing LOAD_EDIT_PAUSE seconds (1) between saves: every save is a
change readers can see, so every validator changes with it.

gunicorn runs with PARLEY_SHARED_CACHE_SECONDS=LOAD_SHARED_CACHE_SECONDS (1), the spike setting
that lets nginx keep a copy for a second; direct readers are not affected by it.
With BENCH_N, the benchmark database of that size (bench/data.py) is used, else DATABASE_URL's.
Prints requests/s, p50, p95 and errors per mix and target as JSON; with LOAD_RECORD=1 also writes
them as `load.<mix>.<target>.*` into bench/results.json's entry for this database and README's
table (when that entry is of the same size). Exits 1 when anything failed.
"""

import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import data, readme  # noqa: E402
from deploy import cached  # noqa: E402

SECONDS = float(os.environ.get("LOAD_SECONDS", "60"))
READERS = int(os.environ.get("LOAD_READERS", "16"))
EDITORS = int(os.environ.get("LOAD_EDITORS", "2"))
EDIT_PAUSE = float(os.environ.get("LOAD_EDIT_PAUSE", "1"))
WORKERS = os.environ.get("LOAD_WORKERS", "4")
THREADS = os.environ.get("LOAD_THREADS", "2")
# The spike direct is also run with readers arriving at this rate (the goal's 300/s), not only as
# fast as the server answers: there the p95 is mostly the queue of 16 connections at 2 busy cores.
SPIKE_RATE = float(os.environ.get("LOAD_SPIKE_RATE", "300"))
REVALIDATE = os.environ.get("LOAD_REVALIDATE", "0.5")
SHARED_CACHE_SECONDS = os.environ.get("LOAD_SHARED_CACHE_SECONDS", "1")
MIXES = os.environ.get("LOAD_MIXES", "spike,tail").split(",")
ZIPF_S = 1.1
SCRIPT = ROOT / "bench" / "wrk" / "readers.lua"
RESULTS = ROOT / "bench" / "results.json"
SEARCH_WORDS = ("ceasefire", "sanctions", "security guarantees", "negotiations", "sovereignty", "aid")


def database_url():
    n = os.environ.get("BENCH_N")
    url = os.environ.get("DATABASE_URL", "")
    if not n:
        return url
    if url.startswith(("postgres://", "postgresql://")):
        return data.prepare_postgres(url, int(n), os.environ.get("BENCH_PG_DB", "parley_bench"))
    return data.prepare_sqlite(int(n))


def busiest():
    """Actors and topics by published statements in the newest month of the record: the day's news."""
    import datetime

    from django.db.models import Count

    from tracker.models import Actor, Statement, StatementTopic, Topic

    newest = Statement.objects.published().order_by("-said_on").values_list("said_on", flat=True).first()
    recent = Statement.objects.published().filter(said_on__gte=newest - datetime.timedelta(days=30))
    actors = list(
        recent.values("speaker__slug").annotate(n=Count("id")).order_by("-n").values_list("speaker__slug", flat=True)
    )
    topics = list(
        StatementTopic.objects.filter(statement__in=recent)
        .values("topic__slug")
        .annotate(n=Count("id"))
        .order_by("-n")
        .values_list("topic__slug", flat=True)
    )
    published = Statement.Status.PUBLISHED
    return {
        "actors": actors,
        "topics": topics,
        # Public records only (a registry record is public while a published statement uses it).
        "all_actors": list(
            Actor.objects.filter(statements__status=published).values_list("slug", flat=True).distinct()
        ),
        "all_topics": list(
            Topic.objects.filter(statements__status=published).values_list("slug", flat=True).distinct()
        ),
        "newest": newest,
    }


def spike_paths(found):
    """(weight, path): the news day's pages ranked, weights 1/rank^s (Zipf)."""
    actors, topics = found["actors"][:3], found["topics"][:3]
    ranked = ["/"]
    if actors:
        ranked += [f"/?actor={actors[0]}"]
    if topics:
        ranked += [f"/?topic={topics[0]}"]
    ranked += ["/feeds/statements.atom", "/api/statements/", "/charts/months.svg", "/charts/speakers.svg"]
    ranked += [f"/?actor={slug}" for slug in actors[1:]] + [f"/?topic={slug}" for slug in topics[1:]]
    ranked += ["/?q=ceasefire"]
    ranked += [f"/actors/{slug}/" for slug in actors[:2]] + [f"/topics/{slug}/" for slug in topics[:2]]
    ranked += [f"/api/statements/?actor={slug}" for slug in actors[:1]]
    return [(1 / rank**ZIPF_S, path) for rank, path in enumerate(ranked, start=1)]


def tail_paths(found, count=5000):
    """(1, path): first views of random filters and pages."""
    rng = random.Random(18)
    actors, topics = found["all_actors"], found["all_topics"]
    newest = found["newest"]
    paths = []
    for _ in range(count):
        actor, topic = rng.choice(actors), rng.choice(topics)
        kind = rng.randrange(7)
        if kind == 0:
            paths.append(f"/?actor={actor}")
        elif kind == 1:
            paths.append(f"/?topic={topic}&sort=oldest")
        elif kind == 2:
            paths.append(f"/?actor={actor}&topic={topic}")
        elif kind == 3:
            word = rng.choice(SEARCH_WORDS).replace(" ", "+")
            paths.append(f"/?q={word}&date_after={newest.year - rng.randint(1, 10)}-01-01")
        elif kind == 4:
            paths.append(f"/actors/{actor}/")
        elif kind == 5:
            paths.append(f"/topics/{topic}/")
        else:
            paths.append(f"/api/statements/?actor={actor}")
    return [(1, path) for path in paths]


def editor(stop, saves, errors, lock):
    from django.db import connection, transaction

    from tracker.models import Statement

    rng = random.Random()
    ids = list(Statement.objects.published().order_by("-id").values_list("id", flat=True)[:2000])
    while not stop.is_set() and ids:
        started = time.perf_counter()
        try:
            with transaction.atomic():
                statement = Statement.objects.select_for_update().get(pk=rng.choice(ids))
                statement.setting = f"load test edit {time.time():.3f}"
                statement.save()
            message = None
        except Exception as error:  # any failure is what this run counts
            message = repr(error)
        with lock:
            saves.append(time.perf_counter() - started)
            if message:
                errors.append(f"save: {message}")
        stop.wait(EDIT_PAUSE)
    connection.close()


def wrk(base, paths_file, revalidate, rate=None):
    """wrk's figures for one mix: as fast as the server answers, or with `rate`, readers arriving at
    about that many requests/s (each connection pausing READERS / rate seconds between requests)."""
    binary = shutil.which("wrk")
    pause = f"{READERS / rate * 1000:.0f}" if rate else "0"
    output = subprocess.run(
        [binary, "-t", str(READERS), "-c", str(READERS), "-d", f"{SECONDS:g}s", "--timeout", "10s",
         "-s", str(SCRIPT), base, "--", str(paths_file), str(revalidate)],
        check=True, stdout=subprocess.PIPE, text=True, env={**os.environ, "PARLEY_WRK_PAUSE_MS": pause},
    ).stdout  # fmt: skip
    found = json.loads(output.strip().splitlines()[-1])
    if found["failures"]:
        print(f"failed requests (a few): {found['failures']}", file=sys.stderr)
    errors = found["failed_status"] + found["socket_errors"] + found["timeouts"]
    return {
        "rps": round(found["requests"] / found["seconds"], 1),
        "p50_ms": found["p50_ms"],
        "p95_ms": found["p95_ms"],
        "errors": errors,
        "timeouts": found["timeouts"],
        "not_modified": found["not_modified"],
        "requests": found["requests"],
    }


def write_paths(folder, name, weighted):
    path = Path(folder) / f"{name}.tsv"
    path.write_text("".join(f"{weight:.6f}\t{p}\n" for weight, p in weighted))
    return path


def record(figures, n, note):
    if not RESULTS.exists():
        return
    results = json.loads(RESULTS.read_text())
    from django.db import connection

    for entry in results:
        if entry["database"] == connection.vendor and entry["n_statements"] == n:
            entry["figures"] = dict(sorted({**entry["figures"], **figures}.items()))
            entry["notes"] = [*(x for x in entry.get("notes", []) if not x.startswith("load.")), note]
            RESULTS.write_text(json.dumps(results, indent=2) + "\n")
            readme.update(results)
            return
    print(f"bench/results.json has no {connection.vendor} entry at {n:,} statements: not recorded", file=sys.stderr)


def main():
    if not shutil.which("wrk"):
        print("make load needs wrk: apt-get install wrk", file=sys.stderr)
        return 2
    url = database_url()
    env = {
        **os.environ,
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_COOKIES": "0",
        "SECURE_HSTS_SECONDS": "0",
        "STATIC_COLLECTED": "0",
        "PARLEY_SHARED_CACHE_SECONDS": SHARED_CACHE_SECONDS,
    }
    if url:
        env["DATABASE_URL"] = url
    env.setdefault("SECRET_KEY", "parley-load-test-only")
    env.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ.update(env)
    import django

    django.setup()
    from tracker.models import Statement

    n = Statement.objects.count()
    found = busiest()
    upstream = f"127.0.0.1:{cached.free_port()}"
    server = cached.gunicorn(upstream, WORKERS, threads=THREADS, env=env)
    report, errors, saves, lock = {}, [], [], threading.Lock()
    try:
        cached.wait_for_port("127.0.0.1", int(upstream.rsplit(":", 1)[1]), server, seconds=60)
        urllib.request.urlopen(f"http://{upstream}/", timeout=60).read()
        with tempfile.TemporaryDirectory(prefix="parley-load-") as folder:
            mixes = {
                "spike": (write_paths(folder, "spike", spike_paths(found)), REVALIDATE),
                "tail": (write_paths(folder, "tail", tail_paths(found)), "0"),
            }
            mixes = {mix: paths for mix, paths in mixes.items() if mix in MIXES}
            stop = threading.Event()
            editors = [threading.Thread(target=editor, args=(stop, saves, errors, lock)) for _ in range(EDITORS)]
            for thread in editors:
                thread.start()
            try:
                for mix, (paths_file, revalidate) in mixes.items():
                    report[f"{mix}.direct"] = wrk(f"http://{upstream}", paths_file, revalidate)
                    print(f"{mix}, direct: {report[f'{mix}.direct']}", file=sys.stderr)
                    if mix == "spike" and SPIKE_RATE:
                        paced = wrk(f"http://{upstream}", paths_file, revalidate, rate=SPIKE_RATE)
                        report[f"{mix}.direct_paced"] = paced
                        print(f"{mix}, direct, readers arriving at {SPIKE_RATE:g}/s: {paced}", file=sys.stderr)
                    if cached.nginx_binary():
                        with cached.proxy(upstream) as base:
                            report[f"{mix}.proxy"] = wrk(base, paths_file, revalidate)
                        print(f"{mix}, proxy: {report[f'{mix}.proxy']}", file=sys.stderr)
                    else:
                        print(f"{mix}, proxy: skipped ({cached.INSTALL_HINT})", file=sys.stderr)
            finally:
                stop.set()
                for thread in editors:
                    thread.join()
    finally:
        cached.stop(server)
    report["saves"] = {"count": len(saves), "errors": len(errors)}
    summary = {
        "statements": n,
        "database": os.environ.get("DATABASE_URL", "sqlite (default)").split("@")[-1],
        "seconds_per_run": SECONDS,
        "readers": READERS,
        "gunicorn": f"{WORKERS} workers × {THREADS} threads",
        "editors": f"{EDITORS}, pausing {EDIT_PAUSE:g} s",
        "shared_cache_seconds": SHARED_CACHE_SECONDS,
        "cache": "redis" if os.environ.get("REDIS_URL") else "per-process memory",
        "results": report,
    }
    print(json.dumps(summary, indent=2))
    for error in errors[:20]:
        print("error:", error, file=sys.stderr)
    if os.environ.get("LOAD_RECORD") == "1":
        figures = {
            f"load.{run}.{key}": value
            for run, values in report.items()
            if run != "saves"
            for key, value in values.items()
            if key in ("rps", "p50_ms", "p95_ms", "errors")
        }
        figures["load.saves.count"], figures["load.saves.errors"] = len(saves), len(errors)
        note = (
            f"load.*: make load, {SECONDS:g} s per mix and target, {READERS} wrk connections, "
            f"gunicorn {WORKERS}×{THREADS}, {EDITORS} editors, PARLEY_SHARED_CACHE_SECONDS={SHARED_CACHE_SECONDS}, "
            f"cache: {summary['cache']}"
        )
        record(figures, n, note)
    failed = errors or any(values.get("errors") for run, values in report.items() if run != "saves")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
