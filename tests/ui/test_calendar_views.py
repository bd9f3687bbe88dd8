"""The Calendar section on a real SQLite file, offscreen: month grid in the Persian calendar, side-by-side
layout, drag to move and resize (saved through CalendarService), recurring scope, keys, RTL mirroring."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.db.engine import open_database
from crm_desktop.services.calendar import CalendarService
from crm_desktop.services.people import UserService
from crm_desktop.text.calendar_periods import add_months, month_weeks, view_days
from crm_desktop.ui.calendar.common import day_bounds
from crm_desktop.ui.calendar.layout import Slot, side_by_side, stack_rows
from crm_desktop.ui.calendar.timegrid import HOUR_HEIGHT
from crm_desktop.ui.ops import wait_for_ops
from crm_desktop.ui.pages.calendar_page import CalendarPage
from crm_desktop.ui.workspace import Workspace

WEEK = date(2024, 3, 20)  # Wednesday, 1 Farvardin 1403


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute)).astimezone()


@pytest.fixture
def workspace(sqlite_path: Path) -> Iterator[Workspace]:
    db = open_database(sqlite_path)
    user = UserService(db).create({"login": "sara", "display_name": "Sara", "role": "admin"})
    yield Workspace(db, user.id, user.display_name)
    db.close()


def make_page(qtbot: QtBot, workspace: Workspace, view: str = "week", anchor: date = WEEK) -> CalendarPage:
    page = CalendarPage(workspace)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.anchor = anchor
    page.set_view(view)
    wait_for_ops()
    return page


# ---- pure parts ------------------------------------------------------------------------------------


def test_persian_month_grid_starts_on_1_farvardin_with_saturday_weeks() -> None:
    first, last, weeks = month_weeks(date(2024, 4, 10), "jalali", first_weekday=5)
    assert (first, last) == (date(2024, 3, 20), date(2024, 4, 19))  # 1 Farvardin .. 31 Farvardin 1403
    assert all(week[0].weekday() == 5 for week in weeks)  # every row starts on Saturday
    assert weeks[0][0] == date(2024, 3, 16) and first in weeks[0] and weeks[0].index(first) == 4
    assert weeks[-1][0] <= last <= weeks[-1][-1] and len(weeks) == 5
    assert add_months(date(2024, 9, 21), 1, "jalali") == date(2024, 10, 21)  # 31 Shahrivar -> 30 Mehr
    workweek = view_days("workweek", WEEK, "jalali", 5, {4})
    assert [d.weekday() for d in workweek] == [5, 6, 0, 1, 2, 3]  # Saturday to Thursday, Friday off


def test_overlapping_items_share_columns_per_cluster() -> None:
    slots = side_by_side([(9, 10), (9.5, 11), (10, 12), (13, 14), (8, 9)])
    # 9-10 and 9.5-11 overlap; 10-12 reuses the first column (9-10 ended); 8-9 touches 9 but does not overlap.
    assert slots[:3] == [Slot(0, 2), Slot(1, 2), Slot(0, 2)]
    assert slots[3] == Slot(0, 1) and slots[4] == Slot(0, 1)
    assert side_by_side([(9, 12), (9, 12), (9, 12)]) == [Slot(0, 3), Slot(1, 3), Slot(2, 3)]
    assert side_by_side([(9, 9), (9, 10)]) == [Slot(1, 2), Slot(0, 2)]  # a zero-length item still gets a place
    assert stack_rows([(0, 2), (1, 1), (3, 4), (2, 3)]) == [0, 1, 0, 1]


# ---- the page --------------------------------------------------------------------------------------


def test_month_view_in_persian_starts_on_1_farvardin(qtbot: QtBot, workspace: Workspace) -> None:
    workspace.lang, workspace.calendar = "fa", "jalali"
    page = make_page(qtbot, workspace, "month", date(2024, 4, 1))
    assert page.month.first == date(2024, 3, 20)
    assert page.month.weeks[0][0].weekday() == 5 and page.month.weeks[0][0] == date(2024, 3, 16)
    assert "فروردین" in page.period_label.text() and "۱۴۰۳" in page.period_label.text()


def test_month_cell_shows_plus_more_and_opens_the_day(qtbot: QtBot, workspace: Workspace) -> None:
    service = CalendarService(workspace.db, workspace.user_id)
    for i in range(12):
        service.create({"title": f"Call {i}", "starts_at": at(WEEK, 8 + i), "ends_at": at(WEEK, 8 + i, 30),
                        "owner_id": workspace.user_id})  # fmt: skip
    page = make_page(qtbot, workspace, "month")
    page.month.grab()  # paint: fills the hit areas
    more = [(rect, target) for rect, target in page.month.hits if target == WEEK]
    assert len(more) == 1
    QTest.mouseClick(page.month, Qt.MouseButton.LeftButton, pos=more[0][0].center().toPoint())
    wait_for_ops()
    assert page.view == "day" and page.anchor == WEEK and len(page.grid.body.placed) == 12


def test_drag_moves_an_appointment_to_another_day_and_hour(qtbot: QtBot, workspace: Workspace) -> None:
    service = CalendarService(workspace.db, workspace.user_id)
    made = service.create({"title": "Review", "starts_at": at(WEEK, 9), "ends_at": at(WEEK, 10),
                           "owner_id": workspace.user_id})  # fmt: skip
    page = make_page(qtbot, workspace)
    body = page.grid.body
    (item,) = body.placed
    start = item.rect.center().toPoint()
    target = start + QPoint(int(body.columns().column_width), 2 * HOUR_HEIGHT)  # next day, two hours later
    QTest.mousePress(body, Qt.MouseButton.LeftButton, pos=start)
    QTest.mouseMove(body, start + QPoint(0, 10))
    QTest.mouseMove(body, target)
    QTest.mouseRelease(body, Qt.MouseButton.LeftButton, pos=target)
    wait_for_ops()
    wait_for_ops()
    saved = workspace.appointments().get(made.id)
    assert saved.starts_at == at(WEEK + timedelta(days=1), 11) and saved.ends_at == at(WEEK + timedelta(days=1), 12)
    assert [p.occurrence.starts_at for p in body.placed] == [saved.starts_at]  # the view reloaded


def test_drag_bottom_edge_changes_the_end(qtbot: QtBot, workspace: Workspace) -> None:
    service = CalendarService(workspace.db, workspace.user_id)
    made = service.create({"title": "Review", "starts_at": at(WEEK, 9), "ends_at": at(WEEK, 10),
                           "owner_id": workspace.user_id})  # fmt: skip
    page = make_page(qtbot, workspace)
    body = page.grid.body
    (item,) = body.placed
    edge = QPoint(int(item.rect.center().x()), int(item.rect.bottom()) - 2)
    target = edge + QPoint(0, int(1.5 * HOUR_HEIGHT))
    QTest.mousePress(body, Qt.MouseButton.LeftButton, pos=edge)
    QTest.mouseMove(body, target)
    QTest.mouseRelease(body, Qt.MouseButton.LeftButton, pos=target)
    wait_for_ops()
    saved = workspace.appointments().get(made.id)
    assert saved.starts_at == at(WEEK, 9) and saved.ends_at == at(WEEK, 11, 30)


def test_moving_a_series_occurrence_asks_the_scope(qtbot: QtBot, workspace: Workspace) -> None:
    service = CalendarService(workspace.db, workspace.user_id)
    series = service.create({"title": "Standup", "starts_at": at(WEEK - timedelta(days=7), 9),
                             "ends_at": at(WEEK - timedelta(days=7), 9, 30), "recurrence_rule": "FREQ=WEEKLY",
                             "owner_id": workspace.user_id})  # fmt: skip
    page = make_page(qtbot, workspace)
    asked: list[str] = []
    page.scope_asker = lambda _parent: asked.append("asked") or None  # cancelled: nothing changes
    (item,) = page.grid.body.placed
    page.move_occurrence(item.occurrence, item.occurrence.starts_at + timedelta(hours=1), item.occurrence.ends_at)
    wait_for_ops()
    assert asked and workspace.appointments().get(series.id).version == series.version
    page.scope_asker = lambda _parent: "this"
    (item,) = page.grid.body.placed
    page.move_occurrence(item.occurrence, at(WEEK, 14), at(WEEK, 15))
    wait_for_ops()
    wait_for_ops()
    shown = {(o.starts_at, o.appointment_id != series.id) for o in page.occurrences}
    assert shown == {(at(WEEK, 14), True)}  # this week's occurrence is now its own row at 14:00
    nxt = service.occurrences(at(WEEK + timedelta(days=7), 0), at(WEEK + timedelta(days=8), 0))
    assert [o.starts_at for o in nxt] == [at(WEEK + timedelta(days=7), 9)]  # the others stay


def focus(qtbot: QtBot, page: CalendarPage) -> None:
    """Shortcuts fire only in the active window, for a focus inside the page."""
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    page.grid.body.setFocus()


def test_keys_move_between_periods(qtbot: QtBot, workspace: Workspace) -> None:
    page = make_page(qtbot, workspace)
    focus(qtbot, page)
    QTest.keyClick(page, Qt.Key.Key_PageDown)
    assert page.anchor == WEEK + timedelta(days=7)
    QTest.keyClick(page, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(page, Qt.Key.Key_PageUp)
    assert page.anchor == WEEK - timedelta(days=7)
    QTest.keyClick(page, Qt.Key.Key_T)
    assert page.anchor == date.today()
    page.set_view("month")
    page.anchor = date(2024, 1, 31)
    QTest.keyClick(page, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert page.anchor == date(2024, 2, 29)
    QTest.keyClick(page, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert page.anchor == date.today()
    wait_for_ops()


@pytest.fixture
def rtl() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.layoutDirection()
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    app.setLayoutDirection(before)


def test_right_to_left_puts_the_first_day_on_the_right(qtbot: QtBot, workspace: Workspace, rtl: None) -> None:
    workspace.lang, workspace.calendar = "fa", "jalali"
    service = CalendarService(workspace.db, workspace.user_id)
    service.create({"title": "جلسه", "starts_at": at(date(2024, 3, 16), 9), "ends_at": at(date(2024, 3, 16), 10),
                    "owner_id": workspace.user_id})  # fmt: skip
    page = make_page(qtbot, workspace)
    body = page.grid.body
    assert body.days[0] == date(2024, 3, 16) and body.days[0].weekday() == 5  # Saturday first
    cols = body.columns()
    assert cols.rtl and cols.left(0) > cols.left(6) and cols.gutter_left() > cols.left(0)
    (item,) = body.placed
    assert item.rect.left() > body.width() * 0.75  # Saturday's appointment is on the right
    assert body.columns().index_at(item.rect.center().x()) == 0
    header = page.grid.header.columns()
    assert header.left(0) > header.left(6)
    # Alt+Right goes back in time in right-to-left (the earlier period is on the right).
    focus(qtbot, page)
    QTest.keyClick(page, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert page.anchor == WEEK - timedelta(days=7)
    wait_for_ops()


def test_user_filter_shows_one_users_appointments(qtbot: QtBot, workspace: Workspace) -> None:
    other = UserService(workspace.db).create({"login": "reza", "display_name": "Reza", "role": "user"})
    service = CalendarService(workspace.db, workspace.user_id)
    for owner, hour in ((workspace.user_id, 9), (other.id, 11)):
        service.create({"title": f"by {owner}", "starts_at": at(WEEK, hour), "ends_at": at(WEEK, hour + 1),
                        "owner_id": owner})  # fmt: skip
    page = make_page(qtbot, workspace)
    assert [o.owner_id for o in page.occurrences] == [workspace.user_id]  # "My calendar" first
    page.user_filter.setCurrentIndex(page.user_filter.findData("everyone"))
    wait_for_ops()
    assert len(page.occurrences) == 2
    page.user_filter.setCurrentIndex(page.user_filter.findData(other.id))
    wait_for_ops()
    assert [o.owner_id for o in page.occurrences] == [other.id]


def test_print_writes_what_is_on_screen(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    workspace.lang, workspace.calendar = "fa", "jalali"
    CalendarService(workspace.db, workspace.user_id).create(
        {"title": "جلسه", "starts_at": at(WEEK, 9), "ends_at": at(WEEK, 10), "owner_id": workspace.user_id}
    )
    page = make_page(qtbot, workspace, "month", date(2024, 4, 1))
    name, filters = page.print_request()
    assert name == "calendar" and filters["period"] == "month" and filters["week_start"] == 5
    assert filters["user_id"] == workspace.user_id  # "My calendar" prints my appointments only
    results: list[object] = []
    page.print_to(str(tmp_path / "month.pdf"), results.append)
    wait_for_ops(timeout=30)
    (result,) = results
    assert result.title == "تقویم: فروردین ۱۴۰۳" and result.rows == 1  # type: ignore[attr-defined]
    assert (tmp_path / "month.pdf").read_bytes().startswith(b"%PDF-")
    page.set_view("agenda")
    assert page.print_request()[0] == "agenda" and page.print_request()[1]["period"] == "month"
    page.set_view("day")
    assert page.print_request()[1]["period"] == "day"  # the day on screen, not its week
    wait_for_ops()


def test_next_period_is_loaded_ahead_and_a_change_drops_it(qtbot: QtBot, workspace: Workspace) -> None:
    page = make_page(qtbot, workspace)
    ahead = view_days("week", WEEK + timedelta(days=7), "gregorian", page.first_weekday, page.weekend)
    key = page.loader.key(*day_bounds(ahead[0], ahead[-1]), page.owner_ids())
    qtbot.waitUntil(lambda: key in page.loader.cache, timeout=5000)  # asked for once this week was shown
    # Saved elsewhere (another window, another computer): the notification drops what was loaded ahead.
    CalendarService(workspace.db, workspace.user_id).create(
        {"title": "Later", "starts_at": at(ahead[1], 9), "ends_at": at(ahead[1], 10), "owner_id": workspace.user_id}
    )
    workspace.notify("appointments", 0)
    page.go(1)
    wait_for_ops()
    assert [o.title for o in page.occurrences] == ["Later"]


def _answer_dialog(seen: list[dict[str, object]]) -> None:
    """Read the modal appointment dialog the calendar opened, then cancel it (exec() returns)."""
    dialog = QApplication.activeModalWidget()
    assert dialog is not None
    seen.append({"record_id": dialog.record_id, **dialog.current_values()})  # type: ignore[attr-defined]
    dialog.reject()  # type: ignore[attr-defined]


def test_double_click_opens_the_appointment_form(qtbot: QtBot, workspace: Workspace) -> None:
    pytest.importorskip("crm_desktop.ui.forms.appointment_form")
    from PySide6.QtCore import QTimer

    made = CalendarService(workspace.db, workspace.user_id).create(
        {"title": "Review", "starts_at": at(WEEK, 9), "ends_at": at(WEEK, 10), "owner_id": workspace.user_id}
    )
    page = make_page(qtbot, workspace)
    body = page.grid.body
    seen: list[dict[str, object]] = []
    column = body.columns()
    empty = QPoint(int(column.left(body.days.index(WEEK)) + 10), int(14.5 * HOUR_HEIGHT))
    QTimer.singleShot(0, lambda: _answer_dialog(seen))
    QTest.mouseDClick(body, Qt.MouseButton.LeftButton, pos=empty)
    assert seen and seen[0]["record_id"] is None
    assert seen[0]["starts_at"] == datetime(2024, 3, 20, 14, 0) and seen[0]["ends_at"] == datetime(2024, 3, 20, 15, 0)
    QTimer.singleShot(0, lambda: _answer_dialog(seen))
    QTest.mouseDClick(body, Qt.MouseButton.LeftButton, pos=body.placed[0].rect.center().toPoint())
    assert seen[1]["record_id"] == made.id and seen[1]["title"] == "Review"
    wait_for_ops()


def test_printing_to_a_missing_folder_says_so_and_frees_the_button(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    page = make_page(qtbot, workspace, "month")
    page.print_to(str(tmp_path / "no such folder" / "month.pdf"))
    assert not page.print_button.isEnabled()
    wait_for_ops(timeout=30)
    box = page.findChild(QMessageBox, "opErrorBox")
    assert box is not None and "does not exist" in box.text()
    assert page.print_button.isEnabled() and not (tmp_path / "no such folder").exists()
