#!/usr/bin/env python3
"""Zero-dependency bootstrap for Rafiq CRM (stdlib only, Python >= 3.11, Linux/macOS/Windows).

    python3 run.py              start the app on the default local database
    python3 run.py ARGS...      run `crm-desktop ARGS...` (e.g. `python3 run.py info --json`)
    python3 run.py test [ARGS]  ruff check, then pytest ARGS (exit code = pytest's; "no tests" fails)

It keeps a virtual environment in `.venv` next to this file and (re)installs the project into it,
editable with the test extras, whenever the venv is new or pyproject.toml changed since the last install.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
HASH_FILE = VENV / ".installed-hash"
WINDOWS = os.name == "nt"
BIN = VENV / ("Scripts" if WINDOWS else "bin")
EXE = ".exe" if WINDOWS else ""
PYTHON = BIN / f"python{EXE}"
NO_TESTS_COLLECTED = 5  # pytest's exit code when it ran nothing


def say(message: str) -> None:
    print(f"run.py: {message}", flush=True)


def fail(message: str, code: int = 1) -> None:
    print(f"run.py: error: {message}", file=sys.stderr, flush=True)
    sys.exit(code)


def pyproject_hash() -> str:
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()


def create_venv() -> None:
    say("Setting up .venv (first run only)…")
    existed = VENV.exists()
    try:
        venv.EnvBuilder(with_pip=True, clear=existed).create(VENV)  # an existing .venv without python is broken
    except (subprocess.CalledProcessError, OSError) as exc:
        if not existed:  # do not leave a half-made venv behind: the next run would trust it
            shutil.rmtree(VENV, ignore_errors=True)
        hint = " On Debian/Ubuntu: sudo apt-get install python3-venv" if sys.platform.startswith("linux") else ""
        fail(f"could not create the virtual environment in {VENV}: {exc}{hint}")


def ensure_installed() -> None:
    """Create the venv if needed and install the project when pyproject.toml changed since last time."""
    if not PYTHON.exists():
        create_venv()
    wanted = pyproject_hash()
    if HASH_FILE.exists() and HASH_FILE.read_text(encoding="ascii").strip() == wanted:
        return
    say('Installing the project into .venv (pip install -e ".[test]")…')
    command = [str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "-e", ".[test]"]
    result = subprocess.run(command, cwd=ROOT, check=False)
    if result.returncode != 0:
        fail(
            f"pip install failed (exit code {result.returncode}); see pip's messages above. "
            "Fix the cause (network? pyproject.toml?) and run this command again: it retries the install.",
            result.returncode or 1,
        )
    HASH_FILE.write_text(wanted + "\n", encoding="ascii")
    say("Installed.")


def run_tests(pytest_args: list[str]) -> int:
    say("ruff check .")
    lint = subprocess.run([str(PYTHON), "-m", "ruff", "check", "."], cwd=ROOT, check=False).returncode
    say(" ".join(["pytest", *pytest_args]))
    code = subprocess.run([str(PYTHON), "-m", "pytest", *pytest_args], cwd=ROOT, check=False).returncode
    if code == NO_TESTS_COLLECTED:
        print("run.py: FAILED: pytest collected no tests (exit code 5); that counts as a failure.", file=sys.stderr)
    elif code != 0:
        print(f"run.py: FAILED: pytest exited with code {code}.", file=sys.stderr)
    if lint != 0:
        print(f"run.py: FAILED: ruff found problems (exit code {lint}).", file=sys.stderr)
        return code or 1
    return code


def run_app(app_args: list[str]) -> int:
    script = BIN / f"crm-desktop{EXE}"
    if not script.exists():
        fail(f"{script} is missing; delete {HASH_FILE} and run this command again to reinstall.")
    if WINDOWS:  # os.exec* on Windows spawns a child and returns at once, losing the exit code and the console
        return subprocess.run([str(script), *app_args], check=False).returncode
    os.execv(script, [str(script), *app_args])
    return 1  # not reached


def main(argv: list[str]) -> int:
    if sys.version_info < (3, 11):  # noqa: UP036 -- run.py is started by whatever python3 the user has
        fail(f"Python 3.11 or newer is needed; this is {sys.version.split()[0]}.")
    ensure_installed()
    if argv and argv[0] == "test":
        return run_tests(argv[1:])
    return run_app(argv)


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except KeyboardInterrupt:
        sys.exit(130)
