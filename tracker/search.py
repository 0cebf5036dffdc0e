"""Full-text search over statements' text, original text and setting.

A placeholder that matches every word with `icontains`; replaced by the FTS5 (SQLite)
and tsvector (PostgreSQL) implementation.
"""

import shlex

from django.db.models import Q


def parse_terms(query):
    try:
        return [term for term in shlex.split(query) if term]
    except ValueError:  # an unbalanced quote: treat every word as a term
        return query.replace('"', " ").split()


def filter_statements(queryset, query):
    for term in parse_terms(query):
        queryset = queryset.filter(
            Q(text__icontains=term) | Q(original_text__icontains=term) | Q(setting__icontains=term)
        )
    return queryset
