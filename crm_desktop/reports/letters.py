"""Letters to PDF: one letter (a page or more) per contact, with a letterhead (business name, logo), the
reports' fonts and layout, and page numbers counted per letter (``letter_pages``).

Each letter reads in its own direction: a template written in Arabic or Persian is right-aligned with base
direction R, shaped and ordered per line after wrapping (``TextBlock``, the reports' paragraph); a Latin
template reads left-to-right even in a Persian PDF or when the names filled in are Persian. ``{today}`` is
written in the chosen calendar and digits.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import PageBreak, Spacer

from crm_desktop.db.engine import Database
from crm_desktop.services.letters import LetterError, LetterTemplate, fill, merge_rows
from crm_desktop.text.bidi import ltr

from .bidi_lines import has_rtl
from .context import ReportContext, ReportOptions
from .document import Story, check_logo, prepare_output
from .flowables import MUTED, TextBlock
from .letter_pages import LetterStart, render_letters


@dataclass(frozen=True)
class LetterResult:
    path: Path
    letters: int
    pages: int
    seconds: float


def _letter(story: Story, fields: dict[str, str], template: LetterTemplate, today: str) -> None:
    # Phone numbers and e-mail addresses read left-to-right inside an Arabic line ("+966 50 …" would
    # otherwise come out as "… 50 966+").
    fields = {**fields, **{key: ltr(fields[key]) for key in ("email", "phone") if fields.get(key)}}
    body = fill(template.body, fields)
    title = fill(template.title, fields)
    # The template's own words decide the letter's direction: an English letter to "مریم کریمی" stays
    # left-to-right; a template that is only merge fields reads in the direction of what filled them.
    words = fill(template.title + "\n" + template.body, {})
    decides = words if any(ch.isalpha() for ch in words) else body
    rtl = has_rtl(decides) or (not decides.strip() and story.ctx.rtl)
    base = "R" if rtl else "L"
    story.items.append(TextBlock(today, rtl=rtl, size=9, color=MUTED, base=base, space_after=14))
    if title.strip():
        story.items.append(TextBlock(title, rtl=rtl, size=13, bold=True, base=base, space_after=10))
    for line in body.replace("\r\n", "\n").split("\n"):
        if line.strip():
            # Each line of the body keeps its own direction (a Latin address line in a Persian letter).
            story.items.append(TextBlock(line, rtl=rtl, size=10.5, base=base if has_rtl(line) else None))
        else:
            story.items.append(Spacer(1, 10.5 * 0.9))


def make_letters(
    db: Database,
    template: LetterTemplate,
    contact_ids: list[int],
    out: str | Path,
    options: ReportOptions | None = None,
    *,
    progress: Callable[[int], None] | None = None,
    cancel: threading.Event | None = None,
) -> LetterResult:
    """Write one PDF with a letter per contact; nothing is left at ``out`` unless it was written whole."""
    started = time.perf_counter()
    options = (options or ReportOptions()).checked()
    logo = check_logo(options.logo)
    target, temporary = prepare_output(out)
    try:
        ctx = ReportContext.create(db, options, cancel)
        today = ctx.date(ctx.today, "long")
        story = Story(ctx, title=template.name)
        count = 0
        for fields in merge_rows(db, contact_ids, today, options.user_id):
            ctx.check_cancel()
            if count:
                story.items.append(PageBreak())
            story.items.append(LetterStart())
            _letter(story, fields, template, today)
            count += 1
        if count == 0:
            raise LetterError("none of the chosen contacts exists any more: nobody to write to")
        pages = render_letters(ctx, story, target, temporary, logo=logo, progress=progress)
    finally:
        temporary.unlink(missing_ok=True)
    return LetterResult(target, count, pages, round(time.perf_counter() - started, 3))
