"""``crm-desktop report NAME --out FILE.pdf``: JSON for scripts, exit code 2 and a message for mistakes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crm_desktop.cli import main

from .conftest import Office, needs_poppler, pdf_text


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@needs_poppler
def test_report_json(office: Office, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "dir.pdf"
    code, stdout, _ = _run(
        capsys,
        "report",
        "directory",
        "--db",
        str(office.path),
        "--out",
        str(out),
        "--lang",
        "fa",
        "--owner",
        "sara",
        "--json",
    )
    assert code == 0
    result = json.loads(stdout)
    assert result["report"] == "directory" and result["rows"] == 2 and result["pages"] == 1
    assert result["lang"] == "fa" and result["calendar"] == "jalali"  # Persian defaults to the Persian calendar
    assert "مریم کاظمی" in pdf_text(out)


@needs_poppler
def test_report_with_dates_in_the_chosen_calendar(
    office: Office, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "a.pdf"
    args = ["report", "activities", "--db", str(office.path), "--out", str(out), "--lang", "ar", "--calendar", "hijri"]
    code, stdout, _ = _run(capsys, *args, "--from", "١٤٤٥/٠٨/٢٩", "--to", "1445/09/05", "--tz", "Asia/Tehran")
    assert code == 0 and "7 rows" in stdout


def test_report_errors_exit_2(office: Office, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["--db", str(office.path)]
    code, _, err = _run(capsys, "report", "tasks", *base, "--out", str(tmp_path / "no" / "t.pdf"))
    assert code == 2 and "does not exist" in err and "Traceback" not in err
    code, _, err = _run(capsys, "report", "tasks", *base, "--out", str(tmp_path / "t.pdf"), "--tag", "x")
    assert code == 2 and "has no filter tag" in err
    code, _, err = _run(capsys, "report", "tasks", *base, "--out", str(tmp_path / "t.pdf"), "--owner", "nobody")
    assert code == 2 and "no user with login 'nobody'" in err
    logo = tmp_path / "logo.jpg"
    logo.write_bytes(b"GIF89a not really")
    code, _, err = _run(capsys, "report", "tasks", *base, "--out", str(tmp_path / "t.pdf"), "--logo", str(logo))
    assert code == 2 and "not an image" in err
    assert not (tmp_path / "t.pdf").exists()
