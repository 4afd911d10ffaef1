"""Bulk inserts for the store's writes of whole cases (import, and every save through
``caselog.store.services._rows``), and for the search rows written beside them."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table, insert


def insert_many(
    conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]], *, per_statement: int = 1
) -> None:
    """Insert ``rows`` with one executemany.

    On SQLite, rows that all name the same columns, and every column the statement
    binds, go to the driver as tuples, each value through its column type's bind
    processor, as SQLAlchemy passes them: its per-row handling of the parameters was
    about 40% of the event insert of a 1,000-case import. Anything else (a column left to
    its Python-side default, rows naming different columns, PostgreSQL) goes through
    ``conn.execute``.

    ``per_statement``: on SQLite, up to this many rows in each INSERT (one VALUES list),
    for a table whose triggers write an FTS5 index: FTS5 writes out what it holds at the
    end of every statement (its savepoint), so one statement a row made an index segment
    of each few rows, and most of the index's merging (``caselog.store.search``)."""
    if not rows:
        return
    keys = tuple(rows[0])
    if conn.dialect.name == "sqlite" and all(tuple(r) == keys for r in rows):
        compiled = _compiled_insert(conn, table, keys)
        if compiled is not None:
            sql, order, processors = compiled
            params = [tuple(r[k] for k in order) for r in rows]
            if processors:
                params = [_processed(p, processors) for p in params]
            if per_statement > 1 and len(params) > 1:
                _insert_grouped(conn, sql, params, per_statement)
            else:
                conn.exec_driver_sql(sql, params)
            return
    conn.execute(insert(table), list(rows))


_Processors = tuple[tuple[int, Callable[[Any], Any]], ...]
_Compiled = tuple[str, tuple[str, ...], _Processors]
# by table, dialect and the rows' columns: the statement, or None for SQLAlchemy's path
_COMPILED: dict[tuple[Table, str, tuple[str, ...]], _Compiled | None] = {}


def _compiled_insert(conn: Connection, table: Table, keys: tuple[str, ...]) -> _Compiled | None:
    """The INSERT of ``keys`` into ``table`` as the dialect compiles it: its SQL, the
    order of its parameters and the bind processors by position; None when it binds a
    column the rows do not give (a Python-side default)."""
    memo = (table, conn.dialect.name, keys)
    if memo not in _COMPILED:
        compiled = insert(table).compile(dialect=conn.dialect, column_keys=list(keys))
        order = tuple(compiled.positiontup or ())
        if sorted(order) != sorted(keys):
            _COMPILED[memo] = None
        else:
            by_name = compiled._bind_processors
            found = [(i, by_name[n]) for i, n in enumerate(order) if n in by_name]
            processors = tuple((i, p) for i, p in found if callable(p))
            if len(processors) == len(found):  # none of a tuple type's
                _COMPILED[memo] = (str(compiled), order, processors)
            else:
                _COMPILED[memo] = None
    return _COMPILED[memo]


# SQLite's oldest limit on the parameters of one statement (SQLITE_MAX_VARIABLE_NUMBER
# before 3.32; SQLCipher's own SQLite may be older)
MAX_PARAMETERS = 999


def _insert_grouped(
    conn: Connection, sql: str, params: list[tuple[Any, ...]], per_statement: int
) -> None:
    """``sql`` (an INSERT of one row, ``... VALUES (?, ?)``) for every row of ``params``,
    ``per_statement`` rows a statement (fewer when their parameters would pass
    ``MAX_PARAMETERS``)."""
    head, _, group = sql.rpartition(" VALUES ")
    width = len(params[0])
    step = max(1, min(per_statement, MAX_PARAMETERS // max(width, 1)))
    for start in range(0, len(params), step):
        chunk = params[start : start + step]
        values = ", ".join([group] * len(chunk))
        conn.exec_driver_sql(f"{head} VALUES {values}", tuple(v for row in chunk for v in row))


def _processed(values: tuple[Any, ...], processors: _Processors) -> tuple[Any, ...]:
    out = list(values)
    for i, process in processors:  # None too, as SQLAlchemy does (JSON writes "null")
        out[i] = process(out[i])
    return tuple(out)
