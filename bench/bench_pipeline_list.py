"""pipeline_list: the Pipeline section's list view over a pipeline of deals vs a raw query of the same rows.

The product is what switching to the list costs: ``BoardService.rows`` (every deal of the pipeline up to
MAX_ROWS = 10,000, each converted to the base currency at the rate valid on its close date, with its stage,
company and owner) put into the Qt table model and the columns sized. The baseline is sqlite3 selecting the
same columns with the same joins, unconverted. Run with ``python -m bench.bench_pipeline_list [--quick]``.
"""

from __future__ import annotations

import os
import sqlite3
import sys

from crm_desktop.db.engine import open_database
from crm_desktop.services.pipelines_board import MAX_ROWS, BoardService

from .harness import Benchmark, Options, Side, run_benchmark, table
from .pipeline_data import pipeline_file


def benchmark(options: Options) -> Benchmark:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from crm_desktop.ui.pipeline.list_view import OpportunityList
    from crm_desktop.ui.workspace import Workspace

    app = QApplication.instance() or QApplication(sys.argv[:1])
    count, path = pipeline_file(options)
    db = open_database(path)
    view = OpportunityList(Workspace(db))
    view.resize(1200, 700)
    bench = Benchmark(
        "pipeline_list",
        f"list view of a {count:,}-deal pipeline (first {MAX_ROWS:,} rows, base-currency amounts, model + sizing)",
        Side("BoardService.rows + table model", lambda _: None),
        Side("sqlite3 SELECT same rows and joins", lambda _: None),
        repeat=5,
        target_seconds=1.0,
    )

    def product(_state: None) -> None:
        rows = BoardService(db).rows(1)
        view.set_rows(rows, "EUR")
        app.processEvents()
        assert view.model.rowCount() == min(count, MAX_ROWS)
        missing = sum(1 for r in rows if r.base_amount is None)
        bench.notes[:] = [f"rows: {len(rows):,}, without a rate: {missing:,}"]

    def baseline(_state: None) -> None:
        conn = sqlite3.connect(path)
        try:
            rows = conn.execute(
                "SELECT o.id, o.version, o.title, c.name, o.stage_id, s.name, s.position, o.amount_minor,"
                " o.currency, o.probability, o.expected_close, u.display_name FROM opportunities o"
                " JOIN stages s ON s.id = o.stage_id LEFT JOIN companies c ON c.id = o.company_id"
                " LEFT JOIN users u ON u.id = o.owner_id WHERE o.pipeline_id = 1 AND o.deleted_at IS NULL"
                " ORDER BY s.position, o.expected_close IS NULL, o.expected_close, o.id LIMIT ?",
                (MAX_ROWS,),
            ).fetchall()
        finally:
            conn.close()
        assert len(rows) == min(count, MAX_ROWS)

    bench.product = Side(bench.product.label, product)
    bench.baseline = Side(bench.baseline.label, baseline)
    return bench


if __name__ == "__main__":
    from .harness import OUT

    print(table([run_benchmark(benchmark(Options(quick="--quick" in sys.argv, out=OUT)))]))
    sys.stdout.flush()
    os._exit(0)  # Qt widgets left behind: skip the interpreter's teardown (as python -m bench does)
