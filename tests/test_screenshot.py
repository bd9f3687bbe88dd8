"""``crm-desktop screenshot`` on a small demo database: size, real content, right-to-left mirroring."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from crm_desktop.cli import main
from crm_desktop.db.engine import open_database
from crm_desktop.services.demo import fill_demo
from crm_desktop.services.maintenance import ensure_basics
from crm_desktop.ui.screenshot import take_screenshot


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("shots") / "demo.sqlite3"
    db = open_database(path)
    try:
        ensure_basics(db)
        fill_demo(db, contacts=40)
    finally:
        db.close()
    return str(path)


def colours(image: QImage, step: int = 7) -> int:
    """How many different colours a sample of the pixels has (a blank image has one or two)."""
    return len({image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)})


def shoot(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, object] | None, str]:
    code = main(["screenshot", *args, "--json"])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if code == 0 else None), err


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_png_has_the_size_and_real_content(
    qapp: QApplication, demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    out = tmp_path / f"contact-{lang}.png"
    code, data, err = shoot(
        capsys, "--db", demo_db, "--view", "contact", "--lang", lang, "--out", str(out), "--width", "1024"
    )
    assert code == 0, err
    assert data == {"out": str(out), "view": "contact", "lang": lang, "width": 1024, "height": 800}
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 800)
    assert colours(image) > 20
    assert out.stat().st_size < 300_000
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight  # the app is left as it was


def test_persian_is_mirrored(qapp: QApplication, demo_db: str, tmp_path: Path) -> None:
    en = take_screenshot(demo_db, "contacts", tmp_path / "en.png", lang="en")
    fa = take_screenshot(demo_db, "contacts", tmp_path / "fa.png", lang="fa")
    assert not en.right_to_left and fa.right_to_left
    x, _, width, _ = en.navigation
    assert x + width <= en.width // 2  # the section list on the left …
    x, _, width, _ = fa.navigation
    assert x >= fa.width // 2  # … and on the right in Persian
    # The images say the same: the list's white column is where the geometry says it is.
    en_img, fa_img = QImage(str(en.path)), QImage(str(fa.path))
    assert en_img.pixelColor(40, 400) == fa_img.pixelColor(fa.width - 41, 400)


@pytest.mark.parametrize("view", ["companies", "company", "dashboard", "tasks", "trash", "settings"])
def test_every_view_renders(qapp: QApplication, demo_db: str, tmp_path: Path, view: str) -> None:
    shot = take_screenshot(demo_db, view, tmp_path / f"{view}.png", width=900, height=600)
    assert (shot.width, shot.height) == (900, 600) and colours(QImage(str(shot.path))) > 10


def test_missing_database_is_refused_not_created(
    qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nothing.sqlite3"
    code, _, err = shoot(capsys, "--db", str(missing), "--out", str(tmp_path / "x.png"))
    assert code == 2 and "does not exist" in err and "crm-desktop demo" in err
    assert not missing.exists()


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--width", "10"], "--width: must be between"),
        (["--out", "shot.jpg"], "--out: must be a .png"),
        (["--out", "/no/such/folder/x.png"], "does not exist"),
        (["--user", "nobody"], "no user with login 'nobody'"),
    ],
)
def test_bad_options_give_messages(
    qapp: QApplication, demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], words: str
) -> None:
    options = {"--out": str(tmp_path / "x.png")}
    for name, value in zip(args[::2], args[1::2], strict=True):
        options[name] = value
    code, _, err = shoot(capsys, "--db", demo_db, *[part for pair in options.items() for part in pair])
    assert code == 2 and words in err
