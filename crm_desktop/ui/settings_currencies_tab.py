"""Settings → Currencies: the base currency every total is shown in, and the dated exchange rates the user
enters (offline: nothing is downloaded). A rate is "units of the currency per one base unit, from this day";
the pipeline, forecast and dashboard convert each deal at the rate valid on its date."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CrmError, ValidationError
from crm_desktop.services.sales import ExchangeRateDTO, ExchangeRateService
from crm_desktop.text.bidi import ltr
from crm_desktop.text.digits import to_latin_digits
from crm_desktop.text.money import currencies

from .dates import digits, format_date, setup_date_edit
from .error_text import error_text, translate_errors
from .workspace import Workspace

ID_ROLE = Qt.ItemDataRole.UserRole


def plain(value: Decimal) -> str:
    """650000, not 6.5E+5 (what str() of a normalised Decimal gives)."""
    return format(value.normalize(), "f")


def currency_combo(value: str = "") -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(list(currencies()))
    combo.setCurrentText(value)
    combo.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # ISO codes read left to right
    return combo


class RateDialog(QDialog):
    """Add or edit one rate; the service checks it and its messages appear under the fields."""

    def __init__(self, tab: CurrenciesTab, rate: ExchangeRateDTO | None = None):
        super().__init__(tab)
        self.tab, self.rate = tab, rate
        ws = tab.workspace
        self.setWindowTitle(self.tr("Exchange rate"))
        self.currency = currency_combo(rate.currency if rate else "USD")
        self.valid_from = setup_date_edit(QDateEdit(), ws)
        self.valid_from.setDate(QDate(rate.valid_from if rate else date.today()))
        self.value = QLineEdit(digits(plain(rate.rate), ws) if rate else "")
        self.value.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.errors = {key: QLabel() for key in ("currency", "valid_from", "rate", "general")}
        form = QFormLayout(self)
        form.addRow(self.errors["general"])
        for key, label, widget in (
            ("currency", self.tr("&Currency:"), self.currency),
            ("valid_from", self.tr("&Valid from:"), self.valid_from),
            ("rate", self.tr("&Units per 1 {0}:").format(tab.base), self.value),
        ):
            form.addRow(label, widget)
            form.addRow("", self.errors[key])
        for error in self.errors.values():
            error.setStyleSheet("color: #b00020")
            error.setWordWrap(True)
            error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> bool:
        for error in self.errors.values():
            error.hide()
        service = self.tab.service
        code = self.currency.currentText()
        day = self.valid_from.date().toPython()
        value = to_latin_digits(self.value.text()).replace("٫", ".").replace(",", "").strip()
        try:
            if self.rate is None:
                service.set_rate(code, day, value)  # type: ignore[arg-type]
            else:
                service.update_rate(self.rate.id, code, day, value)  # type: ignore[arg-type]
        except ValidationError as exc:
            for key, message in translate_errors(exc.errors, self.tab.workspace).items():
                label = self.errors.get(key, self.errors["general"])
                label.setText(message)
                label.show()
            return False
        except CrmError as exc:
            self.errors["general"].setText(error_text(exc, self.tab.workspace))
            self.errors["general"].show()
            return False
        self.accept()
        return True


class CurrenciesTab(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.service = ExchangeRateService(workspace.db, workspace.user_id)
        self.base = self.service.base_currency()
        self.rates: list[ExchangeRateDTO] = []
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.hide()
        self.base_combo = currency_combo(self.base)
        set_base = QPushButton(self.tr("Use as base currency"))
        set_base.clicked.connect(lambda: self.set_base())
        base_row = QHBoxLayout()
        base_row.addWidget(QLabel(self.tr("&Base currency:")))
        base_row.itemAt(0).widget().setBuddy(self.base_combo)  # type: ignore[union-attr]
        base_row.addWidget(self.base_combo)
        base_row.addWidget(set_base)
        base_row.addStretch(1)
        self.table = QTableWidget(0, 3)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_rate())
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("Add…"), self.add_rate), (self.tr("Edit…"), self.edit_rate),
                           (self.tr("Delete"), self.delete_rate)):  # fmt: skip
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, s=slot: s())
            buttons.addWidget(button)
        buttons.addStretch(1)
        note = QLabel(self.tr("Rates are entered by you; each is valid from its date until the next one."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addLayout(base_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(note)
        self.load()

    def load(self) -> None:
        self.rates = self.service.list_rates()
        self.table.setHorizontalHeaderLabels(
            [self.tr("Currency"), self.tr("Valid from"), self.tr("Units per 1 {0}").format(self.base)]
        )
        self.table.setRowCount(len(self.rates))
        for row, rate in enumerate(self.rates):
            cells = (ltr(rate.currency), format_date(rate.valid_from, self.workspace),
                     ltr(digits(plain(rate.rate), self.workspace)))  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, rate.id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()

    def selected(self) -> ExchangeRateDTO | None:
        row = self.table.currentRow()
        return self.rates[row] if 0 <= row < len(self.rates) else None

    def _show_error(self, exc: CrmError) -> None:
        self.error.setText(error_text(exc, self.workspace))
        self.error.show()

    def set_base(self, code: str | None = None) -> bool:
        self.error.hide()
        try:
            self.service.set_base_currency(code or self.base_combo.currentText())
        except CrmError as exc:
            self._show_error(exc)
            return False
        self.base = self.service.base_currency()
        self.base_combo.setCurrentText(self.base)
        # The Office tab edits the same setting and writes it on OK: keep it in step, or it would undo this.
        office_field = getattr(self.window(), "currency", None)
        if isinstance(office_field, QLineEdit):
            office_field.setText(self.base)
        self.load()
        self.workspace.notify("settings")
        return True

    def open_dialog(self, rate: ExchangeRateDTO | None) -> RateDialog:
        """The add/edit dialog, shown modally; tests drive it through ``dialog_hook`` instead."""
        dialog = RateDialog(self, rate)
        hook: Any = getattr(self, "dialog_hook", None)
        if hook is not None:
            hook(dialog)
        elif dialog.exec():
            pass
        if dialog.result() == QDialog.DialogCode.Accepted:
            self.load()
            self.workspace.notify("exchange_rates")
        return dialog

    def add_rate(self) -> RateDialog:
        return self.open_dialog(None)

    def edit_rate(self) -> RateDialog | None:
        rate = self.selected()
        return self.open_dialog(rate) if rate else None

    def delete_rate(self) -> None:
        rate = self.selected()
        if rate is None:
            return
        try:
            self.service.delete_rate(rate.id)
        except CrmError as exc:
            self._show_error(exc)
            return
        self.load()
        self.workspace.notify("exchange_rates")
