"""The reading pane: headers, the body shown safely, attachments.

HTML mail comes from strangers. QTextBrowser runs no scripts; on top of that ``SafeBrowser.loadResource``
refuses every resource that is not part of the message itself: no http(s) image (tracking pixels tell the
sender when and where a message was read), no file: path, nothing relative. ``cid:`` images come from the
message's own parts. Only after the user clicks "Load remote images for this message" are that message's
remote images downloaded (off the GUI thread, size-capped) and put into the document.
"""

from __future__ import annotations

import re
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.mail_box import MailView
from crm_desktop.services.outbox import is_rtl
from crm_desktop.text.bidi import isolate, ltr

from ..dates import format_count, format_datetime
from ..ops import run_op

MAX_REMOTE_IMAGE = 5 * 1024 * 1024
MAX_REMOTE_IMAGES = 50
REMOTE_TIMEOUT = 10.0
_IMG_SRC = re.compile(r"""<img\b[^>]*?\bsrc\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)


def remote_image_urls(html: str) -> list[str]:
    """The http(s) images an HTML body would load (what the user is asked about), once each."""
    found = (u for u in _IMG_SRC.findall(html or "") if u.lower().startswith(("http://", "https://")))
    return list(dict.fromkeys(found))[:MAX_REMOTE_IMAGES]


def download_images(urls: list[str]) -> dict[str, bytes]:
    """Worker thread: fetch each image (capped in size and time); failures are simply left out."""
    images: dict[str, bytes] = {}
    for url in urls:
        try:
            request = urllib.request.Request(url, headers={"User-Agent": "Mozilla/5.0"})
            with urllib.request.urlopen(request, timeout=REMOTE_TIMEOUT) as response:
                data = response.read(MAX_REMOTE_IMAGE + 1)
            if len(data) <= MAX_REMOTE_IMAGE:
                images[url] = data
        except (OSError, ValueError):
            continue
    return images


class SafeBrowser(QTextBrowser):
    """A QTextBrowser that never loads anything from outside the message unless allowed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)  # a click is handled by us: http(s)/mailto go to the system, nothing loads here
        self.setOpenExternalLinks(False)
        self.inline: dict[str, bytes] = {}  # content id (no <>) -> bytes
        self.remote: dict[str, bytes] = {}  # url -> bytes, filled only after the user allowed it
        self.refused: list[str] = []  # every URL asked for and refused (tests, and the "blocked" note)
        self.anchorClicked.connect(self._open_link)

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        link = QUrl(url) if isinstance(url, str) else url
        scheme = link.scheme().lower()
        if scheme == "cid":
            data = self.inline.get(link.path().strip("<>")) or self.inline.get(link.toString()[4:].strip("<>"))
            return QByteArray(data) if data is not None else None
        if scheme == "data":
            return super().loadResource(kind, link)
        text = link.toString()
        if text in self.remote:
            image = QImage()
            image.loadFromData(self.remote[text])
            return image
        self.refused.append(text)
        return None  # http(s), file:, ftp:, relative paths: never fetched or read

    def _open_link(self, url: QUrl) -> None:
        if url.scheme().lower() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)


