"""The calendar's use cases: occurrences in a window, and edits of one / following / all occurrences.

A recurring series is one row with an RRULE; a changed single occurrence is its own row (series_id +
original_start) and a deleted one is an entry in recurrence_exceptions. Splitting a series ("this and
following") ends the old row with UNTIL and starts a new row at the occurrence, in one transaction.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from operator import attrgetter, itemgetter
from typing import Any, Literal

from sqlalchemy import String, Text, and_, select, true, type_coerce
from sqlalchemy.orm import Session

from crm_desktop.db.models import Appointment
from crm_desktop.errors import ValidationError

from .activities import AppointmentService
from .calendar_rows import attendees, stored_list, when
from .dto import AppointmentDTO
from .privacy import visible
from .recurrence import RuleError, parse_exceptions, parse_rule, validate_rule
from .rule_cache import expand_series
from .validation import FieldErrors

Scope = Literal["this", "following", "all"]
MAX_LENGTH = timedelta(days=366 * 5)  # longer than this is a typing mistake (a 10-year meeting), not a plan
_COPIED = (
    "title",
    "time_zone",
    "all_day",
    "location",
    "notes",
    "reminder_minutes",
    "company_id",
    "opportunity_id",
    "owner_id",
    "is_private",
)

# What the views show of an appointment (occurrences() reads these columns, not whole rows).
_COLUMNS = (
    Appointment.id,
    Appointment.version,
    Appointment.title,
    # Dates as stored (SQLite text, PostgreSQL datetime) and made aware by _when: SQLAlchemy's SQLite DateTime
    # parses each value with a regular expression plus UTCDateTime's replace, ~40% of reading a month's rows.
    type_coerce(Appointment.starts_at, String).label("starts_at"),
    type_coerce(Appointment.ends_at, String).label("ends_at"),
    Appointment.time_zone,
    Appointment.all_day,
    Appointment.location,
    Appointment.owner_id,
    Appointment.series_id,
    type_coerce(Appointment.original_start, String).label("original_start"),
    Appointment.reminder_minutes,
    Appointment.is_private,
    Appointment.recurrence_rule,
    # As stored: SQLite gives the JSON text ("[]" for nearly every series, not worth decoding), PostgreSQL a list.
    type_coerce(Appointment.recurrence_exceptions, Text).label("recurrence_exceptions"),
)


@dataclass(frozen=True)
class OccurrenceDTO:
    """One appointment as it appears on a given day; ``appointment_id`` is the row that holds it."""

    appointment_id: int
    version: int
    title: str
    starts_at: datetime  # UTC
    ends_at: datetime
    time_zone: str
    all_day: bool
    location: str | None
    owner_id: int | None
    attendee_ids: tuple[int, ...]
    recurring: bool  # part of a series (a generated occurrence or a detached override)
    original_start: datetime | None  # the occurrence's start in its series (None for a plain appointment)
    series_id: int | None  # the series row (== appointment_id for a generated occurrence)
    reminder_minutes: int | None
    is_private: bool


# A series row's id, version, starts_at, ends_at, time_zone, recurrence_rule, recurrence_exceptions (_COLUMNS order).
_EXPANDED = itemgetter(0, 1, 3, 4, 5, 13, 14)
_BY_START, _BY_END, _BY_ID = attrgetter("starts_at"), attrgetter("ends_at"), attrgetter("appointment_id")
_RAW_ORIGINAL = type_coerce(Appointment.original_start, String)
_NO_EXCEPTIONS = (None, "[]", "null", [])
_NOTHING: frozenset[datetime] = frozenset()
_new, _set = object.__new__, object.__setattr__


def _dto(same: dict[str, Any], start: datetime, end: datetime, original: datetime | None) -> OccurrenceDTO:
    """An OccurrenceDTO from its fields, without the frozen dataclass's __init__ (one object.__setattr__ per
    field: ~3x the cost, and a busy month builds ~9,000 of them). Equal and hashable like any other."""
    obj = _new(OccurrenceDTO)
    _set(obj, "__dict__", {**same, "starts_at": start, "ends_at": end, "original_start": original})
    return obj


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


class CalendarAppointmentService(AppointmentService):
    """AppointmentService with the calendar's stricter checks (length, rule that produces occurrences)."""

    def _derive(self, session: Session, obj: Appointment, errors: FieldErrors) -> None:
        super()._derive(session, obj, errors)
        if obj.starts_at and obj.ends_at and "ends_at" not in errors.errors:
            length = _utc(obj.ends_at) - _utc(obj.starts_at)
            if length == timedelta(0) and not obj.all_day:
                errors.add("ends_at", "must be after the start (the appointment has no length)")
            elif length > MAX_LENGTH:
                errors.add("ends_at", "is more than five years after the start; check the year")
        if obj.recurrence_rule and "recurrence_rule" not in errors.errors and "time_zone" not in errors.errors:
            if obj.series_id is not None:
                errors.add("recurrence_rule", "a changed occurrence of a series cannot repeat itself")
            elif obj.starts_at:
                try:
                    validate_rule(obj.recurrence_rule, _utc(obj.starts_at), obj.time_zone)
                except RuleError as exc:
                    errors.add("recurrence_rule", str(exc))


