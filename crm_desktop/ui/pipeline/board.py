"""Kanban board: one column per stage (name, count, total in the base currency) with the deals' cards;
dragging a card to another column moves the deal (OpportunityService.move records the stage history).

The data comes from BoardService on the database thread (run_op); the widgets only show DTOs. The columns
sit in a QHBoxLayout, which follows the application's layout direction, so the board mirrors in RTL.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.pipelines_board import Board, BoardFilter, BoardService, Card, Column
from crm_desktop.services.sales import PipelineService
from crm_desktop.text.bidi import isolate
from crm_desktop.text.money import UnknownCurrency, format_money

from ..dates import format_count, format_date, prefs
from ..ops import run_op
from ..workspace import Workspace

CARD_ROLE = Qt.ItemDataRole.UserRole


def money(minor: int, currency: str, workspace: Workspace) -> str:
    p = prefs(workspace)
    try:
        return format_money(minor, currency, p.lang, "latin" if p.digits == "latin" else "native")
    except UnknownCurrency:
        return f"{currency} {minor}"


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
        self.pipeline_id: int | None = None
        self.lists: dict[int, CardList] = {}
        self.headers: dict[int, QLabel] = {}
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.tag_filter = QLineEdit()
        self.tag_filter.setPlaceholderText(self.tr("Tag"))
        self.tag_filter.setClearButtonEnabled(True)
        self.tag_filter.editingFinished.connect(self.refresh)
        self.summary = QLabel()
        bar.addWidget(QLabel(self.tr("Filter by tag:")))
        bar.addWidget(self.tag_filter)
        bar.addStretch(1)
        bar.addWidget(self.summary)
        layout.addLayout(bar)
        self.columns_host = QWidget()
        self.columns_layout = QHBoxLayout(self.columns_host)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.columns_host)
        layout.addWidget(scroll, 1)
        self.refresh()
        workspace.changes.changed.connect(lambda *_: self.refresh())

    def filters(self) -> BoardFilter:
        return BoardFilter(tag=self.tag_filter.text().strip() or None)

    def refresh(self) -> None:
        db, user, filters = self.workspace.db, self.workspace.user_id, self.filters()

        def work() -> Board:
            pipeline = PipelineService(db, user).ensure_default()
            return BoardService(db, user).board(pipeline.id, filters)

        run_op(self, work, self._show)

    def _show(self, board: Board) -> None:
        self.board = board
        if set(self.lists) != {c.stage_id for c in board.columns}:
            self._build_columns(board.columns)
        for column in board.columns:
            self._fill(column, board.base_currency)
        total = sum(c.total for c in board.columns if not c.is_won and not c.is_lost)
        self.summary.setText(self.tr("Open: {0}").format(money(total, board.base_currency, self.workspace)))
        self.loaded.emit()

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

    def move(self, opportunity_id: int, version: int, stage_id: int) -> None:
        service = self.workspace.opportunities()
        run_op(
            self,
            lambda: service.move(opportunity_id, version, stage_id),
            lambda _dto: self.workspace.changes.changed.emit("opportunities", opportunity_id),
        )
