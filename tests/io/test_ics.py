"""iCalendar export and import: round trip, files as other programs write them, bad input."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from crm_desktop.db.engine import Database, open_database
from crm_desktop.errors import ImportFileError
from crm_desktop.io.ics import import_ics
from crm_desktop.io.ics_export import export_ics
from crm_desktop.services.calendar import CalendarService
from crm_desktop.services.people import ContactService

YEAR = (datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))


def _plan(db: Database) -> None:
    person = ContactService(db).create({"display_name": "Ali Rezaei", "emails": [{"address": "ali@example.com"}]})
    calendar = CalendarService(db)
    start = datetime(2026, 3, 23, 8, tzinfo=UTC)
    series = calendar.create(
        {
            "title": "جلسه هفتگی",
            "starts_at": start,
            "ends_at": start + timedelta(hours=1),
            "time_zone": "Europe/Berlin",
            "recurrence_rule": "FREQ=WEEKLY;BYDAY=MO;COUNT=6",
            "attendee_ids": [person.id],
            "reminder_minutes": 15,
            "location": "Berlin, Raum 2",
            "notes": "line one\nline two; with, commas",
        }
    )
    calendar.delete_occurrence(series.id, series.version, datetime(2026, 4, 6, 7, tzinfo=UTC), "this")
    series = calendar.appointments.get(series.id)
    moved = datetime(2026, 4, 14, 12, tzinfo=UTC)
    calendar.edit_occurrence(
        series.id,
        series.version,
        datetime(2026, 3, 30, 7, tzinfo=UTC),
        "this",
        {"starts_at": moved, "ends_at": moved + timedelta(hours=1)},
    )
    calendar.create(
        {
            "title": "Nowruz",
            "starts_at": datetime(2026, 3, 20, tzinfo=UTC),
            "ends_at": datetime(2026, 3, 21, tzinfo=UTC),
            "all_day": True,
        }
    )
    calendar.create(
        {
            "title": "Call",
            "starts_at": datetime(2026, 5, 1, 6, tzinfo=UTC),
            "ends_at": datetime(2026, 5, 1, 6, 30, tzinfo=UTC),
            "time_zone": "Asia/Tehran",
        }
    )


def _snapshot(db: Database) -> list[tuple]:
    calendar = CalendarService(db)
    people = ContactService(db)
    out = []
    for o in calendar.occurrences(*YEAR):
        row = calendar.appointments.get(o.appointment_id)
        names = tuple(people.get(i).display_name for i in o.attendee_ids)
        out.append(
            (
                o.title,
                o.starts_at,
                o.ends_at,
                o.time_zone,
                o.all_day,
                o.location,
                row.notes,
                o.reminder_minutes,
                o.original_start,
                names,
                row.uid if row.series_id is None else None,
            )
        )
    return out


def test_round_trip_into_an_empty_database(db: Database, tmp_path: Path) -> None:
    _plan(db)
    file = tmp_path / "plan.ics"
    assert export_ics(db, file, start=YEAR[0], end=YEAR[1]) == 4
    other = open_database(tmp_path / "other.sqlite3")
    try:
        ContactService(other).create({"display_name": "Ali Rezaei", "emails": [{"address": "ALI@example.com"}]})
        summary = import_ics(other, file)
        assert (summary.created, summary.updated) == (4, 0)
        assert _snapshot(other) == _snapshot(db)
        again = import_ics(other, file)  # UIDs kept: a second import updates, never duplicates
        assert (again.created, again.updated) == (0, 4)
        assert _snapshot(other) == _snapshot(db)
    finally:
        other.close()


OUTLOOK = """BEGIN:VCALENDAR\r
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r
VERSION:2.0\r
BEGIN:VTIMEZONE\r
TZID:W. Europe Standard Time\r
BEGIN:STANDARD\r
DTSTART:16011028T030000\r
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r
TZOFFSETFROM:+0200\r
TZOFFSETTO:+0100\r
END:STANDARD\r
BEGIN:DAYLIGHT\r
DTSTART:16010325T020000\r
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r
TZOFFSETFROM:+0100\r
TZOFFSETTO:+0200\r
END:DAYLIGHT\r
END:VTIMEZONE\r
BEGIN:VEVENT\r
UID:040000008200E00074C5B7101A82E008\r
SUMMARY:Standup\r
DTSTART;TZID=W. Europe Standard Time:20260323T090000\r
DTEND;TZID=W. Europe Standard Time:20260323T091500\r
RRULE:FREQ=DAILY;UNTIL=20260331T070000Z;BYDAY=MO,TU,WE,TH,FR\r
EXDATE;TZID=W. Europe Standard Time:20260325T090000\r
ATTENDEE;CN=Ali;RSVP=TRUE:mailto:ali@example.com\r
ATTENDEE;CN=Stranger:mailto:nobody@example.org\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:040000008200E00074C5B7101A82E008\r
RECURRENCE-ID;TZID=W. Europe Standard Time:20260326T090000\r
SUMMARY:Standup (late)\r
DTSTART;TZID=W. Europe Standard Time:20260326T100000\r
DTEND;TZID=W. Europe Standard Time:20260326T101500\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:holiday-1\r
SUMMARY:Holiday\r
DTSTART;VALUE=DATE:20260401\r
DTEND;VALUE=DATE:20260403\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_outlook_file_with_windows_zone_override_exdate_and_all_day(db: Database, tmp_path: Path) -> None:
    ali = ContactService(db).create({"display_name": "Ali", "emails": [{"address": "ali@example.com"}]})
    file = tmp_path / "outlook.ics"
    file.write_bytes(OUTLOOK.encode())
    assert import_ics(db, file, default_zone="Asia/Tehran").created == 3
    got = CalendarService(db).occurrences(*YEAR)
    stand = [o for o in got if o.title.startswith("Standup")]
    # 09:00 Berlin = 08:00 UTC before 29 March, 07:00 UTC after; 25th skipped, 26th moved to 10:00 (09:00 UTC).
    assert [(o.starts_at.day, o.starts_at.hour) for o in stand] == [
        (23, 8),
        (24, 8),
        (26, 9),
        (27, 8),
        (30, 7),
        (31, 7),
    ]
    assert stand[0].time_zone == "Europe/Berlin" and stand[0].attendee_ids == (ali.id,)
    holiday = next(o for o in got if o.title == "Holiday")
    assert holiday.all_day and holiday.starts_at == datetime(2026, 3, 31, 20, 30, tzinfo=UTC)
    assert holiday.ends_at - holiday.starts_at == timedelta(days=2)


