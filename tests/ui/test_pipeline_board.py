"""The pipeline board on a real SQLite file, offscreen: columns, totals, and a drag-and-drop move that
records stage history."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from crm_desktop.db.engine import open_database
from crm_desktop.services.people import CompanyService, UserService
from crm_desktop.services.sales import OpportunityService, PipelineService
from crm_desktop.ui.ops import wait_for_ops
from crm_desktop.ui.pipeline.board import PipelineBoard
from crm_desktop.ui.workspace import Workspace


@pytest.fixture
def workspace(sqlite_path: Path) -> Iterator[Workspace]:
    db = open_database(sqlite_path)
    user = UserService(db).create({"login": "sara", "display_name": "Sara", "role": "admin"})
    pipeline = PipelineService(db).ensure_default()
    company = CompanyService(db).create({"name": "شركة النخبة"})
    ops = OpportunityService(db, user.id)
    for i, amount in enumerate((100_000, 250_000)):
        ops.create(
            {"title": f"Deal {i}", "company_id": company.id, "amount_minor": amount, "currency": "EUR",
             "expected_close": date(2026, 6, 1 + i), "owner_id": user.id, "pipeline_id": pipeline.id}
        )  # fmt: skip
    yield Workspace(db, user.id, user.display_name)
    db.close()


def test_drag_a_card_to_another_stage_records_history(qtbot: QtBot, workspace: Workspace) -> None:
    board = PipelineBoard(workspace)
    qtbot.addWidget(board)
    wait_for_ops()
    stages = {c.name: c.stage_id for c in board.board.columns}
    lead, proposal = board.lists[stages["Lead"]], board.lists[stages["Proposal"]]
    assert lead.count() == 2 and proposal.count() == 0
    assert "EUR\xa03,500.00" in board.headers[stages["Lead"]].text()
    assert "شركة النخبة" in lead.item(0).text()
    lead.setCurrentRow(0)
    card = lead.item(0).data(Qt.ItemDataRole.UserRole)
    mime = lead.mimeData([lead.item(0)])
    event = QDropEvent(
        QPoint(10, 10).toPointF(), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    event.setDropAction(Qt.DropAction.MoveAction)
    # QDropEvent.source() is the drag's source widget; offscreen there is no drag, so stand it in.
    type(event).source = lambda _self: lead  # type: ignore[method-assign]
    try:
        proposal.dropEvent(event)
    finally:
        del type(event).source
    wait_for_ops()
    wait_for_ops()
    moved = workspace.opportunities().get(card.id)
    assert moved.stage_id == stages["Proposal"] and moved.probability == 50
    history = workspace.opportunities().history(card.id)
    assert [(h.from_stage_id, h.to_stage_id, h.changed_by_id) for h in history][-1] == (
        stages["Lead"], stages["Proposal"], workspace.user_id,
    )  # fmt: skip
    assert board.lists[stages["Proposal"]].count() == 1 and board.lists[stages["Lead"]].count() == 1
