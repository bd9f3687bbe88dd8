"""Small dialogs behind the 360-degree view's quick actions: log a call, add a note or task, schedule."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from crm_desktop.errors import CrmError

from ..dates import setup_date_edit, setup_number_edit
from ..error_text import error_text
from ..ops import run_op
from ..workspace import Workspace


def date_time_edit(value: QDateTime, settings: Any = None) -> QDateTimeEdit:
    """A date-time field in the user's calendar and digits, its sections left to right in any layout
    (Qt would reverse them in a right-to-left one); see ui/dates.py."""
    edit = setup_date_edit(QDateTimeEdit(), settings, with_time=True)
    edit.setDateTime(value)
    return edit


def _to_utc(edit: QDateTimeEdit) -> datetime:
    return datetime.fromtimestamp(edit.dateTime().toSecsSinceEpoch(), UTC)


class QuickDialog(QDialog):
    """A small form: an error line on top, fields, Save/Cancel; saving creates one record."""

    def __init__(self, workspace: Workspace, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.saved: Any = None
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.hide()
        self.form.addRow(self.error)

    def add_buttons(self) -> None:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.form.addRow(buttons)
        self.buttons = buttons

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def create(self, entity: str, make: Callable[[], Any]) -> None:
        """Run ``make`` (a service's create) on the database thread; then announce the record and close.

        ``make`` must not touch widgets: read the values before (as every ``save`` here does).
        """
        self.error.hide()
        buttons = getattr(self, "buttons", None)
        if buttons is not None:
            buttons.setEnabled(False)

        def done(saved: Any) -> None:
            if buttons is not None:
                buttons.setEnabled(True)
            self.saved = saved
            self.workspace.notify(entity, saved.id)
            self.accept()

        def failed(exc: Exception) -> None:
            if buttons is not None:
                buttons.setEnabled(True)
            self.show_error(error_text(exc, self.workspace) if isinstance(exc, CrmError) else repr(exc))

        run_op(self, make, done, failed, busy_text=self.tr("Saving…"))

    def save(self) -> None:
        raise NotImplementedError


class ActivityDialog(QuickDialog):
    """One dialog for call, note, meeting, task, fax and SMS: the fields that kind needs, nothing more."""

    def __init__(self, workspace: Workspace, kind: str, links: dict[str, int], parent: QWidget | None = None):
        titles = {
            "call": QCoreApplication.translate("ActivityDialog", "Log a call"),
            "note": QCoreApplication.translate("ActivityDialog", "Add a note"),
            "task": QCoreApplication.translate("ActivityDialog", "Add a task"),
            "meeting": QCoreApplication.translate("ActivityDialog", "Log a meeting"),
            "fax": QCoreApplication.translate("ActivityDialog", "Log a fax"),
            "sms": QCoreApplication.translate("ActivityDialog", "Log an SMS"),
        }
        super().__init__(workspace, titles.get(kind, kind), parent)
        self.kind, self.links = kind, links
        form = self.form
        self.subject = QLineEdit()
        form.addRow(self.tr("&Subject"), self.subject)
        self.when = date_time_edit(QDateTime.currentDateTime(), workspace)
        if kind == "task":
            self.when.setDateTime(QDateTime.currentDateTime().addDays(1))
            form.addRow(self.tr("&Due"), self.when)
            self.priority = QComboBox()
            for value, label in ((1, self.tr("Low")), (2, self.tr("Normal")), (3, self.tr("High"))):
                self.priority.addItem(label, value)
            self.priority.setCurrentIndex(1)
            form.addRow(self.tr("&Priority"), self.priority)
        else:
            form.addRow(self.tr("&When"), self.when)
        if kind in ("call", "meeting"):
            self.duration = setup_number_edit(QSpinBox(), workspace)
            self.duration.setRange(0, 24 * 60)
            self.duration.setSuffix(self.tr(" min"))
            form.addRow(self.tr("&Duration"), self.duration)
            self.outcome = QComboBox()
            self.outcome.setEditable(True)
            for text in (self.tr("Interested"), self.tr("No answer"), self.tr("Call back"), self.tr("Not interested")):
                self.outcome.addItem(text)
            self.outcome.setCurrentText("")
            form.addRow(self.tr("&Outcome"), self.outcome)
        self.body = QPlainTextEdit()
        form.addRow(self.tr("&Notes"), self.body)
        self.add_buttons()
        self.resize(480, 360)

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {"kind": self.kind, "subject": self.subject.text(), "body": self.body.toPlainText()}
        values.update(self.links)
        if self.kind == "task":
            values["due_at"] = _to_utc(self.when)
            values["priority"] = self.priority.currentData()
        else:
            values["occurred_at"] = _to_utc(self.when)
        if self.kind in ("call", "meeting"):
            values["duration_minutes"] = self.duration.value() or None
            values["outcome"] = self.outcome.currentText()
        if not values["subject"].strip():
            values["subject"] = self.windowTitle()
        return values

    def save(self) -> None:
        values = self.values()
        service = self.workspace.activities()
        self.create("activities", lambda: service.create(values))


def AppointmentDialog(workspace: Workspace, attendee_ids: list[int], company_id: int | None, parent=None) -> QDialog:
    """The 360 view's "Schedule an appointment": the full appointment form, pre-filled with the person/company."""
    from .appointment_form import AppointmentDialog as FullForm

    return FullForm(workspace, defaults={"attendee_ids": attendee_ids, "company_id": company_id}, parent=parent)


def OpportunityDialog(workspace: Workspace, links: dict[str, int | None], parent=None) -> QDialog:
    """The 360 view's "New opportunity": the full opportunity form, pre-filled with the contact/company."""
    from .opportunity_form import OpportunityForm

    return OpportunityForm(workspace, None, parent, initial={k: v for k, v in links.items() if v is not None})
