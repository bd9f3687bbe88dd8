"""Forecast figures against a small fixture computed by hand (base EUR; USD at 1.10, then 1.25 from March)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import update

from crm_desktop.db.engine import Database
from crm_desktop.db.models import Opportunity, StageChange
from crm_desktop.errors import ValidationError
from crm_desktop.services.forecast import ForecastService, periods
from crm_desktop.services.sales import ExchangeRateService, OpportunityService, PipelineService


def _when(db: Database, opp_id: int, moves: list[str], closed: str | None = None) -> None:
    """Put the deal's history (and close) on the given days, in order."""
    with db.write() as session:
        ids = session.scalars(
            StageChange.__table__.select().with_only_columns(StageChange.id)
            .where(StageChange.opportunity_id == opp_id).order_by(StageChange.id)
        ).all()  # fmt: skip
        assert len(ids) == len(moves)
        for hid, day in zip(ids, moves, strict=True):
            session.execute(
                update(StageChange)
                .where(StageChange.id == hid)
                .values(changed_at=datetime.fromisoformat(day).replace(tzinfo=UTC))
            )
        if closed:
            session.execute(
                update(Opportunity)
                .where(Opportunity.id == opp_id)
                .values(closed_at=datetime.fromisoformat(closed).replace(tzinfo=UTC))
            )


@pytest.fixture
def office(db: Database) -> dict[str, int]:
    pipelines = PipelineService(db)
    pipeline = pipelines.ensure_default()
    st = {s.name: s.id for s in pipelines.stages(pipeline.id)}
    rates = ExchangeRateService(db)
    rates.set_rate("USD", date(2026, 1, 1), "1.10")
    rates.set_rate("USD", date(2026, 3, 1), "1.25")
    ops = OpportunityService(db)

    def new(title: str, minor: int, cur: str, close: str, cat: str = "pipeline", moves: tuple[str, ...] = ()):
        o = ops.create(
            {"title": title, "amount_minor": minor, "currency": cur, "expected_close": date.fromisoformat(close),
             "forecast_category": cat}
        )  # fmt: skip
        for name in moves:
            o = ops.move(o.id, o.version, st[name])
        return o

    a = new("A", 100_000, "EUR", "2026-02-10", "commit", ("Proposal",))
    b = new("B", 110_000, "USD", "2026-02-20", "best_case", ("Qualified",))
    new("C", 50_000, "USD", "2026-03-15")
    d = new("D", 30_000, "EUR", "2026-01-31", moves=("Proposal", "Qualified", "Won"))  # moved backwards once
    e = new("E", 99_000, "USD", "2026-01-31", moves=("Lost",))
    new("F", 5_000, "JPY", "2026-02-01")  # no JPY rate: left out of totals, reported
    new("G", 70_000, "EUR", "2026-02-11", "omitted")  # omitted from the forecast
    _when(db, d.id, ["2026-01-10", "2026-01-12", "2026-01-15", "2026-01-20"], closed="2026-01-20 00:00:00")
    _when(db, e.id, ["2026-01-05", "2026-01-25"], closed="2026-01-25 12:00:00")
    return {"pipeline": pipeline.id, "a": a.id, "b": b.id, **st}


def test_forecast_per_month_matches_hand_computation(db: Database, office: dict[str, int]) -> None:
    f = ForecastService(db).forecast(date(2026, 1, 1), date(2026, 4, 30), period="month")
    assert f.base_currency == "EUR"
    rows = {p.period.key: p for p in f.periods}
    assert list(rows) == ["2026-01", "2026-02", "2026-03", "2026-04"]
    jan, feb, mar, apr = rows.values()
    assert (jan.won_count, jan.won, jan.lost_count, jan.open_count) == (1, 30_000, 1, 0)
    # A: EUR 1,000.00 at 50 % commit; B: USD 1,100.00 at 1.10 = EUR 1,000.00 at 25 % best case; F: no rate.
    assert (feb.open_count, feb.pipeline, feb.weighted, feb.best_case, feb.commit) == (
        3,
        200_000,
        75_000,
        200_000,
        100_000,
    )
    # C: USD 500.00 at the March rate 1.25 = EUR 400.00 at 10 %.
    assert (mar.open_count, mar.pipeline, mar.weighted, mar.best_case, mar.commit) == (1, 40_000, 4_000, 0, 0)
    assert (apr.open_count, apr.pipeline, apr.won) == (0, 0, 0)  # an empty period is still listed
    assert f.won_count == 1 and f.lost_count == 1 and f.win_rate == 0.5
    assert f.average_deal == 30_000 and f.average_cycle_days == 10.0
    assert f.unconverted == ("JPY",)


