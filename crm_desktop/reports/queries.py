"""Read-only queries the reports need and no service offers yet.

``ActivityService.list`` filters by equal values only; "what happened between two dates" over every user
would mean loading the whole activities table through the ORM. This one query (columns only, no
entities, on the ``occurred_at`` index) belongs in ActivityService once another screen needs it.
DESIGN.md lets reports read the db models; nothing here writes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from crm_desktop.db.engine import Database
from crm_desktop.db.models import Activity

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


def activities_between(db: Database, start: datetime, end: datetime, user_id: int | None = None) -> list[ActivityLine]:
    """Activities that happened in [start, end): logged calls, meetings, notes… and tasks completed then."""
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
        return [ActivityLine(*row) for row in session.execute(query)]
