"""The choice shown when someone else saved a record while it was open in a form.

The services refuse a stale save (``ConflictError``) instead of overwriting; this dialog lets the user decide,
field by field, whose value wins. Defaults follow a three-way merge: a field the user edited keeps the user's
value, a field only the other person edited takes theirs; fields both edited are shown in bold.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

MINE, THEIRS = "mine", "theirs"
_SHOWN_CHARS = 90  # longer values (notes) are cut in the table and shown whole in the tooltip


def format_value(value: Any) -> str:
    """A field value as one line of text: lists joined, contact points as 'value (label)'."""
    # Not named "tr": lupdate would read tr("ConflictDialog", "(empty)") as the text "ConflictDialog".
    translate = QCoreApplication.translate
    if value is None or value == "" or value == [] or value == ():
        return translate("ConflictDialog", "(empty)")
    if isinstance(value, bool):
        return translate("ConflictDialog", "yes") if value else translate("ConflictDialog", "no")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return "; ".join(format_value(item) for item in value)
    if isinstance(value, Mapping):
        parts = [str(v) for k, v in value.items() if k not in ("label", "is_primary") and v not in (None, "")]
        text = ", ".join(parts)
        return f"{text} ({value['label']})" if value.get("label") else text
    return " ".join(str(value).split())  # one line: newlines and runs of spaces folded


class _ValueLabel(QLabel):
    """The text of a choice; clicking it chooses it, as clicking a radio button's own text would."""

    def __init__(self, text: str, radio: QRadioButton):
        super().__init__(text)
        self.radio = radio
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.setToolTip(radio.toolTip())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.radio.setChecked(True)
        super().mousePressEvent(event)


class ConflictDialog(QDialog):
    """Field | your value | their value, with a radio choice per row; ``merged_values()`` is the outcome."""

    def __init__(
        self,
        entity_label: str,
        mine: Mapping[str, Any],
        theirs: Mapping[str, Any],
        base: Mapping[str, Any],
        parent: QWidget | None = None,
        *,
        labels: Mapping[str, str] | None = None,
        describe: Callable[[str, Any], str | None] | None = None,
    ):
        super().__init__(parent)
        self.mine, self.theirs, self.base = dict(mine), dict(theirs), dict(base)
        self.labels = dict(labels or {})
        self._describe = describe
        self.choice: str | None = None  # "mine", "theirs" or "merge" once the user decided
        self.keys = [key for key in self.mine if key in self.theirs and self.mine[key] != self.theirs[key]]
        self._groups: dict[str, QButtonGroup] = {}
        self._radios: dict[tuple[str, str], QRadioButton] = {}
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.resize(680, 420)
        intro = QLabel(
            self.tr(
                "Someone else saved this %1 while you were editing it. Choose which value to keep for each "
                "field that differs. Fields in bold were changed by both of you."
            ).replace("%1", entity_label)
        )
        intro.setWordWrap(True)
        self.table = self._build_table()
        self.buttons = QDialogButtonBox()
        self.keep_button = self._button(self.tr("&Keep mine"), self.keep_mine)
        self.theirs_button = self._button(self.tr("&Take theirs"), self.take_theirs)
        self.merge_button = self._button(self.tr("&Merge"), self.merge)
        self.merge_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        if not self.keys:
            layout.addWidget(QLabel(self.tr("Both versions hold the same values.")))
        layout.addWidget(self.buttons)

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
        button.clicked.connect(slot)
        return button

    def _build_table(self) -> QTableWidget:
        table = QTableWidget(len(self.keys), 3)
        table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Your version"), self.tr("Saved by someone else")])
        table.verticalHeader().hide()
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the radio buttons, not to the cells
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, key in enumerate(self.keys):
            item = QTableWidgetItem(self.labels.get(key, key))
            mine_changed, theirs_changed = self.mine[key] != self.base.get(key), self.theirs[key] != self.base.get(key)
            if mine_changed and theirs_changed:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            table.setItem(row, 0, item)
            group = QButtonGroup(self)
            self._groups[key] = group
            for column, side, values in ((1, MINE, self.mine), (2, THEIRS, self.theirs)):
                radio = self._radio(key, values[key])
                group.addButton(radio)
                self._radios[(key, side)] = radio
                table.setCellWidget(row, column, self._cell(radio))
            self.set_choice(key, MINE if mine_changed else THEIRS)
        table.resizeRowsToContents()
        return table

    def _radio(self, key: str, value: Any) -> QRadioButton:
        full = (self._describe(key, value) if self._describe else None) or format_value(value)
        radio = QRadioButton()
        radio.setToolTip(full)
        radio.setAccessibleName(full)
        return radio

    @staticmethod
    def _cell(radio: QRadioButton) -> QWidget:
        """Radio and a wrapping label: a long value (notes) wraps inside its cell instead of being clipped."""
        full = radio.toolTip()
        shown = full if len(full) <= _SHOWN_CHARS else full[: _SHOWN_CHARS - 1] + "\u2026"
        cell = QWidget()
        box = QHBoxLayout(cell)
        box.setContentsMargins(6, 2, 6, 2)
        box.addWidget(radio, 0, Qt.AlignmentFlag.AlignTop)
        box.addWidget(_ValueLabel(shown, radio), 1)
        return cell

    # ---- choices -----------------------------------------------------------------------------------
    def set_choice(self, key: str, side: str) -> None:
        self._radios[(key, side)].setChecked(True)

    def choices(self) -> dict[str, str]:
        return {key: MINE if self._radios[(key, MINE)].isChecked() else THEIRS for key in self.keys}

    def keep_mine(self) -> None:
        """Every differing field takes the value on the user's screen."""
        for key in self.keys:
            self.set_choice(key, MINE)
        self._finish(MINE)

    def take_theirs(self) -> None:
        """Drop the user's edits: the saved version stays as it is."""
        for key in self.keys:
            self.set_choice(key, THEIRS)
        self._finish(THEIRS)

    def merge(self) -> None:
        """Use the per-field choices."""
        self._finish("merge")

    def _finish(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def merged_values(self) -> dict[str, Any]:
        """The values to save on top of their version: the fields where the user's value was chosen."""
        return {key: self.mine[key] for key, side in self.choices().items() if side == MINE}
