"""The README's benchmark table, between <!-- bench:start --> and <!-- bench:end -->."""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
START, END = "<!-- bench:start -->", "<!-- bench:end -->"

# (figure, goal, unit): the goals of issue 5, at 1M statements.
GOALS = {
    "ms": ("≤ 30 ms, ≤ 3× SQL", "ms"),
    "admin": ("≤ 100 ms", "ms"),
    # Issue 18 tightened the CSV ratio from 1.5 to 1.2 and retired the 50× goal against the peer
    # (the dump itself is only 25–50× faster than it): the peer stays as a figure.
    "export.csv": ("ratio ≤ 1.2, < 150 MB", ""),
    "import.100k.s": ("≤ 20 s", "s"),
}


# Issue 18's goals (at 1M, 2 cores): pages beyond the timeline, revalidation, and load.
TRAFFIC_GOALS = {
    "http.304.ms": "≤ 5 ms",
    "positions.topic.ms": "≤ 100 ms",
    "load.spike.direct.rps": "≥ 300",
    "load.spike.direct.p95_ms": "≤ 100",
    "load.spike.direct.errors": "0",
    "load.spike.direct_paced.p95_ms": "≤ 100",
    "load.spike.direct_paced.errors": "0",
    "load.spike.proxy.rps": "≥ 2,000",
    "load.spike.proxy.errors": "0",
    "load.tail.direct.p95_ms": "≤ 1,000",
    "load.tail.direct.errors": "0",
    "load.tail.proxy.p95_ms": "≤ 1,000",
    "load.tail.proxy.errors": "0",
    "load.saves.errors": "0",
    # Issue 16's budget for a 5,000-word article, measured on real copy (the synthetic article is a second figure).
    "extraction.article_5000_words.ms": "≤ 100 ms",
}


def goal(name):
    if name in TRAFFIC_GOALS:
        return TRAFFIC_GOALS[name]
    if name.endswith(".gzip_kb"):
        return "≤ 60 KB"
    if name.startswith("pages.") and name.endswith(".ms") and not name.endswith(".warm_ms"):
        return "≤ 50 ms"
    if name.startswith("chart.") and name.endswith(".ms") and not name.endswith((".sql_ms", ".warm_ms")):
        return "≤ 100 ms"
    if name.startswith("admin."):
        return GOALS["admin"][0] if name.endswith(".ms") and not name.endswith(".sql_ms") else ""
    if name.startswith(("timeline.", "api.")) and name.endswith(".ms") and not name.endswith(".sql_ms"):
        return GOALS["ms"][0]
    if name.startswith("export.csv.") and name.endswith((".ratio", ".peak_rss_mb")):
        return "≤ 1.2" if name.endswith(".ratio") else "< 150"
    if name in GOALS:
        return GOALS[name][0]
    return ""


def table(results):
    names = sorted({name for result in results for name in result["figures"]})
    absent = sorted({name for result in results for name in result.get("absent", {})})
    header = "| figure | " + " | ".join(f"{r['database']} ({r['n_statements']:,})" for r in results) + " | goal |"
    lines = [header, "|---|" + "---|" * len(results) + "---|"]
    for name in names:
        cells = [str(result["figures"].get(name, "—")) for result in results]
        lines.append(f"| `{name}` | " + " | ".join(cells) + f" | {goal(name)} |")
    if absent:
        lines.append("")
        lines.append("Not measured (feature absent or failing when the bench ran; re-run `make bench` to fill in):")
        for name in absent:
            reasons = {r["database"]: r.get("absent", {}).get(name) for r in results}
            reason = next(reason for reason in reasons.values() if reason)
            lines.append(f"- `{name}`: {reason}")
    return "\n".join(lines)


def update(results):
    if not README.exists():
        return
    text = README.read_text()
    if START not in text or END not in text:
        print(f"README.md has no {START} … {END} section: table not written.", file=sys.stderr)
        return
    before, rest = text.split(START, 1)
    _, after = rest.split(END, 1)
    README.write_text(f"{before}{START}\n{table(results)}\n{END}{after}")


if __name__ == "__main__":
    update(json.loads((ROOT / "bench" / "results.json").read_text()))
