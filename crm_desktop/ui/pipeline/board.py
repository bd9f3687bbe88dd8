"""The Pipeline section: a filter bar (pipeline, owner, close period, tag) over three faces of the same deals,
the kanban board, a sortable list and the forecast.

Board: one column per stage (name, count, total in the base currency) with the deals' cards; dragging a card
to another column moves the deal (OpportunityService.move records the stage history); double-clicking a card
opens the opportunity form. The data comes from BoardService on the database thread (run_op); the widgets
only show DTOs. The columns sit in a QHBoxLayout, which follows the application's layout direction, so the
board mirrors in RTL.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.dto import PipelineDTO
from crm_desktop.services.pipelines_board import Board, BoardFilter, BoardService, Card, Column, Row
from crm_desktop.services.sales import ExchangeRateService, PipelineService
from crm_desktop.text.bidi import isolate

from ..dates import format_count, format_date
from ..ops import run_op
from ..workspace import Workspace
from .filters import FilterBar
from .forecast_view import ForecastView
from .list_view import OpportunityList
from .money import money

CARD_ROLE = Qt.ItemDataRole.UserRole
VIEWS = ("board", "list", "forecast")


class CardList(QListWidget):
    """A column's cards; accepts cards dragged from other columns and reports the move."""

    dropped = Signal(int, int, int)  # opportunity id, its version, target stage id

    def __init__(self, stage_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.stage_id = stage_id
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setWordWrap(True)
        self.setSpacing(4)

    def dropEvent(self, event: QDropEvent) -> None:
        source = event.source()
        if not isinstance(source, CardList) or source is self:
            event.ignore()
            return
        item = source.currentItem()
        if item is None:
            event.ignore()
            return
        card: Card = item.data(CARD_ROLE)
        event.setDropAction(Qt.DropAction.CopyAction)  # the refresh redraws both columns; Qt must not move it
        event.accept()
        self.dropped.emit(card.id, card.version, self.stage_id)

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:
        data = QMimeData()
        data.setData("application/x-rafiq-opportunity", b",".join(str(i.data(CARD_ROLE).id).encode() for i in items))
        return data

    def mimeTypes(self) -> list[str]:
        return ["application/x-rafiq-opportunity"]


class PipelineBoard(QWidget):
    loaded = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.board: Board | None = None
        self.rows: list[Row] = []
        self.lists: dict[int, CardList] = {}
        self.headers: dict[int, QLabel] = {}
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.view_buttons = QButtonGroup(self)
        for i, text in enumerate((self.tr("&Board"), self.tr("&List"), self.tr("&Forecast"))):
            button = QToolButton()
            button.setText(text)
            button.setCheckable(True)
            button.setChecked(i == 0)
            self.view_buttons.addButton(button, i)
            top.addWidget(button)
        self.view_buttons.idClicked.connect(self.show_view)
        self.new_button = QPushButton(self.tr("&New opportunity…"))
        self.new_button.clicked.connect(lambda: self.open_opportunity(None))
        self.summary = QLabel()
        top.addStretch(1)
        top.addWidget(self.summary)
        top.addWidget(self.new_button)
        layout.addLayout(top)
        self.filter_bar = FilterBar(workspace)
        self.tag_filter = self.filter_bar.tag
        self.filter_bar.changed.connect(self.refresh)
        layout.addWidget(self.filter_bar)
        self.columns_host = QWidget()
        self.columns_layout = QHBoxLayout(self.columns_host)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.columns_host)
        self.list_view = OpportunityList(workspace)
        self.list_view.open_requested.connect(self.open_opportunity)
        self.forecast = ForecastView(workspace)
        self.stack = QStackedWidget()
        for widget in (scroll, self.list_view, self.forecast):
            self.stack.addWidget(widget)
        layout.addWidget(self.stack, 1)
        self._pipelines_loaded = False
        self.refresh()
        workspace.changes.changed.connect(self._on_change)

    def _on_change(self, entity: str, _record_id: int) -> None:
        if entity in ("opportunities", "pipelines", "stages", "settings", "exchange_rates"):
            self._pipelines_loaded = entity == "opportunities" and self._pipelines_loaded
            self.refresh()

    def current_view(self) -> str:
        return VIEWS[self.stack.currentIndex()]

    def show_view(self, which: int | str) -> None:
        index = VIEWS.index(which) if isinstance(which, str) else which
        self.view_buttons.button(index).setChecked(True)
        self.stack.setCurrentIndex(index)
        self.summary.setVisible(index != 2)
        self.refresh()

    def filters(self) -> BoardFilter:
        return self.filter_bar.board_filter()

    def refresh(self) -> None:
        db, user, filters = self.workspace.db, self.workspace.user_id, self.filters()
        pipeline_id, view = self.filter_bar.pipeline_id(), self.current_view()
        reload_pipelines = not self._pipelines_loaded

        def work() -> tuple[list[PipelineDTO] | None, int, Board | None, list[Row] | None]:
            pipelines, chosen = None, pipeline_id
            if reload_pipelines or chosen is None:
                service = PipelineService(db, user)
                service.ensure_default()
                pipelines = service.list(limit=1000)
                chosen = chosen if chosen in {p.id for p in pipelines} else pipelines[0].id
            board_service = BoardService(db, user)
            board = board_service.board(chosen, filters) if view == "board" else None
            rows = board_service.rows(chosen, filters) if view == "list" else None
            return pipelines, chosen, board, rows

        run_op(self, work, self._show)

    def _show(self, result: tuple[list[PipelineDTO] | None, int, Board | None, list[Row] | None]) -> None:
        pipelines, chosen, board, rows = result
        if pipelines is not None:
            self._pipelines_loaded = True
            self.filter_bar.blockSignals(True)
            self.filter_bar.set_pipelines(pipelines)
            self.filter_bar.blockSignals(False)
        if board is not None:
            self._show_board(board)
        if rows is not None:
            self.rows = rows
            base = self.board.base_currency if self.board else self._base_currency()
            self.list_view.set_rows(rows, base)
            total = sum(r.base_amount or 0 for r in rows)
            self.summary.setText(self.tr("{0} deals, {1}").format(format_count(len(rows), self.workspace),
                                                                  money(total, base, self.workspace)))  # fmt: skip
        if self.current_view() == "forecast":
            self.forecast.set_scope(chosen, self.filter_bar.owner_id())
        self.loaded.emit()

    def _base_currency(self) -> str:
        return ExchangeRateService(self.workspace.db).base_currency()

    def _show_board(self, board: Board) -> None:
        self.board = board
        if set(self.lists) != {c.stage_id for c in board.columns}:
            self._build_columns(board.columns)
        for column in board.columns:
            self._fill(column, board.base_currency)
        total = sum(c.total for c in board.columns if not c.is_won and not c.is_lost)
        self.summary.setText(self.tr("Open: {0}").format(money(total, board.base_currency, self.workspace)))

    def open_opportunity(self, opportunity_id: int | None) -> None:
        from ..forms.opportunity_form import OpportunityForm

        initial = {"pipeline_id": self.filter_bar.pipeline_id()} if opportunity_id is None else None
        dialog = OpportunityForm(self.workspace, opportunity_id, self, initial=initial)
        self.last_dialog = dialog  # tests drive it without a modal loop
        if not self.property("no_modal"):
            dialog.exec()

    def _build_columns(self, columns: tuple[Column, ...]) -> None:
        while self.columns_layout.count():
            widget = self.columns_layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.lists.clear()
        self.headers.clear()
        for column in columns:
            box = QWidget()
            box.setMinimumWidth(220)
            vbox = QVBoxLayout(box)
            vbox.setContentsMargins(2, 2, 2, 2)
            header = QLabel()
            header.setWordWrap(True)
            header.setStyleSheet("font-weight: 600;")
            cards = CardList(column.stage_id)
            cards.setObjectName(f"stage_{column.stage_id}")
            cards.dropped.connect(self.move)
            cards.itemDoubleClicked.connect(self._card_double_clicked)
            vbox.addWidget(header)
            vbox.addWidget(cards, 1)
            self.columns_layout.addWidget(box)
            self.lists[column.stage_id] = cards
            self.headers[column.stage_id] = header

    def _fill(self, column: Column, base: str) -> None:
        ws = self.workspace
        # A stage named in Latin letters must not turn the header left-to-right in an RTL layout.
        mark = "\u200f" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else ""
        self.headers[column.stage_id].setText(
            f"{mark}{isolate(column.name)}\n"
            f"{mark}{isolate(format_count(column.count, ws))} | {isolate(money(column.total, base, ws))}"
        )
        cards = self.lists[column.stage_id]
        cards.clear()
        for card in column.cards:
            lines = [isolate(card.title)]
            if card.company:
                lines.append(isolate(card.company))
            lines.append(money(card.amount_minor, card.currency, ws))
            extra = [isolate(format_date(card.expected_close, ws))] if card.expected_close else []
            if card.owner:
                extra.append(isolate(card.owner))
            if extra:
                lines.append(" | ".join(extra))
            item = QListWidgetItem("\n".join(lines))
            item.setData(CARD_ROLE, card)
            cards.addItem(item)
        if column.count > len(column.cards):
            more = QListWidgetItem(self.tr("… and {0} more").format(format_count(column.count - len(column.cards), ws)))
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            cards.addItem(more)

    def _card_double_clicked(self, item: QListWidgetItem) -> None:
        card = item.data(CARD_ROLE)
        if isinstance(card, Card):
            self.open_opportunity(card.id)

    def move(self, opportunity_id: int, version: int, stage_id: int) -> None:
        service = self.workspace.opportunities()
        run_op(
            self,
            lambda: service.move(opportunity_id, version, stage_id),
            lambda _dto: self.workspace.changes.changed.emit("opportunities", opportunity_id),
        )
