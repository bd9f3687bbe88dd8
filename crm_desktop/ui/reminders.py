"""Appointment reminders on screen: every 30 s ask the service what is due, show a tray message for new ones
and a small non-modal window listing all due ones with Snooze, Open and Dismiss.

At start the first check runs at once, so reminders that came while the app was closed are shown as missed.
The database work runs through ``run_op``; the clock is injectable so tests use a fixed "now".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSystemTrayIcon,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CrmError
from crm_desktop.services.reminders import SNOOZE_CHOICES, DueReminder, ReminderService
from crm_desktop.text.bidi import isolate

from .dates import digits, format_date, format_datetime
from .ops import run_op

INTERVAL_MS = 30_000
MAX_ROWS = 30  # rows built in the window; older due ones are counted, not built


class ReminderWindow(QWidget):
    """The due reminders, newest last; stays open beside the work, never blocks it."""

    def __init__(self, center: ReminderCenter, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.center = center
        self.setWindowTitle(self.tr("Reminders"))
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.list = QWidget()
        self.rows = QVBoxLayout(self.list)
        self.rows.setContentsMargins(6, 6, 6, 6)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.list)
        self.dismiss_all = QPushButton(self.tr("Dismiss all"))
        self.dismiss_all.clicked.connect(lambda: self.center.dismiss_all(self.items))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        layout.addWidget(self.dismiss_all, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(440, 260)
        self.items: list[DueReminder] = []

    def show_items(self, items: list[DueReminder], now: datetime) -> None:
        while self.rows.count():
            child = self.rows.takeAt(0).widget()
            if child is not None:
                child.deleteLater()
        self.items = list(items)
        hidden = len(items) - MAX_ROWS
        if hidden > 0:  # a long-forgotten daily series: the latest ones matter, the count says the rest
            more = QLabel(digits(self.tr("{0} earlier reminders are not listed").format(hidden), self.center.workspace))
            self.rows.addWidget(more)
        for item in items[-MAX_ROWS:]:
            self.rows.addWidget(self._row(item, now))
        self.rows.addStretch(1)
        self.dismiss_all.setVisible(len(items) > 1)

    def _row(self, item: DueReminder, now: datetime) -> QWidget:
        ws = self.center.workspace
        row = QWidget()
        row.setObjectName(f"reminder_{item.key}")
        box = QVBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 4)
        when = format_date(item.starts_at, ws) if item.all_day else format_datetime(item.starts_at, ws)
        # A line that starts with an isolate (a date, a Latin title) would take its direction from nothing:
        # start it with the mark of the window's direction so it reads from the right side in Arabic/Persian.
        mark = "\u200f" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "\u200e"
        title = QLabel(f"<b>{mark}{_html(isolate(item.title))}</b>")
        detail = when + (f"  ·  {isolate(item.location)}" if item.location else "")
        if item.missed(now):
            detail = self.tr("Missed") + "  ·  " + detail
        info = QLabel(mark + _html(detail))
        info.setObjectName("missed" if item.missed(now) else "due")
        buttons = QHBoxLayout()
        snooze = QToolButton()
        snooze.setText(self.tr("Snooze"))
        snooze.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(snooze)
        for minutes in SNOOZE_CHOICES:
            action = QAction(digits(self.tr("{0} minutes").format(minutes), ws), menu)
            action.triggered.connect(lambda _=False, m=minutes, i=item: self.center.snooze(i, m))
            menu.addAction(action)
        snooze.setMenu(menu)
        open_button, dismiss = QPushButton(self.tr("Open")), QPushButton(self.tr("Dismiss"))
        open_button.clicked.connect(lambda: self.center.open(item))
        dismiss.clicked.connect(lambda: self.center.dismiss(item))
        for widget in (snooze, open_button, dismiss):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        box.addWidget(title)
        box.addWidget(info)
        box.addLayout(buttons)
        return row


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ReminderCenter(QObject):
    """Polls the reminders and shows them; one per main window (``start_reminders``)."""

    def __init__(self, workspace: Any, parent: QWidget | None = None, clock: Callable[[], datetime] | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.host = parent
        self.service = ReminderService(workspace.db, workspace.user_id)
        self.clock = clock or (lambda: datetime.now(UTC))
        self.notified: set[str] = set()
        self.window = ReminderWindow(self, parent)
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(QApplication.windowIcon(), self)
            self.tray.setToolTip(self.tr("Rafiq CRM reminders"))
            self.tray.messageClicked.connect(self.show_window)
            self.tray.show()
        workspace.changes.changed.connect(self._on_change)

    def start(self) -> None:
        self.check()  # at once: what came due while the app was closed
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()
        self.window.hide()

    def _on_change(self, entity: str, _record_id: int) -> None:
        if entity == "appointments" and self.timer.isActive():
            self.check()  # a new or moved appointment may be due already

    def check(self) -> None:
        now, service = self.clock(), self.service
        run_op(self, lambda: service.due(now), lambda items: self._show(items, now), lambda _exc: None)

    def _show(self, items: list[DueReminder], now: datetime) -> None:
        fresh = [item for item in items if item.key not in self.notified]
        self.notified = {item.key for item in items}  # a snoozed one that comes back is announced again
        if fresh and self.tray is not None:
            title = self.tr("Reminder") if len(fresh) == 1 else self.tr("Reminders")
            self.tray.showMessage(title, "\n".join(isolate(item.title) for item in fresh))
        if items:
            self.window.show_items(items, now)
            if fresh or not self.window.isVisible():
                self.show_window()
        else:
            self.window.show_items([], now)
            self.window.hide()

    def show_window(self) -> None:
        self.window.show()

    def snooze(self, item: DueReminder, minutes: int) -> None:
        now, service = self.clock(), self.service
        run_op(self, lambda: service.snooze(item, minutes, now), lambda _until: self.check())

    def dismiss(self, item: DueReminder) -> None:
        service = self.service
        run_op(self, lambda: service.dismiss(item), lambda _none: self.check())

    def dismiss_all(self, items: list[DueReminder]) -> None:
        service, chosen = self.service, list(items)
        run_op(self, lambda: service.dismiss_many(chosen), lambda _none: self.check())

    def open(self, item: DueReminder) -> QWidget | None:
        """The appointment's form (the occurrence itself for a series); the reminder stays until dismissed."""
        from .forms.appointment_form import AppointmentDialog

        occurrence = item.original_start if item.series_id == item.appointment_id else None
        try:
            dialog = AppointmentDialog(self.workspace, item.appointment_id, occurrence, parent=self.host)
        except CrmError:  # deleted by someone meanwhile: the list is refreshed instead
            self.check()
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog


def start_reminders(workspace: Any, window: QWidget) -> ReminderCenter:
    """The main window's one hook: reminders polled from now on, missed ones shown at once."""
    center = ReminderCenter(workspace, window)
    center.start()
    return center
