"""Pipeline and stage settings, and deleting a stage that still holds opportunities."""

from __future__ import annotations

import pytest

from crm_desktop.db.engine import Database
from crm_desktop.errors import CrmError, ValidationError
from crm_desktop.services.pipelines import PipelineSettings
from crm_desktop.services.sales import OpportunityService, PipelineService


def test_create_rename_reorder_and_flags(db: Database) -> None:
    settings = PipelineSettings(db)
    renewals = settings.create_pipeline("  Renewals ")
    assert renewals.name == "Renewals"
    renewals = settings.rename_pipeline(renewals.id, renewals.version, "Renewals 2026")
    stages = PipelineService(db).stages(renewals.id)
    assert [s.name for s in stages][:2] == ["Lead", "Qualified"]
    trial = settings.add_stage(renewals.id, "Trial", 40)
    assert trial.position == len(stages)
    order = [trial.id, *(s.id for s in stages)]
    assert [s.id for s in settings.reorder_stages(renewals.id, order)] == order
    trial = PipelineService(db).stages(renewals.id)[0]
    trial = settings.update_stage(trial.id, trial.version, {"probability": 35, "name": "Free trial"})
    assert (trial.name, trial.probability) == ("Free trial", 35)
    for bad in ({"probability": 101}, {"probability": -1}, {"is_won": True, "is_lost": True}, {"name": " "}):
        with pytest.raises(ValidationError):
            settings.update_stage(trial.id, trial.version, bad)
    with pytest.raises(ValidationError):
        settings.reorder_stages(renewals.id, order[:-1])
    with pytest.raises(ValidationError):
        settings.create_pipeline("x" * 201)


def test_deleting_a_stage_with_deals_is_refused_or_moves_them(db: Database) -> None:
    settings = PipelineSettings(db)
    sales = PipelineService(db).ensure_default()
    other = settings.create_pipeline("Renewals")
    st = {s.name: s for s in PipelineService(db).stages(sales.id)}
    ops = OpportunityService(db)
    deals = [ops.create({"title": f"D{i}", "amount_minor": 100, "currency": "EUR"}) for i in range(3)]
    with pytest.raises(CrmError, match="holds 3 opportunities"):
        settings.delete_stage(st["Lead"].id)
    foreign = PipelineService(db).stages(other.id)[0]
    with pytest.raises(ValidationError, match="same pipeline"):
        settings.delete_stage(st["Lead"].id, move_to=foreign.id)
    assert all(ops.get(d.id).stage_id == st["Lead"].id for d in deals)  # nothing half done
    assert settings.delete_stage(st["Lead"].id, move_to=st["Proposal"].id) == 3
    moved = ops.get(deals[0].id)
    assert (moved.stage_id, moved.probability, moved.version) == (st["Proposal"].id, 50, deals[0].version + 1)
    history = ops.history(moved.id)
    assert [(h.from_stage_id, h.to_stage_id) for h in history][-1] == (st["Lead"].id, st["Proposal"].id)
    assert "Lead" not in [s.name for s in PipelineService(db).stages(sales.id)]
    with pytest.raises(CrmError, match="holds 3"):
        settings.delete_pipeline(sales.id)
    assert settings.delete_stage(st["Negotiation"].id) == 0
