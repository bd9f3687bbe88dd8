"""iCalendar (.ics) import: what other calendar programs write, all or nothing.

The file is read line by line and cut into VEVENT blocks (with their first line number), so a broken line
or an unknown zone is reported with its place, and 100,000 events never sit in memory as one parsed tree.
Each block is parsed by the ``icalendar`` library. The write is one transaction: any bad event and nothing
is saved. UID is kept: importing the same file again updates the appointments instead of duplicating them;
a RECURRENCE-ID override becomes the series' detached occurrence. A Persian-month series we exported
(RDATEs + X-RAFIQ-RRULE) comes back as the same series.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON
from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.db.engine import Database
from crm_desktop.db.models import Appointment, Contact, EmailAddress
from crm_desktop.errors import ImportFileError, ValidationError
from crm_desktop.services import persian_months
from crm_desktop.services.calendar import CalendarAppointmentService

MAX_EVENTS = 200_000
BATCH = 1_000  # rows flushed and let go of at a time, so a big file keeps a flat memory profile


@dataclass
class Block:
    line: int  # line number of BEGIN:VEVENT
    text: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class IcsImportSummary:
    created: int
    updated: int
    events: int


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    """Unfolded content lines with the number of the line each one starts on."""
    current, start = "", 0
    with path.open("r", encoding="utf-8-sig", errors="strict", newline="") as handle:
        try:
            for number, raw in enumerate(handle, 1):
                line = raw.rstrip("\r\n")
                if line[:1] in (" ", "\t"):
                    current += line[1:]
                    continue
                if current:
                    yield start, current
                current, start = line, number
        except UnicodeDecodeError as exc:
            raise ImportFileError(str(path), f"not UTF-8 text ({exc.reason})") from exc
    if current:
        yield start, current


def read_blocks(path: Path) -> tuple[list[Block], dict[str, Block]]:
    """VEVENT blocks and VTIMEZONE blocks by TZID; structure errors carry their line number."""
    events: list[Block] = []
    zones: dict[str, Block] = {}
    stack: list[str] = []
    block: Block | None = None
    seen_calendar = False
    for number, line in _lines(path):
        if not line.strip():
            continue
        name, sep, value = line.partition(":")
        if not seen_calendar and line.upper() != "BEGIN:VCALENDAR":
            raise ImportFileError(str(path), "not an iCalendar file (no BEGIN:VCALENDAR)", line=number)
        if not sep or not name.split(";")[0].strip():
            raise ImportFileError(str(path), f"broken line (no NAME:value): {line[:60]!r}", line=number)
        key = name.split(";")[0].upper()
        if key == "BEGIN":
            stack.append(value.upper())
            if value.upper() == "VCALENDAR":
                seen_calendar = True
            elif value.upper() in ("VEVENT", "VTIMEZONE") and len(stack) == 2:
                block = Block(number)
                if value.upper() == "VEVENT":
                    events.append(block)
                    if len(events) > MAX_EVENTS:
                        raise ImportFileError(
                            str(path), f"more than {MAX_EVENTS:,} events; split the file", line=number
                        )
        elif key == "END":
            if not stack or stack[-1] != value.upper():
                expected = stack[-1] if stack else "nothing"
                raise ImportFileError(str(path), f"END:{value} does not close BEGIN:{expected}", line=number)
            stack.pop()
            if block is not None and len(stack) == 1:
                block.text.append(line)
                if value.upper() == "VTIMEZONE":
                    tzid = next((t[5:] for t in block.text if t.upper().startswith("TZID:")), "")
                    zones[tzid] = block
                block = None
                continue
        if block is not None:
            block.text.append(line)
    if not seen_calendar:
        raise ImportFileError(str(path), "not an iCalendar file (no BEGIN:VCALENDAR)", line=1)
    if stack:
        raise ImportFileError(str(path), f"the file ends inside BEGIN:{stack[-1]} (truncated?)")
    return events, zones


def resolve_zone(tzid: str, zones: dict[str, Block]) -> ZoneInfo | None:
    """IANA names, Windows names (Outlook), and vendor-prefixed paths (/mozilla.org/…/Europe/Berlin)."""
    for candidate in (tzid, WINDOWS_TO_OLSON.get(tzid), "/".join(tzid.strip("/").split("/")[-2:])):
        if candidate:
            try:
                return ZoneInfo(candidate)
            except (ZoneInfoNotFoundError, ValueError):
                continue
    return None


class _EventReader:
    def __init__(self, path: Path, zones: dict[str, Block], default_zone: str):
        self.path, self.zones, self.default_zone = str(path), zones, default_zone
        self._vtimezones: dict[str, Any] = {}

    def fail(self, block: Block, message: str) -> ImportFileError:
        return ImportFileError(self.path, message, line=block.line)

    def moment(self, block: Block, prop: Any, what: str) -> tuple[datetime, str, bool]:
        """(UTC moment, zone name, is a DATE) from a DTSTART/DTEND/RECURRENCE-ID/EXDATE value."""
        value, tzid = prop.dt, prop.params.get("TZID")
        if isinstance(value, date) and not isinstance(value, datetime):
            tz = ZoneInfo(self.default_zone)
            return datetime.combine(value, time(0), tz).astimezone(UTC), self.default_zone, True
        if value.tzinfo is not None and tzid is None:
            return value.astimezone(UTC), "UTC", False
        if tzid is None:  # floating time: the importing user's zone
            return value.replace(tzinfo=ZoneInfo(self.default_zone)).astimezone(UTC), self.default_zone, False
        zone = resolve_zone(tzid, self.zones)
        if zone is not None:
            return value.replace(tzinfo=None, fold=0).replace(tzinfo=zone).astimezone(UTC), zone.key, False
        if tzid in self.zones:  # a custom VTIMEZONE: its rules give the instant; the series keeps UTC
            if tzid not in self._vtimezones:
                text = "\r\n".join(self.zones[tzid].text) + "\r\n"
                self._vtimezones[tzid] = icalendar.Timezone.from_ical(text).to_tz()
            local = value.replace(tzinfo=None).replace(tzinfo=self._vtimezones[tzid])
            return local.astimezone(UTC), "UTC", False
        raise self.fail(block, f"{what}: unknown time zone {tzid!r} (no VTIMEZONE for it in the file)")

    def values(self, block: Block) -> dict[str, Any]:
        try:
            event = icalendar.Event.from_ical("\r\n".join(block.text) + "\r\n")
        except (ValueError, KeyError, IndexError) as exc:
            raise self.fail(block, f"unreadable event: {exc}") from exc
        if event.get("DTSTART") is None:
            raise self.fail(block, "event without DTSTART")
        start, zone, all_day = self.moment(block, event["DTSTART"], "DTSTART")
        if event.get("DTEND") is not None:
            end = self.moment(block, event["DTEND"], "DTEND")[0]
        elif event.get("DURATION") is not None:
            end = start + event["DURATION"].dt
        else:
            end = start + (timedelta(days=1) if all_day else timedelta(0))
        if end == start and not all_day:
            end = start + timedelta(minutes=1)  # RFC 5545 allows a point in time; we store a minute
        uid = str(event.get("UID") or "").strip() or str(uuid.uuid5(uuid.NAMESPACE_URL, "\n".join(block.text)))
        values: dict[str, Any] = {
            "uid": uid,
            "line": block.line,
            "title": str(event.get("SUMMARY") or "").strip() or "(no title)",
            "starts_at": start,
            "ends_at": end,
            "time_zone": zone,
            "all_day": all_day,
            "location": str(event.get("LOCATION") or "").strip() or None,
            "notes": str(event.get("DESCRIPTION") or "").strip() or None,
            "recurrence_rule": _rule(event),
            "emails": sorted({_email(a) for a in _as_list(event.get("ATTENDEE")) if _email(a)}),
        }
        exdates: list[str] = []
        for group in _as_list(event.get("EXDATE")):
            for item in group.dts:
                exdates.append(self.moment(block, item, "EXDATE")[0].isoformat())
        values["recurrence_exceptions"] = sorted(set(exdates))
        if event.get("RECURRENCE-ID") is not None:
            values["original_start"] = self.moment(block, event["RECURRENCE-ID"], "RECURRENCE-ID")[0]
        for alarm in event.walk("VALARM"):
            trigger = alarm.get("TRIGGER")
            if trigger is not None and isinstance(trigger.dt, timedelta) and trigger.dt <= timedelta(0):
                values["reminder_minutes"] = int(-trigger.dt.total_seconds() // 60)
                break
        return values


def _rule(event: Any) -> str | None:
    """RRULE; else our own Persian-month rule (exported as RDATEs, which other programs read, plus
    X-RAFIQ-RRULE): the rule is taken back and the RDATEs, its expansion, are not needed. RDATEs without it
    (other programs' explicit dates) are not stored, as before: the event keeps its first start."""
    if event.get("RRULE") is not None:
        return str(event["RRULE"].to_ical().decode())
    # we write it raw; a program that rewrites the file may escape it as TEXT (FREQ=MONTHLY\;COUNT=3)
    ours = str(event.get("X-RAFIQ-RRULE") or "").strip().replace("\\;", ";").replace("\\,", ",")
    return ours if persian_months.MARK in ours.upper() else None


def _as_list(value: Any) -> list[Any]:
    return [] if value is None else value if isinstance(value, list) else [value]


def _email(attendee: Any) -> str:
    text = str(attendee).strip()
    return text[7:].strip().lower() if text.lower().startswith("mailto:") else ""


def import_ics(
    db: Database, path: str | Path, *, user_id: int | None = None, default_zone: str = "UTC"
) -> IcsImportSummary:
    """Import every VEVENT of ``path``: all or nothing; ImportFileError says which line is wrong."""
    path = Path(path)
    blocks, zones = read_blocks(path)
    reader = _EventReader(path, zones, default_zone)
    rows = [reader.values(b) for b in blocks]  # every event read before anything is written
    rows.sort(key=lambda r: "original_start" in r)  # series before their overrides
    service = CalendarAppointmentService(db, user_id)

    def work(session: Session) -> IcsImportSummary:
        emails = {e for r in rows for e in r["emails"]}
        contacts = _contacts_by_email(session, emails)
        series_uids = [r["uid"] for r in rows if "original_start" not in r]
        existing = _ids_by_uid(session, series_uids)
        overridden = {r["uid"] for r in rows if "original_start" in r}
        created = updated = 0
        for index, row in enumerate(rows, 1):
            obj, is_new = _target(session, row, existing)
            values = {k: v for k, v in row.items() if k not in ("uid", "line", "emails", "original_start")}
            values["attendee_ids"] = sorted({contacts[e] for e in row["emails"] if e in contacts})
            if is_new:
                obj.attendees = []
                if values.get("reminder_minutes") is None:
                    values.pop("reminder_minutes", None)
            try:
                service._apply(session, obj, values, creating=is_new)
            except ValidationError as exc:
                problem = "; ".join(f"{k}: {v}" for k, v in exc.errors.items())
                raise ImportFileError(str(path), problem, line=row["line"]) from exc
            if is_new:
                if "original_start" in row:
                    obj.uid = str(uuid.uuid5(uuid.NAMESPACE_URL, f"{row['uid']}/{row['original_start'].isoformat()}"))
                else:
                    obj.uid = row["uid"]
                session.add(obj)
                created += 1
            else:
                updated += 1
            if "original_start" not in row and is_new and row["uid"] in overridden:
                session.flush()  # its overrides need its id; other rows are inserted in batches
                existing[row["uid"]] = obj.id
            if index % BATCH == 0:
                session.flush()
                session.expunge_all()  # keep memory flat; contacts are re-fetched by id when needed
                contacts = _contacts_by_email(session, emails)
        session.flush()
        return IcsImportSummary(created, updated, len(rows))

    def _target(session: Session, row: dict[str, Any], existing: dict[str, int]) -> tuple[Appointment, bool]:
        if "original_start" not in row:
            if row["uid"] in existing:
                return _load(session, existing[row["uid"]]), False
            return Appointment(), True
        series_id = existing.get(row["uid"])
        if series_id is None:
            raise ImportFileError(
                str(path), f"RECURRENCE-ID for UID {row['uid']!r} without its series", line=row["line"]
            )
        found = session.scalar(
            select(Appointment.id).where(
                Appointment.series_id == series_id, Appointment.original_start == row["original_start"]
            )
        )
        if found is not None:
            return _load(session, found), False
        obj = Appointment()
        obj.series_id, obj.original_start = series_id, row["original_start"]
        return obj, True

    def _load(session: Session, record_id: int) -> Appointment:
        obj = service._load(session, record_id, include_deleted=True)
        obj.deleted_at = None  # a re-imported event comes back from the Trash
        return obj

    return db.run_write(work, user_id)


def _contacts_by_email(session: Session, emails: set[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    ordered = sorted(emails)
    for i in range(0, len(ordered), 500):
        query = select(EmailAddress.address_norm, EmailAddress.contact_id).join(
            Contact, Contact.id == EmailAddress.contact_id
        )
        query = query.where(EmailAddress.address_norm.in_(ordered[i : i + 500]), Contact.deleted_at.is_(None))
        for address, contact_id in session.execute(query):
            found.setdefault(address, contact_id)
    return found


def _ids_by_uid(session: Session, uids: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for i in range(0, len(uids), 500):
        query = select(Appointment.uid, Appointment.id).where(Appointment.uid.in_(uids[i : i + 500]))
        found.update({uid: record_id for uid, record_id in session.execute(query)})
    return found
