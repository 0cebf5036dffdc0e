"""`make bench`: data if missing, then every figure on SQLite and (with DATABASE_URL) PostgreSQL.

Writes bench/results.json — a list with one {"n_statements", "database", "figures", "absent",
"notes"} object per database — prints a table, and refreshes README.md's benchmark section.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import data, readme  # noqa: E402

RESULTS = ROOT / "bench" / "results.json"
# Plain HTTP through the test client, production settings otherwise (DEBUG off, cached templates).
CHILD_ENV = {
    "SECURE_SSL_REDIRECT": "0",
    "SECURE_COOKIES": "0",
    "SECURE_HSTS_SECONDS": "0",
    "ALLOWED_HOSTS": "testserver,localhost",
    "DEBUG": "0",
    "SECRET_KEY": "parley-bench",
    "DJANGO_SETTINGS_MODULE": "config.settings",
}


def measure(url):
    env = {**os.environ, **CHILD_ENV, "DATABASE_URL": url}
    env.pop("REDIS_URL", None) if os.environ.get("BENCH_REDIS") != "1" else None
    output = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "measure.py")], env=env, cwd=ROOT, check=True, stdout=subprocess.PIPE
    ).stdout.decode()
    return json.loads(output.strip().splitlines()[-1])


def main():
    n = int(os.environ.get("BENCH_N", "1000000"))
    targets = [data.prepare_sqlite(n)]
    database_url = os.environ.get("DATABASE_URL", "")
    if database_url.startswith(("postgres://", "postgresql://")):
        targets.append(data.prepare_postgres(database_url, n, os.environ.get("BENCH_PG_DB", "parley_bench")))
    only = os.environ.get("BENCH_DATABASES")
    results = []
    previous = {r["database"]: r for r in json.loads(RESULTS.read_text())} if RESULTS.exists() else {}
    for url in targets:
        vendor = "sqlite" if url.startswith("sqlite") else "postgresql"
        if only and vendor not in only:
            if vendor in previous:
                results.append(previous[vendor])
            continue
        result = measure(url)
        if os.environ.get("BENCH_ONLY") and vendor in previous:
            # A partial run (BENCH_ONLY) refreshes its own figures and keeps the others.
            result["figures"] = dict(sorted({**previous[vendor]["figures"], **result["figures"]}.items()))
            result["notes"] = list(dict.fromkeys([*previous[vendor].get("notes", []), *result["notes"]]))
        results.append(result)
    # A database not measured this time (BENCH_DATABASES, or no PostgreSQL URL given) keeps its last figures.
    measured = {result["database"] for result in results}
    results += [result for vendor, result in previous.items() if vendor not in measured]
    RESULTS.write_text(json.dumps(results, indent=2) + "\n")
    print(readme.table(results))
    readme.update(results)


if __name__ == "__main__":
    main()
