"""``crm-desktop screenshot``: a PNG of one view of the real window, rendered offscreen (docs, layout checks).

Qt is imported only inside the handler, so the other commands start without it.
"""

from __future__ import annotations

import argparse
import os
from typing import Any

from crm_desktop.config import resolve_database
from crm_desktop.errors import ValidationError
from crm_desktop.ui.view_names import VIEWS

from .output import emit

MIN_SIDE, MAX_SIDE = 320, 7680


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser(
        "screenshot",
        parents=[common],
        help="save a PNG of one view of the app (offscreen; the database must exist)",
    )
    p.add_argument("--view", choices=VIEWS, default="contacts", help="what to show (default contacts)")
    p.add_argument("--out", required=True, metavar="FILE.png", help="where to write the PNG")
    p.add_argument("--filter", default="", metavar="TEXT", help="type TEXT into the list's quick filter first")
    p.add_argument("--width", type=int, default=1280, help="window width in pixels (default 1280)")
    p.add_argument("--height", type=int, default=800, help="window height in pixels (default 800)")
    p.set_defaults(handler=cmd_screenshot)


def cmd_screenshot(args: argparse.Namespace) -> int:
    errors = {
        f"--{name}": f"must be between {MIN_SIDE} and {MAX_SIDE} pixels"
        for name in ("width", "height")
        if not MIN_SIDE <= getattr(args, name) <= MAX_SIDE
    }
    if not args.out.lower().endswith(".png"):
        errors["--out"] = "must be a .png file"
    if errors:
        raise ValidationError(errors)
    target, shared = resolve_database(args.db, True if args.shared else None)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window appears, also without a display
    from crm_desktop.ui.screenshot import take_screenshot

    shot = take_screenshot(
        target,
        args.view,
        args.out,
        lang=args.lang or "en",
        width=args.width,
        height=args.height,
        shared=shared,
        user=args.user,
        query=args.filter,
        calendar=args.calendar,
    )
    emit(
        {
            "out": str(shot.path),
            "view": args.view,
            "lang": args.lang or "en",
            "width": shot.width,
            "height": shot.height,
        },
        args.json,
        f"Screenshot written to {shot.path} ({shot.width}×{shot.height})",
    )
    return 0
