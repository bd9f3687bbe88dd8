"""Appointment reminders (no Qt): which occurrences are due now, dismiss and snooze.

An occurrence is due once ``start - reminder_minutes`` has come. Due ones stay due (also after the app was
closed: they come back as *missed*, with their start in the past) until dismissed or for ``LOOKBACK`` after
their start, so a forgotten daily series never piles up hundreds of old reminders.

Dismissing writes ``reminder_done_until`` on the row that holds the occurrence (the series, an override or a
plain appointment): that occurrence and the earlier ones of the row are done. It is a plain UPDATE without a
version bump, like ``last_contacted_at``: derived state that must not turn someone's open edit into a conflict.
Snoozes are per user and per occurrence, kept in one ``settings`` row per user (``reminders.snoozed.<id>``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from crm_desktop.db.models import Appointment, Setting

from .privacy import visible
from .recurrence import RuleError, expand, parse_exceptions

LOOKBACK = timedelta(days=7)
SNOOZE_CHOICES = (5, 10, 30)  # minutes offered by the reminder window
MAX_SNOOZE = 24 * 60


@dataclass(frozen=True)
class DueReminder:
    """One occurrence whose reminder time has come."""

    appointment_id: int  # the row holding the occurrence (series, override or plain appointment)
    series_id: int | None  # the series row when the occurrence is generated from a rule
    original_start: datetime | None  # the occurrence's start in its series (None for a plain row)
    title: str
    starts_at: datetime  # UTC
    ends_at: datetime
    time_zone: str
    all_day: bool
    location: str | None
    remind_at: datetime

    @property
    def key(self) -> str:
        """Stable name of the occurrence (row and start), for snoozes and for the window's list."""
        return f"{self.appointment_id}@{self.starts_at.astimezone(UTC).isoformat()}"

    def missed(self, now: datetime) -> bool:
        """Started already: the reminder was not seen in time (typically the app was closed)."""
        return self.starts_at <= _utc(now)


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _snooze_key(user_id: int | None) -> str:
    return f"reminders.snoozed.{user_id or 0}"


