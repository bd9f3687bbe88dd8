"""What the contact and company dialogs share: rows, errors in place, dirty tracking, save-then-accept, conflicts.

calibre's pattern (DESIGN.md): a ``QFormLayout`` of labelled rows, a ``QDialogButtonBox``, load -> edit -> save,
and the dialog closes only once the service has accepted the values. Nothing is held open in the database
while the form is on screen; a stale save comes back as ``ConflictError`` and is resolved with the user.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import ConflictError, CrmError, NotFoundError, ValidationError
from crm_desktop.services.crud import CrudService
from crm_desktop.services.dto import RecordDTO
from crm_desktop.ui.error_text import translate_errors
from crm_desktop.ui.ops import run_op, wait_for_ops

from .conflict_dialog import ConflictDialog
from .custom_rows import error_key
from .points_editor import KIND_FIELDS, PointsEditor, make_error_label

_ERROR_KEY = re.compile(r"^(?P<name>\w+)(?:\[(?P<index>\d+)\])?(?:\.(?P<sub>\w+))?$")
ISOLATE = "\u2068{}\u2069"  # a name inside a sentence keeps its own direction (FSI ... PDI)


@dataclass
class FieldRow:
    """One field of the form: its editor (value/set_value/changed), its label text and its error line."""

    key: str
    label: str
    editor: Any
    error: QLabel


class RecordFormDialog(QDialog):
    """Base of the record dialogs; a subclass builds its rows and says how records map to field values."""

    entity_table = ""  # the table name views listen for in Workspace.notify: "contacts"

    def __init__(self, workspace: Any, record_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.record_id = record_id
        self.saved: RecordDTO | None = None
        self.fields: dict[str, FieldRow] = {}
        self._dto: RecordDTO | None = None
        self._baseline: dict[str, Any] = {}
        self._loading = False
        self.resize(640, 700)
        self.general_error = make_error_label()
        self.info_label = QLabel()
        self.info_label.setWordWrap(True)
        self.info_label.hide()
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        body = QWidget()
        body.setLayout(self.form)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(body)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save_and_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addWidget(self.info_label)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.buttons)

    # ---- what a subclass provides ------------------------------------------------------------------
    def service(self) -> CrudService[Any, Any]:
        raise NotImplementedError

    def values_from_dto(self, dto: Any) -> dict[str, Any]:
        """The record as field values, in exactly the shape the editors return (so comparisons are fair)."""
        raise NotImplementedError

    def to_changes(self, values: dict[str, Any], *, creating: bool) -> dict[str, Any]:
        """Field values as the service takes them (a subclass drops or derives what the service builds)."""
        return values

    def window_title_for(self, values: Mapping[str, Any]) -> str:
        raise NotImplementedError

    def entity_label(self) -> str:
        """A person's word for the record, for the conflict dialog: "contact"."""
        raise NotImplementedError

    # ---- building rows -----------------------------------------------------------------------------
    def add_row(self, key: str, label: str, editor: QWidget) -> QWidget:
        """A labelled row: ``label`` carries the ``&`` mnemonic, the editor is its buddy, an error line below."""
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(editor)
        error = make_error_label()
        box.addWidget(error)
        caption = QLabel(label)
        caption.setBuddy(editor)
        self.form.addRow(caption, holder)
        self.fields[key] = FieldRow(key, label.replace("&", ""), editor, error)
        editor.changed.connect(self._on_edited)  # type: ignore[attr-defined]
        return editor

    # ---- values and dirty state --------------------------------------------------------------------
    def current_values(self) -> dict[str, Any]:
        return {key: row.editor.value() for key, row in self.fields.items()}

    def set_values(self, values: Mapping[str, Any]) -> None:
        self._loading = True
        try:
            for key, value in values.items():
                if key in self.fields:
                    self.fields[key].editor.set_value(value)
        finally:
            self._loading = False

    def changed_values(self) -> dict[str, Any]:
        current = self.current_values()
        return {key: value for key, value in current.items() if value != self._baseline.get(key)}

    def is_dirty(self) -> bool:
        return bool(self.changed_values())

    def load(self, dto: RecordDTO | None, initial: Mapping[str, Any] | None = None) -> None:
        """Show ``dto`` (or a new record with ``initial`` values); what is shown now is the clean state."""
        self._dto = dto
        self.record_id = dto.id if dto is not None else self.record_id
        if dto is not None:
            self.set_values(self.values_from_dto(dto))
        if initial:
            self.set_values(initial)
        if dto is None:
            # One empty email and phone row invite typing; blank rows are never sent, so this is not an edit.
            for key in ("emails", "phones"):
                editor = self.fields[key].editor if key in self.fields else None
                if isinstance(editor, PointsEditor) and not editor.row_count():
                    editor.add_row()
        self._baseline = self.current_values()
        self._on_edited()

    def _on_edited(self) -> None:
        if self._loading:
            return
        self.setWindowTitle(self.window_title_for(self.current_values()) + "[*]")
        self.setWindowModified(self.is_dirty())

    # ---- saving ------------------------------------------------------------------------------------
    def save_and_accept(self) -> None:
        """The Save button: the write runs on the database thread; the dialog closes once it is accepted."""
        self.start_save(lambda ok: self.accept() if ok else None)

    def save(self) -> bool:
        """Blocking twin of ``start_save`` for scripts and tests: waits for the database thread's answer."""
        outcome: list[bool] = []
        self.start_save(outcome.append)
        wait_for_ops(timeout=60)
        return bool(outcome and outcome[0])

    def start_save(self, finished: Callable[[bool], None]) -> None:
        """Write the form through the service off the GUI thread; ``finished(False)``: nothing saved.

        The values are read from the widgets here, on the GUI thread; the work only calls the service, so a
        shared file locked by a colleague makes the Save button wait, never the window.
        """
        self.clear_errors()
        service = self.service()
        work: Callable[[], RecordDTO]
        if self._dto is None:
            changes = self.to_changes(self.current_values(), creating=True)
            work = lambda: service.create(changes)  # noqa: E731
        else:
            changed = self.changed_values()
            if not changed:
                self.saved = self._dto
                finished(True)
                return
            record_id, version = self._dto.id, self._dto.version
            changes = self.to_changes(changed, creating=False)
            work = lambda: service.update(record_id, version, changes)  # noqa: E731
        self.buttons.setEnabled(False)

        def done(dto: RecordDTO) -> None:
            self.buttons.setEnabled(True)
            self._saved(dto)
            finished(True)

        def failed(exc: Exception) -> None:
            self.buttons.setEnabled(True)
            if isinstance(exc, ValidationError):
                self.show_errors(exc.errors)
            elif isinstance(exc, ConflictError):
                self._resolve_and_save(finished)
                return
            else:
                self.show_general_error(str(exc) if isinstance(exc, CrmError) else repr(exc))
            finished(False)

        run_op(self, work, done, failed, busy_text=self.tr("Saving…"))

    def _saved(self, dto: RecordDTO) -> None:
        self.saved = dto
        self.load(dto)
        self.workspace.notify(self.entity_table, dto.id)

    def _resolve_and_save(self, finished: Callable[[bool], None]) -> None:
        """Someone saved meanwhile: show both versions, then write the user's choices on top of theirs."""
        assert self._dto is not None
        service, record_id = self.service(), self._dto.id

        def gone(exc: Exception) -> None:
            if isinstance(exc, NotFoundError):
                message = self.tr("Someone else moved this record to the Trash; your changes were not saved.")
            else:
                message = str(exc)
            self.show_general_error(message)
            finished(False)

        run_op(self, lambda: service.get(record_id), lambda dto: self._merge_with(dto, finished), gone)

    def _merge_with(self, theirs_dto: RecordDTO, finished: Callable[[bool], None]) -> None:
        mine, theirs = self.current_values(), self.values_from_dto(theirs_dto)
        merged = self.resolve_conflict(mine, theirs, dict(self._baseline))
        if merged is None:
            self.show_general_error(
                self.tr("Someone else changed this record. Nothing was saved; save again to compare the versions.")
            )
            finished(False)
            return
        if not merged:
            self.load(theirs_dto)
            self.show_info(self.tr("The form now shows the version saved by the other person."))
            finished(False)
            return
        # The user's choices are saved on top of the current version; the form keeps showing them.
        self._dto = theirs_dto
        self.set_values(theirs)
        self._baseline = self.current_values()
        self.set_values(merged)
        self._on_edited()
        self.start_save(finished)

    def resolve_conflict(self, mine: dict[str, Any], theirs: dict[str, Any], base: dict[str, Any]) -> dict | None:
        """Ask which values win; a dict of values to save on top of theirs, or None if the user cancelled.

        Tests (and scripted flows) override this to drive ``ConflictDialog`` without a modal loop.
        """
        dialog = self.make_conflict_dialog(mine, theirs, base)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.merged_values()

    def make_conflict_dialog(
        self, mine: dict[str, Any], theirs: dict[str, Any], base: dict[str, Any]
    ) -> ConflictDialog:
        labels = {key: row.label for key, row in self.fields.items()}
        return ConflictDialog(self.entity_label(), mine, theirs, base, self, labels=labels, describe=self.describe)

    def describe(self, key: str, value: Any) -> str | None:
        """How the conflict dialog shows ``value`` of field ``key`` (names for ids); None: the default."""
        editor = self.fields[key].editor if key in self.fields else None
        text_for: Callable[[Any], str] | None = getattr(editor, "text_for", None)
        return text_for(value) if text_for is not None and value is not None else None

    # ---- errors ------------------------------------------------------------------------------------
    def clear_errors(self) -> None:
        self.general_error.hide()
        self.info_label.hide()
        for row in self.fields.values():
            row.error.hide()
            if isinstance(row.editor, PointsEditor):
                row.editor.clear_errors()

    def show_errors(self, errors: Mapping[str, str]) -> None:
        """Each message under its field ("emails[1]" under the second email row); the rest at the top."""
        general: list[str] = []
        first: QWidget | None = None
        for key, message in translate_errors(errors, self.workspace).items():
            match = _ERROR_KEY.match(error_key(key))
            row = self.fields.get(match["name"]) if match else None
            if row is None or match is None:
                general.append(f"{key}: {message}")
                continue
            if isinstance(row.editor, PointsEditor):
                index = int(match["index"]) if match["index"] is not None else None
                target = row.editor.show_error(index, match["sub"], message)
            else:
                text = row.error.text() + "\n" + message if row.error.isVisible() else message
                row.error.setText(text)
                row.error.show()
                target = row.error
            first = first or target
        if general:
            self.show_general_error("\n".join(general))
        if first is not None:
            self.scroll.ensureWidgetVisible(first)

    def show_general_error(self, message: str) -> None:
        self.general_error.setText(message)
        self.general_error.show()

    def show_info(self, message: str) -> None:
        self.info_label.setText(message)
        self.info_label.show()

    # ---- closing -----------------------------------------------------------------------------------
    def ask_unsaved(self) -> QMessageBox.StandardButton:
        """Save, Discard or Cancel; tests replace this to answer without a modal box."""
        buttons = QMessageBox.StandardButton
        return QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("This form has changes that are not saved. Save them?"),
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )

    def reject(self) -> None:
        """Cancel, Esc and the window's close button all come here: never drop edits without asking."""
        if self.is_dirty():
            choice = self.ask_unsaved()
            if choice == QMessageBox.StandardButton.Save:
                self.save_and_accept()
                return
            if choice != QMessageBox.StandardButton.Discard:
                return
        super().reject()


def points_from_dtos(kind: str, dtos: Iterable[Any]) -> list[dict[str, Any]]:
    """EmailDTO/PhoneDTO/AddressDTO tuples as the dicts ``PointsEditor.value()`` returns."""
    items = []
    for dto in dtos:
        if kind == "phones":
            item: dict[str, Any] = {"number": dto.raw}
        else:
            item = {name: getattr(dto, name) or None for name in KIND_FIELDS[kind]}
        item["label"] = dto.label or ""
        item["is_primary"] = bool(dto.is_primary)
        items.append(item)
    return items
