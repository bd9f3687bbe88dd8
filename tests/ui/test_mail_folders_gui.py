"""The account editor lists a real Dovecot's folders (Persian and German names decoded) to tick which to fetch."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crm_desktop.db.engine import open_database
from crm_desktop.ui.mail.accounts import AccountDialog
from crm_desktop.ui.ops import wait_for_ops
from crm_desktop.ui.workspace import Workspace
from tests.dovecot import running_dovecot


@pytest.fixture
def workspace(sqlite_path: Path) -> Iterator[Workspace]:
    db = open_database(sqlite_path)
    yield Workspace(db)
    db.close()


def test_editor_lists_the_servers_folders_by_their_names(workspace: Workspace, qtbot: QtBot, tmp_path: Path) -> None:
    with running_dovecot(tmp_path / "dovecot") as server:
        server.append(b"Subject: x\r\n\r\nx\r\n", folder="مشتریان")
        server.append(b"Subject: y\r\n\r\ny\r\n", folder="Entwürfe")
        dialog = AccountDialog(workspace, None)
        qtbot.addWidget(dialog)
        dialog.name.setText("دفتر")
        dialog.address.setText("office@shop.example.com")
        dialog.smtp_host.setText("127.0.0.1")
        dialog.username.setText(server.user)
        dialog.imap_host.setText(server.host)
        dialog.imap_port.setValue(server.port)
        dialog.imap_security.setCurrentIndex(dialog.imap_security.findData("none"))
        dialog.load_server_folders()  # no password typed, none stored: said beside the password
        wait_for_ops()
        assert "password first" in dialog.errors["password"].text() and not dialog.server_folders.isVisibleTo(dialog)
        dialog.password.setText(server.password)
        dialog.load_server_folders()
        wait_for_ops()
        folders = dialog.server_folders
        names = [folders.item(row).data(Qt.ItemDataRole.UserRole) for row in range(folders.count())]
        assert names == ["INBOX", "Entwürfe", "مشتریان"] and folders.isVisibleTo(dialog)
        assert folders.item(0).checkState() == Qt.CheckState.Checked  # INBOX, the default, is ticked
        folders.item(2).setCheckState(Qt.CheckState.Checked)
        folders.item(0).setCheckState(Qt.CheckState.Unchecked)
        assert dialog.folders.text() == "مشتریان"
        dialog.password.setText("wrong")
        dialog.load_server_folders()
        wait_for_ops()
        assert "refused the user name or password" in dialog.other_error.text()
