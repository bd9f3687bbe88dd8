"""Editors the contact and company forms share: one value in, one value out, one ``changed`` signal.

Every editor speaks the same small protocol (``value()``, ``set_value()``, ``changed``) so the form base can
load, compare (dirty tracking) and collect values without knowing which widget it holds. Values are in the
shape the services take (contact_points.py): ``None`` for empty text, lists of dicts for emails/phones/addresses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

ERROR_STYLE = "color: #b00020;"
# Far above any column limit: a pasted over-long text reaches the service whole and is refused with its
# real length, instead of being cut silently at Qt's default of 32,767 characters.
MAX_TYPED_CHARS = 1_000_000


def make_error_label() -> QLabel:
    """A red, wrapping, initially hidden message shown under a field."""
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def make_ltr(edit: QLineEdit) -> QLineEdit:
    """Emails, phone numbers and URLs read left to right even inside a right-to-left form."""
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
    return edit


class TextLine(QLineEdit):
    """One line of text; blank reads as ``None`` and surrounding spaces are ignored, as the services do."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, ltr: bool = False):
        super().__init__(parent)
        self.setMaxLength(MAX_TYPED_CHARS)
        if ltr:
            make_ltr(self)
        self.textChanged.connect(self.changed)

    def value(self) -> str | None:
        return self.text().strip() or None

    def set_value(self, value: str | None) -> None:
        self.setText(value or "")


