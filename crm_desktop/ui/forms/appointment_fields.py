"""Editors of the appointment form: local date-time, time zone, reminder, and pickers for people and records.

Each follows the form protocol of ``form_base`` (``value()``, ``set_value()``, a ``changed`` signal). The
pickers search as the user types, by name in any script (the global search's normaliser folds Arabic and
Persian letters and digits), on the database thread through ``run_op``; a stale answer is dropped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any
from zoneinfo import available_timezones

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, QTimer, QTimeZone, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CrmError
from crm_desktop.services.search import SearchHit, SearchService
from crm_desktop.text.bidi import isolate

from ..dates import digits, edit_format, setup_date_edit
from ..ops import run_op
from .points_editor import ChoiceCombo, TextLine

REMINDER_MINUTES = (0, 5, 10, 15, 30, 60, 120, 24 * 60, 2 * 24 * 60)
SEARCH_DELAY_MS = 250
SEARCH_LIMIT = 8


def computer_zone() -> str:
    """The computer's IANA zone ("Asia/Tehran"); UTC when the system does not name one."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    return name if name in all_zones() else "UTC"


_ZONES: list[str] = []


def all_zones() -> list[str]:
    if not _ZONES:
        _ZONES.extend(sorted(z for z in available_timezones() if "/" in z or z == "UTC"))
    return _ZONES


def _compact(widget: QWidget) -> None:
    """Only as tall as the content: a form row must not grow into empty space."""
    widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)


