"""My tasks, "Everyone": another user's private task is not listed (nor counted) for a non-admin; the owner,
its assignee and an administrator see it. Real SQLite file, offscreen."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from crm_desktop.db.engine import open_database
from crm_desktop.services.activities import ActivityService
from crm_desktop.services.people import UserService
from crm_desktop.ui.pages.tasks_page import TasksPage
from crm_desktop.ui.workspace import Workspace

NOW = datetime(2024, 5, 15, 12, 0, tzinfo=UTC)


def test_everyones_tasks_leave_out_other_peoples_private_ones(qtbot: QtBot, sqlite_path: Path) -> None:
    db = open_database(sqlite_path)
    try:
        admin = UserService(db).create({"login": "laila", "display_name": "Laila", "role": "admin"})
        sara = UserService(db, admin.id).create({"login": "sara", "display_name": "سارا"})
        omid = UserService(db, admin.id).create({"login": "omid", "display_name": "امید"})
        tasks = ActivityService(db, sara.id)
        tasks.create({"kind": "task", "subject": "پیگیری عمومی", "assignee_id": sara.id})
        tasks.create({"kind": "task", "subject": "کار خصوصی سارا", "assignee_id": sara.id, "is_private": True})

        def listed(user: object) -> list[str]:
            page = TasksPage(Workspace(db, user.id, user.display_name), tz="UTC", clock=lambda: NOW)
            qtbot.addWidget(page)
            page.everyone.setChecked(True)
            page.refresh()
            return sorted(item.text(3) for item in page.task_items("no_date"))

        assert listed(omid) == ["پیگیری عمومی"]
        assert listed(sara) == listed(admin) == sorted(["پیگیری عمومی", "کار خصوصی سارا"])
    finally:
        db.close()
