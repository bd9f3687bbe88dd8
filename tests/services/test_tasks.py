"""My tasks: buckets in the user's time zone, the badge count, completing."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from crm_desktop.db.engine import Database
from crm_desktop.db.models import Activity
from crm_desktop.errors import ConflictError, ValidationError
from crm_desktop.services.activities import ActivityService
from crm_desktop.services.people import UserService
from crm_desktop.services.tasks import TaskService

TEHRAN = ZoneInfo("Asia/Tehran")  # UTC+03:30, no DST since 2022
NOW = datetime(2026, 3, 10, 12, 0, tzinfo=TEHRAN)


def _users(db: Database) -> tuple[int, int]:
    users = UserService(db)
    return (
        users.create({"login": "sara", "display_name": "Sara"}).id,
        users.create({"login": "omid", "display_name": "Omid"}).id,
    )


def _task(db: Database, subject: str, assignee: int | None, due: datetime | None = None, **extra: object) -> int:
    values = {"kind": "task", "subject": subject, "assignee_id": assignee, "due_at": due, **extra}
    return ActivityService(db).create(values).id


def test_buckets_follow_the_users_day_not_utcs(db: Database) -> None:
    sara, omid = _users(db)
    yesterday = _task(db, "yesterday", sara, datetime(2026, 3, 9, 10, 0, tzinfo=TEHRAN))
    late_today = _task(db, "late today", sara, datetime(2026, 3, 10, 23, 30, tzinfo=TEHRAN))
    early_today = _task(db, "early today", sara, datetime(2026, 3, 10, 2, 0, tzinfo=TEHRAN))  # 3/9 in UTC
    passed_today = _task(db, "this morning", sara, datetime(2026, 3, 10, 8, 0, tzinfo=TEHRAN))
    tomorrow = _task(db, "tomorrow", sara, datetime(2026, 3, 11, 0, 30, tzinfo=TEHRAN))  # 3/10 in UTC
    next_month = _task(db, "next month", sara, datetime(2026, 4, 1, 9, 0, tzinfo=TEHRAN))
    undated = _task(db, "some day", sara)
    # Not Sara's open tasks: done, not a task, in the Trash, someone else's.
    _task(db, "done", sara, datetime(2026, 3, 9, tzinfo=UTC), done=True)
    _task(db, "a call", sara, datetime(2026, 3, 9, tzinfo=UTC), kind="call")
    ActivityService(db).delete(_task(db, "trashed", sara, datetime(2026, 3, 9, tzinfo=UTC)))
    omids = _task(db, "Omid's", omid, datetime(2026, 3, 1, tzinfo=UTC))

    buckets = TaskService(db).my_tasks(sara, now=NOW, tz="Asia/Tehran")
    assert [t.id for t in buckets.overdue] == [yesterday]
    assert [t.id for t in buckets.today] == [early_today, passed_today, late_today]
    assert [t.id for t in buckets.upcoming] == [tomorrow, next_month]
    assert [t.id for t in buckets.no_date] == [undated]
    assert buckets.total == 7

    in_utc = TaskService(db).my_tasks(sara, now=NOW, tz="UTC")  # 08:30 UTC on 3/10
    assert [t.id for t in in_utc.overdue] == [yesterday, early_today]
    assert [t.id for t in in_utc.today] == [passed_today, late_today, tomorrow]

    everyone = TaskService(db).my_tasks(None, now=NOW, tz="Asia/Tehran")
    assert [t.id for t in everyone.overdue] == [omids, yesterday]


def test_open_count_counts_only_open_tasks(db: Database) -> None:
    sara, omid = _users(db)
    for i in range(3):
        _task(db, f"t{i}", sara)
    _task(db, "closed", sara, done=True)
    _task(db, "note", sara, kind="note")
    ActivityService(db).delete(_task(db, "trashed", sara))
    _task(db, "Omid's", omid)
    service = TaskService(db)
    assert service.open_count(sara) == 3
    assert service.open_count(omid) == 1
    assert service.open_count(None) == 4


def test_complete_and_reopen(db: Database) -> None:
    sara, _omid = _users(db)
    task_id = _task(db, "Send offer", sara, datetime(2026, 3, 9, tzinfo=UTC))
    service = TaskService(db, sara)
    done = service.complete(task_id, 1)
    assert done.done and done.done_at is not None
    with db.read() as session:
        row = session.scalars(select(Activity).where(Activity.id == task_id)).one()
    assert row.done and row.done_at is not None and row.version == 2 and row.updated_by_id == sara
    assert service.open_count(sara) == 0
    assert service.my_tasks(sara, now=NOW).total == 0

    with pytest.raises(ConflictError):
        service.reopen(task_id, 1)  # stale: someone completed it since version 1
    reopened = service.reopen(task_id, 2)
    assert not reopened.done and reopened.done_at is None
    assert service.open_count(sara) == 1


def test_complete_refuses_other_activities(db: Database) -> None:
    call = ActivityService(db).create({"kind": "call", "subject": "Called"})
    with pytest.raises(ValidationError) as raised:
        TaskService(db).complete(call.id, call.version)
    assert "kind" in raised.value.errors
    assert ActivityService(db).get(call.id).done is False


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [({"tz": "Mars/Olympus"}, "tz"), ({"tz": ""}, "tz"), ({"now": datetime(2026, 3, 10, 12, 0)}, "now")],
)
def test_bad_zone_or_naive_now_is_refused(db: Database, kwargs: dict, field: str) -> None:
    with pytest.raises(ValidationError) as raised:
        TaskService(db).my_tasks(None, **kwargs)
    assert field in raised.value.errors
