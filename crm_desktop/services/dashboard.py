"""The home screen's figures: KPI tiles and chart series, each a handful of SQL aggregates.

Money is in base-currency minor units, converted at the rate valid on each deal's date (see forecast.py).
Days ("today", "this month") are the user's days: the caller gives today's date, the calendar system and
the time zone, and the boundaries are turned into UTC moments before they reach SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from sqlalchemy import false, func, select

from crm_desktop.db.models import Activity, Appointment, Contact, Opportunity, Stage, User

from .forecast import ForecastService, Rates
from .settings import get_setting

ACTIVITY_DAYS = 30  # "activities per user" covers the last 30 days


@dataclass(frozen=True)
class StageBar:
    stage_id: int
    name: str
    count: int
    amount: int  # base minor units


@dataclass(frozen=True)
class MonthBar:
    key: str
    label: str
    won: int


@dataclass(frozen=True)
class UserBar:
    user_id: int | None
    name: str
    count: int


@dataclass(frozen=True)
class Dashboard:
    base_currency: str
    open_count: int
    open_pipeline: int
    weighted_this_period: int
    won_this_period: int
    won_last_period: int
    win_rate: float | None  # last 12 months
    overdue_tasks: int
    appointments_today: int
    new_contacts_this_month: int
    month_start: datetime  # UTC moment the current month of the user's calendar began
    pipeline_by_stage: tuple[StageBar, ...]
    won_per_month: tuple[MonthBar, ...]  # 12 months, oldest first, the current one last
    activities_per_user: tuple[UserBar, ...]
    unconverted: tuple[str, ...]


def _moment(day: date, zone: tzinfo) -> datetime:
    return datetime.combine(day, time(), zone).astimezone(UTC)


class DashboardService:
    def __init__(self, db: Any, user_id: int | None = None):
        self.db, self.user_id = db, user_id

    def dashboard(
        self,
        today: date,
        *,
        calendar: str = "gregorian",
        lang: str = "en",
        zone: tzinfo = UTC,
        owner_id: int | None = None,
        pipeline_id: int | None = None,
    ) -> Dashboard:
        # One forecast over the last 12 months of the calendar gives the won series, this vs last month,
        # the win rate and this month's weighted forecast.
        first = today - timedelta(days=370)
        forecast = ForecastService(self.db).forecast(
            first, today, period="month", calendar=calendar, lang=lang, owner_id=owner_id, pipeline_id=pipeline_id
        )
        months = forecast.periods[-12:]
        this, last = months[-1], months[-2] if len(months) > 1 else None
        scope = [Opportunity.deleted_at.is_(None), Opportunity.status == "open"]
        if owner_id is not None:
            scope.append(Opportunity.owner_id == owner_id)
        if pipeline_id is not None:
            scope.append(Opportunity.pipeline_id == pipeline_id)
        with self.db.read() as session:
            base = str(get_setting(session, "base_currency")).upper()
            rates = Rates(session, base)
            bars = rates.stage_totals(session, scope, today)
            stages = session.execute(
                select(Stage.id, Stage.name)
                .where(Stage.id.in_(bars) if bars else false())
                .order_by(Stage.pipeline_id, Stage.position, Stage.id)
            ).all()
            by_stage = tuple(StageBar(sid, name, *bars[sid]) for sid, name in stages)
            now = datetime.now(UTC)
            start_today, start_tomorrow = _moment(today, zone), _moment(today + timedelta(days=1), zone)
            overdue = session.scalar(
                select(func.count()).where(
                    Activity.kind == "task",
                    Activity.done == false(),
                    Activity.deleted_at.is_(None),
                    Activity.due_at < start_today,
                )
            )
            appointments = session.scalar(
                select(func.count()).where(
                    Appointment.deleted_at.is_(None),
                    Appointment.starts_at < start_tomorrow,
                    Appointment.ends_at >= start_today,
                )
            )
            month_start = _moment(this.period.start, zone)
            contacts = session.scalar(
                select(func.count()).where(Contact.deleted_at.is_(None), Contact.created_at >= month_start)
            )
            who = func.coalesce(Activity.assignee_id, Activity.created_by_id)
            per_user = session.execute(
                select(who, User.display_name, func.count())
                .outerjoin(User, User.id == who)
                .where(
                    Activity.deleted_at.is_(None),
                    Activity.created_at >= now - timedelta(days=ACTIVITY_DAYS),
                )
                .group_by(who, User.display_name)
                .order_by(func.count().desc())
            ).all()
        return Dashboard(
            base_currency=base,
            open_count=sum(b.count for b in by_stage),
            open_pipeline=sum(b.amount for b in by_stage),
            weighted_this_period=this.weighted,
            won_this_period=this.won,
            won_last_period=last.won if last else 0,
            win_rate=forecast.win_rate,
            overdue_tasks=overdue or 0,
            appointments_today=appointments or 0,
            new_contacts_this_month=contacts or 0,
            month_start=month_start,
            pipeline_by_stage=by_stage,
            won_per_month=tuple(MonthBar(m.period.key, m.period.label, m.won) for m in months),
            activities_per_user=tuple(UserBar(uid, name or "", count) for uid, name, count in per_user),
            unconverted=tuple(sorted(rates.missing | set(forecast.unconverted))),
        )
