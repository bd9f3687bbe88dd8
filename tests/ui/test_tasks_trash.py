"""My tasks and the Trash on a real SQLite file, offscreen: grouping, ticking, conflicts, restore and purge."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.db.engine import Database, open_database
from crm_desktop.errors import NotFoundError
from crm_desktop.services.activities import ActivityService
from crm_desktop.services.people import CompanyService, ContactService, UserService
from crm_desktop.services.trash import TrashService
from crm_desktop.ui.ops import wait_for_ops
from crm_desktop.ui.pages.tasks_page import TasksPage
from crm_desktop.ui.pages.trash_page import TrashPage
from crm_desktop.ui.workspace import Workspace

# Midday, so "today" tasks an hour either side stay on the same day whatever the wall clock says.
NOW = datetime(2024, 5, 15, 12, 0, tzinfo=UTC)


@pytest.fixture
def workspace(sqlite_path: Path) -> Iterator[Workspace]:
    db = open_database(sqlite_path)
    user = UserService(db).create({"login": "sara", "display_name": "سارا احمدی", "role": "admin"})
    yield Workspace(db, user.id, user.display_name)
    db.close()


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes recorded instead of shown (a modal box would block the test)."""
    shown: list[str] = []

    def record(_parent: object, _title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", record)
    return shown


def make_tasks(ws: Workspace) -> dict[str, int]:
    company = CompanyService(ws.db, ws.user_id).create({"name": "شركة النخبة"})
    contact = ContactService(ws.db, ws.user_id).create({"display_name": "پرویز رحیمی", "company_id": company.id})
    acts = ActivityService(ws.db, ws.user_id)
    due = {"overdue": NOW - timedelta(days=2), "today": NOW + timedelta(hours=1), "upcoming": NOW + timedelta(days=3)}
    ids = {}
    for key, when in due.items():
        values = {"kind": "task", "subject": f"Task {key}", "due_at": when, "assignee_id": ws.user_id}
        ids[key] = acts.create({**values, "contact_id": contact.id}).id
    ids["no_date"] = acts.create(
        {
            "kind": "task",
            "subject": "پیگیری قرارداد",
            "company_id": company.id,
            "assignee_id": ws.user_id,
            "priority": 3,
        }
    ).id
    ids["someone_else"] = acts.create({"kind": "task", "subject": "Unassigned", "due_at": NOW, "assignee_id": None}).id
    acts.create({"kind": "call", "subject": "Not a task", "contact_id": contact.id})
    return ids


def tasks_page(qtbot: QtBot, ws: Workspace) -> TasksPage:
    page = TasksPage(ws, tz="UTC", clock=lambda: NOW)
    qtbot.addWidget(page)
    page.resize(900, 420)
    return page


def subjects(page: TasksPage, group: str) -> list[str]:
    return [item.text(3) for item in page.task_items(group)]


def test_tasks_land_in_their_groups(qtbot: QtBot, workspace: Workspace) -> None:
    empty = tasks_page(qtbot, workspace)
    assert empty.empty.isVisibleTo(empty) and not empty.tree.isVisibleTo(empty)
    make_tasks(workspace)
    page = tasks_page(qtbot, workspace)
    assert subjects(page, "overdue") == ["Task overdue"]
    assert subjects(page, "today") == ["Task today"]
    assert subjects(page, "upcoming") == ["Task upcoming"]
    assert subjects(page, "no_date") == ["پیگیری قرارداد"]
    assert page.groups["overdue"].text(0) == "Overdue (1)"
    row = page.task_items("no_date")[0]
    assert row.text(4) == "شركة النخبة" and row.text(5) == "سارا احمدی" and row.text(2) == "High"
    assert page.task_items("today")[0].text(4) == "پرویز رحیمی"
    # Date and time each stay LTR in RTL rows (ui/dates.py); the date comes first on the reading side.
    assert page.task_items("overdue")[0].text(1) == "\u20662024-05-13\u2069 \u206612:00\u2069"
    assert not page.empty.isVisibleTo(page)
    page.everyone.setChecked(True)  # the unassigned task appears under Everyone's
    assert subjects(page, "today") == ["Unassigned", "Task today"]  # by due time


def test_ticking_completes_in_the_database(qtbot: QtBot, workspace: Workspace) -> None:
    ids = make_tasks(workspace)
    page = tasks_page(qtbot, workspace)
    seen: list[tuple[str, int]] = []
    workspace.changes.changed.connect(lambda entity, record_id: seen.append((entity, record_id)))
    page.task_items("overdue")[0].setCheckState(0, Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: ActivityService(workspace.db).get(ids["overdue"]).done)
    assert ActivityService(workspace.db).get(ids["overdue"]).done_at is not None
    assert subjects(page, "overdue") == [] and page.groups["overdue"].isHidden()
    assert ("activities", ids["overdue"]) in seen
    page.show()  # the keyboard path: Space on the Done cell of the current row
    page.tree.setCurrentItem(page.task_items("today")[0], 0)
    qtbot.keyClick(page.tree, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: ActivityService(workspace.db).get(ids["today"]).done)
    assert subjects(page, "today") == []


def test_conflicting_completion_is_reported_not_overwritten(
    qtbot: QtBot, workspace: Workspace, sqlite_path: Path, warnings: list[str]
) -> None:
    ids = make_tasks(workspace)
    page = tasks_page(qtbot, workspace)
    other: Database = open_database(sqlite_path)  # a colleague on another computer
    try:
        theirs = ActivityService(other, workspace.user_id)
        current = theirs.get(ids["today"])
        theirs.update(current.id, current.version, {"subject": "Renamed elsewhere"})
    finally:
        other.close()
    page.task_items("today")[0].setCheckState(0, Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: bool(warnings))
    assert len(warnings) == 1 and "\u2068Task today\u2069" in warnings[0]
    task = ActivityService(workspace.db).get(ids["today"])
    assert not task.done and task.subject == "Renamed elsewhere"
    assert subjects(page, "today") == ["Renamed elsewhere"]  # reloaded
    assert page.task_items("today")[0].checkState(0) == Qt.CheckState.Unchecked


def test_live_refresh_after_a_change_elsewhere(qtbot: QtBot, workspace: Workspace) -> None:
    page = tasks_page(qtbot, workspace)
    page.show()
    task = ActivityService(workspace.db, workspace.user_id).create(
        {"kind": "task", "subject": "New one", "assignee_id": workspace.user_id}
    )
    workspace.notify("activities", task.id)
    qtbot.waitUntil(lambda: subjects(page, "no_date") == ["New one"])
    assert not page.empty.isVisible()


def test_edit_dialog_saves_over_the_loaded_version(qtbot: QtBot, workspace: Workspace) -> None:
    from crm_desktop.ui.pages.tasks_page import TaskDialog

    ids = make_tasks(workspace)
    page = tasks_page(qtbot, workspace)
    dialog = TaskDialog(workspace, page.tasks[ids["upcoming"]], page)
    qtbot.addWidget(dialog)
    dialog.subject.setText("Send the offer")
    dialog.no_due.setChecked(True)
    dialog.save()
    wait_for_ops()  # saved on the database thread
    saved = ActivityService(workspace.db).get(ids["upcoming"])
    assert saved.subject == "Send the offer" and saved.due_at is None
    page.refresh()
    assert "Send the offer" in subjects(page, "no_date")


# ---- Trash -----------------------------------------------------------------------------------------
def trashed(ws: Workspace) -> dict[str, int]:
    tom = UserService(ws.db, ws.user_id).create({"login": "tom", "display_name": "Tom Becker", "role": "user"})
    contacts = ContactService(ws.db, ws.user_id)
    company = CompanyService(ws.db, ws.user_id).create({"name": "Nokhbeh Trading"})
    kept = contacts.create({"display_name": "Kept"})
    gone = contacts.create({"display_name": "لیلا کریمی"})
    contacts.delete(gone.id)
    CompanyService(ws.db, tom.id).delete(company.id)  # deleted last, by someone else
    return {"contact": gone.id, "company": company.id, "kept": kept.id}


def trash_page(qtbot: QtBot, ws: Workspace) -> TrashPage:
    page = TrashPage(ws)
    qtbot.addWidget(page)
    page.resize(900, 360)
    return page


def select_rows(page: TrashPage, names: set[str]) -> None:
    model, selection = page.table.model(), page.table.selectionModel()
    flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
    page.table.clearSelection()
    for row in range(page.table.rowCount()):
        if page.table.item(row, 1).text() in names:
            selection.select(model.index(row, 0), flags)


def rows(page: TrashPage) -> list[tuple[str, ...]]:
    return [tuple(page.table.item(r, c).text() for c in (0, 1, 3)) for r in range(page.table.rowCount())]


def test_trash_lists_deleted_records_with_who_deleted_them(qtbot: QtBot, workspace: Workspace) -> None:
    page = trash_page(qtbot, workspace)
    assert page.empty.isVisibleTo(page) and not page.table.isVisibleTo(page)
    trashed(workspace)
    page.refresh()
    assert rows(page) == [("Company", "Nokhbeh Trading", "Tom Becker"), ("Contact", "لیلا کریمی", "سارا احمدی")]
    page.type_filter.setCurrentIndex(page.type_filter.findData("companies"))
    assert rows(page) == [("Company", "Nokhbeh Trading", "Tom Becker")]


def test_restore_brings_the_contact_back_and_tells_the_lists(qtbot: QtBot, workspace: Workspace) -> None:
    ids = trashed(workspace)
    page = trash_page(qtbot, workspace)
    seen: list[tuple[str, int]] = []
    workspace.changes.changed.connect(lambda entity, record_id: seen.append((entity, record_id)))
    select_rows(page, {"لیلا کریمی"})
    assert page.restore_selected() == 1
    assert ContactService(workspace.db).get(ids["contact"]).display_name == "لیلا کریمی"
    assert ContactService(workspace.db).count() == 2
    assert ("contacts", ids["contact"]) in seen
    assert rows(page) == [("Company", "Nokhbeh Trading", "Tom Becker")]


def test_purge_and_empty_trash(qtbot: QtBot, workspace: Workspace) -> None:
    ids = trashed(workspace)
    page = trash_page(qtbot, workspace)
    select_rows(page, {"لیلا کریمی"})
    assert page.purge_selected(confirm=False) == 1
    with pytest.raises(NotFoundError):
        ContactService(workspace.db).get(ids["contact"], include_deleted=True)
    ContactService(workspace.db, workspace.user_id).delete(ids["kept"])
    page.refresh()
    assert len(rows(page)) == 2
    assert page.empty_trash(confirm=False) == 2
    assert TrashService(workspace.db).count() == 0 and page.table.rowCount() == 0
    assert page.empty.isVisibleTo(page)


def test_record_purged_elsewhere_shows_a_message(
    qtbot: QtBot, workspace: Workspace, sqlite_path: Path, warnings: list[str]
) -> None:
    ids = trashed(workspace)
    page = trash_page(qtbot, workspace)
    other = open_database(sqlite_path)
    try:
        TrashService(other).purge("contacts", ids["contact"])
    finally:
        other.close()
    select_rows(page, {"لیلا کریمی", "Nokhbeh Trading"})
    assert page.restore_selected() == 1  # the company still comes back
    assert len(warnings) == 1 and "\u2068لیلا کریمی\u2069" in warnings[0]
    assert rows(page) == []
    assert CompanyService(workspace.db).get(ids["company"]).name == "Nokhbeh Trading"
