"""The search cases of bench/measure.py alone: `q` and `q_actor` on the timeline and the API, and both
chart images of each, first views (caches cleared but for rendered statements), for the database
DATABASE_URL names. Small enough to run on a copy of the benchmark database:

    DATABASE_URL=postgres://…/copy .venv/bin/python bench/search_cases.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from bench.run import CHILD_ENV  # make bench's settings for its children

os.environ.update({**CHILD_ENV, "STATIC_COLLECTED": "0"})
os.environ.pop("REDIS_URL", None)


def main():
    import django

    django.setup()
    from bench import measure

    bench = measure.Bench()
    cases = measure.cases(measure.reference_values())
    for name in ("q", "q_actor"):
        params = cases[name]
        bench.page_figures(f"timeline.{name}", bench.client, "/", params)
        bench.page_figures(f"api.{name}", bench.client, "/api/statements/", params)
        for chart in ("months", "speakers"):
            bench.page_figures(f"chart.{chart}.{name}", bench.client, f"/charts/{chart}.svg", params)
    for key, value in sorted(bench.figures.items()):
        if key.endswith("ms") and not key.endswith("warm_ms"):
            print(f"{key:32} {value}")


if __name__ == "__main__":
    main()
