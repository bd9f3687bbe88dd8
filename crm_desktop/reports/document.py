"""Pages: header (business name, logo, report title), footer (page X of Y, print date in the user's
calendar and digits), mirrored for right-to-left reports; PDF metadata; writing the file safely.

The file is written to a temporary name next to the target and renamed when complete, so a failed or
cancelled report never leaves a half-written PDF under the name the user chose, and an unwritable
folder is reported before any work is done.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Flowable, Frame, PageTemplate, Spacer

from crm_desktop import __version__

from .context import ReportContext
from .errors import ReportError
from .flowables import INK, MUTED, RULE, Column, DataTable, TextBlock, bar_chart
from .fonts import BOLD, REGULAR, fit_line, register_fonts

# Page streams are compressed; ReportLab also wraps them in ASCII85 by default, which takes longer than
# everything else but cell drawing without its C accelerator and makes files 25% bigger. Binary is fine.
rl_config.useA85 = 0

MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 14 * mm, 24 * mm, 16 * mm
HEADER_HEIGHT = 12 * mm
LOGO_MAX = (30 * mm, 11 * mm)


def page_size(name: str, wide: bool = False) -> tuple[float, float]:
    size = letter if name == "letter" else A4
    return landscape(size) if wide else size


def frame_size(ctx: ReportContext, wide: bool = False) -> tuple[float, float]:
    width, height = page_size(ctx.options.page_size, wide)
    return width - 2 * MARGIN_X, height - MARGIN_TOP - MARGIN_BOTTOM


@dataclass
class Story:
    """The flowables of one report, made with the report's direction, fonts and frame size."""

    ctx: ReportContext
    items: list[Flowable] = field(default_factory=list)
    title: str = ""
    wide: bool = False  # landscape pages, for tables with many columns

    @property
    def width(self) -> float:
        return frame_size(self.ctx, self.wide)[0]

    def heading(self, text: str, *, size: float = 12, space_before: float = 8) -> None:
        # A heading never ends a page: it needs room for itself, a table header and a couple of rows.
        self.items.append(CondPageBreak(size * 1.6 + space_before + 48))
        self.items.append(
            TextBlock(text, rtl=self.ctx.rtl, size=size, bold=True, space_before=space_before, space_after=3)
        )

    def note(self, text: str, *, size: float = 8.5, color: Any = MUTED) -> None:
        self.items.append(TextBlock(text, rtl=self.ctx.rtl, size=size, color=color, space_after=2))

    def paragraph(self, text: str, *, size: float = 9) -> None:
        """Data prose (notes, descriptions): its own direction decides, aligned to the report's side."""
        self.items.append(TextBlock(text, rtl=self.ctx.rtl, size=size, base=None, space_after=4))

    def opening(self, title: str, lines: list[str], count: str | None = None) -> None:
        """Report title, the filters it was made with, and how many records it holds."""
        self.title = title
        self.items.append(TextBlock(title, rtl=self.ctx.rtl, size=16, bold=True, space_after=4))
        for line in lines:
            self.note(line)
        if count:
            self.note(count, color=INK)
        self.items.append(Spacer(1, 4))

    def table(
        self, columns: list[Column], rows: list[list[str]], *, header: bool = True, size: float = 8, auto: bool = True
    ) -> None:
        if not rows:
            self.note(self.ctx.t("none"))
            return
        height = frame_size(self.ctx, self.wide)[1]
        self.items.append(
            DataTable(
                columns,
                rows,
                rtl=self.ctx.rtl,
                max_height=height,
                size=size,
                header=header,
                zebra=header,
                auto_widths=auto,
            )
        )

    def details(self, pairs: list[tuple[str, str]]) -> None:
        """Label/value pairs as a two-column table without a header (values may be long notes)."""
        rows = [[label, value] for label, value in pairs if value]
        columns = [Column("", 1, bold=True), Column("", 3, max_chars=100_000)]
        self.table(columns, rows, header=False, size=9, auto=False)

    def chart(self, items: list[tuple[str, float, str]]) -> None:
        if items:
            self.items.append(bar_chart(items, avail_width=self.width, rtl=self.ctx.rtl))
            self.items.append(Spacer(1, 6))

    def empty(self) -> None:
        self.items.append(TextBlock(self.ctx.t("empty"), rtl=self.ctx.rtl, size=10, space_before=12))


