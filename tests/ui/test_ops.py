"""run_op on a real SQLite file: results and errors back on the GUI thread, one worker, a locked file waits."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QThread
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.db import engine
from crm_desktop.db.engine import open_database
from crm_desktop.errors import ConflictError, DatabaseBusyError, ValidationError
from crm_desktop.services.people import ContactService, UserService
from crm_desktop.ui import ops
from crm_desktop.ui.ops import run_op, set_status_hook, wait_for_ops
from crm_desktop.ui.workspace import Workspace


@pytest.fixture
def ws(sqlite_path: Path) -> Iterator[Workspace]:
    db = open_database(sqlite_path)
    user = UserService(db).create({"login": "nadia", "display_name": "Nadia"})
    yield Workspace(db, user.id, "Nadia")
    wait_for_ops()
    db.close()


@pytest.fixture
def owner(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_work_runs_off_the_gui_thread_and_callbacks_on_it(ws: Workspace, owner: QWidget) -> None:
    gui = QThread.currentThread()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["work_thread"] = threading.current_thread().name
        return ContactService(ws.db, ws.user_id).create({"display_name": "Layla"}).id

    def done(contact_id: int) -> None:
        seen["done_on_gui"] = QThread.currentThread() is gui
        seen["id"] = contact_id

    run_op(owner, work, done)
    wait_for_ops()
    assert seen["work_thread"] == "crm-db-ops"
    assert seen["done_on_gui"] is True
    assert ContactService(ws.db).get(seen["id"]).display_name == "Layla"


def test_ops_run_one_at_a_time_in_order(owner: QWidget) -> None:
    order: list[int] = []
    running = [0]
    overlap: list[int] = []

    def make(i: int):
        def work() -> int:
            running[0] += 1
            overlap.append(running[0])
            time.sleep(0.01)
            running[0] -= 1
            return i

        return work

    for i in range(5):
        run_op(owner, make(i), order.append)
    wait_for_ops()
    assert order == [0, 1, 2, 3, 4]
    assert max(overlap) == 1


@pytest.mark.parametrize("error", [ValidationError({"email": "not an email"}), ConflictError("contact", 1)])
def test_project_errors_reach_on_error(owner: QWidget, error: Exception) -> None:
    got: list[Exception] = []
    done: list[object] = []

    def work() -> None:
        raise error

    run_op(owner, work, done.append, got.append)
    wait_for_ops()
    assert got == [error] and not done


def test_a_real_validation_error_from_the_service(ws: Workspace, owner: QWidget) -> None:
    got: list[Exception] = []
    run_op(
        owner,
        lambda: ContactService(ws.db, ws.user_id).create({"display_name": "A", "emails": [{"email": "x@"}]}),
        on_error=got.append,
    )
    wait_for_ops()
    assert isinstance(got[0], ValidationError)


def test_without_on_error_a_message_box_opens_and_nothing_blocks(qtbot: QtBot, owner: QWidget) -> None:
    owner.show()

    def work() -> None:
        raise ValueError("boom")

    run_op(owner, work)
    wait_for_ops()
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert any("boom" in box.text() for box in boxes)
    for box in boxes:
        box.close()


def test_callbacks_are_dropped_when_the_parent_is_destroyed(qtbot: QtBot) -> None:
    parent = QObject()
    called: list[object] = []
    gate = threading.Event()
    run_op(parent, lambda: gate.wait(2) and 1, called.append, called.append)
    parent.deleteLater()
    QApplication.sendPostedEvents(None, 0)  # DeferredDelete is only honoured from an event loop
    import shiboken6

    if shiboken6.isValid(parent):
        shiboken6.delete(parent)
    gate.set()
    wait_for_ops()
    assert called == []


def test_callback_may_chain_another_op(owner: QWidget) -> None:
    results: list[int] = []
    run_op(owner, lambda: 1, lambda r: (results.append(r), run_op(owner, lambda: 2, results.append)))
    wait_for_ops()
    assert results == [1, 2]


def test_a_locked_file_shows_busy_then_saves(
    owner: QWidget, sqlite_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another process holds the write lock longer than the engine waits: status says busy, then it saves."""
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", {"local": 50, "shared": 50})
    monkeypatch.setattr(engine, "BUSY_RETRIES", 0)
    monkeypatch.setattr(ops, "BUSY_RETRY_DELAYS", (0.3,) * 8)
    db = open_database(sqlite_path)
    user = UserService(db).create({"login": "omid", "display_name": "Omid"})
    statuses: list[str] = []
    set_status_hook(statuses.append)
    blocker = sqlite3.connect(sqlite_path, timeout=0, check_same_thread=False)
    blocker.execute("BEGIN EXCLUSIVE")
    release = threading.Timer(1.0, blocker.rollback)
    saved: list[int] = []
    errors: list[Exception] = []
    try:
        release.start()
        started = time.monotonic()
        run_op(
            owner,
            lambda: ContactService(db, user.id).create({"display_name": "Omid"}).id,
            saved.append,
            errors.append,
            busy_text="Saving…",
        )
        gui_free = time.monotonic() - started
        wait_for_ops(timeout=10)
    finally:
        release.join()
        blocker.close()
        set_status_hook(None)
        db.close()
    assert gui_free < 0.1  # run_op returned at once: the window kept painting
    assert not errors and saved
    assert statuses[0] == "Saving…" and "Database busy, retrying…" in statuses and statuses[-1] == ""


def test_busy_to_the_end_reaches_on_error(owner: QWidget, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ops, "BUSY_RETRY_DELAYS", (0.01,))
    calls = [0]
    got: list[Exception] = []

    def work() -> None:
        calls[0] += 1
        raise DatabaseBusyError("crm.sqlite3 is busy")

    run_op(owner, work, on_error=got.append)
    wait_for_ops()
    assert calls[0] == 2 and isinstance(got[0], DatabaseBusyError)


def test_wait_for_ops_times_out(owner: QWidget) -> None:
    gate = threading.Event()
    run_op(owner, lambda: gate.wait(5))
    with pytest.raises(TimeoutError):
        wait_for_ops(timeout=0.1)
    gate.set()
    wait_for_ops()
