"""The appointment form's "Repeats" row: a widget that writes an RFC 5545 RRULE and a list of excluded days.

``RuleSpec`` is the rule as the widget shows it (pure, no Qt); ``spec_from_rule`` reads a stored rule back and
says ``custom`` for anything the widget cannot show (BYSETPOS, several BYMONTHDAY …, typically imported), which is
then kept as typed text instead of being rewritten. The editor's value is ``(rule or None, [excluded dates])``;
the form turns excluded local days into the original starts the service stores.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QWidget,
)

from crm_desktop.services import persian_months
from crm_desktop.text import calendars

from ..dates import digits, format_date, setup_date_edit, setup_number_edit, ui_locale
from .points_editor import TextLine

DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")  # index = date.weekday()
FREQS = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
PERSIAN = f"{persian_months.MARK}={persian_months.SYSTEM}"  # monthly on a day of the Persian month
_KNOWN = {"FREQ", "INTERVAL", "BYDAY", "COUNT", "UNTIL", "BYMONTHDAY", "WKST", persian_months.MARK}


@dataclass
class RuleSpec:
    freq: str | None = None  # None: does not repeat; "CUSTOM": ``text`` is kept as typed
    interval: int = 1
    weekdays: set[str] = field(default_factory=set)
    by_weekday: bool = False  # monthly: "2nd Tuesday" instead of "day 10"
    ends: str = "never"  # never, until, count
    until: dt.date | None = None
    count: int = 10
    text: str = ""
    persian: bool = False  # monthly: on this day of each Persian month (Farvardin 1, Ordibehesht 1, ...)

    def to_rule(self, start: dt.date) -> str | None:
        if self.freq is None:
            return None
        if self.freq == "CUSTOM":
            return self.text.strip().removeprefix("RRULE:") or None
        parts = [f"FREQ={self.freq}"]
        if self.interval > 1:
            parts.append(f"INTERVAL={self.interval}")
        if self.freq == "WEEKLY":
            days = sorted(self.weekdays or {DAYS[start.weekday()]}, key=DAYS.index)
            parts.append("BYDAY=" + ",".join(days))
        elif self.freq == "MONTHLY" and self.by_weekday:
            parts.append(f"BYDAY={nth_of_month(start)}{DAYS[start.weekday()]}")
        elif self.freq == "MONTHLY" and self.persian:
            parts.append(PERSIAN)
        if self.ends == "until" and self.until is not None:
            parts.append(f"UNTIL={self.until:%Y%m%d}")  # a day: recurrence.py reads it as that whole local day
        elif self.ends == "count":
            parts.append(f"COUNT={self.count}")
        return ";".join(parts)


def nth_of_month(day: dt.date) -> int:
    """1..4 for the first to fourth such weekday of the month; -1 for a fifth (the last)."""
    nth = (day.day - 1) // 7 + 1
    return -1 if nth == 5 else nth


def spec_from_rule(rule: str | None, start: dt.date, local_until: Any = None) -> RuleSpec:
    """The widget's view of a stored rule; ``local_until(text)`` turns an UNTIL value into a local day."""
    if not rule:
        return RuleSpec()
    text = rule.strip().removeprefix("RRULE:")
    try:
        parts = {p.split("=", 1)[0].upper(): p.split("=", 1)[1].upper() for p in text.split(";") if p}
    except IndexError:
        return RuleSpec("CUSTOM", text=text)
    spec = RuleSpec(parts.get("FREQ"), text=text)
    if spec.freq not in FREQS or set(parts) - _KNOWN:
        return RuleSpec("CUSTOM", text=text)
    try:
        spec.interval = int(parts.get("INTERVAL", "1"))
        days = [d for d in parts.get("BYDAY", "").split(",") if d]
        if spec.freq == "WEEKLY" and all(d in DAYS for d in days):
            spec.weekdays = set(days)
        elif spec.freq == "MONTHLY" and days == [f"{nth_of_month(start)}{DAYS[start.weekday()]}"]:
            spec.by_weekday = True
        elif days:
            return RuleSpec("CUSTOM", text=text)
        if persian_months.MARK in parts:
            if spec.freq != "MONTHLY" or days or parts[persian_months.MARK] != persian_months.SYSTEM:
                return RuleSpec("CUSTOM", text=text)
            spec.persian = True
        if "BYMONTHDAY" in parts and not (spec.freq == "MONTHLY" and parts["BYMONTHDAY"] == str(start.day)):
            return RuleSpec("CUSTOM", text=text)
        if "COUNT" in parts:
            spec.ends, spec.count = "count", int(parts["COUNT"])
        elif "UNTIL" in parts:
            spec.ends = "until"
            spec.until = local_until(parts["UNTIL"]) if local_until else dt.date.fromisoformat(parts["UNTIL"][:8])
    except ValueError:
        return RuleSpec("CUSTOM", text=text)
    return spec


