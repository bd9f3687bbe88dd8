"""Pipelines, opportunities and their stage history, exchange rates."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from crm_desktop.db.engine import Database
from crm_desktop.errors import ConflictError, ValidationError
from crm_desktop.services.people import CompanyService, UserService
from crm_desktop.services.sales import DEFAULT_STAGES, ExchangeRateService, OpportunityService, PipelineService


@pytest.fixture
def stages(db: Database) -> dict[str, int]:
    pipelines = PipelineService(db)
    pipeline = pipelines.ensure_default()
    assert pipelines.ensure_default().id == pipeline.id  # idempotent
    return {s.name: s.id for s in pipelines.stages(pipeline.id)}


def test_default_pipeline_has_the_usual_stages_in_order(db: Database, stages: dict[str, int]) -> None:
    assert list(stages) == [name for name, *_ in DEFAULT_STAGES]


def test_new_opportunity_starts_in_first_stage_with_its_probability(db: Database, stages: dict[str, int]) -> None:
    company = CompanyService(db).create({"name": "شركة النخبة"})
    opp = OpportunityService(db).create(
        {"title": "توريد أجهزة", "company_id": company.id, "amount_minor": 1_250_000, "currency": "sar"}
    )
    assert opp.stage_id == stages["Lead"] and opp.probability == 10 and opp.status == "open"
    assert opp.currency == "SAR" and opp.amount_minor == 1_250_000


def test_moves_are_recorded_and_won_closes(db: Database, stages: dict[str, int]) -> None:
    user = UserService(db).create({"login": "omar", "display_name": "Omar"})
    service = OpportunityService(db, user.id)
    opp = service.create({"title": "Renewal", "amount_minor": 500_00, "currency": "EUR"})
    opp = service.move(opp.id, opp.version, stages["Proposal"])
    assert opp.probability == 50
    opp = service.update(opp.id, opp.version, {"probability": 65})
    assert opp.probability == 65  # overriding the stage's default is allowed
    opp = service.move(opp.id, opp.version, stages["Won"])
    assert opp.status == "won" and opp.closed_at is not None and opp.probability == 100
    history = service.history(opp.id)
    assert [(h.from_stage_id, h.to_stage_id) for h in history] == [
        (None, stages["Lead"]),
        (stages["Lead"], stages["Proposal"]),
        (stages["Proposal"], stages["Won"]),
    ]
    assert {h.changed_by_id for h in history} == {user.id}
    with pytest.raises(ConflictError):
        service.move(opp.id, 1, stages["Lost"])


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"title": "x", "amount_minor": -5}, "amount_minor"),
        ({"title": "x", "currency": "euro"}, "currency"),
        ({"title": "x", "probability": 140}, "probability"),
        ({"title": "x", "forecast_category": "maybe"}, "forecast_category"),
        ({"title": "", "amount_minor": 1}, "title"),
        ({"title": "x", "amount_minor": 10**30}, "amount_minor"),
        ({"title": "x", "amount_minor": 10**16}, "amount_minor"),
        ({"title": "x", "currency": "XYZ"}, "currency"),
        ({"title": "x", "expected_close": date(1926, 1, 1)}, "expected_close"),
        ({"title": "x", "expected_close": date(2126, 1, 1)}, "expected_close"),
    ],
)
def test_invalid_opportunities(db: Database, stages: dict[str, int], values: dict, field: str) -> None:
    with pytest.raises(ValidationError) as raised:
        OpportunityService(db).create(values)
    assert field in raised.value.errors


def test_exchange_rate_valid_on_a_date(db: Database) -> None:
    rates = ExchangeRateService(db)
    rates.set_rate("IRR", date(2025, 1, 1), "600000")
    rates.set_rate("IRR", date(2026, 1, 1), "1050000.5")
    assert rates.rate_on("irr", date(2025, 6, 1)) == Decimal("600000")
    assert rates.rate_on("IRR", date(2026, 3, 1)) == Decimal("1050000.5")
    assert rates.rate_on("IRR", date(2024, 1, 1)) is None
    assert rates.rate_on("EUR", date(2024, 1, 1)) == 1
    with pytest.raises(ValidationError):
        rates.set_rate("IRR", date(2026, 1, 1), "-3")
    with pytest.raises(ValidationError):
        rates.set_rate("XYZ", date(2026, 1, 1), "3")
