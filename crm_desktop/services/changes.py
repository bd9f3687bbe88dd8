"""Has anyone else committed a change since we last looked? A cheap check for live refresh.

SQLite: ``PRAGMA data_version`` on one connection kept open for the purpose changes whenever another
connection (another process or computer) commits to the file; it costs no I/O beyond the lock check.
PostgreSQL: the newest audit-log id (every ORM write and every bulk import writes audit rows in its own
transaction), one index lookup; polling keeps it working through poolers where LISTEN does not.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from crm_desktop.db.engine import Database
from crm_desktop.db.models import AuditEntry
from crm_desktop.errors import DatabaseError


class ChangeWatcher:
    """``changed()`` is True once for each batch of commits made since the previous call."""

    def __init__(self, db: Database):
        self.db = db
        self._conn: Any = None
        self._last = self._token()

    def _token(self) -> object:
        if self.db.path is not None:
            if self._conn is None:
                self._conn = self.db.engine.raw_connection()
            cursor = self._conn.cursor()
            try:
                return cursor.execute("PRAGMA data_version").fetchone()[0]
            finally:
                cursor.close()
        with self.db.engine.connect() as conn:
            return conn.execute(select(func.max(AuditEntry.id))).scalar()

    def changed(self) -> bool:
        """True when another instance committed since the last call (our own commits may also count)."""
        try:
            token = self._token()
        except Exception as exc:  # a vanished share or a stopped server: report, never crash the timer
            raise DatabaseError(f"{self.db.display_name} cannot be checked for changes: {exc}") from exc
        if token == self._last:
            return False
        self._last = token
        return True

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
