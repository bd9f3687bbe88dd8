"""The app's palette: light and dark variants, and the icon with every size."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crm_desktop.ui.theme import ICON_SIZES, app_icon, apply_theme, palette_for


def test_dark_palette_is_dark_and_readable() -> None:
    light, dark = palette_for("light"), palette_for("dark")
    assert dark.color(QPalette.ColorRole.Window).lightness() < 60 < light.color(QPalette.ColorRole.Window).lightness()
    for palette in (light, dark):
        text = palette.color(QPalette.ColorRole.Text).lightness()
        base = palette.color(QPalette.ColorRole.Base).lightness()
        assert abs(text - base) > 150  # text stands out from its background in both


def test_apply_theme_sets_the_palette(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before_style, before_palette = app.style().name(), app.palette()
    try:
        assert apply_theme(app, "dark") == "dark"
        assert app.palette().color(QPalette.ColorRole.Window) == palette_for("dark").color(QPalette.ColorRole.Window)
        assert apply_theme(app) in ("light", "dark")  # follows the system (offscreen: usually unknown -> light)
    finally:
        app.setStyle(before_style)
        app.setPalette(before_palette)


def test_icon_has_every_size(qtbot: QtBot) -> None:
    assert [s.width() for s in app_icon().availableSizes()] == list(ICON_SIZES)
