"""Export, import and extraction figures, with their baselines measured in the same run."""

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXPORT_REPEATS = int(os.environ.get("BENCH_EXPORT_REPEATS", "3"))
PEER_ROWS = int(os.environ.get("BENCH_PEER_ROWS", "20000"))
FILTER_ROWS = 100_000
IMPORT_ROWS = 100_000

AGGREGATE = {"sqlite": "group_concat({}, '; ')", "postgresql": "string_agg({}, '; ')"}
DUMP_SQL = """
SELECT s.id, s.said_on, s.date_precision, s.first_reported_on, a.name, a.slug, s.speaker_title, r.name,
    s.kind, s.act, s.attribution, s.text, s.condition, s.original_text, s.original_language, s.setting,
    s.audience,
    (SELECT {agg_topic} FROM tracker_statementtopic st JOIN tracker_topic t ON t.id = st.topic_id
        WHERE st.statement_id = s.id),
    (SELECT {agg_stance} FROM tracker_statementtopic st JOIN tracker_topic t ON t.id = st.topic_id
        WHERE st.statement_id = s.id),
    (SELECT {agg_mention} FROM {mentions} sm JOIN tracker_actor m ON m.id = sm.actor_id
        WHERE sm.statement_id = s.id),
    e.name,
    (SELECT {agg_outlet} FROM tracker_statementsource ss JOIN tracker_source so ON so.id = ss.source_id
        LEFT JOIN tracker_outlet o ON o.id = so.outlet_id WHERE ss.statement_id = s.id),
    (SELECT {agg_url} FROM tracker_statementsource ss JOIN tracker_source so ON so.id = ss.source_id
        WHERE ss.statement_id = s.id),
    s.status, '/statements/' || s.id || '/', s.updated_at
FROM tracker_statement s JOIN tracker_actor a ON a.id = s.speaker_id
    LEFT JOIN tracker_actor r ON r.id = s.relayed_by_id LEFT JOIN tracker_event e ON e.id = s.event_id
WHERE s.status = 'published' {where}
ORDER BY s.said_on DESC, s.id DESC
"""


def dump_sql(vendor, date_after=None):
    from tracker.models import Statement

    agg = AGGREGATE[vendor]
    return DUMP_SQL.format(
        agg_topic=agg.format("t.name"),
        agg_stance=agg.format("t.slug || ':' || st.stance"),
        agg_mention=agg.format("m.name"),
        agg_outlet=agg.format("o.name"),
        agg_url=agg.format("so.url"),
        mentions=Statement.mentions.through._meta.db_table,
        where=f"AND s.said_on >= '{date_after.isoformat()}'" if date_after else "",
    )


def run_child(mode, params):
    """(seconds, peak RSS in MB) of one export in a fresh process."""
    command = [sys.executable, str(ROOT / "bench" / "export_child.py"), mode, json.dumps(params)]
    with tempfile.TemporaryFile() as out:
        process = subprocess.Popen(command, stdout=out, cwd=ROOT)
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        output = out.read().decode()
    if process.returncode:
        raise RuntimeError(f"{mode} export failed: {output[-300:]}")
    result = json.loads(output.strip().splitlines()[-1])
    # The child's own high-water mark: wait4's ru_maxrss also counts this (parent) process.
    return result["seconds"], result.get("peak_rss_mb") or usage.ru_maxrss / 1024


def run_dump(vendor, sql):
    from django.db import connection

    settings = connection.settings_dict
    if vendor == "sqlite":
        command = ["sqlite3", "-csv", str(settings["NAME"]), sql]
    else:
        url = f"postgresql://{settings['USER']}@{settings['HOST']}:{settings['PORT'] or 5432}/{settings['NAME']}"
        command = ["psql", url, "-q", "-c", f"COPY ({sql}) TO STDOUT CSV"]
    started = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - started


def newest_date_for(rows):
    """The date that makes `said_on >= date` select about `rows` published statements."""
    from tracker.models import Statement

    dates = Statement.objects.published().order_by("-said_on", "-id").values_list("said_on", flat=True)
    return dates[rows - 1] if dates.count() >= rows else None


def median(values):
    return round(statistics.median(values), 3)


def measure_export(bench, label, date_after):
    from django.db import connection

    params = {"date_after": date_after.isoformat()} if date_after else {}
    runs = [run_child("ours", params) for _ in range(EXPORT_REPEATS)]
    dumps = [run_dump(connection.vendor, dump_sql(connection.vendor, date_after)) for _ in range(EXPORT_REPEATS)]
    seconds, dump = median([run[0] for run in runs]), median(dumps)
    bench.figures[f"export.csv.{label}.s"] = seconds
    bench.figures[f"export.csv.{label}.peak_rss_mb"] = round(max(run[1] for run in runs), 1)
    bench.figures[f"export.csv.{label}.dump_s"] = dump
    bench.figures[f"export.csv.{label}.ratio"] = round(seconds / dump, 2)


def measure_peer(bench):
    date_after = newest_date_for(PEER_ROWS)
    params = {"date_after": date_after.isoformat()} if date_after else {}
    ours = min(run_child("ours", params)[0] for _ in range(EXPORT_REPEATS))
    peer_seconds, peer_rss = run_child("peer", params)
    bench.figures["export.peer.s"] = round(peer_seconds, 3)
    bench.figures["export.peer.peak_rss_mb"] = round(peer_rss, 1)
    bench.figures["export.peer.ours_s"] = round(ours, 3)
    bench.figures["export.peer.ratio"] = round(peer_seconds / ours, 1)
    bench.notes.append(f"export.peer: django-import-export once, on the {PEER_ROWS:,} newest statements")


