"""The Pipeline section's filter bar: pipeline, owner, close period (this month / this quarter / custom, in
the user's calendar) and tag. The board, the list and the forecast all read the same choices from it."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QWidget

from crm_desktop.services.dto import PipelineDTO
from crm_desktop.services.forecast import periods
from crm_desktop.services.pipelines_board import BoardFilter

from ..dates import prefs, setup_date_edit

PERIODS = ("any", "month", "quarter", "custom")


def current_period(kind: str, today: date, settings: Any = None) -> tuple[date, date]:
    """First and last day of this month or quarter in the user's calendar (Gregorian days)."""
    span = periods(today, today, kind, prefs(settings).calendar)[0]
    return span.start, span.end


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, workspace: Any, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.today = today or date.today()
        self.pipeline = QComboBox()
        self.owner = QComboBox()
        self.owner.addItem(self.tr("Any owner"), None)
        for user in workspace.users().list(limit=1000):
            self.owner.addItem(user.display_name, user.id)
        self.period = QComboBox()
        labels = (self.tr("Any close date"), self.tr("Closing this month"), self.tr("Closing this quarter"),
                  self.tr("Custom dates"))  # fmt: skip
        for key, label in zip(PERIODS, labels, strict=True):
            self.period.addItem(label, key)
        self.close_from = setup_date_edit(QDateEdit(), workspace)
        self.close_to = setup_date_edit(QDateEdit(), workspace)
        start, end = current_period("month", self.today, workspace)
        self.close_from.setDate(QDate(start))
        self.close_to.setDate(QDate(end))
        self.tag = QLineEdit()
        self.tag.setPlaceholderText(self.tr("Tag"))
        self.tag.setClearButtonEnabled(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Pipeline:")))
        layout.addWidget(self.pipeline)
        layout.addWidget(self.owner)
        layout.addWidget(self.period)
        self.dash = QLabel("–")
        for widget in (self.close_from, self.dash, self.close_to):
            layout.addWidget(widget)
        layout.addWidget(QLabel(self.tr("Filter by tag:")))
        layout.addWidget(self.tag, 1)
        self._custom_visible()
        self.pipeline.currentIndexChanged.connect(self.changed)
        self.owner.currentIndexChanged.connect(self.changed)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.close_from.dateChanged.connect(self._dates_changed)
        self.close_to.dateChanged.connect(self._dates_changed)
        self.tag.editingFinished.connect(self.changed)

    def set_pipelines(self, pipelines: list[PipelineDTO]) -> None:
        current = self.pipeline_id()
        self.pipeline.blockSignals(True)
        self.pipeline.clear()
        for p in pipelines:
            self.pipeline.addItem(p.name, p.id)
        index = next((i for i, p in enumerate(pipelines) if p.id == current), 0)
        self.pipeline.setCurrentIndex(index)
        self.pipeline.blockSignals(False)

    def pipeline_id(self) -> int | None:
        return self.pipeline.currentData()

    def owner_id(self) -> int | None:
        return self.owner.currentData()

    def set_period(self, kind: str) -> None:
        self.period.setCurrentIndex(PERIODS.index(kind))

    def close_range(self) -> tuple[date | None, date | None]:
        kind = self.period.currentData()
        if kind in ("month", "quarter"):
            return current_period(kind, self.today, self.workspace)
        if kind == "custom":
            return self.close_from.date().toPython(), self.close_to.date().toPython()  # type: ignore[return-value]
        return None, None

    def board_filter(self) -> BoardFilter:
        start, end = self.close_range()
        return BoardFilter(
            owner_id=self.owner_id(), close_from=start, close_to=end, tag=self.tag.text().strip() or None
        )

    def _custom_visible(self) -> None:
        custom = self.period.currentData() == "custom"
        for widget in (self.close_from, self.dash, self.close_to):
            widget.setVisible(custom)

    def _period_changed(self) -> None:
        self._custom_visible()
        self.changed.emit()

    def _dates_changed(self) -> None:
        if self.period.currentData() == "custom":
            self.changed.emit()