def check_logo(path: str | Path | None) -> ImageReader | None:
    """The logo as an image, or a clear ReportError (missing file, not an image)."""
    if path is None or str(path) == "":
        return None
    file = Path(path).expanduser()
    if not file.is_file():
        raise ReportError(f"the logo file {file} does not exist")
    try:
        image = ImageReader(str(file))
        width, height = image.getSize()
    except Exception:  # PIL raises many kinds (UnidentifiedImageError, OSError, SyntaxError, ValueError)
        raise ReportError(f"the logo {file} is not an image that can be printed; use a PNG or JPEG file") from None
    if width <= 0 or height <= 0:
        raise ReportError(f"the logo {file} is an empty image")
    return image


def prepare_output(path: str | Path) -> tuple[Path, Path]:
    """(target, temporary file next to it); ReportError if the folder is missing or not writable."""
    target = Path(path).expanduser()
    if target.suffix.lower() != ".pdf":
        raise ReportError(f"the output file {target} should end in .pdf")
    if target.is_dir():
        raise ReportError(f"{target} is a folder; give a file name ending in .pdf")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ReportError(f"the folder {folder} does not exist")
    if target.exists() and not os.access(target, os.W_OK):
        raise ReportError(f"{target} exists and is read-only")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
        os.close(handle)
    except OSError as exc:
        raise ReportError(f"cannot write a file in {folder}: {exc.strerror or exc}") from None
    return target, Path(temporary)


Numbering = Callable[[Canvas, int], list[tuple[int, int]]]


def _page_of_all(_canvas: Canvas, total: int) -> list[tuple[int, int]]:
    return [(number, total) for number in range(1, total + 1)]


def numbered_canvas(footer: Callable[[Canvas, int, int], None], numbering: Numbering = _page_of_all) -> type[Canvas]:
    """A canvas that keeps its pages until the end, so each footer can say "page X of Y".

    ``numbering`` gives (number, of) for every page once all are known: of the whole file for a report,
    of each letter for letters.
    """

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any):
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            numbers = numbering(self, len(self._saved_pages))
            for state, (number, total) in zip(self._saved_pages, numbers, strict=True):
                self.__dict__.update(state)
                footer(self, number, total)
                Canvas.showPage(self)
            self._saved_pages = []
            Canvas.save(self)

    return NumberedCanvas


class PagesDocument(BaseDocTemplate):
    """The PDF metadata and margins of every Rafiq page; a cancel check and progress after each page."""

    def __init__(
        self,
        temporary: Path,
        ctx: ReportContext,
        progress: Callable[[int], None] | None,
        size: tuple[float, float],
        **metadata: Any,
    ):
        business = ctx.business_name
        super().__init__(
            str(temporary),
            pagesize=size,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            author=business or "Rafiq CRM",
            creator=f"Rafiq CRM {__version__}",
            lang=ctx.lang,
            direction="R2L" if ctx.rtl else None,
            displayDocTitle=True,
            initialFontName=REGULAR,
            initialFontSize=9,
            **metadata,
        )
        self.ctx, self.progress, self.pages_done = ctx, progress, 0

    def handle_pageEnd(self) -> None:
        self.ctx.check_cancel()
        self.pages_done += 1
        if self.progress is not None:
            self.progress(self.pages_done)
        super().handle_pageEnd()

    def write(self, story: Story, target: Path, canvasmaker: type[Canvas]) -> int:
        """Build into the temporary file and rename it to ``target`` only when it is a whole PDF."""
        temporary = Path(self.filename)
        try:
            self.build(list(story.items), canvasmaker=canvasmaker)
            with temporary.open("rb") as produced:
                if produced.read(5) != b"%PDF-":
                    raise ReportError("the PDF could not be written completely")
            os.replace(temporary, target)
        except OSError as exc:
            raise ReportError(f"cannot write {target}: {exc.strerror or exc}") from None
        finally:
            temporary.unlink(missing_ok=True)
        return self.pages_done


