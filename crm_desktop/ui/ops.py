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

import gc
import itertools
import logging
import queue
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from crm_desktop.errors import CrmError, DatabaseBusyError

from .error_text import error_text

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
    trace: str = ""


_BUSY = -1  # posted instead of a token: "the file is locked, retrying"


class _Bridge(QObject):
    """Lives on the GUI thread; the worker's ``wake`` signal is queued to it."""

    wake = Signal()


class _GuiThreadCollector:
    """Python's cyclic garbage collector runs only on the GUI thread once the database thread exists.

    Automatic collection runs in whichever thread happens to allocate; on the database thread it would
    free cycles holding Qt wrappers made on the GUI thread (a closed dialog, a page), and Qt crashes the
    process (seen: a segfault "Garbage-collecting" inside a report's query). So automatic collection is
    switched off and the GUI thread collects, generation by generation with Python's own thresholds,
    after delivering results and on a one-second timer.
    """

    FULL_EVERY = 30.0  # seconds between full collections: CPython defers them too (they walk every object)

    def __init__(self) -> None:
        self.thresholds = gc.get_threshold()
        self.last_full = time.monotonic()
        gc.disable()
        self.timer = QTimer()
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.collect_if_due)
        self.timer.start()

    def collect_if_due(self) -> None:
        first, second, third = gc.get_count()
        if first <= self.thresholds[0]:
            return
        generation = 1 if second > self.thresholds[1] else 0
        if generation and third > self.thresholds[2] and time.monotonic() - self.last_full > self.FULL_EVERY:
            generation, self.last_full = 2, time.monotonic()
        gc.collect(generation)


class _Runner:
    """The single worker thread and the hand-over of results to the GUI thread.

    Ops live in ``registry``, which only the GUI thread fills and empties; the worker passes integer tokens.
    So the last reference to an op (its parent widget, closures over widgets) is always dropped on the GUI
    thread: a Qt wrapper freed on the worker thread crashes the process.
    """

    def __init__(self) -> None:
        self.jobs: queue.Queue[int] = queue.Queue()
        self.results: deque[int] = deque()
        self.registry: dict[int, _Op] = {}
        self.tokens = itertools.count(1)
        self.lock = threading.Lock()
        self.idle = threading.Condition(self.lock)
        self.pending = 0  # queued or running, not yet posted back
        self.status_hook: StatusHook | None = None
        self.bridge = _Bridge()
        self.bridge.wake.connect(self.deliver)
        self.collector = _GuiThreadCollector()  # before the worker starts allocating
        self.thread = threading.Thread(target=self._loop, name="crm-db-ops", daemon=True)
        self.thread.start()

    def submit(self, op: _Op) -> None:
        token = next(self.tokens)
        with self.lock:
            self.registry[token] = op
            self.pending += 1
        if op.busy_text:
            self._status(op.busy_text)
        self.jobs.put(token)

    def _loop(self) -> None:
        while True:
            token = self.jobs.get()
            with self.lock:
                op = self.registry[token]
            self._run(op)
            del op  # before posting: from now on only the GUI thread holds the op
            self._post(token)

    def _run(self, op: _Op) -> None:
        for delay in (*BUSY_RETRY_DELAYS, None):
            try:
                op.result = op.work()
                op.error = None
                return
            except DatabaseBusyError as exc:  # the engine gave up its short retries: wait longer
                op.error = _detached(exc)
                if delay is None:
                    return
                self._post(_BUSY)
                time.sleep(delay)
            except Exception as exc:
                op.trace = traceback.format_exc()
                op.error = _detached(exc)
                return

    def _post(self, token: int) -> None:
        with self.lock:
            self.results.append(token)
            if token != _BUSY:
                self.pending -= 1
                self.idle.notify_all()
        self.bridge.wake.emit()

    def deliver(self) -> None:
        """GUI thread: run the callbacks of every finished op (several may arrive with one wake)."""
        while True:
            with self.lock:
                if not self.results:
                    break
                token = self.results.popleft()
                op = self.registry.pop(token, None)
                drained = self.pending == 0 and not self.results
            if op is None:
                self._status(_tr("Database busy, retrying…"))
                continue
            self._finish(op)
            if drained:
                self._status("")
        self.collector.collect_if_due()

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
                if op.trace:
                    log.error("database operation failed:\n%s", op.trace)
                show_error(op.parent, op.error)
        except Exception:  # a broken callback must not stop the others from being delivered
            log.exception("callback of a database operation failed")

    def _status(self, text: str) -> None:
        if self.status_hook is not None:
            try:
                self.status_hook(text)
            except RuntimeError:  # the status bar's window was closed
                self.status_hook = None


def _detached(exc: Exception) -> Exception:
    """``exc`` and the exceptions it chains without tracebacks: their frames hold the work's locals (widgets)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        current.__traceback__ = None
        current = current.__cause__ or current.__context__
    return exc


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
    unexpected = _tr("Unexpected error: {error}")
    text = error_text(error) if isinstance(error, CrmError) else unexpected.format(error=error)
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


def finish_ops(timeout: float) -> bool:
    """Closing the window: let queued saves finish (and their callbacks run); False if still busy."""
    if _runner is None or not (_runner.pending or _runner.results):
        return True
    try:
        wait_for_ops(timeout)
    except TimeoutError:
        return False
    return True


def collect_garbage() -> None:
    """GUI thread (tests, after each test): collect cyclic garbage now if Python's thresholds are passed."""
    if _runner is not None:
        _runner.collector.collect_if_due()


def ops_pending() -> int:
    """How many ops are queued or running (the main window asks before closing)."""
    return _get_runner().pending if _runner is not None else 0
