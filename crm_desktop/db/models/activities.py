"""Activities (notes, calls, meetings, tasks, logged emails, faxes, SMS) and appointments."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, Column, ForeignKey, Index, Integer, String, Table, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Record
from .people import Contact

ACTIVITY_KINDS = ("note", "call", "meeting", "task", "email", "fax", "sms")
PRIORITIES = (1, 2, 3)
# Written as SQLAlchemy renders the task queries (done = 0 / false): SQLite uses a partial index only when
# the query's terms match its WHERE literally.
OPEN_TASK_SQLITE = text("kind = 'task' AND done = 0 AND deleted_at IS NULL")
OPEN_TASK_PG = text("kind = 'task' AND done = false AND deleted_at IS NULL")


class Activity(Record, Base):
    __tablename__ = "activities"
    __table_args__ = (
        CheckConstraint("kind IN ('note', 'call', 'meeting', 'task', 'email', 'fax', 'sms')", name="kind"),
        Index("ix_activities_contact_time", "contact_id", "occurred_at"),
        Index("ix_activities_company_time", "company_id", "occurred_at"),
        # Only open tasks: the My-tasks view and the navigation badge read this, never the whole table.
        Index(
            "ix_activities_open_tasks",
            "assignee_id",
            "due_at",
            sqlite_where=OPEN_TASK_SQLITE,
            postgresql_where=OPEN_TASK_PG,
        ),
    )

    kind: Mapped[str] = mapped_column(String(10))
    subject: Mapped[str] = mapped_column(String(500))
    body: Mapped[str | None] = mapped_column(Text)
    occurred_at: Mapped[datetime | None]
    due_at: Mapped[datetime | None]
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    priority: Mapped[int] = mapped_column(Integer, default=2)  # 1 low, 2 normal, 3 high
    done_at: Mapped[datetime | None]
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    outcome: Mapped[str | None] = mapped_column(String(200))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    company_id: Mapped[int | None] = mapped_column(ForeignKey("companies.id", ondelete="SET NULL"))
    opportunity_id: Mapped[int | None] = mapped_column(ForeignKey("opportunities.id", ondelete="SET NULL"), index=True)
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    is_private: Mapped[bool] = mapped_column(Boolean, default=False)


appointment_attendees = Table(
    "appointment_attendees",
    Base.metadata,
    Column("appointment_id", ForeignKey("appointments.id", ondelete="CASCADE"), primary_key=True),
    Column("contact_id", ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Appointment(Record, Base):
    __tablename__ = "appointments"
    __table_args__ = (
        CheckConstraint("ends_at >= starts_at", name="ends_after_start"),
        Index("ix_appointments_span", "starts_at", "ends_at"),
    )

    title: Mapped[str] = mapped_column(String(500))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    # IANA zone the appointment was made in: recurrence expands in this zone so DST shifts stay right.
    time_zone: Mapped[str] = mapped_column(String(64), default="UTC")
    all_day: Mapped[bool] = mapped_column(Boolean, default=False)
    location: Mapped[str | None] = mapped_column(String(500))
    notes: Mapped[str | None] = mapped_column(Text)
    # RFC 5545 RRULE text (without "RRULE:"), and the original starts (ISO UTC) of skipped occurrences.
    recurrence_rule: Mapped[str | None] = mapped_column(String(500))
    recurrence_exceptions: Mapped[list] = mapped_column(default=list)
    # A changed single occurrence is its own row pointing at the series and the start it replaces.
    series_id: Mapped[int | None] = mapped_column(ForeignKey("appointments.id", ondelete="CASCADE"), index=True)
    original_start: Mapped[datetime | None]
    reminder_minutes: Mapped[int | None] = mapped_column(Integer)
    reminder_done_until: Mapped[datetime | None]
    company_id: Mapped[int | None] = mapped_column(ForeignKey("companies.id", ondelete="SET NULL"), index=True)
    opportunity_id: Mapped[int | None] = mapped_column(ForeignKey("opportunities.id", ondelete="SET NULL"), index=True)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    is_private: Mapped[bool] = mapped_column(Boolean, default=False)

    attendees: Mapped[list[Contact]] = relationship(secondary=appointment_attendees, lazy="raise")
