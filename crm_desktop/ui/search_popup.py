"""The global search box (Ctrl+K / Ctrl+F): results grouped by type as you type, keyboard-navigable.

The box keeps the keyboard focus while a frameless list under it shows the results; Up/Down move through
the hits (group headers are skipped), Enter opens the current hit (``open_requested``), Escape closes the
list, then clears the box. A query runs 150 ms after the last key; one search is a single SQL statement of
a few milliseconds (bench/bench_search.py), so it runs on the GUI thread. Failures show as a line in
the list, never as a dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QContextMenuEvent, QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QTreeWidget, QTreeWidgetItem, QWidget

from crm_desktop.errors import CrmError
from crm_desktop.services.search import SearchHit, SearchResults, SearchService
from crm_desktop.text.bidi import isolate

from .dates import format_date
from .error_text import error_text
from .workspace import Workspace

GROUP_LABELS = {
    "contacts": QT_TRANSLATE_NOOP("GlobalSearch", "Contacts"),
    "companies": QT_TRANSLATE_NOOP("GlobalSearch", "Companies"),
    "opportunities": QT_TRANSLATE_NOOP("GlobalSearch", "Deals"),
    "activities": QT_TRANSLATE_NOOP("GlobalSearch", "Activities and notes"),
    "emails": QT_TRANSLATE_NOOP("GlobalSearch", "Emails"),
    "documents": QT_TRANSLATE_NOOP("GlobalSearch", "Documents"),
}
HIT_ROLE = Qt.ItemDataRole.UserRole
DEBOUNCE_MS = 150


class SearchPopup(QTreeWidget):
    """The results list: one top-level item per group, its hits below it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(12)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setMinimumSize(520, 120)

    def hits(self) -> list[QTreeWidgetItem]:
        return [self.topLevelItem(g).child(i) for g in range(self.topLevelItemCount())
                for i in range(self.topLevelItem(g).childCount())]  # fmt: skip

    def current_hit(self) -> SearchHit | None:
        item = self.currentItem()
        return item.data(0, HIT_ROLE) if item is not None else None

    def step(self, delta: int) -> None:
        """Select the next (step 1) or previous (-1) hit, wrapping around."""
        items = self.hits()
        if not items:
            return
        current = self.currentItem()
        index = items.index(current) + delta if current in items else (0 if delta > 0 else -1)
        self.setCurrentItem(items[index % len(items)])


class GlobalSearch(QLineEdit):
    """The box in the toolbar; emits ``open_requested(hit)`` when a hit is chosen."""

    open_requested = Signal(object)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.trash = False  # search the Trash instead
        self.results: SearchResults | None = None
        self.setPlaceholderText(self.tr("Search everything… (Ctrl+K)"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(260)
        self.popup = SearchPopup(self)
        self.popup.itemActivated.connect(lambda item, _column: self._open(item.data(0, HIT_ROLE)))
        self.popup.itemClicked.connect(lambda item, _column: self._open(item.data(0, HIT_ROLE)))
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.run_search)
        self.textChanged.connect(lambda _text: self._debounce.start())
        self.installEventFilter(self)

    # ---- searching -------------------------------------------------------------------------------
    def run_search(self) -> None:
        self._debounce.stop()
        query = self.text()
        if not query.strip():
            self.results = None
            self.popup.hide()
            return
        try:
            self.results = SearchService(self.workspace.db, self.workspace.user_id).search(query, trash=self.trash)
        except CrmError as exc:
            self._show_message(self.tr("Search failed: {0}").format(error_text(exc, self.workspace)))
            return
        self._fill(self.results)

    def _fill(self, results: SearchResults) -> None:
        self.popup.clear()
        if not results.groups:
            hint = self.tr("Nothing found.")
            if results.names_only:
                hint = self.tr("No name starts with that. Type 3 letters to search everything.")
            self._show_message(hint)
            return
        bold = QFont(self.popup.font())
        bold.setBold(True)
        for group in results.groups:
            header = QTreeWidgetItem([self.tr(GROUP_LABELS[group.entity])])
            header.setFont(0, bold)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)  # not selectable: Up/Down skip it
            self.popup.addTopLevelItem(header)
            for hit in group.hits:
                item = QTreeWidgetItem([hit.title, self._details(hit)])
                item.setData(0, HIT_ROLE, hit)
                item.setToolTip(0, hit.title)
                header.addChild(item)
            if group.more:
                more = QTreeWidgetItem([self.tr("More results: keep typing to narrow them")])
                more.setFlags(Qt.ItemFlag.NoItemFlags)
                header.addChild(more)
        self.popup.expandAll()
        self.popup.resizeColumnToContents(0)
        self.popup.step(1)
        self._show_popup()

    def _details(self, hit: SearchHit) -> str:
        parts = [isolate(hit.subtitle)] if hit.subtitle else []
        if hit.when is not None:
            parts.append(format_date(hit.when, self.workspace))
        return " · ".join(parts)

    def _show_message(self, text: str) -> None:
        self.popup.clear()
        item = QTreeWidgetItem([text])
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.popup.addTopLevelItem(item)
        self._show_popup()

    def _show_popup(self) -> None:
        width = max(self.width(), 560)
        rows = sum(1 + self.popup.topLevelItem(i).childCount() for i in range(self.popup.topLevelItemCount()))
        height = min(480, 8 + rows * max(self.popup.sizeHintForRow(0), 20))
        corner = self.mapToGlobal(QPoint(self.width() - width if self.isRightToLeft() else 0, self.height()))
        self.popup.setGeometry(corner.x(), corner.y(), width, height)
        self.popup.setLayoutDirection(self.layoutDirection())
        self.popup.show()

    def _open(self, hit: SearchHit | None) -> None:
        if hit is None:
            return
        self.popup.hide()
        self.open_requested.emit(hit)

    # ---- keys ------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.KeyPress:
            return self._key(event)  # type: ignore[arg-type]
        if watched is self and event.type() == QEvent.Type.FocusOut:
            QTimer.singleShot(0, self._focus_left)
        return super().eventFilter(watched, event)

    def _focus_left(self) -> None:
        """Hide the list once the keyboard went to another widget (not when the window merely lost focus)."""
        focus = QApplication.focusWidget()
        if focus is not None and focus is not self and focus is not self.popup:
            self.popup.hide()

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            if not self.popup.isVisible() and self.text().strip():
                self.run_search()
            self.popup.step(1 if key == Qt.Key.Key_Down else -1)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._debounce.isActive() or not self.popup.isVisible():
                self.run_search()  # Enter right after typing: search now, open the first hit
            self._open(self.popup.current_hit())
            return True
        if key == Qt.Key.Key_Escape:
            if self.popup.isVisible():
                self.popup.hide()
            else:
                self.clear()
            return True
        return False

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu()
        menu.addSeparator()
        trash = menu.addAction(self.tr("Search the &Trash"))
        trash.setCheckable(True)
        trash.setChecked(self.trash)
        trash.toggled.connect(self.set_trash)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def set_trash(self, on: bool) -> None:
        """Search deleted records (the Trash) instead of the live ones."""
        self.trash = on
        self.setPlaceholderText(self.tr("Search the Trash…") if on else self.tr("Search everything… (Ctrl+K)"))
        self.run_search()

    def focus_search(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()
        if self.text().strip():
            self.run_search()
