"""Run a product callable and its baseline alternately, report medians, their ratio and the target.

Alternating (product, baseline, product, ...) spreads disk-cache warm-up and background load over both
sides, so the ratio stays meaningful on a busy machine even when absolute times drift. Untimed set-up
(fresh files, prepared rows) runs before each timed call.
"""

from __future__ import annotations

import gc
import json
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

OUT = Path(__file__).with_name("out")


@dataclass(frozen=True)
class Options:
    repeat: int | None = None  # None: each benchmark's own default
    quick: bool = False  # smaller sizes, for a fast look
    out: Path = OUT


@dataclass
class Side:
    """One timed callable: ``setup()`` (untimed) returns what ``run(state)`` (timed) needs."""

    label: str
    run: Callable[[Any], object]
    setup: Callable[[], Any] = lambda: None
    teardown: Callable[[Any], None] = lambda _state: None


@dataclass
class Benchmark:
    name: str
    description: str
    product: Side
    baseline: Side
    repeat: int = 5
    target_ratio: float | None = None  # product / baseline must be at most this
    target_seconds: float | None = None  # product median must be under this
    notes: list[str] = field(default_factory=list)  # filled by the benchmark while it runs (e.g. counts)


@dataclass(frozen=True)
class Result:
    name: str
    description: str
    product_label: str
    baseline_label: str
    product: list[float]
    baseline: list[float]
    target_ratio: float | None
    target_seconds: float | None
    notes: tuple[str, ...]

    @property
    def product_median(self) -> float:
        return statistics.median(self.product)

    @property
    def baseline_median(self) -> float:
        return statistics.median(self.baseline)

    @property
    def ratio(self) -> float:
        return self.product_median / self.baseline_median if self.baseline_median else float("inf")

    @property
    def target(self) -> str:
        parts = []
        if self.target_ratio is not None:
            parts.append(f"ratio <= {self.target_ratio:g}")
        if self.target_seconds is not None:
            parts.append(f"< {self.target_seconds:g} s")
        return ", ".join(parts) or "-"

    @property
    def met(self) -> bool | None:
        if self.target_ratio is None and self.target_seconds is None:
            return None
        ok = self.target_ratio is None or self.ratio <= self.target_ratio
        return ok and (self.target_seconds is None or self.product_median < self.target_seconds)

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "description": self.description,
            "product": {"label": self.product_label, "runs_s": self.product, "median_s": self.product_median},
            "baseline": {"label": self.baseline_label, "runs_s": self.baseline, "median_s": self.baseline_median},
            "ratio": self.ratio,
            "target": self.target,
            "target_met": self.met,
            "notes": list(self.notes),
        }


def _timed(side: Side) -> float:
    state = side.setup()
    gc.collect()
    start = time.perf_counter()
    try:
        side.run(state)
        return time.perf_counter() - start
    finally:
        side.teardown(state)


def run_benchmark(bench: Benchmark, repeat: int | None = None, log: Callable[[str], None] = print) -> Result:
    times: dict[str, list[float]] = {"product": [], "baseline": []}
    rounds = repeat or bench.repeat
    for i in range(rounds):
        for key, side in (("product", bench.product), ("baseline", bench.baseline)):
            seconds = _timed(side)
            times[key].append(seconds)
            log(f"  {bench.name} [{i + 1}/{rounds}] {key:8} {seconds:8.3f} s  ({side.label})")
    return Result(
        bench.name,
        bench.description,
        bench.product.label,
        bench.baseline.label,
        times["product"],
        times["baseline"],
        bench.target_ratio,
        bench.target_seconds,
        tuple(bench.notes),
    )


def table(results: list[Result]) -> str:
    """The results as a plain-text table (medians in seconds)."""
    header = ("benchmark", "runs", "product s", "baseline s", "ratio", "target", "met")
    rows = [
        (
            r.name,
            str(len(r.product)),
            f"{r.product_median:.3f}",
            f"{r.baseline_median:.3f}",
            f"{r.ratio:.2f}",
            r.target,
            {True: "yes", False: "NO", None: "-"}[r.met],
        )
        for r in results
    ]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in [header, *rows]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    for r in results:
        lines.append(f"{r.name}: product = {r.product_label}; baseline = {r.baseline_label}")
        lines.extend(f"{r.name}: {note}" for note in r.notes)
    return "\n".join(lines)


def as_json(results: list[Result]) -> str:
    return json.dumps([r.as_dict() for r in results], indent=2, ensure_ascii=False)
