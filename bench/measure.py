"""Measure one database (the one DATABASE_URL names) and print its results as JSON.

Run by bench/run.py in a child process per database. A figure whose feature does not exist
yet (no API, no positions page, no extraction) is left out and listed under "absent".
"""

import contextlib
import datetime
import html
import json
import os
import re
import statistics
import sys
import time

import django

REPEATS = int(os.environ.get("BENCH_REPEATS", "7"))
# A first (uncached) view recomputes counts, estimates and charts: fewer repeats keep the 1M run in bounds.
COLD_REPEATS = int(os.environ.get("BENCH_COLD_REPEATS", "3"))
DEEP_ROWS = 10_000
DECLARE_RE = re.compile(r'^DECLARE "[^"]+" NO SCROLL CURSOR WITH(?:OUT)? HOLD FOR ')


def median_ms(fn, repeats=REPEATS, warmup=1):
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(samples), 2)


class Bench:
    def __init__(self):
        from django.test import Client

        self.figures, self.absent, self.notes = {}, {}, []
        self.client = Client()
        self.admin_client = Client()

    def clear_cache(self, everything=False):
        """The page's caches (counts, estimates, options, charts); with `everything`, also the rendered
        statements (tracker/fragments.py), which a first view of a filter usually finds kept by other pages."""
        from django.core.cache import caches

        for alias in caches:
            if everything or alias != "fragments":
                caches[alias].clear()

    def get(self, client, url, params=None, everything=False):
        self.clear_cache(everything)  # cold: counts and charts are computed, not served from the cache
        response = client.get(url, params or {})
        if response.status_code != 200:
            raise LookupError(f"{url} {params} answered {response.status_code}")
        return response

    def page_figures(self, prefix, client, url, params, compressed=False, statements=False):
        """`prefix.ms`: the whole response; `prefix.sql_ms`: the same page's SQL re-run alone;
        with `compressed`, `prefix.gzip_kb`: what a reader's browser downloads; with `statements`,
        `prefix.cold_ms`: the whole response with no statement rendered before either."""
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        self.get(client, url, params)
        with CaptureQueriesContext(connection) as captured:
            self.get(client, url, params)
        queries = [query["sql"] for query in captured.captured_queries]

        # A server-side cursor (iterator() on PostgreSQL) is logged as its DECLARE: re-run its query.
        queries = [DECLARE_RE.sub("", sql) for sql in queries]

        def raw():
            cursor = connection.connection.cursor()
            for sql in queries:
                cursor.execute(sql)
                cursor.fetchall()

        self.figures[f"{prefix}.ms"] = median_ms(lambda: self.get(client, url, params), repeats=COLD_REPEATS)
        if statements:
            self.figures[f"{prefix}.cold_ms"] = median_ms(
                lambda: self.get(client, url, params, everything=True), repeats=COLD_REPEATS
            )
        self.figures[f"{prefix}.sql_ms"] = median_ms(raw, repeats=COLD_REPEATS)
        # Warm: a second reader within the cache period gets counts and charts from the cache.
        self.figures[f"{prefix}.warm_ms"] = median_ms(lambda: client.get(url, params))
        self.figures[f"{prefix}.queries"] = len(queries)
        if compressed:
            response = client.get(url, params, HTTP_ACCEPT_ENCODING="gzip")
            self.figures[f"{prefix}.gzip_kb"] = round(len(response.content) / 1024, 1)

    def guarded(self, name, fn):
        try:
            fn()
        except Exception as error:  # a feature not built yet, or broken: recorded, not fatal
            self.absent[name] = f"{type(error).__name__}: {error}"[:300]
            print(f"  {name}: absent ({self.absent[name]})", file=sys.stderr)


