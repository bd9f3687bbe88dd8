"""Live refresh re-emits another instance's commits on workspace.changes."""

from __future__ import annotations

from pathlib import Path

from crm_desktop.db.engine import open_database
from crm_desktop.services.people import ContactService
from crm_desktop.ui.live_refresh import LiveRefresh
from crm_desktop.ui.workspace import Workspace


def test_a_commit_elsewhere_reaches_workspace_changes(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    db = open_database(path, shared=True)
    workspace = Workspace(db)
    seen: list[tuple[str, int]] = []
    workspace.changes.changed.connect(lambda entity, record: seen.append((entity, record)))
    live = LiveRefresh(workspace)
    other = open_database(path, shared=True)
    created = ContactService(other).create({"display_name": "Reza"})
    assert live.poll() == [("contacts", created.id)]
    assert seen == [("contacts", created.id)]
    assert live.poll() == []
    live.stop()
    other.close()
    db.close()
