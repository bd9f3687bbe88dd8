"""bundle: build the Linux PyInstaller bundle, check it runs, and time its start against the source tree.

Preparing builds ``dist/RafiqCRM-linux-x86_64.tar.gz`` with installer/build.py (a few minutes), unpacks it
into a temporary folder (what a user does), prints the unpacked size (target < 250 MB) with the biggest
contributors, runs ``RafiqCRM --version`` and checks the version. Then the timed sides, on the same demo
database in the same run: product = the unpacked bundle's ``screenshot`` command (process start, open the
database, build the main window, paint it, save the PNG); baseline = the same command from source
(``python -m crm_desktop``). Target (issue 12): bundle <= 1.5x source.
Not part of the test suite (it takes minutes): ``python -m bench bundle``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter
from pathlib import Path

from crm_desktop import __version__

from .harness import Benchmark, Options, Side

ROOT = Path(__file__).resolve().parents[1]
SIZE_TARGET_MB = 250


def _size_report(folder: Path, top: int = 12) -> tuple[int, list[str]]:
    """Total bytes, and the biggest contributors: files/folders two levels below _internal/ (PySide6/Qt, …)."""
    groups: Counter[str] = Counter()
    total = 0
    for directory, _, files in os.walk(folder):
        for name in files:
            path = Path(directory, name)
            size = path.lstat().st_size
            total += size
            parts = path.relative_to(folder).parts
            key = "/".join(parts[:3] if parts[:2] == ("_internal", "PySide6") else parts[:2])
            groups[key] += size
    lines = [f"{size / 1e6:7.1f} MB  {key}" for key, size in groups.most_common(top)]
    return total, lines


def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def benchmark(options: Options) -> Benchmark:
    if not sys.platform.startswith("linux"):
        raise SystemExit("bundle: the Linux bundle is built and timed on Linux only")
    subprocess.run([sys.executable, str(ROOT / "installer" / "build.py")], cwd=ROOT, check=True, env=_env())
    archive = next((ROOT / "dist").glob("RafiqCRM-linux-*.tar.gz"))
    unpacked = Path(tempfile.mkdtemp(prefix="rafiq-bundle-"))
    with tarfile.open(archive) as tar:
        tar.extractall(unpacked, filter="tar")
    exe = unpacked / "RafiqCRM" / "RafiqCRM"
    total, lines = _size_report(exe.parent)
    mb = f"archive {archive.stat().st_size / 1e6:.1f} MB; unpacked {total / 1e6:.1f} MB"
    notes = [f"{mb} (target < {SIZE_TARGET_MB})"]
    notes += ["biggest:", *lines]
    version = subprocess.run([str(exe), "--version"], capture_output=True, text=True, check=True, env=_env())
    if __version__ not in version.stdout:
        raise SystemExit(f"bundle: --version printed {version.stdout!r}, expected {__version__}")
    notes.append(f"--version: {version.stdout.strip()}")
    db = options.out / "bundle-demo.sqlite"
    db.unlink(missing_ok=True)
    source = [sys.executable, "-m", "crm_desktop"]
    demo = [*source, "--db", str(db), "demo", "--contacts", "500"]
    subprocess.run(demo, check=True, env=_env(), cwd=ROOT, stdout=subprocess.DEVNULL)  # no progress lines
    shot = options.out / "bundle-contacts.png"

    def screenshot(command: list[str]) -> None:
        shot.unlink(missing_ok=True)
        subprocess.run([*command, "--db", str(db), "screenshot", "--out", str(shot)], check=True, env=_env())
        if not shot.is_file() or shot.stat().st_size < 10_000:
            raise RuntimeError(f"{' '.join(command)} screenshot wrote no picture")

    for line in notes:
        print(line)
    return Benchmark(
        "bundle",
        "process start to painted main window saved as PNG (screenshot command), 500-contact demo",
        Side("unpacked bundle: RafiqCRM screenshot", lambda _: screenshot([str(exe)])),
        Side("from source: python -m crm_desktop screenshot", lambda _: screenshot(source)),
        repeat=5,
        target_ratio=1.5,
        notes=notes,
    )