class MessageViewer(QWidget):
    """Headers, body (HTML safely or plain text), attachments; emits nothing, the page owns the actions."""

    def __init__(
        self, save_attachment: Callable[[int], bytes], parent: QWidget | None = None, display: Any = None
    ) -> None:
        super().__init__(parent)
        self.display = display  # the workspace: dates in the user's calendar and digits
        self.save_attachment_data = save_attachment
        self.message: MailView | None = None
        self.subject = QLabel()
        self.subject.setObjectName("mailSubject")
        self.subject.setWordWrap(True)
        font = self.subject.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.subject.setFont(font)
        self.headers = QFormLayout()
        self.header_labels: dict[str, QLabel] = {}
        for key, title in (
            ("from", self.tr("From:")), ("to", self.tr("To:")), ("cc", self.tr("Cc:")), ("date", self.tr("Date:")),
            ("status", self.tr("Status:")),
        ):  # fmt: skip
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.header_labels[key] = value
            self.headers.addRow(title, value)
        self.plain = QCheckBox(self.tr("&Plain text"))
        self.plain.toggled.connect(lambda _: self._show_body())
        self.load_remote = QPushButton(self.tr("Load remote images for this message"))
        self.load_remote.setObjectName("loadRemote")
        self.load_remote.clicked.connect(self.allow_remote)
        self.blocked = QLabel()
        self.blocked.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.plain)
        bar.addWidget(self.blocked, 1)
        bar.addWidget(self.load_remote)
        self.body = SafeBrowser()
        self.body.setObjectName("mailBody")
        self.files = QListWidget()
        self.files.setMaximumHeight(90)
        self.files.itemActivated.connect(self._save_item)
        self.save_button = QPushButton(self.tr("&Save attachment…"))
        self.save_button.clicked.connect(lambda: self._save_item(self.files.currentItem()))
        files_row = QHBoxLayout()
        files_row.addWidget(self.files, 1)
        files_row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.subject)
        layout.addLayout(self.headers)
        layout.addLayout(bar)
        layout.addWidget(self.body, 1)
        layout.addLayout(files_row)
        self.show_message(None)

    def show_message(self, message: MailView | None, inline: dict[str, bytes] | None = None) -> None:
        self.message = message
        self.body.inline = dict(inline or {})
        self.body.remote = {}
        self.body.refused = []
        self.subject.setText(isolate(message.subject or self.tr("(no subject)")) if message else "")
        values = {"from": "", "to": "", "cc": "", "date": "", "status": ""}
        if message is not None:
            when = format_datetime(message.when, self.display) if message.when else ""
            values = {
                "from": ltr(message.from_address or ""), "to": ltr(message.to_addresses),
                "cc": ltr(message.cc_addresses), "date": when,
                "status": self._status(message),
            }  # fmt: skip
        # Isolated values (addresses, dates) would otherwise align by their own direction, away from the label.
        side = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        self.subject.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
        for key, value in values.items():
            label = self.header_labels[key]
            label.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
            label.setText(value)
            self.headers.setRowVisible(label, bool(value))
        self.files.clear()
        for att in message.attachments if message else ():
            size = self.tr("{0} KB").format(format_count(max(1, att.size // 1024)))
            item = QListWidgetItem(f"{isolate(att.file_name)}  ({size})")
            item.setData(Qt.ItemDataRole.UserRole, att.document_id)
            item.setData(Qt.ItemDataRole.UserRole + 1, att.file_name)
            self.files.addItem(item)
        self.files.setVisible(self.files.count() > 0)
        self.save_button.setVisible(self.files.count() > 0)
        self._show_body()

    def _status(self, message: MailView) -> str:
        if message.state in ("outbox", "sending", "failed"):
            text = self.tr("Waiting in the outbox, %n attempt(s)", "", message.send_attempts)
            if message.last_error:
                text += " — " + self.tr("last error: {0}").format(isolate(message.last_error))
            return text
        return {"draft": self.tr("Draft")}.get(message.state, "")

    def _show_body(self) -> None:
        message = self.message
        html = (message.html_body or "") if message else ""
        remote = remote_image_urls(html)
        if message is None:
            self.body.clear()
        elif self.plain.isChecked() or not html:
            text = message.text_body or _text_of(html)
            self.body.setPlainText(text)
            self.body.document().setDefaultTextOption(self.body.document().defaultTextOption())
        else:
            self.body.setHtml(html)
        rtl = message is not None and is_rtl(message.text_body or _text_of(html))
        self.body.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        option = self.body.document().defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        self.body.document().setDefaultTextOption(option)
        waiting = bool(remote) and not self.body.remote and not self.plain.isChecked()
        self.load_remote.setVisible(waiting)
        self.blocked.setVisible(waiting)
        if waiting:
            self.blocked.setText(self.tr("%n remote image(s) blocked to protect your privacy.", "", len(remote)))

    def allow_remote(self) -> None:
        """The user asked: download this message's remote images (worker thread), then show them."""
        message = self.message
        if message is None:
            return
        urls = remote_image_urls(message.html_body or "")
        self.load_remote.setEnabled(False)

        def done(images: dict[str, bytes]) -> None:
            self.load_remote.setEnabled(True)
            if self.message is not message:
                return  # another message is shown now
            self.body.remote = images or {url: b"" for url in urls}
            self._show_body()

        run_op(self, lambda: download_images(urls), done, busy_text=self.tr("Loading images…"))

    def _save_item(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        document_id = int(item.data(Qt.ItemDataRole.UserRole))
        name = str(item.data(Qt.ItemDataRole.UserRole + 1))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save attachment"), str(Path.home() / name))
        if not path:
            return

        def write() -> str:
            Path(path).write_bytes(self.save_attachment_data(document_id))
            return path

        def failed(exc: Exception) -> None:
            QMessageBox.warning(self, self.tr("Save attachment"), self.tr("Cannot save {0}: {1}").format(path, exc))

        run_op(self, write, lambda _: None, failed)


class _NoResources(QTextDocument):
    """Turns HTML into text without reading any image or style sheet it names (not even a local file)."""

    def loadResource(self, kind: int, url: QUrl) -> Any:
        return None


def _text_of(html: str) -> str:
    document = _NoResources()
    document.setHtml(html)
    return document.toPlainText()
