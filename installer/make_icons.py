"""Render resources/icons/rafiq.svg to every icon file the platforms want: ``python installer/make_icons.py``.

Writes ``resources/icons/rafiq-<N>.png`` for the hicolor sizes (16..512), ``rafiq.ico`` (Windows: 16..256 in
one file) and ``rafiq.icns`` (macOS). Qt's SVG renderer draws each size from the vector source (a small
size drawn directly is crisper than a scaled-down 512), Pillow packs the ICO and ICNS. The outputs are
committed, so a build needs neither step; run this after editing the SVG.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SOURCE = ICONS / "rafiq.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_png(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    images: dict[int, Image.Image] = {}
    for size in SIZES:
        png = render_png(size)
        (ICONS / f"rafiq-{size}.png").write_bytes(png)
        images[size] = Image.open(io.BytesIO(png)).convert("RGBA")
    # Pillow's ICO writer scales the one image it gets to each size; give it the 256 and the sizes list.
    images[256].save(ICONS / "rafiq.ico", sizes=[(s, s) for s in ICO_SIZES])
    images[512].save(ICONS / "rafiq.icns")
    print(f"wrote {len(SIZES)} PNGs, rafiq.ico and rafiq.icns in {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
