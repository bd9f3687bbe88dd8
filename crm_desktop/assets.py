"""Where the bundled fonts live, without Qt, so the PDF report engine and the GUI use the same files.

The fonts sit once in ``resources/fonts/`` at the repository root (with their OFL licence) and are found
relative to this module, which covers the two ways the app runs:

* from a checkout or an editable install (``pip install -e .``): ``crm_desktop/assets.py`` is in the
  repository, so ``parents[1]`` is the repository root;
* from a PyInstaller bundle: the spec adds ``datas=[("resources/fonts", "resources/fonts")]``, and
  PyInstaller sets each module's ``__file__`` inside the bundle folder (``sys._MEIPASS``), so the same
  relative path holds; ``sys._MEIPASS`` is also checked explicitly.

Fonts are deliberately not package data: setuptools can only ship files inside a package directory, so it
would mean a second copy of the fonts under ``crm_desktop/``. A plain ``pip install .`` wheel therefore has
no fonts; ``fonts_dir`` then raises FileNotFoundError and the GUI keeps the system font.
"""

from __future__ import annotations

import sys
from pathlib import Path

FONT_FAMILY = "Vazirmatn"
FONT_FILES = {False: "Vazirmatn-Regular.ttf", True: "Vazirmatn-Bold.ttf"}
LICENCE_FILE = "OFL.txt"


def _candidates() -> list[Path]:
    found = [Path(__file__).resolve().parents[1] / "resources" / "fonts"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found.insert(0, Path(bundle) / "resources" / "fonts")
    return found


def fonts_dir() -> Path:
    """The folder holding the bundled TTF files; FileNotFoundError (listing where it looked) if absent."""
    candidates = _candidates()
    for folder in candidates:
        if (folder / FONT_FILES[False]).is_file():
            return folder
    raise FileNotFoundError(f"bundled fonts not found; looked in: {', '.join(map(str, candidates))}")


def font_file(bold: bool = False) -> Path:
    """Path of Vazirmatn Regular or Bold, e.g. for ReportLab's ``TTFont`` and arabic-reshaper's config."""
    path = fonts_dir() / FONT_FILES[bold]
    if not path.is_file():
        raise FileNotFoundError(f"bundled font missing: {path}")
    return path
