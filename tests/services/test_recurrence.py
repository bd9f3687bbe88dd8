"""RRULE expansion against hand-checked dates: month ends, leap days, DST in three zones."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from crm_desktop.services.recurrence import RuleError, expand, local_day_bounds, validate_rule

YEAR = (datetime(2020, 1, 1, tzinfo=UTC), datetime(2031, 1, 1, tzinfo=UTC))


def starts(start: datetime, zone: str, rule: str, skip: frozenset[datetime] = frozenset()) -> list[datetime]:
    return [s.start for s in expand(start, start + timedelta(hours=1), zone, rule, *YEAR, set(skip))]


def test_monthly_on_the_31st_skips_short_months() -> None:
    got = starts(datetime(2026, 1, 31, 9, tzinfo=UTC), "UTC", "FREQ=MONTHLY;COUNT=7")
    assert [d.date() for d in got] == [
        date(2026, 1, 31),
        date(2026, 3, 31),
        date(2026, 5, 31),
        date(2026, 7, 31),
        date(2026, 8, 31),
        date(2026, 10, 31),
        date(2026, 12, 31),
    ]


def test_last_day_of_month_with_bymonthday_minus_one() -> None:
    got = starts(datetime(2028, 1, 31, 9, tzinfo=UTC), "UTC", "FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=3")
    assert [d.date() for d in got] == [date(2028, 1, 31), date(2028, 2, 29), date(2028, 3, 31)]


def test_yearly_on_a_leap_day_only_in_leap_years() -> None:
    got = starts(datetime(2024, 2, 29, 9, tzinfo=UTC), "UTC", "FREQ=YEARLY;COUNT=2")
    assert [d.date() for d in got] == [date(2024, 2, 29), date(2028, 2, 29)]


def test_weekly_keeps_wall_clock_across_dst_in_berlin() -> None:
    # 09:00 Berlin: 08:00 UTC in winter (CET), 07:00 UTC after 29 March 2026 (CEST), back on 25 October.
    got = starts(datetime(2026, 3, 23, 8, tzinfo=UTC), "Europe/Berlin", "FREQ=WEEKLY;COUNT=2")
    assert got == [datetime(2026, 3, 23, 8, tzinfo=UTC), datetime(2026, 3, 30, 7, tzinfo=UTC)]
    got = starts(datetime(2026, 10, 19, 7, tzinfo=UTC), "Europe/Berlin", "FREQ=WEEKLY;COUNT=2")
    assert got == [datetime(2026, 10, 19, 7, tzinfo=UTC), datetime(2026, 10, 26, 8, tzinfo=UTC)]


def test_daily_across_new_york_dst() -> None:
    # 10:00 New York: 15:00 UTC (EST) until 8 March 2026, then 14:00 UTC (EDT).
    got = starts(datetime(2026, 3, 7, 15, tzinfo=UTC), "America/New_York", "FREQ=DAILY;COUNT=3")
    assert got == [
        datetime(2026, 3, 7, 15, tzinfo=UTC),
        datetime(2026, 3, 8, 14, tzinfo=UTC),
        datetime(2026, 3, 9, 14, tzinfo=UTC),
    ]


def test_tehran_had_dst_until_2022_and_none_after() -> None:
    # 10:00 Tehran: +03:30 in winter, +04:30 in summer until 2022 (DST abolished from 2023).
    rule = "FREQ=YEARLY;BYMONTH=1,7;COUNT=4"
    got = starts(datetime(2021, 1, 10, 6, 30, tzinfo=UTC), "Asia/Tehran", rule)
    assert got == [
        datetime(2021, 1, 10, 6, 30, tzinfo=UTC),
        datetime(2021, 7, 10, 5, 30, tzinfo=UTC),
        datetime(2022, 1, 10, 6, 30, tzinfo=UTC),
        datetime(2022, 7, 10, 5, 30, tzinfo=UTC),
    ]
    later = starts(datetime(2023, 1, 10, 6, 30, tzinfo=UTC), "Asia/Tehran", rule)
    assert later[1] == datetime(2023, 7, 10, 6, 30, tzinfo=UTC)


def test_time_in_the_spring_forward_gap_moves_forward() -> None:
    # 02:30 does not exist in Berlin on 29 March 2026: the offset before the gap applies (03:30 CEST).
    got = starts(datetime(2026, 3, 28, 1, 30, tzinfo=UTC), "Europe/Berlin", "FREQ=DAILY;COUNT=2")
    assert got[1] == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)


def test_exceptions_and_until_in_local_time() -> None:
    start = datetime(2026, 1, 5, 6, 30, tzinfo=UTC)  # Monday 10:00 Tehran
    skip = frozenset({datetime(2026, 1, 12, 6, 30, tzinfo=UTC)})
    got = starts(start, "Asia/Tehran", "FREQ=WEEKLY;UNTIL=20260126T100000", skip)
    assert [d.day for d in got] == [5, 19, 26]
    got = starts(start, "Asia/Tehran", "FREQ=WEEKLY;UNTIL=20260119")  # a date: the whole day counts
    assert [d.day for d in got] == [5, 12, 19]


def test_never_ending_rule_is_bounded_by_the_window() -> None:
    start = datetime(2026, 1, 1, 9, tzinfo=UTC)
    window = (datetime(2030, 6, 1, tzinfo=UTC), datetime(2030, 7, 1, tzinfo=UTC))
    got = expand(start, start + timedelta(hours=1), "UTC", "FREQ=DAILY", *window)
    assert len(got) == 30 and got[0].start == datetime(2030, 6, 1, 9, tzinfo=UTC)


def test_an_occurrence_that_began_before_the_window_overlaps_it() -> None:
    start = datetime(2026, 1, 1, 22, tzinfo=UTC)
    got = expand(
        start,
        start + timedelta(hours=4),
        "UTC",
        "FREQ=DAILY",
        datetime(2026, 1, 3, tzinfo=UTC),
        datetime(2026, 1, 4, tzinfo=UTC),
    )
    assert [s.start for s in got] == [datetime(2026, 1, 2, 22, tzinfo=UTC), datetime(2026, 1, 3, 22, tzinfo=UTC)]


@pytest.mark.parametrize(
    ("rule", "words"),
    [
        ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "no occurrence"),
        ("FREQ=SECONDLY", "not supported"),
        ("BYDAY=MO", "needs FREQ"),
        ("FREQ=WEEKLY;COUNT=2;UNTIL=20270101", "not both"),
        ("FREQ=WEEKLY;BYDAY=XX", "not a valid RRULE"),
    ],
)
def test_bad_rules_are_refused_with_a_reason(rule: str, words: str) -> None:
    with pytest.raises(RuleError, match=words):
        validate_rule(rule, datetime(2026, 1, 1, tzinfo=UTC), "UTC")


def test_a_dst_day_is_23_hours_long() -> None:
    begin, end = local_day_bounds(date(2026, 3, 29), "Europe/Berlin")
    assert end - begin == timedelta(hours=23)
