"""Activities (notes, calls, meetings, tasks …) and appointments."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import ColumnElement, update
from sqlalchemy.orm import Session

from crm_desktop.db.models import ACTIVITY_KINDS, Activity, Appointment, Contact, utcnow
from crm_desktop.db.models.activities import PRIORITIES

from .contact_points import resolve_contacts
from .crud import CrudService
from .dto import ActivityDTO, AppointmentDTO
from .validation import FieldErrors, clean_text, parse_datetime

CONVERSATIONS = ("call", "meeting", "email", "sms", "fax")


class ActivityService(CrudService[Activity, ActivityDTO]):
    model = Activity
    dto = ActivityDTO
    entity = "activity"

    def _apply(self, session: Session, obj: Activity, values: Mapping[str, Any], *, creating: bool) -> None:
        if creating and values.get("kind") == "task" and "assignee_id" not in values:
            values = {**values, "assignee_id": self.user_id}  # a task someone adds is theirs unless given away
        super()._apply(session, obj, values, creating=creating)

    def _derive(self, session: Session, obj: Activity, errors: FieldErrors) -> None:
        if obj.kind not in ACTIVITY_KINDS:
            errors.add("kind", f"must be one of {', '.join(ACTIVITY_KINDS)}")
        if obj.priority not in PRIORITIES:
            errors.add("priority", "must be 1 (low), 2 (normal) or 3 (high)")
        if obj.duration_minutes is not None and not 0 <= obj.duration_minutes <= 60 * 24 * 31:
            errors.add("duration_minutes", "must be between 0 and 44640 minutes")
        if obj.done and obj.done_at is None:
            obj.done_at = utcnow()
        if not obj.done:
            obj.done_at = None

    def _after_save(self, session: Session, obj: Activity, creating: bool) -> None:
        # A logged conversation moves the contact's "last contacted" date. Written without a version bump:
        # it is derived data, and must not turn someone's open edit of the contact into a conflict.
        if obj.kind in CONVERSATIONS and obj.contact_id and obj.occurred_at and obj.deleted_at is None:
            session.execute(
                update(Contact)
                .where(
                    Contact.id == obj.contact_id,
                    (Contact.last_contacted_at.is_(None)) | (Contact.last_contacted_at < obj.occurred_at),
                )
                .values(last_contacted_at=obj.occurred_at)
                .execution_options(synchronize_session=False)
            )

    def timeline(self, *, contact_id: int | None = None, company_id: int | None = None) -> list[ActivityDTO]:
        filters: dict[str, Any] = {}
        if contact_id is not None:
            filters["contact_id"] = contact_id
        if company_id is not None:
            filters["company_id"] = company_id
        # Newest first; a task without a time sits at its due date, a bare note at its creation.
        items = self.list(filters=filters, limit=10_000)
        return sorted(items, key=lambda a: a.occurred_at or a.due_at or a.created_at, reverse=True)


class AppointmentService(CrudService[Appointment, AppointmentDTO]):
    model = Appointment
    dto = AppointmentDTO
    entity = "appointment"
    children = ("attendees",)
    sort_column = "starts_at"

    def _apply_special(self, session: Session, obj: Appointment, name: str, value: Any, errors: FieldErrors) -> None:
        if name != "attendee_ids":
            super()._apply_special(session, obj, name, value, errors)
            return
        attendees = resolve_contacts(session, value, "attendee_ids", errors)
        if attendees is not None:
            obj.attendees = attendees

    def _derive(self, session: Session, obj: Appointment, errors: FieldErrors) -> None:
        try:
            ZoneInfo(obj.time_zone or "UTC")
        except (ZoneInfoNotFoundError, ValueError):
            errors.add("time_zone", f"{obj.time_zone!r} is not a known time zone (e.g. Asia/Tehran)")
        if obj.starts_at and obj.ends_at and obj.ends_at < obj.starts_at:
            errors.add("ends_at", "must not be before the start")
        if obj.reminder_minutes is not None and not 0 <= obj.reminder_minutes <= 60 * 24 * 60:
            errors.add("reminder_minutes", "must be between 0 and 86400 minutes")
        if obj.recurrence_rule:
            rule = clean_text(obj.recurrence_rule, "recurrence_rule", 500, errors)
            if rule and not rule.upper().startswith("FREQ=") and ";FREQ=" not in rule.upper():
                errors.add("recurrence_rule", "must be an iCalendar RRULE such as FREQ=WEEKLY;BYDAY=MO")
        exceptions = obj.recurrence_exceptions or []
        if not isinstance(exceptions, list) or any(
            parse_datetime(x, "recurrence_exceptions", errors) is None for x in exceptions
        ):
            errors.add("recurrence_exceptions", "must be a list of ISO date-times with a zone")

    def _extra_dto_fields(self, obj: Appointment) -> dict[str, Any]:
        return {"attendee_ids": tuple(sorted(c.id for c in obj.attendees))}

    def between(self, start: datetime, end: datetime) -> list[AppointmentDTO]:
        """Stored rows overlapping [start, end) plus every recurring series (expanded by the calendar)."""
        with self.db.read() as session:
            query = self._base_query().where(
                (Appointment.recurrence_rule.is_not(None))
                | ((Appointment.starts_at < end) & (Appointment.ends_at >= start))
            )
            return [self._to_dto(a) for a in session.scalars(query.order_by(Appointment.starts_at))]

    def _filter_conditions(self, filters: Mapping[str, Any]) -> Iterable[ColumnElement[bool]]:
        rest = dict(filters)
        contact_id = rest.pop("attendee_id", None)
        if contact_id is not None:
            yield Appointment.attendees.any(Contact.id == contact_id)
        yield from super()._filter_conditions(rest)
