"""Activities and appointments."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from crm_desktop.db.engine import Database
from crm_desktop.errors import ValidationError
from crm_desktop.services.activities import ActivityService, AppointmentService
from crm_desktop.services.people import ContactService


def test_timeline_is_newest_first_and_tasks_close(db: Database) -> None:
    contact = ContactService(db).create({"display_name": "Fatemeh"})
    service = ActivityService(db)
    old = service.create(
        {
            "kind": "call",
            "subject": "تماس اول",
            "contact_id": contact.id,
            "occurred_at": datetime(2025, 1, 5, 9, tzinfo=UTC),
            "duration_minutes": 12,
        }
    )
    new = service.create(
        {"kind": "note", "subject": "یادداشت", "contact_id": contact.id, "occurred_at": "2026-02-01T10:00:00+03:30"}
    )
    task = service.create(
        {"kind": "task", "subject": "Send offer", "contact_id": contact.id, "due_at": datetime(2025, 6, 1, tzinfo=UTC)}
    )
    assert [a.id for a in service.timeline(contact_id=contact.id)] == [new.id, task.id, old.id]
    assert service.get(new.id).occurred_at == datetime(2026, 2, 1, 6, 30, tzinfo=UTC)  # stored in UTC
    done = service.update(task.id, task.version, {"done": True})
    assert done.done and done.done_at is not None


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"kind": "telegram", "subject": "x"}, "kind"),
        ({"kind": "note", "subject": "x", "occurred_at": "2026-01-01T10:00"}, "occurred_at"),  # no zone
        ({"kind": "call", "subject": "x", "duration_minutes": -1}, "duration_minutes"),
        ({"kind": "note", "subject": "x", "contact_id": 999}, "contact_id"),
    ],
)
def test_invalid_activities(db: Database, values: dict, field: str) -> None:
    with pytest.raises(ValidationError) as raised:
        ActivityService(db).create(values)
    assert field in raised.value.errors


def test_appointment_keeps_zone_attendees_and_recurrence(db: Database) -> None:
    people = ContactService(db)
    a, b = people.create({"display_name": "Ali"}), people.create({"display_name": "Hans"})
    tehran = ZoneInfo("Asia/Tehran")
    start = datetime(2026, 3, 2, 10, 0, tzinfo=tehran)
    service = AppointmentService(db)
    appt = service.create(
        {
            "title": "جلسه هفتگی",
            "starts_at": start,
            "ends_at": start + timedelta(hours=1),
            "time_zone": "Asia/Tehran",
            "attendee_ids": [b.id, a.id, a.id],
            "recurrence_rule": "FREQ=WEEKLY;BYDAY=MO;COUNT=10",
            "reminder_minutes": 15,
        }
    )
    assert appt.attendee_ids == (a.id, b.id)
    assert appt.starts_at == start.astimezone(UTC)
    assert [x.id for x in service.list(filters={"attendee_id": b.id})] == [appt.id]
    window = service.between(datetime(2027, 1, 1, tzinfo=UTC), datetime(2027, 2, 1, tzinfo=UTC))
    assert [x.id for x in window] == [appt.id]  # series are returned for expansion


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"time_zone": "Mars/Olympus"}, "time_zone"),
        ({"ends_at": datetime(2020, 1, 1, tzinfo=UTC)}, "ends_at"),
        ({"recurrence_rule": "every monday"}, "recurrence_rule"),
        ({"attendee_ids": [12345]}, "attendee_ids"),
    ],
)
def test_invalid_appointments(db: Database, change: dict, field: str) -> None:
    start = datetime(2026, 5, 1, 8, tzinfo=UTC)
    values = {"title": "Meeting", "starts_at": start, "ends_at": start + timedelta(hours=1), **change}
    with pytest.raises(ValidationError) as raised:
        AppointmentService(db).create(values)
    assert field in raised.value.errors


def test_logged_conversations_move_last_contacted_without_a_version_bump(db: Database) -> None:
    contacts = ContactService(db)
    person = contacts.create({"display_name": "Reza"})
    service = ActivityService(db)
    service.create(
        {"kind": "call", "subject": "c", "contact_id": person.id, "occurred_at": datetime(2026, 1, 10, tzinfo=UTC)}
    )
    service.create(
        {"kind": "note", "subject": "n", "contact_id": person.id, "occurred_at": datetime(2026, 3, 1, tzinfo=UTC)}
    )  # a note is not a conversation
    service.create(
        {
            "kind": "meeting",
            "subject": "older",
            "contact_id": person.id,
            "occurred_at": datetime(2025, 5, 1, tzinfo=UTC),
        }
    )  # older: keeps the later date
    after = contacts.get(person.id)
    assert after.last_contacted_at == datetime(2026, 1, 10, tzinfo=UTC)
    assert after.version == person.version  # an open edit of the contact does not conflict
