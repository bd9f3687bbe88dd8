"""The contact form's company field searches as the user types (no combo of every company), on a real SQLite file."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.ui.forms.contact_form import ContactFormDialog
from crm_desktop.ui.ops import wait_for_ops
from crm_desktop.ui.pipeline.pickers import RecordPicker as OldPlace
from crm_desktop.ui.widgets.record_picker import MATCHES, RecordPicker
from crm_desktop.ui.workspace import Workspace


@pytest.fixture(autouse=True)
def discard(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.Discard))


def _dialog(qtbot: QtBot, ws: Workspace, contact_id: int | None = None, **initial: Any) -> ContactFormDialog:
    dialog = ContactFormDialog(ws, contact_id, initial=initial or None)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _search(picker: RecordPicker, text: str) -> list[str]:
    picker.setText(text)
    picker.search_now()
    wait_for_ops()
    return [picker.matches.item(row).text() for row in range(picker.matches.rowCount())]


def test_company_is_searched_picked_and_saved(qtbot: QtBot, ws: Workspace) -> None:
    for n in range(MATCHES + 15):
        ws.companies().create({"name": f"Trading house {n:02d}"})
    kerman = ws.companies().create({"name": "کرمان فولاد"})  # Persian kaf
    dialog = _dialog(qtbot, ws)
    picker = dialog.editor("company_id")
    assert isinstance(picker, RecordPicker) and OldPlace is RecordPicker  # the opportunity form's import still works
    assert picker.value() is None and picker.matches.rowCount() == 0  # nothing is loaded up front
    assert len(_search(picker, "Trading")) == MATCHES  # only the first matches travel to the GUI
    assert _search(picker, "كرمان") == ["کرمان فولاد"]  # typed with the Arabic kaf: the search folds it
    picker.pick(0)
    assert picker.value() == kerman.id and picker.text() == "کرمان فولاد"
    dialog.editor("given_name").insert("Reza")
    assert dialog.save()
    wait_for_ops()
    assert ws.contacts().get(dialog.saved.id).company_id == kerman.id


def test_editing_shows_the_company_and_clearing_it_saves_none(qtbot: QtBot, ws: Workspace) -> None:
    company = ws.companies().create({"name": "شركة النخبة"})
    contact = ws.contacts().create({"given_name": "Ali", "company_id": company.id})
    dialog = _dialog(qtbot, ws, contact.id)
    picker = dialog.editor("company_id")
    assert picker.text() == "شركة النخبة" and not dialog.is_dirty()
    picker.clear()
    picker.textEdited.emit("")  # what the clear button does
    assert picker.value() is None and dialog.changed_values() == {"company_id": None}
    assert dialog.save()
    wait_for_ops()
    assert ws.contacts().get(contact.id).company_id is None


def test_half_typed_name_is_not_a_choice(qtbot: QtBot, ws: Workspace) -> None:
    company = ws.companies().create({"name": "Acme"})
    dialog = _dialog(qtbot, ws, company_id=company.id)
    picker = dialog.editor("company_id")
    assert _search(picker, "Nowhere Ltd") == []
    picker.editingFinished.emit()
    assert (picker.text(), picker.value()) == ("Acme", company.id)  # reverts to the chosen company
