"""The calendar's fast series expansion (kept rules, DTSTART moved near the window, COUNT starts kept) gives
exactly what the plain ``expand`` gives: thousands of random rules and windows, DST zones, the 31st,
29 February, UNTIL as UTC / local / date, COUNT, exceptions; and ``CalendarService.occurrences`` on a real
file with deleted occurrences and detached overrides matches the slow path."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrule

from crm_desktop.db.engine import open_database
from crm_desktop.errors import ValidationError
from crm_desktop.services import calendar as calendar_module
from crm_desktop.services import rule_cache
from crm_desktop.services.calendar import CalendarService
from crm_desktop.services.people import UserService
from crm_desktop.services.recurrence import RuleError, expand, parse_rule

ZONES = ("UTC", "Europe/Berlin", "America/New_York", "Asia/Tehran", "Australia/Lord_Howe", "America/Santiago")
DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def random_rule(rng: random.Random, start_local: datetime) -> str:
    freq = rng.choice(("DAILY", "WEEKLY", "MONTHLY", "YEARLY"))
    parts = [f"FREQ={freq}"]
    if rng.random() < 0.4:
        parts.append(f"INTERVAL={rng.randint(2, 5)}")
    if freq == "WEEKLY" and rng.random() < 0.6:
        parts.append("BYDAY=" + ",".join(rng.sample(DAYS, rng.randint(1, 3))))
    if freq == "WEEKLY" and rng.random() < 0.2:
        parts.append(f"WKST={rng.choice(('SU', 'SA', 'MO'))}")
    if freq == "MONTHLY":
        pick = rng.random()
        if pick < 0.25:
            parts.append(f"BYMONTHDAY={rng.choice((31, 30, 29, -1, 15))}")
        elif pick < 0.5:
            parts.append(f"BYDAY={rng.choice(('1', '2', '-1', '3'))}{rng.choice(DAYS)}")
        elif pick < 0.6:
            parts.append("BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1")
    if freq == "YEARLY" and rng.random() < 0.3:
        parts.append(f"BYMONTH={rng.randint(1, 12)};BYDAY={rng.choice(('1', '-1'))}{rng.choice(DAYS)}")
    if freq == "DAILY" and rng.random() < 0.2:
        parts.append(f"BYMONTH={rng.randint(1, 12)},{rng.randint(1, 12)}")
    end = rng.random()
    if end < 0.25:
        parts.append(f"COUNT={rng.randint(1, 400)}")
    elif end < 0.45:
        until = start_local + timedelta(days=rng.randint(0, 3000), hours=rng.randint(0, 23))
        form = rng.choice(("%Y%m%dT%H%M%S", "%Y%m%d", "utc"))
        text = until.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ") if form == "utc" else until.strftime(form)
        parts.append(f"UNTIL={text}")
    return ";".join(parts)


def random_start(rng: random.Random, zone: str) -> datetime:
    pick = rng.random()
    if pick < 0.15:  # the 31st of a month
        day = date(rng.randint(2016, 2025), rng.choice((1, 3, 5, 7, 8, 10, 12)), 31)
    elif pick < 0.25:
        day = date(rng.choice((2016, 2020, 2024)), 2, 29)
    elif pick < 0.45:  # a DST change day in Europe / North America / Iran (until 2022)
        day = rng.choice((date(2021, 3, 28), date(2023, 10, 29), date(2022, 3, 13), date(2021, 3, 22)))
    else:
        day = date(2016, 1, 1) + timedelta(days=rng.randint(0, 3650))
    hour = rng.choice((0, 1, 2, 3, 9, 12, 23)) if pick < 0.45 else rng.randint(0, 23)
    local = datetime.combine(day, time(hour, rng.choice((0, 30, 45))), ZoneInfo(zone))
    return local.astimezone(UTC)


def simple_rule(rng: random.Random, start_local: datetime) -> str:
    """DAILY or WEEKLY with any of BYDAY, INTERVAL, WKST, COUNT, UNTIL: the rules the arithmetic path takes."""
    freq = rng.choice(("DAILY", "WEEKLY"))
    parts = [f"FREQ={freq}"]
    if rng.random() < 0.5:
        parts.append(f"INTERVAL={rng.randint(2, 9)}")
    if rng.random() < 0.5:
        parts.append("BYDAY=" + ",".join(rng.sample(DAYS, rng.randint(1, 6))))
    if rng.random() < 0.3:
        parts.append(f"WKST={rng.choice(DAYS)}")
    end = rng.random()
    if end < 0.3:
        parts.append(f"COUNT={rng.randint(1, 700)}")
    elif end < 0.6:
        until = start_local + timedelta(days=rng.randint(0, 2000), hours=rng.randint(0, 23), minutes=rng.randint(0, 59))
        form = rng.choice(("%Y%m%dT%H%M%S", "%Y%m%d", "utc"))
        text = until.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ") if form == "utc" else until.strftime(form)
        parts.append(f"UNTIL={text}")
    return ";".join(parts)


def test_simple_rules_take_the_arithmetic_path_and_match_dateutil(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(4242)
    checked = nonempty = 0

    def no_dateutil(self: rrule) -> None:
        raise AssertionError("a simple rule was expanded by dateutil")

    for n in range(600):
        zone = rng.choice(ZONES)
        start = random_start(rng, zone)
        start_local = start.astimezone(ZoneInfo(zone))
        rule = simple_rule(rng, start_local)
        end = start + rng.choice((timedelta(0), timedelta(minutes=30), timedelta(hours=5), timedelta(days=2)))
        assert rule_cache.simple_plan(parse_rule(rule, start, zone)) is not None, rule
        for _ in range(6):  # windows near the start (its DST change, the 31st, 29 February) and anywhere
            if rng.random() < 0.5:
                window_start = start + timedelta(hours=rng.randint(-48, 24 * 400))
            else:
                window_start = datetime(2016, 1, 1, tzinfo=UTC) + timedelta(hours=rng.randint(0, 24 * 365 * 14))
            window_end = window_start + timedelta(days=rng.choice((1, 7, 42, 365)))
            full = expand(start, end, zone, rule, window_start, window_end)
            skip = {s.start for s in full if rng.random() < 0.2}
            want = [s for s in full if s.start not in skip]
            with monkeypatch.context() as patch:
                patch.setattr(rrule, "_iter", no_dateutil)
                got = rule_cache.expand_series(("simple", n), start, end, zone, rule, window_start, window_end, skip)
            assert got == want, (rule, zone, start, window_start, window_end)
            checked += 1
            nonempty += bool(want)
    assert checked == 3600 and nonempty > 1500


def test_fast_expansion_matches_the_plain_one_on_random_rules() -> None:
    rng = random.Random(20261202)
    checked = nonempty = simple = 0
    for n in range(700):
        zone = rng.choice(ZONES)
        start = random_start(rng, zone)
        rule = random_rule(rng, start.astimezone(ZoneInfo(zone)))
        try:
            parse_rule(rule, start, zone)
        except RuleError:
            continue
        end = start + rng.choice((timedelta(0), timedelta(minutes=30), timedelta(hours=5), timedelta(days=2)))
        key = ("random", n)
        simple += rule_cache.simple_plan(parse_rule(rule, start, zone)) is not None
        for _ in range(6):  # several windows on one key: kept rules and anchors are reused across them
            window_start = datetime(2016, 1, 1, tzinfo=UTC) + timedelta(hours=rng.randint(0, 24 * 365 * 14))
            window_end = window_start + timedelta(days=rng.choice((1, 7, 42, 365)))
            full = expand(start, end, zone, rule, window_start, window_end)
            skip = {s.start for s in full if rng.random() < 0.2}  # deleted occurrences / overrides
            want = [s for s in full if s.start not in skip]
            got = rule_cache.expand_series(key, start, end, zone, rule, window_start, window_end, skip)
            assert got == want, (rule, zone, start, window_start, window_end)
            checked += 1
            nonempty += bool(want)
    assert checked > 2500 and nonempty > 1000  # the comparison saw real occurrences, not empty windows
    assert simple > checked / 6 * 0.35  # a large share took the arithmetic path, the rest went through dateutil


def test_anchor_moves_by_whole_periods_and_skips_missing_days() -> None:
    tz = ZoneInfo("Europe/Berlin")
    monthly = parse_rule("FREQ=MONTHLY", datetime(2020, 1, 31, 8, tzinfo=UTC), "Europe/Berlin")
    anchor = rule_cache.anchor_before(monthly, datetime(2026, 5, 10, tzinfo=tz))
    assert anchor == datetime(2026, 3, 31, 9, 0)  # April has no 31st: one more month back; 09:00 Berlin wall time
    leap = parse_rule("FREQ=YEARLY", datetime(2016, 2, 29, 12, tzinfo=UTC), "UTC")
    assert rule_cache.anchor_before(leap, datetime(2027, 6, 1, tzinfo=UTC)) == datetime(2024, 2, 29, 12, 0)
    fortnight = parse_rule("FREQ=WEEKLY;INTERVAL=2", datetime(2020, 1, 6, 9, tzinfo=UTC), "UTC")
    moved = rule_cache.anchor_before(fortnight, datetime(2026, 6, 1, tzinfo=UTC))
    assert moved is not None and (moved - datetime(2020, 1, 6, 9)).days % 14 == 0
    assert datetime(2026, 6, 1) - timedelta(days=42) < moved < datetime(2026, 6, 1)
    assert rule_cache.anchor_before(parse_rule("FREQ=DAILY;COUNT=900", fortnight._dtstart, "UTC"), moved) is None


def test_an_edited_series_is_not_expanded_with_its_old_rule() -> None:
    start = datetime(2026, 1, 5, 9, tzinfo=UTC)
    window = (datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 3, 8, tzinfo=UTC))
    weekly = rule_cache.expand_series((1, 1), start, start + timedelta(hours=1), "UTC", "FREQ=WEEKLY", *window)
    daily = rule_cache.expand_series((1, 2), start, start + timedelta(hours=1), "UTC", "FREQ=DAILY", *window)
    assert len(weekly) == 1 and len(daily) == 7


@pytest.fixture
def calendar(sqlite_path: Path) -> CalendarService:
    db = open_database(sqlite_path)
    user = UserService(db).create({"login": "sara", "display_name": "Sara", "role": "admin"})
    return CalendarService(db, user.id)


def test_occurrences_match_the_slow_path_with_exceptions_and_overrides(
    calendar: CalendarService, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(7)
    made = 0
    while made < 40:
        zone = rng.choice(ZONES)
        start = random_start(rng, zone)
        rule = random_rule(rng, start.astimezone(ZoneInfo(zone)))
        try:
            dto = calendar.create(
                {"title": f"S{made}", "starts_at": start, "ends_at": start + timedelta(hours=1), "time_zone": zone}
                | {"recurrence_rule": rule}
            )
        except ValidationError:  # a random rule the service refuses (e.g. no occurrence within ten years)
            continue
        made += 1
        hits = expand(start, start + timedelta(hours=1), zone, rule, start, start + timedelta(days=3000))[:30]
        for hit in rng.sample(hits, min(3, len(hits))):
            current = calendar.appointments.get(dto.id)
            if rng.random() < 0.5:
                calendar.delete_occurrence(dto.id, current.version, hit.start, "this")
            else:
                calendar.move_occurrence(
                    dto.id, current.version, hit.start, hit.start + timedelta(hours=2), hit.end + timedelta(hours=2)
                )
    windows = [
        (datetime(y, m, 1, tzinfo=UTC), datetime(y, m, 1, tzinfo=UTC) + timedelta(days=42))
        for y, m in ((2016, 3), (2020, 2), (2021, 3), (2023, 10), (2026, 6), (2031, 1))
    ]
    windows.append((datetime(2016, 1, 1, tzinfo=UTC), datetime(2030, 1, 1, tzinfo=UTC)))
    fast = [calendar.occurrences(*w) for w in windows]

    def slow(key, start, end, zone, rule, window_start, window_end, skip):
        return expand(start, end, zone, rule, window_start, window_end, skip)

    monkeypatch.setattr(calendar_module, "expand_series", slow)
    assert [calendar.occurrences(*w) for w in windows] == fast
    assert sum(len(f) for f in fast[:-1]) > 50
    assert any(o.series_id is not None and o.series_id != o.appointment_id for o in fast[-1])  # overrides shown
