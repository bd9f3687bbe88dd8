"""``python -m bench [NAME ...] [--repeat N] [--quick] [--json]``: run benchmarks, print a table of medians."""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from .harness import OUT, Options, Result, as_json, run_benchmark, table

# Run order matters: open_info reuses the database demo_1m leaves behind.
BENCHMARKS = (
    "bulk_create",
    "demo_1m",
    "open_info",
    "search",
    "search_reindex",
    "normalize",
    "duplicates",
    "reports",
    "import",
    "import_vcard",
    "mail",
    "documents",
    "pipeline_board",
    "pipeline_forecast",
    "pipeline_dashboard",
    "gui_list",
    "gui_jump",
    "gui_timeline",
    "mail_timeline",
    "gui_start",
    "calendar_views",
    "gui_start_lang",
    "bundle",  # builds the PyInstaller bundle first (minutes)
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("names", nargs="*", metavar="NAME", help=f"benchmarks to run (default: all of {BENCHMARKS})")
    parser.add_argument("--repeat", type=int, help="timed runs per side (default: each benchmark's own, mostly 5)")
    parser.add_argument("--quick", action="store_true", help="smaller sizes (e.g. 100k instead of 1M contacts)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON on stdout")
    args = parser.parse_args(argv)
    unknown = [n for n in args.names if n not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}")
    if args.repeat is not None and args.repeat < 1:
        parser.error("--repeat must be at least 1")
    options = Options(repeat=args.repeat, quick=args.quick, out=OUT)
    options.out.mkdir(parents=True, exist_ok=True)
    log = (lambda text: print(text, file=sys.stderr)) if args.json else print
    results: list[Result] = []
    for name in args.names or BENCHMARKS:
        log(f"{name}: preparing")
        module = importlib.import_module(f"bench.bench_{name}")
        # A module measuring several things (calendar_views: month, week, paged, expansion) lists them all.
        benches = module.benchmarks(options) if hasattr(module, "benchmarks") else [module.benchmark(options)]
        results.extend(run_benchmark(bench, options.repeat, log) for bench in benches)
    print(as_json(results) if args.json else "\n" + table(results))
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    # The GUI benchmarks leave Qt widgets behind; PySide6 can crash while the interpreter tears them
    # down after the results are printed, so leave without that teardown.
    os._exit(code)
