"""The forecast view on a real SQLite file, offscreen: the figures it shows are the CLI's (``crm-desktop
forecast --json`` run as a real process on the same file), for the whole database and filtered by owner and
pipeline; quarters in the Jalali calendar; a bad date range shows the service's message."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from crm_desktop.db.engine import open_database
from crm_desktop.db.models import Opportunity
from crm_desktop.services.people import UserService
from crm_desktop.services.pipelines import PipelineSettings
from crm_desktop.services.sales import ExchangeRateService, OpportunityService, PipelineService
from crm_desktop.ui.ops import wait_for_ops
from crm_desktop.ui.pipeline.forecast_view import ForecastView
from crm_desktop.ui.workspace import Workspace


@pytest.fixture
def ws(sqlite_path: Path) -> Iterator[Workspace]:
    db = open_database(sqlite_path)
    users = UserService(db)
    sara = users.create({"login": "sara", "display_name": "Sara", "role": "admin"})
    omid = users.create({"login": "omid", "display_name": "Omid", "role": "user"})
    pipelines = PipelineService(db)
    sales = pipelines.ensure_default()
    other = PipelineSettings(db).create_pipeline("Projects")
    st = {s.name: s.id for s in pipelines.stages(sales.id)}
    ExchangeRateService(db).set_rate("USD", date(2026, 1, 1), "1.25")
    ops = OpportunityService(db, sara.id)
    for title, minor, cur, close, cat, owner, pipeline, stage in (
        ("A", 100_000, "EUR", "2026-07-10", "commit", sara.id, sales.id, "Proposal"),
        ("B", 250_000, "USD", "2026-08-03", "best_case", omid.id, sales.id, "Negotiation"),
        ("C", 40_000, "EUR", "2026-09-20", "pipeline", sara.id, other.id, None),
        ("W", 90_000, "EUR", "2026-05-01", "commit", sara.id, sales.id, "Won"),
        ("L", 30_000, "EUR", "2026-05-02", "pipeline", omid.id, sales.id, "Lost"),
    ):
        deal = ops.create(
            {"title": title, "amount_minor": minor, "currency": cur, "forecast_category": cat, "owner_id": owner,
             "expected_close": date.fromisoformat(close), "pipeline_id": pipeline}
        )  # fmt: skip
        if stage:
            deal = ops.move(deal.id, deal.version, st[stage])
    with db.write() as session:  # closed in May 2026, whatever today's date is
        session.execute(
            update(Opportunity)
            .where(Opportunity.title.in_(("W", "L")))
            .values(closed_at=datetime(2026, 5, 5, tzinfo=UTC))
        )
    yield Workspace(db, sara.id, "Sara")
    db.close()


def _view(qtbot: QtBot, ws: Workspace, start: date, end: date, kind: str = "month") -> ForecastView:
    view = ForecastView(ws)
    qtbot.addWidget(view)
    view.blockSignals(True)
    view.kind.setCurrentIndex(view.kind.findData(kind))
    view.start.setDate(QDate(start))
    view.end.setDate(QDate(end))
    view.blockSignals(False)
    wait_for_ops()
    return view


def _cli(ws: Workspace, *args: str) -> dict:
    out = subprocess.run(
        [sys.executable, "-m", "crm_desktop", "forecast", "--db", str(ws.db.url.database), "--json", *args],
        capture_output=True, text=True, check=True, timeout=120,
    )  # fmt: skip
    return json.loads(out.stdout)


def _gui_figures(view: ForecastView) -> list[dict]:
    assert view.result is not None
    return [
        {"key": f.period.key, "open": f.open_count, "weighted": f.weighted, "best": f.best_case, "commit": f.commit,
         "won": f.won, "won_count": f.won_count, "lost": f.lost_count}
        for f in view.result.periods
    ]  # fmt: skip


def _cli_figures(data: dict) -> list[dict]:
    return [
        {"key": p["period"]["key"], "open": p["open_count"], "weighted": p["weighted"], "best": p["best_case"],
         "commit": p["commit"], "won": p["won"], "won_count": p["won_count"], "lost": p["lost_count"]}
        for p in data["periods"]
    ]  # fmt: skip


@pytest.mark.parametrize("scope", ["all", "owner", "pipeline"])
def test_gui_shows_the_same_figures_as_the_cli(qtbot: QtBot, ws: Workspace, scope: str) -> None:
    view = _view(qtbot, ws, date(2026, 4, 1), date(2026, 9, 30))
    users = {u.login: u.id for u in ws.users().list()}
    pipelines = {p.name: p.id for p in PipelineService(ws.db).list()}
    extra: list[str] = []
    if scope == "owner":
        view.set_scope(None, users["omid"])
        extra = ["--owner", str(users["omid"])]
    elif scope == "pipeline":
        view.set_scope(pipelines["Projects"], None)
        extra = ["--pipeline", str(pipelines["Projects"])]
    else:
        view.refresh()
    wait_for_ops()
    cli = _cli(ws, "--from", "2026-04-01", "--to", "2026-09-30", "--period", "month", *extra)
    assert _gui_figures(view) == _cli_figures(cli)
    assert view.result.win_rate == cli["win_rate"] and view.result.average_deal == cli["average_deal"]
    assert view.table.rowCount() == len(cli["periods"]) == 6
    if scope == "all":
        # What the table shows: July's weighted = 1,000 EUR x 50%; August's best case = 2,500 USD / 1.25.
        july, august, may = view.table.item(3, 3).text(), view.table.item(4, 4).text(), view.table.item(1, 7).text()
        assert "EUR\xa0500.00" in july and "EUR\xa02,000.00" in august and "EUR\xa0900.00" in may
        assert "50%" in view.summary.text()  # one won, one lost in May
        assert {view.stages.item(r, 0).text().strip("\u2068\u2069") for r in range(view.stages.rowCount())} >= {
            "Lead", "Proposal",
        }  # fmt: skip


def test_jalali_quarters_in_persian(qtbot: QtBot, ws: Workspace) -> None:
    ws.lang, ws.calendar = "fa", "jalali"
    view = _view(qtbot, ws, date(2026, 3, 21), date(2026, 9, 22), "quarter")
    view.refresh()
    wait_for_ops()
    assert [f.period.key for f in view.result.periods] == ["1405-Q1", "1405-Q2"]
    assert view.table.item(0, 0).text() == "۱۴۰۵-Q۱"
    cli = _cli(ws, "--from", "2026-03-21", "--to", "2026-09-22", "--period", "quarter", "--calendar", "jalali")
    assert _gui_figures(view) == _cli_figures(cli)


def test_bad_range_shows_the_message(qtbot: QtBot, ws: Workspace) -> None:
    view = _view(qtbot, ws, date(2026, 9, 1), date(2026, 1, 1))
    view.refresh()
    wait_for_ops()
    assert not view.error.isHidden() and "must not be before" in view.error.text()
