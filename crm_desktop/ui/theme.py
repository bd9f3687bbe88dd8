"""The app's look: its icon (found in a checkout and in a PyInstaller bundle alike) and its light/dark palette."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def icons_dir() -> Path | None:
    """``resources/icons`` next to the package (checkout/editable install) or in the bundle (sys._MEIPASS)."""
    candidates = [Path(__file__).resolve().parents[2] / "resources" / "icons"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / "resources" / "icons")
    return next((folder for folder in candidates if (folder / "rafiq-32.png").is_file()), None)


def app_icon() -> QIcon:
    """The Rafiq icon with every rendered size (each drawn from the SVG, crisper than scaling); empty if absent."""
    icon = QIcon()
    folder = icons_dir()
    if folder is not None:
        for size in ICON_SIZES:
            path = folder / f"rafiq-{size}.png"
            if path.is_file():
                icon.addFile(str(path))
    return icon


# One palette for the whole app: a teal accent (the icon's), neutral greys, in a light and a dark variant.
ACCENT = "#1f8a8a"
PALETTES = {
    "light": {
        "Window": "#f4f6f7", "WindowText": "#1d2327", "Base": "#ffffff", "AlternateBase": "#eef2f3",
        "Text": "#1d2327", "Button": "#e9edef", "ButtonText": "#1d2327", "ToolTipBase": "#ffffff",
        "ToolTipText": "#1d2327", "PlaceholderText": "#6b7780", "Highlight": ACCENT, "HighlightedText": "#ffffff",
        "Link": "#0f6e78", "Mid": "#c3cbd0", "Dark": "#9aa5ab", "Light": "#ffffff",
    },
    "dark": {
        "Window": "#1e2326", "WindowText": "#e4e9ec", "Base": "#15191b", "AlternateBase": "#20272a",
        "Text": "#e4e9ec", "Button": "#2a3135", "ButtonText": "#e4e9ec", "ToolTipBase": "#2a3135",
        "ToolTipText": "#e4e9ec", "PlaceholderText": "#8a979e", "Highlight": "#2aa3a3", "HighlightedText": "#0b0f10",
        "Link": "#5cc8c8", "Mid": "#3a4348", "Dark": "#101315", "Light": "#3a4348",
    },
}  # fmt: skip


def palette_for(scheme: str) -> QPalette:
    colors = PALETTES[scheme]
    palette = QPalette()
    for role, color in colors.items():
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(color))
    disabled = QColor(colors["PlaceholderText"])
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def system_scheme(app: QGuiApplication) -> str:
    """'dark' when the system says so (Qt 6.5+ style hints), else 'light' (also when it does not know)."""
    return "dark" if app.styleHints().colorScheme() == Qt.ColorScheme.Dark else "light"


def apply_theme(app: QApplication, scheme: str | None = None) -> str:
    """Fusion with our palette (the same look on every platform); follows the system's light/dark switch
    while the app runs unless ``scheme`` fixes one. Returns the scheme applied."""
    app.setStyle("Fusion")
    chosen = scheme or system_scheme(app)
    app.setPalette(palette_for(chosen))
    if scheme is None and not getattr(app, "_rafiq_follows_scheme", False):
        app.styleHints().colorSchemeChanged.connect(lambda _s: app.setPalette(palette_for(system_scheme(app))))
        app._rafiq_follows_scheme = True  # type: ignore[attr-defined]  # connect once per application
    return chosen
