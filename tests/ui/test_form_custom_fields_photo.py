"""Custom fields (text, number, date, choice) and the photo in the contact and company forms, real SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.db.engine import open_database
from crm_desktop.services.custom_fields import CustomFieldService
from crm_desktop.services.people import ContactService, UserService
from crm_desktop.ui.forms.company_form import CompanyFormDialog
from crm_desktop.ui.forms.contact_form import ContactFormDialog
from crm_desktop.ui.ops import wait_for_ops
from crm_desktop.ui.workspace import Workspace


@pytest.fixture
def ws(sqlite_path: Path) -> Iterator[Workspace]:
    db = open_database(sqlite_path)
    user = UserService(db).create({"login": "nadia", "display_name": "Nadia"})
    fields = CustomFieldService(db, user.id)
    fields.create("contacts", "Employee count", "number", key="employees")
    fields.create("contacts", "Contract end", "date", key="contract_end")
    fields.create("contacts", "Segment", "choice", ["Retail", "Wholesale"], key="segment")
    fields.create("contacts", "Nickname", "text", key="nickname")
    fields.create("companies", "Sector", "choice", ["بانک", "بیمه"], key="sector")
    yield Workspace(db, user.id, "Nadia")
    wait_for_ops()
    db.close()


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.Discard))


def _png(path: Path, width: int = 1200, height: int = 900) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7"))
    assert image.save(str(path), "PNG")
    return path


def _form(qtbot: QtBot, dialog: Any) -> Any:
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_custom_fields_are_typed_saved_and_shown_again(qtbot: QtBot, ws: Workspace) -> None:
    dialog = _form(qtbot, ContactFormDialog(ws))
    labels = [row.label for row in dialog.fields.values()]
    assert labels[-4:] == ["Employee count", "Contract end", "Segment", "Nickname"]
    dialog.editor("given_name").setText("Sara")
    dialog.editor("custom_fields__employees").setText("۱۲۵")  # Persian digits are a number too
    dialog.editor("custom_fields__contract_end").set_value(date(2027, 3, 21))
    dialog.editor("custom_fields__segment").set_value("Wholesale")
    assert dialog.save()
    saved = ws.contacts().get(dialog.saved.id)
    assert saved.custom_fields == {"employees": 125, "contract_end": "2027-03-21", "segment": "Wholesale"}

    again = _form(qtbot, ContactFormDialog(ws, saved.id))
    assert not again.is_dirty()  # stored values read back in the editors' own shapes
    assert again.editor("custom_fields__employees").value() == "125"
    assert again.editor("custom_fields__contract_end").value() == date(2027, 3, 21)
    again.editor("custom_fields__segment").set_value(None)  # cleared
    again.editor("custom_fields__nickname").setText("Sari")
    assert again.save()
    assert ws.contacts().get(saved.id).custom_fields == {
        "employees": 125,
        "contract_end": "2027-03-21",
        "nickname": "Sari",
    }


def test_a_bad_number_is_shown_under_its_row_and_nothing_is_saved(qtbot: QtBot, ws: Workspace) -> None:
    dialog = _form(qtbot, ContactFormDialog(ws))
    dialog.editor("given_name").setText("Omid")
    dialog.editor("custom_fields__employees").setText("many")
    assert not dialog.save()
    error = dialog.fields["custom_fields__employees"].error
    assert error.isVisible() and "not a number" in error.text()
    assert ws.contacts().count() == 0


def test_keys_without_a_definition_survive_a_form_edit(qtbot: QtBot, ws: Workspace) -> None:
    contact = ContactService(ws.db, ws.user_id).create({"display_name": "Ali", "custom_fields": {"legacy": "x"}})
    dialog = _form(qtbot, ContactFormDialog(ws, contact.id))
    dialog.editor("custom_fields__nickname").setText("Al")
    assert dialog.save()
    assert ws.contacts().get(contact.id).custom_fields == {"legacy": "x", "nickname": "Al"}


def test_company_choice_field(qtbot: QtBot, ws: Workspace) -> None:
    dialog = _form(qtbot, CompanyFormDialog(ws))
    dialog.editor("name").setText("پارس")
    dialog.editor("custom_fields__sector").set_value("بیمه")
    assert dialog.save()
    assert ws.companies().get(dialog.saved.id).custom_fields == {"sector": "بیمه"}


def test_photo_is_scaled_saved_shown_and_cleared(qtbot: QtBot, ws: Workspace, tmp_path: Path) -> None:
    dialog = _form(qtbot, ContactFormDialog(ws))
    dialog.editor("given_name").setText("Leyla")
    photo = dialog.editor("photo")
    assert photo.load_file(str(_png(tmp_path / "big.png")))
    assert dialog.is_dirty()
    assert dialog.save()
    stored = ws.contacts().photo(dialog.saved.id)
    image = QImage.fromData(stored)
    assert (image.width(), image.height()) == (512, 384)  # scaled to 512 px a side before saving

    again = _form(qtbot, ContactFormDialog(ws, dialog.saved.id))
    assert again.editor("photo").value() == stored and not again.is_dirty()
    again.editor("photo").clear.click()
    assert again.save()
    assert ws.contacts().get(dialog.saved.id).photo_sha256 is None and ws.contacts().photo(dialog.saved.id) is None


def test_a_file_that_is_not_an_image_is_refused_inline(qtbot: QtBot, ws: Workspace, tmp_path: Path) -> None:
    dialog = _form(qtbot, ContactFormDialog(ws))
    fake = tmp_path / "photo.jpg"
    fake.write_text("not an image", encoding="utf-8")
    photo = dialog.editor("photo")
    assert not photo.load_file(str(fake))
    assert photo.error.isVisible() and photo.value() is None and not dialog.is_dirty()
    assert not photo.load_file(str(tmp_path / "missing.png")) and "Cannot read" in photo.error.text()


def test_the_service_refuses_bytes_that_are_not_an_image(ws: Workspace) -> None:
    from crm_desktop.errors import ValidationError

    with pytest.raises(ValidationError) as caught:
        ContactService(ws.db, ws.user_id).create({"display_name": "X", "photo": b"%PDF-1.4"})
    assert "photo" in caught.value.errors


def test_forms_with_custom_fields_and_photo_in_rtl(qtbot: QtBot, ws: Workspace, tmp_path: Path) -> None:
    dialog = ContactFormDialog(ws)
    qtbot.addWidget(dialog)
    dialog.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    dialog.editor("photo").load_file(str(_png(tmp_path / "p.png", 300, 300)))
    dialog.show()
    assert dialog.grab().save(str(tmp_path / "rtl.png"))