class TextArea(QPlainTextEdit):
    """Notes: several paragraphs, each following the direction of its own text."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.textChanged.connect(self.changed)

    def value(self) -> str | None:
        return self.toPlainText().strip() or None

    def set_value(self, value: str | None) -> None:
        self.setPlainText(value or "")


_TAG_SEPARATORS = re.compile(r"[,\u060c]")  # Latin comma and the Arabic comma Persian/Arabic keyboards type


class TagsLine(TextLine):
    """Tags typed as one comma-separated line; the value is the sorted list of distinct names."""

    def value(self) -> list[str]:  # type: ignore[override]
        names = (part.strip() for part in _TAG_SEPARATORS.split(self.text()))
        return sorted(dict.fromkeys(name for name in names if name))

    def set_value(self, value: Iterable[str] | None) -> None:  # type: ignore[override]
        self.setText(", ".join(value or ()))


class ChoiceCombo(QComboBox):
    """A fixed list of (value, shown text); an unknown loaded value is kept and shown, never dropped."""

    changed = Signal()

    def __init__(self, choices: Iterable[tuple[Any, str]] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.set_choices(choices)
        self.currentIndexChanged.connect(self.changed)

    def set_choices(self, choices: Iterable[tuple[Any, str]]) -> None:
        self.blockSignals(True)
        self.clear()
        for data, text in choices:
            self.addItem(text, data)
        self.blockSignals(False)

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        index = self._find(value)
        if index < 0:
            self.addItem(f"#{value}", value)  # e.g. an owner no longer listed: show it rather than lose it
            index = self.count() - 1
        self.setCurrentIndex(index)

    def text_for(self, value: Any) -> str:
        index = self._find(value)
        return self.itemText(index) if index >= 0 else str(value)

    def _find(self, value: Any) -> int:
        # findData() compares through QVariant, where None and 0 are unreliable: compare in Python.
        return next((i for i in range(self.count()) if self.itemData(i) == value), -1)


_LTR_FIELDS = ("address", "number", "postal_code", "country")  # typed in Latin letters or digits
# The fields of one row of each kind, in the dict keys contact_points.py reads.
KIND_FIELDS = {
    "emails": ("address",),
    "phones": ("number",),
    "addresses": ("street", "city", "region", "postal_code", "country"),
}


class PointRow(QWidget):
    """One email, phone or address: label (work/home/… or typed), value, primary choice, remove button."""

    changed = Signal()

    def __init__(self, kind: str, labels: Sequence[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = kind
        self.label_combo = QComboBox()
        self.label_combo.setEditable(True)
        self.label_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.label_combo.setMinimumContentsLength(7)
        self.label_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        for key, text in labels:
            self.label_combo.addItem(text, key)
        self._shown_label: tuple[str, str] | None = None  # (text shown, raw label loaded)
        self.edits = {name: TextLine(ltr=name in _LTR_FIELDS) for name in KIND_FIELDS[kind]}
        self.primary = QRadioButton(self.tr("Primary"))
        self.remove_button = QToolButton()
        self.remove_button.setText("\u2715")
        self.remove_button.setToolTip(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove"))
        self.error_label = make_error_label()
        self._build_layout()
        self.label_combo.currentTextChanged.connect(self.changed)
        self.primary.toggled.connect(self.changed)
        for edit in self.edits.values():
            edit.changed.connect(self.changed)
        self.setFocusProxy(self.main_edit)

    def _build_layout(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(3)
        grid.addWidget(self.label_combo, 0, 0)
        grid.addWidget(self.main_edit, 0, 1)
        if self.kind == "addresses":
            placeholders = {
                "street": self.tr("Street and number"),
                "city": self.tr("City"),
                "region": self.tr("Province / state"),
                "postal_code": self.tr("Postal code"),
                "country": self.tr("Country (IR, SA, …)"),
            }
            for name, text in placeholders.items():
                self.edits[name].setPlaceholderText(text)
                self.edits[name].setAccessibleName(text)
            self.edits["country"].setMaxLength(2)
            # A neat two-by-two block under the street, wide enough for every placeholder at 640 pixels.
            block = QGridLayout()
            for index, name in enumerate(("city", "region", "postal_code", "country")):
                block.addWidget(self.edits[name], index // 2, index % 2)
            block.setColumnStretch(0, 1)
            block.setColumnStretch(1, 1)
            grid.addLayout(block, 1, 1, 1, 3)
        # Added after the address block so Tab runs through the whole address before "Primary".
        grid.addWidget(self.primary, 0, 2)
        grid.addWidget(self.remove_button, 0, 3)
        grid.addWidget(self.error_label, 2, 1, 1, 3)
        grid.setColumnStretch(1, 1)

    @property
    def main_edit(self) -> TextLine:
        return self.edits[KIND_FIELDS[self.kind][0]]

    def tab_chain(self) -> list[QWidget]:
        return [self.label_combo, *self.edits.values(), self.primary, self.remove_button]

    def is_blank(self) -> bool:
        return all(edit.value() is None for edit in self.edits.values())

    def label(self) -> str:
        text = self.label_combo.currentText().strip()
        if self._shown_label and text == self._shown_label[0]:
            return self._shown_label[1]
        index = self.label_combo.findText(text, Qt.MatchFlag.MatchFixedString)
        return self.label_combo.itemData(index) if index >= 0 else text

    def set_label(self, label: str) -> None:
        index = self.label_combo.findData(label)
        if index >= 0:
            self.label_combo.setCurrentIndex(index)
        else:
            self.label_combo.setEditText(label)
        self._shown_label = (self.label_combo.currentText(), label)

    def value(self) -> dict[str, Any]:
        item: dict[str, Any] = {name: edit.value() for name, edit in self.edits.items()}
        item["label"] = self.label()
        item["is_primary"] = self.primary.isChecked()
        return item

    def set_value(self, item: Mapping[str, Any]) -> None:
        for name, edit in self.edits.items():
            edit.set_value(item.get(name))
        self.set_label(item.get("label") or "")
        self.primary.setChecked(bool(item.get("is_primary")))

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))


class PointsEditor(QWidget):
    """Several emails, phones or addresses of one record, edited as the whole list the service takes."""

    changed = Signal()

    def __init__(self, kind: str, parent: QWidget | None = None):
        super().__init__(parent)
        if kind not in KIND_FIELDS:
            raise ValueError(f"unknown kind {kind!r}")
        self.kind = kind
        self.rows: list[PointRow] = []
        self._sent_rows: list[int] = []  # index in value() -> editor row, to place the service's errors
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self.error_label = make_error_label()
        self.add_button = QPushButton(self._add_text())
        self.add_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self._rows_layout)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self.error_label)
        self.setFocusProxy(self.add_button)

    def _add_text(self) -> str:
        return {
            "emails": self.tr("Add email address"),
            "phones": self.tr("Add phone number"),
            "addresses": self.tr("Add address"),
        }[self.kind]

    def _labels(self) -> list[tuple[str, str]]:
        work, home, mobile, other = self.tr("work"), self.tr("home"), self.tr("mobile"), self.tr("other")
        if self.kind == "phones":
            return [("mobile", mobile), ("work", work), ("home", home), ("other", other)]
        return [("work", work), ("home", home), ("other", other)]

    # ---- rows -------------------------------------------------------------------------------------
    def add_row(self, item: Mapping[str, Any] | str | None = None, *, focus: bool = False) -> PointRow:
        """A new row, filled from ``item`` (a dict as ``value()`` returns, or just the address or number)."""
        if isinstance(item, str):
            item = {KIND_FIELDS[self.kind][0]: item}
        row = PointRow(self.kind, self._labels(), self)
        self._group.addButton(row.primary)
        row.changed.connect(self.changed)
        row.remove_button.clicked.connect(lambda: self.remove_row(self.rows.index(row)))
        self.rows.append(row)
        self._rows_layout.addWidget(row)
        row.show()  # at once, not after the next event-loop pass (the layout only queues it)
        self._place_in_tab_order(row)
        if item is not None:
            row.set_value(item)
        if self._group.checkedButton() is None:
            row.primary.setChecked(True)  # the service makes the first one primary anyway: show it
        self.setFocusProxy(self.rows[0])
        if focus:
            row.main_edit.setFocus()
        self.changed.emit()
        return row

    def _place_in_tab_order(self, row: PointRow) -> None:
        """Tab reaches a new row where it is shown, not after the last field of the dialog (creation order)."""
        before: QWidget | None = self.rows[-2].remove_button if len(self.rows) > 1 else None
        candidate = self.add_button.previousInFocusChain()
        while before is None and candidate is not None and candidate is not self.window():
            if candidate.focusPolicy() & Qt.FocusPolicy.TabFocus and not self.isAncestorOf(candidate):
                before = candidate
            candidate = candidate.previousInFocusChain()
        chain = [*row.tab_chain(), self.add_button]
        if before is not None:
            chain.insert(0, before)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def remove_row(self, index: int) -> None:
        row = self.rows.pop(index)
        was_primary = row.primary.isChecked()
        self._group.removeButton(row.primary)
        self._rows_layout.removeWidget(row)
        row.deleteLater()
        if was_primary and self.rows:
            self.rows[0].primary.setChecked(True)
        self.setFocusProxy(self.rows[0] if self.rows else self.add_button)
        self.changed.emit()

    def row_count(self) -> int:
        return len(self.rows)

    # ---- values -----------------------------------------------------------------------------------
    def value(self) -> list[dict[str, Any]]:
        """The filled rows in order; blank rows are left out (a row added and never typed in is no error)."""
        items, self._sent_rows = [], []
        for index, row in enumerate(self.rows):
            if not row.is_blank():
                items.append(row.value())
                self._sent_rows.append(index)
        if items and not any(item["is_primary"] for item in items):
            items[0]["is_primary"] = True  # as the service will store it, so the comparison stays honest
        return items

    def set_value(self, items: Sequence[Mapping[str, Any] | str] | None) -> None:
        self.blockSignals(True)
        while self.rows:
            self.remove_row(len(self.rows) - 1)
        for item in items or ():
            self.add_row(item)
        self.blockSignals(False)
        self.changed.emit()

    # ---- errors -----------------------------------------------------------------------------------
    def clear_errors(self) -> None:
        self.error_label.hide()
        for row in self.rows:
            row.show_error("")

    def show_error(self, index: int | None, sub: str | None, message: str) -> QWidget:
        """Place the service's message for ``emails[index].sub``; returns the widget to scroll to."""
        self.value()  # refresh the index -> row mapping for the values that were sent
        if index is not None and 0 <= index < len(self._sent_rows):
            row = self.rows[self._sent_rows[index]]
            if sub and sub in row.edits:
                message = f"{row.edits[sub].placeholderText() or sub}: {message}"
            elif sub == "label":
                message = self.tr("Label: %1").replace("%1", message)
            previous = row.error_label.text() if row.error_label.isVisible() else ""
            row.show_error(f"{previous}\n{message}" if previous else message)
            return row
        self.error_label.setText(message)
        self.error_label.show()
        return self.error_label
