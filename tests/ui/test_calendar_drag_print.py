"""Calendar: drag an appointment to another day in the month grid and in the all-day row of the week view
(real mouse events, checked in the database), and printing the day or the work week that is on screen."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.services.calendar import CalendarService, OccurrenceDTO
from crm_desktop.ui.calendar.common import local_zone, moved_by_days
from crm_desktop.ui.calendar.header import NAMES_HEIGHT, DayHeader
from crm_desktop.ui.ops import wait_for_ops
from crm_desktop.ui.workspace import Workspace

from . import test_calendar_views as views
from .test_calendar_views import WEEK, at, make_page

workspace = views.workspace  # the same fixture: a real SQLite file with one admin user


def drag(widget: QWidget, start: QPoint, target: QPoint) -> None:
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    QTest.mouseMove(widget, start + QPoint(8, 8))
    QTest.mouseMove(widget, target)
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=target)
    wait_for_ops()
    wait_for_ops()  # the save, then the reload it notified


def cell_centre(page: object, day: date) -> QPoint:
    month = page.month  # type: ignore[attr-defined]
    for row, week in enumerate(month.weeks):
        if day in week:
            return month.cell(row, week.index(day)).center().toPoint()
    raise AssertionError(f"{day} is not in the month grid")


def item_point(page: object, title: str) -> QPoint:
    page.month.grab()  # type: ignore[attr-defined]  # paint: fills the hit areas
    (rect,) = [r for r, o in page.month.hits if getattr(o, "title", None) == title]  # type: ignore[attr-defined]
    return rect.center().toPoint()


def test_month_drag_moves_to_another_day_keeping_the_time(qtbot: QtBot, workspace: Workspace) -> None:
    service = CalendarService(workspace.db, workspace.user_id)
    made = service.create({"title": "Review", "starts_at": at(WEEK, 9, 30), "ends_at": at(WEEK, 10, 15),
                           "owner_id": workspace.user_id})  # fmt: skip
    page = make_page(qtbot, workspace, "month")
    target = WEEK + timedelta(days=9)
    drag(page.month, item_point(page, "Review"), cell_centre(page, target))
    saved = workspace.appointments().get(made.id)
    assert saved.starts_at == at(target, 9, 30) and saved.ends_at == at(target, 10, 15)
    assert saved.version == made.version + 1
    assert [o.starts_at for o in page.occurrences] == [saved.starts_at]  # the view reloaded
    # A press and release without moving changes nothing; nor does a drag let go back on its own day.
    point = item_point(page, "Review")
    QTest.mouseClick(page.month, Qt.MouseButton.LeftButton, pos=point)
    wait_for_ops()
    QTest.mousePress(page.month, Qt.MouseButton.LeftButton, pos=point)
    QTest.mouseMove(page.month, point + QPoint(8, 8))
    QTest.mouseMove(page.month, cell_centre(page, target + timedelta(days=1)))
    QTest.mouseRelease(page.month, Qt.MouseButton.LeftButton, pos=point)
    wait_for_ops()
    assert workspace.appointments().get(made.id).version == saved.version


def test_month_drag_of_a_repeating_occurrence_asks_the_scope(qtbot: QtBot, workspace: Workspace) -> None:
    service = CalendarService(workspace.db, workspace.user_id)
    first = WEEK - timedelta(days=14)
    series = service.create({"title": "Standup", "starts_at": at(first, 9), "ends_at": at(first, 9, 30),
                             "recurrence_rule": "FREQ=WEEKLY;COUNT=10", "owner_id": workspace.user_id})  # fmt: skip
    page = make_page(qtbot, workspace, "month")
    asked: list[str] = []
    page.scope_asker = lambda _parent: asked.append("asked") or None  # cancelled
    point = cell_centre(page, WEEK)
    page.month.grab()
    (rect,) = [r for r, o in page.month.hits if getattr(o, "starts_at", None) == at(WEEK, 9)]
    drag(page.month, rect.center().toPoint(), point + QPoint(int(page.month.cell(0, 0).width()), 0))
    assert asked == ["asked"] and workspace.appointments().get(series.id).version == series.version
    page.scope_asker = lambda _parent: "this"
    page.month.grab()
    (rect,) = [r for r, o in page.month.hits if getattr(o, "starts_at", None) == at(WEEK, 9)]
    friday = WEEK + timedelta(days=2)
    drag(page.month, rect.center().toPoint(), cell_centre(page, friday))
    got = service.occurrences(at(first, 0), at(first + timedelta(days=70), 0))
    moved = [o for o in got if o.appointment_id != series.id]
    assert [(o.starts_at, o.original_start) for o in moved] == [(at(friday, 9), at(WEEK, 9).astimezone(UTC))]
    assert len(got) == 10 and at(WEEK, 9) not in {o.starts_at for o in got}  # the others stay on Wednesdays


def header_bar_point(header: DayHeader, title: str) -> QPoint:
    (bar,) = [b for b in header.bars if b[0].title == title]
    return header.bar_rect(*bar[1:]).center().toPoint()


def test_week_all_day_row_drag_moves_between_days(qtbot: QtBot, workspace: Workspace) -> None:
    zone = str(local_zone())
    service = CalendarService(workspace.db, workspace.user_id)
    start = datetime.combine(WEEK, datetime.min.time(), ZoneInfo(zone))
    made = service.create({"title": "Fair", "starts_at": start, "ends_at": start + timedelta(days=2), "all_day": True,
                           "time_zone": zone, "owner_id": workspace.user_id})  # fmt: skip
    page = make_page(qtbot, workspace, "week")
    header = page.grid.header
    cols = header.columns()

    def column_centre(day: date) -> int:
        return int(cols.left(header.days.index(day)) + cols.column_width / 2)

    source = QPoint(column_centre(WEEK), header_bar_point(header, "Fair").y())  # on the bar's first day
    target = QPoint(column_centre(WEEK - timedelta(days=2)), source.y())  # two days earlier
    drag(header, source, target)
    saved = workspace.appointments().get(made.id)
    assert saved.starts_at == start - timedelta(days=2) and saved.ends_at - saved.starts_at == timedelta(days=2)
    assert saved.all_day and saved.time_zone == zone
    assert [b[0].starts_at for b in header.bars] == [saved.starts_at]
    # A click on the day names still opens that day, not a drag.
    QTest.mouseClick(header, Qt.MouseButton.LeftButton, pos=QPoint(target.x(), NAMES_HEIGHT // 2))
    wait_for_ops()
    assert page.view == "day"


def test_day_view_prints_the_day_and_work_week_prints_its_days(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    service = CalendarService(workspace.db, workspace.user_id)
    for day, title in ((WEEK, "Wednesday call"), (WEEK + timedelta(days=1), "Thursday call")):
        service.create({"title": title, "starts_at": at(day, 9), "ends_at": at(day, 10), "owner_id": workspace.user_id})
    saturday = WEEK + timedelta(days=3)
    service.create({"title": "Weekend", "starts_at": at(saturday, 9), "ends_at": at(saturday, 10),
                    "owner_id": workspace.user_id})  # fmt: skip
    page = make_page(qtbot, workspace, "day")
    name, filters = page.print_request()
    assert name == "calendar" and filters["period"] == "day" and filters["date"] == WEEK
    results: list[object] = []
    page.print_to(str(tmp_path / "day.pdf"), results.append)
    wait_for_ops(timeout=30)
    assert results[-1].rows == 1  # type: ignore[attr-defined]
    page.set_view("workweek")
    name, filters = page.print_request()
    assert filters["period"] == "workweek" and sorted(filters["weekend"]) == sorted(page.weekend)
    page.print_to(str(tmp_path / "workweek.pdf"), results.append)
    wait_for_ops(timeout=30)
    assert results[-1].rows == 2  # type: ignore[attr-defined]  # Saturday is not in the work week
    assert (tmp_path / "workweek.pdf").read_bytes().startswith(b"%PDF-")


rtl = views.rtl


def test_right_to_left_month_drag_goes_to_the_cell_under_the_mouse(
    qtbot: QtBot, workspace: Workspace, rtl: None
) -> None:
    workspace.lang, workspace.calendar = "fa", "jalali"
    service = CalendarService(workspace.db, workspace.user_id)
    made = service.create({"title": "جلسه", "starts_at": at(WEEK, 11), "ends_at": at(WEEK, 12),
                           "owner_id": workspace.user_id})  # fmt: skip
    page = make_page(qtbot, workspace, "month")
    source = item_point(page, "جلسه")
    target = source - QPoint(int(page.month.cell(0, 0).width()), 0)  # one cell to the left: the next day in RTL
    drag(page.month, source, target)
    assert workspace.appointments().get(made.id).starts_at == at(WEEK + timedelta(days=1), 11)


def test_moved_by_days_keeps_the_wall_clock_across_a_dst_change() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    start = datetime(2024, 3, 30, tzinfo=berlin)  # all day Saturday; Sunday 31 March has 23 hours in Berlin
    item = OccurrenceDTO(1, 1, "Fair", start.astimezone(UTC), (start + timedelta(days=1)).astimezone(UTC),
                         "Europe/Berlin", True, None, None, (), False, None, None, None, False)  # fmt: skip
    new_start, new_end = moved_by_days(item, 1)
    assert new_start == datetime(2024, 3, 31, tzinfo=berlin) and new_end == datetime(2024, 4, 1, tzinfo=berlin)
    assert new_end - new_start == timedelta(hours=23)
