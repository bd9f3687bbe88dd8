"""The task editor saves on the database thread (ui/ops.py run_op): Save greyed while writing, the service's
messages under their fields, a task changed elsewhere refused, not overwritten. Real SQLite file."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.services.activities import ActivityService
from crm_desktop.ui.ops import wait_for_ops
from crm_desktop.ui.pages.tasks_page import TaskDialog
from crm_desktop.ui.workspace import Workspace


def _dialog(qtbot: QtBot, ws: Workspace, subject: str = "Call Reza") -> tuple[TaskDialog, int]:
    task = ActivityService(ws.db, ws.user_id).create({"kind": "task", "subject": subject, "assignee_id": ws.user_id})
    dialog = TaskDialog(ws, task)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, task.id


def test_save_runs_off_the_gui_thread_with_save_greyed(qtbot: QtBot, ws: Workspace) -> None:
    dialog, task_id = _dialog(qtbot, ws)
    notified: list[tuple[str, int]] = []
    ws.changes.changed.connect(lambda entity, record_id: notified.append((entity, record_id)))
    dialog.subject.setText("پیگیری قرارداد")
    dialog.priority.setCurrentIndex(dialog.priority.findData(3))
    dialog.save()
    assert not dialog.buttons.isEnabled()  # queued, not yet written: no second click meanwhile
    assert ActivityService(ws.db).get(task_id).subject == "Call Reza"
    wait_for_ops()
    saved = ActivityService(ws.db).get(task_id)
    assert (saved.subject, saved.priority) == ("پیگیری قرارداد", 3)
    assert dialog.result() == QDialog.DialogCode.Accepted and notified == [("activities", task_id)]


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [("subject", "x" * 600, "600"), ("body", "a\x00b", "NUL")],
)
def test_service_errors_show_under_their_field_and_nothing_is_saved(
    qtbot: QtBot, ws: Workspace, field: str, value: str, words: str
) -> None:
    dialog, task_id = _dialog(qtbot, ws)
    (dialog.subject.setText if field == "subject" else dialog.body.setPlainText)(value)
    dialog.save()
    wait_for_ops()
    label = dialog.field_errors[field]
    assert label.isVisible() and words in label.text()
    assert not dialog.error.isVisible() and dialog.buttons.isEnabled() and dialog.isVisible()
    assert [k for k, v in dialog.field_errors.items() if v.isVisible()] == [field]
    assert ActivityService(ws.db).get(task_id).subject == "Call Reza"
    # Fixed, saved again: the message goes away and the task is written.
    (dialog.subject.setText if field == "subject" else dialog.body.setPlainText)("fixed")
    dialog.save()
    wait_for_ops()
    assert not label.isVisible() and dialog.result() == QDialog.DialogCode.Accepted


def test_a_task_changed_elsewhere_is_reported_not_overwritten(
    qtbot: QtBot, ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: warned.append(text)))
    dialog, task_id = _dialog(qtbot, ws)
    other = ActivityService(ws.db).get(task_id)
    ActivityService(ws.db).update(task_id, other.version, {"subject": "Theirs"})
    dialog.subject.setText("Mine")
    dialog.save()
    wait_for_ops()
    assert len(warned) == 1 and dialog.result() == QDialog.DialogCode.Rejected
    assert ActivityService(ws.db).get(task_id).subject == "Theirs"
