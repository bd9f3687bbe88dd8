"""Time zones: stored in UTC with the zone they were made in; a weekly 09:00 stays 09:00 local across DST.

Iran observed DST until 2022 and abolished it from 2023: in 2021 a Tehran meeting moves by an hour in UTC at
the March change; in 2023 it does not. Both engines (SQLite file and, when configured, PostgreSQL).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from crm_desktop.db.engine import Database
from crm_desktop.services.calendar import CalendarService
from crm_desktop.services.reminders import ReminderService


def weekly_nine(db: Database, zone: str, first_local: datetime) -> int:
    start = first_local.replace(tzinfo=ZoneInfo(zone)).astimezone(UTC)
    values = {
        "title": "Weekly 09:00",
        "starts_at": start,
        "ends_at": start + timedelta(hours=1),
        "time_zone": zone,
        "recurrence_rule": "FREQ=WEEKLY",
        "reminder_minutes": 10,
    }
    return CalendarService(db).create(values).id


@pytest.mark.parametrize(
    ("zone", "first", "utc_before", "utc_after"),
    [
        # Berlin: CET (+1) until 29 March 2026, then CEST (+2).
        ("Europe/Berlin", datetime(2026, 3, 16, 9), "08:00", "07:00"),
        # New York: EST (-5) until 8 March 2026, then EDT (-4).
        ("America/New_York", datetime(2026, 2, 23, 9), "14:00", "13:00"),
        # Tehran 2021: +03:30 until 22 March, then +04:30 (DST still observed).
        ("Asia/Tehran", datetime(2021, 3, 8, 9), "05:30", "04:30"),
        # Tehran 2023: DST abolished, +03:30 all year.
        ("Asia/Tehran", datetime(2023, 3, 6, 9), "05:30", "05:30"),
    ],
)
def test_weekly_meeting_stays_at_nine_local_across_the_change(
    db: Database, zone: str, first: datetime, utc_before: str, utc_after: str
) -> None:
    weekly_nine(db, zone, first)
    window = (first.replace(tzinfo=UTC) - timedelta(days=1), first.replace(tzinfo=UTC) + timedelta(days=36))
    got = CalendarService(db).occurrences(*window)
    assert len(got) == 6
    tz = ZoneInfo(zone)
    assert {o.starts_at.astimezone(tz).strftime("%a %H:%M") for o in got} == {first.strftime("%a") + " 09:00"}
    assert got[0].starts_at.strftime("%H:%M") == utc_before
    assert got[-1].starts_at.strftime("%H:%M") == utc_after
    assert all(o.ends_at - o.starts_at == timedelta(hours=1) for o in got)
    assert all(o.time_zone == zone for o in got)


def test_stored_in_utc_with_its_zone(db: Database) -> None:
    series = weekly_nine(db, "Asia/Tehran", datetime(2026, 1, 3, 9))
    dto = CalendarService(db).appointments.get(series)
    assert dto.time_zone == "Asia/Tehran"
    assert dto.starts_at.astimezone(UTC) == datetime(2026, 1, 3, 5, 30, tzinfo=UTC)


def test_reminders_follow_the_local_clock_after_the_change(db: Database) -> None:
    weekly_nine(db, "Europe/Berlin", datetime(2026, 3, 23, 9))  # the 30th is in summer time
    reminders = ReminderService(db)
    after_change = datetime(2026, 3, 30, 6, 50, tzinfo=UTC)  # 08:50 CEST
    assert [r.starts_at for r in reminders.due(after_change)][-1] == datetime(2026, 3, 30, 7, 0, tzinfo=UTC)
    assert datetime(2026, 3, 30, 7, 0, tzinfo=UTC) not in [
        r.starts_at for r in reminders.due(after_change - timedelta(minutes=1))
    ]


def test_editing_all_occurrences_keeps_local_time_across_dst(db: Database) -> None:
    """Moving the series by an hour from a summer occurrence moves the winter ones to 10:00 local too."""
    calendar = CalendarService(db)
    series = weekly_nine(db, "America/New_York", datetime(2026, 2, 23, 9))
    summer = datetime(2026, 3, 16, 13, 0, tzinfo=UTC)  # 09:00 EDT
    version = calendar.appointments.get(series).version
    moved = {"starts_at": summer + timedelta(hours=1), "ends_at": summer + timedelta(hours=2)}
    calendar.edit_occurrence(series, version, summer, "all", moved)
    tz = ZoneInfo("America/New_York")
    got = calendar.occurrences(datetime(2026, 2, 20, tzinfo=UTC), datetime(2026, 3, 25, tzinfo=UTC))
    assert {o.starts_at.astimezone(tz).strftime("%H:%M") for o in got} == {"10:00"}
