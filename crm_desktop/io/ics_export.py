"""iCalendar (.ics) export: a date range, a user's calendar or a contact's appointments.

Series are written as series (RRULE + EXDATE, detached occurrences as RECURRENCE-ID events with the
series' UID), in their own zone with a VTIMEZONE for each zone used, so other programs expand them the
same way across DST. Events are written one at a time to the file, never as one tree in memory.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
from sqlalchemy import or_, select
from sqlalchemy.orm import selectinload

from crm_desktop import __version__
from crm_desktop.db.engine import Database
from crm_desktop.db.models import Appointment, Contact, appointment_attendees
from crm_desktop.services import persian_months
from crm_desktop.services.privacy import visible
from crm_desktop.services.recurrence import parse_rule

PRODID = f"-//Rafiq CRM//{__version__}//EN"
EVERY_RECORD = object()  # export_ics's viewer when the file is a backup: private records of everyone included


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _local(moment: datetime, zone: str) -> datetime:
    return _utc(moment).astimezone(ZoneInfo(zone))


def _event(row: Appointment, series_uid: str | None, emails: dict[int, tuple[str, str]]) -> icalendar.Event:
    event = icalendar.Event()
    event.add("UID", series_uid or row.uid)
    event.add("DTSTAMP", _utc(row.updated_at))
    event.add("SUMMARY", row.title)
    zone = row.time_zone or "UTC"
    if row.all_day:
        event.add("DTSTART", _local(row.starts_at, zone).date())
        event.add("DTEND", max(_local(row.ends_at, zone).date(), _local(row.starts_at, zone).date() + timedelta(1)))
    else:
        event.add("DTSTART", _local(row.starts_at, zone))
        event.add("DTEND", _local(row.ends_at, zone))
    if row.original_start is not None and series_uid:
        event.add("RECURRENCE-ID", _local(row.original_start, zone))
    if row.location:
        event.add("LOCATION", row.location)
    if row.notes:
        event.add("DESCRIPTION", row.notes)
    if row.recurrence_rule and persian_months.MARK in row.recurrence_rule.upper():
        # Persian months (RRULE cannot say them): every start after the first as RDATE, the rule kept for us.
        starts = list(parse_rule(row.recurrence_rule, _utc(row.starts_at), zone))[1:]
        for moment in starts:
            event.add("RDATE", moment.date() if row.all_day else moment)
        event.add("X-RAFIQ-RRULE", row.recurrence_rule)
        for stamp in sorted(row.recurrence_exceptions or []):
            event.add("EXDATE", _local(datetime.fromisoformat(stamp), zone))
    elif row.recurrence_rule:
        event.add("RRULE", icalendar.vRecur.from_ical(row.recurrence_rule))
        for stamp in sorted(row.recurrence_exceptions or []):
            event.add("EXDATE", _local(datetime.fromisoformat(stamp), zone))
    if row.is_private:
        event.add("CLASS", "PRIVATE")
    for contact in row.attendees:
        if contact.id in emails:
            address, name = emails[contact.id]
            attendee = icalendar.vCalAddress(f"mailto:{address}")
            attendee.params["CN"] = name
            event.add("ATTENDEE", attendee, encode=False)
    if row.reminder_minutes is not None:
        alarm = icalendar.Alarm()
        alarm.add("ACTION", "DISPLAY")
        alarm.add("DESCRIPTION", row.title)
        alarm.add("TRIGGER", timedelta(minutes=-row.reminder_minutes))
        event.add_component(alarm)
    return event


def export_ics(
    db: Database,
    path: str | Path,
    *,
    start: datetime | None = None,
    end: datetime | None = None,
    user_ids: Iterable[int] | None = None,
    contact_id: int | None = None,
    viewer: int | object | None = EVERY_RECORD,
) -> int:
    """Write the chosen appointments to ``path``; returns the number of VEVENTs written.

    ``viewer`` is the user the file is for: other people's private appointments are left out (the archive,
    a backup, passes nothing and gets every record)."""
    query = (
        select(Appointment)
        .options(selectinload(Appointment.attendees).selectinload(Contact.emails))
        .where(Appointment.deleted_at.is_(None), Appointment.series_id.is_(None))
    )
    if start is not None and end is not None:
        overlapping = (Appointment.starts_at < _utc(end)) & (Appointment.ends_at >= _utc(start))
        query = query.where(
            or_(overlapping, Appointment.recurrence_rule.is_not(None) & (Appointment.starts_at < _utc(end)))
        )
    if user_ids is not None:
        query = query.where(Appointment.owner_id.in_(list(user_ids)))
    if contact_id is not None:
        attending = select(appointment_attendees.c.appointment_id).where(
            appointment_attendees.c.contact_id == contact_id
        )
        query = query.where(Appointment.id.in_(attending))
    target = Path(path)
    tmp = target.with_name(target.name + ".part")
    count = 0
    with db.read() as session, tmp.open("wb") as out:
        hidden = [] if viewer is EVERY_RECORD else visible(session, Appointment, viewer)  # type: ignore[arg-type]
        query = query.where(*hidden)
        rows = session.scalars(query.order_by(Appointment.starts_at, Appointment.id)).all()
        series_ids = [r.id for r in rows if r.recurrence_rule]
        overrides: dict[int, list[Appointment]] = {}
        for i in range(0, len(series_ids), 500):
            found = session.scalars(
                select(Appointment)
                .options(selectinload(Appointment.attendees).selectinload(Contact.emails))
                .where(Appointment.series_id.in_(series_ids[i : i + 500]), Appointment.deleted_at.is_(None))
                .where(*hidden)
            )
            for o in found:
                overrides.setdefault(o.series_id or 0, []).append(o)
        emails: dict[int, tuple[str, str]] = {}
        for row in [*rows, *(o for group in overrides.values() for o in group)]:
            for contact in row.attendees:
                if contact.emails and contact.id not in emails:
                    best = min(contact.emails, key=lambda e: (not e.is_primary, e.position))
                    emails[contact.id] = (best.address, contact.display_name)
        out.write(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
        out.write(f"PRODID:{PRODID}\r\nCALSCALE:GREGORIAN\r\n".encode())
        zones = sorted({r.time_zone for r in rows if r.time_zone and r.time_zone != "UTC" and not r.all_day})
        for zone in zones:
            out.write(icalendar.Timezone.from_tzinfo(ZoneInfo(zone)).to_ical())
        for row in rows:
            out.write(_event(row, None, emails).to_ical())
            count += 1
            for override in overrides.get(row.id, []):
                out.write(_event(override, row.uid, emails).to_ical())
                count += 1
        out.write(b"END:VCALENDAR\r\n")
    tmp.replace(target)
    return count
