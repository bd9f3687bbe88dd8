"""The installer recipes agree with each other and with the app (names, ids, version, icons, data files)."""

from __future__ import annotations

import configparser
import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from crm_desktop import __version__

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
ICONS = ROOT / "resources" / "icons"
APP_ID = "app.rafiq.crm"
DESKTOP = INSTALLER / "linux" / f"{APP_ID}.desktop"
METAINFO = INSTALLER / "linux" / f"{APP_ID}.metainfo.xml"
SPEC = INSTALLER / "rafiq.spec"
ISS = INSTALLER / "windows" / "rafiq.iss"


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    return struct.unpack(">II", data[16:24])


def _desktop() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_every_icon_size_is_rendered_at_its_size() -> None:
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert _png_size(ICONS / f"rafiq-{size}.png") == (size, size)
    ico = (ICONS / "rafiq.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 6  # an icon directory with 16..256
    widths = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= widths
    assert (ICONS / "rafiq.icns").read_bytes()[:4] == b"icns"


def test_desktop_entry_names_the_bundle_executable_and_icon() -> None:
    entry = _desktop()
    assert entry["Type"] == "Application"
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == "RafiqCRM"
    assert {"Name[ar]", "Name[fa]", "Comment[ar]", "Comment[fa]"} <= set(entry)
    assert "Office" in entry["Categories"].split(";")


def test_metainfo_matches_desktop_entry_and_version() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name
    assert root.find("provides/binary").text == _desktop()["Exec"].split()[0]
    assert __version__ in [r.get("version") for r in root.iter("release")]
    langs = {e.get("{http://www.w3.org/XML/1998/namespace}lang") for e in root.findall("name")}
    assert {"ar", "fa"} <= langs


def test_spec_bundles_the_data_files_the_code_looks_for() -> None:
    spec = SPEC.read_text(encoding="utf-8")
    for target in ("resources/fonts", "resources/icons", "crm_desktop/db/migrations", "crm_desktop/translations"):
        assert f'"{target}"' in spec
    assert 'NAME = "RafiqCRM"' in spec and f'BUNDLE_ID = "{APP_ID}"' in spec
    assert list((ROOT / "translations").glob("crm_*.qm")), "no compiled translations to bundle"
    assert (ROOT / "crm_desktop" / "db" / "migrations" / "env.py").is_file()


def test_inno_setup_script_installs_the_bundle_with_its_languages() -> None:
    iss = ISS.read_text(encoding="utf-8")
    assert '#define AppExe "RafiqCRM.exe"' in iss
    assert re.search(r'Name: "ar"; MessagesFile: "compiler:Languages\\Arabic.isl"', iss)
    assert re.search(r'Name: "fa"; MessagesFile: "compiler:Languages\\Unofficial\\Farsi.isl"', iss)
    for lang in ("en", "ar", "fa"):
        assert f"{lang}.RemoveData=" in iss  # the keep-your-data question in every installer language
    assert "{autodesktop}" in iss and "{group}" in iss
    assert r"Software\Classes\.sqlite3\OpenWithProgids" in iss
    # The database name the association expects is the app's default database file name.
    assert (ROOT / "crm_desktop" / "config.py").read_text(encoding="utf-8").count('"rafiq.sqlite3"') == 1


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli is not installed (apt: appstream)")
def test_metainfo_passes_appstreamcli() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="apt: desktop-file-utils")
def test_desktop_entry_passes_desktop_file_validate() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
