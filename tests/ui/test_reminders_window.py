"""The reminder window on a real SQLite file with a fixed clock: missed and due items, snooze, dismiss, open."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.services.calendar import CalendarService
from crm_desktop.ui.forms.appointment_form import AppointmentDialog
from crm_desktop.ui.ops import wait_for_ops
from crm_desktop.ui.reminders import INTERVAL_MS, ReminderCenter
from crm_desktop.ui.workspace import Workspace

NOW = datetime(2026, 5, 4, 7, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def no_modal_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard))


def add(ws: Workspace, title: str, start: datetime, minutes: int, **extra: object) -> int:
    values = {"title": title, "starts_at": start, "ends_at": start + timedelta(hours=1), "reminder_minutes": minutes}
    return CalendarService(ws.db, ws.user_id).create({**values, **extra}).id


def titles(center: ReminderCenter) -> list[str]:
    return [item.title for item in center.window.items]


def test_missed_and_due_shown_at_start_then_snooze_and_dismiss(qtbot: QtBot, ws: Workspace) -> None:
    add(ws, "Yesterday's call", NOW - timedelta(days=1), 15)
    add(ws, "Board meeting", NOW + timedelta(minutes=10), 15)
    add(ws, "Next week", NOW + timedelta(days=7), 15)
    clock = [NOW]
    center = ReminderCenter(ws, None, clock=lambda: clock[0])
    qtbot.addWidget(center.window)
    center.start()
    wait_for_ops(timeout=30)
    assert center.timer.isActive() and center.timer.interval() == INTERVAL_MS
    assert center.window.isVisible() and titles(center) == ["Yesterday's call", "Board meeting"]
    states = [label.objectName() for label in center.window.findChildren(QLabel) if label.objectName()]
    assert states == ["missed", "due"]
    center.snooze(center.window.items[1], 5)
    wait_for_ops(timeout=30)
    assert titles(center) == ["Yesterday's call"]
    clock[0] = NOW + timedelta(minutes=5)
    center.check()
    wait_for_ops(timeout=30)
    assert titles(center) == ["Yesterday's call", "Board meeting"]  # back after five minutes
    for item in list(center.window.items):
        center.dismiss(item)
    wait_for_ops(timeout=30)
    assert titles(center) == [] and not center.window.isVisible()
    center.stop()
    assert not center.timer.isActive()


def test_open_shows_the_occurrence_in_the_form(qtbot: QtBot, ws: Workspace) -> None:
    start = NOW - timedelta(days=2) + timedelta(minutes=10)
    series = add(ws, "Daily stand-up", start, 15, recurrence_rule="FREQ=DAILY", time_zone="Europe/Berlin")
    center = ReminderCenter(ws, None, clock=lambda: NOW)
    qtbot.addWidget(center.window)
    center.start()
    wait_for_ops(timeout=30)
    today = center.window.items[-1]
    assert today.series_id == series and today.starts_at == start + timedelta(days=2)
    form = center.open(today)
    qtbot.addWidget(form)
    assert isinstance(form, AppointmentDialog) and form.occurrence_start == today.starts_at
    assert form.editor("title").value() == "Daily stand-up"
    assert form.editor("starts_at").value() == datetime(2026, 5, 4, 9, 10)  # 07:10 UTC is 09:10 in Berlin
    center.stop()


def test_a_new_appointment_due_now_appears_without_waiting(qtbot: QtBot, ws: Workspace) -> None:
    center = ReminderCenter(ws, None, clock=lambda: NOW)
    qtbot.addWidget(center.window)
    center.start()
    wait_for_ops(timeout=30)
    assert not center.window.isVisible()
    add(ws, "Just added", NOW + timedelta(minutes=3), 5)
    ws.notify("appointments")
    wait_for_ops(timeout=30)
    assert titles(center) == ["Just added"]
    center.stop()


def test_many_due_are_counted_not_all_built_and_dismiss_all(qtbot: QtBot, ws: Workspace) -> None:
    from crm_desktop.ui.reminders import MAX_ROWS

    for n in range(MAX_ROWS + 5):
        add(ws, f"Call {n}", NOW - timedelta(hours=n + 1), 15)
    center = ReminderCenter(ws, None, clock=lambda: NOW)
    qtbot.addWidget(center.window)
    center.start()
    wait_for_ops(timeout=30)
    assert len(center.window.items) == MAX_ROWS + 5
    built = [w for w in center.window.list.findChildren(QLabel) if w.objectName() in ("missed", "due")]
    assert len(built) == MAX_ROWS
    assert any("5 earlier reminders" in label.text() for label in center.window.list.findChildren(QLabel))
    center.window.dismiss_all.click()
    wait_for_ops(timeout=30)
    assert center.window.items == [] and not center.window.isVisible()
    center.stop()


def test_open_a_reminder_deleted_meanwhile_refreshes_the_list(qtbot: QtBot, ws: Workspace) -> None:
    gone = add(ws, "Cancelled", NOW + timedelta(minutes=5), 10)
    center = ReminderCenter(ws, None, clock=lambda: NOW)
    qtbot.addWidget(center.window)
    center.start()
    wait_for_ops(timeout=30)
    item = center.window.items[0]
    CalendarService(ws.db).appointments.delete(gone)
    assert center.open(item) is None
    wait_for_ops(timeout=30)
    assert center.window.items == []
    center.stop()
