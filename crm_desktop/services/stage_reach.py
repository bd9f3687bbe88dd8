"""Each deal's stages ever entered, as the compact text ``opportunities.reached_stages`` ("3,5,9").

It is derived from the stage history and written in the same transaction as every history row, so the
forecast's stage conversion groups the deals by it (a few dozen distinct sets) instead of reading the whole
history. Stage positions and won/lost flags are NOT stored: reordering or editing stages never makes it
stale. Writers that insert history rows in bulk call ``refresh`` for the deals they touched.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Text, cast, distinct, func, literal, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from crm_desktop.db.models import Opportunity, StageChange


def parse(text: str | None) -> set[int]:
    return {int(part) for part in text.split(",") if part} if text else set()


def with_stage(text: str | None, stage_id: int) -> str:
    return ",".join(str(s) for s in sorted(parse(text) | {stage_id}))


def record(session: Session, obj: Opportunity) -> None:
    """Add the deal's current stage (a history row was just written for it). A Core UPDATE: derived data
    must not bump the row version nor show up as a user's edit."""
    value = with_stage(obj.reached_stages, obj.stage_id)
    if value != obj.reached_stages:
        table = Opportunity.__table__
        session.execute(update(table).where(table.c.id == obj.id).values(reached_stages=value))
        set_committed_value(obj, "reached_stages", value)


def refresh(conn: Any, condition: Any) -> None:
    """Recompute the set from the history for the deals matching ``condition`` (one UPDATE)."""
    history, table = StageChange.__table__, Opportunity.__table__
    if conn.dialect.name == "postgresql":
        stages = func.string_agg(distinct(cast(history.c.to_stage_id, Text)), literal(","))
    else:
        stages = func.group_concat(distinct(history.c.to_stage_id))
    reached = (
        select(stages)
        .where(history.c.opportunity_id == table.c.id, history.c.to_stage_id.is_not(None))
        .scalar_subquery()
    )
    conn.execute(update(table).where(condition).values(reached_stages=reached))
