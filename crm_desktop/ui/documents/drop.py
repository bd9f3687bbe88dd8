"""Dropping files from the file manager onto a widget: one event filter, so any view (the Documents page,
a contact's or company's 360-degree view) accepts files with a single line and no subclassing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QWidget

FilesHandler = Callable[[list[Path]], None]


def dropped_files(mime: QMimeData | None) -> list[Path]:
    """The local regular files among the dropped URLs (folders, web links and other data are ignored)."""
    if mime is None or not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in paths if path.is_file()]


class FileDropFilter(QObject):
    """Accepts a drag only when it carries at least one local file; hands the files to ``handler``."""

    def __init__(self, target: QWidget, handler: FilesHandler):
        super().__init__(target)
        self.handler = handler

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, (QDragEnterEvent, QDragMoveEvent)):
            if dropped_files(event.mimeData()):
                event.acceptProposedAction()
                return True
            return False
        if isinstance(event, QDropEvent):
            files = dropped_files(event.mimeData())
            if not files:
                return False
            event.acceptProposedAction()
            self.handler(files)
            return True
        return False


def install_file_drop(widget: QWidget, handler: FilesHandler) -> FileDropFilter:
    """Let ``widget`` take files dropped on it (and on its children that do not take drops themselves)."""
    widget.setAcceptDrops(True)
    found = FileDropFilter(widget, handler)
    widget.installEventFilter(found)
    return found
