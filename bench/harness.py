"""Run a product callable and its baseline alternately, report medians, their ratio and the target.

Alternating (product, baseline, product, ...) spreads disk-cache warm-up and background load over both
sides, so the ratio stays meaningful on a busy machine even when absolute times drift. Untimed set-up
(fresh files, prepared rows) runs before each timed call. Besides wall time, the process CPU time of each
run is recorded: on a shared machine it shows how much of a slow wall time was waiting for a core.
"""

from __future__ import annotations

import gc
import json
import os
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
    product_cpu: list[float]
    baseline_cpu: list[float]
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
            "product": {
                "label": self.product_label,
                "runs_s": self.product,
                "median_s": self.product_median,
                "cpu_s": self.product_cpu,
            },
            "baseline": {
                "label": self.baseline_label,
                "runs_s": self.baseline,
                "median_s": self.baseline_median,
                "cpu_s": self.baseline_cpu,
            },
            "ratio": self.ratio,
            "target": self.target,
            "target_met": self.met,
            "notes": list(self.notes),
        }


def _timed(side: Side) -> tuple[float, float]:
    """(wall seconds, process CPU seconds) of one run, set-up and tear-down excluded."""
    state = side.setup()
    gc.collect()
    cpu, start = time.process_time(), time.perf_counter()
    try:
        side.run(state)
        return time.perf_counter() - start, time.process_time() - cpu
    finally:
        side.teardown(state)


def run_benchmark(bench: Benchmark, repeat: int | None = None, log: Callable[[str], None] = print) -> Result:
    times: dict[str, list[float]] = {"product": [], "baseline": [], "product_cpu": [], "baseline_cpu": []}
    rounds = repeat or bench.repeat
    for i in range(rounds):
        for key, side in (("product", bench.product), ("baseline", bench.baseline)):
            seconds, cpu = _timed(side)
            times[key].append(seconds)
            times[f"{key}_cpu"].append(cpu)
            log(f"  {bench.name} [{i + 1}/{rounds}] {key:8} {seconds:8.3f} s wall {cpu:8.3f} s cpu  ({side.label})")
    return Result(
        bench.name,
        bench.description,
        bench.product.label,
        bench.baseline.label,
        times["product"],
        times["baseline"],
        times["product_cpu"],
        times["baseline_cpu"],
        bench.target_ratio,
        bench.target_seconds,
        tuple(bench.notes),
    )


def table(results: list[Result]) -> str:
    """The results as a plain-text table (medians in seconds)."""
    header = ("benchmark", "runs", "product s", "baseline s", "ratio", "target", "met", "cpu s (product/baseline)")
    rows = [
        (
            r.name,
            str(len(r.product)),
            f"{r.product_median:.3f}",
            f"{r.baseline_median:.3f}",
            f"{r.ratio:.2f}",
            r.target,
            {True: "yes", False: "NO", None: "-"}[r.met],
            f"{statistics.median(r.product_cpu):.3f} / {statistics.median(r.baseline_cpu):.3f}",
        )
        for r in results
    ]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in [header, *rows]]
    lines.insert(0, f"medians of the timed runs; {os.cpu_count()} CPUs, load average {_load()}")
    lines.insert(2, "  ".join("-" * w for w in widths))
    for r in results:
        lines.append(f"{r.name}: product = {r.product_label}; baseline = {r.baseline_label}")
        lines.extend(f"{r.name}: {note}" for note in r.notes)
    return "\n".join(lines)


def _load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:  # Windows
        return "n/a"


def as_json(results: list[Result]) -> str:
    return json.dumps([r.as_dict() for r in results], indent=2, ensure_ascii=False)