class CalendarService:
    def __init__(self, db: Any, user_id: int | None = None):
        self.db = db
        self.user_id = user_id
        self.appointments = CalendarAppointmentService(db, user_id)

    # -- reading -------------------------------------------------------------------------------------
    def occurrences(
        self, start_utc: datetime, end_utc: datetime, user_ids: Sequence[int] | None = None
    ) -> list[OccurrenceDTO]:
        """Every occurrence overlapping [start_utc, end_utc), series expanded, sorted by start."""
        start_utc, end_utc = _utc(start_utc), _utc(end_utc)
        if end_utc <= start_utc:
            raise ValidationError({"end": "must be after the start of the range"})
        with self.db.read() as session:
            # Other people's private appointments stay out of every view (none of the conditions for an admin).
            live = and_(Appointment.deleted_at.is_(None), *visible(session, Appointment, self.user_id))
            owner = Appointment.owner_id.in_(list(user_ids)) if user_ids is not None else true()
            # Core through the connection, plain columns: no ORM execution or row processing (PLATFORM-NOTES).
            conn = session.connection()
            query = select(*_COLUMNS).where(live, owner)
            in_window = and_(
                Appointment.recurrence_rule.is_(None),
                Appointment.starts_at < end_utc,
                Appointment.ends_at >= start_utc,
            )
            is_series = and_(Appointment.recurrence_rule.is_not(None), Appointment.starts_at < end_utc)
            plain = conn.execute(query.where(in_window)).all()
            series = conn.execute(query.where(is_series)).all()
            people = attendees(conn, [*(r.id for r in plain), *(r.id for r in series)])
            detached: dict[int, set[datetime]] = {}
            if series:
                # Overrides replacing a start before the window's end: only those can hide a generated one. Read
                # by the series_id index and matched here (an IN sub-select probed the index once per series).
                rows = conn.execute(
                    select(Appointment.series_id, _RAW_ORIGINAL).where(
                        Appointment.series_id.is_not(None),
                        Appointment.original_start.is_not(None),
                        Appointment.original_start < end_utc,
                    )
                )
                for series_id, original in rows:
                    detached.setdefault(series_id, set()).add(when(original))
            out = [self._occurrence(a, people) for a in plain]
            out = [o for o in out if o.ends_at > start_utc or o.starts_at >= start_utc]
            for row in series:
                rid, version, starts, ends, zone, rule, exceptions = _EXPANDED(row)
                skip: set[datetime] | frozenset[datetime] = detached.get(rid, _NOTHING)
                if exceptions not in _NO_EXCEPTIONS:
                    skip = skip | parse_exceptions(stored_list(exceptions))
                key = (rid, version)  # parsed once per series version, iterated from near the window
                spans = expand_series(key, when(starts), when(ends), zone, rule, start_utc, end_utc, skip)
                if spans:  # the row's fields read once, not once per occurrence (a month holds thousands)
                    same = self._fields(row, people, generated=True)
                    out += [_dto(same, begin, finish, begin) for begin, finish in spans]
        # Stable sorts on one key each, last key first: the order of (start, end, id) without a tuple per item.
        out.sort(key=_BY_ID)
        out.sort(key=_BY_END)
        out.sort(key=_BY_START)
        return out

    @staticmethod
    def _fields(row: Any, people: Mapping[int, list[int]], *, generated: bool) -> dict[str, Any]:
        """An occurrence's fields other than its start, end and original start (a row of _COLUMNS, unpacked:
        a Row's attribute access cost more than building the DTO)."""
        rid, version, title, _, _, zone, all_day, location, owner, series_id, _, reminder, private, _, _ = row
        return {
            "appointment_id": rid,
            "version": version,
            "title": title,
            "time_zone": zone,
            "all_day": bool(all_day),
            "location": location,
            "owner_id": owner,
            "attendee_ids": tuple(sorted(people[rid])) if rid in people else (),
            "recurring": generated or series_id is not None,
            "series_id": rid if generated else series_id,
            "reminder_minutes": reminder,
            "is_private": bool(private),
        }

    def _occurrence(self, row: Any, people: Mapping[int, list[int]]) -> OccurrenceDTO:
        same = self._fields(row, people, generated=False)
        return _dto(same, when(row.starts_at), when(row.ends_at), when(row.original_start))

    # -- writing -------------------------------------------------------------------------------------
    def create(self, values: Mapping[str, Any]) -> AppointmentDTO:
        return self.appointments.create(values)

    def edit_occurrence(
        self,
        series_id: int,
        expected_version: int,
        original_start: datetime,
        scope: Scope,
        changes: Mapping[str, Any],
    ) -> AppointmentDTO:
        """Change one occurrence, it and the following ones, or the whole series (one transaction).

        ``changes`` uses the appointment's field names; ``starts_at``/``ends_at`` are the occurrence's new
        times (for "all" and "following" the series moves by the same amount).
        """
        original_start = _utc(original_start)
        service = self.appointments

        def work(session: Session) -> AppointmentDTO:
            series = service._load(session, series_id, for_version=expected_version)
            if not series.recurrence_rule:
                service._apply(session, series, changes, creating=False)
                session.flush()
                return service._to_dto(series)
            self._check_is_occurrence(series, original_start)
            if scope == "this":
                return self._detach(session, series, original_start, changes)
            if scope == "following" and original_start > _utc(series.starts_at):
                return self._split(session, series, original_start, changes)
            return self._shift_all(session, series, original_start, changes)

        return self.db.run_write(work, self.user_id)

    def move_occurrence(
        self,
        appointment_id: int,
        expected_version: int,
        original_start: datetime | None,
        new_start: datetime,
        new_end: datetime,
        scope: Scope = "this",
    ) -> AppointmentDTO:
        """Drag-move or resize: a plain appointment or override moves itself; a series occurrence per scope."""
        changes = {"starts_at": _utc(new_start), "ends_at": _utc(new_end)}
        if original_start is None:
            return self.appointments.update(appointment_id, expected_version, changes)
        return self.edit_occurrence(appointment_id, expected_version, original_start, scope, changes)

    def delete_occurrence(self, series_id: int, expected_version: int, original_start: datetime, scope: Scope) -> None:
        """Delete one occurrence (an exception), it and the following (UNTIL), or the whole series."""
        original_start = _utc(original_start)
        service = self.appointments

        def work(session: Session) -> None:
            series = service._load(session, series_id, for_version=expected_version)
            self._check_is_occurrence(series, original_start)
            if scope == "all" or (scope == "following" and original_start <= _utc(series.starts_at)):
                series.deleted_at = datetime.now(UTC)
            elif scope == "following":
                series.recurrence_rule = self._ended_before(series, original_start)
            else:
                stamp = original_start.isoformat()
                series.recurrence_exceptions = [*(series.recurrence_exceptions or []), stamp]
            for override in self._overrides(session, series.id):
                if scope != "this" and _utc(override.original_start) >= original_start:
                    override.deleted_at = datetime.now(UTC)
            session.flush()

        self.db.run_write(work, self.user_id)

    # -- helpers -------------------------------------------------------------------------------------
    @staticmethod
    def _check_is_occurrence(series: Appointment, original_start: datetime) -> None:
        start = _utc(series.starts_at)
        rule = parse_rule(series.recurrence_rule or "", start, series.time_zone)
        hit = rule.between(original_start - timedelta(seconds=1), original_start + timedelta(seconds=1), inc=True)
        if not any(_utc(h) == original_start for h in hit):
            raise ValidationError(
                {"original_start": f"{original_start.isoformat()} is not an occurrence of this series"}
            )

    @staticmethod
    def _overrides(session: Session, series_id: int) -> list[Appointment]:
        query = select(Appointment).where(Appointment.series_id == series_id, Appointment.deleted_at.is_(None))
        return list(session.scalars(query))

    def _detach(
        self, session: Session, series: Appointment, original_start: datetime, changes: Mapping[str, Any]
    ) -> AppointmentDTO:
        service = self.appointments
        duration = _utc(series.ends_at) - _utc(series.starts_at)
        existing = [o for o in self._overrides(session, series.id) if _utc(o.original_start) == original_start]
        if existing:
            obj = existing[0]
            service._apply(session, obj, changes, creating=False)
        else:
            obj = Appointment()
            obj.attendees = list(series.attendees)
            base: dict[str, Any] = {name: getattr(series, name) for name in _COPIED}
            base |= {"starts_at": original_start, "ends_at": original_start + duration, "recurrence_exceptions": []}
            obj.series_id, obj.original_start = series.id, original_start
            service._apply(session, obj, {**base, **changes}, creating=True)
            session.add(obj)
        session.flush()
        return service._to_dto(obj)

    def _shift_all(
        self, session: Session, series: Appointment, original_start: datetime, changes: Mapping[str, Any]
    ) -> AppointmentDTO:
        service = self.appointments
        values = dict(changes)
        start = _utc(series.starts_at)
        if "starts_at" in values or "ends_at" in values:
            new_start = _utc(values.get("starts_at", original_start))
            length = _utc(series.ends_at) - start
            new_end = _utc(values["ends_at"]) if "ends_at" in values else new_start + length
            values["starts_at"] = start + (new_start - original_start)
            values["ends_at"] = values["starts_at"] + (new_end - new_start)
        service._apply(session, series, values, creating=False)
        session.flush()
        return service._to_dto(series)

    def _split(
        self, session: Session, series: Appointment, original_start: datetime, changes: Mapping[str, Any]
    ) -> AppointmentDTO:
        service = self.appointments
        rule_text = series.recurrence_rule or ""
        parts = [p for p in rule_text.split(";") if p]
        count = next((int(p.split("=")[1]) for p in parts if p.upper().startswith("COUNT=")), None)
        new_parts = [p for p in parts if not p.upper().startswith(("COUNT=", "UNTIL="))]
        if count is not None:
            before = parse_rule(rule_text, _utc(series.starts_at), series.time_zone).between(
                _utc(series.starts_at), original_start, inc=True
            )
            done = sum(1 for b in before if _utc(b) < original_start)
            new_parts.append(f"COUNT={count - done}")
        else:
            new_parts += [p for p in parts if p.upper().startswith("UNTIL=")]
        exceptions = parse_exceptions(series.recurrence_exceptions or [])
        duration = _utc(series.ends_at) - _utc(series.starts_at)
        base: dict[str, Any] = {name: getattr(series, name) for name in _COPIED}
        base |= {
            "starts_at": original_start,
            "ends_at": original_start + duration,
            "recurrence_rule": ";".join(new_parts),
            "recurrence_exceptions": sorted(x.isoformat() for x in exceptions if x >= original_start),
            "attendee_ids": [c.id for c in series.attendees],
        }
        if "starts_at" in changes or "ends_at" in changes:
            new_start = _utc(changes.get("starts_at", original_start))
            new_end = _utc(changes["ends_at"]) if "ends_at" in changes else new_start + duration
            base["starts_at"], base["ends_at"] = new_start, new_end
        tail = Appointment()
        tail.attendees = []
        extra = {k: v for k, v in changes.items() if k not in ("starts_at", "ends_at")}
        service._apply(session, tail, {**base, **extra}, creating=True)
        session.add(tail)
        series.recurrence_rule = self._ended_before(series, original_start)
        series.recurrence_exceptions = sorted(x.isoformat() for x in exceptions if x < original_start)
        session.flush()
        for override in self._overrides(session, series.id):
            if _utc(override.original_start) >= original_start:
                override.deleted_at = datetime.now(UTC)  # the new series starts clean from here
        session.flush()
        return service._to_dto(tail)

    @staticmethod
    def _ended_before(series: Appointment, original_start: datetime) -> str:
        parts = [p for p in (series.recurrence_rule or "").split(";") if p and not re.match(r"(?i)(COUNT|UNTIL)=", p)]
        until = (original_start - timedelta(seconds=1)).strftime("%Y%m%dT%H%M%SZ")
        return ";".join([*parts, f"UNTIL={until}"])
