"""Dashboard tiles and series on the forecast's hand-computed fixture (today = 15 February 2026)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from crm_desktop.db.engine import Database
from crm_desktop.services.activities import ActivityService, AppointmentService
from crm_desktop.services.dashboard import DashboardService
from crm_desktop.services.people import ContactService, UserService

from .test_forecast import office  # noqa: F401  (the shared fixture)


def test_tiles_and_series(db: Database, office: dict[str, int]) -> None:  # noqa: F811
    user = UserService(db).create({"login": "sara", "display_name": "Sara"})
    activities = ActivityService(db, user.id)
    now = datetime.now(UTC)
    activities.create({"kind": "task", "subject": "late", "due_at": now - timedelta(days=3)})
    activities.create({"kind": "task", "subject": "later", "due_at": now + timedelta(days=3)})
    activities.create({"kind": "call", "subject": "called", "assignee_id": user.id})
    ContactService(db).create({"display_name": "Ali"})
    today = now.date()
    AppointmentService(db).create(
        {"title": "Meeting", "starts_at": now.replace(hour=9, minute=0), "ends_at": now.replace(hour=10, minute=0)}
    )
    board = DashboardService(db).dashboard(date(2026, 2, 15))
    # Open: A 1,000 + B 1,000 (USD at 1.10) + C 400 (USD at March's 1.25) + G 700 (omitted from the forecast,
    # still open); F has no JPY rate.
    assert (board.open_count, board.open_pipeline) == (5, 310_000)
    assert [(b.name, b.count, b.amount) for b in board.pipeline_by_stage] == [
        ("Lead", 3, 110_000),
        ("Qualified", 1, 100_000),
        ("Proposal", 1, 100_000),
    ]
    assert board.weighted_this_period == 75_000
    assert (board.won_this_period, board.won_last_period, board.win_rate) == (0, 30_000, 0.5)
    assert len(board.won_per_month) == 12 and board.won_per_month[-1].key == "2026-02"
    assert board.won_per_month[-2].won == 30_000 and sum(m.won for m in board.won_per_month) == 30_000
    assert board.unconverted == ("JPY",)
    live = DashboardService(db).dashboard(today)
    assert (live.overdue_tasks, live.appointments_today, live.new_contacts_this_month) == (1, 1, 1)
    assert {(u.name, u.count) for u in live.activities_per_user} == {("Sara", 3)}
