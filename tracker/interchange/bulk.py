"""Large INSERTs for imports, with their history rows, and batched look-ups.

Django's `bulk_create` prepares every value through the field API and, on SQLite, splits
inserts at 999 parameters (about 30 statement rows). An import of 100,000 statements
writes about a million rows, so here each table gets few, large statements: on SQLite,
multi-row INSERTs sized to the library's real limit (32,766 since SQLite 3.32), handed to
sqlite3 with `?` placeholders; on PostgreSQL, INSERT … SELECT FROM UNNEST(one array per
column) per 10,000 rows, as Django's own bulk_create does there, with the arrays bound in
binary (psycopg quotes each element of a text-format array through a regex). Values are
adapted once per column, primary keys come back through RETURNING in the order of the
rows (which bulk_create relies on too), and constraints and triggers (the full-text
index) still check and index every row.
"""

import functools
import operator
import sqlite3

from django.db import connection, models

SQLITE_DEFAULT_LIMIT = 999
POSTGRESQL_LIMIT = 65535
MAX_ROWS = 5000
POSTGRESQL_ROWS = 10000
SQLITE_OR_TERMS = 300  # SQLite refuses expression trees deeper than 1000


def parameter_limit():
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        try:
            return connection.connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
        except AttributeError:  # Python < 3.11
            return SQLITE_DEFAULT_LIMIT
    if connection.vendor == "postgresql":
        return POSTGRESQL_LIMIT
    return connection.features.max_query_params or SQLITE_DEFAULT_LIMIT


def adapter(field):
    """A function turning one Python value of `field` into its database parameter."""
    ops = connection.ops
    # Rows of one import share their timestamps and many dates: adapt each value once.
    if isinstance(field, models.DateTimeField):
        return functools.lru_cache(maxsize=4096)(ops.adapt_datetimefield_value)
    if isinstance(field, models.DateField):
        return functools.lru_cache(maxsize=4096)(ops.adapt_datefield_value)
    if isinstance(field, (models.CharField, models.TextField, models.IntegerField, models.ForeignKey)):
        return None
    return lambda value: field.get_db_prep_save(value, connection)


def _parameters(chunk, names, adapters, constants):
    """The chunk's values row after row, in `names` order then `constants`, adapted where needed."""
    getter = operator.itemgetter(*names)
    if len(names) == 1:  # itemgetter of one name returns the value itself, not a 1-tuple
        getter = (lambda name: lambda row: (row[name],))(names[0])
    if not adapters:
        return [value for row in chunk for value in (*getter(row), *constants)]
    params = []
    for row in chunk:
        values = list(getter(row))
        for index, adapt in adapters:
            if values[index] is not None:
                values[index] = adapt(values[index])
        params.extend(values)
        params.extend(constants)
    return params


def execute(sql, params):
    """Run one statement with %s placeholders; the rows it returns."""
    connection.ensure_connection()
    with connection.wrap_database_errors:  # the driver's errors as Django's (IntegrityError, …)
        if connection.vendor == "sqlite":
            # Django's SQLite cursor rewrites %s to ? with a regex over the whole statement,
            # which for 30,000 placeholders costs more than the insert: hand sqlite3 ? directly.
            cursor = connection.connection.cursor()
            sql = sql.replace("%s", "?")
        elif connection.vendor == "postgresql":
            # Parameters bound by the server, not rendered into the SQL text by psycopg.
            import psycopg

            cursor = psycopg.Cursor(connection.connection)
        else:
            cursor = connection.connection.cursor()
        try:
            cursor.execute(sql, params)
            return cursor.fetchall() if cursor.description else []
        finally:
            cursor.close()


def _fields(model, constants):
    return [
        field
        for field in model._meta.concrete_fields
        if not (field.primary_key and isinstance(field, models.AutoField)) and field.attname not in constants
    ]


