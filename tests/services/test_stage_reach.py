"""Each deal's ``reached_stages`` equals the stages its history entered, after every write path that moves it,
and the forecast's stage conversion read from it equals the one computed from the history itself."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, select

from crm_desktop.db.engine import Database, open_database
from crm_desktop.db.migrate import alembic_config
from crm_desktop.db.models import Opportunity, Stage, StageChange
from crm_desktop.errors import ValidationError
from crm_desktop.io.archive import export_archive
from crm_desktop.io.archive_restore import import_archive
from crm_desktop.services.demo import fill_demo
from crm_desktop.services.forecast import ForecastService
from crm_desktop.services.pipelines import PipelineSettings
from crm_desktop.services.sales import OpportunityService, PipelineService
from crm_desktop.services.stage_reach import parse


def _summaries(db: Database) -> dict[int, set[int]]:
    with db.read() as session:
        return {oid: parse(text) for oid, text in session.execute(select(Opportunity.id, Opportunity.reached_stages))}


def _from_history(db: Database) -> dict[int, set[int]]:
    with db.read() as session:
        result: dict[int, set[int]] = {oid: set() for oid in session.scalars(select(Opportunity.id))}
        for oid, sid in session.execute(select(StageChange.opportunity_id, StageChange.to_stage_id)):
            if sid is not None:
                result[oid].add(sid)
        return result


def _conversions_from_history(db: Database) -> dict[int, tuple[int, int]]:
    """The definition, in Python: per stage the live deals that entered it, and those whose furthest
    non-lost stage lies beyond it."""
    with db.read() as session:
        stages = {s.id: s for s in session.scalars(select(Stage))}
        live = set(session.scalars(select(Opportunity.id).where(Opportunity.deleted_at.is_(None))))
    counts: dict[int, list[int]] = {}
    for oid, entered in _from_history(db).items():
        if oid not in live:
            continue
        furthest = max((stages[s].position for s in entered if not stages[s].is_lost), default=None)
        for sid in entered:
            entry = counts.setdefault(sid, [0, 0])
            entry[0] += 1
            entry[1] += furthest is not None and furthest > stages[sid].position
    return {sid: (r, a) for sid, (r, a) in counts.items()}


def _check(db: Database) -> None:
    assert _summaries(db) == _from_history(db)
    expected = _conversions_from_history(db)
    for c in ForecastService(db).forecast(date(2026, 1, 1), date(2026, 1, 31)).conversions:
        assert (c.reached, c.advanced) == expected.get(c.stage_id, (0, 0)), c.name


def test_every_stage_write_keeps_the_summary(db: Database) -> None:
    pipeline = PipelineService(db).ensure_default()
    st = {s.name: s.id for s in PipelineService(db).stages(pipeline.id)}
    ops = OpportunityService(db)
    a = ops.create({"title": "A", "amount_minor": 100, "currency": "EUR"})
    b = ops.create({"title": "B", "amount_minor": 200, "currency": "EUR", "stage_id": st["Proposal"]})
    c = ops.create({"title": "C", "amount_minor": 300, "currency": "EUR"})
    assert a.version == 1  # the summary is derived data: no second version bump
    _check(db)
    a = ops.move(a.id, a.version, st["Negotiation"])
    a = ops.move(a.id, a.version, st["Qualified"])  # backwards
    a = ops.update(a.id, a.version, {"stage_id": st["Won"], "title": "A2"})
    b = ops.move(b.id, b.version, st["Lost"])
    c = ops.update(c.id, c.version, {"title": "no stage change"})
    _check(db)
    ops.update_many([c.id], {"stage_id": st["Proposal"]})  # bulk edits too
    _check(db)
    # Deleting a stage moves its deals, in bulk SQL.
    PipelineSettings(db).delete_stage(st["Proposal"], move_to=st["Negotiation"])
    _check(db)
    assert st["Negotiation"] in _summaries(db)[c.id]
    ops.delete(b.id, b.version)  # a trashed deal leaves the conversion counts
    _check(db)
    with pytest.raises(ValidationError):
        ops.update(c.id, ops.get(c.id).version, {"reached_stages": "1,2,3"})
    with pytest.raises(ValidationError):
        ops.create({"title": "D", "currency": "EUR", "reached_stages": "1"})


def test_demo_data_and_archive_round_trip(tmp_path: Path) -> None:
    db = open_database(tmp_path / "demo.sqlite3")
    try:
        fill_demo(db, contacts=60, seed=3)
        _check(db)
        before = _summaries(db)
        export_archive(db, tmp_path / "all.zip")
    finally:
        db.close()
    restored = open_database(tmp_path / "restored.sqlite3")
    try:
        import_archive(restored, tmp_path / "all.zip")
        assert _summaries(restored) == before
        _check(restored)
    finally:
        restored.close()


def test_migration_0003_fills_the_summary_from_the_history(db_target: str) -> None:
    db = open_database(db_target)
    try:
        pipeline = PipelineService(db).ensure_default()
        st = {s.name: s.id for s in PipelineService(db).stages(pipeline.id)}
        ops = OpportunityService(db)
        a = ops.create({"title": "A", "currency": "EUR"})
        a = ops.move(a.id, a.version, st["Negotiation"])
        ops.move(a.id, a.version, st["Lost"])
        ops.create({"title": "B", "currency": "EUR", "stage_id": st["Proposal"]})
        expected = _from_history(db)
    finally:
        db.close()
    url = db_target if "://" in db_target else f"sqlite:///{db_target}"
    engine = create_engine(url)  # plain SQLite connection: foreign keys off, as migrate.py runs batches
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0002")
    engine.dispose()
    db = open_database(db_target)  # an older database: upgraded on open
    try:
        assert _summaries(db) == expected and any(len(s) == 3 for s in expected.values())
        _check(db)
    finally:
        db.close()