def draw_logo(canvas: Canvas, logo: ImageReader, cursor: float, top: float, rtl: bool) -> float:
    """Draws the logo at the reading start of the header; returns where the text after it starts."""
    w, h = logo.getSize()
    scale = min(LOGO_MAX[0] / w, LOGO_MAX[1] / h)
    lw, lh = w * scale, h * scale
    canvas.drawImage(logo, cursor - lw if rtl else cursor, top - lh, lw, lh, mask="auto")
    return cursor - lw - 3 * mm if rtl else cursor + lw + 3 * mm


def draw_header_rule(canvas: Canvas, size: tuple[float, float]) -> None:
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_X, size[1] - MARGIN_TOP + 3 * mm, size[0] - MARGIN_X, size[1] - MARGIN_TOP + 3 * mm)


def render(
    ctx: ReportContext,
    story: Story,
    target: Path,
    temporary: Path,
    *,
    logo: ImageReader | None = None,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Lay out ``story`` into ``temporary``, then rename it to ``target``; returns the page count."""
    register_fonts()
    size = page_size(ctx.options.page_size, story.wide)
    frame_width, frame_height = frame_size(ctx, story.wide)
    business = ctx.business_name
    printed = ctx.t("printed", ctx.datetime(ctx.now))
    rtl = ctx.rtl
    base = ctx.base

    def header(canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        top = size[1] - 10 * mm
        start_x, end_x = (size[0] - MARGIN_X, MARGIN_X) if rtl else (MARGIN_X, size[0] - MARGIN_X)
        cursor = start_x
        if logo is not None:
            cursor = draw_logo(canvas, logo, cursor, top, rtl)
        half = frame_width / 2 - 4 * mm
        if business:
            canvas.setFont(BOLD, 11)
            canvas.setFillColor(INK)
            line = fit_line(business, half - abs(cursor - start_x), BOLD, 11, base)
            draw = canvas.drawRightString if rtl else canvas.drawString
            draw(cursor, top - 8, line)
        if story.title:
            canvas.setFont(REGULAR, 8.5)
            canvas.setFillColor(MUTED)
            line = fit_line(story.title, half, REGULAR, 8.5, base)
            (canvas.drawString if rtl else canvas.drawRightString)(end_x, top - 8, line)
        draw_header_rule(canvas, size)
        canvas.restoreState()

    def footer(canvas: Canvas, number: int, total: int) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(MUTED)
        y = MARGIN_BOTTOM - 9 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, MARGIN_BOTTOM - 4 * mm, size[0] - MARGIN_X, MARGIN_BOTTOM - 4 * mm)
        page = fit_line(ctx.t("page", ctx.number(number), ctx.number(total)), frame_width / 2, REGULAR, 8, base)
        when = fit_line(printed, frame_width / 2, REGULAR, 8, base)
        left, right = (page, when) if rtl else (when, page)
        canvas.drawString(MARGIN_X, y, left)
        canvas.drawRightString(size[0] - MARGIN_X, y, right)
        canvas.restoreState()

    document = PagesDocument(
        temporary,
        ctx,
        progress,
        size,
        title=f"{story.title} - {business}" if business else story.title,
        subject=story.title,
    )
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, frame_width, frame_height, 0, 0, 0, 0, id="body")
    document.addPageTemplates([PageTemplate("page", [frame], onPage=header)])
    return document.write(story, target, numbered_canvas(footer))