def insert(model, rows, *, constants=None, returning=True):
    """INSERT `rows` (dicts by attname; other keys are ignored) into `model`'s table; the new keys, in order.

    `constants` holds the values every row shares (a history row's date, user and reason).
    """
    if not rows:
        return []
    constants = constants or {}
    fields = _fields(model, constants)
    shared = [model._meta.get_field(name) for name in constants]
    adapters = [(index, adapt) for index, field in enumerate(fields) if (adapt := adapter(field)) is not None]
    constant_values = [
        value if (adapt := adapter(field)) is None or value is None else adapt(value)
        for field, value in zip(shared, constants.values(), strict=True)
    ]
    quote = connection.ops.quote_name
    head = f"INSERT INTO {quote(model._meta.db_table)} ({', '.join(quote(f.column) for f in (*fields, *shared))}) "
    suffix = f" RETURNING {quote(model._meta.pk.column)}" if returning else ""
    names = [field.attname for field in fields]
    connection.ensure_connection()
    keys = []
    if connection.vendor == "postgresql":
        # One array per column, as Django's own bulk_create does on PostgreSQL: the statement
        # stays short however many rows it carries, so neither psycopg nor the planner chew on it.
        types = [field.db_type(connection).split("(")[0] for field in fields]
        arrays = ", ".join(f"(%b)::{db_type}[]" for db_type in types)  # binary: no quoting of each element
        select = ", ".join(["u.*", *["%s"] * len(shared)])
        sql = f"{head}SELECT {select} FROM UNNEST({arrays}) AS u{suffix}"
        for start in range(0, len(rows), POSTGRESQL_ROWS):
            chunk = rows[start : start + POSTGRESQL_ROWS]
            params = _parameters(chunk, names, adapters, ())
            columns = [params[index :: len(fields)] for index in range(len(fields))]
            keys.extend(key for (key,) in execute(sql, [*constant_values, *columns]))  # in placeholder order
        return keys
    width = len(fields) + len(shared)
    size = max(1, min(MAX_ROWS, parameter_limit() // width))
    placeholder = "(" + ", ".join(["%s"] * width) + ")"
    for start in range(0, len(rows), size):
        chunk = rows[start : start + size]
        params = _parameters(chunk, names, adapters, constant_values)
        keys.extend(key for (key,) in execute(f"{head}VALUES {', '.join([placeholder] * len(chunk))}{suffix}", params))
    return keys


def insert_with_history(model, rows, *, history, returning_history=False):
    """Insert `rows`, set each row's primary key, and write one "+" history row per row.

    `history` carries `history_date`, `history_user_id` and `history_change_reason`; the
    history rows read the tracked fields from `rows` themselves. Returns the history rows'
    ids when `returning_history` (for many-to-many history).
    """
    pk_name = model._meta.pk.attname
    for row, key in zip(rows, insert(model, rows), strict=True):
        row[pk_name] = key
    historical = model.history.model
    return insert(historical, rows, constants={**history, "history_type": "+"}, returning=returning_history)


def select_matching(model, columns, match_fields, keys, *, where="", batch=2000):
    """Rows of `columns` whose `match_fields` equal one of the `keys` tuples, through the index on them.

    PostgreSQL joins the keys as UNNEST arrays: one short statement per batch, where a long
    OR list costs more to plan than to run. SQLite reads an IN list or an OR of equalities,
    each term one index search.
    """
    quote = connection.ops.quote_name
    fields = [model._meta.get_field(name) for name in match_fields]
    selected = ", ".join(f"t.{quote(model._meta.get_field(name).column)}" for name in columns)
    head = f"SELECT {selected} FROM {quote(model._meta.db_table)} AS t"
    adapters = [(index, adapt) for index, field in enumerate(fields) if (adapt := adapter(field)) is not None]
    if connection.vendor != "postgresql" and len(fields) > 1:
        batch = min(batch, SQLITE_OR_TERMS)
    rows = []
    for start in range(0, len(keys), batch):
        chunk = keys[start : start + batch]
        if connection.vendor == "postgresql":
            names = [f"k{index}" for index in range(len(fields))]
            arrays = ", ".join(f"(%b)::{field.db_type(connection).split('(')[0]}[]" for field in fields)
            on = " AND ".join(f"t.{quote(field.column)} = v.{name}" for field, name in zip(fields, names, strict=True))
            sql = f"{head} JOIN UNNEST({arrays}) AS v({', '.join(names)}) ON {on}"
            params = [list(column) for column in zip(*chunk, strict=True)]
            if where:
                sql += f" WHERE {where}"
        else:
            term = " AND ".join(f"t.{quote(field.column)} = %s" for field in fields)
            terms = (
                f"t.{quote(fields[0].column)} IN ({', '.join(['%s'] * len(chunk))})"
                if len(fields) == 1
                else (" OR ".join([f"({term})"] * len(chunk)))
            )
            sql = f"{head} WHERE ({terms})" + (f" AND {where}" if where else "")
            params = _parameters([dict(enumerate(key)) for key in chunk], list(range(len(fields))), adapters, ())
        rows.extend(execute(sql, params))
    return rows


def defaults(model):
    """A row dict for `model` holding each field's default: copy it, then set what differs."""
    row = {}
    for field in model._meta.concrete_fields:
        if not field.primary_key:
            value = field.get_default() if field.has_default() else (None if field.null else "")
            row[field.attname] = str(value) if isinstance(value, str) else value  # choices enums as plain text
    return row
