"""COPY helpers of the volume-data generator (`spiegel.volumedata`), shared by every app's
part: `Kopie` streams rows of one model, `snel_laden` drops the big tables' GIN indexes
during the load, `volgende_id` / `sequences_bijwerken` hand out and repair ids."""

from __future__ import annotations

import time
from datetime import UTC, datetime

from django.db import connection, models


class Kopie:
    """COPY rows of one model; columns the generator does not know get their default, so a
    field added later with a default does not break the generator."""

    def __init__(self, cursor, model, velden: list[str]):
        opts = model._meta
        self.model = model
        supplied = [opts.get_field(v) for v in velden]
        extra, self.extra_waarden = [], []
        for f in opts.local_concrete_fields:
            if f in supplied or getattr(f, "generated", False) or f.db_returning:
                continue  # generated columns and auto ids are the database's to fill
            if f.db_default is not models.NOT_PROVIDED:
                continue
            if f.has_default() or (f.empty_strings_allowed and not f.null):
                value = f.get_db_prep_save(f.get_default(), connection)
            elif f.null:
                value = None
            elif isinstance(f, models.DateTimeField):
                value = datetime.now(UTC)
            else:
                raise RuntimeError(
                    f"{opts.label}.{f.name} has no default: teach its app's volumedata about it"
                )
            extra.append(f)
            self.extra_waarden.append(value)
        self.extra_waarden = tuple(self.extra_waarden)
        kolommen = ", ".join(connection.ops.quote_name(f.column) for f in supplied + extra)
        self._cm = cursor.copy(
            f"COPY {connection.ops.quote_name(opts.db_table)} ({kolommen}) FROM STDIN"
        )
        self.aantal = 0

    def __enter__(self):
        self._copy = self._cm.__enter__()
        return self

    def __exit__(self, *exc):
        return self._cm.__exit__(*exc)

    def rij(self, *waarden):
        self._copy.write_row(waarden + self.extra_waarden)
        self.aantal += 1


class snel_laden:  # noqa: N801 - used as a context manager, like a function
    """Drop the GIN (full-text) indexes of the big tables during the COPY and build them
    again afterwards: one build is far cheaper than 600,000 incremental GIN inserts. B-tree
    indexes stay (foreign-key checks need them). Inside the caller's transaction, so a
    failure leaves every index in place."""

    def __init__(self, cursor, say, tabellen):
        self.cur, self.say, self.defs, self.tabellen = cursor, say, [], tabellen

    def __enter__(self):
        self.cur.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = ANY(%s) "
            "AND indexdef ILIKE '%% USING gin %%'",
            [list(self.tabellen)],
        )
        self.defs = self.cur.fetchall()
        for naam, _def in self.defs:
            self.cur.execute(f'DROP INDEX "{naam}"')
        # Foreign keys: the generator makes every id itself, so their checks (1.5 million
        # trigger events at scale 1.0) are skipped where the role may (a superuser, as on
        # the project-local cluster); elsewhere they run as usual.
        self.zonder_fk_triggers = False
        self.cur.execute("SAVEPOINT replica")
        try:
            self.cur.execute("SET LOCAL session_replication_role = replica")
            self.zonder_fk_triggers = True
        except Exception:
            self.cur.execute("ROLLBACK TO SAVEPOINT replica")
        return self

    def __exit__(self, exc_type, *exc):
        if self.zonder_fk_triggers:
            self.cur.execute("SET LOCAL session_replication_role = DEFAULT")
        if exc_type is None and self.defs:
            t = time.monotonic()
            # Deferred foreign-key checks must run before an index can be built.
            self.cur.execute("SET CONSTRAINTS ALL IMMEDIATE")
            self.cur.execute("SET LOCAL maintenance_work_mem = '256MB'")
            for _naam, definitie in self.defs:
                self.cur.execute(definitie)
            self.say(
                f"{len(self.defs)} zoekindexen opnieuw gebouwd in {time.monotonic() - t:.1f} s"
            )
        return False


def volgende_id(cursor, model) -> int:
    cursor.execute(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {model._meta.db_table}")  # noqa: S608
    return cursor.fetchone()[0]


def sequences_bijwerken(cursor, modellen) -> None:
    for model in modellen:
        tabel = model._meta.db_table
        cursor.execute(
            f"SELECT setval(pg_get_serial_sequence('{tabel}', 'id'), "  # noqa: S608
            f"GREATEST((SELECT COALESCE(MAX(id), 1) FROM {tabel}), 1))"
        )


# --- generation -------------------------------------------------------------------------


def verwijderen(qs) -> int:
    """Delete without loading rows when nothing but m2m tables (already emptied) points at
    the model; otherwise let the ORM cascade."""
    opts = qs.model._meta
    verwijzers = [r for r in opts.related_objects if not r.related_model._meta.auto_created]
    if not verwijzers:
        return qs._raw_delete(qs.db)
    return qs.delete()[0]
