"""Fast expansion of stored series for the calendar views: parsed rules kept, iteration started near the window.

``recurrence.expand`` parses the RRULE text and walks every occurrence from the series' first start on
each call; for a weekly meeting set up three years ago a month view walked ~160 weeks to show four
(``bench_calendar_views``: ~85% of a cold view switch). Here:

* parsed rules are kept per (series id, version, rule text, zone, first start) in a small LRU, so an edit
  (new version) or another zone never reuses a stale rule;
* a rule without COUNT is re-anchored: DTSTART moved forward by whole periods (INTERVAL x day, week, month
  or year, on the wall clock) to just before the window. Everything dateutil derives from DTSTART (weekday,
  day of month, month, time of day, the INTERVAL phase, the week of WKST) is the same at the new anchor, so
  the occurrences from there on are the same; a month or year without that day (31st, 29 February) is
  skipped by going back one more period;
* a COUNT rule cannot skip (which occurrence is the last depends on all before it): its starts are
  generated once and kept, and a window is a binary search;
* the common simple rules (DAILY or WEEKLY, optionally BYDAY / INTERVAL / WKST / UNTIL / COUNT, nothing
  else) do not go through dateutil at all: ``_simple_starts`` derives their days by ordinal arithmetic
  and builds each start exactly as dateutil's ``_iter`` does (``datetime.combine(day, rule._timeset[0])``:
  the series' zone, fold 0, so DST gaps and folds resolve identically), with the same UNTIL stop.

``tests/services/test_rule_cache.py`` checks this against ``expand`` on thousands of random rules.
"""

from __future__ import annotations

import threading
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Hashable, Iterable, Iterator
from datetime import date, datetime, time, timedelta
from itertools import islice

from dateutil.rrule import DAILY, MONTHLY, WEEKLY, YEARLY, rrule

from .recurrence import Span, _spans, parse_rule

CACHE_SIZE = 4_096  # series; a parsed rule is ~2 KB
KEEP_COUNT_STARTS = 20_000  # a COUNT rule up to this long keeps its starts; longer ones walk from DTSTART
ANCHORS_PER_RULE = 8
BUCKET_DAYS = 56  # starts are generated and kept per eight weeks: a week or month view reuses them
BUCKET_LIMIT = 2_000  # more starts than this in eight weeks (an hourly BYHOUR list) are not kept
STORED_LIMIT = 500_000  # kept starts in all (~30 MB): past this every kept bucket is dropped


class _Entry:
    __slots__ = ("anchors", "buckets", "count_starts", "rule", "simple")

    def __init__(self, rule: rrule):
        self.rule = rule
        self.simple = simple_plan(rule)
        self.count_starts: list[datetime] | None = None
        self.anchors: dict[datetime, rrule] = {}
        self.buckets: dict[int, list[datetime]] = {}  # wall-clock day ordinal // BUCKET_DAYS -> local starts


_cache: OrderedDict[Hashable, tuple[str, datetime, str | None, _Entry]] = OrderedDict()
_lock = threading.Lock()  # the GUI's database thread and a report worker may expand at the same time
_stored = 0  # starts kept in buckets, all entries together


def clear() -> None:
    global _stored
    with _lock:
        _cache.clear()
        _stored = 0


def _entry(key: Hashable, rule_text: str, start_utc: datetime, tz_name: str | None) -> _Entry:
    # Looked up by the caller's key alone and the rest compared: hashing the aware start on every lookup cost
    # more than the lookup of a week's ~700 series itself; a changed rule, zone or start parses again.
    with _lock:
        hit = _cache.get(key)
        if hit is not None and hit[0] == rule_text and hit[1] == start_utc and hit[2] == tz_name:
            _cache.move_to_end(key)
            return hit[3]
    entry = _Entry(parse_rule(rule_text, start_utc, tz_name))  # outside the lock: parsing is the slow part
    with _lock:
        _cache[key] = (rule_text, start_utc, tz_name, entry)
        _cache.move_to_end(key)
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return entry


_DEFAULTED = ("byhour", "byminute", "bysecond", "bysetpos", "bymonth", "bymonthday", "byyearday", "byweekno")


