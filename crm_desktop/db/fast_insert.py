"""Many-row INSERT straight through the driver, for imports and demo data.

SQLAlchemy's executemany spends most of its time re-processing each row's parameters (PLATFORM-NOTES.md:
Core ~2x raw). Here the statement is compiled once and the parameters are built column by column: columns
without a bind processor are read with ``operator.itemgetter`` (a C loop), only columns with one (UTC
datetimes, JSON, dates) are converted, and values repeated across rows (the batch's timestamp, ``{}``) are
converted once. PostgreSQL keeps the ordinary Core path.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, bindparam, insert


def insert_rows(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the same keys) into ``table``; omitted columns get their defaults."""
    if not rows:
        return
    if conn.dialect.name != "sqlite":
        conn.execute(insert(table), list(rows))
        return
    given = tuple(rows[0])
    sql, order = _compiled(table, given, conn.dialect)
    columns = [_column_values(conn, table, name, name in given, rows) for name in order]
    conn.exec_driver_sql(sql, list(zip(*columns, strict=True)))


@functools.lru_cache(maxsize=256)
def _compiled(table: Table, given: tuple[str, ...], dialect: Any) -> tuple[str, tuple[str, ...]]:
    """(SQL, parameter order) of the INSERT of columns ``given``: compiled once, not once per batch."""
    statement = insert(table).values({name: bindparam(name, type_=table.c[name].type) for name in given})
    compiled = statement.compile(dialect=dialect)
    return compiled.string, tuple(compiled.positiontup or ())


def _column_values(conn: Connection, table: Table, name: str, given: bool, rows: Sequence[dict[str, Any]]) -> list:
    """The bound values of column ``name`` for every row, in row order."""
    if given:
        values = list(map(itemgetter(name), rows))
    else:
        default = table.c[name].default
        if default is None:
            values = [None] * len(rows)
        elif default.is_callable:
            make = default.arg
            values = [make(None) for _ in rows]
        else:
            values = [default.arg] * len(rows)
    proc = table.c[name].type._cached_bind_processor(conn.dialect)
    if proc is None:
        return values
    try:  # hashable values (flags, timestamps, dates): each distinct value converted once, looked up in C
        return list(map(_ByValue(proc).__getitem__, values))
    except TypeError:  # unhashable (JSON dicts): by identity, so the batch's shared ``{}`` is converted once
        pass
    memo: dict[int, tuple[Any, Any]] = {}  # holding the value keeps its id from being reused

    empty: list[Any] = []  # every row's own empty ``{}`` (custom fields) binds the same: encoded once

    def convert(value: Any) -> Any:
        if value is None:
            return None
        if type(value) is dict and not value:
            if not empty:
                empty.append(proc(value))
            return empty[0]
        hit = memo.get(id(value))
        if hit is None:  # the same object (batch timestamp, shared {}) is converted once
            hit = memo[id(value)] = (value, proc(value))
        return hit[1]

    return list(map(convert, values))


class _ByValue(dict):
    """value -> bound value; equal values bind equally (True and 1 both bind as 1)."""

    def __init__(self, proc: Callable[[Any], Any]):
        super().__init__()
        self[None] = None
        self.proc = proc

    def __missing__(self, value: Any) -> Any:
        bound = self[value] = self.proc(value)
        return bound
