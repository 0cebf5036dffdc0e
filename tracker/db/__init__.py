"""Database-specific speed tricks, each explained where it lives; the rest of the code calls them by name.

- `subqueries`: `+id IN (…)` and `+column` on SQLite so a broad match does not drive the plan;
  first ids of a narrow match read by key (1M: a topic page 305 → 16 ms).
- `keyset`: row-value comparisons for cursor paging (a deep page as fast as the first).
- `estimates`: PostgreSQL's planner estimate, SQLite's sampled id slices, for "about 120,000".
- `stancepoints`: the stance points table written set-based (window functions over the topic tree,
  row-value seeks to relink a track), read per speaker where one index walk would sort a topic.
- `monthly`: the monthly counts of statements (tracker/rollups/) grouped by the database in one
  `INSERT … SELECT … ON CONFLICT DO UPDATE`, the topic tree walked by a recursive CTE.
- `pagecache`: SQLite's page cache resized for one block of work (small for an export, large for an import).
- Full-text search (FTS5 on SQLite, tsvector on PostgreSQL) is in tracker/search.py.

Figures: README "Performance" and `make bench`.
"""