@pytest.mark.parametrize(
    ("body", "words", "line"),
    [
        ("BEGIN:VEVENT\r\nUID:1\r\nthis line is broken\r\nEND:VEVENT\r\n", "broken line", 5),
        (
            "BEGIN:VEVENT\r\nUID:1\r\nDTSTART;TZID=Mars/Olympus:20260101T100000\r\nEND:VEVENT\r\n",
            "unknown time zone",
            3,
        ),
        ("BEGIN:VEVENT\r\nUID:1\r\nDTSTART:20260101T100000Z\r\nDTEND:20250101T100000Z\r\nEND:VEVENT\r\n", "ends_at", 3),
        (
            "BEGIN:VEVENT\r\nUID:1\r\nDTSTART:20260101T100000Z\r\nRRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30\r\nEND:VEVENT\r\n",
            "no occurrence",
            3,
        ),
        ("BEGIN:VEVENT\r\nUID:1\r\nDTSTART:20260101T100000Z\r\nEND:VTODO\r\n", "does not close", 6),
    ],
)
def test_bad_files_name_the_line_and_import_nothing(
    db: Database, tmp_path: Path, body: str, words: str, line: int
) -> None:
    good = "BEGIN:VEVENT\r\nUID:ok\r\nDTSTART:20260101T090000Z\r\nDTEND:20260101T100000Z\r\nEND:VEVENT\r\n"
    file = tmp_path / "bad.ics"
    file.write_bytes(f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{body}{good}END:VCALENDAR\r\n".encode())
    with pytest.raises(ImportFileError, match=words) as raised:
        import_ics(db, file)
    assert raised.value.line == line
    assert CalendarService(db).occurrences(*YEAR) == []


def test_truncated_and_non_calendar_files(db: Database, tmp_path: Path) -> None:
    file = tmp_path / "cut.ics"
    file.write_bytes(b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\n")
    with pytest.raises(ImportFileError, match="truncated"):
        import_ics(db, file)
    file.write_bytes(b"Name,Email\r\nAli,ali@example.com\r\n")
    with pytest.raises(ImportFileError, match="not an iCalendar"):
        import_ics(db, file)


PERSIAN = "FREQ=MONTHLY;X-RAFIQ-CALENDAR=JALALI"


def _persian_plan(db: Database) -> int:
    """A Persian-month series in Tehran (1 Farvardin 1405 on): one month skipped, one moved, plus a plain one."""
    calendar = CalendarService(db)
    start = datetime(2026, 3, 21, 6, 30, tzinfo=UTC)  # 1 Farvardin 1405, 10:00 in Tehran
    series = calendar.create(
        {
            "title": "اجاره",
            "starts_at": start,
            "ends_at": start + timedelta(hours=1),
            "time_zone": "Asia/Tehran",
            "recurrence_rule": f"{PERSIAN};INTERVAL=2;COUNT=5",
            "reminder_minutes": 30,
        }
    )
    occurrences = [o.starts_at for o in calendar.occurrences(*YEAR) if o.appointment_id == series.id]
    calendar.delete_occurrence(series.id, series.version, occurrences[1], "this")
    series = calendar.appointments.get(series.id)
    moved = occurrences[2] + timedelta(days=2)
    calendar.edit_occurrence(
        series.id, series.version, occurrences[2], "this", {"starts_at": moved, "ends_at": moved + timedelta(hours=1)}
    )
    calendar.create({"title": "Call", "starts_at": start, "ends_at": start + timedelta(minutes=30)})
    return series.id


def test_persian_month_series_round_trip(db: Database, tmp_path: Path) -> None:
    series_id = _persian_plan(db)
    file = tmp_path / "persian.ics"
    assert export_ics(db, file) == 3
    assert "RDATE" in file.read_text() and "X-RAFIQ-RRULE" in file.read_text()
    other = open_database(tmp_path / "other.sqlite3")
    try:
        summary = import_ics(other, file)
        assert (summary.created, summary.updated) == (3, 0)  # the RDATEs are not events of their own
        assert _snapshot(other) == _snapshot(db)
        assert len([o for o in _snapshot(db) if o[0] == "اجاره"]) == 4  # 5 starts, one deleted
        theirs = next(a for a in CalendarService(other).occurrences(*YEAR) if a.title == "اجاره")
        row, ours = (
            CalendarService(other).appointments.get(theirs.appointment_id),
            CalendarService(db).appointments.get(series_id),
        )
        assert row.recurrence_rule == ours.recurrence_rule == f"{PERSIAN};INTERVAL=2;COUNT=5"
        assert row.recurrence_exceptions == ours.recurrence_exceptions and len(row.recurrence_exceptions) == 1
        again = import_ics(other, file)
        assert (again.created, again.updated) == (0, 3) and _snapshot(other) == _snapshot(db)
    finally:
        other.close()


def test_rdates_without_our_rule_and_a_broken_rule_of_ours(db: Database, tmp_path: Path) -> None:
    event = (
        "BEGIN:VEVENT\r\nUID:r1\r\nSUMMARY:Dates\r\nDTSTART:20260105T090000Z\r\nDTEND:20260105T100000Z\r\n"
        "RDATE:20260210T090000Z,20260315T090000Z\r\n{extra}END:VEVENT\r\n"
    )
    file = tmp_path / "rdates.ics"
    file.write_bytes(f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{event.format(extra='')}END:VCALENDAR\r\n".encode())
    assert import_ics(db, file).created == 1  # another program's explicit dates: the first start, as before
    got = CalendarService(db).occurrences(*YEAR)
    assert [(o.title, o.starts_at) for o in got] == [("Dates", datetime(2026, 1, 5, 9, tzinfo=UTC))]
    assert CalendarService(db).appointments.get(got[0].appointment_id).recurrence_rule is None
    broken = event.replace("r1", "r2").format(extra=f"X-RAFIQ-RRULE:{PERSIAN.replace(';', chr(92) + ';')}\r\n")
    file.write_bytes(f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{broken}END:VCALENDAR\r\n".encode())
    with pytest.raises(ImportFileError, match="needs an end") as raised:  # no COUNT/UNTIL: refused, with its line
        import_ics(db, file)
    assert raised.value.line == 3 and len(CalendarService(db).occurrences(*YEAR)) == 1
