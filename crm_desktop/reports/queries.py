"""Read-only queries the reports need and no service offers yet.

``ActivityService.list`` filters by equal values only; "what happened between two dates" over every user
would mean loading the whole activities table through the ORM. This one query (columns only, no
entities, on the ``occurred_at`` index) belongs in ActivityService once another screen needs it.
DESIGN.md lets reports read the db models; nothing here writes.

Reports run as the acting user (``ReportOptions.user_id``): every query here applies services/privacy.py,
so a private record is printed for its owner and administrators only.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from crm_desktop.db.engine import Database
from crm_desktop.db.models import Activity
from crm_desktop.services.privacy import visible

MAX_ROWS = 200_000


@dataclass(frozen=True)
class ActivityLine:
    id: int
    kind: str
    subject: str
    when: datetime
    user_id: int | None  # the assignee, else whoever logged it
    contact_id: int | None
    company_id: int | None
    duration_minutes: int | None
    outcome: str | None
    done: bool


def activities_between(
    db: Database, start: datetime, end: datetime, user_id: int | None = None, *, viewer: int | None = None
) -> list[ActivityLine]:
    """Activities that happened in [start, end): logged calls, meetings, notes… and tasks completed then.

    ``user_id`` narrows to one user's; ``viewer`` is who prints (others' private activities are left out)."""
    when = func.coalesce(Activity.occurred_at, Activity.done_at)
    who = func.coalesce(Activity.assignee_id, Activity.created_by_id)
    query = (
        select(
            Activity.id,
            Activity.kind,
            Activity.subject,
            when,
            who,
            Activity.contact_id,
            Activity.company_id,
            Activity.duration_minutes,
            Activity.outcome,
            Activity.done,
        )
        .where(Activity.deleted_at.is_(None), when >= start, when < end)
        .order_by(when, Activity.id)
        .limit(MAX_ROWS)
    )
    if user_id is not None:
        query = query.where(who == user_id)
    with db.read() as session:
        return [ActivityLine(*row) for row in session.execute(query.where(*visible(session, Activity, viewer)))]


def hidden_ids(db: Database, model: Any, viewer: int | None, ids: Iterable[int]) -> set[int]:
    """Which of ``ids`` (rows of ``model``) are someone else's private records for ``viewer``.

    For services that read without the privacy rule (the agenda's appointments, the task buckets, the
    calendar's occurrences): the report drops these rows. One query per thousand ids; none for an admin."""
    wanted = sorted(set(ids))
    hidden: set[int] = set()
    with db.read() as session:
        rule = visible(session, model, viewer)
        if not rule:
            return hidden
        for start in range(0, len(wanted), 1000):
            chunk = wanted[start : start + 1000]
            seen = set(session.scalars(select(model.id).where(model.id.in_(chunk), *rule)))
            hidden.update(i for i in chunk if i not in seen)
    return hidden
