"""pipeline_dashboard: the home screen's tiles and charts on the 1M-contact demo database vs the raw counts
and sums behind them (sqlite3, no currency conversion). Target: under 500 ms (issue 8)."""

from __future__ import annotations

import sqlite3
from datetime import date

from crm_desktop.db.engine import open_database
from crm_desktop.services.dashboard import DashboardService

from .bench_open_info import ensure_demo_file
from .harness import Benchmark, Options, Side


def benchmark(options: Options) -> Benchmark:
    count, path = ensure_demo_file(options)
    db = open_database(path)
    today = date.today()
    month = today.replace(day=1).isoformat()
    bench = Benchmark(
        "pipeline_dashboard",
        f"dashboard tiles and charts on the {count:,}-contact demo database",
        Side("DashboardService.dashboard(today)", lambda _: None),
        Side("sqlite3 counts/sums behind the tiles", lambda _: None),
        repeat=5,
        target_seconds=0.5,
    )

    def product(_state: None) -> None:
        d = DashboardService(db).dashboard(today)
        bench.notes[:] = [
            f"open {d.open_count:,} deals, overdue tasks {d.overdue_tasks:,},"
            f" new contacts {d.new_contacts_this_month:,}"
        ]

    def baseline(_state: None) -> None:
        conn = sqlite3.connect(path)
        try:
            for sql, args in (
                ("SELECT stage_id, currency, count(*), sum(amount_minor) FROM opportunities"
                 " WHERE status = 'open' AND deleted_at IS NULL GROUP BY 1, 2", ()),
                ("SELECT strftime('%Y-%m', closed_at), status, count(*), sum(amount_minor) FROM opportunities"
                 " WHERE status IN ('won', 'lost') AND closed_at >= date(?, '-12 months') GROUP BY 1, 2", (month,)),
                ("SELECT count(*) FROM activities WHERE kind = 'task' AND done = 0 AND deleted_at IS NULL"
                 " AND due_at < ?", (today.isoformat(),)),
                ("SELECT count(*) FROM appointments WHERE deleted_at IS NULL AND starts_at < date(?, '+1 day')"
                 " AND ends_at >= ?", (today.isoformat(), today.isoformat())),
                ("SELECT count(*) FROM contacts WHERE deleted_at IS NULL AND created_at >= ?", (month,)),
                ("SELECT coalesce(assignee_id, created_by_id), count(*) FROM activities WHERE deleted_at IS NULL"
                 " AND created_at >= date(?, '-30 days') GROUP BY 1", (today.isoformat(),)),
            ):  # fmt: skip
                conn.execute(sql, args).fetchall()
        finally:
            conn.close()

    bench.product = Side(bench.product.label, product)
    bench.baseline = Side(bench.baseline.label, baseline)
    return bench
