"""One row by its primary key, as a model instance, without compiling an ORM query.

Every signed-in request reads its user (`ModelBackend.get_user`: `get(pk=...)`) and its
second-factor device by primary key. Through the ORM each read builds a query, compiles it
to SQL and maps the row: about 0.6 ms CPU for the user, 0.3 ms as `raw()`, 0.1 ms as this
(benchmarks/RESULTS.md, branch w17g). Here the SQL of each model is written once per
process and the row goes straight to `Model.from_db`, as the ORM itself ends.

For models whose default manager does not filter its rows (the user, django-otp's
devices). Only where that gives exactly what the ORM gives: on PostgreSQL, whose backend converts no
column value after psycopg, and for models without a field that converts values read from
the database (`from_db_value`); otherwise `by_pk` returns the ORM's answer. The statement
goes through Django's cursor, so it is counted, logged and wrapped as every other query.
"""

from functools import cache

from django.db import connections


@cache
def _statement(model) -> tuple[str, list[str]] | None:
    fields = model._meta.concrete_fields
    if any(hasattr(f, "from_db_value") for f in fields):
        return None
    columns = ", ".join(f'"{f.column}"' for f in fields)
    sql = f'SELECT {columns} FROM "{model._meta.db_table}" WHERE "{model._meta.pk.column}" = %s'  # noqa: S608 (the model's own names)
    return sql, [f.attname for f in fields]


def by_pk(model, pk: int, using: str):
    """The `model` instance with primary key `pk` from database `using`, or None."""
    connection = connections[using]
    statement = _statement(model) if connection.vendor == "postgresql" else None
    if statement is None:
        return model._default_manager.db_manager(using).filter(pk=pk).first()
    sql, attnames = statement
    with connection.cursor() as cursor:
        cursor.execute(sql, [pk])
        row = cursor.fetchone()
    return None if row is None else model.from_db(using, attnames, row)
