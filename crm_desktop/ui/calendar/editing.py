"""Opening and changing appointments from the calendar: the appointment form (written beside the views,
imported when first used) and the question a change to a repeating appointment needs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from crm_desktop.services.calendar import OccurrenceDTO


def is_series_occurrence(occurrence: OccurrenceDTO) -> bool:
    """Generated from a series row (so a change needs a scope), not a plain or detached appointment."""
    return occurrence.original_start is not None and occurrence.series_id == occurrence.appointment_id


def dialog_class() -> Any:
    try:  # written alongside this page; imported when first used
        from ..forms.appointment_form import AppointmentDialog
    except ImportError:
        return None
    return AppointmentDialog


def ask_scope(parent: QWidget) -> str | None:
    """The appointment form's scope question, or the same three choices in a message box without it."""
    try:
        from ..forms.appointment_form import ask_scope as form_ask_scope
    except ImportError:
        form_ask_scope = None
    if form_ask_scope is not None:
        return form_ask_scope(parent)
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("CalendarPage", "Change a repeating appointment"))
    box.setText(
        QCoreApplication.translate(
            "CalendarPage", "Change only this occurrence, this and the following ones, or all of them?"
        )
    )
    accept = QMessageBox.ButtonRole.AcceptRole
    buttons = {
        box.addButton(QCoreApplication.translate("CalendarPage", "This one"), accept): "this",
        box.addButton(QCoreApplication.translate("CalendarPage", "This and following"), accept): "following",
        box.addButton(QCoreApplication.translate("CalendarPage", "All"), accept): "all",
    }
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return buttons.get(box.clickedButton())
