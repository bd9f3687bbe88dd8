"""The forecast face of the Pipeline section: per month or quarter of the user's calendar the open count,
weighted pipeline, best case, commit and actual won; win rate, average deal, average sales cycle and the
stage-to-stage conversion. Every figure is ForecastService.forecast, the same call as ``crm-desktop forecast``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CrmError
from crm_desktop.services.forecast import Forecast, ForecastService, periods
from crm_desktop.text.bidi import isolate, ltr

from ..dates import digits, format_count, prefs, setup_date_edit
from ..error_text import error_text
from ..ops import run_op
from .money import money

PERIOD_HEADERS = (
    QT_TRANSLATE_NOOP("ForecastView", "Period"),
    QT_TRANSLATE_NOOP("ForecastView", "Open deals"),
    QT_TRANSLATE_NOOP("ForecastView", "Pipeline"),
    QT_TRANSLATE_NOOP("ForecastView", "Weighted"),
    QT_TRANSLATE_NOOP("ForecastView", "Best case"),
    QT_TRANSLATE_NOOP("ForecastView", "Commit"),
    QT_TRANSLATE_NOOP("ForecastView", "Won deals"),
    QT_TRANSLATE_NOOP("ForecastView", "Won"),
    QT_TRANSLATE_NOOP("ForecastView", "Lost deals"),
)
STAGE_HEADERS = (
    QT_TRANSLATE_NOOP("ForecastView", "Stage"),
    QT_TRANSLATE_NOOP("ForecastView", "Reached"),
    QT_TRANSLATE_NOOP("ForecastView", "Moved on"),
    QT_TRANSLATE_NOOP("ForecastView", "Conversion"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ForecastView", text)


def percent(value: float | None, settings: Any) -> str:
    # LRI, not FSI: digits are not strong, so in a right-to-left line "41%" would come out as "%41".
    return "–" if value is None else ltr(digits(f"{value:.0%}", settings))


class ForecastView(QWidget):
    loaded = Signal()

    def __init__(self, workspace: Any, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.result: Forecast | None = None
        self.scope: tuple[int | None, int | None] = (None, None)  # pipeline, owner (from the section's filters)
        today = today or date.today()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("By month"), "month")
        self.kind.addItem(self.tr("By quarter"), "quarter")
        calendar = prefs(workspace).calendar
        # Six months back (actual won) to six months ahead (the forecast), whole periods of the calendar.
        first = periods(date.fromordinal(today.toordinal() - 182), today, "month", calendar)[0].start
        last = periods(today, date.fromordinal(today.toordinal() + 182), "month", calendar)[-1].end
        self.start = setup_date_edit(QDateEdit(), workspace)
        self.start.setDate(QDate(first))
        self.end = setup_date_edit(QDateEdit(), workspace)
        self.end.setDate(QDate(last))
        for signal in (self.kind.currentIndexChanged, self.start.dateChanged, self.end.dateChanged):
            signal.connect(self.refresh)
        bar = QHBoxLayout()
        for widget in (self.kind, QLabel(self.tr("From")), self.start, QLabel(self.tr("to")), self.end):
            bar.addWidget(widget)
        bar.addStretch(1)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: 600;")
        self.table = self._table(PERIOD_HEADERS)
        self.stages = self._table(STAGE_HEADERS)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.stages)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.error)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

    def _table(self, headers: tuple[str, ...]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels([self.tr(h) for h in headers])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    def set_scope(self, pipeline_id: int | None, owner_id: int | None) -> None:
        self.scope = (pipeline_id, owner_id)
        self.refresh()

    def arguments(self) -> dict[str, Any]:
        """The ForecastService.forecast arguments of what is on screen (the CLI twin takes the same)."""
        p = prefs(self.workspace)
        return {
            "start": self.start.date().toPython(),
            "end": self.end.date().toPython(),
            "period": self.kind.currentData(),
            "calendar": p.calendar,
            "lang": p.lang,
            "pipeline_id": self.scope[0],
            "owner_id": self.scope[1],
        }

    def refresh(self) -> None:
        args, db = self.arguments(), self.workspace.db
        start, end = args.pop("start"), args.pop("end")
        run_op(self, lambda: ForecastService(db).forecast(start, end, **args), self._show, self._failed)

    def _failed(self, exc: Exception) -> None:
        self.error.setText(error_text(exc, self.workspace) if isinstance(exc, CrmError) else repr(exc))
        self.error.show()

    def _show(self, result: Forecast) -> None:
        self.error.hide()
        self.result = result
        ws, base = self.workspace, result.base_currency
        self.table.setRowCount(len(result.periods))
        for row, f in enumerate(result.periods):
            label = digits(f.period.label, ws)
            cells = (label, format_count(f.open_count, ws), money(f.pipeline, base, ws), money(f.weighted, base, ws),
                     money(f.best_case, base, ws), money(f.commit, base, ws), format_count(f.won_count, ws),
                     money(f.won, base, ws), format_count(f.lost_count, ws))  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text if column == 0 else isolate(text))
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.stages.setRowCount(len(result.conversions))
        for row, c in enumerate(result.conversions):
            cells = (isolate(c.name), format_count(c.reached, ws), format_count(c.advanced, ws), percent(c.rate, ws))
            for column, text in enumerate(cells):
                self.stages.setItem(row, column, QTableWidgetItem(text))
        average = "–" if result.average_deal is None else money(result.average_deal, base, ws)
        cycle = "–" if result.average_cycle_days is None else digits(f"{result.average_cycle_days:.1f}", ws)
        parts = [
            self.tr("Win rate: {0}").format(percent(result.win_rate, ws)),
            self.tr("Average deal: {0}").format(isolate(average)),
            self.tr("Average sales cycle: {0} days").format(isolate(cycle)),
        ]
        if result.unconverted:
            parts.append(self.tr("Not in the totals (no exchange rate): {0}").format(", ".join(result.unconverted)))
        self.summary.setText("   |   ".join(parts))
        self.loaded.emit()
