"""Build the one-folder bundle for this platform: ``python installer/build.py [--no-archive]``.

Runs PyInstaller on installer/rafiq.spec (dist/RafiqCRM/, or dist/RafiqCRM.app on macOS). On Linux it then
adds the desktop integration (a .desktop file, hicolor icons, the AppStream metainfo and a small
``install-desktop-entry.sh``) and packs ``dist/RafiqCRM-linux-x86_64.tar.gz``. Windows: run Inno Setup on
installer/windows/rafiq.iss after this. Prints where the result is and its unpacked size.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
NAME = "RafiqCRM"
APP_ID = "app.rafiq.crm"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

INSTALL_SCRIPT = """#!/bin/sh
# Adds Rafiq CRM to the applications menu of this user (no root needed); run it from the unpacked folder.
# Undo with: ./install-desktop-entry.sh --remove   (your data in ~/.local/share/RafiqCRM is never touched)
set -e
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
if [ "$1" = "--remove" ]; then
    rm -f "$data/applications/APP_ID.desktop" "$data/metainfo/APP_ID.metainfo.xml"
    find "$data/icons/hicolor" -name 'APP_ID.png' -delete 2>/dev/null || true
    echo "Removed the menu entry."; exit 0
fi
mkdir -p "$data/applications" "$data/metainfo"
for dir in "$here"/share/icons/hicolor/*/apps; do
    size=$(basename "$(dirname "$dir")")
    mkdir -p "$data/icons/hicolor/$size/apps"
    cp "$dir/APP_ID.png" "$data/icons/hicolor/$size/apps/"
done
sed "s|^Exec=.*|Exec=\\"$here/NAME\\"|" "$here/share/applications/APP_ID.desktop" > "$data/applications/APP_ID.desktop"
cp "$here/share/metainfo/APP_ID.metainfo.xml" "$data/metainfo/"
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q "$data/icons/hicolor" || true
echo "Rafiq CRM is in your applications menu."
""".replace("APP_ID", APP_ID).replace("NAME", NAME)


def run_pyinstaller() -> Path:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN"]
    command += ["--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller")]
    subprocess.run([*command, str(ROOT / "installer" / "rafiq.spec")], cwd=ROOT, check=True)
    return DIST / (f"{NAME}.app" if sys.platform == "darwin" else NAME)


def add_linux_integration(bundle: Path) -> None:
    share = bundle / "share"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    (share / "metainfo").mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "installer" / "linux" / f"{APP_ID}.desktop", share / "applications")
    shutil.copy(ROOT / "installer" / "linux" / f"{APP_ID}.metainfo.xml", share / "metainfo")
    for size in HICOLOR_SIZES:
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / "resources" / "icons" / f"rafiq-{size}.png", target / f"{APP_ID}.png")
    script = bundle / "install-desktop-entry.sh"
    script.write_text(INSTALL_SCRIPT, encoding="utf-8")
    script.chmod(0o755)


def folder_size(folder: Path) -> int:
    """Bytes of the files under folder, each counted once (symlinks and their targets are not followed)."""
    return sum(os.lstat(os.path.join(d, f)).st_size for d, _, files in os.walk(folder) for f in files)


def linux_archive(bundle: Path) -> Path:
    machine = platform.machine().lower() or "x86_64"
    archive = DIST / f"{NAME}-linux-{machine}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=NAME)
    return archive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-archive", action="store_true", help="Linux: leave out the tar.gz")
    args = parser.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print('error: PyInstaller is missing; install it with: pip install -e ".[installer]"', file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # PyInstaller's Qt hooks start Qt to list plugins
    bundle = run_pyinstaller()
    if sys.platform.startswith("linux"):
        add_linux_integration(bundle)
        if not args.no_archive:
            archive = linux_archive(bundle)
            print(f"archive: {archive} ({archive.stat().st_size / 1e6:.1f} MB)")
    print(f"bundle: {bundle} ({folder_size(bundle) / 1e6:.1f} MB unpacked)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
