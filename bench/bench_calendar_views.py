"""calendar_views: switching the Calendar's month and week views on 10,000 appointments (20% recurring),
and expanding one year of 500 recurring appointments.

* month / week: ``CalendarPage.set_view`` (occurrences of the visible days loaded on the database thread,
  series expanded, laid out) plus a paint of the view (``grab``), against a raw sqlite3 SELECT of the
  same window's single appointments and candidate series rows (the data alone, nothing expanded or
  drawn). Targets: month < 100 ms, week < 50 ms.
* expand: ``CalendarService.occurrences`` over one year on a file holding 500 series, against dateutil
  expanding the same 500 rules on their own (no database, no zones). Target < 200 ms.

``python -m bench calendar_views`` runs the month view; ``python -m bench.bench_calendar_views`` all three.
"""

from __future__ import annotations

import os
import random
import sqlite3
import sys
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dateutil.rrule import rrulestr
from sqlalchemy import insert

from crm_desktop.db.engine import Database, open_database
from crm_desktop.db.models import Appointment
from crm_desktop.services.calendar import CalendarService
from crm_desktop.services.people import UserService

from .common import remove_database
from .harness import OUT, Benchmark, Options, Side, run_benchmark, table

ANCHOR = date(2026, 6, 17)  # a Wednesday in the middle of the data
RULES = ("FREQ=WEEKLY", "FREQ=WEEKLY;BYDAY=MO,WE", "FREQ=DAILY;COUNT=10", "FREQ=MONTHLY", "FREQ=WEEKLY;INTERVAL=2")
USERS = 5


def _rows(count: int, recurring_share: float, seed: int) -> list[dict[str, object]]:
    """Appointments over a year around ANCHOR in working hours, owners spread over USERS."""
    rng = random.Random(seed)
    rows: list[dict[str, object]] = []
    for i in range(count):
        day = ANCHOR + timedelta(days=rng.randint(-183, 182))
        start = datetime.combine(day, time(rng.randint(7, 17), rng.choice((0, 15, 30, 45))), UTC)
        rule = rng.choice(RULES) if i < count * recurring_share else None
        rows.append(
            {
                "title": f"Appointment {i}",
                "starts_at": start,
                "ends_at": start + timedelta(minutes=rng.choice((30, 45, 60, 90))),
                "time_zone": "UTC",
                "all_day": False,
                "owner_id": 1 + i % USERS,
                "recurrence_rule": rule,
                "recurrence_exceptions": [],
                "is_private": False,
                "version": 1,
            }
        )
    return rows


def calendar_file(name: str, count: int, recurring_share: float) -> Path:
    """The benchmark's database, built once and kept in bench/out."""
    path = OUT / f"calendar_{name}.sqlite3"
    if path.exists():
        return path
    OUT.mkdir(parents=True, exist_ok=True)
    remove_database(path)
    db = open_database(path)
    try:
        users = UserService(db)
        for n in range(USERS):
            users.create({"login": f"user{n}", "display_name": f"User {n}", "role": "user"})
        rows = _rows(count, recurring_share, seed=count)
        db.run_write(lambda session: session.execute(insert(Appointment), rows), None)
    finally:
        db.close()
    return path


def _raw_window(path: Path, start: datetime, end: datetime) -> int:
    conn = sqlite3.connect(path)
    try:
        lo, hi = start.strftime("%Y-%m-%d %H:%M:%S"), end.strftime("%Y-%m-%d %H:%M:%S")
        plain = conn.execute(
            "SELECT id, title, starts_at, ends_at, owner_id FROM appointments WHERE deleted_at IS NULL"
            " AND recurrence_rule IS NULL AND starts_at < ? AND ends_at >= ?",
            (hi, lo),
        ).fetchall()
        series = conn.execute(
            "SELECT id, title, starts_at, ends_at, recurrence_rule FROM appointments WHERE deleted_at IS NULL"
            " AND recurrence_rule IS NOT NULL AND starts_at < ?",
            (hi,),
        ).fetchall()
    finally:
        conn.close()
    return len(plain) + len(series)


_PAGES: list[object] = []  # the pages stay alive until the process ends (Qt frees them with the app)


