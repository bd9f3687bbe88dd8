"""Backups: back up now to a file of your choice, restore from a file or from an automatic backup, and the
list of automatic (daily, rotating) backups kept next to the database file.

Restoring replaces the open file (services/maintenance.restore keeps a safety copy and re-opens the engine
on the new file); the app then closes so every view starts again from the restored data. Other computers
that have the file open are refused on their next read or save (db/engine.check_file) and must restart.
PostgreSQL is backed up with pg_dump by the server's owner: the dialog says so and offers only the copy
to a SQLite file.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CrmError
from crm_desktop.services import backups, maintenance
from crm_desktop.text.bidi import isolate, ltr

from .dates import format_count, format_datetime
from .error_text import error_text
from .ops import run_op
from .workspace import Workspace

translate = QCoreApplication.translate  # spelled out per string, so lupdate files each under its context

FILE_KINDS = "Rafiq CRM backup (*.sqlite3 *.sqlite *.db);;All files (*)"


class BadBackupError(CrmError):
    """The chosen file is not a sound backup; the message is already in the user's language."""


def check_backup_file(path: Path) -> None:
    """Refuse what is not a sound SQLite file before anything is replaced (a clear message, nothing touched)."""
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise BadBackupError(
            translate("BackupDialog", "{0} cannot be read: {1}").format(ltr(str(path)), exc.strerror)
        ) from exc
    if header != b"SQLite format 3\x00":
        raise BadBackupError(
            QCoreApplication.translate(
                "BackupDialog", "{0} is not a Rafiq CRM backup (not an SQLite database file)."
            ).format(ltr(str(path)))
        )
    problems = backups.quick_check(path)
    if problems:
        message = translate("BackupDialog", "{0} is damaged ({1}); choose another backup.")
        raise BadBackupError(message.format(ltr(str(path)), isolate(problems[0])))


def restore_file(workspace: Workspace, path: Path) -> Path | None:
    """Check, then restore (the database thread): the safety copy of what was there, or None (server)."""
    check_backup_file(path)
    return maintenance.restore(workspace.db, path)


class BackupDialog(QDialog):
    restored = Signal()  # the open database now holds the backup's data: the window should close

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        db = workspace.db
        self.setWindowTitle(self.tr("Backups"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.list = QListWidget()
        self.backup_button = QPushButton(self.tr("&Back up now…"))
        self.restore_button = QPushButton(self.tr("&Restore from a file…"))
        self.restore_auto = QPushButton(self.tr("Restore the &selected backup…"))
        self.backup_button.clicked.connect(lambda: self.back_up())
        self.restore_button.clicked.connect(lambda: self.restore())
        self.restore_auto.clicked.connect(lambda: self.restore(self.selected()))
        self.list.currentRowChanged.connect(lambda _: self.restore_auto.setEnabled(self.selected() is not None))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for button in (self.backup_button, self.restore_button, self.restore_auto):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        if db.path is None:
            intro = self.tr(
                "This database is on a PostgreSQL server: back it up with pg_dump on the server (see the README). "
                "“Back up now” still writes a complete copy to an SQLite file you can open or restore."
            )
        else:
            intro = self.tr("Automatic backups of {0}, one a day, the newest {1} kept:").format(
                ltr(db.display_name), format_count(backups.KEEP, workspace)
            )
        heading = QLabel(intro)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(self.list)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.restore_button.setEnabled(db.path is not None and not db.read_only)
        self.list.setVisible(db.path is not None)
        self.load()
        self.resize(680, 420)

    def load(self) -> None:
        self.list.clear()
        if self.workspace.db.path is None:
            self.restore_auto.setEnabled(False)
            return
        for path in backups.list_backups(self.workspace.db.path):
            try:
                stat = path.stat()
            except OSError:
                continue
            when = format_datetime(datetime.fromtimestamp(stat.st_mtime, UTC), self.workspace)
            size = self.tr("{0} KB").format(format_count(max(1, stat.st_size // 1024), self.workspace))
            item = QListWidgetItem(f"{when}  {isolate(path.name)}  ({size})")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.list.addItem(item)
        if self.list.count() == 0:
            self.list.addItem(self.tr("No automatic backup yet (one is made at the first start of each day)."))
        self.restore_auto.setEnabled(self.selected() is not None)

    def selected(self) -> Path | None:
        item = self.list.currentItem()
        data = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return Path(data) if data else None

    # ---- actions ----------------------------------------------------------------------------------------
    def back_up(self, target: str | None = None) -> None:
        if target is None:
            stamp = datetime.now().strftime("%Y-%m-%d")
            suggested = str(Path.home() / f"rafiq-backup-{stamp}.sqlite3")
            target, _ = QFileDialog.getSaveFileName(self, self.tr("Back up to"), suggested, FILE_KINDS)
            if not target:
                return
        self._busy(self.tr("Backing up…"))
        db = self.workspace.db
        run_op(self, lambda: maintenance.backup(db, target, overwrite=True), self._backed_up, self._failed)

    def restore(self, source: Path | None = None, *, confirm: bool = True) -> None:
        if source is None:
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Restore from"), str(Path.home()), FILE_KINDS)
            if not chosen:
                return
            source = Path(chosen)
        question = self.tr(
            "Replace everything in this database with the backup {0}? A copy of the current data is kept next to "
            "the database file. Rafiq CRM closes afterwards; everyone else working in this file must start it "
            "again too."
        ).format(ltr(str(source)))
        if confirm and QMessageBox.question(self, self.tr("Restore"), question) != QMessageBox.StandardButton.Yes:
            return
        self._busy(self.tr("Restoring…"))
        workspace = self.workspace
        run_op(self, lambda: restore_file(workspace, source), self._restored, self._failed)

    # ---- results ----------------------------------------------------------------------------------------
    def _busy(self, text: str) -> None:
        self.status.setText(text)
        for button in (self.backup_button, self.restore_button, self.restore_auto):
            button.setEnabled(False)

    def _idle(self) -> None:
        db = self.workspace.db
        self.backup_button.setEnabled(True)
        self.restore_button.setEnabled(db.path is not None and not db.read_only)
        self.restore_auto.setEnabled(self.selected() is not None)

    def _backed_up(self, path: Any) -> None:
        self._idle()
        self.status.setText(self.tr("Backup written to {0}").format(ltr(str(path))))

    def _restored(self, safety: Any) -> None:
        self._idle()
        kept = self.tr(" The previous data was kept in {0}.").format(ltr(str(safety))) if safety else ""
        self.status.setText(self.tr("Restored.") + kept)
        self.restored.emit()

    def _failed(self, exc: Exception) -> None:
        self._idle()
        if isinstance(exc, BadBackupError):
            text = str(exc)
        elif isinstance(exc, CrmError):
            text = error_text(exc, self.workspace)
        else:
            text = self.tr("Unexpected error: {0}").format(exc)
        self.status.setText(text)  # in the dialog, under the list: nothing was changed
