"""``crm-desktop report calendar --period day|workweek|week|month [--weekend 5,6]`` through main()."""

from __future__ import annotations

import json
from contextlib import nullcontext
from pathlib import Path

import pytest

from crm_desktop.cli import main
from crm_desktop.reports.engine import REPORTS

from .conftest import Office, needs_poppler, pdf_text

pytestmark = needs_poppler


def _report(office: Office, out: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str, str]:
    args = ["report", "calendar", "--db", str(office.path), "--out", str(out), "--tz", "Asia/Tehran", "--json"]
    code = main([*args, "--date", "2024-03-16", *extra])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize(
    ("extra", "rows", "shown", "left_out"),
    [
        # Saturday 16 March: the contract meeting at 10:00 Tehran; the weekly sync is on Mondays from 11 March.
        (("--period", "day"), 1, "اجتماع العقد", "Weekly sync"),
        (("--period", "workweek", "--weekend", "5,6"), 1, "Weekly sync", "اجتماع العقد"),
        (("--period", "week"), 2, "Weekly sync", None),
        (("--period", "month"), 4, "Weekly sync", None),  # syncs on 11, 18, 25 March and the meeting
    ],
)
def test_each_period_prints_its_days(
    office: Office,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: tuple[str, ...],
    rows: int,
    shown: str,
    left_out: str | None,
) -> None:
    out = tmp_path / "calendar.pdf"
    code, stdout, stderr = _report(office, out, capsys, *extra)
    assert code == 0, stderr
    result = json.loads(stdout)
    assert result["report"] == "calendar" and result["rows"] == rows
    text = pdf_text(out)
    assert shown in text
    if left_out is not None:
        assert left_out not in text


def test_a_work_week_with_a_friday_weekend_keeps_saturday(
    office: Office, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "fa.pdf"
    code, stdout, stderr = _report(office, out, capsys, "--period", "workweek", "--weekend", "4")
    assert code == 0, stderr
    assert json.loads(stdout)["rows"] == 2  # Friday off only: Saturday's meeting and Monday's sync are printed


@pytest.mark.parametrize(
    ("report", "extra", "message"),
    [
        ("calendar", ("--period", "workweek", "--weekend", "7"), "weekend must be weekday numbers"),
        ("calendar", ("--period", "workweek", "--weekend", "sat"), "e.g. 5,6"),
        ("agenda", ("--period", "workweek"), "choose day, week or month"),
        ("agenda", ("--weekend", "5,6"), "has no filter weekend"),
        ("calendar", ("--period", "fortnight"), "invalid choice"),
    ],
)
def test_bad_period_or_weekend_is_refused_with_a_message(
    office: Office,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    report: str,
    extra: tuple[str, ...],
    message: str,
) -> None:
    out = tmp_path / "bad.pdf"
    args = ["report", report, "--db", str(office.path), "--out", str(out), "--date", "2024-03-16", *extra]
    with pytest.raises(SystemExit) if "invalid choice" in message else nullcontext():
        code = main(args)
        assert code == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_the_engine_describes_every_period() -> None:
    assert "day, work week, week or month" in REPORTS["calendar"].description
