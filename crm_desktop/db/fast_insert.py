"""Many-row INSERT straight through the driver, for imports and demo data.

SQLAlchemy's executemany spends most of its time re-processing each row's parameters (PLATFORM-NOTES.md:
Core ~2x raw). Here the statement is compiled once, bind processors (UTC datetimes, JSON, dates) are
looked up once per column, and values repeated across rows (the batch's timestamp, ``{}``) are converted
once. PostgreSQL keeps the ordinary Core path.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, Table, bindparam, insert


def insert_rows(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the same keys) into ``table``; omitted columns get their defaults."""
    if not rows:
        return
    if conn.dialect.name != "sqlite":
        conn.execute(insert(table), list(rows))
        return
    given = list(rows[0])
    statement = insert(table).values({name: bindparam(name, type_=table.c[name].type) for name in given})
    compiled = statement.compile(dialect=conn.dialect)
    order = list(compiled.positiontup or [])
    getters = [_value_getter(table, name, name in given) for name in order]
    processors = [table.c[name].type._cached_bind_processor(conn.dialect) for name in order]
    memo: list[dict[int, tuple[Any, Any]]] = [{} for _ in order]

    def convert(position: int, value: Any) -> Any:
        proc = processors[position]
        if proc is None or value is None:
            return value
        cache = memo[position]
        if id(value) not in cache:  # the same object (batch timestamp, shared {}) is converted once
            cache[id(value)] = (value, proc(value))  # holding value keeps its id from being reused
        return cache[id(value)][1]

    params = [tuple(convert(i, get(row)) for i, get in enumerate(getters)) for row in rows]
    conn.exec_driver_sql(compiled.string, params)


def _value_getter(table: Table, name: str, given: bool) -> Callable[[dict[str, Any]], Any]:
    if given:
        return lambda row: row[name]
    default = table.c[name].default
    if default is None:
        return lambda row: None
    if default.is_callable:
        make = default.arg
        return lambda row: make(None)
    constant = default.arg
    return lambda row: constant