class RecurrenceEditor(QWidget):
    """Repeats: never / daily / weekly on chosen days / monthly by date or weekday / yearly / a custom RRULE."""

    changed = Signal()

    def __init__(self, settings: Any = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.start = dt.date.today()
        self._until_reader: Any = None
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.freq = QComboBox()
        for data, text in (
            (None, self.tr("Does not repeat")),
            ("DAILY", self.tr("Daily")),
            ("WEEKLY", self.tr("Weekly")),
            ("MONTHLY", self.tr("Monthly")),
            ("YEARLY", self.tr("Yearly")),
            ("CUSTOM", self.tr("Custom rule (RRULE)")),
        ):
            self.freq.addItem(text, data)
        self.interval = setup_number_edit(QSpinBox(), settings)
        self.interval.setRange(1, 99)
        self.interval.setPrefix(self.tr("every "))
        self.unit = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.freq, 1)
        top.addWidget(self.interval)
        top.addWidget(self.unit)
        grid.addLayout(top, 0, 0, 1, 2)
        # Weekly: one toggle per weekday, in the locale's week order (Saturday first in Iran).
        self.day_box = QWidget()
        days = QHBoxLayout(self.day_box)
        days.setContentsMargins(0, 0, 0, 0)
        self.day_buttons: dict[str, QToolButton] = {}
        locale = ui_locale(settings)
        first = calendars.first_day_of_week(locale.name())
        for offset in range(7):
            index = (first + offset) % 7
            button = QToolButton()
            button.setCheckable(True)
            button.setText(locale.dayName(index + 1, QLocale.FormatType.ShortFormat))
            button.setObjectName(f"day_{DAYS[index]}")
            button.toggled.connect(self._emit)
            days.addWidget(button)
            self.day_buttons[DAYS[index]] = button
        days.addStretch(1)
        grid.addWidget(self.day_box, 1, 0, 1, 2)
        # Monthly: on day 10 / on the second Tuesday (worded from the start date).
        self.month_box = QWidget()
        month = QHBoxLayout(self.month_box)
        month.setContentsMargins(0, 0, 0, 0)
        self.by_date, self.by_weekday, self.by_persian_day = QRadioButton(), QRadioButton(), QRadioButton()
        # A Jalali user's "monthly on day 1" is the 1st of each Persian month: offered first and chosen.
        self.jalali = getattr(settings, "calendar", None) == "jalali"
        self.by_persian_day.setVisible(self.jalali)
        (self.by_persian_day if self.jalali else self.by_date).setChecked(True)
        self.month_group = QButtonGroup(self)
        for button in (self.by_persian_day, self.by_date, self.by_weekday):
            self.month_group.addButton(button)
            month.addWidget(button)
        month.addStretch(1)
        self.month_group.buttonToggled.connect(self._emit)
        grid.addWidget(self.month_box, 2, 0, 1, 2)
        self.custom = TextLine(ltr=True)
        self.custom.setPlaceholderText("FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=1")
        self.custom.textChanged.connect(self._emit)
        grid.addWidget(self.custom, 3, 0, 1, 2)
        # Ends: never / on a day / after N times.
        self.end_box = QWidget()
        ends = QHBoxLayout(self.end_box)
        ends.setContentsMargins(0, 0, 0, 0)
        self.ends = QComboBox()
        self.ends.addItem(self.tr("Never ends"), "never")
        self.ends.addItem(self.tr("Ends on"), "until")
        self.ends.addItem(self.tr("Ends after"), "count")
        self.until = setup_date_edit(QDateEdit(), settings)
        self.count = setup_number_edit(QSpinBox(), settings)
        self.count.setRange(1, 999)
        self.count.setValue(10)
        self.count.setSuffix(self.tr(" times"))
        for widget in (self.ends, self.until, self.count):
            ends.addWidget(widget)
        ends.addStretch(1)
        grid.addWidget(self.end_box, 4, 0, 1, 2)
        # Excluded days (a holiday in a weekly series).
        self.except_box = QWidget()
        excluded = QGridLayout(self.except_box)
        excluded.setContentsMargins(0, 0, 0, 0)
        self.excluded = QListWidget()
        self.excluded.setMaximumHeight(70)
        self.except_date = setup_date_edit(QDateEdit(), settings)
        self.add_except = QPushButton(self.tr("Skip this day"))
        self.remove_except = QPushButton(self.tr("Remove"))
        excluded.addWidget(QLabel(self.tr("Skipped days:")), 0, 0)
        excluded.addWidget(self.except_date, 0, 1)
        excluded.addWidget(self.add_except, 0, 2)
        excluded.addWidget(self.excluded, 1, 0, 1, 2)
        excluded.addWidget(self.remove_except, 1, 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.except_box, 5, 0, 1, 2)
        self.add_except.clicked.connect(lambda: self.add_excluded(self.except_date.date().toPython()))
        self.remove_except.clicked.connect(self._remove_selected)
        for signal in (self.freq.currentIndexChanged, self.ends.currentIndexChanged):
            signal.connect(self._emit)
        for signal in (self.interval.valueChanged, self.count.valueChanged, self.until.dateChanged):
            signal.connect(self._emit)
        self.set_start(self.start)
        self._sync()

    # ---- the form's protocol (value / set_value / changed) ------------------------------------------
    def spec(self) -> RuleSpec:
        freq = self.freq.currentData()
        return RuleSpec(
            freq,
            self.interval.value(),
            {day for day, button in self.day_buttons.items() if button.isChecked()},
            self.by_weekday.isChecked(),
            self.ends.currentData(),
            self.until.date().toPython() if self.ends.currentData() == "until" else None,  # type: ignore[arg-type]
            self.count.value(),
            self.custom.text(),
            self.by_persian_day.isChecked(),
        )

    def value(self) -> tuple[str | None, list[dt.date]]:
        spec = self.spec()
        return spec.to_rule(self.start), self.excluded_days() if spec.freq else []

    def set_value(self, value: tuple[str | None, list[dt.date]] | None) -> None:
        rule, skipped = value or (None, [])
        spec = spec_from_rule(rule, self.start, self._until_reader)
        self.blockSignals(True)
        try:
            self.freq.setCurrentIndex(max(0, self.freq.findData(spec.freq)))
            self.interval.setValue(spec.interval)
            for day, button in self.day_buttons.items():
                button.setChecked(day in (spec.weekdays or {DAYS[self.start.weekday()]}))
            persian = spec.persian or (self.jalali and spec.freq != "MONTHLY")  # a new monthly choice: Persian
            (self.by_weekday if spec.by_weekday else self.by_persian_day if persian else self.by_date).setChecked(True)
            self.by_persian_day.setVisible(self.jalali or spec.persian)
            self.ends.setCurrentIndex(max(0, self.ends.findData(spec.ends)))
            self.until.setDate(QDate(spec.until or self.start + dt.timedelta(days=90)))
            self.count.setValue(spec.count)
            self.custom.setText(spec.text if spec.freq == "CUSTOM" else "")
            self.excluded.clear()
            for day in skipped:
                self.add_excluded(day)
        finally:
            self.blockSignals(False)
        self._sync()

    def set_until_reader(self, reader: Any) -> None:
        """How to read a stored UNTIL (UTC text) as a day in the appointment's zone."""
        self._until_reader = reader

    def set_start(self, start: dt.date) -> None:
        """The first occurrence's local day words the monthly choices and is the default weekday."""
        if not any(b.isChecked() for b in self.day_buttons.values()) or self.freq.currentData() != "WEEKLY":
            for day, button in self.day_buttons.items():
                button.blockSignals(True)
                button.setChecked(day == DAYS[start.weekday()])
                button.blockSignals(False)
        self.start = start
        # The rule counts Gregorian months: name the date rather than a day number of another calendar.
        self.by_date.setText(self.tr("On the same date ({0})").format(format_date(start, self.settings)))
        weekday = ui_locale(self.settings).dayName(start.weekday() + 1, QLocale.FormatType.LongFormat)
        ordinals = {
            1: self.tr("On the first {0}"),
            2: self.tr("On the second {0}"),
            3: self.tr("On the third {0}"),
            4: self.tr("On the fourth {0}"),
            -1: self.tr("On the last {0}"),
        }
        self.by_weekday.setText(ordinals[nth_of_month(start)].format(weekday))
        persian_day = digits(str(calendars.to_calendar(start, "jalali").day), self.settings)
        self.by_persian_day.setText(self.tr("On day {0} of each Persian month").format(persian_day))
        self.except_date.setDate(QDate(start))
        self._sync()

    # ---- excluded days ------------------------------------------------------------------------------
    def excluded_days(self) -> list[dt.date]:
        return sorted(self.excluded.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.excluded.count()))

    def add_excluded(self, day: dt.date) -> None:
        if day in self.excluded_days():
            return
        item = QListWidgetItem(format_date(day, self.settings))
        item.setData(Qt.ItemDataRole.UserRole, day)
        self.excluded.addItem(item)
        self.excluded.sortItems()
        self._emit()

    def _remove_selected(self) -> None:
        for item in self.excluded.selectedItems():
            self.excluded.takeItem(self.excluded.row(item))
        self._emit()

    # ---- showing what applies -----------------------------------------------------------------------
    def _emit(self, *_args: Any) -> None:
        self._sync()
        self.changed.emit()

    def _sync(self) -> None:
        freq = self.freq.currentData()
        units = {"DAILY": self.tr("day(s)"), "WEEKLY": self.tr("week(s)"), "MONTHLY": self.tr("month(s)")}
        self.unit.setText(units.get(freq, self.tr("year(s)")))
        simple = freq in FREQS
        for widget in (self.interval, self.unit):
            widget.setVisible(simple)
        self.day_box.setVisible(freq == "WEEKLY")
        self.month_box.setVisible(freq == "MONTHLY")
        self.custom.setVisible(freq == "CUSTOM")
        self.end_box.setVisible(simple)
        # Persian months are listed one by one (persian_months.py): such a series must end, within ten years.
        persian = freq == "MONTHLY" and self.by_persian_day.isChecked()
        never = self.ends.model().item(0)
        never.setEnabled(not persian)
        if persian and self.ends.currentData() == "never":
            self.ends.blockSignals(True)
            self.ends.setCurrentIndex(self.ends.findData("count"))
            self.ends.blockSignals(False)
        self.until.setVisible(self.ends.currentData() == "until")
        self.count.setVisible(self.ends.currentData() == "count")
        self.except_box.setVisible(freq is not None)

    def text_for(self, value: tuple[str | None, list[dt.date]]) -> str:
        """The conflict dialog's text: the rule itself (left to right)."""
        return value[0] or self.tr("Does not repeat")
