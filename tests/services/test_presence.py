"""Who is working: heartbeats of several running apps on one database file (and PostgreSQL)."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from crm_desktop.db.engine import Database, open_database
from crm_desktop.db.models import Setting
from crm_desktop.services.presence import PREFIX, Presence


def test_others_seen_within_two_minutes_then_stale(db: Database) -> None:
    now = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)
    me = Presence(db, 1, "Laila", "PC-1")
    sara = Presence(db, 2, "Sara", "PC-2")
    omid = Presence(db, 3, "Omid", "PC-3")
    me.beat(now)
    sara.beat(now - timedelta(seconds=30))
    omid.beat(now - timedelta(minutes=3))  # crashed three minutes ago
    others = me.others(now)
    assert [(o.user_name, o.computer, o.pid) for o in others] == [("Sara", "PC-2", os.getpid())]
    assert [o.user_name for o in sara.others(now)] == ["Laila"]
    omid.beat(now)  # came back
    assert [o.user_name for o in me.others(now)] == ["Omid", "Sara"]
    sara.leave()
    assert [o.user_name for o in me.others(now)] == ["Omid"]


def test_a_second_process_sees_the_first_and_old_rows_are_forgotten(tmp_path) -> None:
    path = str(tmp_path / "shared.sqlite3")
    first, second = open_database(path, shared=True), open_database(path, shared=True)
    try:
        now = datetime.now(UTC)
        Presence(first, None, "Old", "PC-9").beat(now - timedelta(days=2))
        laila = Presence(first, 1, "Laila", "PC-1")
        laila.beat()
        sara = Presence(second, 2, "Sara", "PC-2")
        assert [o.user_name for o in sara.others()] == ["Laila"]
        sara.beat()
        with second.read() as session:
            keys = session.scalars(select(Setting.key).where(Setting.key.startswith(PREFIX))).all()
        assert sorted(keys) == sorted([laila.key, sara.key])  # the two-day-old row was dropped
        with first.write() as session:
            session.add(Setting(key=PREFIX + "junk", value={"seen": "not a time"}))
        assert [o.user_name for o in laila.others()] == ["Sara"]  # a bad row is ignored, not fatal
    finally:
        first.close()
        second.close()
