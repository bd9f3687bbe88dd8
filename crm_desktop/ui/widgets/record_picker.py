"""A searchable record picker for forms: type part of a company's or contact's name, pick from the matches.

Shared by the opportunity and contact forms.

A combo box holding every contact cannot work with a million of them; this asks the listing service for
the first matches (normalised name search, so ي/ی and ك/ک fold) on the database thread as the user types.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from ..ops import run_op

MATCHES = 20
ID_ROLE = Qt.ItemDataRole.UserRole


class RecordPicker(QLineEdit):
    """``value()`` is the chosen record's id (None when empty); typed text that names no match reverts."""

    changed = Signal()

    def __init__(self, workspace: Any, entity: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace, self.entity = workspace, entity  # "contacts" or "companies"
        self._id: int | None = None
        self._name = ""
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Type to search…"))
        self.matches = QStandardItemModel(self)
        completer = QCompleter(self.matches, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.activated[QModelIndex].connect(self._picked)
        self.setCompleter(completer)
        self.timer = QTimer(self, singleShot=True, interval=200)
        self.timer.timeout.connect(self.search_now)
        self.textEdited.connect(self._typed)
        self.editingFinished.connect(self._settle)

    # ---- the editor protocol of form_base (value / set_value / changed / text_for) --------------------
    def value(self) -> int | None:
        return self._id

    def set_value(self, value: int | None) -> None:
        self._id, self._name = value, self.name_of(value) if value is not None else ""
        self.setText(self._name)
        self.changed.emit()

    def text_for(self, value: int | None) -> str:
        return self.name_of(value) if value is not None else ""

    def name_of(self, record_id: int) -> str:
        listing = self.workspace.listing()
        if self.entity == "contacts":
            rows: list[Any] = listing.contact_rows([record_id])
            return rows[0].display_name if rows else f"#{record_id}"
        rows = listing.company_rows([record_id])
        return rows[0].name if rows else f"#{record_id}"

    # ---- searching -------------------------------------------------------------------------------------
    def _typed(self, text: str) -> None:
        if not text.strip():
            self.timer.stop()
            if self._id is not None:
                self._id, self._name = None, ""
                self.changed.emit()
            return
        self.timer.start()

    def search_now(self) -> None:
        query, listing, entity = self.text().strip(), self.workspace.listing(), self.entity
        if not query:
            return

        def work() -> list[tuple[int, str]]:
            ids = listing.page_ids(entity, {"query": query}, "name", False, 0, MATCHES)
            if entity == "contacts":
                return [(r.id, r.display_name) for r in listing.contact_rows(ids)]
            return [(r.id, r.name) for r in listing.company_rows(ids)]

        run_op(self, work, self._show_matches, lambda _exc: None)

    def _show_matches(self, matches: list[tuple[int, str]]) -> None:
        self.matches.clear()
        for record_id, name in matches:
            item = QStandardItem(name)
            item.setData(record_id, ID_ROLE)
            self.matches.appendRow(item)
        if matches and self.hasFocus():
            self.completer().complete()

    def pick(self, row: int) -> None:
        """Choose the ``row``-th match (what a click in the popup does)."""
        self._picked(self.matches.index(row, 0))

    def _picked(self, index: QModelIndex) -> None:
        record_id = index.data(ID_ROLE)
        if record_id is None:
            return
        self._id, self._name = int(record_id), str(index.data())
        self.setText(self._name)
        self.changed.emit()

    def _settle(self) -> None:
        # A half-typed name is not a choice: show the chosen record's name again.
        if self.text() != self._name:
            if len(self.matches.findItems(self.text(), Qt.MatchFlag.MatchExactly)) == 1:
                self._picked(self.matches.findItems(self.text(), Qt.MatchFlag.MatchExactly)[0].index())
            else:
                self.setText(self._name)