class ReminderService:
    """Reminders of the appointments the user owns (and unowned ones: a single-user database)."""

    def __init__(self, db: Any, user_id: int | None = None):
        self.db = db
        self.user_id = user_id
        # (row id, version) -> (an occurrence start, the window start it was found for). dateutil walks a rule
        # from DTSTART, so a series begun years ago costs every past occurrence on each poll; restarting the rule
        # at a known occurrence gives the same later occurrences (not for COUNT, which counts from the first).
        self._anchors: dict[tuple[int, int], tuple[datetime, datetime]] = {}

    # -- reading -------------------------------------------------------------------------------------
    def due(self, now: datetime) -> list[DueReminder]:
        """Occurrences whose reminder time is at or before ``now``, not dismissed, not snoozed; by start."""
        now = _utc(now)
        with self.db.read() as session:
            snoozed = self._snoozes(session)
            longest = session.scalar(select(func.max(Appointment.reminder_minutes))) or 0
            query = self._query(now, timedelta(minutes=longest)).where(*visible(session, Appointment, self.user_id))
            rows = list(session.scalars(query))
            overrides = self._override_starts(session, [r.id for r in rows if r.recurrence_rule])
        out: list[DueReminder] = []
        for row in rows:
            for item in self._occurrences(row, now, overrides.get(row.id, set())):
                until = snoozed.get(item.key)
                if until is None or until <= now:
                    out.append(item)
        out.sort(key=lambda r: (r.starts_at, r.appointment_id))
        return out

    def _query(self, now: datetime, longest: timedelta) -> Any:
        live = [Appointment.deleted_at.is_(None), Appointment.reminder_minutes.is_not(None)]
        if self.user_id is not None:
            live.append(or_(Appointment.owner_id == self.user_id, Appointment.owner_id.is_(None)))
        # A plain row can only be due if it starts after the lookback and within the longest reminder lead.
        window = (Appointment.starts_at >= now - LOOKBACK) & (Appointment.starts_at <= now + longest)
        return select(Appointment).where(*live, or_(Appointment.recurrence_rule.is_not(None), window))

    @staticmethod
    def _override_starts(session: Session, series_ids: list[int]) -> dict[int, set[datetime]]:
        found: dict[int, set[datetime]] = {}
        if series_ids:
            rows = session.execute(
                select(Appointment.series_id, Appointment.original_start).where(
                    Appointment.series_id.in_(series_ids), Appointment.original_start.is_not(None)
                )
            )
            for series_id, original in rows:
                found.setdefault(series_id, set()).add(_utc(original))
        return found

    def _occurrences(self, row: Appointment, now: datetime, detached: set[datetime]) -> list[DueReminder]:
        lead = timedelta(minutes=row.reminder_minutes or 0)
        low = now - LOOKBACK
        if row.reminder_done_until is not None:
            low = max(low, _utc(row.reminder_done_until) + timedelta(seconds=1))
        start, end = _utc(row.starts_at), _utc(row.ends_at)
        skip = parse_exceptions(row.recurrence_exceptions or []) | detached
        key = (row.id, row.version)
        anchor = self._anchors.get(key)
        rule = row.recurrence_rule or ""
        if anchor is not None and low >= anchor[1] and "COUNT=" not in rule.upper():
            start, end = anchor[0], anchor[0] + (end - start)
        try:
            # Occurrences *starting* in [low, now + lead]: widen the window start by the duration for expand().
            spans = expand(start, end, row.time_zone, row.recurrence_rule, low, now + lead + timedelta(seconds=1), skip)
        except RuleError:
            return []  # a damaged rule (imported) must not stop the other reminders
        if rule and spans:
            # No occurrence lies between the window start and the first span: later (larger) windows may start there.
            self._anchors[key] = (spans[0].start, low)
        generated = bool(row.recurrence_rule)
        original = _utc(row.original_start) if row.original_start else None
        return [
            DueReminder(
                appointment_id=row.id,
                series_id=row.id if generated else row.series_id,
                original_start=span.start if generated else original,
                title=row.title,
                starts_at=span.start,
                ends_at=span.end,
                time_zone=row.time_zone,
                all_day=row.all_day,
                location=row.location,
                remind_at=span.start - lead,
            )
            for span in spans
            if low <= span.start and span.start - lead <= now
        ]

    def _snoozes(self, session: Session) -> dict[str, datetime]:
        row = session.get(Setting, _snooze_key(self.user_id))
        stored = (row.value or {}).get("v", {}) if row is not None else {}
        return {key: _utc(datetime.fromisoformat(until)) for key, until in stored.items()}

    # -- writing -------------------------------------------------------------------------------------
    def dismiss(self, item: DueReminder) -> None:
        """Done with this occurrence (and with the earlier ones of the same row)."""
        self.dismiss_many([item])

    def dismiss_many(self, items: list[DueReminder]) -> None:
        """ "Dismiss all": one transaction, one UPDATE per appointment row (its latest listed occurrence)."""
        latest: dict[int, datetime] = {}
        for item in items:
            latest[item.appointment_id] = max(item.starts_at, latest.get(item.appointment_id, item.starts_at))
        keys = {item.key for item in items}

        def work(session: Session) -> None:
            for appointment_id, start in latest.items():
                session.execute(
                    update(Appointment)
                    .where(
                        Appointment.id == appointment_id,
                        or_(Appointment.reminder_done_until.is_(None), Appointment.reminder_done_until < start),
                    )
                    .values(reminder_done_until=start)
                    .execution_options(synchronize_session=False)
                )
            self._write_snoozes(session, lambda snoozes: [snoozes.pop(key, None) for key in keys])

        self.db.run_write(work, self.user_id)

    def snooze(self, item: DueReminder, minutes: int, now: datetime) -> datetime:
        """Remind again ``minutes`` after ``now``; returns that moment."""
        if not isinstance(minutes, int) or not 1 <= minutes <= MAX_SNOOZE:
            raise ValueError(f"snooze for 1 to {MAX_SNOOZE} minutes, not {minutes!r}")  # the window offers choices
        until = _utc(now) + timedelta(minutes=minutes)

        def work(session: Session) -> None:
            self._write_snoozes(session, lambda snoozes: snoozes.__setitem__(item.key, until.isoformat()), now)

        self.db.run_write(work, self.user_id)
        return until

    def _write_snoozes(self, session: Session, change: Any, now: datetime | None = None) -> None:
        key = _snooze_key(self.user_id)
        row = session.get(Setting, key)
        snoozes = dict((row.value or {}).get("v", {})) if row is not None else {}
        change(snoozes)
        if now is not None:  # forget snoozes of occurrences past the lookback: they can never be due again
            oldest = _utc(now) - LOOKBACK - timedelta(days=1)
            snoozes = {k: v for k, v in snoozes.items() if _utc(datetime.fromisoformat(k.split("@", 1)[1])) >= oldest}
        if row is None:
            session.add(Setting(key=key, value={"v": snoozes}))
        else:
            row.value = {"v": snoozes}
