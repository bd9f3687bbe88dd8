"""A pipeline database for the board and forecast benchmarks: 100,000 opportunities (EUR, USD, SAR; open,
won, lost; 20 owners) with 1,000,000 stage-history rows and monthly exchange rates, written once with raw
sqlite3 into a file whose schema ``open_database`` created, and cached in bench/out/."""

from __future__ import annotations

import random
import sqlite3
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

from crm_desktop.db.engine import open_database
from crm_desktop.db.models.base import new_uid
from crm_desktop.services.pipelines import PipelineSettings
from crm_desktop.services.sales import PipelineService

from .common import remove_database
from .harness import Options

FULL, QUICK = 100_000, 10_000
HISTORY_PER_DEAL = 10
START = date(2025, 1, 1)


def pipeline_file(options: Options) -> tuple[int, Path]:
    count = QUICK if options.quick else FULL
    path = options.out / f"pipeline-{count}.sqlite3"
    marker = path.with_suffix(".complete")
    if marker.exists() and path.exists():
        return count, path
    print(
        f"  building {path} ({count:,} opportunities, {count * HISTORY_PER_DEAL:,} history rows; once)", file=sys.stderr
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_database(path)
    db = open_database(path)
    try:
        pipeline = PipelineService(db).ensure_default()
        PipelineSettings(db).create_pipeline("Renewals")
        stages = PipelineService(db).stages(pipeline.id)
    finally:
        db.close()
    _fill(path, pipeline.id, [(s.id, s.probability, s.is_won, s.is_lost) for s in stages], count)
    marker.write_text(f"{count}\n")
    return count, path


def _fill(path: Path, pipeline_id: int, stages: list[tuple[int, int, bool, bool]], count: int) -> None:
    rng = random.Random(8)
    conn = sqlite3.connect(path)
    now = datetime(2026, 11, 1).isoformat(" ")
    users = [(i, new_uid(), f"owner{i}", f"Owner {i}", now, now) for i in range(1, 21)]
    conn.executemany(
        "INSERT INTO users (id, uid, login, display_name, role, active, version, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, 'user', 1, 1, ?, ?)",
        users,
    )
    rates = []
    for m in range(36):
        day = date(2025 + m // 12, m % 12 + 1, 1).isoformat()
        rates += [("USD", day, round(1.05 + 0.1 * rng.random(), 4)), ("SAR", day, round(3.9 + 0.4 * rng.random(), 4))]
    conn.executemany("INSERT INTO exchange_rates (currency, valid_from, rate) VALUES (?, ?, ?)", rates)
    open_stages = [s for s in stages if not s[2] and not s[3]]
    won = next(s for s in stages if s[2])
    lost = next(s for s in stages if s[3])
    deals, history = [], []
    for i in range(1, count + 1):
        created = START + timedelta(days=rng.randrange(0, 640))
        close = created + timedelta(days=rng.randrange(10, 400))
        roll = rng.random()
        stage = won if roll < 0.25 else lost if roll < 0.4 else rng.choice(open_stages)
        status = "won" if stage is won else "lost" if stage is lost else "open"
        closed = datetime.combine(close, datetime.min.time()).isoformat(" ") if status != "open" else None
        currency = rng.choices(("EUR", "USD", "SAR"), (5, 3, 2))[0]
        amount = rng.randrange(1_000, 5_000_000)
        category = rng.choice(("pipeline", "pipeline", "best_case", "commit"))
        deals.append(
            (i, new_uid(), f"Deal {i}", pipeline_id, stage[0], amount, currency, stage[1], close.isoformat(),
             status, closed, rng.randrange(1, 21), category, now, now)
        )  # fmt: skip
        # Ten moves per deal, forwards and sometimes back, ending in its stage.
        at = datetime.combine(created, datetime.min.time())
        path_ = [rng.choice(open_stages) for _ in range(HISTORY_PER_DEAL - 1)] + [stage]
        previous = None
        for s in path_:
            at += timedelta(hours=rng.randrange(1, 200))
            history.append((i, previous, s[0], at.isoformat(" "), amount, s[1]))
            previous = s[0]
    with conn:
        conn.executemany(
            "INSERT INTO opportunities (id, uid, title, pipeline_id, stage_id, amount_minor, currency, probability,"
            " expected_close, status, closed_at, owner_id, forecast_category, is_private, version, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 1, ?, ?)",
            deals,
        )
        conn.executemany(
            "INSERT INTO opportunity_stage_history (opportunity_id, from_stage_id, to_stage_id, changed_at,"
            " amount_minor, probability) VALUES (?, ?, ?, ?, ?, ?)",
            history,
        )
        # Written by the services with every history row; raw inserts fill it as migration 0003 does.
        conn.execute(
            "UPDATE opportunities SET reached_stages = (SELECT group_concat(DISTINCT to_stage_id)"
            " FROM opportunity_stage_history h WHERE h.opportunity_id = opportunities.id)"
        )
    conn.execute("ANALYZE")
    conn.close()
