"""The account editor lists a real Dovecot's folders (Persian and German names decoded) to tick which to fetch."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
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


def type_into(box: QWidget, text: str) -> None:
    """Key presses carrying the characters (qtbot.keyClicks only knows ASCII keys)."""
    box.lineEdit().selectAll()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(box, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def test_ports_are_latin_left_to_right_and_accept_persian_and_arabic_digits(qtbot: QtBot, sqlite_path: Path) -> None:
    from PySide6.QtCore import QLocale

    from crm_desktop.ui.mail.accounts import TechnicalNumberBox

    previous = QLocale()
    QLocale.setDefault(QLocale("fa"))  # as in a Persian window, where an ordinary spin box shows ۹۹۳
    try:
        db = open_database(sqlite_path)
        dialog = AccountDialog(Workspace(db), None)
        qtbot.addWidget(dialog)
        box = dialog.imap_port
        assert isinstance(box, TechnicalNumberBox)
        box.setValue(993)
        assert box.text() == "993" and box.layoutDirection() == Qt.LayoutDirection.LeftToRight
        type_into(box, "۱۴۳")  # Persian digits typed
        assert box.value() == 143 and box.text() == "143"
        type_into(box, "٥٨٧")  # Arabic-Indic digits
        assert box.value() == 587
        box.setValue(12345)
        assert box.text() == "12345"  # no grouping in a technical value
        assert dialog.values()["imap_port"] == 12345
        db.close()
    finally:
        QLocale.setDefault(previous)
