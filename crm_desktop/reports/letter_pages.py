"""Pages of letters: a letterhead (business name and logo) and each letter numbered on its own.

A run of letters is one PDF but not one report: every letter starts on a new page, its footer says "page 1
of 2" of *that* letter (nothing on a one-page letter), and there is no "Printed …" line or report title.
``LetterStart`` marks where each letter begins; the canvas keeps its pages until the end (as the reports'
numbered canvas does) and then numbers them per letter.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from crm_desktop import __version__

from .context import ReportContext
from .document import LOGO_MAX, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, Story, frame_size, page_size
from .errors import ReportError
from .flowables import INK, MUTED, RULE
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


def _letter_canvas(footer: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    class LetterCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any):
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []
            self.letter_starts: set[int] = set()

        def showPage(self) -> None:
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            numbers = letter_numbers(self.letter_starts, len(self._saved_pages))
            for state, (number, total) in zip(self._saved_pages, numbers, strict=True):
                self.__dict__.update(state)
                footer(self, number, total)
                Canvas.showPage(self)
            self._saved_pages = []
            Canvas.save(self)

    return LetterCanvas


class _Letters(BaseDocTemplate):
    def __init__(self, filename: str, ctx: ReportContext, progress: Callable[[int], None] | None, **kwargs: Any):
        super().__init__(filename, **kwargs)
        self.ctx, self.progress, self.pages_done = ctx, progress, 0

    def handle_pageEnd(self) -> None:
        self.ctx.check_cancel()
        self.pages_done += 1
        if self.progress is not None:
            self.progress(self.pages_done)
        super().handle_pageEnd()


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
            w, h = logo.getSize()
            scale = min(LOGO_MAX[0] / w, LOGO_MAX[1] / h)
            lw, lh = w * scale, h * scale
            canvas.drawImage(logo, cursor - lw if rtl else cursor, top - lh, lw, lh, mask="auto")
            cursor = cursor - lw - 3 * mm if rtl else cursor + lw + 3 * mm
        if business:
            canvas.setFont(BOLD, 12)
            canvas.setFillColor(INK)
            room = frame_width - LOGO_MAX[0] - 3 * mm
            (canvas.drawRightString if rtl else canvas.drawString)(
                cursor, top - 8, fit_line(business, room, BOLD, 12, base)
            )
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, size[1] - MARGIN_TOP + 3 * mm, size[0] - MARGIN_X, size[1] - MARGIN_TOP + 3 * mm)
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

    document = _Letters(
        str(temporary),
        ctx,
        progress,
        pagesize=size,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=story.title or business,
        author=business or "Rafiq CRM",
        creator=f"Rafiq CRM {__version__}",
        lang=ctx.lang,
        direction="R2L" if rtl else None,
        displayDocTitle=True,
        initialFontName=REGULAR,
        initialFontSize=9,
    )
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, frame_width, frame_height, 0, 0, 0, 0, id="body")
    document.addPageTemplates([PageTemplate("letter", [frame], onPage=letterhead)])
    try:
        document.build(list(story.items), canvasmaker=_letter_canvas(footer))
        with temporary.open("rb") as produced:
            if produced.read(5) != b"%PDF-":
                raise ReportError("the PDF could not be written completely")
        os.replace(temporary, target)
    except OSError as exc:
        raise ReportError(f"cannot write {target}: {exc.strerror or exc}") from None
    finally:
        temporary.unlink(missing_ok=True)
    return document.pages_done
