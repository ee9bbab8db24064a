"""A `values_list` query whose SQL Django builds and compiles once per process.

On the schets page building and compiling the ORM's SQL cost several times more CPU than
running it (issue 17). `VasteSql(bouw)` calls `bouw(*vorm, **waarden)` once per shape with
stand-in values, keeps the SQL Django compiled and where each stand-in ended up among its
parameters, and from then on runs that SQL with the real values, through the same
connection (so query counts, logging and the debug cursor see it as before) and through the
same converters Django would apply. Only the values change between calls: the query itself,
its scope (the user's team) and its filters are those `bouw` wrote.

Values are integers (primary keys) or lists of integers; a list's length is part of the
shape (`pk IN (%s, %s)`), as is `vorm`: whatever else changes the query's structure (a
role, whether a Spiegel follows up another). `bouw` must depend on nothing else.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import QuerySet

# Stand-ins no primary key takes: negative, and far from any real value.
_standins = itertools.count(-(10**15), -1)
_LIJSTEN = (list, tuple, set, frozenset)


class VasteSql:
    def __init__(self, bouw: Callable[..., QuerySet]):
        self._bouw = bouw
        self._vast: dict[tuple, tuple | None] = {}

    def rijen(self, vorm: tuple = (), **waarden) -> list[tuple]:
        """The rows, in the order of the `values_list` that `bouw` returned."""
        waarden = {
            n: tuple(sorted(set(w))) if isinstance(w, _LIJSTEN) else w for n, w in waarden.items()
        }
        sleutel = (
            vorm,
            tuple(
                (naam, len(w) if isinstance(w, _LIJSTEN) else None)
                for naam, w in sorted(waarden.items())
            ),
        )
        if sleutel not in self._vast:
            self._vast[sleutel] = self._compileren(vorm, waarden)
        vast = self._vast[sleutel]
        if vast is None:  # the query can return nothing (an empty scope): as Django, no SQL
            return []
        using, sql, params, plekken, converters = vast
        params = list(params)
        for i, naam, j in plekken:
            params[i] = waarden[naam] if j is None else waarden[naam][j]
        connection = connections[using]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        if not converters:
            return rows
        uit = []
        for row in rows:
            row = list(row)
            for pos, (convs, expression) in converters:
                value = row[pos]
                for converter in convs:
                    value = converter(value, expression, connection)
                row[pos] = value
            uit.append(tuple(row))
        return uit

    def _compileren(self, vorm: tuple, waarden: dict):
        standin: dict[int, tuple[str, int | None]] = {}
        voorbeeld = {}
        for naam, w in waarden.items():
            if isinstance(w, _LIJSTEN):
                lijst = []
                for j in range(len(w)):
                    s = next(_standins)
                    standin[s] = (naam, j)
                    lijst.append(s)
                voorbeeld[naam] = lijst
            else:
                s = next(_standins)
                standin[s] = (naam, None)
                voorbeeld[naam] = s
        qs = self._bouw(*vorm, **voorbeeld)
        query = qs.query
        namen = [*query.extra_select, *query.values_select, *query.annotation_select]
        if list(qs._fields) != namen:
            raise ValueError(f"VasteSql: columns {namen} differ from values_list {qs._fields}")
        compiler = query.get_compiler(using=qs.db)
        try:
            sql, params = compiler.as_sql()
        except EmptyResultSet:
            return None
        plekken = []
        for i, p in enumerate(params):
            if isinstance(p, int) and p in standin:
                plekken.append((i, *standin[p]))
            elif isinstance(p, list | tuple) and any(x in standin for x in p):
                raise ValueError("VasteSql: a value ended up inside a list parameter")
        if len({(n, j) for _i, n, j in plekken}) != len(standin):
            raise ValueError("VasteSql: not every value ended up among the parameters")
        fields = [s[0] for s in compiler.select[0 : compiler.col_count]]
        converters = list(compiler.get_converters(fields).items())
        return qs.db, sql, tuple(params), plekken, converters
