"""Calendar use cases on a real database: occurrences in a window, this / following / all edits."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from crm_desktop.db.engine import Database
from crm_desktop.errors import ValidationError
from crm_desktop.services.calendar import CalendarService
from crm_desktop.services.people import ContactService
from crm_desktop.services.timeline import TimelineService

JAN = (datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 2, 1, tzinfo=UTC))


def weekly(service: CalendarService, **extra: object) -> int:
    start = datetime(2026, 1, 5, 6, 30, tzinfo=UTC)  # Mondays 10:00 in Tehran
    values = {
        "title": "Weekly",
        "starts_at": start,
        "ends_at": start + timedelta(hours=1),
        "time_zone": "Asia/Tehran",
        "recurrence_rule": "FREQ=WEEKLY;BYDAY=MO",
        **extra,
    }
    return service.create(values).id


def days(items: list) -> list[int]:
    return [o.starts_at.day for o in items]


def test_series_and_plain_appointments_in_a_window(db: Database) -> None:
    calendar = CalendarService(db)
    series = weekly(calendar)
    one = calendar.create(
        {
            "title": "Once",
            "starts_at": datetime(2026, 1, 7, 8, tzinfo=UTC),
            "ends_at": datetime(2026, 1, 7, 9, tzinfo=UTC),
        }
    )
    got = calendar.occurrences(*JAN)
    assert days(got) == [5, 7, 12, 19, 26]
    assert got[1].appointment_id == one.id and not got[1].recurring
    assert got[0].series_id == series and got[0].original_start == got[0].starts_at
    assert days(calendar.occurrences(datetime(2026, 1, 6, tzinfo=UTC), datetime(2026, 1, 13, tzinfo=UTC))) == [7, 12]


def test_this_occurrence_only(db: Database) -> None:
    calendar = CalendarService(db)
    series = weekly(calendar)
    version = calendar.appointments.get(series).version
    moved = datetime(2026, 1, 13, 12, tzinfo=UTC)
    calendar.edit_occurrence(
        series,
        version,
        datetime(2026, 1, 12, 6, 30, tzinfo=UTC),
        "this",
        {"starts_at": moved, "ends_at": moved + timedelta(hours=2), "title": "Moved"},
    )
    got = calendar.occurrences(*JAN)
    assert days(got) == [5, 13, 19, 26]
    assert got[1].title == "Moved" and got[1].series_id == series and got[1].original_start.day == 12
    calendar.delete_occurrence(series, version, datetime(2026, 1, 19, 6, 30, tzinfo=UTC), "this")
    assert days(calendar.occurrences(*JAN)) == [5, 13, 26]


def test_this_and_following_splits_the_series(db: Database) -> None:
    calendar = CalendarService(db)
    series = weekly(calendar, recurrence_rule="FREQ=WEEKLY;BYDAY=MO;COUNT=4")
    version = calendar.appointments.get(series).version
    later = datetime(2026, 1, 19, 10, tzinfo=UTC)  # 13:30 Tehran instead of 10:00
    tail = calendar.edit_occurrence(
        series,
        version,
        datetime(2026, 1, 19, 6, 30, tzinfo=UTC),
        "following",
        {"starts_at": later, "ends_at": later + timedelta(hours=1), "title": "Later"},
    )
    assert tail.recurrence_rule == "FREQ=WEEKLY;BYDAY=MO;COUNT=2"
    got = calendar.occurrences(*JAN)
    assert [(o.starts_at.day, o.starts_at.hour, o.title) for o in got] == [
        (5, 6, "Weekly"),
        (12, 6, "Weekly"),
        (19, 10, "Later"),
        (26, 10, "Later"),
    ]
    assert "UNTIL=20260119T062959Z" in calendar.appointments.get(series).recurrence_rule


def test_all_occurrences_move_together(db: Database) -> None:
    calendar = CalendarService(db)
    series = weekly(calendar)
    version = calendar.appointments.get(series).version
    # Drag the 19 January occurrence one hour later, "all": every Monday moves by an hour.
    calendar.move_occurrence(
        series,
        version,
        datetime(2026, 1, 19, 6, 30, tzinfo=UTC),
        datetime(2026, 1, 19, 7, 30, tzinfo=UTC),
        datetime(2026, 1, 19, 9, tzinfo=UTC),
        "all",
    )
    got = calendar.occurrences(*JAN)
    assert [(o.starts_at.hour, o.ends_at - o.starts_at) for o in got] == [(7, timedelta(hours=1, minutes=30))] * 4


def test_plain_appointment_moves_and_filters_by_user(db: Database) -> None:
    calendar = CalendarService(db)
    one = calendar.create(
        {
            "title": "Once",
            "starts_at": datetime(2026, 1, 7, 8, tzinfo=UTC),
            "ends_at": datetime(2026, 1, 7, 9, tzinfo=UTC),
        }
    )
    calendar.move_occurrence(
        one.id, one.version, None, datetime(2026, 1, 8, 8, tzinfo=UTC), datetime(2026, 1, 8, 10, tzinfo=UTC)
    )
    assert days(calendar.occurrences(*JAN)) == [8]
    assert calendar.occurrences(*JAN, user_ids=[]) == []


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"ends_at": datetime(2026, 1, 5, 8, tzinfo=UTC)}, "ends_at"),  # zero length
        ({"ends_at": datetime(2036, 1, 5, 9, tzinfo=UTC)}, "ends_at"),  # ten years
        ({"recurrence_rule": "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=31"}, "recurrence_rule"),
        ({"recurrence_rule": "FREQ=MINUTELY"}, "recurrence_rule"),
    ],
)
def test_bad_appointments_are_refused(db: Database, change: dict, field: str) -> None:
    values = {
        "title": "x",
        "starts_at": datetime(2026, 1, 5, 8, tzinfo=UTC),
        "ends_at": datetime(2026, 1, 5, 9, tzinfo=UTC),
        **change,
    }
    with pytest.raises(ValidationError) as raised:
        CalendarService(db).create(values)
    assert field in raised.value.errors


def test_not_an_occurrence_is_refused_and_nothing_changes(db: Database) -> None:
    calendar = CalendarService(db)
    series = weekly(calendar)
    version = calendar.appointments.get(series).version
    with pytest.raises(ValidationError, match="not an occurrence"):
        calendar.edit_occurrence(series, version, datetime(2026, 1, 6, 6, 30, tzinfo=UTC), "this", {"title": "x"})
    assert calendar.appointments.get(series).version == version


def test_appointments_on_attendee_and_company_timelines(db: Database) -> None:
    person = ContactService(db).create({"display_name": "Ali"})
    calendar = CalendarService(db)
    weekly(calendar, attendee_ids=[person.id])
    items = TimelineService(db).for_contact(person.id)
    assert [i.kind for i in items] == ["appointment"]
