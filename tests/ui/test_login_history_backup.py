"""Login, user editor, office switches, history, recent changes, backups and who-is-working, offscreen on
real SQLite files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from crm_desktop.db.engine import open_database
from crm_desktop.services.auth import AuthService
from crm_desktop.services.people import ContactService, UserService
from crm_desktop.services.presence import Presence
from crm_desktop.ui.backup_dialog import BackupDialog
from crm_desktop.ui.history_dialog import HistoryDialog, RecentChangesDialog
from crm_desktop.ui.login_dialog import LoginDialog, OfficeSecurityBox, UserDialog
from crm_desktop.ui.ops import wait_for_ops
from crm_desktop.ui.presence_indicator import PresenceIndicator
from crm_desktop.ui.workspace import Workspace


@pytest.fixture
def office(sqlite_path: Path) -> Iterator[tuple[Workspace, Workspace]]:
    """(admin Laila's workspace, user Sara's workspace) on one file, each with its own connection pool."""
    db = open_database(sqlite_path)
    values = {"login": "laila", "display_name": "Laila", "role": "admin", "password": "laila-pw-1"}
    admin = UserService(db).create(values)
    sara = UserService(db, admin.id).create({"login": "sara", "display_name": "Sara", "password": "sara-pw-22"})
    other = open_database(sqlite_path)
    yield Workspace(db, admin.id, "Laila"), Workspace(other, sara.id, "Sara")
    db.close()
    other.close()


def test_login_dialog_refuses_a_wrong_password_then_logs_in(qtbot: QtBot, office) -> None:
    laila, sara = office
    AuthService(laila.db, laila.user_id).set_office(passwords_required=True)
    dialog = LoginDialog(laila.db, "sara")
    qtbot.addWidget(dialog)
    assert dialog.who.currentData() == "sara" and dialog.who.count() == 2
    dialog.password.setText("not-her-password")
    dialog.accept()
    assert dialog.user is None and dialog.error.isVisibleTo(dialog)
    assert "wrong login or password" in dialog.error.text()
    dialog.password.setText("sara-pw-22")
    dialog.accept()
    assert dialog.user is not None and dialog.user.id == sara.user_id and dialog.result() == 1


def test_user_dialog_deactivates_and_a_non_admin_is_refused(qtbot: QtBot, office) -> None:
    laila, sara = office
    target = laila.users().get(sara.user_id)
    refused = UserDialog(sara, laila.users().get(laila.user_id))  # Sara tries to edit Laila
    qtbot.addWidget(refused)
    refused.role.setCurrentIndex(refused.role.findData("user"))
    refused.accept()
    assert "only an administrator" in refused.errors["other"].text()
    dialog = UserDialog(laila, target)
    qtbot.addWidget(dialog)
    dialog.active.setChecked(False)
    dialog.password.setText("short")
    dialog.accept()
    assert "must have at least" in dialog.errors["password"].text() and laila.users().get(sara.user_id).active
    dialog.password.setText("")
    dialog.accept()
    assert dialog.result() == 1 and not laila.users().get(sara.user_id).active


def test_office_box_saves_for_admins_and_is_read_only_for_others(qtbot: QtBot, office) -> None:
    laila, sara = office
    box = OfficeSecurityBox(laila, True)
    qtbot.addWidget(box)
    box.passwords.setChecked(True)
    box.purge.setChecked(True)
    box.days.setValue(45)
    assert box.save()
    office_now = AuthService(laila.db).office()
    assert office_now.passwords_required and office_now.trash_purge_days == 45
    theirs = OfficeSecurityBox(sara, False)
    qtbot.addWidget(theirs)
    assert theirs.passwords.isChecked() and not theirs.passwords.isEnabled() and theirs.days.value() == 45


def test_history_dialog_shows_who_changed_what(qtbot: QtBot, office) -> None:
    laila, sara = office
    contact = ContactService(laila.db, laila.user_id).create({"display_name": "Reza", "notes": "first"})
    ContactService(sara.db, sara.user_id).update(contact.id, contact.version, {"notes": "second"})
    dialog = HistoryDialog(laila, "contacts", contact.id, "Reza")
    qtbot.addWidget(dialog)
    wait_for_ops()
    assert dialog.tree.topLevelItemCount() == 2
    change = dialog.tree.topLevelItem(1)
    assert change.text(1) == "Sara" and change.text(2) == "Changed"
    notes = [change.child(i) for i in range(change.childCount()) if change.child(i).text(2) == "Notes"]
    assert [(n.text(3), n.text(4)) for n in notes] == [("\u2068first\u2069", "\u2068second\u2069")]
    private = ContactService(laila.db, laila.user_id).create({"display_name": "Secret", "is_private": True})
    hidden = HistoryDialog(sara, "contacts", private.id, "Secret")
    qtbot.addWidget(hidden)
    wait_for_ops()
    assert hidden.tree.topLevelItemCount() == 0 and "was not found" in hidden.status.text()


def test_recent_changes_for_admins_only(qtbot: QtBot, office) -> None:
    laila, sara = office
    ContactService(laila.db, laila.user_id).create({"display_name": "Reza"})
    dialog = RecentChangesDialog(laila)
    qtbot.addWidget(dialog)
    wait_for_ops()
    assert dialog.tree.topLevelItemCount() >= 3  # two users, a password row each, the contact
    assert dialog.tree.topLevelItem(0).text(2).startswith("Contact")
    refused = RecentChangesDialog(sara)
    qtbot.addWidget(refused)
    wait_for_ops()
    assert refused.tree.topLevelItemCount() == 0 and "only an administrator" in refused.status.text()


def test_backup_now_then_restore_refuses_a_bad_file_and_restores_a_good_one(
    qtbot: QtBot, office, tmp_path: Path
) -> None:
    laila, _sara = office
    contacts = ContactService(laila.db, laila.user_id)
    kept = contacts.create({"display_name": "Kept"})
    dialog = BackupDialog(laila)
    qtbot.addWidget(dialog)
    target = tmp_path / "copy.sqlite3"
    dialog.back_up(str(target))
    wait_for_ops()
    assert target.is_file() and "Backup written" in dialog.status.text()
    contacts.create({"display_name": "Added after the backup"})
    bad = tmp_path / "notes.txt"
    bad.write_text("this is not a database", encoding="utf-8")
    dialog.restore(bad, confirm=False)
    wait_for_ops()
    assert "not a Rafiq CRM backup" in dialog.status.text() and contacts.count() == 2
    with qtbot.waitSignal(dialog.restored, timeout=5000):
        dialog.restore(target, confirm=False)
        wait_for_ops()
    assert [c.display_name for c in contacts.list()] == [kept.display_name]
    assert "previous data was kept" in dialog.status.text()


def test_backup_dialog_lists_automatic_backups(qtbot: QtBot, office) -> None:
    from crm_desktop.services.backups import daily_guard

    laila, _sara = office
    daily_guard(laila.db.path)
    dialog = BackupDialog(laila)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and "daily" in dialog.list.item(0).text()
    dialog.list.setCurrentRow(0)
    assert dialog.selected() is not None and dialog.restore_auto.isEnabled()


def test_presence_indicator_names_the_others(qtbot: QtBot, office) -> None:
    laila, sara = office
    Presence(sara.db, sara.user_id, "Sara", "PC-2").beat()
    indicator = PresenceIndicator(laila, computer="PC-1")
    qtbot.addWidget(indicator)
    indicator.start()
    wait_for_ops()
    assert not indicator.isHidden()
    assert indicator.text() == "1 other(s) working: \u2068Sara\u2069 (\u2068PC-2\u2069)"
    indicator.stop()
    assert [o.user_name for o in Presence(sara.db, sara.user_id, "Sara").others()] == ["Sara"]


def test_start_asks_for_the_password_remembers_the_user_and_purges_old_trash(qtbot: QtBot, office, monkeypatch) -> None:
    from datetime import timedelta

    from sqlalchemy import update

    from crm_desktop.config import load_settings
    from crm_desktop.db.models import Contact, utcnow
    from crm_desktop.ui import login_dialog

    laila, sara = office
    old = ContactService(laila.db, laila.user_id).create({"display_name": "Old"})
    ContactService(laila.db, laila.user_id).delete(old.id)
    with laila.db.write() as session:
        session.execute(update(Contact).values(deleted_at=utcnow() - timedelta(days=90)))
    AuthService(laila.db, laila.user_id).set_office(passwords_required=True, trash_purge_days=60)

    def log_in_as_sara(dialog: LoginDialog) -> int:
        dialog.who.setCurrentIndex(dialog.who.findData("sara"))
        dialog.password.setText("sara-pw-22")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(login_dialog.LoginDialog, "exec", log_in_as_sara)
    workspace = login_dialog.start_workspace(laila.db, "en")
    assert workspace is not None and (workspace.user_id, workspace.user_name) == (sara.user_id, "Sara")
    assert load_settings().last_user == "sara"
    assert ContactService(laila.db, laila.user_id).count(deleted=True) == 0  # purged: deleted 90 days ago
    monkeypatch.setattr(login_dialog.LoginDialog, "exec", lambda _dialog: 0)  # Cancel
    assert login_dialog.start_workspace(laila.db, "en") is None


def test_change_my_password_needs_the_current_one_and_two_equal_new_ones(qtbot: QtBot, office) -> None:
    from crm_desktop.ui.login_dialog import ChangePasswordDialog

    _laila, sara = office
    dialog = ChangePasswordDialog(sara)
    qtbot.addWidget(dialog)
    dialog.current.setText("not-it-at-all")
    dialog.new.setText("brand-new-pw")
    dialog.again.setText("brand-new-pX")
    dialog.accept()
    assert dialog.errors["again"].isVisibleTo(dialog) and dialog.result() == 0
    dialog.again.setText("brand-new-pw")
    dialog.accept()
    assert "current password" in dialog.errors["current_password"].text() and dialog.result() == 0
    dialog.current.setText("sara-pw-22")
    dialog.accept()
    assert dialog.result() == 1
    assert AuthService(sara.db).login("sara", "brand-new-pw").id == sara.user_id


def test_main_window_has_the_office_entries(qtbot: QtBot, office) -> None:
    from crm_desktop.ui.main_window import MainWindow

    laila, sara = office
    for workspace, admin in ((laila, True), (sara, False)):
        window = MainWindow(workspace)
        qtbot.addWidget(window)
        actions = window.office_actions
        assert actions["history"].shortcut().toString() == "Ctrl+H"
        assert actions["recent_changes"].isVisible() is admin and actions["backups"].isVisible()
        actions["history"].trigger()  # nothing selected: a hint in the status bar, no dialog
        assert "Select a contact or a company" in window.statusBar().currentMessage()
        wait_for_ops()
        window.close()