def reference_values():
    """The actor, topic, dates and words the cases filter by, chosen from the data."""
    from django.db.models import Count

    from tracker.models import Statement, StatementTopic, Topic

    speaker = (
        Statement.objects.published()
        .values("speaker__slug")
        .annotate(n=Count("id"))
        .order_by("-n")
        .values_list("speaker__slug", flat=True)[2]
    )
    topic = Topic.objects.filter(parent__isnull=True).order_by("name").values_list("slug", flat=True)[0]
    newest = Statement.objects.published().order_by("-said_on").values_list("said_on", flat=True)[0]
    # The positions page for the topic most statements take a stance on: the worst case.
    busiest = (
        StatementTopic.objects.values("topic__slug")
        .annotate(n=Count("id"))
        .order_by("-n", "topic__slug")
        .values_list("topic__slug", "n")[0]
    )
    # The event most statements were said at: the heaviest event page.
    event = (
        Statement.objects.published()
        .filter(event__isnull=False)
        .values("event__slug")
        .annotate(n=Count("id"))
        .order_by("-n", "event__slug")
        .values_list("event__slug", flat=True)
        .first()
    )
    return {
        "actor": speaker,
        "topic": topic,
        "event": event,
        "positions_topic": busiest[0],
        "positions_topic_statements": busiest[1],
        "date_after": newest.replace(year=newest.year - 3).isoformat(),
        "date_before": newest.isoformat(),
    }


def cases(ref):
    return {
        "unfiltered": {},
        "actor": {"actor": ref["actor"]},
        "topic": {"topic": ref["topic"]},
        "actor_topic_dates": {k: ref[k] for k in ("actor", "topic", "date_after", "date_before")},
        "q": {"q": "ceasefire"},
        "q_actor": {"q": "security guarantees", "actor": ref["actor"]},
    }


def deep_params(bench, client, url, is_json):
    """Follow the 'next' links until DEEP_ROWS rows have gone by; the cursor there."""
    from urllib.parse import parse_qs, urlsplit

    seen, params = 0, {}
    while seen < DEEP_ROWS:
        response = client.get(url, params)
        if is_json:
            body = response.json()
            rows, next_url = len(body.get("results", [])), body.get("next")
        else:
            text = response.content.decode()
            rows = text.count('<article class="statement ')
            match = re.search(r'rel="next" href="([^"]+)"', text)
            next_url = html.unescape(match.group(1)) if match else None
        if not next_url or "cursor=" not in next_url or rows == 0:
            raise LookupError("no cursor link to follow")
        seen += rows
        params = {key: values[0] for key, values in parse_qs(urlsplit(next_url).query).items()}
    bench.notes.append(f"{url}: deep cursor after {seen} rows")
    return params


def admin_user():
    from django.contrib.auth import get_user_model

    user, _ = get_user_model().objects.get_or_create(
        username="bench-admin", defaults={"is_staff": True, "is_superuser": True}
    )
    return user