def simple_plan(rule: rrule) -> tuple[int, int, tuple[int, ...] | None] | None:
    """(first day's ordinal, first week start's ordinal, weekdays or None) for a rule ``_simple_starts`` can
    expand: DAILY or WEEKLY with at most BYDAY (plain weekdays), INTERVAL, WKST, UNTIL, COUNT; else None."""
    if not isinstance(rule, rrule) or rule._freq not in (DAILY, WEEKLY):
        return None  # also the Persian monthly list, which is no rrule
    original = rule._original_rule
    if any(original.get(name) for name in _DEFAULTED) or rule._byeaster or rule._bynweekday:
        return None
    if rule._bymonth or rule._bymonthday or rule._bynmonthday or rule._byyearday or rule._byweekno:
        return None
    if rule._timeset is None or len(rule._timeset) != 1 or rule._bysetpos:
        return None
    first = rule._dtstart.toordinal()
    week = first - (rule._dtstart.weekday() - rule._wkst) % 7  # dateutil's first week starts on WKST
    return first, week, rule._byweekday


def _simple_starts(entry: _Entry, begin: int, end: int | None) -> Iterator[datetime]:
    """dateutil's starts of a simple rule on days [begin, end) (ordinals; end None: no bound), in order,
    stopping where dateutil stops (the first start after UNTIL, the year 9999)."""
    rule = entry.rule
    first, week, weekdays = entry.simple  # type: ignore[misc]
    step = rule._interval * (7 if rule._freq == WEEKLY else 1)
    at = rule._timeset[0]
    until = rule._until
    if rule._freq == DAILY:
        day = first + max(0, -(-(begin - first) // step)) * step
        days: Iterable[int] = _daily(day, step, end, weekdays)
    else:
        offsets = sorted((w - rule._wkst) % 7 for w in weekdays or ())
        days = _weekly(week + max(0, (begin - week) // step) * step, step, end, offsets, max(begin, first))
    for day in days:
        if day > 3_652_059:  # date.max: dateutil ends at the year 9999
            return
        start = datetime.combine(date.fromordinal(day), at)
        if until is not None and start > until:
            return
        yield start


def _daily(day: int, step: int, end: int | None, weekdays: tuple[int, ...] | None) -> Iterator[int]:
    while end is None or day < end:
        if weekdays is None or (day + 6) % 7 in weekdays:  # ordinal 1 (1 January of year 1) is a Monday
            yield day
        day += step


def _weekly(week: int, step: int, end: int | None, offsets: list[int], low: int) -> Iterator[int]:
    while end is None or week < end:
        for offset in offsets:
            day = week + offset
            if end is not None and day >= end:
                return
            if day >= low:
                yield day
        week += step


def anchor_before(rule: rrule, moment: datetime) -> datetime | None:
    """A DTSTART a whole number of periods after the rule's, at least one period before ``moment`` (on the
    rule's wall clock), or None when the rule's own DTSTART is as near (or the rule has a COUNT)."""
    if rule._count is not None or rule._freq not in (DAILY, WEEKLY, MONTHLY, YEARLY):
        return None
    start = rule._dtstart
    wall, target = start.replace(tzinfo=None), moment.astimezone(start.tzinfo).replace(tzinfo=None)
    interval = rule._interval
    if rule._freq in (DAILY, WEEKLY):
        unit = interval * (7 if rule._freq == WEEKLY else 1)
        periods = (target - wall).days // unit
        bucket = max(1, 14 // unit)  # anchors every two weeks or so: neighbouring windows share them
        periods = periods - periods % bucket - bucket
        return wall + timedelta(days=periods * unit) if periods > 0 else None
    months = interval * (12 if rule._freq == YEARLY else 1)
    periods = ((target.year - wall.year) * 12 + target.month - wall.month) // months - 1
    for back in range(60):  # 31st: a month with 31 days is at most two back; 29 February: eight years
        if periods - back <= 0:
            return None
        year, month = divmod(wall.year * 12 + wall.month - 1 + (periods - back) * months, 12)
        try:
            return wall.replace(year=year, month=month + 1)
        except ValueError:
            continue
    return None


def _starts(entry: _Entry, lo: datetime, hi: datetime) -> Iterable[datetime]:
    """The rule's local starts in [lo, hi] (``rrule.between(lo, hi, inc=True)``), without walking from DTSTART."""
    rule = entry.rule
    if rule._until is not None and rule._until < lo - timedelta(days=2):
        return ()  # ended before the window (two days: wall-clock and UTC comparisons differ by hours)
    if rule._count is not None:
        if rule._count > KEEP_COUNT_STARTS:
            return rule.between(lo, hi, inc=True)
        if entry.count_starts is None:
            simple = entry.simple is not None
            entry.count_starts = list(islice(_simple_starts(entry, 0, None), rule._count)) if simple else list(rule)
        starts = entry.count_starts  # local times of one zone: compared on the wall clock, as dateutil does
        return starts[bisect_left(starts, lo) : bisect_right(starts, hi)]
    starts: list[datetime] = []
    for bucket in range(lo.date().toordinal() // BUCKET_DAYS, hi.date().toordinal() // BUCKET_DAYS + 1):
        part = _bucket(entry, bucket)
        if part is None:  # thousands of starts in a few weeks: walk this window only, keep nothing
            return _anchored(entry, lo).between(lo, hi, inc=True)
        starts.extend(part)
    return starts[bisect_left(starts, lo) : bisect_right(starts, hi)]


def _anchored(entry: _Entry, moment: datetime) -> rrule:
    """The entry's rule, or the same rule re-anchored a little before ``moment`` (kept for reuse)."""
    rule = entry.rule
    anchor = anchor_before(rule, moment)
    if anchor is None:
        return rule
    moved = entry.anchors.get(anchor)
    if moved is None:
        moved = rule.replace(dtstart=anchor.replace(tzinfo=rule._dtstart.tzinfo, fold=rule._dtstart.fold))
        with _lock:
            if len(entry.anchors) >= ANCHORS_PER_RULE:
                entry.anchors.clear()
            entry.anchors[anchor] = moved
    return moved


def _bucket(entry: _Entry, bucket: int) -> list[datetime] | None:
    """The rule's starts in BUCKET_DAYS days of its wall clock (generated once, then kept), or None if too many."""
    global _stored
    kept = entry.buckets.get(bucket)
    if kept is not None:
        return kept
    tz = entry.rule._dtstart.tzinfo
    begin = datetime.combine(date.fromordinal(max(1, bucket * BUCKET_DAYS)), time(0), tz)
    end = begin + timedelta(days=BUCKET_DAYS)  # wall-clock arithmetic: same zone object, compared as dateutil does
    part: list[datetime] = []
    if entry.simple is not None:  # at most one start a day: never over BUCKET_LIMIT
        part.extend(_simple_starts(entry, begin.toordinal(), end.toordinal()))
    else:
        for moment in _anchored(entry, begin):
            if moment >= end:
                break
            if moment >= begin:
                part.append(moment)
                if len(part) > BUCKET_LIMIT:
                    return None
    with _lock:
        _stored += len(part) + 1
        if _stored > STORED_LIMIT:  # a memory bound: drop every kept bucket and start again
            for *_, other in _cache.values():
                other.buckets.clear()
            _stored = 0
        entry.buckets[bucket] = part
    return part


def expand_series(
    key: Hashable,
    start_utc: datetime,
    end_utc: datetime,
    tz_name: str | None,
    rule_text: str,
    window_start: datetime,
    window_end: datetime,
    skip: set[datetime] | frozenset[datetime] = frozenset(),
) -> list[Span]:
    """Same result as ``recurrence.expand`` for a stored series; ``key`` names it (id and version)."""
    entry = _entry(key, rule_text, start_utc, tz_name)
    duration = end_utc - start_utc
    tz = entry.rule._dtstart.tzinfo
    lo, hi = (window_start - duration).astimezone(tz), window_end.astimezone(tz)
    starts = _starts(entry, lo, hi)
    return _spans(starts, duration, window_start, window_end, skip) if starts else []
