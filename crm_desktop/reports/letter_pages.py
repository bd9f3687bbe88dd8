"""Pages of letters: a letterhead (business name and logo) and each letter numbered on its own.

A run of letters is one PDF but not one report: every letter starts on a new page, its footer says "page 1
of 2" of *that* letter (nothing on a one-page letter), and there is no "Printed …" line or report title.
``LetterStart`` marks where each letter begins; the canvas keeps its pages until the end (as the reports'
numbered canvas does) and then numbers them per letter.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, PageTemplate

from .context import ReportContext
from .document import (
    LOGO_MAX,
    MARGIN_BOTTOM,
    MARGIN_X,
    PagesDocument,
    Story,
    draw_header_rule,
    draw_logo,
    frame_size,
    numbered_canvas,
    page_size,
)
from .flowables import INK, MUTED
from .fonts import BOLD, REGULAR, fit_line, register_fonts


class LetterStart(Flowable):
    """Takes no room; notes the page the next letter begins on."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.letter_starts.add(self.canv.getPageNumber())  # type: ignore[attr-defined]


def letter_numbers(starts: set[int], total: int) -> list[tuple[int, int]]:
    """(page within its letter, pages of that letter) for pages 1..total, given the pages letters start on."""
    firsts = sorted(starts | {1})
    numbers: list[tuple[int, int]] = []
    for index, first in enumerate(firsts):
        last = firsts[index + 1] - 1 if index + 1 < len(firsts) else total
        numbers.extend((page - first + 1, last - first + 1) for page in range(first, last + 1))
    return numbers


def _per_letter(canvas: Canvas, total: int) -> list[tuple[int, int]]:
    return letter_numbers(canvas.letter_starts, total)  # type: ignore[attr-defined]


def _letter_canvas(footer: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    class LetterCanvas(numbered_canvas(footer, _per_letter)):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any):
            super().__init__(*args, **kwargs)
            self.letter_starts: set[int] = set()

    return LetterCanvas


def render_letters(
    ctx: ReportContext,
    story: Story,
    target: Path,
    temporary: Path,
    *,
    logo: ImageReader | None = None,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Lay the letters out into ``temporary``, then rename it to ``target``; returns the page count."""
    register_fonts()
    size = page_size(ctx.options.page_size)
    frame_width, frame_height = frame_size(ctx)
    business, rtl, base = ctx.business_name, ctx.rtl, ctx.base

    def letterhead(canvas: Canvas, _doc: Any) -> None:
        if not business and logo is None:
            return
        canvas.saveState()
        top = size[1] - 10 * mm
        cursor = size[0] - MARGIN_X if rtl else MARGIN_X
        if logo is not None:
            cursor = draw_logo(canvas, logo, cursor, top, rtl)
        if business:
            canvas.setFont(BOLD, 12)
            canvas.setFillColor(INK)
            room = frame_width - LOGO_MAX[0] - 3 * mm
            (canvas.drawRightString if rtl else canvas.drawString)(
                cursor, top - 8, fit_line(business, room, BOLD, 12, base)
            )
        draw_header_rule(canvas, size)
        canvas.restoreState()

    def footer(canvas: Canvas, number: int, total: int) -> None:
        if total < 2:
            return  # a one-page letter carries no page number
        canvas.saveState()
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(MUTED)
        text = fit_line(ctx.t("page", ctx.number(number), ctx.number(total)), frame_width, REGULAR, 8, base)
        canvas.drawCentredString(size[0] / 2, MARGIN_BOTTOM - 9 * mm, text)
        canvas.restoreState()

    document = PagesDocument(temporary, ctx, progress, size, title=story.title or business)
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, frame_width, frame_height, 0, 0, 0, 0, id="body")
    document.addPageTemplates([PageTemplate("letter", [frame], onPage=letterhead)])
    return document.write(story, target, _letter_canvas(footer))
