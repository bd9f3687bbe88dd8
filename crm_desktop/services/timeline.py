"""The 360-degree view: everything about a contact or a company on one chronological timeline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select

from crm_desktop.db.engine import Database
from crm_desktop.db.models import (
    Activity,
    Appointment,
    Company,
    Contact,
    Document,
    EmailMessage,
    Opportunity,
    appointment_attendees,
    email_contacts,
)
from crm_desktop.errors import NotFoundError

from .privacy import visible

TIMELINE_KINDS = ("note", "call", "meeting", "task", "email", "fax", "sms", "appointment", "document", "deal")
MAX_ITEMS = 5_000


@dataclass(frozen=True)
class TimelineItem:
    kind: str  # one of TIMELINE_KINDS; logged emails (activities) and stored emails are both "email"
    entity: str  # table the item opens from: activities, appointments, email_messages, documents, opportunities
    id: int
    when: datetime
    title: str
    detail: str  # a short second line: outcome, location, sender, file size, amount and stage …
    done: bool | None = None  # tasks only


class TimelineService:
    def __init__(self, db: Database, user_id: int | None = None):
        self.db, self.user_id = db, user_id  # others' private items are left out (services/privacy.py)

    def _check_visible(self, model: Any, record_id: int, entity: str) -> None:
        with self.db.read() as session:
            query = select(model.id).where(model.id == record_id, *visible(session, model, self.user_id))
            if session.scalar(query) is None:
                raise NotFoundError(entity, record_id)

    def for_contact(self, contact_id: int, kinds: set[str] | None = None, limit: int = MAX_ITEMS) -> list[TimelineItem]:
        self._check_visible(Contact, contact_id, "contact")
        return self._collect(contact_ids=[contact_id], company_id=None, kinds=kinds, limit=limit)

    def for_company(self, company_id: int, kinds: set[str] | None = None, limit: int = MAX_ITEMS) -> list[TimelineItem]:
        """Items linked to the company and to the people who work there."""
        self._check_visible(Company, company_id, "company")
        with self.db.read() as session:
            people = list(
                session.scalars(
                    select(Contact.id).where(Contact.company_id == company_id, Contact.deleted_at.is_(None))
                )
            )
        return self._collect(contact_ids=people, company_id=company_id, kinds=kinds, limit=limit)

    def _collect(
        self, contact_ids: list[int], company_id: int | None, kinds: set[str] | None, limit: int
    ) -> list[TimelineItem]:
        wanted = set(TIMELINE_KINDS) if kinds is None else kinds
        items: list[TimelineItem] = []
        with self.db.read() as session:

            def linked(model: Any) -> Any:
                by_contact = model.contact_id.in_(contact_ids) if contact_ids else None
                by_company = model.company_id == company_id if company_id is not None else None
                parts = [p for p in (by_contact, by_company) if p is not None]
                return or_(*parts) if parts else False

            activity_kinds = wanted & {"note", "call", "meeting", "task", "email", "fax", "sms"}
            if activity_kinds:
                when = func.coalesce(Activity.occurred_at, Activity.due_at, Activity.created_at)
                rows = session.execute(
                    select(
                        Activity.id,
                        Activity.kind,
                        when,
                        Activity.subject,
                        Activity.outcome,
                        Activity.duration_minutes,
                        Activity.done,
                    )
                    .where(linked(Activity), Activity.deleted_at.is_(None), Activity.kind.in_(activity_kinds))
                    .where(*visible(session, Activity, self.user_id))
                    .order_by(when.desc())
                    .limit(limit)
                )
                for id_, kind, at, subject, outcome, minutes, done in rows:
                    detail = " · ".join(x for x in (outcome, f"{minutes} min" if minutes else None) if x)
                    items.append(
                        TimelineItem(kind, "activities", id_, at, subject, detail, done if kind == "task" else None)
                    )
            if "appointment" in wanted:
                attending = select(appointment_attendees.c.appointment_id).where(
                    appointment_attendees.c.contact_id.in_(contact_ids)
                )
                condition = Appointment.id.in_(attending)
                if company_id is not None:
                    condition = or_(condition, Appointment.company_id == company_id)
                rows = session.execute(
                    select(Appointment.id, Appointment.starts_at, Appointment.title, Appointment.location)
                    .where(condition, Appointment.deleted_at.is_(None), *visible(session, Appointment, self.user_id))
                    .order_by(Appointment.starts_at.desc())
                    .limit(limit)
                )
                items.extend(TimelineItem("appointment", "appointments", i, at, t, loc or "") for i, at, t, loc in rows)
            if "email" in wanted:
                involving = select(email_contacts.c.email_id).where(email_contacts.c.contact_id.in_(contact_ids))
                condition = EmailMessage.id.in_(involving)
                if company_id is not None:
                    condition = or_(condition, EmailMessage.company_id == company_id)
                when = func.coalesce(EmailMessage.sent_at, EmailMessage.created_at)
                rows = session.execute(
                    select(EmailMessage.id, when, EmailMessage.subject, EmailMessage.from_address)
                    .where(condition, EmailMessage.deleted_at.is_(None), *visible(session, EmailMessage, self.user_id))
                    .order_by(when.desc())
                    .limit(limit)
                ).all()
                # direction sits after the bodies in each row: read it for the chosen page only, not for every
                # message of the contact (a long body means walking its overflow pages to reach it).
                directions: dict[int, str] = {}
                for start in range(0, len(rows), 500):
                    page = [r[0] for r in rows[start : start + 500]]
                    query = select(EmailMessage.id, EmailMessage.direction).where(EmailMessage.id.in_(page))
                    directions.update((i, d) for i, d in session.execute(query))
                for id_, at, subject, sender in rows:
                    direction = directions.get(id_, "in")
                    detail = ("← " if direction == "in" else "→ ") + (sender or "")
                    items.append(TimelineItem("email", "email_messages", id_, at, subject or "", detail))
            if "document" in wanted:
                rows = session.execute(
                    select(Document.id, Document.created_at, Document.title, Document.file_name, Document.size)
                    .where(linked(Document), Document.deleted_at.is_(None), *visible(session, Document, self.user_id))
                    .order_by(Document.created_at.desc())
                    .limit(limit)
                )
                items.extend(
                    TimelineItem("document", "documents", i, at, title, f"{name} · {size:,} bytes")
                    for i, at, title, name, size in rows
                )
            if "deal" in wanted:
                rows = session.execute(
                    select(
                        Opportunity.id,
                        Opportunity.created_at,
                        Opportunity.title,
                        Opportunity.amount_minor,
                        Opportunity.currency,
                        Opportunity.status,
                    )
                    .where(linked(Opportunity), Opportunity.deleted_at.is_(None))
                    .where(*visible(session, Opportunity, self.user_id))
                    .order_by(Opportunity.created_at.desc())
                    .limit(limit)
                )
                items.extend(
                    TimelineItem("deal", "opportunities", i, at, title, f"{amount / 100:,.2f} {cur} · {status}")
                    for i, at, title, amount, cur, status in rows
                )
        items.sort(key=lambda item: item.when, reverse=True)
        return items[:limit]
