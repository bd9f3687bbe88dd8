""" "My tasks": open task activities split into overdue / today / upcoming / no date, and their count.

Tasks are activities of kind ``task`` (no table of their own), so completing one goes through
``ActivityService`` and its rules (``done_at`` stamped, audit, optimistic lock). "Today" is the user's
day, not UTC's: a task due at 23:30 in Tehran is due today there even though it is tomorrow in UTC.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import ColumnElement, false, func, select

from crm_desktop.db.engine import Database
from crm_desktop.db.models import Activity
from crm_desktop.errors import ValidationError

from .activities import ActivityService
from .dto import ActivityDTO, TaskBuckets
from .privacy import visible


class TaskService:
    def __init__(self, db: Database, user_id: int | None = None):
        self.db = db
        self.user_id = user_id

    def my_tasks(self, user_id: int | None, now: datetime | None = None, tz: str = "UTC") -> TaskBuckets:
        """Open tasks assigned to ``user_id`` (everyone's when None), bucketed by their due day in ``tz``.

        A task due earlier today stays in "today" (the day is not over); "overdue" starts at yesterday.
        """
        zone = _zone(tz)
        if now is None:
            now = datetime.now(UTC)
        elif now.tzinfo is None:
            raise ValidationError({"now": "needs a time zone"})
        today = now.astimezone(zone).date()
        service = ActivityService(self.db, self.user_id)
        query = (
            select(Activity)
            .where(*_open_tasks(user_id))
            .order_by(Activity.due_at.is_(None), Activity.due_at, Activity.id)
        )
        with self.db.read() as session:
            query = query.where(*visible(session, Activity, self._viewer(user_id)))
            tasks = [service._to_dto(obj) for obj in session.scalars(query)]
        overdue: list[ActivityDTO] = []
        due_today: list[ActivityDTO] = []
        upcoming: list[ActivityDTO] = []
        no_date: list[ActivityDTO] = []
        for task in tasks:
            if task.due_at is None:
                no_date.append(task)
                continue
            day = task.due_at.astimezone(zone).date()
            (overdue if day < today else due_today if day == today else upcoming).append(task)
        return TaskBuckets(overdue=overdue, today=due_today, upcoming=upcoming, no_date=no_date)

    def open_count(self, user_id: int | None) -> int:
        """Open tasks of ``user_id`` (everyone's when None): one COUNT on the open-tasks index, for a badge."""
        with self.db.read() as session:
            hidden = visible(session, Activity, self._viewer(user_id))
            return session.scalar(select(func.count()).select_from(Activity).where(*_open_tasks(user_id), *hidden)) or 0

    def _viewer(self, user_id: int | None) -> int | None:
        """Whose eyes the list is for: the service's user, else the person whose tasks are asked for (the
        window's badge counts the user's own tasks, which are theirs to see, private ones included)."""
        return self.user_id if self.user_id is not None else user_id

    def complete(self, task_id: int, expected_version: int) -> ActivityDTO:
        """Mark a task done (ConflictError if someone changed it since ``expected_version``)."""
        return self._set_done(task_id, expected_version, True)

    def reopen(self, task_id: int, expected_version: int) -> ActivityDTO:
        """Undo ``complete``: the task is open again and ``done_at`` is cleared."""
        return self._set_done(task_id, expected_version, False)

    def _set_done(self, task_id: int, expected_version: int, done: bool) -> ActivityDTO:
        service = ActivityService(self.db, self.user_id)
        if service.get(task_id).kind != "task":
            raise ValidationError({"kind": f"activity {task_id} is not a task"})
        return service.update(task_id, expected_version, {"done": done})


def _open_tasks(user_id: int | None) -> list[ColumnElement[bool]]:
    conditions = [Activity.kind == "task", Activity.done == false(), Activity.deleted_at.is_(None)]
    if user_id is not None:
        conditions.insert(0, Activity.assignee_id == user_id)
    return conditions


def _zone(tz: str) -> ZoneInfo:
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        raise ValidationError({"tz": f"{tz!r} is not a known time zone (e.g. Asia/Tehran)"}) from None
