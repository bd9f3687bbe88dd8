"""RRULE expansion in the appointment's own zone (pure: no database, no Qt).

Occurrences are generated on the wall clock of the zone the appointment was made in (a 09:00 weekly
meeting in Berlin stays at 09:00 across DST), then converted to UTC. dateutil's rrule keeps the wall
time when DTSTART is aware, and zoneinfo resolves the offset of each generated date on its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil.rrule import rrule, rrulestr

from . import persian_months

# Expansion is always bounded by the asked window; this caps a single window (a misread rule such as
# FREQ=SECONDLY would otherwise produce millions of rows for one month view).
MAX_PER_WINDOW = 5_000
# A rule must produce its first occurrence within this span, else it is refused as producing nothing.
FIRST_OCCURRENCE_YEARS = 10
ALLOWED_FREQS = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
_UNTIL = re.compile(r"UNTIL=([0-9T]+Z?)", re.IGNORECASE)


class RuleError(ValueError):
    """The RRULE text cannot be used; the message says why in words a user can act on."""


class Span(NamedTuple):
    """One occurrence (a tuple: a month view makes thousands, a frozen dataclass cost 3x to build)."""

    start: datetime  # UTC
    end: datetime  # UTC


def zone(name: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise RuleError(f"{name!r} is not a known time zone (e.g. Asia/Tehran)") from exc


def _normalise_until(rule: str, tz: ZoneInfo) -> str:
    """UNTIL as UTC text: dateutil refuses a floating or date-only UNTIL beside an aware DTSTART."""

    def fix(match: re.Match[str]) -> str:
        text = match.group(1).upper()
        if text.endswith("Z"):
            return f"UNTIL={text}"
        if "T" in text:
            local = datetime.strptime(text, "%Y%m%dT%H%M%S").replace(tzinfo=tz)
        else:  # a date: the whole of that day counts (RFC 5545 all-day series)
            local = datetime.combine(datetime.strptime(text, "%Y%m%d").date(), time(23, 59, 59), tz)
        return "UNTIL=" + local.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")

    return _UNTIL.sub(fix, rule)


def parse_rule(rule_text: str, start_utc: datetime, tz_name: str | None) -> rrule:
    """The rule anchored at the appointment's first start on its local wall clock."""
    tz = zone(tz_name)
    text = rule_text.strip()
    if text.upper().startswith("RRULE:"):
        text = text[6:]
    parts = {p.split("=", 1)[0].upper(): p.split("=", 1)[-1].upper() for p in text.split(";") if p}
    freq = parts.get("FREQ")
    if freq is None:
        raise RuleError("the rule needs FREQ (e.g. FREQ=WEEKLY;BYDAY=MO)")
    if freq not in ALLOWED_FREQS:
        raise RuleError(f"FREQ={freq} is not supported: use DAILY, WEEKLY, MONTHLY or YEARLY")
    if "COUNT" in parts and "UNTIL" in parts:
        raise RuleError("a rule ends either after COUNT times or at UNTIL, not both")
    if persian_months.is_persian(parts):  # Persian months: an explicit list of starts (RRULE cannot say it)
        until = _UNTIL.search(_normalise_until(text, tz))
        try:
            end = datetime.strptime(until.group(1), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC) if until else None
            return persian_months.build(parts, start_utc.astimezone(tz), end)
        except ValueError as exc:
            raise RuleError(str(exc)) from exc
    try:
        parsed = rrulestr(_normalise_until(text, tz), dtstart=start_utc.astimezone(tz))
    except (ValueError, TypeError) as exc:
        raise RuleError(f"not a valid RRULE: {exc}") from exc
    if not isinstance(parsed, rrule):
        raise RuleError("one RRULE only (no RDATE/EXRULE sets)")
    return parsed


def validate_rule(rule_text: str, start_utc: datetime, tz_name: str | None) -> None:
    """Refuse rules that produce nothing (e.g. every 30 February) within ten years of the start."""
    parsed = parse_rule(rule_text, start_utc, tz_name)
    if isinstance(parsed, persian_months.PersianMonthly):
        return  # its first start is the appointment's own
    first = parsed.replace(count=None, until=start_utc + timedelta(days=366 * FIRST_OCCURRENCE_YEARS))
    if next(iter(first), None) is None:
        raise RuleError(f"the rule produces no occurrence within {FIRST_OCCURRENCE_YEARS} years of the start")


def parse_exceptions(values: Iterable[str | datetime]) -> set[datetime]:
    out: set[datetime] = set()
    for value in values:
        moment = datetime.fromisoformat(value) if isinstance(value, str) else value
        out.add((moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(UTC))
    return out


def expand(
    start_utc: datetime,
    end_utc: datetime,
    tz_name: str | None,
    rule_text: str | None,
    window_start: datetime,
    window_end: datetime,
    skip: set[datetime] | frozenset[datetime] = frozenset(),
    *,
    parsed: rrule | None = None,
) -> list[Span]:
    """Occurrences overlapping [window_start, window_end), minus the original starts in ``skip``.

    Each occurrence keeps the series' absolute duration. ``skip`` holds exceptions (deleted occurrences)
    and the original starts of detached overrides, which are shown as their own rows instead.
    """
    duration = end_utc - start_utc
    if not rule_text and parsed is None:
        hit = start_utc < window_end and (
            end_utc > window_start or (duration == timedelta(0) and end_utc == window_start)
        )
        return [Span(start_utc, end_utc)] if hit and start_utc not in skip else []
    rule = parsed or parse_rule(rule_text or "", start_utc, tz_name)
    tz = rule._dtstart.tzinfo  # the zone the rule was anchored in
    # An occurrence that began before the window may still overlap it: look back by one duration.
    lo = (window_start - duration).astimezone(tz)
    hi = window_end.astimezone(tz)
    return _spans(rule.between(lo, hi, inc=True), duration, window_start, window_end, skip)


def _spans(
    starts: Iterable[datetime],
    duration: timedelta,
    window_start: datetime,
    window_end: datetime,
    skip: set[datetime] | frozenset[datetime],
) -> list[Span]:
    """The occurrences (local starts from the rule) that overlap the window, minus ``skip``."""
    spans: list[Span] = []
    for local in starts:
        begin = local.astimezone(UTC)
        if begin >= window_end or begin in skip:
            continue
        finish = begin + duration
        if finish <= window_start and not (duration == timedelta(0) and begin == window_start):
            continue
        spans.append(Span(begin, finish))
        if len(spans) >= MAX_PER_WINDOW:
            break
    return spans


def local_day_bounds(day: date, tz_name: str | None) -> tuple[datetime, datetime]:
    """UTC start and end of a calendar day in a zone (23 or 25 hours on DST days)."""
    tz = zone(tz_name)
    begin = datetime.combine(day, time(0), tz).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time(0), tz).astimezone(UTC)
    return begin, end
