"""The preview beside the Documents list: a scaled image, the first page of a PDF, the first lines of a
text file, or the file type's icon; always the details (name, type, size, who added it, when).

Files come from other people (e-mail attachments), so decoding is guarded: an image's header is read
first and a picture of more than MAX_PIXELS is never decoded (a "decompression bomb" PNG of a few KB can
claim gigabytes); the decoder also runs under a Qt allocation limit, and scales while decoding.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMimeDatabase, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QImageReader, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QStackedWidget, QStyle, QVBoxLayout, QWidget

from crm_desktop.services.document_list import DocumentRow, shown_name

from ..dates import format_datetime
from .model import KIND_LABELS, file_kind, size_text

PREVIEW_BYTES = 30 * 1024 * 1024  # larger files show their details only
MAX_PIXELS = 40_000_000  # 40 megapixels: a big camera photo; a bomb claims far more
ALLOCATION_MB = 256  # what Qt may allocate for one decoded image
TEXT_BYTES = 16 * 1024
TEXT_LINES = 60
BOX = QSize(360, 440)


def read_image(data: bytes, box: QSize = BOX) -> QImage | None:
    """``data`` decoded and scaled to fit ``box``; None for a broken image or one too large to decode."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if not size.isValid() or size.width() * size.height() > MAX_PIXELS:
        return None
    if size.width() > box.width() or size.height() > box.height():
        reader.setScaledSize(size.scaled(box, Qt.AspectRatioMode.KeepAspectRatio))
    previous = QImageReader.allocationLimit()
    QImageReader.setAllocationLimit(ALLOCATION_MB)
    try:
        image = reader.read()
    finally:
        QImageReader.setAllocationLimit(previous)
    return None if image.isNull() else image


def pdf_first_page(data: bytes, box: QSize = BOX) -> QImage | None:
    """The first page of a PDF rendered to fit ``box``; None when Qt cannot read the file."""
    from PySide6.QtPdf import QPdfDocument  # the module loads PDFium: only when a PDF is shown

    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        return None
    page = document.pagePointSize(0).toSize()
    if page.isEmpty():
        return None
    rendered = document.render(0, page.scaled(box, Qt.AspectRatioMode.KeepAspectRatio))
    document.close()
    if rendered.isNull():
        return None
    paper = QImage(rendered.size(), QImage.Format.Format_RGB32)  # PDFium leaves the page transparent
    paper.fill(Qt.GlobalColor.white)
    painter = QPainter(paper)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return paper


def first_lines(data: bytes) -> str:
    """The start of a text file: UTF-8, else Windows-1256 (older Arabic/Persian files), cut to whole lines."""
    head = data[:TEXT_BYTES]
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A cut in the middle of a character at the end is not an encoding problem.
        text = head[: exc.start].decode("utf-8") if exc.start > len(head) - 4 else head.decode("cp1256", "replace")
    lines = text.splitlines()[:TEXT_LINES]
    return "\n".join("".join(ch for ch in line if ch == "\t" or ch.isprintable()) for line in lines)


class PreviewPane(QWidget):
    """Shows one document; ``show_row`` first (details), then ``show_content`` when the bytes arrive."""

    def __init__(self, settings: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.mode = "empty"  # empty, image, pdf, text, icon (tests read it)
        self.name = QLabel()
        self.name.setWordWrap(True)
        self.name.setStyleSheet("font-weight: 600;")
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumSize(200, 200)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.picture)
        self.stack.addWidget(self.text)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.details)
        self.row: DocumentRow | None = None
        self.clear()

    def clear(self) -> None:
        self.row, self.mode = None, "empty"
        self.name.setText(self.tr("Choose a document to preview it."))
        self.picture.clear()
        self.stack.setCurrentWidget(self.picture)
        self.details.clear()

    def show_row(self, row: DocumentRow) -> None:
        self.row = row
        self.name.setText(shown_name(row.title))
        kind = QCoreApplication.translate("DocumentsModel", KIND_LABELS[file_kind(row.mime_type)])
        lines = [
            self.tr("File: {0}").format(shown_name(row.file_name)),
            self.tr("Type: {0}").format(kind),
            self.tr("Size: {0}").format(size_text(row.size, self.settings)),
            self.tr("Added: {0}").format(format_datetime(row.created_at, self.settings)),
        ]
        if row.added_by:
            lines.append(self.tr("Added by: {0}").format(shown_name(row.added_by)))
        self.details.setText("\n".join(lines))
        self._show_icon()
        if row.size > PREVIEW_BYTES:
            self.picture.setToolTip(self.tr("Too large to preview; open it to see it."))

    def show_content(self, document_id: int, data: bytes | None) -> None:
        """The bytes of the document shown (None: too large to preview); anything else shows the icon."""
        if self.row is None or self.row.id != document_id or data is None:
            return
        kind = file_kind(self.row.mime_type)
        box = self._box()
        if kind == "image":
            image = read_image(data, box)
            if image is not None:
                self._show_image(image, "image")
                return
            self.picture.setToolTip(self.tr("This image cannot be previewed (damaged or too large)."))
        elif kind == "pdf":
            image = pdf_first_page(data, box)
            if image is not None:
                self._show_image(image, "pdf")
                return
        elif self.row.mime_type.startswith("text/") or kind == "text":
            self.text.setPlainText(first_lines(data))
            self.stack.setCurrentWidget(self.text)
            self.mode = "text"

    def _box(self) -> QSize:
        size = self.stack.size()
        if size.width() < 100 or size.height() < 100:
            return BOX
        return size.boundedTo(QSize(1600, 1600))

    def _show_image(self, image: QImage, mode: str) -> None:
        self.picture.setPixmap(QPixmap.fromImage(image))
        self.picture.setToolTip("")
        self.stack.setCurrentWidget(self.picture)
        self.mode = mode

    def _show_icon(self) -> None:
        mime = QMimeDatabase().mimeTypeForName(self.row.mime_type if self.row else "")
        fallback = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        icon = QIcon.fromTheme(mime.iconName(), QIcon.fromTheme(mime.genericIconName(), fallback))
        self.picture.setPixmap(icon.pixmap(96, 96))
        self.picture.setToolTip("")
        self.stack.setCurrentWidget(self.picture)
        self.mode = "icon"