def measure(bench, ref):
    from bench.measure import admin_user

    admin_user()
    bench.guarded("export.csv.all", lambda: measure_export(bench, "all", None))
    bench.guarded("export.csv.100k", lambda: measure_export(bench, "100k", newest_date_for(FILTER_ROWS)))
    bench.guarded("export.peer", lambda: measure_peer(bench))


def import_document_rows():
    """A parley/1 document of IMPORT_ROWS new statements shaped like the existing ones."""
    from tracker.models import Statement, StatementTopic

    rows = list(
        Statement.objects.order_by("-id").values_list("id", "speaker__slug", "said_on", "text", "kind")[:IMPORT_ROWS]
    )
    stances = {}
    for statement_id, slug, stance in StatementTopic.objects.filter(statement_id__gte=rows[-1][0]).values_list(
        "statement_id", "topic__slug", "stance"
    ):
        stances.setdefault(statement_id, []).append({"topic": slug, "stance": stance})
    statements = [
        {
            "key": f"bench-import-{i}",
            "speaker": speaker,
            "said_on": said_on.isoformat(),
            "kind": kind,
            "text": f"{text} (bench import {i})",
            "topics": stances.get(statement_id, []),
            "sources": [{"url": f"https://import.example.org/bench/{i}", "title": "Bench import"}],
            "status": "published",
        }
        for i, (statement_id, speaker, said_on, text, kind) in enumerate(rows)
    ]
    return json.dumps({"format": "parley/1", "statements": statements}).encode()


def measure_import(bench):
    from django.test import override_settings

    from tracker.interchange.load import import_document
    from tracker.interchange.parse import read_document

    data = import_document_rows()
    started = time.perf_counter()
    # One 100,000-statement file: past the upload limit (PARLEY_MAX_UPLOAD_BYTES) editors work within,
    # where they would import it in parts; what is measured is the importer's speed.
    with override_settings(PARLEY_MAX_UPLOAD_BYTES=len(data)):
        report = import_document(read_document(data, name="bench.json"), dry_run=True)
    bench.figures["import.100k.s"] = round(time.perf_counter() - started, 2)
    bench.notes.append(f"import.100k: one dry run (written, then rolled back): {report}"[:300])
    reclaim_rolled_back_rows()


def reclaim_rolled_back_rows():
    """On PostgreSQL the rolled-back import leaves 100,000 dead rows in each table it wrote:
    vacuumed now, or every later run reads its pages and indexes through them (seen: the
    import 28 → 42 s and pages slower after three runs)."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")


def article(words=5000):
    from tracker.models import Actor

    actors = list(Actor.objects.order_by("id").values_list("name", "title")[:40])
    from tracker.management.commands.generate_statements import Generator

    sentences = Generator(3, [], [], [], []).sentences
    paragraphs, count, i = [], 0, 0
    while count < words:
        name, title = actors[i % len(actors)]
        quote = sentences[i % len(sentences)]
        narration = " ".join(sentences[(i * 7 + k) % len(sentences)] for k in range(3))
        paragraph = f"“{quote}” said {name}, the {title}, on Tuesday. {narration}"
        paragraphs.append(paragraph)
        count += len(paragraph.split())
        i += 1
    return "\n\n".join(paragraphs)


def labelled_articles(words=5000):
    """About `words` words of real copy: labelled articles of the unseen batches (tests/data/extraction-unseen*),
    evenly spaced through them in path order (always the same ones while the batches stay the same)."""
    from tracker.extraction.evaluate import load_articles

    folders = sorted(ROOT.glob("tests/data/extraction-unseen*"))
    texts = [article["text"] for _, article in load_articles(folders)]
    step = max(1, sum(len(text.split()) for text in texts) // words)
    chosen, count = [], 0
    for offset in range(step):
        for text in texts[offset::step]:
            if count >= words:
                break
            chosen.append(text)
            count += len(text.split())
    return chosen


def measure_extraction(bench):
    """`extract()` on real copy with the registry the labels were made with; `manage.py extract_statements` (the
    record's directory) on the synthetic article."""
    from io import StringIO

    from django.core.management import call_command

    from bench.measure import median_ms
    from tracker.extraction.directory import load_registry
    from tracker.extraction.extractor import extract

    articles = labelled_articles()
    text = "\n\n".join(articles)
    registry = load_registry(ROOT / "tests" / "data" / "extraction" / "registry.json")
    bench.figures["extraction.article_5000_words.ms"] = median_ms(lambda: extract(text, registry), repeats=5)
    # The same articles one at a time, as an editor pastes them: no article's transcript labels or source line
    # govern the others' paragraphs.
    bench.figures["extraction.articles_one_by_one.ms"] = median_ms(
        lambda: [extract(article, registry) for article in articles], repeats=5
    )
    bench.notes.append(
        f"extraction.article_5000_words: extract() on {len(text.split()):,} words of {len(articles)} labelled"
        " articles of the unseen batches joined by blank lines, with tests/data/extraction/registry.json;"
        " extraction.articles_one_by_one: the same articles, one extract() each"
    )
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as handle:
        handle.write(article())
    try:
        bench.figures["extraction.synthetic_5000_words.ms"] = median_ms(
            lambda: call_command("extract_statements", handle.name, json=True, stdout=StringIO()), repeats=5
        )
    finally:
        os.unlink(handle.name)
