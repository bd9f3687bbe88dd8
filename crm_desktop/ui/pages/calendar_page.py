"""The Calendar section: day, week, work week, month and agenda views of the appointments, one user's,
another's or everyone's (a colour per user), with Today / previous / next and printing.

Occurrences of the visible days come from ``CalendarService.occurrences`` on the database thread
(``run_op``), recurring series expanded there; a newer request makes an older answer stale (a quick
PageDown x3 paints only the last). Moves and resizes go through ``CalendarService.move_occurrence``;
for an occurrence of a series the user picks this one / this and following / all first. Keys: T or
Ctrl+T today; PageUp/PageDown; Alt+Left/Alt+Right towards the arrow's side (mirrored in right-to-left,
where the earlier period is on the right).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.calendar import CalendarService, OccurrenceDTO, Scope
from crm_desktop.text import calendars
from crm_desktop.text.calendar_periods import month_weeks, step, view_days

from ..calendar.agenda import AgendaList
from ..calendar.common import day_bounds, user_colour, week_locale
from ..calendar.editing import ask_scope, is_series_occurrence
from ..calendar.editing import dialog_class as form_class
from ..calendar.loader import OccurrenceLoader
from ..calendar.monthgrid import MonthGrid
from ..calendar.timegrid import TimeGrid
from ..dates import digits, format_date, prefs
from ..ops import run_op, show_error
from ..workspace import Workspace

VIEW_LABELS = (
    ("day", QT_TRANSLATE_NOOP("CalendarPage", "Day")),
    ("week", QT_TRANSLATE_NOOP("CalendarPage", "Week")),
    ("workweek", QT_TRANSLATE_NOOP("CalendarPage", "Work week")),
    ("month", QT_TRANSLATE_NOOP("CalendarPage", "Month")),
    ("agenda", QT_TRANSLATE_NOOP("CalendarPage", "Agenda")),
)
EVERYONE, ME = "everyone", "me"


class CalendarPage(QWidget):
    loaded = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.view = "week"
        self.anchor = date.today()
        self.occurrences: list[OccurrenceDTO] = []
        self._request = 0
        self.shown_request = 0
        self.loader = OccurrenceLoader(workspace, self)
        # Tests and scripts may replace how the scope of a recurring change is asked.
        self.scope_asker: Callable[[QWidget], str | None] = ask_scope
        p = prefs(workspace)
        self.first_weekday = calendars.first_day_of_week(week_locale(p))
        self.weekend = calendars.weekend_days(week_locale(p))
        self._build()
        self._shortcuts()
        workspace.changes.changed.connect(self._changed)
        self._load_users()
        self.set_view("week")

    # ---- widgets -------------------------------------------------------------------------------------
    def _build(self) -> None:
        bar = QHBoxLayout()
        self.today_button = QPushButton(self.tr("&Today"))
        self.today_button.clicked.connect(self.go_today)
        self.previous_button = QToolButton()
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)  # Qt mirrors arrows in right-to-left
        self.previous_button.setToolTip(self.tr("Previous period (Page Up)"))
        self.previous_button.clicked.connect(lambda: self.go(-1))
        self.next_button = QToolButton()
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setToolTip(self.tr("Next period (Page Down)"))
        self.next_button.clicked.connect(lambda: self.go(1))
        self.period_label = QLabel()
        font = self.period_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.period_label.setFont(font)
        for widget in (self.today_button, self.previous_button, self.next_button, self.period_label):
            bar.addWidget(widget)
        bar.addStretch(1)
        self.view_buttons = QButtonGroup(self)
        self.view_buttons.setExclusive(True)
        for key, text in VIEW_LABELS:
            button = QToolButton()
            button.setText(QCoreApplication.translate("CalendarPage", text))
            button.setCheckable(True)
            button.setObjectName(f"view_{key}")
            button.clicked.connect(lambda _=False, k=key: self.set_view(k))
            self.view_buttons.addButton(button)
            bar.addWidget(button)
        bar.addSpacing(12)
        self.user_filter = QComboBox()
        self.user_filter.setToolTip(self.tr("Whose appointments to show"))
        self.user_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        bar.addWidget(self.user_filter)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self.print_dialog)
        bar.addWidget(self.print_button)
        self.grid = TimeGrid(self.workspace)
        self.month = MonthGrid(self.workspace)
        self.agenda = AgendaList(self.workspace)
        self.stack = QStackedWidget()
        for widget in (self.grid, self.month, self.agenda):
            self.stack.addWidget(widget)
        for source in (self.grid.body, self.grid.header, self.month, self.agenda):
            source.open_requested.connect(self.open_occurrence)
        for source in (self.grid.body, self.grid.header):
            source.create_requested.connect(self.create_appointment)
        for source in (self.grid.body, self.grid.header, self.month):
            source.move_requested.connect(self.move_occurrence)
        self.grid.header.day_activated.connect(self.open_day)
        self.month.day_activated.connect(self.open_day)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

    def _shortcuts(self) -> None:
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        keys: list[tuple[str, Callable[[], None]]] = [
            ("T", self.go_today),
            ("Ctrl+T", self.go_today),
            ("PgUp", lambda: self.go(-1)),
            ("PgDown", lambda: self.go(1)),
            ("Alt+Left", lambda: self.go(1 if rtl else -1)),
            ("Alt+Right", lambda: self.go(-1 if rtl else 1)),
        ]
        self.shortcuts = []
        for key, slot in keys:
            shortcut = QShortcut(QKeySequence(key), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self.shortcuts.append(shortcut)

    # ---- users ---------------------------------------------------------------------------------------
    def _load_users(self) -> None:
        self.user_filter.blockSignals(True)
        if self.workspace.user_id is not None:
            self.user_filter.addItem(self.tr("My calendar"), ME)
        self.user_filter.addItem(self.tr("Everyone"), EVERYONE)
        self.user_filter.blockSignals(False)
        users = self.workspace.users

        def work() -> list[Any]:
            return [u for u in users().list(limit=1000) if u.active]

        run_op(self, work, self._users_loaded)

    def _users_loaded(self, users: list[Any]) -> None:
        self.user_filter.blockSignals(True)
        for user in users:
            if user.id == self.workspace.user_id:
                continue
            self.user_filter.addItem(user.display_name or user.login, user.id)
            swatch = user_colour(user.id)
            self.user_filter.setItemData(self.user_filter.count() - 1, swatch, Qt.ItemDataRole.DecorationRole)
        self.user_filter.blockSignals(False)

    def owner_ids(self) -> list[int] | None:
        """The owners to show, or None for everyone."""
        choice = self.user_filter.currentData()
        if choice == ME:
            return [self.workspace.user_id] if self.workspace.user_id is not None else None
        if choice == EVERYONE or choice is None:
            return None
        return [int(choice)]

    # ---- navigation ----------------------------------------------------------------------------------
    def set_view(self, view: str) -> None:
        self.view = view
        for button in self.view_buttons.buttons():
            button.setChecked(button.objectName() == f"view_{view}")
        self.stack.setCurrentWidget(
            self.grid if view in ("day", "week", "workweek") else self.month if view == "month" else self.agenda
        )
        self.refresh()

    def go(self, delta: int) -> None:
        self.anchor = step(self.view, self.anchor, delta, prefs(self.workspace).calendar)
        self.refresh()

    def go_today(self) -> None:
        self.anchor = date.today()
        self.refresh()

    def open_day(self, day: date) -> None:
        self.anchor = day
        self.set_view("day")

    def visible_days(self) -> list[date]:
        p = prefs(self.workspace)
        return view_days(self.view, self.anchor, p.calendar, *self._week())

    def period_text(self) -> str:
        p = prefs(self.workspace)
        days = self.visible_days()
        if self.view in ("month", "agenda"):
            year, month, _ = calendars.to_calendar(self.anchor, p.calendar)
            return digits(f"{calendars.month_name(month, p.calendar, p.lang)} {year}", p)
        if self.view == "day":
            name = calendars.weekday_names(p.lang)[self.anchor.weekday()]
            return f"{name} {format_date(self.anchor, p, style='long')}"
        return f"{format_date(days[0], p, style='long')} – {format_date(days[-1], p, style='long')}"

    # ---- loading -------------------------------------------------------------------------------------
    def _changed(self, entity: str, _record_id: int) -> None:
        if entity in ("appointments", "appointment", "users"):
            self.loader.invalidate()
            self.refresh()

    def refresh(self) -> None:
        days = self.visible_days()
        self.period_label.setText(self.period_text())
        start, end = day_bounds(days[0], days[-1])
        owners = self.owner_ids()
        self._request += 1
        request, view = self._request, self.view
        self.loader.fetch(start, end, owners, lambda found: self._loaded(request, view, days, found))

    def _load_ahead(self) -> None:
        """PageDown / PageUp next: load those periods while the user looks at this one."""
        calendar, owners = prefs(self.workspace).calendar, self.owner_ids()
        for delta in (1, -1):
            near = view_days(self.view, step(self.view, self.anchor, delta, calendar), calendar, *self._week())
            self.loader.fetch(*day_bounds(near[0], near[-1]), owners)

    def showing_latest(self) -> bool:
        """Whether the period and filter last asked for are on screen (their load has arrived)."""
        return self.shown_request == self._request

    def _week(self) -> tuple[int, frozenset[int]]:
        return self.first_weekday, self.weekend

    def _loaded(self, request: int, view: str, days: list[date], found: list[OccurrenceDTO]) -> None:
        if request != self._request:
            return  # a newer period or filter was asked for meanwhile
        self.occurrences, self.shown_request = found, request
        if view in ("day", "week", "workweek"):
            self.grid.set_data(days, found)
        elif view == "month":
            first, last, weeks = month_weeks(self.anchor, prefs(self.workspace).calendar, self.first_weekday)
            self.month.set_data(first, last, weeks, found)
        else:
            self.agenda.set_data(days[0], days[-1], found)
        QTimer.singleShot(0, self._load_ahead)  # after this period is painted: the worker is free now
        self.loaded.emit()

    # ---- editing -------------------------------------------------------------------------------------
    def move_occurrence(self, occurrence: OccurrenceDTO, start: datetime, end: datetime) -> None:
        """Save a drag (move or resize); a series occurrence asks which occurrences the change is for."""
        scope: str | None = "this"
        generated = is_series_occurrence(occurrence)
        if generated:
            scope = self.scope_asker(self)
            if scope is None:
                self.refresh()  # cancelled: draw it back where it was
                return
        db, user = self.workspace.db, self.workspace.user_id
        original = occurrence.original_start if generated else None
        chosen: Scope = scope  # type: ignore[assignment]

        def work() -> object:
            return CalendarService(db, user).move_occurrence(
                occurrence.appointment_id, occurrence.version, original, start, end, chosen
            )

        def failed(error: Exception) -> None:
            show_error(self, error)
            self.refresh()

        run_op(
            self,
            work,
            lambda _dto: self.workspace.notify("appointments", occurrence.appointment_id),
            failed,
            busy_text=self.tr("Saving…"),
        )

    def open_occurrence(self, occurrence: OccurrenceDTO) -> None:
        dialog_class = form_class()
        if dialog_class is None:
            return self._not_available()
        start = occurrence.original_start if is_series_occurrence(occurrence) else None
        dialog = dialog_class(self.workspace, occurrence.appointment_id, occurrence_start=start, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.workspace.notify("appointments", occurrence.appointment_id)

    def create_appointment(self, start: datetime, end: datetime, all_day: bool) -> None:
        dialog_class = form_class()
        if dialog_class is None:
            return self._not_available()
        owners = self.owner_ids()
        defaults: dict[str, Any] = {"starts_at": start, "ends_at": end, "all_day": all_day}
        if owners and len(owners) == 1:
            defaults["owner_id"] = owners[0]
        dialog = dialog_class(self.workspace, None, defaults=defaults, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.workspace.notify("appointments", 0)

    def _not_available(self) -> None:
        QMessageBox.information(self, self.tr("Calendar"), self.tr("The appointment form is not available."))

    # ---- printing ------------------------------------------------------------------------------------
    def print_request(self) -> tuple[str, dict[str, Any]]:
        """The report and filters that print what is on screen: the day, work week, week or month, or the agenda."""
        owners = self.owner_ids()
        filters: dict[str, Any] = {"date": self.anchor, "user_id": owners[0] if owners and len(owners) == 1 else None}
        if self.view == "agenda":
            return "agenda", {**filters, "period": "month"}
        filters |= {"period": self.view, "week_start": self.first_weekday}
        if self.view == "workweek":  # the weekend of this computer's locale, as the screen leaves it out
            filters["weekend"] = sorted(self.weekend)
        return "calendar", filters

    def print_dialog(self) -> None:
        suggested = str(Path.home() / f"calendar-{self.anchor.isoformat()}.pdf")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Print to PDF"), suggested, self.tr("PDF files (*.pdf)"))
        if path:  # the PDF opens in the system's viewer, which prints it
            self.print_to(path, lambda _result: QDesktopServices.openUrl(QUrl.fromLocalFile(path)))

    def print_to(self, path: str, on_done: Callable[[object], None] | None = None) -> None:
        from crm_desktop.reports.context import ReportOptions
        from crm_desktop.reports.engine import make_report

        from .tasks_page import system_zone

        name, filters = self.print_request()
        p = prefs(self.workspace)
        options = ReportOptions(
            lang=p.lang,
            calendar=p.calendar,
            digits="latin" if p.digits == "latin" else "native",
            time_zone=system_zone(),
            user_id=self.workspace.user_id,
        )
        db = self.workspace.db

        def done(result: object) -> None:
            self.print_button.setEnabled(True)
            if on_done is not None:
                on_done(result)

        def failed(error: Exception) -> None:
            self.print_button.setEnabled(True)
            show_error(self, error)

        def work() -> object:
            return make_report(db, name, path, options, filters)

        self.print_button.setEnabled(False)  # one PDF at a time
        run_op(self, work, done, failed, busy_text=self.tr("Printing…"))
