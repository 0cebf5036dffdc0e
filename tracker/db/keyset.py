"""Keyset paging: the next page is the rows beyond the last one, as one row-value comparison.

`(said_on, id) < (%s, %s)` lets both databases seek the (said_on, id) timeline index and read
on, so page 4,000 costs what page 1 costs (an OFFSET would read every row before it). Django
has no row-value lookup, hence raw SQL over the two columns.
"""

from django.db.models import BooleanField
from django.db.models.expressions import RawSQL


def beyond(queryset, said_on, pk, operator):
    """`queryset` narrowed to rows whose (said_on, id) is `operator` ("<" or ">") the boundary row's."""
    table = queryset.model._meta.db_table
    condition = RawSQL(
        f'("{table}"."said_on", "{table}"."id") {operator} (%s, %s)', [said_on, pk], output_field=BooleanField()
    )
    return queryset.filter(condition)
