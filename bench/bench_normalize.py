"""normalize: 1,000,000 names (Latin, Arabic, Persian mix) through normalize_for_search vs str.lower.

Issue 4's target is an absolute one: normalising 1M names in < 5 s. The baseline (``str.lower`` of the
same names) shows the floor of touching each string once from Python.
"""

from __future__ import annotations

from crm_desktop.text.normalize import normalize_for_search

from .common import input_rows
from .harness import Benchmark, Options, Side

FULL, QUICK = 1_000_000, 100_000


def benchmark(options: Options) -> Benchmark:
    count = QUICK if options.quick else FULL
    distinct = input_rows(min(count, 200_000))
    names = [f"{row['given_name']} {row['family_name']}" for row in distinct]
    names = (names * (count // len(names) + 1))[:count]
    bench = Benchmark(
        "normalize",
        f"normalize_for_search over {count:,} full names (Latin, Arabic and Persian)",
        Side("normalize_for_search()", lambda _state: [normalize_for_search(n) for n in names]),
        Side("str.lower()", lambda _state: [n.lower() for n in names]),
        target_seconds=5.0,
    )
    ascii_share = sum(n.isascii() for n in names) / len(names)
    bench.notes.append(f"{count:,} names, {len(set(names)):,} distinct, {ascii_share:.0%} ASCII")
    return bench
