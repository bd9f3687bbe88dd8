"""Dashboard: the day's figures as tiles that open the records behind them, three small charts (open pipeline
by stage, won per month over twelve months of the user's calendar, activities per user in the last 30 days),
and what the database holds. Figures come from DashboardService on the database thread."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.dashboard import Dashboard, DashboardService
from crm_desktop.services.maintenance import database_info
from crm_desktop.text.bidi import isolate
from crm_desktop.text.money import UnknownCurrency, to_major

from ..charts import Bar, BarChart
from ..dates import digits, format_count, prefs
from ..ops import run_op
from ..pipeline.forecast_view import percent
from ..pipeline.money import money
from ..workspace import Workspace

# Marked for lupdate; DashboardPage.tr() translates them where shown.
COUNT_LABELS = {
    "contacts": QT_TRANSLATE_NOOP("DashboardPage", "Contacts"),
    "companies": QT_TRANSLATE_NOOP("DashboardPage", "Companies"),
    "opportunities": QT_TRANSLATE_NOOP("DashboardPage", "Opportunities"),
    "activities": QT_TRANSLATE_NOOP("DashboardPage", "Activities"),
    "appointments": QT_TRANSLATE_NOOP("DashboardPage", "Appointments"),
    "emails": QT_TRANSLATE_NOOP("DashboardPage", "Emails"),
    "documents": QT_TRANSLATE_NOOP("DashboardPage", "Documents"),
    "users": QT_TRANSLATE_NOOP("DashboardPage", "Users"),
}
TILES = {
    "pipeline": QT_TRANSLATE_NOOP("DashboardPage", "Open pipeline"),
    "weighted": QT_TRANSLATE_NOOP("DashboardPage", "Weighted forecast this month"),
    "won": QT_TRANSLATE_NOOP("DashboardPage", "Won this month"),
    "win_rate": QT_TRANSLATE_NOOP("DashboardPage", "Win rate (12 months)"),
    "overdue": QT_TRANSLATE_NOOP("DashboardPage", "Overdue tasks"),
    "appointments": QT_TRANSLATE_NOOP("DashboardPage", "Appointments today"),
    "new_contacts": QT_TRANSLATE_NOOP("DashboardPage", "New contacts this month"),
}
TILE_COLUMNS = 4


class DashboardPage(QWidget):
    navigated = Signal(str)  # the tile's key, after the window showed its records

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.today = today
        self.data: Dashboard | None = None
        body = QWidget()
        layout = QVBoxLayout(body)
        heading = QLabel(self.tr("Today"))
        heading.setStyleSheet("font-size: 18px; font-weight: 600;")
        layout.addWidget(heading)
        grid = QGridLayout()
        self.tiles: dict[str, QPushButton] = {}
        for i, key in enumerate(TILES):
            tile = QPushButton()
            tile.setObjectName(f"tile_{key}")
            tile.setMinimumHeight(64)
            tile.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            tile.clicked.connect(lambda _=False, k=key: self.open_tile(k))
            self.tiles[key] = tile
            grid.addWidget(tile, i // TILE_COLUMNS, i % TILE_COLUMNS)
        layout.addLayout(grid)
        self.stage_chart = BarChart(self.tr("Open pipeline by stage"))
        self.stage_chart.bar_clicked.connect(lambda _i: self.open_tile("pipeline"))
        self.won_chart = BarChart(self.tr("Won per month"), vertical=True)
        self.won_chart.bar_clicked.connect(lambda _i: self.open_tile("won_months"))
        self.user_chart = BarChart(digits(self.tr("Activities per user (30 days)"), workspace))
        charts = QGridLayout()
        charts.addWidget(self.stage_chart, 0, 0)
        charts.addWidget(self.won_chart, 0, 1)
        charts.addWidget(self.user_chart, 1, 0)
        layout.addLayout(charts)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.hide()
        layout.addWidget(self.note)
        title = QLabel(self.tr("What this database holds"))
        title.setStyleSheet("font-size: 16px; font-weight: 600;")
        layout.addWidget(title)
        form = QFormLayout()
        self.count_labels: dict[str, QLabel] = {}
        for key, label in COUNT_LABELS.items():
            value = QLabel()
            value.setObjectName(f"count_{key}")
            self.count_labels[key] = value
            form.addRow(self.tr(label), value)
        layout.addLayout(form)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.refresh()
        workspace.changes.changed.connect(lambda *_: self.refresh())

    def refresh(self) -> None:
        info = database_info(self.workspace.db)
        for key, label in self.count_labels.items():
            label.setText(format_count(info.counts[key], self.workspace))
        p, db = prefs(self.workspace), self.workspace.db
        today = self.today or date.today()
        zone = datetime.now().astimezone().tzinfo
        run_op(
            self,
            lambda: DashboardService(db).dashboard(today, calendar=p.calendar, lang=p.lang, zone=zone),
            self._show,
        )

    def _show(self, data: Dashboard) -> None:
        self.data = data
        ws, base = self.workspace, data.base_currency
        rate = percent(data.win_rate, ws)
        values = {
            "pipeline": f"{money(data.open_pipeline, base, ws)}\n"
            + self.tr("{0} open deals").format(isolate(format_count(data.open_count, ws))),
            "weighted": money(data.weighted_this_period, base, ws),
            "won": money(data.won_this_period, base, ws),
            "win_rate": rate,
            "overdue": format_count(data.overdue_tasks, ws),
            "appointments": format_count(data.appointments_today, ws),
            "new_contacts": format_count(data.new_contacts_this_month, ws),
        }
        for key, tile in self.tiles.items():
            tile.setText(f"{values[key]}\n{digits(self.tr(TILES[key]), ws)}")
        none = self.tr("Nothing yet")
        self.stage_chart.set_bars(
            [Bar(isolate(s.name), s.amount, money(s.amount, base, ws)) for s in data.pipeline_by_stage], none
        )
        self.won_chart.set_bars(
            # The month's name only ("Farvardin 1405" -> "Farvardin"): twelve columns leave little room.
            [
                Bar(digits(m.label.rsplit(" ", 1)[0], ws), m.won, self._short_money(m.won, base))
                for m in data.won_per_month
            ],
            none,
        )
        self.user_chart.set_bars(
            [Bar(isolate(u.name or self.tr("(nobody)")), u.count, format_count(u.count, ws))
             for u in data.activities_per_user],
            none,
        )  # fmt: skip
        if data.unconverted:
            self.note.setText(self.tr("Not in the totals (no exchange rate): {0}").format(", ".join(data.unconverted)))
        self.note.setVisible(bool(data.unconverted))

    def _short_money(self, minor: int, base: str) -> str:
        """A column's value without the currency (the chart is narrow; the title's tile names it)."""
        if not minor:
            return ""
        try:
            return format_count(round(to_major(minor, base)), self.workspace)
        except UnknownCurrency:
            return format_count(minor, self.workspace)

    # ---- tiles open the records behind them ------------------------------------------------------------
    def open_tile(self, key: str) -> None:
        window: Any = self.window()
        show = getattr(window, "show_section", None)
        if show is not None:
            if key in ("pipeline", "weighted", "won", "win_rate", "won_months"):
                page = show("pipeline")
                bar = getattr(page, "filter_bar", None)
                if bar is not None:
                    bar.owner.setCurrentIndex(0)
                    bar.tag.clear()
                    bar.set_period("month" if key in ("won", "weighted") else "any")
                if hasattr(page, "show_view"):
                    page.show_view("list" if key in ("pipeline", "won") else "forecast")
            elif key == "overdue":
                show("tasks")
            elif key == "appointments":
                calendar = show("calendar")
                open_day = getattr(calendar, "open_day", None)  # the Calendar section's day view, at today
                if open_day is not None:
                    open_day(self.today or date.today())
            elif key == "new_contacts":
                contacts = show("contacts")
                if self.data is not None and hasattr(contacts, "apply_saved_search"):  # until another section
                    contacts.apply_saved_search({"created_after": self.data.month_start.isoformat()})
        self.navigated.emit(key)
