"""``agenda`` (occurrences expanded), ``export-ics``, and the .ics branch of ``import``."""

from __future__ import annotations

import argparse
import contextlib
import os
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from crm_desktop.errors import CrmError
from crm_desktop.io.ics import import_ics
from crm_desktop.io.ics_export import export_ics
from crm_desktop.services.calendar import CalendarService
from crm_desktop.services.people import UserService

from .context import acting_user_id, open_from_args
from .output import emit


def local_zone_name() -> str:
    """The computer's IANA zone (TZ, then /etc/localtime's link), else UTC."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    with contextlib.suppress(OSError):
        candidates.append(str(Path("/etc/localtime").resolve()).split("zoneinfo/", 1)[-1])
    for name in candidates:
        try:
            if name:
                ZoneInfo(name)
                return name
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return "UTC"


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("agenda", parents=[common], help="appointments in a date range, series expanded")
    p.add_argument("--from", dest="start", metavar="DATE", required=True, help="first day (YYYY-MM-DD)")
    p.add_argument("--to", dest="end", metavar="DATE", required=True, help="last day, included (YYYY-MM-DD)")
    p.add_argument("--owner", metavar="LOGIN", action="append", help="only this user's calendar (repeatable)")
    p.add_argument("--zone", metavar="IANA", help="zone the days are counted in (default: the computer's)")
    p.set_defaults(handler=cmd_agenda)

    p = commands.add_parser("export-ics", parents=[common], help="appointments to an iCalendar (.ics) file")
    p.add_argument("file", type=Path, help="the .ics file to write")
    p.add_argument("--from", dest="start", metavar="DATE", help="first day (YYYY-MM-DD)")
    p.add_argument("--to", dest="end", metavar="DATE", help="last day, included")
    p.add_argument("--owner", metavar="LOGIN", action="append", help="only this user's calendar (repeatable)")
    p.add_argument("--contact", type=int, metavar="ID", help="only appointments this contact attends")
    p.add_argument("--zone", metavar="IANA", help="zone the days are counted in (default: the computer's)")
    p.set_defaults(handler=cmd_export_ics)


def _zone(args: argparse.Namespace) -> ZoneInfo:
    name = getattr(args, "zone", None) or local_zone_name()
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise CrmError(f"--zone: {name!r} is not a known time zone (e.g. Asia/Tehran)") from exc


def _range(args: argparse.Namespace) -> tuple[datetime, datetime]:
    try:
        first, last = date.fromisoformat(args.start), date.fromisoformat(args.end)
    except (TypeError, ValueError) as exc:
        raise CrmError("--from and --to take dates as YYYY-MM-DD") from exc
    if last < first:
        raise CrmError("--to is before --from")
    tz = _zone(args)
    begin = datetime.combine(first, time(0), tz).astimezone(UTC)
    return begin, datetime.combine(last + timedelta(days=1), time(0), tz).astimezone(UTC)


def _owners(db: Any, logins: list[str] | None) -> list[int] | None:
    if not logins:
        return None
    users = UserService(db)
    ids = []
    for login in logins:
        user = users.by_login(login)
        if user is None:
            raise CrmError(f"--owner: there is no user with login {login!r}")
        ids.append(user.id)
    return ids


def cmd_agenda(args: argparse.Namespace) -> int:
    db = open_from_args(args, create=False)
    try:
        start, end = _range(args)
        # --user (the acting user) also names whose calendar to show, unless --owner says otherwise.
        owners = args.owner or ([args.user] if getattr(args, "user", None) else None)
        viewer = acting_user_id(db, args)  # other people's private appointments stay out
        items = CalendarService(db, viewer).occurrences(start, end, _owners(db, owners))
    finally:
        db.close()
    tz = _zone(args)
    lines = [
        f"{o.starts_at.astimezone(tz):%Y-%m-%d %H:%M}–{o.ends_at.astimezone(tz):%H:%M}  {o.title}"
        + (f"  @ {o.location}" if o.location else "")
        for o in items
    ]
    emit(items, args.json, "\n".join(lines) if lines else "No appointments.")
    return 0


def cmd_export_ics(args: argparse.Namespace) -> int:
    db = open_from_args(args, create=False)
    try:
        start, end = _range(args) if args.start or args.end else (None, None)
        count = export_ics(
            db,
            args.file,
            start=start,
            end=end,
            user_ids=_owners(db, args.owner),
            contact_id=args.contact,
            viewer=acting_user_id(db, args),
        )
    finally:
        db.close()
    emit({"file": str(args.file), "events": count}, args.json, f"Wrote {count} events to {args.file}")
    return 0


def is_ics_file(path: Path | str) -> bool:
    return str(path).lower().endswith((".ics", ".ical", ".ifb"))


def cmd_import_ics(args: argparse.Namespace) -> int:
    db = open_from_args(args, create=False)
    try:
        summary = import_ics(
            db,
            args.file,
            user_id=acting_user_id(db, args),
            default_zone=getattr(args, "zone", None) or local_zone_name(),
        )
    finally:
        db.close()
    text = f"Imported {summary.events} events from {args.file}: {summary.created} new, {summary.updated} updated"
    emit(summary, args.json, text)
    return 0
