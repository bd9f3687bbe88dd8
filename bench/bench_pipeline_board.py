"""pipeline_board: open the board of a 100,000-deal pipeline (1M history rows) vs the raw per-stage aggregate.

The product converts every deal to the base currency at the rate valid on its date and loads the first
50 cards of each column; the baseline is sqlite3 ``SELECT stage_id, count(*), sum(amount_minor) ... GROUP
BY stage_id`` on the same file. Target: under 300 ms (issue 8).
"""

from __future__ import annotations

import sqlite3

from crm_desktop.db.engine import open_database
from crm_desktop.services.pipelines_board import BoardService

from .harness import Benchmark, Options, Side
from .pipeline_data import pipeline_file


def benchmark(options: Options) -> Benchmark:
    count, path = pipeline_file(options)
    db = open_database(path)
    pipeline_id = 1
    bench = Benchmark(
        "pipeline_board",
        f"board of {count:,} opportunities (base-currency totals + 50 cards per stage)",
        Side("BoardService.board(pipeline)", lambda _: None),
        Side("sqlite3 count/sum GROUP BY stage_id", lambda _: None),
        repeat=7,
        target_seconds=0.3,
    )

    def product(_state: None) -> None:
        board = BoardService(db).board(pipeline_id)
        assert sum(c.count for c in board.columns) == count
        bench.notes[:] = [f"columns: {', '.join(f'{c.name} {c.count:,}' for c in board.columns)}"]

    def baseline(_state: None) -> None:
        conn = sqlite3.connect(path)
        try:
            rows = conn.execute(
                "SELECT stage_id, count(*), sum(amount_minor) FROM opportunities"
                " WHERE pipeline_id = ? AND deleted_at IS NULL GROUP BY stage_id",
                (pipeline_id,),
            ).fetchall()
        finally:
            conn.close()
        assert sum(r[1] for r in rows) == count

    bench.product = Side(bench.product.label, product)
    bench.baseline = Side(bench.baseline.label, baseline)
    return bench
