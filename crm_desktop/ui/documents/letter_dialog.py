"""Letters…: write or choose a template, choose who gets it (one contact, a tag, a saved search) and make
one PDF with a letter per contact, in the user's language, calendar and digits. The CLI twin is
``crm-desktop letter``; both go through services/letters.py and reports/letters.py."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import ValidationError
from crm_desktop.reports.bidi_lines import has_rtl
from crm_desktop.services.document_list import RecordChoice, safe_file_name, shown_name
from crm_desktop.services.dto import SavedSearchDTO
from crm_desktop.services.letters import MERGE_FIELDS, LetterTemplate, LetterTemplates, recipients
from crm_desktop.services.saved_searches import SavedSearchService

from ..dates import digits
from ..error_text import translate_error
from ..ops import run_op
from ..workspace import Workspace
from .model import describe
from .record_picker import RecordPicker


class LetterDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Letters"))
        self.workspace = workspace
        self.store = LetterTemplates(workspace.db, workspace.user_id)
        self.contact: RecordChoice | None = None
        self.written: Path | None = None  # the last PDF made (tests read it)

        self.templates = QComboBox()
        self.templates.currentIndexChanged.connect(lambda _: self._load_template())
        self.name = QLineEdit()
        self.title_edit = QLineEdit()
        # QTextEdit, not QPlainTextEdit: the plain editor left-aligns a Persian paragraph; this one aligns each
        # paragraph to its own direction (a Latin address line in a Persian letter, as the PDF prints it).
        self.body = QTextEdit()
        self.body.setAcceptRichText(False)
        self.body.textChanged.connect(self._fit_directions)
        self._fitting = False
        self.body.setPlaceholderText(self.tr("Dear {first_name},\n\n…"))
        self.field = QComboBox()
        self.field.addItem(self.tr("Insert a field…"), None)
        for key in MERGE_FIELDS:
            self.field.addItem("{" + key + "}", key)
        self.field.activated.connect(self._insert_field)
        self.save_button = QPushButton(self.tr("&Save template"))
        self.save_button.clicked.connect(lambda: self.save_template())
        self.delete_button = QPushButton(self.tr("De&lete template"))
        self.delete_button.clicked.connect(lambda: self.delete_template())
        template_row = QHBoxLayout()
        template_row.addWidget(self.templates, 1)
        template_row.addWidget(self.save_button)
        template_row.addWidget(self.delete_button)

        self.one = QRadioButton(self.tr("One &contact:"))
        self.by_tag = QRadioButton(self.tr("Everyone with the &tag:"))
        self.by_search = QRadioButton(self.tr("Everyone in the saved &search:"))
        self.who = QButtonGroup(self)
        for button in (self.one, self.by_tag, self.by_search):
            self.who.addButton(button)
        self.one.setChecked(True)
        self.contact_button = QPushButton(self.tr("Choose a contact…"))
        self.contact_button.clicked.connect(lambda: self.choose_contact())
        self.tag = QLineEdit()
        self.searches = QComboBox()

        form = QFormLayout()
        form.addRow(self.tr("Template:"), template_row)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("T&itle:"), self.title_edit)
        form.addRow(self.tr("&Body:"), self.body)
        form.addRow("", self.field)
        form.addRow(self.one, self.contact_button)
        form.addRow(self.by_tag, self.tag)
        form.addRow(self.by_search, self.searches)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.make_button = buttons.addButton(self.tr("&Make PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.make_button.clicked.connect(lambda: self.make_pdf())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(640, 560)
        self.refresh_templates()
        searches = SavedSearchService(workspace.db, workspace.user_id)
        run_op(self, lambda: searches.list("contacts"), self._show_searches, self._failed)

    # ---- templates -----------------------------------------------------------------------------------
    def refresh_templates(self, select: str | None = None) -> None:
        store = self.store

        def show(found: list[LetterTemplate]) -> None:
            self.templates.blockSignals(True)
            self.templates.clear()
            self.templates.addItem(self.tr("New template"), None)
            for template in found:
                self.templates.addItem(shown_name(template.name), template)
            index = next((i for i in range(1, self.templates.count()) if self.templates.itemData(i).name == select), 0)
            self.templates.setCurrentIndex(index)
            self.templates.blockSignals(False)
            self._load_template()

        run_op(self, store.list, show, self._failed)

    def _load_template(self) -> None:
        template: LetterTemplate | None = self.templates.currentData()
        self.delete_button.setEnabled(template is not None)
        if template is not None:
            self.name.setText(template.name)
            self.title_edit.setText(template.title)
            self.body.setPlainText(template.body)

    def _fit_directions(self) -> None:
        """A line with Arabic or Persian letters reads right-to-left even when it starts with ``{first_name}``,
        as the PDF prints it; other lines follow their first letter."""
        if self._fitting:
            return
        self._fitting = True
        try:
            block = self.body.document().firstBlock()
            while block.isValid():
                wanted = (
                    Qt.LayoutDirection.RightToLeft if has_rtl(block.text()) else Qt.LayoutDirection.LayoutDirectionAuto
                )
                if block.blockFormat().layoutDirection() != wanted:
                    shape = block.blockFormat()
                    shape.setLayoutDirection(wanted)
                    cursor = QTextCursor(block)
                    cursor.joinPreviousEditBlock()  # part of the typing, not an undo step of its own
                    cursor.setBlockFormat(shape)
                    cursor.endEditBlock()
                block = block.next()
        finally:
            self._fitting = False

    def _insert_field(self, index: int) -> None:
        key = self.field.itemData(index)
        if key:
            self.body.insertPlainText("{" + key + "}")
            self.body.setFocus()
        self.field.setCurrentIndex(0)

    def save_template(self) -> None:
        store, name, title, body = self.store, self.name.text(), self.title_edit.text(), self.body.toPlainText()
        run_op(
            self,
            lambda: store.save(name, title, body),
            lambda saved: (self.refresh_templates(saved.name), self.status.setText(self.tr("Template saved."))),
            self._failed,
        )

    def delete_template(self) -> None:
        template: LetterTemplate | None = self.templates.currentData()
        if template is None:
            return
        store = self.store
        run_op(self, lambda: store.delete(template.name), lambda _: self.refresh_templates(), self._failed)

    # ---- recipients ----------------------------------------------------------------------------------
    def _show_searches(self, found: list[SavedSearchDTO]) -> None:
        for search in found:
            self.searches.addItem(shown_name(search.name), search.id)
        self.by_search.setEnabled(bool(found))

    def choose_contact(self) -> None:
        picker = RecordPicker(self.workspace, self.tr("Write to"), parent=self)
        picker.kind.setCurrentIndex(0)
        picker.kind.setEnabled(False)  # letters go to people
        if picker.exec() and picker.chosen is not None:
            self.set_contact(picker.chosen)

    def set_contact(self, contact: RecordChoice) -> None:
        self.contact = contact
        self.contact_button.setText(shown_name(contact.name))
        self.one.setChecked(True)

    def _who(self) -> dict[str, Any] | None:
        if self.one.isChecked():
            if self.contact is None:
                self.status.setText(self.tr("Choose a contact first."))
                return None
            return {"contact_id": self.contact.id}
        if self.by_tag.isChecked():
            if not self.tag.text().strip():
                self.status.setText(self.tr("Type a tag first."))
                return None
            return {"tag": self.tag.text().strip()}
        return {"saved_search": self.searches.currentData()}

    # ---- the PDF -------------------------------------------------------------------------------------
    def make_pdf(self, path: str | None = None) -> None:
        who = self._who()
        if who is None:
            return
        if not self.body.toPlainText().strip():
            self.status.setText(self.tr("Write the letter first."))
            return
        if path is None:
            suggested = safe_file_name((self.name.text() or self.tr("Letters")) + ".pdf")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save letters as"), suggested, self.tr("PDF (*.pdf)"))
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        template = LetterTemplate(self.name.text(), self.title_edit.text(), self.body.toPlainText())
        db, user_id, settings = self.workspace.db, self.workspace.user_id, self.workspace

        def work() -> Any:
            from crm_desktop.reports.context import ReportOptions
            from crm_desktop.reports.letters import make_letters

            ids = recipients(db, user_id=user_id, **who)
            options = ReportOptions(
                lang=settings.lang,
                calendar=settings.calendar,
                digits=settings.digits,
                user_id=user_id,  # type: ignore[arg-type]
            )
            return make_letters(db, template, ids, target, options)

        self.make_button.setEnabled(False)
        self.status.setText(self.tr("Making the letters…"))
        run_op(self, work, self._made, self._failed)

    def _made(self, result: Any) -> None:
        self.make_button.setEnabled(True)
        self.written = result.path
        text = QCoreApplication.translate("LetterDialog", "%n letter(s) written to {0}", "", result.letters)
        text = text.format(shown_name(str(result.path)))
        self.status.setText(digits(text, self.workspace))

    def _failed(self, exc: Exception) -> None:
        self.make_button.setEnabled(True)
        if not isinstance(exc, ValidationError):
            self.status.setText(describe(exc, self.workspace))
            return
        # The service names fields by key ("tag", "body_file"); say which part of this dialog is meant.
        labels = {
            "name": self.tr("Name"),
            "title": self.tr("Title"),
            "body": self.tr("Body"),
            "tag": self.tr("Tag"),
            "saved_search": self.tr("Saved search"),
            "contacts": self.tr("Recipients"),
        }
        lines = [
            self.tr("{0}: {1}").format(labels.get(key, key), translate_error(message, self.workspace))
            for key, message in exc.errors.items()
        ]
        self.status.setText("\n".join(lines))