def test_stage_conversion_counts_each_deal_once_per_stage(db: Database, office: dict[str, int]) -> None:
    conv = {c.name: c for c in ForecastService(db).forecast(date(2026, 1, 1), date(2026, 1, 31)).conversions}
    assert list(conv) == ["Lead", "Qualified", "Proposal", "Negotiation"]
    assert (conv["Lead"].reached, conv["Lead"].advanced) == (7, 3)  # A, B, D went further
    assert (conv["Qualified"].reached, conv["Qualified"].advanced) == (2, 1)  # D (moved back) won, B stayed
    assert (conv["Proposal"].reached, conv["Proposal"].advanced, conv["Proposal"].rate) == (2, 1, 0.5)
    assert conv["Negotiation"].rate is None


def test_quarters_in_the_jalali_calendar_and_filters(db: Database, office: dict[str, int]) -> None:
    f = ForecastService(db).forecast(date(2026, 1, 1), date(2026, 4, 30), period="quarter", calendar="jalali")
    # 1404 Q4 = Dey-Esfand 1404 (2025-12-22 .. 2026-03-20); 1405 Q1 starts at Nowruz, 2026-03-21.
    assert [(p.period.key, p.period.start) for p in f.periods] == [
        ("1404-Q4", date(2025, 12, 22)),
        ("1405-Q1", date(2026, 3, 21)),
    ]
    assert f.periods[0].pipeline == 240_000 and f.periods[0].won == 30_000 and f.periods[1].pipeline == 0
    other = ForecastService(db).forecast(date(2026, 1, 1), date(2026, 4, 30), pipeline_id=office["pipeline"] + 99)
    assert sum(p.pipeline for p in other.periods) == 0 and other.win_rate is None


def test_bad_periods_are_refused() -> None:
    with pytest.raises(ValidationError):
        periods(date(2026, 2, 1), date(2026, 1, 1), "month", "gregorian")
    with pytest.raises(ValidationError):
        periods(date(2026, 1, 1), date(2026, 2, 1), "week", "gregorian")
    with pytest.raises(ValidationError):
        periods(date(1900, 1, 1), date(2100, 1, 1), "month", "gregorian")


def test_cli_gives_the_same_figures(tmp_path) -> None:
    target = str(tmp_path / "f.sqlite3")
    from crm_desktop.db.engine import open_database

    db = open_database(target)
    try:
        PipelineService(db).ensure_default()
        OpportunityService(db).create(
            {"title": "X", "amount_minor": 12_340, "currency": "EUR", "expected_close": date(2026, 5, 3)}
        )
        expected = ForecastService(db).forecast(date(2026, 5, 1), date(2026, 6, 30))
    finally:
        db.close()
    out = subprocess.run(
        [sys.executable, "-m", "crm_desktop", "forecast", "--db", target, "--period", "month",
         "--from", "2026-05-01", "--to", "2026-06-30", "--json"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    data = json.loads(out.stdout)
    assert [p["weighted"] for p in data["periods"]] == [p.weighted for p in expected.periods] == [1_234, 0]
    readable = subprocess.run(
        [sys.executable, "-m", "crm_desktop", "forecast", "--db", target, "--lang", "fa", "--period", "month",
         "--from", "2026-05-01", "--to", "2026-06-30"],
        capture_output=True, text=True,
    )  # fmt: skip
    assert readable.returncode == 0, readable.stderr
    assert "۱۲٫۳۴" in readable.stdout  # the weighted 12.34 in Persian digits
    bad = subprocess.run(
        [sys.executable, "-m", "crm_desktop", "forecast", "--db", target, "--from", "2026-05-01", "--to", "2026-01-01"],
        capture_output=True, text=True,
    )  # fmt: skip
    assert bad.returncode == 2 and "error: to:" in bad.stderr and "Traceback" not in bad.stderr
