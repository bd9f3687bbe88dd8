"""The Pipeline section's list view and filters on a real SQLite file, offscreen: owner and close-period
filters (this month/quarter in the user's calendar, custom), sortable columns, amounts in the base currency,
double-click opens the form; BoardService.rows against hand-computed figures."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from crm_desktop.db.engine import open_database
from crm_desktop.services.people import CompanyService, UserService
from crm_desktop.services.pipelines_board import BoardFilter, BoardService
from crm_desktop.services.sales import ExchangeRateService, OpportunityService, PipelineService
from crm_desktop.ui.forms.opportunity_form import OpportunityForm
from crm_desktop.ui.ops import wait_for_ops
from crm_desktop.ui.pipeline.board import PipelineBoard
from crm_desktop.ui.pipeline.filters import current_period
from crm_desktop.ui.workspace import Workspace

TODAY = date.today()


@pytest.fixture
def ws(sqlite_path: Path) -> Iterator[Workspace]:
    db = open_database(sqlite_path)
    users = UserService(db)
    sara = users.create({"login": "sara", "display_name": "Sara", "role": "admin"})
    omid = users.create({"login": "omid", "display_name": "Omid", "role": "user"})
    pipeline = PipelineService(db).ensure_default()
    ExchangeRateService(db).set_rate("USD", date(2000, 1, 1), "2")  # 2 USD per EUR (the base)
    company = CompanyService(db).create({"name": "شركة النخبة"})
    ops = OpportunityService(db, sara.id)
    month_start, _ = current_period("month", TODAY)
    for title, amount, currency, owner, close in (
        ("Alpha", 100_000, "EUR", sara.id, month_start),
        ("Bravo", 600_000, "USD", omid.id, month_start),
        ("Charlie", 50_000, "EUR", sara.id, date(TODAY.year + 2, 1, 15)),
        ("Delta", 70_000, "JPY", omid.id, None),  # no JPY rate: shown in its own currency
    ):
        ops.create(
            {"title": title, "company_id": company.id, "amount_minor": amount, "currency": currency,
             "owner_id": owner, "expected_close": close, "pipeline_id": pipeline.id}
        )  # fmt: skip
    yield Workspace(db, sara.id, "Sara")
    db.close()


def _section(qtbot: QtBot, ws: Workspace) -> PipelineBoard:
    section = PipelineBoard(ws)
    section.setProperty("no_modal", True)
    qtbot.addWidget(section)
    wait_for_ops()
    section.show_view("list")
    wait_for_ops()
    return section


def test_rows_service_converts_to_base_and_filters(ws: Workspace) -> None:
    pipeline = PipelineService(ws.db).ensure_default().id
    rows = {r.title: r for r in BoardService(ws.db).rows(pipeline)}
    assert rows["Bravo"].base_amount == 300_000  # 6,000 USD / 2 = 3,000 EUR
    assert rows["Alpha"].base_amount == 100_000 and rows["Delta"].base_amount is None
    assert rows["Alpha"].stage == "Lead" and rows["Alpha"].company == "شركة النخبة"
    omid = next(u.id for u in ws.users().list() if u.login == "omid")
    only = BoardService(ws.db).rows(pipeline, BoardFilter(owner_id=omid))
    assert sorted(r.title for r in only) == ["Bravo", "Delta"]


def test_list_shows_sorts_and_filters(qtbot: QtBot, ws: Workspace) -> None:
    section = _section(qtbot, ws)
    view = section.list_view
    assert section.current_view() == "list" and view.model.rowCount() == 4
    assert "EUR" in view.model.headerData(3, Qt.Orientation.Horizontal)
    view.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # amount in the base currency
    assert view.column_texts(0)[:3] == ["\u2068Bravo\u2069", "\u2068Alpha\u2069", "\u2068Charlie\u2069"]
    assert view.column_texts(3)[0] == "EUR\xa03,000.00"
    assert "no rate" in view.column_texts(3)[3]
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [t.strip("\u2068\u2069") for t in view.column_texts(0)] == ["Alpha", "Bravo", "Charlie", "Delta"]
    # Owner filter
    bar = section.filter_bar
    bar.owner.setCurrentIndex(bar.owner.findText("Omid"))
    wait_for_ops()
    assert sorted(t.strip("\u2068\u2069") for t in view.column_texts(0)) == ["Bravo", "Delta"]
    bar.owner.setCurrentIndex(0)
    # This month (in the user's calendar): Alpha and Bravo close on its first day.
    bar.set_period("month")
    wait_for_ops()
    assert sorted(t.strip("\u2068\u2069") for t in view.column_texts(0)) == ["Alpha", "Bravo"]
    bar.set_period("quarter")
    wait_for_ops()
    assert sorted(t.strip("\u2068\u2069") for t in view.column_texts(0)) == ["Alpha", "Bravo"]
    # Custom range around Charlie's date
    bar.set_period("custom")
    bar.close_from.setDate(QDate(TODAY.year + 2, 1, 1))
    bar.close_to.setDate(QDate(TODAY.year + 2, 12, 31))
    wait_for_ops()
    assert [t.strip("\u2068\u2069") for t in view.column_texts(0)] == ["Charlie"]
    assert not bar.close_from.isHidden()


def test_period_follows_the_users_calendar() -> None:
    # 2026-04-10 is 1405/01/21 in the Jalali calendar: the month is Farvardin, 2026-03-21 .. 2026-04-20.
    class Persian:
        lang, calendar, digits = "fa", "jalali", "native"

    assert current_period("month", date(2026, 4, 10), Persian()) == (date(2026, 3, 21), date(2026, 4, 20))
    assert current_period("quarter", date(2026, 4, 10), Persian()) == (date(2026, 3, 21), date(2026, 6, 21))
    assert current_period("month", date(2026, 4, 10)) == (date(2026, 4, 1), date(2026, 4, 30))


def test_double_click_opens_the_form_and_board_toggle(qtbot: QtBot, ws: Workspace) -> None:
    section = _section(qtbot, ws)
    view = section.list_view
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.table.doubleClicked.emit(view.model.index(1, 0))
    dialog = section.last_dialog
    qtbot.addWidget(dialog)
    assert isinstance(dialog, OpportunityForm) and dialog.editor("title").value() == "Bravo"
    section.show_view("board")
    wait_for_ops()
    assert section.current_view() == "board" and section.board is not None
    lead = next(c for c in section.board.columns if c.name == "Lead")
    cards = section.lists[lead.stage_id]
    cards.itemDoubleClicked.emit(cards.item(0))
    assert isinstance(section.last_dialog, OpportunityForm) and section.last_dialog.record_id is not None
    qtbot.addWidget(section.last_dialog)
    section.new_button.click()
    qtbot.addWidget(section.last_dialog)
    assert section.last_dialog.record_id is None


def test_rows_rates_and_deal_timeline_on_both_engines(db) -> None:
    """The service calls behind these screens on SQLite and PostgreSQL (the ``db`` fixture runs both)."""
    from datetime import UTC, datetime

    from crm_desktop.services.activities import ActivityService
    from crm_desktop.services.sales import opportunity_timeline

    pipeline = PipelineService(db).ensure_default().id
    rates = ExchangeRateService(db)
    rates.set_rate("USD", date(2020, 1, 1), "2")
    rates.set_rate("USD", date(2020, 6, 1), "4")
    listed = rates.list_rates()
    assert [(r.valid_from, r.rate) for r in listed] == [(date(2020, 6, 1), 4), (date(2020, 1, 1), 2)]
    rates.update_rate(listed[0].id, "USD", date(2020, 6, 1), "5")
    rates.delete_rate(listed[1].id)
    assert [r.rate for r in rates.list_rates()] == [5]
    rates.set_base_currency("eur")
    assert rates.base_currency() == "EUR"
    deal = OpportunityService(db).create(
        {
            "title": "D",
            "amount_minor": 1_000,
            "currency": "USD",
            "expected_close": date(2021, 1, 1),
            "pipeline_id": pipeline,
        }
    )
    [row] = BoardService(db).rows(pipeline)
    assert (row.base_amount, row.stage) == (200, "Lead")  # 10 USD / 5 per EUR = 2 EUR
    ActivityService(db).create(
        {
            "kind": "note",
            "subject": "Quote sent",
            "opportunity_id": deal.id,
            "occurred_at": datetime(2021, 1, 1, tzinfo=UTC),
        }
    )
    assert [i.title for i in opportunity_timeline(db, deal.id)] == ["Quote sent"]