def _view_benchmark(options: Options, view: str, target: float, *, paged: bool = False) -> Benchmark:
    """``paged``: the user pressed PageDown after looking at the previous period, so the page had loaded
    it ahead (untimed); otherwise a cold switch: nothing kept, the window loaded and expanded in the run."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from crm_desktop.ui.ops import wait_for_ops
    from crm_desktop.ui.pages.calendar_page import CalendarPage
    from crm_desktop.ui.workspace import Workspace

    count = 2_000 if options.quick else 10_000
    path = calendar_file(f"{count}", count, 0.2)
    _app = QApplication.instance() or QApplication([])
    db = open_database(path)
    page = CalendarPage(Workspace(db, None, "bench"))
    _PAGES.append(page)
    page.resize(1280, 800)
    page.show()
    page.anchor = ANCHOR - timedelta(days=70)
    page.set_view(view)
    wait_for_ops()
    kind = "PageDown to" if paged else "switch to"
    bench = Benchmark(
        f"calendar_{view}{'_paged' if paged else ''}",
        f"{kind} the {view} view of {count:,} appointments (20% recurring): load, expand, lay out, paint",
        Side("", lambda _: None),
        Side("", lambda _: None),
        repeat=7,
        target_seconds=target,
    )

    def setup() -> None:
        _app.processEvents()  # the page asks for the periods around the one it shows once it is painted
        wait_for_ops()  # ... and they finish loading while the user looks
        if not paged:
            page.loader.invalidate()

    def product(_state: None) -> None:
        # Until this period is on screen, not until the loads ahead it queued have finished too.
        shown = QEventLoop()
        page.loaded.connect(shown.quit)
        page.go(1)  # a different period each run, as a user pages through the year
        if not page.showing_latest():
            shown.exec()
        page.loaded.disconnect(shown.quit)
        (page.month if view == "month" else page.grid).grab()
        bench.notes[:] = [f"occurrences shown: {len(page.occurrences):,}"]

    def baseline(_state: None) -> None:
        days = page.visible_days()
        start = datetime.combine(days[0], time(0), UTC)
        _raw_window(path, start, datetime.combine(days[-1] + timedelta(days=1), time(0), UTC))

    label = "PageDown (period loaded ahead)" if paged else "Today/view switch (nothing kept)"
    bench.product = Side(f"CalendarPage {view}: {label} + paint", product, setup)
    bench.baseline = Side("sqlite3 SELECT of the window's rows and series", baseline)
    return bench


def _expand_benchmark(options: Options) -> Benchmark:
    count = 500
    path = calendar_file("series500", count, 1.0)
    db: Database = open_database(path)
    start = datetime.combine(ANCHOR - timedelta(days=182), time(0), UTC)
    end = start + timedelta(days=365)
    rows = _rows(count, 1.0, seed=count)
    bench = Benchmark(
        "calendar_expand",
        f"one year of occurrences of {count} recurring appointments",
        Side("", lambda _: None),
        Side("", lambda _: None),
        repeat=7,
        target_seconds=0.2,
    )

    def product(_state: None) -> None:
        found = CalendarService(db).occurrences(start, end)
        bench.notes[:] = [f"occurrences: {len(found):,}"]

    def baseline(_state: None) -> None:
        total = 0
        for row in rows:
            rule = rrulestr(str(row["recurrence_rule"]), dtstart=row["starts_at"])
            total += len(rule.between(start, end, inc=True))

    bench.product = Side("CalendarService.occurrences(one year)", product)
    bench.baseline = Side("dateutil rrule.between for the same 500 rules", baseline)
    return bench


def benchmark(options: Options) -> Benchmark:
    return _view_benchmark(options, "month", 0.1)


def benchmarks(options: Options) -> list[Benchmark]:
    return [
        _view_benchmark(options, "month", 0.1),
        _view_benchmark(options, "week", 0.05),
        _view_benchmark(options, "month", 0.1, paged=True),
        _view_benchmark(options, "week", 0.05, paged=True),
        _expand_benchmark(options),
    ]


if __name__ == "__main__":
    opts = Options(quick="--quick" in sys.argv)
    print(table([run_benchmark(b, None) for b in benchmarks(opts)]), flush=True)
    os._exit(0)  # PySide6 6.12 can crash tearing down live widgets at interpreter exit; the results are out
