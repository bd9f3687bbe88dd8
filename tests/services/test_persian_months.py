"""Monthly repeats in the Persian calendar (FREQ=MONTHLY;X-RAFIQ-CALENDAR=JALALI): the 1st of each Persian month
on a real SQLite file, a missing 31st skipped, the ten-year bound, splitting, reminders and .ics as RDATEs."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import icalendar
import pytest

from crm_desktop.db.engine import Database, open_database
from crm_desktop.errors import ValidationError
from crm_desktop.io.ics_export import export_ics
from crm_desktop.services.calendar import CalendarService
from crm_desktop.services.reminders import ReminderService
from crm_desktop.text.calendars import to_calendar

TEHRAN = "Asia/Tehran"
NOWRUZ = datetime(2024, 3, 20, 6, 30, tzinfo=UTC)  # 1 Farvardin 1403, 10:00 in Tehran
RULE = "FREQ=MONTHLY;X-RAFIQ-CALENDAR=JALALI"


@pytest.fixture
def db(sqlite_path: Path) -> Iterator[Database]:
    database = open_database(sqlite_path)
    yield database
    database.close()


def make(db: Database, rule: str, start: datetime = NOWRUZ) -> int:
    values = {"title": "Rent", "starts_at": start, "ends_at": start + timedelta(hours=1), "time_zone": TEHRAN}
    return CalendarService(db).create({**values, "recurrence_rule": rule, "reminder_minutes": 30}).id


def persian_days(db: Database, start: datetime, end: datetime) -> list[tuple[int, int, int, str]]:
    found = CalendarService(db).occurrences(start, end)
    local = [o.starts_at.astimezone(ZoneTehran) for o in found]
    return [(*to_calendar(m.date(), "jalali"), f"{m:%H:%M}") for m in local]


ZoneTehran = __import__("zoneinfo").ZoneInfo(TEHRAN)


def test_day_one_of_each_persian_month(db: Database) -> None:
    make(db, f"{RULE};COUNT=14")
    days = persian_days(db, NOWRUZ - timedelta(days=1), NOWRUZ + timedelta(days=500))
    expected = [(1403, m, 1, "10:00") for m in range(1, 13)] + [(1404, 1, 1, "10:00"), (1404, 2, 1, "10:00")]
    assert days == expected
    # A window in the middle: only the 1st of Mehr (22 September 2024) between 10 September and 10 October.
    middle = persian_days(db, datetime(2024, 9, 10, tzinfo=UTC), datetime(2024, 10, 10, tzinfo=UTC))
    assert middle == [(1403, 7, 1, "10:00")]


def test_a_month_without_the_day_is_skipped_and_interval_counts_persian_months(db: Database) -> None:
    make(db, f"{RULE};UNTIL=20250601", NOWRUZ + timedelta(days=30))  # 31 Farvardin 1403
    days = persian_days(db, NOWRUZ, datetime(2025, 6, 2, tzinfo=UTC))
    assert [(y, m) for y, m, d, _ in days] == [(1403, m) for m in range(1, 7)] + [(1404, 1), (1404, 2)]
    assert {d for _, _, d, _ in days} == {31}
    make(db, f"{RULE};INTERVAL=3;COUNT=4")
    quarterly = [d for d in persian_days(db, NOWRUZ, datetime(2025, 6, 2, tzinfo=UTC)) if d[2] == 1]
    assert [(y, m) for y, m, _, _ in quarterly] == [(1403, 1), (1403, 4), (1403, 7), (1403, 10)]


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        (RULE, "needs an end"),
        (f"{RULE};UNTIL=20400101", "at most 10 years; end it sooner"),
        (f"{RULE};COUNT=130", "at most 10 years; repeat fewer times"),
        (f"{RULE};BYDAY=MO;COUNT=3", "BYDAY cannot be used"),
        ("FREQ=WEEKLY;X-RAFIQ-CALENDAR=JALALI;COUNT=3", "is monthly"),
    ],
)
def test_refused_with_a_message_and_nothing_saved(db: Database, rule: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        make(db, rule)
    assert message in str(caught.value.errors["recurrence_rule"])
    assert CalendarService(db).occurrences(NOWRUZ, NOWRUZ + timedelta(days=400)) == []


def test_this_and_following_keeps_persian_months_and_reminders_follow(db: Database) -> None:
    series = make(db, f"{RULE};COUNT=6")
    calendar = CalendarService(db)
    third = calendar.occurrences(datetime(2024, 5, 15, tzinfo=UTC), datetime(2024, 6, 1, tzinfo=UTC))[0]
    assert to_calendar(third.starts_at.astimezone(ZoneTehran).date(), "jalali")[:] == (1403, 3, 1)
    later = third.starts_at + timedelta(hours=2)
    tail = calendar.edit_occurrence(series, 1, third.starts_at, "following", {"starts_at": later})
    assert tail.recurrence_rule == f"{RULE};COUNT=4"
    days = persian_days(db, NOWRUZ, NOWRUZ + timedelta(days=400))
    assert days == [(1403, 1, 1, "10:00"), (1403, 2, 1, "10:00")] + [(1403, m, 1, "12:00") for m in range(3, 7)]
    due = ReminderService(db).due(datetime(2024, 6, 21, 8, 0, tzinfo=UTC))  # 1 Tir 11:30: the 12:00 one is due
    assert [to_calendar(d.starts_at.astimezone(ZoneTehran).date(), "jalali")[:2] for d in due] == [(1403, 4)]


def test_exported_to_ics_as_rdates(db: Database, tmp_path: Path) -> None:
    make(db, f"{RULE};COUNT=3")
    target = tmp_path / "persian.ics"
    assert export_ics(db, target) == 1
    (event,) = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert "RRULE" not in event and event["X-RAFIQ-RRULE"] == f"{RULE};COUNT=3"
    rdates = event["RDATE"] if isinstance(event["RDATE"], list) else [event["RDATE"]]
    moments = [p.dt for r in rdates for p in r.dts]
    assert [(m.month, m.day, m.hour) for m in moments] == [(4, 20, 10), (5, 21, 10)]  # 1 Ordibehesht, 1 Khordad
    assert str(moments[0].tzinfo) == TEHRAN
