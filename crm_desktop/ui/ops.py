"""Database work off the GUI thread: one helper, one worker thread, callbacks back on the GUI thread.

Anki's ``CollectionOp``/``QueryOp`` (DESIGN.md): ``run_op(parent, work, on_done, on_error)`` queues ``work``
on a single dedicated worker thread, so database units run one after another (a shared SQLite file is never
written by two of our own threads at once) and the window keeps painting while a locked file makes a save
wait. ``work`` must not touch widgets; its result or exception is handed to ``on_done``/``on_error`` on the
GUI thread. If ``parent`` is destroyed meanwhile, the callbacks are dropped.

Results travel through a locked deque that the GUI thread drains when a queued signal wakes it; tests call
``wait_for_ops()``, which drains the same deque directly instead of spinning ``processEvents`` (PySide6 6.12
leaks a reference per call).
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from crm_desktop.errors import CrmError, DatabaseBusyError

T = TypeVar("T")
log = logging.getLogger(__name__)

BUSY_RETRY_DELAYS = (0.5, 1.0, 2.0)  # on top of the engine's own short retries: a colleague's long save
StatusHook = Callable[[str], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ops", text)


@dataclass
class _Op:
    parent: QObject
    work: Callable[[], Any]
    on_done: Callable[[Any], None] | None
    on_error: Callable[[Exception], None] | None
    busy_text: str
    result: Any = None
    error: Exception | None = None
    kind: str = "done"  # "done" | "status" (a retry notice while the op is still running)
    status: str = ""


class _Bridge(QObject):
    """Lives on the GUI thread; the worker's ``wake`` signal is queued to it."""

    wake = Signal()


class _Runner:
    """The single worker thread and the hand-over of results to the GUI thread."""

    def __init__(self) -> None:
        self.jobs: queue.Queue[_Op] = queue.Queue()
        self.results: deque[_Op] = deque()
        self.lock = threading.Lock()
        self.idle = threading.Condition(self.lock)
        self.pending = 0  # queued or running, not yet delivered
        self.status_hook: StatusHook | None = None
        self.bridge = _Bridge()
        self.bridge.wake.connect(self.deliver)
        self.thread = threading.Thread(target=self._loop, name="crm-db-ops", daemon=True)
        self.thread.start()

    def submit(self, op: _Op) -> None:
        with self.lock:
            self.pending += 1
        if op.busy_text:
            self._status(op.busy_text)
        self.jobs.put(op)

    def _loop(self) -> None:
        while True:
            op = self.jobs.get()
            for delay in (*BUSY_RETRY_DELAYS, None):
                try:
                    op.result = op.work()
                    op.error = None
                    break
                except DatabaseBusyError as exc:  # the engine gave up its short retries: wait longer
                    op.error = exc
                    if delay is None:
                        break
                    self._post(_Op(op.parent, op.work, None, None, "", kind="status", status="busy"))
                    time.sleep(delay)
                except Exception as exc:
                    op.error = exc
                    break
            self._post(op)

    def _post(self, op: _Op) -> None:
        with self.lock:
            self.results.append(op)
            if op.kind == "done":
                self.pending -= 1
                self.idle.notify_all()
        self.bridge.wake.emit()

    def deliver(self) -> None:
        """GUI thread: run the callbacks of every finished op (several may arrive with one wake)."""
        while True:
            with self.lock:
                if not self.results:
                    break
                op = self.results.popleft()
                drained = self.pending == 0 and not self.results
            if op.kind == "status":
                self._status(_tr("Database busy, retrying…"))
                continue
            self._finish(op)
            if drained:
                self._status("")

    def _finish(self, op: _Op) -> None:
        if not shiboken6.isValid(op.parent):
            return  # the window that asked is gone: nobody to tell
        try:
            if op.error is None:
                if op.on_done is not None:
                    op.on_done(op.result)
            elif op.on_error is not None:
                op.on_error(op.error)
            else:
                show_error(op.parent, op.error)
        except Exception:  # a broken callback must not stop the others from being delivered
            log.exception("callback of a database operation failed")

    def _status(self, text: str) -> None:
        if self.status_hook is not None:
            try:
                self.status_hook(text)
            except RuntimeError:  # the status bar's window was closed
                self.status_hook = None


_runner: _Runner | None = None


def _get_runner() -> _Runner:
    global _runner
    if _runner is None:
        _runner = _Runner()
    return _runner


def run_op(
    parent: QObject,
    work: Callable[[], T],
    on_done: Callable[[T], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
    *,
    busy_text: str = "",
) -> None:
    """Queue ``work`` on the database thread; ``on_done(result)`` or ``on_error(exc)`` later on the GUI thread.

    ``work`` runs its own short unit of work (a service call) and never touches widgets. Without ``on_error``
    a failure is shown in a message box over ``parent``. ``busy_text`` ("Saving…") goes to the status hook.
    """
    _get_runner().submit(_Op(parent, work, on_done, on_error, busy_text))


def set_status_hook(hook: StatusHook | None) -> None:
    """The main window's status bar: called on the GUI thread with a text, or "" when all work is done."""
    _get_runner().status_hook = hook


def show_error(parent: QObject, error: Exception) -> None:
    """The default ``on_error``: a window-modal box that does not block the caller (tests never hang on it)."""
    if isinstance(error, CrmError):
        text = str(error)
    else:
        log.error("database operation failed", exc_info=error)
        text = _tr("Unexpected error: {error}").format(error=error)
    widget = parent if isinstance(parent, QWidget) else None
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Rafiq CRM"), text, QMessageBox.StandardButton.Ok, widget)
    box.setObjectName("opErrorBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def wait_for_ops(timeout: float = 5.0) -> None:
    """Tests: block until every queued op has finished and its callbacks have run (chained ops included)."""
    runner = _get_runner()
    deadline = time.monotonic() + timeout
    while True:
        with runner.lock:
            while runner.pending and time.monotonic() < deadline:
                runner.idle.wait(max(0.0, deadline - time.monotonic()))
            if runner.pending:
                raise TimeoutError(f"database operations still running after {timeout} s")
        runner.deliver()  # callbacks may queue more work
        with runner.lock:
            if not runner.pending and not runner.results:
                return


def ops_pending() -> int:
    """How many ops are queued or running (the main window asks before closing)."""
    return _get_runner().pending if _runner is not None else 0
