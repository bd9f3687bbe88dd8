"""Reminders against a real SQLite file with a fixed "now": due, missed, snooze, dismiss, series, owners."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from crm_desktop.db.engine import Database, open_database
from crm_desktop.services.calendar import CalendarService
from crm_desktop.services.people import UserService
from crm_desktop.services.reminders import LOOKBACK, ReminderService

NOW = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)


@pytest.fixture
def db(sqlite_path: Path) -> Any:
    database = open_database(sqlite_path)
    yield database
    database.close()


def make(db: Database, start: datetime, minutes: int | None = 15, **extra: Any) -> int:
    values = {
        "title": extra.pop("title", "Meeting"),
        "starts_at": start,
        "ends_at": start + timedelta(hours=1),
        "time_zone": "Europe/Berlin",
        "reminder_minutes": minutes,
        **extra,
    }
    return CalendarService(db, extra.get("owner_id")).create(values).id


def titles(items: list) -> list[str]:
    return [i.title for i in items]


def test_due_only_once_the_reminder_time_has_come(db: Database) -> None:
    make(db, NOW + timedelta(minutes=10), 15, title="soon")  # reminder 5 min ago
    make(db, NOW + timedelta(minutes=20), 15, title="later")  # reminder in 5 min
    make(db, NOW + timedelta(minutes=5), None, title="no reminder")
    reminders = ReminderService(db)
    assert titles(reminders.due(NOW)) == ["soon"]
    assert titles(reminders.due(NOW + timedelta(minutes=5))) == ["soon", "later"]
    item = reminders.due(NOW)[0]
    assert item.remind_at == NOW - timedelta(minutes=5) and not item.missed(NOW)


def test_missed_while_closed_come_back_until_dismissed(db: Database) -> None:
    make(db, NOW - timedelta(days=2), 30, title="two days ago")
    make(db, NOW - timedelta(days=LOOKBACK.days + 1), 30, title="too old")
    reminders = ReminderService(db)
    due = reminders.due(NOW)
    assert titles(due) == ["two days ago"] and due[0].missed(NOW)
    reminders.dismiss(due[0])
    assert reminders.due(NOW) == []
    # Reopening the database (the app restarted) does not bring it back.
    again = open_database(db.path)
    try:
        assert ReminderService(again).due(NOW + timedelta(hours=1)) == []
    finally:
        again.close()


def test_snooze_hides_then_shows_again_and_is_per_user(db: Database) -> None:
    one = UserService(db).create({"login": "a", "display_name": "A"}).id
    make(db, NOW + timedelta(minutes=5), 10)
    mine = ReminderService(db, one)
    item = mine.due(NOW)[0]
    assert mine.snooze(item, 10, NOW) == NOW + timedelta(minutes=10)
    assert mine.due(NOW + timedelta(minutes=9)) == []
    assert titles(mine.due(NOW + timedelta(minutes=10))) == ["Meeting"]
    assert titles(ReminderService(db, None).due(NOW)) == ["Meeting"]  # another user's snooze is not mine
    with pytest.raises(ValueError):
        mine.snooze(item, 0, NOW)


def test_dismiss_does_not_bump_the_version(db: Database) -> None:
    appointment = make(db, NOW + timedelta(minutes=5), 10)
    reminders = ReminderService(db)
    reminders.dismiss(reminders.due(NOW)[0])
    dto = CalendarService(db).appointments.get(appointment)
    assert dto.version == 1  # an open edit of the appointment does not become a conflict


def test_series_each_occurrence_reminds_and_dismiss_moves_on(db: Database) -> None:
    start = NOW - timedelta(days=3) + timedelta(minutes=10)
    series = make(db, start, 15, recurrence_rule="FREQ=DAILY")
    reminders = ReminderService(db)
    due = reminders.due(NOW)
    assert [d.starts_at for d in due] == [start + timedelta(days=n) for n in range(4)]
    assert all(d.series_id == series and d.original_start == d.starts_at for d in due)
    assert [d.missed(NOW) for d in due] == [True, True, True, False]
    reminders.dismiss(due[1])  # this one and the earlier ones of the series
    assert [d.starts_at for d in reminders.due(NOW)] == [due[2].starts_at, due[3].starts_at]
    # Tomorrow's occurrence reminds tomorrow.
    assert len(reminders.due(NOW + timedelta(days=1))) == 3


def test_changed_and_deleted_occurrences(db: Database) -> None:
    calendar = CalendarService(db)
    start = NOW + timedelta(minutes=10)
    series = make(db, start, 15, recurrence_rule="FREQ=DAILY;COUNT=5")
    version = calendar.appointments.get(series).version
    calendar.delete_occurrence(series, version, start, "this")
    tomorrow = start + timedelta(days=1)
    version = calendar.appointments.get(series).version
    moved = calendar.edit_occurrence(series, version, tomorrow, "this", {"title": "Moved", "reminder_minutes": 60})
    reminders = ReminderService(db)
    assert reminders.due(NOW) == []  # today's was deleted
    later = tomorrow - timedelta(minutes=60)
    due = reminders.due(later)
    assert [(d.title, d.appointment_id, d.series_id) for d in due] == [("Moved", moved.id, series)]
    assert due[0].original_start == tomorrow


def test_other_owners_appointments_do_not_remind_me(db: Database) -> None:
    users = UserService(db)
    me = users.create({"login": "me", "display_name": "Me"}).id
    other = users.create({"login": "o", "display_name": "O"}).id
    make(db, NOW + timedelta(minutes=5), 10, title="mine", owner_id=me)
    make(db, NOW + timedelta(minutes=5), 10, title="theirs", owner_id=other)
    make(db, NOW + timedelta(minutes=5), 10, title="nobody's")
    assert sorted(titles(ReminderService(db, me).due(NOW))) == ["mine", "nobody's"]


def test_dismiss_many_in_one_go(db: Database) -> None:
    make(db, NOW - timedelta(days=2), 15, title="daily", recurrence_rule="FREQ=DAILY")
    make(db, NOW + timedelta(minutes=5), 15, title="plain")
    reminders = ReminderService(db)
    due = reminders.due(NOW)
    assert len(due) == 4
    reminders.dismiss_many(due)
    assert reminders.due(NOW) == []
    assert titles(reminders.due(NOW + timedelta(days=1))) == ["daily"]  # tomorrow's still comes


def test_polling_service_agrees_with_a_fresh_one(db: Database) -> None:
    """The long-lived service restarts old series at a known occurrence; the answers must not change."""
    year_ago = NOW - timedelta(days=400)
    make(db, year_ago, 30, title="fortnight", recurrence_rule="FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH")
    make(db, year_ago, 60, title="last friday", recurrence_rule="FREQ=MONTHLY;BYDAY=-1FR", time_zone="America/New_York")
    make(db, year_ago, 10, title="counted", recurrence_rule="FREQ=DAILY;COUNT=420")
    make(db, year_ago, 1440, title="until", recurrence_rule="FREQ=DAILY;UNTIL=20260401", time_zone="Asia/Tehran")
    polling = ReminderService(db)
    now = NOW
    for _ in range(90):  # every 13 hours over seven weeks, across the March DST change in Berlin
        assert polling.due(now) == ReminderService(db).due(now), now
        now += timedelta(hours=13)
    assert polling._anchors  # the shortcut was taken
