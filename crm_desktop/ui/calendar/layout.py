"""Placing overlapping appointments side by side (pure: no Qt, tested on its own).

The classic calendar layout (Outlook, Google): items whose times overlap form a *cluster*; within a
cluster each item takes the leftmost free column, and every item of the cluster shares the cluster's
column count, so widths line up. An item never overlaps another one drawn in the same column.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Slot:
    column: int  # 0-based, counted from the reading side
    columns: int  # how many columns its cluster has


def side_by_side(spans: Sequence[tuple[float, float]]) -> list[Slot]:
    """A ``Slot`` for each (start, end) in ``spans``, in the same order.

    Spans are half-open: one that ends at 10:00 and one that starts at 10:00 do not overlap. A span of
    zero length still takes a place (it is drawn with a minimum height).
    """
    order = sorted(range(len(spans)), key=lambda i: (spans[i][0], -spans[i][1], i))
    column_of: dict[int, int] = {}
    slots: list[Slot | None] = [None] * len(spans)
    cluster: list[int] = []
    column_ends: list[float] = []  # end of the last item placed in each column of the current cluster
    cluster_end = float("-inf")

    def close() -> None:
        for index in cluster:
            slots[index] = Slot(column_of[index], len(column_ends))

    for index in order:
        start, end = spans[index]
        end = end if end > start else start + 1e-9  # a zero-length item still occupies its instant
        if cluster and start >= cluster_end:
            close()
            cluster, column_ends, cluster_end = [], [], float("-inf")
        for column, column_end in enumerate(column_ends):
            if column_end <= start:
                column_ends[column] = end
                column_of[index] = column
                break
        else:
            column_of[index] = len(column_ends)
            column_ends.append(end)
        cluster.append(index)
        cluster_end = max(cluster_end, end)
    if cluster:
        close()
    return [slot if slot is not None else Slot(0, 1) for slot in slots]


def stack_rows(spans: Sequence[tuple[int, int]]) -> list[int]:
    """Row of each all-day bar spanning day indexes [first, last] so bars on the same day never overlap."""
    order = sorted(range(len(spans)), key=lambda i: (spans[i][0], -(spans[i][1] - spans[i][0]), i))
    row_ends: list[int] = []
    rows = [0] * len(spans)
    for index in order:
        first, last = spans[index]
        for row, row_end in enumerate(row_ends):
            if row_end < first:
                row_ends[row] = last
                rows[index] = row
                break
        else:
            rows[index] = len(row_ends)
            row_ends.append(last)
    return rows
