"""pipeline_forecast: 12-month forecast (weighted, best case, commit, won, win rate, cycle, stage conversion)
on 100,000 deals and 1M history rows vs the raw SQL aggregates without currency conversion.

Baseline: sqlite3 open-by-month and won-by-month GROUP BYs plus COUNT(DISTINCT) per stage over the history,
the same three passes the product makes. Target: under 500 ms (issue 8).
"""

from __future__ import annotations

import sqlite3
from datetime import date

from crm_desktop.db.engine import open_database
from crm_desktop.services.forecast import ForecastService

from .harness import Benchmark, Options, Side
from .pipeline_data import pipeline_file

FROM, TO = date(2026, 1, 1), date(2026, 12, 31)


def benchmark(options: Options) -> Benchmark:
    count, path = pipeline_file(options)
    db = open_database(path)
    bench = Benchmark(
        "pipeline_forecast",
        f"forecast {FROM:%Y-%m}..{TO:%Y-%m} by month over {count:,} deals + {count * 10:,} history rows",
        Side("ForecastService.forecast(month)", lambda _: None),
        Side("sqlite3 open/won by month + distinct per stage", lambda _: None),
        repeat=5,
        target_seconds=0.5,
    )

    def product(_state: None) -> None:
        f = ForecastService(db).forecast(FROM, TO, period="month")
        bench.notes[:] = [f"win rate {f.win_rate:.3f}, cycle {f.average_cycle_days} days, won {f.won_count:,}"]

    def baseline(_state: None) -> None:
        conn = sqlite3.connect(path)
        try:
            conn.execute(
                "SELECT strftime('%Y-%m', expected_close), currency, count(*), sum(amount_minor * probability)"
                " FROM opportunities WHERE status = 'open' AND deleted_at IS NULL"
                " AND expected_close BETWEEN ? AND ? GROUP BY 1, 2",
                (FROM.isoformat(), TO.isoformat()),
            ).fetchall()
            conn.execute(
                "SELECT strftime('%Y-%m', closed_at), currency, status, count(*), sum(amount_minor)"
                " FROM opportunities WHERE status IN ('won', 'lost') AND deleted_at IS NULL"
                " AND closed_at >= ? AND closed_at < ? GROUP BY 1, 2, 3",
                (FROM.isoformat(), "2027-01-01"),
            ).fetchall()
            conn.execute(
                "SELECT to_stage_id, count(DISTINCT opportunity_id) FROM opportunity_stage_history GROUP BY 1"
            ).fetchall()
        finally:
            conn.close()

    bench.product = Side(bench.product.label, product)
    bench.baseline = Side(bench.baseline.label, baseline)
    return bench