class LocalDateTime(QWidget):
    """A wall-clock date and time in the user's calendar and digits; the value is a naive datetime."""

    changed = Signal()

    def __init__(self, settings: Any = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.edit = setup_date_edit(QDateTimeEdit(), settings, with_time=True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.edit)
        self.edit.dateTimeChanged.connect(self.changed)

    def value(self) -> dt.datetime:
        moment = self.edit.dateTime()
        return dt.datetime.combine(moment.date().toPython(), moment.time().toPython()).replace(second=0)  # type: ignore[arg-type]

    def set_value(self, value: dt.datetime) -> None:
        self.edit.setDateTime(QDateTime(value.replace(tzinfo=None, second=0, microsecond=0)))

    def set_date_only(self, date_only: bool) -> None:
        self.edit.setDisplayFormat(edit_format(self.settings, with_time=not date_only))


class ZoneCombo(QComboBox):
    """An IANA time zone, searchable by any part of its name ("tehran", "new_y")."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItems(all_zones())
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # zone names are Latin
        completer = QCompleter(all_zones(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self.currentTextChanged.connect(self.changed)

    def value(self) -> str:
        text = self.currentText().strip().replace(" ", "_")
        match = next((z for z in all_zones() if z.lower() == text.lower()), None)
        return match or text  # an unknown name goes to the service, which says what is wrong

    def set_value(self, value: str | None) -> None:
        self.setCurrentText(value or computer_zone())


def reminder_combo(settings: Any = None) -> ChoiceCombo:
    def minutes(n: int) -> str:
        return digits(QCoreApplication.translate("AppointmentDialog", "{0} minutes before").format(n), settings)

    labels = {
        0: QCoreApplication.translate("AppointmentDialog", "At the start"),
        60: QCoreApplication.translate("AppointmentDialog", "1 hour before"),
        120: QCoreApplication.translate("AppointmentDialog", "2 hours before"),
        24 * 60: QCoreApplication.translate("AppointmentDialog", "1 day before"),
        2 * 24 * 60: QCoreApplication.translate("AppointmentDialog", "2 days before"),
    }
    choices: list[tuple[Any, str]] = [(None, QCoreApplication.translate("AppointmentDialog", "No reminder"))]
    choices += [(m, labels.get(m) or minutes(m)) for m in REMINDER_MINUTES]
    return ChoiceCombo(choices)


class SearchPicker(QWidget):
    """A search line with a short result list under it; ``picked`` carries the chosen hit."""

    picked = Signal(object)

    def __init__(self, db: Any, types: Sequence[str], placeholder: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.types = db, list(types)
        self.query = TextLine()
        self.query.setPlaceholderText(placeholder)
        self.query.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setMaximumHeight(120)
        self.results.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.query)
        layout.addWidget(self.results)
        self.setFocusProxy(self.query)
        _compact(self)
        self._generation = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.search_now)
        self.query.textEdited.connect(lambda _text: self.timer.start())
        self.query.returnPressed.connect(lambda: self.choose(0))
        self.results.itemActivated.connect(lambda item: self.choose(self.results.row(item)))
        self.results.itemClicked.connect(lambda item: self.choose(self.results.row(item)))

    def search_now(self) -> None:
        self.timer.stop()
        text = self.query.text().strip()
        self._generation += 1
        generation = self._generation
        if not text:
            self.show_hits([])
            return
        db, types = self.db, self.types

        def work() -> list[SearchHit]:
            return SearchService(db).search(text, types, limit=SEARCH_LIMIT).hits()

        def done(hits: list[SearchHit]) -> None:
            if generation == self._generation:
                self.show_hits(hits)

        run_op(self, work, done, lambda exc: self.show_hits([]) if isinstance(exc, CrmError) else None)

    def show_hits(self, hits: list[SearchHit]) -> None:
        self.results.clear()
        for hit in hits:
            text = isolate(hit.title) + (f"  ·  {isolate(hit.subtitle)}" if hit.subtitle else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, hit)
            self.results.addItem(item)
        self.results.setVisible(bool(hits))

    def choose(self, row: int) -> None:
        item = self.results.item(row)
        if item is None:
            return
        self.picked.emit(item.data(Qt.ItemDataRole.UserRole))
        self.query.clear()
        self.show_hits([])


class AttendeesEditor(QWidget):
    """The people attending: found by name, each shown with their company; the value is their ids."""

    changed = Signal()

    def __init__(self, workspace: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.picker = SearchPicker(workspace.db, ["contacts"], self.tr("Add a person: type a name…"))
        self.chosen = QListWidget()
        self.chosen.setMaximumHeight(90)
        self.remove = QPushButton(self.tr("Remove"))
        row = QHBoxLayout()
        row.addWidget(self.chosen, 1)
        row.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picker)
        layout.addLayout(row)
        self.setFocusProxy(self.picker)
        _compact(self)
        self.picker.picked.connect(lambda hit: self.add(hit.id, hit.title, hit.subtitle))
        self.remove.clicked.connect(self._remove_selected)

    def add(self, contact_id: int, name: str, detail: str = "") -> None:
        if contact_id in self.value():
            return
        item = QListWidgetItem(isolate(name) + (f"  ·  {isolate(detail)}" if detail else ""))
        item.setData(Qt.ItemDataRole.UserRole, contact_id)
        self.chosen.addItem(item)
        self.changed.emit()

    def _remove_selected(self) -> None:
        for item in self.chosen.selectedItems():
            self.chosen.takeItem(self.chosen.row(item))
        self.changed.emit()

    def value(self) -> list[int]:
        return sorted(self.chosen.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.chosen.count()))

    def set_value(self, ids: Sequence[int] | None) -> None:
        self.chosen.clear()
        rows = {r.id: r for r in self.workspace.listing().contact_rows(list(ids or ()))}
        for contact_id in ids or ():
            row = rows.get(contact_id)
            self.add(contact_id, row.display_name if row else f"#{contact_id}", (row.company_name or "") if row else "")

    def text_for(self, ids: Sequence[int]) -> str:
        rows = self.workspace.listing().contact_rows(list(ids))
        return ", ".join(r.display_name for r in rows)


class LinkPicker(QWidget):
    """One linked record (company or opportunity): its name and a clear button, or a search line."""

    changed = Signal()

    def __init__(self, db: Any, entity: str, placeholder: str, name_of: Callable[[int], str], parent=None):
        super().__init__(parent)
        self.name_of = name_of
        self._id: int | None = None
        self.picker = SearchPicker(db, [entity], placeholder)
        self.label = QLabel()
        self.clear = QToolButton()
        self.clear.setText("×")
        self.clear.setToolTip(self.tr("Remove the link"))
        shown = QHBoxLayout()
        shown.setContentsMargins(0, 0, 0, 0)
        shown.addWidget(self.label, 1)
        shown.addWidget(self.clear)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(shown)
        layout.addWidget(self.picker)
        self.setFocusProxy(self.picker)
        _compact(self)
        self.picker.picked.connect(lambda hit: self._set(hit.id, hit.title))
        self.clear.clicked.connect(lambda: self._set(None, ""))
        self._set(None, "", emit=False)

    def _set(self, record_id: int | None, name: str, *, emit: bool = True) -> None:
        self._id = record_id
        self.label.setText(isolate(name))
        for widget in (self.label, self.clear):
            widget.setVisible(record_id is not None)
        self.picker.setVisible(record_id is None)
        if emit:
            self.changed.emit()

    def value(self) -> int | None:
        return self._id

    def set_value(self, record_id: int | None) -> None:
        self._set(record_id, self.text_for(record_id) if record_id is not None else "", emit=False)
        self.changed.emit()

    def text_for(self, record_id: int | None) -> str:
        if record_id is None:
            return ""
        try:
            return self.name_of(record_id)
        except CrmError:
            return f"#{record_id}"


class Flag(QCheckBox):
    """A yes/no field (all day)."""

    changed = Signal()

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(text, parent)
        self.toggled.connect(self.changed)

    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: bool | None) -> None:
        self.setChecked(bool(value))
