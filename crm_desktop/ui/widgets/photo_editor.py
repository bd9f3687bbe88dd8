"""A contact's photo: choose or clear an image; also the round avatar the record header shows.

The chosen file is decoded here and re-encoded at most ``MAX_SIDE`` pixels a side (a phone's 12-megapixel
picture would otherwise go into the database as is); a file that is not an image gives an inline message and
leaves the photo unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

MAX_SIDE = 512
MAX_FILE_BYTES = 20 * 1024 * 1024  # larger files are not photos of people
AVATAR = 72


def avatar_pixmap(photo: bytes | None, name: str, size: int = AVATAR) -> QPixmap:
    """A round picture: the photo, or the name's first letter on a colour derived from the name."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    path.addEllipse(QRectF(0, 0, size, size))
    painter.setClipPath(path)
    image = QImage.fromData(photo) if photo else QImage()
    if not image.isNull():
        scaled = image.scaled(
            size, size, Qt.AspectRatioMode.KeepAspectRatioByExpanding, Qt.TransformationMode.SmoothTransformation
        )
        painter.drawImage((size - scaled.width()) // 2, (size - scaled.height()) // 2, scaled)
    else:
        painter.fillPath(path, QColor.fromHsv(sum(map(ord, name or "?")) * 37 % 360, 90, 200))
        font = QFont()
        font.setPixelSize(size * 2 // 5)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(Qt.GlobalColor.white)
        initial = next((ch for ch in name if ch.isalnum()), "?")
        painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, initial.upper())
    painter.end()
    return pixmap


def encode_photo(data: bytes) -> bytes | None:
    """The image scaled to ``MAX_SIDE`` (JPEG, or PNG when it has transparency); None if not an image."""
    image = QImage.fromData(data)
    if image.isNull():
        return None
    if max(image.width(), image.height()) > MAX_SIDE:
        image = image.scaled(
            MAX_SIDE, MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    out = QByteArray()
    buffer = QBuffer(out)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG" if image.hasAlphaChannel() else "JPEG", 90)
    buffer.close()
    return bytes(out.data())


class PhotoEditor(QWidget):
    """Form editor (value/set_value/changed): the photo's bytes, or None for no photo."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._photo: bytes | None = None
        self.name = ""
        self.preview = QLabel()
        self.preview.setFixedSize(AVATAR, AVATAR)
        self.choose = QPushButton(self.tr("Choose image…"))
        self.clear = QPushButton(self.tr("Remove"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.hide()
        self.choose.clicked.connect(self._pick)
        self.clear.clicked.connect(lambda: self.set_value(None, announce=True))
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose)
        buttons.addWidget(self.clear)
        buttons.addStretch(1)
        side = QVBoxLayout()
        side.addLayout(buttons)
        side.addWidget(self.error)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview)
        layout.addLayout(side, 1)
        self.setFocusProxy(self.choose)
        self._refresh()

    def value(self) -> bytes | None:
        return self._photo

    def set_value(self, value: bytes | None, *, announce: bool = False) -> None:
        self._photo = value or None
        self.error.hide()
        self._refresh()
        if announce:
            self.changed.emit()

    def text_for(self, value: bytes | None) -> str:
        """How the conflict dialog names a photo (never its bytes)."""
        return self.tr("a photo (%1 KB)").replace("%1", str(len(value) // 1024)) if value else ""

    def load_file(self, path: str) -> bool:
        """Take the image in ``path``; False (with the reason shown under the picture) if it is not one."""
        try:
            with open(path, "rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            return self._refuse(self.tr("Cannot read %1: %2").replace("%1", path).replace("%2", exc.strerror or ""))
        if len(data) > MAX_FILE_BYTES:
            return self._refuse(self.tr("The file is larger than 20 MB; choose a photo."))
        encoded = encode_photo(data)
        if encoded is None:
            return self._refuse(self.tr("This file is not an image that can be read (PNG, JPEG, GIF, BMP, WebP)."))
        self.set_value(encoded, announce=True)
        return True

    def _refuse(self, message: str) -> bool:
        self.error.setText(message)
        self.error.show()
        return False

    def _pick(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a photo"), "", self.tr("Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)")
        )
        if path:
            self.load_file(path)

    def _refresh(self) -> None:
        self.preview.setPixmap(avatar_pixmap(self._photo, self.name))
        self.clear.setEnabled(self._photo is not None)
