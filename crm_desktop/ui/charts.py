"""Small bar charts painted with QPainter (the project ships PySide6-Essentials, so no QtCharts).

Horizontal bars (a label, the bar, its value) for categories such as stages or users; vertical bars for a
time series such as months. Geometry is computed left to right and mirrored for a right-to-left layout, so
labels stand on the reading side and the first month is on the right in Arabic and Persian. Values arrive
already formatted (digits, currency) by the caller; the chart only measures and paints.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QStyle, QToolTip, QWidget

ROW = 24  # height of one horizontal bar row
PAD = 8


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str  # the value as shown: "EUR 1,250.00", "۱۲"


class BarChart(QWidget):
    """``set_bars`` then paint; ``bar_clicked(index)`` when the user clicks a bar's row or column."""

    bar_clicked = Signal(int)

    def __init__(self, title: str = "", parent: QWidget | None = None, *, vertical: bool = False):
        super().__init__(parent)
        self.title, self.vertical = title, vertical
        self.bars: list[Bar] = []
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def set_bars(self, bars: list[Bar], empty_text: str = "") -> None:
        self.bars, self.empty_text = list(bars), empty_text
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        title = self.fontMetrics().height() + PAD
        if self.vertical:
            return QSize(360, title + 180)
        return QSize(360, title + max(len(self.bars), 1) * ROW + PAD)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    # ---- geometry (left to right; mirrored for RTL in _visual) -----------------------------------------
    def _visual(self, rect: QRect) -> QRect:
        return QStyle.visualRect(self.layoutDirection(), self.rect(), rect)

    def _align(self, flag: Qt.AlignmentFlag) -> Qt.AlignmentFlag:
        if self.layoutDirection() != Qt.LayoutDirection.RightToLeft:
            return flag
        if flag & Qt.AlignmentFlag.AlignLeft:
            return (flag & ~Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignRight  # type: ignore[return-value]
        if flag & Qt.AlignmentFlag.AlignRight:
            return (flag & ~Qt.AlignmentFlag.AlignRight) | Qt.AlignmentFlag.AlignLeft  # type: ignore[return-value]
        return flag

    def bar_rects(self) -> list[QRect]:
        """Each bar's painted rectangle on screen (after mirroring); tests and clicks use these."""
        return [self._visual(r) for r in self._layout()[0]]

    def _layout(self) -> tuple[list[QRect], list[QRect], list[QRect]]:
        """(bars, labels, values) rectangles, left to right."""
        fm = QFontMetrics(self.font())
        top = fm.height() + PAD
        width = self.width()
        peak = max((b.value for b in self.bars), default=0) or 1
        bars, labels, values = [], [], []
        if self.vertical:
            count = max(len(self.bars), 1)
            slot = (width - 2 * PAD) / count
            label_h = fm.height() + 4
            value_h = fm.height() + 2
            plot_h = max(self.height() - top - label_h - value_h - PAD, 10)
            for i, bar in enumerate(self.bars):
                x = int(PAD + i * slot)
                h = int(plot_h * max(bar.value, 0) / peak)
                base = top + value_h + plot_h
                bars.append(QRect(x + int(slot * 0.15), base - h, max(int(slot * 0.7), 2), h))
                values.append(QRect(x, base - h - value_h, int(slot), value_h))
                labels.append(QRect(x, base + 2, int(slot), label_h))
            return bars, labels, values
        label_w = min(max((fm.horizontalAdvance(b.label) for b in self.bars), default=0) + PAD, width // 3)
        value_w = min(max((fm.horizontalAdvance(b.text) for b in self.bars), default=0) + PAD, width // 3)
        plot_w = max(width - label_w - value_w - 2 * PAD, 10)
        for i, bar in enumerate(self.bars):
            y = top + i * ROW
            w = int(plot_w * max(bar.value, 0) / peak)
            labels.append(QRect(PAD, y, label_w - PAD // 2, ROW))
            bars.append(QRect(PAD + label_w, y + 4, max(w, 1 if bar.value else 0), ROW - 8))
            values.append(QRect(PAD + label_w + w + 4, y, value_w, ROW))
        return bars, labels, values

    # ---- painting --------------------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        fm = QFontMetrics(self.font())
        title_font = self.font()
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        title_rect = self._visual(QRect(PAD, 0, self.width() - 2 * PAD, fm.height() + 2))
        painter.drawText(title_rect, int(self._align(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)),
                         self.title)  # fmt: skip
        painter.setFont(self.font())
        if not self.bars:
            rect = QRect(0, fm.height() + PAD, self.width(), self.height() - fm.height() - PAD)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self.empty_text)
            return
        bars, labels, values = self._layout()
        fill = palette.color(QPalette.ColorRole.Highlight)
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        if self.vertical:
            label_align, value_align = Qt.AlignmentFlag.AlignHCenter, Qt.AlignmentFlag.AlignHCenter
        else:
            label_align = self._align(Qt.AlignmentFlag.AlignRight)  # next to its bar
            value_align = self._align(Qt.AlignmentFlag.AlignLeft)
        for bar, b_rect, l_rect, v_rect in zip(self.bars, bars, labels, values, strict=True):
            painter.fillRect(self._visual(b_rect), fill)
            painter.setPen(text_colour)
            label = fm.elidedText(bar.label, Qt.TextElideMode.ElideRight, l_rect.width())
            painter.drawText(self._visual(l_rect), int(label_align | Qt.AlignmentFlag.AlignVCenter), label)
            if self.vertical and fm.horizontalAdvance(bar.text) > v_rect.width():
                continue  # a narrow column: an elided number misleads, the tooltip has it whole
            value = fm.elidedText(bar.text, Qt.TextElideMode.ElideRight, max(v_rect.width(), 1))
            painter.drawText(self._visual(v_rect), int(value_align | Qt.AlignmentFlag.AlignVCenter), value)
        painter.end()

    def bar_at(self, point: QPoint) -> int | None:
        bars, labels, values = self._layout()
        for i, rects in enumerate(zip(bars, labels, values, strict=True)):
            if any(self._visual(r).contains(point) for r in rects):
                return i
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.bar_at(event.position().toPoint())
        if index is not None:
            self.bar_clicked.emit(index)
            return
        super().mousePressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.bar_at(event.pos())
            if index is not None:
                QToolTip.showText(event.globalPos(), f"{self.bars[index].label}: {self.bars[index].text}", self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
