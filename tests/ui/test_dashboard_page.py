"""The dashboard in the real main window on a real SQLite file, offscreen: tiles show DashboardService's
figures in the user's digits, each tile opens the section behind it, the charts get the service's bars and
mirror in right-to-left layouts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from crm_desktop.db.engine import open_database
from crm_desktop.db.models import Contact
from crm_desktop.services.activities import ActivityService
from crm_desktop.services.people import ContactService, UserService
from crm_desktop.services.sales import OpportunityService, PipelineService
from crm_desktop.ui.charts import Bar, BarChart
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.ops import wait_for_ops
from crm_desktop.ui.pages.dashboard_page import DashboardPage
from crm_desktop.ui.workspace import Workspace


@pytest.fixture
def ws(sqlite_path: Path) -> Iterator[Workspace]:
    db = open_database(sqlite_path)
    sara = UserService(db).create({"login": "sara", "display_name": "Sara", "role": "admin"})
    pipeline = PipelineService(db).ensure_default()
    stages = {s.name: s.id for s in PipelineService(db).stages(pipeline.id)}
    ops = OpportunityService(db, sara.id)
    for title, amount, stage in (("A", 100_000, "Lead"), ("B", 300_000, "Proposal"), ("C", 50_000, "Won")):
        deal = ops.create({"title": title, "amount_minor": amount, "currency": "EUR", "expected_close": date.today()})
        if stage != "Lead":
            ops.move(deal.id, deal.version, stages[stage])
    ContactService(db, sara.id).create({"display_name": "Ali"})
    tasks = ActivityService(db, sara.id)
    tasks.create({"kind": "task", "subject": "Late", "due_at": datetime.now(UTC) - timedelta(days=3)})
    tasks.create({"kind": "call", "subject": "Call"})
    yield Workspace(db, sara.id, "Sara")
    db.close()


def _page(qtbot: QtBot, ws: Workspace) -> DashboardPage:
    page = DashboardPage(ws)
    qtbot.addWidget(page)
    wait_for_ops()
    return page


def test_tiles_and_charts_show_the_services_figures(qtbot: QtBot, ws: Workspace) -> None:
    page = _page(qtbot, ws)
    assert page.data is not None and page.data.open_count == 2
    assert page.tiles["pipeline"].text().startswith("EUR\xa04,000.00\n\u20682\u2069 open deals")
    assert page.tiles["won"].text().startswith("EUR\xa0500.00")
    assert page.tiles["overdue"].text().startswith("1\n") and page.tiles["new_contacts"].text().startswith("1\n")
    assert page.tiles["win_rate"].text().startswith("\u2066100%\u2069")  # LRI: stays "100%" in RTL too
    assert [b.text for b in page.stage_chart.bars] == ["EUR\xa01,000.00", "EUR\xa03,000.00"]
    assert len(page.won_chart.bars) == 12 and page.won_chart.bars[-1].value == 50_000
    assert page.user_chart.bars[0].label.strip("\u2068\u2069") == "Sara" and page.user_chart.bars[0].value == 2
    assert page.count_labels["opportunities"].text() == "3"


def test_persian_digits(qtbot: QtBot, ws: Workspace) -> None:
    ws.lang, ws.calendar = "fa", "jalali"
    page = _page(qtbot, ws)
    assert page.tiles["overdue"].text().startswith("۱\n")
    label = page.won_chart.bars[-1].label  # a Jalali month's Persian name
    assert label and not any("a" <= c.lower() <= "z" for c in label)


def test_chart_mirrors_in_right_to_left(qtbot: QtBot) -> None:
    chart = BarChart("t")
    qtbot.addWidget(chart)
    chart.resize(400, 200)
    chart.set_bars([Bar("a", 10, "10"), Bar("b", 5, "5")])
    ltr = chart.bar_rects()
    chart.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    rtl = chart.bar_rects()
    assert abs(ltr[0].width() - 2 * ltr[1].width()) <= 1
    assert rtl[0].right() == 399 - ltr[0].left() and rtl[0].width() == ltr[0].width()
    vertical = BarChart("v", vertical=True)
    qtbot.addWidget(vertical)
    vertical.resize(400, 200)
    vertical.set_bars([Bar("1", 1, "1"), Bar("2", 2, "2")])
    first_ltr = vertical.bar_rects()[0]
    vertical.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert vertical.bar_rects()[0].left() > 200 > first_ltr.left()  # the first month on the right in RTL
    clicked: list[int] = []
    chart.bar_clicked.connect(clicked.append)
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.bar_rects()[1].center())
    assert clicked == [1]


def test_each_tile_opens_the_records_behind_it(qtbot: QtBot, ws: Workspace, tmp_path: Path) -> None:
    old = ContactService(ws.db, ws.user_id).create({"display_name": "Known for years"})
    with ws.db.write() as session:  # made long before this month: not behind the "new contacts" tile
        session.execute(update(Contact).where(Contact.id == old.id).values(created_at=datetime(2020, 1, 1, tzinfo=UTC)))
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(ws, settings)
    qtbot.addWidget(window)
    window.show()
    page = window.show_section("dashboard")
    wait_for_ops()

    def section() -> str:
        return window.section_keys()[window.stack.currentIndex()]

    page.tiles["pipeline"].click()
    wait_for_ops()
    board = window.pages["pipeline"]
    assert section() == "pipeline" and board.current_view() == "list" and board.list_view.model.rowCount() == 3
    window.show_section("dashboard")
    page.tiles["won"].click()
    wait_for_ops()
    assert board.filter_bar.period.currentData() == "month" and board.current_view() == "list"
    window.show_section("dashboard")
    page.tiles["weighted"].click()
    wait_for_ops()
    assert board.current_view() == "forecast"
    for key, expected in (("overdue", "tasks"), ("appointments", "calendar"), ("new_contacts", "contacts")):
        window.show_section("dashboard")
        page.tiles[key].click()
        wait_for_ops()
        assert section() == expected, key
    contacts = window.pages["contacts"]  # only this month's new contacts
    assert contacts.model.rowCount() == int(page.tiles["new_contacts"].text().split("\n")[0]) == 1
    assert contacts.saved_filters.keys() == {"created_after"}
    calendar = window.pages["calendar"]
    if hasattr(calendar, "open_day"):  # the Calendar section shows today's day view
        assert calendar.view == "day" and calendar.anchor == date.today()
