"""Contact and company forms on a real SQLite file, offscreen; conflicts over two connections to one file."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QFormLayout, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crm_desktop.db.engine import open_database
from crm_desktop.db.models import AuditEntry
from crm_desktop.services.people import ContactService
from crm_desktop.ui.forms.company_form import CompanyFormDialog
from crm_desktop.ui.forms.conflict_dialog import MINE, THEIRS, ConflictDialog
from crm_desktop.ui.forms.contact_form import ContactFormDialog
from crm_desktop.ui.ops import wait_for_ops
from crm_desktop.ui.workspace import Workspace

Buttons = QMessageBox.StandardButton


@pytest.fixture(autouse=True)
def no_modal_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every "unsaved changes?" question is recorded and answered Discard: no modal box ever blocks a test."""
    asked: list[str] = []

    def question(parent: Any, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return Buttons.Discard

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(ConflictDialog, "exec", lambda self: pytest.fail("a modal ConflictDialog was opened"))
    return asked


def _show(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _audit(ws: Workspace) -> list[tuple[str, str, dict]]:
    with ws.db.read() as session:
        return [(r.entity, r.action, r.changes) for r in session.scalars(select(AuditEntry).order_by(AuditEntry.id))]


def test_create_contact_by_typing_and_clicking_save(qtbot: QtBot, ws: Workspace) -> None:
    company = ws.companies().create({"name": "شركة النخبة"})
    notified: list[tuple[str, int]] = []
    ws.changes.changed.connect(lambda entity, record_id: notified.append((entity, record_id)))
    dialog = _show(qtbot, ContactFormDialog(ws))
    assert not dialog.isWindowModified()
    # QTest types Latin-1 only (other characters abort): Persian goes in as an input method would insert it.
    dialog.editor("given_name").insert("علی")
    dialog.editor("family_name").insert("رضایی")
    assert dialog.editor("display_name").placeholderText() == "علی رضایی"
    assert dialog.isWindowModified() and "علی رضایی" in dialog.windowTitle()
    dialog.editor("company_id").set_value(company.id)
    dialog.editor("lifecycle_stage").set_value("customer")
    qtbot.keyClicks(dialog.editor("job_title"), "Sales manager")
    qtbot.keyClicks(dialog.editor("tags"), "vip, tehran")
    dialog.editor("tags").insert("، vip")  # the Arabic comma separates too; duplicates collapse
    dialog.editor("birthday").check.setChecked(True)
    dialog.editor("birthday").edit.setDate(QDate(1985, 3, 21))
    emails = dialog.editor("emails")
    qtbot.keyClicks(emails.rows[0].main_edit, "ali@example.com")
    qtbot.mouseClick(emails.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(emails.rows[1].main_edit, "ali.rezaei@example.org")
    emails.rows[1].set_label("home")
    emails.rows[1].primary.setChecked(True)
    qtbot.keyClicks(dialog.editor("phones").rows[0].main_edit, "+98 912 345 6789")
    address = dialog.editor("addresses").add_row()
    address.edits["street"].setText("خیابان ولیعصر، پلاک ۱۲")
    address.edits["city"].setText("تهران")
    address.edits["country"].setText("ir")
    qtbot.keyClicks(dialog.editor("notes"), "Met at the fair")

    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert not dialog.buttons.isEnabled()  # saving on the database thread: no second click meanwhile
    wait_for_ops()

    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.saved is not None
    saved = ws.contacts().get(dialog.saved.id)
    assert (saved.given_name, saved.family_name, saved.display_name) == ("علی", "رضایی", "علی رضایی")
    assert (saved.company_id, saved.lifecycle_stage, saved.owner_id) == (company.id, "customer", ws.user_id)
    assert (saved.job_title, saved.notes, saved.birthday) == ("Sales manager", "Met at the fair", date(1985, 3, 21))
    assert sorted(saved.tags) == ["tehran", "vip"]
    emails_saved = [(e.address, e.label, e.is_primary) for e in saved.emails]
    assert emails_saved == [("ali@example.com", "work", False), ("ali.rezaei@example.org", "home", True)]
    assert [(p.e164, p.label) for p in saved.phones] == [("+989123456789", "mobile")]
    assert [(a.city, a.country) for a in saved.addresses] == [("تهران", "IR")]
    assert notified == [("contacts", saved.id)]


def test_invalid_email_is_shown_under_its_row_and_nothing_is_saved(qtbot: QtBot, ws: Workspace) -> None:
    dialog = _show(qtbot, ContactFormDialog(ws))
    dialog.editor("given_name").setText("Sven")
    emails = dialog.editor("emails")
    emails.rows[0].main_edit.setText("sven@example.com")
    emails.add_row()  # a blank row in the middle is skipped, and the error still lands on the right row
    emails.add_row().main_edit.setText("sven@@example")
    address = dialog.editor("addresses").add_row()
    address.edits["street"].setText("Storgatan 1")
    address.edits["country"].setText("S1")

    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert not dialog.buttons.isEnabled()  # saving on the database thread: no second click meanwhile
    wait_for_ops()

    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted and dialog.saved is None
    assert ws.contacts().count() == 0
    assert emails.rows[0].error_label.isHidden() and emails.rows[1].error_label.isHidden()
    assert emails.rows[2].error_label.isVisible()
    assert "not a valid email address" in emails.rows[2].error_label.text()
    assert "two-letter ISO country code" in address.error_label.text() and address.error_label.isVisible()
    assert dialog.general_error.isHidden()

    dialog.show_errors({"custom_fields.size": "is not a number"})  # a key with no field goes to the top
    assert dialog.general_error.isVisible() and "custom_fields.size" in dialog.general_error.text()

    emails.rows[2].main_edit.setText("sven@example.se")
    address.edits["country"].setText("SE")
    assert dialog.save() and ws.contacts().count() == 1
    assert emails.rows[0].error_label.isHidden() and dialog.general_error.isHidden()


@pytest.mark.parametrize(
    ("name", "message"),
    [("x" * 100_000, "too long (100,000 characters"), ("Ali\x00Reza", "NUL")],
    ids=["100k-characters", "nul-byte"],
)
def test_impossible_names_are_refused_with_a_message(qtbot: QtBot, ws: Workspace, name: str, message: str) -> None:
    dialog = _show(qtbot, ContactFormDialog(ws))
    dialog.editor("given_name").setText(name)
    assert not dialog.save()
    error = dialog.fields["given_name"].error
    assert error.isVisible() and message in error.text()
    assert ws.contacts().count() == 0 and dialog.saved is None


def test_initial_values_prefill_a_new_contact_without_making_it_dirty(qtbot: QtBot, ws: Workspace) -> None:
    company = ws.companies().create({"name": "Elite"})
    dialog = _show(qtbot, ContactFormDialog(ws, initial={"company_id": company.id, "emails": ["new@example.com"]}))
    assert not dialog.is_dirty() and dialog.editor("display_name").placeholderText() == "new@example.com"
    assert dialog.save() and dialog.saved is not None
    assert (dialog.saved.company_id, dialog.saved.display_name) == (company.id, "new@example.com")


def test_a_contact_with_no_name_email_or_phone_is_refused(qtbot: QtBot, ws: Workspace) -> None:
    dialog = _show(qtbot, ContactFormDialog(ws))
    assert not dialog.save()
    assert "needs a name" in dialog.fields["display_name"].error.text()
    assert ws.contacts().count() == 0


def test_editing_sends_only_the_changed_fields(qtbot: QtBot, ws: Workspace) -> None:
    values = {"given_name": "Leila", "job_title": "Engineer", "emails": ["leila@example.com"], "tags": ["berlin"]}
    created = ws.contacts().create({**values, "phones": ["+49 30 1234567"]})
    before = len(_audit(ws))
    dialog = _show(qtbot, ContactFormDialog(ws, created.id))
    assert not dialog.is_dirty() and dialog.changed_values() == {}
    dialog.editor("job_title").setText("Lead")
    assert dialog.changed_values() == {"job_title": "Lead"}
    assert dialog.save()
    after = ws.contacts().get(created.id)
    assert after.version == created.version + 1 and after.job_title == "Lead"
    assert after.emails == created.emails and after.phones == created.phones and after.tags == created.tags
    # No email or phone row was rewritten: one audit entry, naming one field.
    assert _audit(ws)[before:] == [("contacts", "update", {"job_title": ["Engineer", "Lead"]})]


def test_renaming_keeps_a_built_display_name_following_the_parts(qtbot: QtBot, ws: Workspace) -> None:
    created = ws.contacts().create({"given_name": "Ali", "family_name": "Rezaei"})
    dialog = _show(qtbot, ContactFormDialog(ws, created.id))
    assert dialog.editor("display_name").text() == ""  # built, so shown as the placeholder
    dialog.editor("family_name").setText("Ahmadi")
    assert dialog.save()
    assert ws.contacts().get(created.id).display_name == "Ali Ahmadi"
    dialog = _show(qtbot, ContactFormDialog(ws, created.id))
    dialog.editor("display_name").setText("Boss")
    assert dialog.save() and ws.contacts().get(created.id).display_name == "Boss"
    dialog.editor("display_name").setText("")  # cleared: back to the built name
    assert dialog.save() and ws.contacts().get(created.id).display_name == "Ali Ahmadi"


def test_closing_with_edits_asks_and_follows_the_answer(
    qtbot: QtBot, ws: Workspace, no_modal_boxes: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    created = ws.contacts().create({"display_name": "Omid"})
    dialog = _show(qtbot, ContactFormDialog(ws, created.id))
    dialog.reject()  # nothing edited: closes without asking
    assert not no_modal_boxes and dialog.result() == QDialog.DialogCode.Rejected

    dialog = _show(qtbot, ContactFormDialog(ws, created.id))
    assert "[*]" in dialog.windowTitle() and not dialog.isWindowModified()
    dialog.editor("source").setText("fair")
    assert dialog.isWindowModified() and dialog.is_dirty()
    dialog.editor("source").setText("")
    assert not dialog.isWindowModified()  # typed back to what was loaded: clean again
    dialog.editor("source").setText("fair")

    monkeypatch.setattr(dialog, "ask_unsaved", lambda: Buttons.Cancel)
    dialog.close()
    assert dialog.isVisible() and dialog.editor("source").text() == "fair"  # Cancel: stays open with the edit

    monkeypatch.setattr(dialog, "ask_unsaved", lambda: Buttons.Save)
    dialog.reject()
    wait_for_ops()
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
    assert ws.contacts().get(created.id).source == "fair"

    dialog = _show(qtbot, ContactFormDialog(ws, created.id))
    dialog.editor("source").setText("web")
    dialog.close()  # the real question (patched QMessageBox.question) answers Discard
    assert no_modal_boxes and not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert ws.contacts().get(created.id).source == "fair"


def _conflict_setup(qtbot: QtBot, ws: Workspace, sqlite_path: Path) -> tuple[ContactFormDialog, int]:
    created = ws.contacts().create({"given_name": "Ali", "job_title": "Engineer", "notes": "base"})
    form = _show(qtbot, ContactFormDialog(ws, created.id))  # connection A loads the contact
    other = open_database(sqlite_path)  # connection B: another user on the same file
    ContactService(other).update(created.id, created.version, {"job_title": "CTO", "notes": "theirs"})
    other.close()
    form.editor("job_title").setText("Lead")  # both changed this field
    form.editor("source").setText("web")  # only I changed this one
    return form, created.id


@pytest.mark.parametrize(
    ("choice", "merged", "final"),
    [
        ("keep_mine", {"job_title": "Lead", "notes": "base", "source": "web"}, ("Lead", "base", "web")),
        ("take_theirs", {}, ("CTO", "theirs", None)),
        ("merge", {"source": "web"}, ("CTO", "theirs", "web")),
    ],
)
def test_conflict_is_resolved_with_the_users_choice(
    qtbot: QtBot, ws: Workspace, sqlite_path: Path, choice: str, merged: dict, final: tuple
) -> None:
    form, contact_id = _conflict_setup(qtbot, ws, sqlite_path)
    dialogs: list[ConflictDialog] = []

    def resolve(mine: dict, theirs: dict, base: dict) -> dict | None:
        dialog = form.make_conflict_dialog(mine, theirs, base)
        qtbot.addWidget(dialog)
        dialogs.append(dialog)
        assert set(dialog.keys) == {"job_title", "notes", "source"}
        # Three-way defaults: what I edited stays mine, what only they edited takes theirs.
        assert dialog.choices() == {"job_title": MINE, "notes": THEIRS, "source": MINE}
        if choice == "merge":
            dialog.set_choice("job_title", THEIRS)
        getattr(dialog, choice)()
        assert dialog.result() == QDialog.DialogCode.Accepted
        return dialog.merged_values()

    form.resolve_conflict = resolve  # type: ignore[method-assign]
    saved = form.save()

    assert len(dialogs) == 1 and dialogs[0].merged_values() == merged
    current = ws.contacts().get(contact_id)
    assert (current.job_title, current.notes, current.source) == final
    if choice == "take_theirs":
        assert not saved and current.version == 2  # nothing written; the form shows the saved version
        assert form.editor("job_title").value() == "CTO" and not form.is_dirty()
        assert form.info_label.isVisible()
    else:
        assert saved and current.version == 3 and form.saved == current


def test_cancelling_the_conflict_saves_nothing(qtbot: QtBot, ws: Workspace, sqlite_path: Path) -> None:
    form, contact_id = _conflict_setup(qtbot, ws, sqlite_path)
    form.resolve_conflict = lambda mine, theirs, base: None  # type: ignore[method-assign]
    assert not form.save()
    assert ws.contacts().get(contact_id).job_title == "CTO"
    assert form.general_error.isVisible() and form.is_dirty()


def test_conflict_dialog_shows_lists_joined_and_chooses_them_whole(qtbot: QtBot) -> None:
    base = {"emails": [{"address": "a@example.com", "label": "work", "is_primary": True}], "size": "10"}
    mine = {"emails": [*base["emails"], {"address": "b@example.com", "label": "", "is_primary": False}], "size": "10"}
    theirs = {"emails": [], "size": "50"}
    dialog = ConflictDialog("company", mine, theirs, base, labels={"emails": "Emails", "size": "Size"})
    qtbot.addWidget(dialog)
    assert dialog.keys == ["emails", "size"]
    assert dialog.table.item(0, 0).text() == "Emails" and dialog.table.item(0, 0).font().bold()
    assert dialog._radios[("emails", MINE)].toolTip() == "a@example.com (work); b@example.com"
    assert dialog._radios[("emails", THEIRS)].toolTip() == "(empty)"
    dialog.merge()
    assert dialog.choice == "merge" and dialog.merged_values() == {"emails": mine["emails"]}
    dialog.keep_mine()
    assert dialog.merged_values() == {"emails": mine["emails"], "size": "10"}
    dialog.take_theirs()
    assert dialog.merged_values() == {}


def test_company_create_and_edit_with_a_parent(qtbot: QtBot, ws: Workspace) -> None:
    holding = ws.companies().create({"name": "شركة النخبة"})
    dialog = _show(qtbot, CompanyFormDialog(ws))
    dialog.editor("name").insert("پارس تجارت")
    dialog.editor("parent_id").set_value(holding.id)
    qtbot.keyClicks(dialog.editor("website"), "https://pars.example.com")
    dialog.editor("phones").rows[0].main_edit.setText("+98 21 8888 7777")
    dialog.save_and_accept()
    wait_for_ops()
    assert dialog.result() == QDialog.DialogCode.Accepted
    child = ws.companies().get(dialog.saved.id)
    assert (child.name, child.parent_id, child.website) == ("پارس تجارت", holding.id, "https://pars.example.com")
    assert [p.e164 for p in child.phones] == ["+982188887777"]

    dialog = _show(qtbot, CompanyFormDialog(ws, child.id))
    dialog.editor("industry").setText("Trade")
    dialog.editor("parent_id").set_value(None)
    assert dialog.changed_values() == {"industry": "Trade", "parent_id": None}
    assert dialog.save() and (dialog.saved.parent_id, ws.companies().get(child.id).industry) == (None, "Trade")


def test_a_company_cannot_become_its_own_parent(qtbot: QtBot, ws: Workspace) -> None:
    top = ws.companies().create({"name": "Top"})
    sub = ws.companies().create({"name": "Sub", "parent_id": top.id})
    dialog = _show(qtbot, CompanyFormDialog(ws, top.id))
    picker = dialog.editor("parent_id")  # searched as you type: the service refuses what would loop
    picker.set_value(top.id)  # itself
    assert not dialog.save() and "own parent" in dialog.fields["parent_id"].error.text()
    picker.set_value(sub.id)  # its own child
    assert not dialog.save()
    error = dialog.fields["parent_id"].error
    assert error.isVisible() and "own parent" in error.text()
    assert ws.companies().get(top.id).parent_id is None and ws.companies().get(top.id).version == top.version

    empty = _show(qtbot, CompanyFormDialog(ws))
    assert not empty.save() and "required" in empty.fields["name"].error.text()


def _tab_sequence(dialog: QDialog, start: QWidget) -> list[QWidget]:
    sequence, widget = [], start
    for _ in range(1000):
        widget = widget.nextInFocusChain()
        if widget is start:
            break
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(dialog) and widget.isEnabled():
            sequence.append(widget)
    return sequence


def test_every_row_has_a_mnemonic_and_tab_reaches_added_rows_in_place(qtbot: QtBot, ws: Workspace) -> None:
    dialog = _show(qtbot, ContactFormDialog(ws))
    for row in range(dialog.form.rowCount()):
        caption = dialog.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
        assert "&" in caption.text() and caption.buddy() is not None
    emails = dialog.editor("emails")
    second = emails.add_row()
    address = dialog.editor("addresses").add_row()
    order = _tab_sequence(dialog, dialog.editor("prefix")).index
    assert (
        order(dialog.editor("tags"))
        < order(emails.rows[0].main_edit)
        < order(second.main_edit)
        < order(emails.add_button)
        < order(dialog.editor("phones").rows[0].main_edit)
        < order(address.edits["street"])
        < order(address.edits["country"])
        < order(address.primary)
        < order(dialog.editor("notes"))
    )


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft])
def test_forms_mirror_but_keep_addresses_left_to_right(
    qtbot: QtBot, ws: Workspace, tmp_path: Path, direction: Qt.LayoutDirection
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setLayoutDirection(direction)
    try:
        contact = ws.contacts().create(
            {"given_name": "علی", "family_name": "رضایی", "emails": ["ali@example.com"], "phones": ["+98 912 345 6789"]}
        )
        dialog = _show(qtbot, ContactFormDialog(ws, contact.id))
        qtbot.waitExposed(dialog)
        dialog.editor("birthday").set_value(date(1985, 3, 21))
        assert dialog.editor("birthday").edit.text() == "1985-03-21"  # ISO order, not mirrored
        caption = dialog.form.labelForField(dialog.form.itemAt(1, dialog.form.ItemRole.FieldRole).widget())
        field = dialog.form.itemAt(1, dialog.form.ItemRole.FieldRole).widget()
        label_on_right = caption.geometry().x() > field.geometry().x()
        assert label_on_right == (direction == Qt.LayoutDirection.RightToLeft)
        for edit in (dialog.editor("emails").rows[0].main_edit, dialog.editor("phones").rows[0].main_edit):
            assert edit.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert dialog.editor("given_name").layoutDirection() == direction
        assert 600 <= dialog.width() <= 800 and dialog.height() <= 760
        assert dialog.grab().save(str(tmp_path / f"contact-{direction.name}.png"))
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
