"""Who is working: each running app writes a heartbeat (user, computer, pid, last seen) every ~30 s; rows
not refreshed for 2 minutes are stale (a crashed app or a computer that went to sleep) and not shown.

Stored in the key/value ``settings`` table under ``presence:<session>`` (no schema change). Times are the
writer's UTC clock: computers whose clocks differ by more than a minute show each other late or not at all.
"""

from __future__ import annotations

import os
import socket
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from crm_desktop.db.engine import Database
from crm_desktop.db.models import Setting

PREFIX = "presence:"
BEAT_SECONDS = 30
STALE_AFTER = timedelta(minutes=2)
FORGET_AFTER = timedelta(days=1)  # stale rows are deleted by the next beat after a day


@dataclass(frozen=True)
class PresenceEntry:
    session: str
    user_id: int | None
    user_name: str
    computer: str
    pid: int
    last_seen: datetime


def _now() -> datetime:
    return datetime.now(UTC)


class Presence:
    """One running app's heartbeat. ``beat()`` and ``others()`` are short units of work (call off the GUI)."""

    def __init__(self, db: Database, user_id: int | None, user_name: str, computer: str | None = None):
        self.db, self.user_id, self.user_name = db, user_id, user_name
        self.computer = computer or socket.gethostname() or "?"
        self.session = uuid.uuid4().hex
        self.key = PREFIX + self.session

    def beat(self, now: datetime | None = None) -> None:
        now = now or _now()
        value = {
            "user_id": self.user_id,
            "user_name": self.user_name,
            "computer": self.computer,
            "pid": os.getpid(),
            "seen": now.isoformat(),
        }

        def work(session: Session) -> None:
            row = session.get(Setting, self.key)
            if row is None:
                session.add(Setting(key=self.key, value=value))
            else:
                row.value = value
            gone = [e.session for e in _entries(session) if now - e.last_seen > FORGET_AFTER]
            if gone:
                session.execute(delete(Setting).where(Setting.key.in_([PREFIX + g for g in gone])))

        self.db.run_write(work)

    def others(self, now: datetime | None = None) -> list[PresenceEntry]:
        """Everyone else seen within the last 2 minutes (this app excluded), by name."""
        now = now or _now()
        with self.db.read() as session:
            entries = _entries(session)
        fresh = [e for e in entries if e.session != self.session and now - e.last_seen <= STALE_AFTER]
        return sorted(fresh, key=lambda e: (e.user_name.casefold(), e.computer.casefold()))

    def leave(self) -> None:
        """On quit: others stop seeing us at once instead of after 2 minutes."""
        self.db.run_write(lambda session: session.execute(delete(Setting).where(Setting.key == self.key)))


def _entries(session: Session) -> list[PresenceEntry]:
    rows = session.execute(select(Setting.key, Setting.value).where(Setting.key.startswith(PREFIX)))
    out = []
    for key, value in rows:
        try:
            seen = datetime.fromisoformat(value["seen"])
            entry = PresenceEntry(
                key[len(PREFIX) :],
                value.get("user_id"),
                str(value.get("user_name") or ""),
                str(value.get("computer") or ""),
                int(value.get("pid") or 0),
                seen if seen.tzinfo else seen.replace(tzinfo=UTC),
            )
        except (KeyError, TypeError, ValueError):
            continue  # a row written by something else: ignored, never fatal
        out.append(entry)
    return out
