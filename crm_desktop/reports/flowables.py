"""Platypus building blocks that lay out their text with ``fonts.layout`` (shaped, broken in logical
order, each line ordered) and mirror themselves for right-to-left reports.

* ``TextBlock``: a paragraph (heading, note, filter line), split between lines across pages.
* ``DataTable``: rows with a header repeated on every page, columns mirrored for RTL. It draws its own
  cells instead of building one ReportLab ``Table``: one big Table is quadratic (5.1 s for 10k rows;
  PLATFORM-NOTES.md), and since every cell's lines are known before drawing, each row's height is
  known too, so a page is filled by adding heights. A row taller than a page is continued in the next
  row (each cell's lines cut into page-sized pieces), so no cell can make the layout fail.
* ``bar_chart``: horizontal bars (ReportLab graphics), labels on the reading side.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable

from .bidi_lines import Direction, clean, has_rtl
from .fonts import BOLD, REGULAR, fit_line, layout, line_width, shape, width

INK = colors.HexColor("#1f2328")
MUTED = colors.HexColor("#57606a")
RULE = colors.HexColor("#d0d7de")
HEADER_FILL = colors.HexColor("#e8eef5")
ZEBRA = colors.HexColor("#f6f8fa")
BAR = colors.HexColor("#3b6ea8")
LEADING = 1.55  # Vazirmatn's Arabic needs room above and below the Latin x-height
ELLIPSIS = "\u2026"


def cell_direction(text: str, rtl: bool) -> Direction | None:
    """Data in an Arabic/Persian report reads RTL when it has Arabic letters; otherwise by its first letter."""
    return "R" if rtl and has_rtl(text) else None


class TextBlock(Flowable):
    """Lines of one paragraph, aligned to the report's reading side (or centred)."""

    def __init__(
        self,
        text: str,
        *,
        rtl: bool,
        size: float = 9,
        bold: bool = False,
        color: colors.Color = INK,
        base: Direction | None = None,
        align: str = "start",
        space_before: float = 0,
        space_after: float = 0,
        lines: tuple[str, ...] | None = None,
    ):
        super().__init__()
        self.text, self.rtl, self.size, self.color, self.align = text, rtl, size, color, align
        self.font = BOLD if bold else REGULAR
        self.base = base if base is not None else ("R" if rtl else cell_direction(text, rtl))
        self.leading = size * LEADING
        self.spaceBefore, self.spaceAfter = space_before, space_after
        self._lines = lines
        self._for_width: float | None = None if lines is None else -1

    def _layout(self, avail_width: float) -> tuple[str, ...]:
        if self._for_width not in (avail_width, -1) or self._lines is None:
            self._lines = layout(self.text, avail_width, self.font, self.size, self.base)
            self._for_width = avail_width
        return self._lines

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = len(self._layout(avail_width)) * self.leading
        return avail_width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        lines = self._layout(avail_width)
        fit = int(avail_height // self.leading)
        if fit <= 0 or fit >= len(lines):
            return [] if fit <= 0 else [self]
        common = {"rtl": self.rtl, "size": self.size, "color": self.color, "base": self.base, "align": self.align}
        bold = self.font == BOLD
        first = TextBlock(self.text, bold=bold, lines=lines[:fit], space_before=self.spaceBefore, **common)
        rest = TextBlock(self.text, bold=bold, lines=lines[fit:], space_after=self.spaceAfter, **common)
        return [first, rest]

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFont(self.font, self.size, self.leading)
        canvas.setFillColor(self.color)
        y = self.height - self.leading + (self.leading - self.size) * 0.55
        for line in self._lines or ():
            if self.align == "center":
                canvas.drawCentredString(self.width / 2, y, line)
            elif (self.align == "start") == self.rtl:
                canvas.drawRightString(self.width, y, line)
            else:
                canvas.drawString(0, y, line)
            y -= self.leading


@dataclass(frozen=True)
class Column:
    title: str
    weight: float = 1.0
    numeric: bool = False  # right-aligned in both directions so digits line up
    max_chars: int = 1000  # a list is an overview: longer values are cut with an ellipsis
    bold: bool = False


class _Rows:
    """The laid-out cells of a table, shared by the pieces it is split into."""

    def __init__(self, lines: list[tuple[tuple[str, ...], ...]], heights: list[float]):
        self.lines, self.heights = lines, heights


class DataTable(Flowable):
    PAD_X, PAD_Y = 3.0, 1.5

    def __init__(
        self,
        columns: Sequence[Column],
        rows: Sequence[Sequence[str]],
        *,
        rtl: bool,
        max_height: float,
        size: float = 8,
        header: bool = True,
        zebra: bool = True,
        space_after: float = 6,
        auto_widths: bool = True,
    ):
        super().__init__()
        self.columns, self.rows, self.rtl, self.size = list(columns), rows, rtl, size
        self.auto_widths = auto_widths
        self._column_widths: tuple[float, list[float]] | None = None
        self.max_height, self.header, self.zebra = max_height, header, zebra
        self.leading = size * LEADING
        self.spaceAfter = space_after
        self._prepared: _Rows | None = None
        self._prepared_width: float | None = None
        self._slice = (0, -1)
        self._first_index = 0  # row number of the first row, so zebra stripes continue across pages

    # ---- layout -------------------------------------------------------------------------------------
    def _widths(self, avail_width: float) -> list[float]:
        if self._column_widths is None or self._column_widths[0] != avail_width:
            if self.auto_widths:
                widths = self._fitted_widths(avail_width)
            else:
                total = sum(c.weight for c in self.columns) or 1
                widths = [avail_width * c.weight / total for c in self.columns]
            self._column_widths = (avail_width, widths)
        return self._column_widths[1]

    def _fitted_widths(self, avail_width: float) -> list[float]:
        """Widths from the content: short columns (stage, phone, dates) get what they need on one line,
        the long ones share the rest, so emails and names wrap only when the page is really too narrow."""
        pad = 2 * self.PAD_X
        step = max(1, len(self.rows) // 400)  # a sample is enough to know a column's usual width
        sample = self.rows[::step]
        natural: list[float] = []
        minimum: list[float] = []
        for index, column in enumerate(self.columns):
            font = BOLD if column.bold else REGULAR
            sizes = sorted(width(shape(clean(str(row[index] or "")[:200])), font, self.size) for row in sample)
            typical = sizes[min(len(sizes) - 1, int(len(sizes) * 0.95))] if sizes else 0.0
            words = [width(shape(w), BOLD, self.size) for w in column.title.split()] or [0.0]
            minimum.append(max(words) + pad)
            natural.append(max(typical + pad + 1, minimum[-1], 24.0))
        if sum(natural) <= avail_width:
            spare = avail_width - sum(natural)
            return [n + spare * n / sum(natural) for n in natural]
        widths: list[float | None] = [None] * len(natural)
        remaining, open_ = avail_width, list(range(len(natural)))
        while open_:
            fair = remaining / len(open_)
            fitting = [i for i in open_ if natural[i] <= fair]
            if not fitting:
                break
            for i in fitting:
                widths[i] = natural[i]
                remaining -= natural[i]
                open_.remove(i)
        share = sum(natural[i] for i in open_) or 1
        for i in open_:  # the wide columns split what is left in proportion to what they would like
            widths[i] = max(minimum[i], remaining * natural[i] / share)
        total = sum(w or 0 for w in widths)
        return [(w or 0) * avail_width / total for w in widths]

    def _cell(self, text: str, column: Column, col_width: float) -> tuple[str, ...]:
        value = "" if text is None else str(text)
        if len(value) > column.max_chars:
            value = value[: column.max_chars].rstrip() + ELLIPSIS
        if not value:
            return ()
        font = BOLD if column.bold else REGULAR
        return layout(value, max(col_width - 2 * self.PAD_X, 4.0), font, self.size, cell_direction(value, self.rtl))

    def _header_lines(self, widths: list[float]) -> tuple[tuple[str, ...], ...]:
        base: Direction = "R" if self.rtl else "L"
        return tuple(
            layout(c.title, max(w - 2 * self.PAD_X, 4.0), BOLD, self.size, base)
            for c, w in zip(self.columns, widths, strict=True)
        )

    def _prepare(self, avail_width: float) -> _Rows:
        if self._prepared is not None and self._prepared_width == avail_width:
            return self._prepared
        widths = self._widths(avail_width)
        self.header_lines = self._header_lines(widths)
        self.header_height = self._height(self.header_lines) if self.header else 0.0
        max_lines = max(1, int((self.max_height - self.header_height - 2 * self.PAD_Y) // self.leading) - 1)
        lines: list[tuple[tuple[str, ...], ...]] = []
        heights: list[float] = []
        for row in self.rows:
            cells = tuple(self._cell(text, col, w) for text, col, w in zip(row, self.columns, widths, strict=False))
            tallest = max((len(c) for c in cells), default=0)
            if tallest <= max_lines:
                lines.append(cells)
                heights.append(self._height(cells))
                continue
            for start in range(0, tallest, max_lines):  # a row taller than a page continues below
                piece = tuple(c[start : start + max_lines] for c in cells)
                lines.append(piece)
                heights.append(self._height(piece))
        self._prepared, self._prepared_width = _Rows(lines, heights), avail_width
        self._slice = (0, len(lines))
        return self._prepared

    def _height(self, cells: tuple[tuple[str, ...], ...]) -> float:
        return max(1, max((len(c) for c in cells), default=1)) * self.leading + 2 * self.PAD_Y

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        prepared = self._prepare(avail_width)
        start, end = self._slice
        self.width = avail_width
        self.height = self.header_height + sum(prepared.heights[start:end])
        return avail_width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        prepared = self._prepare(avail_width)
        start, end = self._slice
        room = avail_height - self.header_height
        cut = start
        while cut < end and room >= prepared.heights[cut]:
            room -= prepared.heights[cut]
            cut += 1
        if cut == start:
            return []  # not even one row fits here: the frame moves on to the next page
        if cut == end:
            return [self]
        return [self._piece(start, cut), self._piece(cut, end)]

    def _piece(self, start: int, end: int) -> DataTable:
        piece = DataTable(
            self.columns,
            self.rows,
            rtl=self.rtl,
            max_height=self.max_height,
            size=self.size,
            header=self.header,
            zebra=self.zebra,
            space_after=self.spaceAfter if end == self._slice[1] else 0,
            auto_widths=self.auto_widths,
        )
        piece._column_widths = self._column_widths
        piece._prepared, piece._prepared_width = self._prepared, self._prepared_width
        piece.header_lines, piece.header_height = self.header_lines, self.header_height
        piece._slice = (start, end)
        piece._first_index = start
        return piece

    # ---- drawing ------------------------------------------------------------------------------------
    def draw(self) -> None:
        prepared = self._prepared
        assert prepared is not None
        canvas = self.canv
        widths = self._widths(self.width)
        lefts: list[float] = []
        x = 0.0
        for w in widths:  # x of each column's left edge; columns run right to left in RTL reports
            lefts.append(self.width - x - w if self.rtl else x)
            x += w
        start, end = self._slice
        # Backgrounds and rules first, then all the text of the piece in one text object: a drawString
        # per line costs a text object, a font selection and a width measurement each, which was most
        # of the time of a 10,000-row table.
        top = self.height
        rows: list[tuple[tuple[tuple[str, ...], ...], float, bool]] = []
        if self.header:
            canvas.setFillColor(HEADER_FILL)
            canvas.rect(0, top - self.header_height, self.width, self.header_height, stroke=0, fill=1)
            rows.append((self.header_lines, top, True))
            top -= self.header_height
        rules = [top]
        canvas.setFillColor(ZEBRA)
        for index in range(start, end):
            height = prepared.heights[index]
            if self.zebra and index % 2 == 1:
                canvas.rect(0, top - height, self.width, height, stroke=0, fill=1)
            rows.append((prepared.lines[index], top, False))
            top -= height
            rules.append(top)
        canvas.setLineWidth(0.4)
        canvas.setStrokeColor(RULE)
        path = canvas.beginPath()
        for y in rules[1:]:
            path.moveTo(0, y)
            path.lineTo(self.width, y)
        canvas.drawPath(path, stroke=1, fill=0)
        if self.header:
            canvas.setStrokeColor(MUTED)
            canvas.line(0, rules[0], self.width, rules[0])
        text = canvas.beginText()
        text.setFillColor(INK)
        for cells, row_top, bold in rows:
            self._draw_row(text, cells, row_top, lefts, widths, bold)
        canvas.drawText(text)

    def _draw_row(
        self,
        text: PDFTextObject,
        cells: tuple[tuple[str, ...], ...],
        top: float,
        lefts: list[float],
        widths: list[float],
        bold: bool,
    ) -> None:
        for lines, column, left, w in zip(cells, self.columns, lefts, widths, strict=False):
            if not lines:
                continue
            font = BOLD if bold or column.bold else REGULAR
            if font != text._fontname or text._fontsize != self.size:
                text.setFont(font, self.size)
            right_aligned = self.rtl or column.numeric
            y = top - self.PAD_Y - self.leading + (self.leading - self.size) * 0.55
            for line in lines:
                x = left + w - self.PAD_X - line_width(line, font, self.size) if right_aligned else left + self.PAD_X
                _show(text, x, y, line)
                y -= self.leading


def _show(text: PDFTextObject, x: float, y: float, line: str) -> None:
    """``setTextOrigin`` + ``textOut`` without what they add per call: ReportLab's pure-Python number
    formatting and a width measurement to advance a cursor we never use (ReportLab < 6: ``_formatText``
    and ``_code`` are its text object's own encoding step and buffer)."""
    text._code.append(f"1 0 0 1 {x:.3f} {y:.3f} Tm {text._formatText(line)}")


def bar_chart(
    items: Sequence[tuple[str, float, str]], *, avail_width: float, rtl: bool, bar_height: float = 13, size: float = 8
) -> Drawing:
    """Horizontal bars: (label, value, value as printed). Labels sit on the reading side (right in RTL)
    and bars grow away from them, so the chart reads like the table next to it."""
    label_width = avail_width * 0.3
    gap = 6.0
    value_room = 60.0
    bars_width = max(20.0, avail_width - label_width - gap - value_room)
    top_pad = 4.0
    height = top_pad * 2 + len(items) * (bar_height + 4)
    drawing = Drawing(avail_width, height)
    largest = max((value for _, value, _ in items), default=0) or 1
    base: Direction = "R" if rtl else "L"
    y = height - top_pad - bar_height
    for label, value, shown in items:
        text = fit_line(label, label_width, REGULAR, size, base if rtl else None)
        length = bars_width * value / largest
        baseline = y + (bar_height - size) / 2 + 1
        number = fit_line(shown, value_room - 4, REGULAR, size)
        if rtl:
            edge = avail_width - label_width - gap  # bars start here and grow to the left
            drawing.add(String(avail_width, baseline, text, fontName=REGULAR, fontSize=size, textAnchor="end"))
            drawing.add(Rect(edge - length, y, length, bar_height, fillColor=BAR, strokeColor=None))
            drawing.add(String(edge - length - 4, baseline, number, fontName=REGULAR, fontSize=size, textAnchor="end"))
        else:
            edge = label_width + gap
            drawing.add(String(0, baseline, text, fontName=REGULAR, fontSize=size, textAnchor="start"))
            drawing.add(Rect(edge, y, length, bar_height, fillColor=BAR, strokeColor=None))
            drawing.add(String(edge + length + 4, baseline, number, fontName=REGULAR, fontSize=size))
        y -= bar_height + 4
    return drawing