def measure_pages(bench, ref):
    for name, params in cases(ref).items():
        bench.guarded(
            f"timeline.{name}",
            lambda p=params, n=name: bench.page_figures(
                f"timeline.{n}", bench.client, "/", p, compressed=True, statements=True
            ),
        )
        bench.guarded(
            f"api.{name}",
            lambda p=params, n=name: bench.page_figures(
                f"api.{n}", bench.client, "/api/statements/", p, statements=True
            ),
        )
    # The timeline's charts are images of their own (tracker.views.ChartView): measured apart.
    for name, params in cases(ref).items():
        if name not in ("unfiltered", "actor", "topic", "q"):
            continue
        for chart in ("months", "speakers"):
            bench.guarded(
                f"chart.{chart}.{name}",
                lambda p=params, n=name, c=chart: bench.page_figures(
                    f"chart.{c}.{n}", bench.client, f"/charts/{c}.svg", p
                ),
            )
    bench.guarded(
        "timeline.deep_cursor",
        lambda: bench.page_figures(
            "timeline.deep_cursor",
            bench.client,
            "/",
            deep_params(bench, bench.client, "/", is_json=False),
            statements=True,
        ),
    )
    bench.guarded(
        "api.deep_cursor",
        lambda: bench.page_figures(
            "api.deep_cursor",
            bench.client,
            "/api/statements/",
            deep_params(bench, bench.client, "/api/statements/", is_json=True),
            statements=True,
        ),
    )
    from tracker.models import Actor, Topic

    bench.admin_client.force_login(admin_user())
    changelist = "/admin/tracker/statement/"
    speaker_id = Actor.objects.get(slug=ref["actor"]).id
    topic_id = Topic.objects.get(slug=ref["topic"]).id
    for name, params in {
        "unfiltered": {},
        "speaker": {"speaker__id__exact": speaker_id},
        "topic": {"topics__id__exact": topic_id},
    }.items():
        bench.guarded(
            f"admin.changelist.{name}",
            lambda p=params, n=name: bench.page_figures(f"admin.changelist.{n}", bench.admin_client, changelist, p),
        )
    # The editors' desk (admin index) and the readers' overview of the data's last 30 days.
    bench.guarded("admin.desk", lambda: bench.page_figures("admin.desk", bench.admin_client, "/admin/", {}))
    last = datetime.date.fromisoformat(ref["date_before"])
    first = last - datetime.timedelta(days=29)
    month = {"period": "custom", "date_after": first.isoformat(), "date_before": last.isoformat()}
    bench.guarded("overview", lambda: bench.page_figures("overview", bench.client, "/overview/", month))
    bench.notes.append(f"positions.topic: {ref['positions_topic']} ({ref['positions_topic_statements']:,} statements)")
    bench.guarded(
        "positions.topic",
        lambda: bench.page_figures(
            "positions.topic", bench.client, "/positions/", {"topic": ref["positions_topic"]}, compressed=True
        ),
    )
    for name, url in public_pages(ref).items():
        bench.guarded(name, lambda n=name, u=url: bench.page_figures(n, bench.client, u, {}, compressed=True))
    bench.guarded("http.304", lambda: measure_not_modified(bench))


def public_pages(ref):
    """The reader pages beyond the timeline: actor, topic and event pages, the lists, positions, the feed."""
    pages = {
        "pages.actor": f"/actors/{ref['actor']}/",
        "pages.topic": f"/topics/{ref['topic']}/",
        "pages.event": f"/events/{ref['event']}/" if ref["event"] else None,
        "pages.actors": "/actors/",
        "pages.topics": "/topics/",
        "pages.positions": "/positions/",
        "pages.feed": "/feeds/statements.atom",
        # The filter form's type-ahead suggestions (tracker/registry.py).
        "pages.registry": "/registry/actors.json?q=an",
    }
    from django.urls import NoReverseMatch, reverse

    with contextlib.suppress(NoReverseMatch):  # no overview page on this version
        pages["pages.overview"] = reverse("overview")
    return {name: url for name, url in pages.items() if url}


def measure_not_modified(bench):
    """`http.304.ms`: a reader's browser revalidating the front page with the ETag it was given."""
    etag = bench.client.get("/").headers.get("ETag")
    if not etag:
        raise LookupError("/ sends no ETag")

    def revalidate():
        response = bench.client.get("/", HTTP_IF_NONE_MATCH=etag)
        if response.status_code != 304:
            raise LookupError(f"a conditional request answered {response.status_code}")

    bench.figures["http.304.ms"] = median_ms(revalidate)


def main():
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    django.setup()
    from django.db import connection

    from bench import exporting
    from tracker.models import Statement

    bench = Bench()
    ref = reference_values()
    print(f"== {connection.vendor}: {Statement.objects.count():,} statements, cases {ref}", file=sys.stderr)
    only = os.environ.get("BENCH_ONLY", "")
    if not only or "pages" in only:
        measure_pages(bench, ref)
    if not only or "export" in only:
        exporting.measure(bench, ref)
    if not only or "import" in only:
        bench.guarded("import.100k", lambda: exporting.measure_import(bench))
    if not only or "extraction" in only:
        bench.guarded("extraction.article_5000_words", lambda: exporting.measure_extraction(bench))
    result = {
        "n_statements": Statement.objects.count(),
        "database": connection.vendor,
        "figures": dict(sorted(bench.figures.items())),
        "absent": bench.absent,
        "notes": bench.notes,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
