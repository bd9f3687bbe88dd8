"""The agenda view: the period's appointments as a list grouped by day (a QTreeWidget, so it mirrors and
reads with a screen reader by itself)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from crm_desktop.services.calendar import OccurrenceDTO
from crm_desktop.text import calendars
from crm_desktop.text.bidi import ltr

from ..dates import format_date, format_time, prefs
from .common import is_all_day_row, local_zone, occurrence_days, user_colour

ROLE = Qt.ItemDataRole.UserRole


class AgendaList(QTreeWidget):
    open_requested = Signal(object)  # OccurrenceDTO

    def __init__(self, settings: object, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Time"), self.tr("Title"), self.tr("Location")])
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setColumnWidth(0, 140)
        self.setColumnWidth(1, 360)
        self.itemActivated.connect(self._activated)

    def set_data(self, first: date, last: date, occurrences: list[OccurrenceDTO]) -> None:
        self.clear()
        by_day: dict[date, list[OccurrenceDTO]] = defaultdict(list)
        for o in occurrences:
            start, end = occurrence_days(o)
            day = max(start, first)
            while day <= min(end, last):
                by_day[day].append(o)
                day += timedelta(days=1)
        names = calendars.weekday_names(prefs(self.settings).lang)
        for day in sorted(by_day):
            head = QTreeWidgetItem([f"{names[day.weekday()]} {format_date(day, self.settings, style='long')}"])
            head.setFirstColumnSpanned(True)
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addTopLevelItem(head)
            head.setFirstColumnSpanned(True)
            for o in sorted(by_day[day], key=lambda o: (not o.all_day, o.starts_at)):
                item = QTreeWidgetItem(["    " + self._when(o), o.title, o.location or ""])
                item.setData(0, ROLE, o)
                item.setForeground(1, QBrush(user_colour(o.owner_id).darker(140)))
                self.addTopLevelItem(item)
        if not by_day:
            empty = QTreeWidgetItem([self.tr("No appointments in this period.")])
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addTopLevelItem(empty)
            empty.setFirstColumnSpanned(True)

    def _when(self, o: OccurrenceDTO) -> str:
        if is_all_day_row(o):
            return self.tr("All day")
        # Two isolates, as ui/dates writes a date and a time: the start stays on the reading side in RTL.
        start, end = (
            format_time(o.starts_at, self.settings, tz=local_zone()),
            format_time(o.ends_at, self.settings, tz=local_zone()),
        )
        return f"{ltr(start)} – {ltr(end)}"

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        occurrence = item.data(0, ROLE)
        if isinstance(occurrence, OccurrenceDTO):
            self.open_requested.emit(occurrence)
