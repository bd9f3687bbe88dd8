"""``crm-desktop forecast``: the forecast screen's figures, headless (same service as the GUI)."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from crm_desktop.errors import ValidationError
from crm_desktop.services.forecast import PERIOD_KINDS, ForecastService
from crm_desktop.text.money import UnknownCurrency, format_money

from .context import open_from_args
from .output import emit, table


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser(
        "forecast", parents=[common], help="weighted pipeline, best case, commit and won per period"
    )
    p.add_argument("--period", choices=PERIOD_KINDS, default="month")
    p.add_argument("--from", dest="start", metavar="DATE", help="first day (YYYY-MM-DD, default: today)")
    p.add_argument("--to", dest="end", metavar="DATE", help="last day (YYYY-MM-DD, default: a year on)")
    p.add_argument("--owner", type=int, metavar="USER_ID", help="only this owner's opportunities")
    p.add_argument("--pipeline", type=int, metavar="ID", help="only this pipeline")
    p.set_defaults(handler=cmd_forecast)


def _day(text: str | None, field: str, default: date) -> date:
    if text is None:
        return default
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError({field: f"{text!r} is not a date (write YYYY-MM-DD)"}) from None


def cmd_forecast(args: argparse.Namespace) -> int:
    today = date.today()
    start = _day(args.start, "from", today)
    end = _day(args.end, "to", start.replace(year=start.year + 1) if start.month != 2 or start.day != 29 else start)
    db = open_from_args(args, create=False)
    try:
        result = ForecastService(db).forecast(
            start, end, period=args.period, calendar=args.calendar or "gregorian", lang=args.lang or "en",
            owner_id=args.owner, pipeline_id=args.pipeline,
        )  # fmt: skip
    finally:
        db.close()
    if args.json:
        emit(result, True)
        return 0

    def money(minor: int) -> str:
        try:
            return format_money(minor, result.base_currency, args.lang or "en")
        except UnknownCurrency:
            return str(minor)

    rows = [
        [f.period.label, str(f.open_count), money(f.weighted), money(f.best_case), money(f.commit), money(f.won)]
        for f in result.periods
    ]
    print(table(rows, ["period", "open", "weighted", "best case", "commit", "won"]))
    rate = "-" if result.win_rate is None else f"{result.win_rate:.0%}"
    average = "-" if result.average_deal is None else money(result.average_deal)
    print(f"win rate {rate}, average deal {average}, average cycle {result.average_cycle_days or '-'} days")
    if result.unconverted:
        print(f"not in the totals (no exchange rate): {', '.join(result.unconverted)}")
    return 0
