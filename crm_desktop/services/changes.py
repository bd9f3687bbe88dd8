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

# More rows than this for one table in one poll (an import) are reported as (table, 0): "many changed".
MANY = 20


class ChangeWatcher:
    """``changed()`` is True once for each batch of commits made since the previous call."""

    def __init__(self, db: Database):
        self.db = db
        self._conn: Any = None
        self._last = self._token()
        self._audit_id = self._newest_audit_id()

    def _newest_audit_id(self) -> int:
        with self.db.engine.connect() as conn:
            return conn.execute(select(func.max(AuditEntry.id))).scalar() or 0

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

    def poll(self) -> list[tuple[str, int]]:
        """What changed since the last poll: (table name, record id), or (table name, 0) for many records.

        Read from the audit log, which every write fills in its own transaction, so nothing committed is missed.
        """
        if not self.changed():
            return []
        with self.db.read() as session:
            rows = session.execute(
                select(AuditEntry.id, AuditEntry.entity, AuditEntry.entity_id)
                .where(AuditEntry.id > self._audit_id)
                .order_by(AuditEntry.id)
                .limit(5_000)
            ).all()
        if not rows:
            return []
        self._audit_id = rows[-1][0]
        per_table: dict[str, list[int]] = {}
        for _id, entity, record in rows:
            ids = per_table.setdefault(entity, [])
            if record not in ids:
                ids.append(record)
        if len(rows) == 5_000:  # more waiting: say "many" for every table seen
            return [(entity, 0) for entity in per_table]
        out: list[tuple[str, int]] = []
        for entity, ids in per_table.items():
            out.extend([(entity, 0)] if len(ids) > MANY else [(entity, i) for i in ids])
        return out

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
