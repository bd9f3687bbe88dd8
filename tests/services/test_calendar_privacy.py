"""Private appointments and tasks on the calendar side: views, agenda, export-ics, reminders, "My tasks".

Two users and an administrator on a real SQLite file: Sara's private items are seen by Sara and the
administrator, never by Omid (nor by a script without --user).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from crm_desktop.cli import main
from crm_desktop.db.engine import Database, open_database
from crm_desktop.io.ics_export import export_ics
from crm_desktop.services.activities import ActivityService
from crm_desktop.services.calendar import CalendarService
from crm_desktop.services.people import UserService
from crm_desktop.services.reminders import ReminderService
from crm_desktop.services.tasks import TaskService

NOW = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)
START = datetime(2026, 3, 10, 8, 10, tzinfo=UTC)


@pytest.fixture
def db(sqlite_path: Path) -> Iterator[Database]:
    database = open_database(sqlite_path)
    yield database
    database.close()


@pytest.fixture
def office(db: Database) -> dict[str, int]:
    admin = UserService(db).create({"login": "laila", "display_name": "Laila", "role": "admin"}).id
    users = UserService(db, admin)
    sara = users.create({"login": "sara", "display_name": "Sara"}).id
    omid = users.create({"login": "omid", "display_name": "Omid"}).id
    calendar = CalendarService(db, sara)

    def meet(title: str, private: bool, **extra: Any) -> None:
        values = {"title": title, "starts_at": START, "ends_at": START + timedelta(hours=1), "time_zone": "UTC"}
        calendar.create({**values, "owner_id": sara, "reminder_minutes": 15, "is_private": private, **extra})

    meet("Sara public", False)
    meet("Sara doctor", True)
    meet("Sara weekly therapy", True, recurrence_rule="FREQ=WEEKLY;COUNT=4")
    meet("Sara unowned secret", True, owner_id=None)  # no owner: the creator's
    tasks = ActivityService(db, sara)
    for subject, private, assignee in [
        ("Sara open task", False, sara),
        ("Sara secret task", True, sara),
        ("Omid task from Sara", True, omid),  # the assignee sees a private task given to him
    ]:
        tasks.create({"kind": "task", "subject": subject, "is_private": private, "assignee_id": assignee})
    return {"admin": admin, "sara": sara, "omid": omid}


EVERYTHING = {"Sara public", "Sara doctor", "Sara weekly therapy", "Sara unowned secret"}


def _seen(db: Database, user: int | None, owners: list[int] | None = None) -> set[str]:
    window = CalendarService(db, user).occurrences(START - timedelta(days=1), START + timedelta(days=30), owners)
    return {o.title for o in window}


def test_calendar_views_leave_out_other_peoples_private_appointments(db: Database, office: dict[str, int]) -> None:
    sara, omid, admin = office["sara"], office["omid"], office["admin"]
    assert _seen(db, sara) == _seen(db, admin) == EVERYTHING
    assert _seen(db, omid) == {"Sara public"}
    assert _seen(db, None) == {"Sara public"}  # nobody logged in: nothing private
    assert _seen(db, omid, [sara]) == {"Sara public"}  # looking at Sara's calendar does not open it
    weekly = [o for o in CalendarService(db, admin).occurrences(START, START + timedelta(days=30)) if o.recurring]
    assert len(weekly) == 4  # the admin sees the whole series


def test_reminders_only_for_appointments_the_user_may_see(db: Database, office: dict[str, int]) -> None:
    def due(user: int | None) -> set[str]:
        return {r.title for r in ReminderService(db, user).due(NOW)}

    values = {"title": "Office cleaning", "starts_at": START, "ends_at": START + timedelta(hours=1)}
    CalendarService(db, office["sara"]).create({**values, "time_zone": "UTC", "reminder_minutes": 15})
    assert due(office["sara"]) == EVERYTHING | {"Office cleaning"}
    # Reminders are for one's own and unowned appointments; Sara's unowned private one is hers alone.
    assert due(office["omid"]) == {"Office cleaning"}


def test_my_tasks_and_its_count_hide_other_peoples_private_tasks(db: Database, office: dict[str, int]) -> None:
    sara, omid, admin = office["sara"], office["omid"], office["admin"]

    def listed(viewer: int | None, assignee: int | None) -> set[str]:
        buckets = TaskService(db, viewer).my_tasks(assignee, now=NOW)
        return {t.subject for t in buckets.no_date}

    everyone = {"Sara open task", "Sara secret task", "Omid task from Sara"}
    assert listed(admin, None) == listed(sara, None) == everyone
    assert listed(omid, None) == {"Sara open task", "Omid task from Sara"}
    assert listed(omid, sara) == {"Sara open task"}
    assert listed(omid, omid) == {"Omid task from Sara"}
    assert listed(None, None) == {"Sara open task"}
    assert TaskService(db, omid).open_count(None) == 2
    assert TaskService(db).open_count(sara) == 2  # the window's badge: the user's own tasks, private ones too
    assert TaskService(db, admin).open_count(None) == 3


def test_export_ics_for_a_user_and_the_full_backup(db: Database, office: dict[str, int], tmp_path: Path) -> None:
    target = tmp_path / "out.ics"
    assert export_ics(db, target, viewer=office["omid"]) == 1
    assert "Sara doctor" not in target.read_text() and "Sara public" in target.read_text()
    assert export_ics(db, target, viewer=office["sara"]) == 4
    assert export_ics(db, target) == 4  # the archive (a backup, administrators only) keeps everything


def test_agenda_and_export_ics_commands_act_as_the_user(
    db: Database, office: dict[str, int], sqlite_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def agenda(*extra: str) -> set[str]:
        args = ["agenda", "--from", "2026-03-01", "--to", "2026-03-31", "--zone", "UTC", "--db", str(sqlite_path)]
        code = main([*args, "--json", *extra])
        out, err = capsys.readouterr()
        assert code == 0, err
        return {o["title"] for o in json.loads(out)}

    assert agenda("--user", "omid", "--owner", "sara") == {"Sara public"}
    assert agenda("--user", "sara") == EVERYTHING - {"Sara unowned secret"}  # --user also names the calendar
    assert agenda("--user", "laila", "--owner", "sara") == EVERYTHING - {"Sara unowned secret"}
    target = tmp_path / "omid.ics"
    assert main(["export-ics", str(target), "--db", str(sqlite_path), "--user", "omid"]) == 0
    assert "Sara public" in target.read_text() and "therapy" not in target.read_text()
    assert main(["export-ics", str(target), "--db", str(sqlite_path), "--user", "sara", "--owner", "sara"]) == 0
    assert "Sara weekly therapy" in target.read_text() and "Sara doctor" in target.read_text()
