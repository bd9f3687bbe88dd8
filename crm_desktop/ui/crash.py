"""Crash handling: an unexpected exception writes a report to the user log folder and tells the user.

Without this, an exception in a Qt slot is printed to a console the user never sees (or, for the bundled
app without a console, nowhere) and the app may carry on in a broken state or vanish. ``install`` replaces
``sys.excepthook`` and ``threading.excepthook``: each exception becomes ``crash-<time>.txt`` in
``platformdirs.user_log_dir`` (traceback, version, platform) and, on the GUI thread, a message box that
names the file. Reports from worker threads reach the GUI thread through a queued signal.
"""

from __future__ import annotations

import platform
import sys
import threading
import traceback
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from crm_desktop import __version__
from crm_desktop.config import log_dir

KEEP_REPORTS = 20  # older reports are removed so the folder does not grow without end


def write_report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, where: str) -> Path:
    """Write one crash report; returns its path. Falls back to the temp folder if the log folder is unusable."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    text = "".join(
        [
            f"Rafiq CRM {__version__} crash report ({where})\n",
            f"time (UTC): {stamp}\n",
            f"python {platform.python_version()}, PySide6 {pyside_version}, {platform.platform()}\n",
            f"frozen: {getattr(sys, 'frozen', False)}\n\n",
            *traceback.format_exception(exc_type, exc, tb),
        ]
    )
    import tempfile

    for folder in (log_dir(), Path(tempfile.gettempdir()) / "RafiqCRM"):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"crash-{stamp}.txt"
            path.write_text(text, encoding="utf-8")
            for old in sorted(folder.glob("crash-*.txt"))[:-KEEP_REPORTS]:
                old.unlink(missing_ok=True)
            return path
        except OSError:
            continue
    sys.stderr.write(text)
    return Path("-")


def _tr(text: str) -> str:
    return QCoreApplication.translate("crash", text)


def tell_user(report: Path) -> None:
    """A message naming the report; nothing when no QApplication runs (the CLI keeps its own messages)."""
    if not isinstance(QApplication.instance(), QApplication):
        return
    box = QMessageBox(QMessageBox.Icon.Critical, _tr("Rafiq CRM"), _tr("Something went wrong inside Rafiq CRM."))
    box.setInformativeText(
        _tr(
            "Your saved data is not affected. What you were doing may not have finished; please check it.\n\n"
            "A report was saved to:\n{0}\nPlease send this file to your support contact."
        ).format(report)
    )
    box.exec()


class _Relay(QObject):
    """Lives on the GUI thread; a report emitted from any thread is shown there (queued connection)."""

    reported = Signal(str)


_relay: _Relay | None = None
_showing = False


def _show(report: str) -> None:
    global _showing
    if _showing:  # an exception while the box is open (e.g. in a paint event) must not stack boxes
        return
    _showing = True
    try:
        tell_user(Path(report))
    finally:
        _showing = False


def _excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    report = write_report(exc_type, exc, tb, "main thread")
    sys.__excepthook__(exc_type, exc, tb)  # still on stderr for a developer's terminal
    if _relay is not None:
        _relay.reported.emit(str(report))


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is None or issubclass(args.exc_type, SystemExit):
        return
    name = args.thread.name if args.thread else "?"
    report = write_report(args.exc_type, args.exc_value, args.exc_traceback, f"thread {name}")
    threading.__excepthook__(args)
    if _relay is not None:
        _relay.reported.emit(str(report))


def install() -> None:
    """Install both hooks; call on the GUI thread after the QApplication exists."""
    global _relay
    if _relay is None:
        _relay = _Relay()
        _relay.reported.connect(_show)
    sys.excepthook = _excepthook
    threading.excepthook = _thread_hook


def database_way_out(exc: BaseException) -> str:
    """The database cannot be opened (a drive or network folder gone, a folder that cannot be written):
    say so and offer a way out. Returns "retry", "choose" (the welcome wizard chose and saved another
    database) or "quit"."""
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Rafiq CRM"), _tr("The database cannot be opened."))
    box.setInformativeText(
        _tr(
            "{0}\n\nIf it is on a USB drive or a network folder, connect it and press Retry. "
            "Or choose another database (or create a new one) with the welcome wizard."
        ).format(exc)
    )
    retry = box.addButton(_tr("&Retry"), QMessageBox.ButtonRole.AcceptRole)
    choose = box.addButton(_tr("&Choose another database…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(_tr("&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(retry)
    box.exec()
    if box.clickedButton() is retry:
        return "retry"
    if box.clickedButton() is choose:
        from .first_run import run_first_run

        return "choose" if run_first_run() else "quit"
    return "quit"
