"""The app's look: its icon (found in a checkout and in a PyInstaller bundle alike)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon

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
