"""Screenshots of the real main window on a real database, offscreen: for docs and for checking layouts.

The window is built exactly as the app builds it, but with its layout settings in a temporary folder (the
user's remembered geometry and columns are neither used nor changed). Arabic and Persian switch the whole
application to right-to-left, as the app does, and load ``translations/crm_<lang>.qm`` when it exists.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QItemSelectionModel,
    QLocale,
    QMessageLogContext,
    QSettings,
    Qt,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from crm_desktop.config import ENV_HOME, LocalSettings, load_settings, save_settings
from crm_desktop.db.engine import open_database
from crm_desktop.errors import CrmError
from crm_desktop.services.first_run import DEFAULT_CALENDAR
from crm_desktop.services.people import UserService
from crm_desktop.text.calendars import SYSTEMS

from .app import current_workspace
from .language import apply_language, remove_language
from .main_window import MainWindow
from .ops import wait_for_ops
from .pages.list_page import ListPage
from .view_names import VIEWS

LANGS = ("en", "ar", "fa")
# The detail views are their list with the first record selected, so the 360-degree view is filled.
SECTION_FOR_VIEW = {"contact": "contacts", "company": "companies", "settings": "contacts", "forecast": "pipeline"}


@dataclass(frozen=True)
class Screenshot:
    path: Path
    width: int
    height: int
    right_to_left: bool
    navigation: tuple[int, int, int, int]  # x, y, width, height of the section list in the image


def take_screenshot(
    target: str,
    view: str,
    out: str | os.PathLike[str],
    *,
    lang: str = "en",
    width: int = 1280,
    height: int = 800,
    shared: bool = False,
    user: str | None = None,
    query: str = "",
    calendar: str | None = None,
    inspect: Callable[[list[QWidget]], None] | None = None,
) -> Screenshot:
    """Render ``view`` of the database at ``target`` into the PNG ``out``; the database must exist.

    ``query`` is typed into the list's quick filter first (contacts and companies views), e.g. to show
    Persian names in a Persian screenshot. ``calendar`` defaults to the language's usual one (Jalali for
    Persian), not to this computer's setting, so the docs come out the same everywhere. ``inspect`` is
    called with the windows shown (the main window, and the dialog for "settings") before they close:
    tests read the texts on screen with it.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before the first QApplication
    if view not in VIEWS:
        raise CrmError(f"unknown view {view!r}: choose one of {', '.join(VIEWS)}")
    if lang not in LANGS:
        raise CrmError(f"unknown language {lang!r}: choose one of {', '.join(LANGS)}")
    calendar = calendar or DEFAULT_CALENDAR[lang]
    if calendar not in SYSTEMS:
        raise CrmError(f"unknown calendar {calendar!r}: choose one of {', '.join(SYSTEMS)}")
    out_path = Path(out).expanduser().resolve()
    if not out_path.parent.is_dir():
        raise CrmError(f"cannot write {out_path}: the folder {out_path.parent} does not exist")
    if "://" not in target and not Path(target).expanduser().is_file():
        raise CrmError(
            f"{target} does not exist: screenshots need an existing database "
            "(make one with: crm-desktop demo --db PATH)"
        )

    previous_handler = qInstallMessageHandler(_quiet)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    previous_direction, previous_locale, previous_font = app.layoutDirection(), QLocale(), app.font()
    applied = apply_language(app, lang)  # exactly as the app starts: translations, direction, locale, font
    db = None
    try:
        db = open_database(target, shared=shared, create=False)
        if user and UserService(db).by_login(user) is None:
            raise CrmError(f"there is no user with login {user!r}")
        with tempfile.TemporaryDirectory(prefix="crm-shot-") as folder, _computer_settings(folder, lang, calendar):
            settings = QSettings(str(Path(folder) / "window.ini"), QSettings.Format.IniFormat)
            window = MainWindow(current_workspace(db, user, lang=lang, calendar=calendar), settings)
            window.resize(width, height)
            window.show()
            try:
                image = _render(app, window, view, query, inspect)
                nav = window.navigation
                top_left = nav.mapTo(window, nav.rect().topLeft())
                box = (top_left.x(), top_left.y(), nav.width(), nav.height())
                rtl = window.layoutDirection() == Qt.LayoutDirection.RightToLeft
            finally:
                window.close()
                window.deleteLater()
                app.processEvents()
    finally:
        if db is not None:
            db.close()
        remove_language(app, applied)
        app.setLayoutDirection(previous_direction)
        app.setFont(previous_font)
        QLocale.setDefault(previous_locale)
        qInstallMessageHandler(previous_handler)
    if not image.save(str(out_path), "PNG", 0):  # quality 0 = strongest PNG compression
        raise CrmError(f"cannot write {out_path}")
    return Screenshot(out_path, image.width(), image.height(), rtl, box)


def _render(
    app: QApplication,
    window: MainWindow,
    view: str,
    query: str = "",
    inspect: Callable[[list[QWidget]], None] | None = None,
) -> QImage:
    """Show the view, let Qt lay it out, and grab it (with the settings dialog on top for "settings")."""
    page = window.show_section(SECTION_FOR_VIEW.get(view, view))
    if query and isinstance(page, ListPage):
        page.quick_filter.blockSignals(True)  # no debounced second refresh after the grab has started
        page.quick_filter.setText(query)
        page.quick_filter.blockSignals(False)
        page.apply_filters()
    if view in ("dashboard", "pipeline", "forecast", "documents", "calendar"):  # loaded on the database thread
        if view == "forecast":
            page.show_view("forecast")  # type: ignore[attr-defined]
        wait_for_ops(timeout=120)
    _settle(app)
    if view in ("contact", "company") and isinstance(page, ListPage) and page.model.rowCount():
        # Not table.selectRow(0): in a right-to-left layout Qt 6 selects nothing with it (see the report).
        first = page.model.index(0, 0)
        flags = QItemSelectionModel.SelectionFlag
        page.table.selectionModel().setCurrentIndex(first, flags.ClearAndSelect | flags.Rows)
        page.table.setFocus()
        _settle(app)
    image = window.grab().toImage()
    if view != "settings" and inspect is not None:
        inspect([window])
    if view == "settings":
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(window.workspace, window, settings=window.settings)
        dialog.show()
        _settle(app)
        painter = QPainter(image)
        painter.fillRect(image.rect(), QColor(0, 0, 0, 60))  # the window behind a modal dialog
        top_left = window.rect().center() - dialog.rect().center()
        painter.drawImage(top_left, dialog.grab().toImage())
        painter.setPen(window.palette().color(QPalette.ColorRole.Dark))  # the frame a window manager would draw
        painter.drawRect(dialog.rect().translated(top_left).adjusted(-1, -1, 0, 0))
        painter.end()
        if inspect is not None:
            inspect([window, dialog])
        dialog.close()
        dialog.deleteLater()
    return image


@contextmanager
def _computer_settings(folder: str, lang: str, calendar: str) -> Iterator[None]:
    """This computer's settings as a user of ``lang`` and ``calendar`` would have them (the settings
    dialog shows them), in ``folder``: the real settings file and recent-database list stay out of the
    docs and are never changed."""
    real = load_settings()
    previous = os.environ.get(ENV_HOME)
    os.environ[ENV_HOME] = folder
    try:
        save_settings(LocalSettings(language=lang, calendar=calendar, last_user=real.last_user))
        yield
    finally:
        if previous is None:
            os.environ.pop(ENV_HOME, None)
        else:
            os.environ[ENV_HOME] = previous


def _quiet(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """Qt's messages on stderr, without the offscreen platform's note about size hints on every window."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def _settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()
