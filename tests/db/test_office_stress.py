"""The small-office proof with smaller sizes (bench/office_stress.py runs the full 5 x 500)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.office_damage import run_damage
from bench.office_stress import prepare, run_kill_import, run_refresh_delay, run_stress


@pytest.fixture
def target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "office.sqlite3")
    return request.getfixturevalue("pg_schema_url")


@pytest.mark.slow
@pytest.mark.parametrize("target", ["sqlite", "postgres"], indirect=True)
def test_mixed_edits_from_five_processes_lose_nothing(target: str) -> None:
    result = run_stress(target, processes=5, edits=60, timeout=300)
    assert result.errors == []
    assert result.lost_updates == []
    assert result.busy == 0
    assert result.integrity == "ok"
    assert result.accepted + result.conflicts == 5 * 60
    assert result.conflicts > 0  # the hot records really were contended


@pytest.mark.slow
@pytest.mark.parametrize("target", ["sqlite", "postgres"], indirect=True)
def test_a_writer_killed_mid_import_leaves_nothing_half_done(target: str) -> None:
    prepare(target)
    outcome = run_kill_import(target, rows=200_000)
    assert outcome["rows_written_before_kill"] > 0 and not outcome["finished_before_kill"]
    assert outcome["import_absent"], outcome
    assert outcome["integrity"] == "ok"


def test_a_damaged_file_is_detected_and_restored_from_the_newest_backup(tmp_path: Path) -> None:
    outcome = run_damage(str(tmp_path / "office.sqlite3"))
    assert outcome["detected"], outcome
    assert outcome["backup_was_newest"] and outcome["damaged_copy_kept"]
    assert outcome["contacts_after_restore"] == outcome["contacts_at_backup"]
    assert outcome["sound_after_restore"]


@pytest.mark.slow
@pytest.mark.parametrize("target", ["sqlite", "postgres"], indirect=True)
def test_another_process_sees_a_commit_within_two_seconds(target: str) -> None:
    prepare(target)
    outcome = run_refresh_delay(target, samples=4, interval=1.0, gap=0.6)
    assert outcome["samples"] >= 2
    assert outcome["max_s"] < 2.0
