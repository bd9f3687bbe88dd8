"""Pipelines, stages, opportunities (with their stage history) and exchange rates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_desktop.db.models import (
    FORECAST_CATEGORIES,
    Activity,
    Appointment,
    Document,
    EmailMessage,
    ExchangeRate,
    Opportunity,
    Pipeline,
    Stage,
    StageChange,
    utcnow,
)
from crm_desktop.errors import NotFoundError, ValidationError
from crm_desktop.text.money import currencies

from . import stage_reach
from .contact_points import resolve_tags
from .crud import CrudService
from .dto import OpportunityDTO, PipelineDTO, StageChangeDTO, StageDTO
from .settings import get_setting, put_setting
from .timeline import TimelineItem
from .validation import FieldErrors

MAX_AMOUNT_MINOR = 10**15  # a billion billion-rial deal still fits; a typo with six extra zeros does not
MAX_DATE_YEARS = 30
MAX_DATE_DISTANCE_DAYS = MAX_DATE_YEARS * 366
# (name, probability %, won, lost): a pipeline a small business recognises without setting anything up.
DEFAULT_STAGES = (
    ("Lead", 10, False, False),
    ("Qualified", 25, False, False),
    ("Proposal", 50, False, False),
    ("Negotiation", 75, False, False),
    ("Won", 100, True, False),
    ("Lost", 0, False, True),
)


class PipelineService(CrudService[Pipeline, PipelineDTO]):
    model = Pipeline
    dto = PipelineDTO
    entity = "pipeline"
    sort_column = "position"

    def ensure_default(self) -> PipelineDTO:
        """The first pipeline, created with the usual stages if the database has none."""
        existing = self.list(limit=1)
        if existing:
            return existing[0]
        pipeline = self.create({"name": "Sales", "is_default": True})
        stages = StageService(self.db, self.user_id)
        for position, (name, probability, won, lost) in enumerate(DEFAULT_STAGES):
            stages.create(
                {
                    "pipeline_id": pipeline.id,
                    "name": name,
                    "position": position,
                    "probability": probability,
                    "is_won": won,
                    "is_lost": lost,
                }
            )
        return pipeline

    def stages(self, pipeline_id: int) -> list[StageDTO]:
        return StageService(self.db, self.user_id).list(filters={"pipeline_id": pipeline_id}, limit=1000)


class StageService(CrudService[Stage, StageDTO]):
    model = Stage
    dto = StageDTO
    entity = "stage"
    sort_column = "position"

    def _derive(self, session: Session, obj: Stage, errors: FieldErrors) -> None:
        if obj.probability is not None and not 0 <= obj.probability <= 100:
            errors.add("probability", "must be between 0 and 100")
        if obj.is_won and obj.is_lost:
            errors.add("is_lost", "a stage cannot be both won and lost")


class OpportunityService(CrudService[Opportunity, OpportunityDTO]):
    model = Opportunity
    dto = OpportunityDTO
    entity = "opportunity"
    children = ("tags",)
    sort_column = "id"

    def _apply(self, session: Session, obj: Opportunity, values: Any, *, creating: bool) -> None:
        if "reached_stages" in values:  # derived from the stage history, never typed in
            raise ValidationError({"reached_stages": "is managed by the application and cannot be set"})
        session.info["previous_stage"] = None if creating else obj.stage_id
        session.info["probability_given"] = "probability" in values
        super()._apply(session, obj, values, creating=creating)

    def _apply_special(self, session: Session, obj: Opportunity, name: str, value: Any, errors: FieldErrors) -> None:
        if name == "tags":
            tags = resolve_tags(session, value, errors)
            if tags is not None:
                obj.tags = tags
        else:
            super()._apply_special(session, obj, name, value, errors)

    def _derive(self, session: Session, obj: Opportunity, errors: FieldErrors) -> None:
        if obj.pipeline_id is None:
            obj.pipeline_id = session.scalar(select(Pipeline.id).order_by(Pipeline.is_default.desc(), Pipeline.id))
        if obj.stage_id is None and obj.pipeline_id is not None:
            obj.stage_id = session.scalar(
                select(Stage.id).where(Stage.pipeline_id == obj.pipeline_id).order_by(Stage.position, Stage.id)
            )
        stage = session.get(Stage, obj.stage_id) if obj.stage_id else None
        if stage is None:
            errors.add("stage_id", "choose a stage (the database has no pipeline yet)")
            return
        if stage.pipeline_id != obj.pipeline_id:
            errors.add("stage_id", "belongs to another pipeline")
        stage_changed = session.info["previous_stage"] != obj.stage_id
        if stage_changed and not session.info["probability_given"]:
            obj.probability = stage.probability
        if obj.probability is not None and not 0 <= obj.probability <= 100:
            errors.add("probability", "must be between 0 and 100")
        new_status = "won" if stage.is_won else "lost" if stage.is_lost else "open"
        if new_status != obj.status:
            obj.closed_at = None if new_status == "open" else utcnow()
        obj.status = new_status
        if obj.amount_minor is not None and obj.amount_minor < 0:
            errors.add("amount_minor", "must not be negative")
        if obj.amount_minor is not None and obj.amount_minor > MAX_AMOUNT_MINOR:
            errors.add("amount_minor", "is implausibly large (more than 10^15 minor units): check the digits")
        obj.currency = (obj.currency or get_setting(session, "base_currency")).upper()
        if not (len(obj.currency) == 3 and obj.currency.isascii() and obj.currency.isalpha()):
            errors.add("currency", "must be a three-letter ISO 4217 code such as IRR, SAR, EUR")
        elif obj.currency not in currencies():
            errors.add("currency", f"{obj.currency} is not a currency this app knows (e.g. IRR, SAR, EUR, USD)")
        for field in ("expected_close", "next_step_date"):
            day = getattr(obj, field)
            if day is not None and abs((day - date.today()).days) > MAX_DATE_DISTANCE_DAYS:
                errors.add(field, f"{day.isoformat()} is more than {MAX_DATE_YEARS} years away: check the year")
        if obj.forecast_category not in (None, *FORECAST_CATEGORIES):
            errors.add("forecast_category", f"must be one of {', '.join(FORECAST_CATEGORIES)}")

    def _after_save(self, session: Session, obj: Opportunity, creating: bool) -> None:
        previous = session.info.pop("previous_stage", None)
        if creating or previous != obj.stage_id:
            session.add(
                StageChange(
                    opportunity_id=obj.id,
                    from_stage_id=previous,
                    to_stage_id=obj.stage_id,
                    changed_at=utcnow(),
                    changed_by_id=self.user_id,
                    amount_minor=obj.amount_minor,
                    probability=obj.probability,
                )
            )
            session.flush()
            stage_reach.record(session, obj)

    def _extra_dto_fields(self, obj: Opportunity) -> dict[str, Any]:
        return {"tags": tuple(sorted(t.name for t in obj.tags))}

    def move(self, opportunity_id: int, expected_version: int, stage_id: int) -> OpportunityDTO:
        return self.update(opportunity_id, expected_version, {"stage_id": stage_id})

    def history(self, opportunity_id: int) -> list[StageChangeDTO]:
        with self.db.read() as session:
            rows = session.scalars(
                select(StageChange).where(StageChange.opportunity_id == opportunity_id).order_by(StageChange.id)
            )
            return [
                StageChangeDTO(
                    id=r.id,
                    opportunity_id=r.opportunity_id,
                    from_stage_id=r.from_stage_id,
                    to_stage_id=r.to_stage_id,
                    changed_at=r.changed_at,
                    changed_by_id=r.changed_by_id,
                    amount_minor=r.amount_minor,
                    probability=r.probability,
                )
                for r in rows
            ]


def opportunity_timeline(db: Any, opportunity_id: int, limit: int = 500) -> list[TimelineItem]:
    """Activities, appointments, emails and documents linked to one deal, newest first (the deal's own
    timeline; the same TimelineItem shape as a contact's, so ui/widgets/timeline_view.py shows it)."""
    items: list[TimelineItem] = []
    with db.read() as session:
        when = func.coalesce(Activity.occurred_at, Activity.due_at, Activity.created_at)
        for id_, kind, at, subject, outcome, minutes, done in session.execute(
            select(Activity.id, Activity.kind, when, Activity.subject, Activity.outcome, Activity.duration_minutes,
                   Activity.done)
            .where(Activity.opportunity_id == opportunity_id, Activity.deleted_at.is_(None))
            .order_by(when.desc()).limit(limit)
        ):  # fmt: skip
            detail = " · ".join(x for x in (outcome, f"{minutes} min" if minutes else None) if x)
            items.append(TimelineItem(kind, "activities", id_, at, subject, detail, done if kind == "task" else None))
        for id_, at, title, location in session.execute(
            select(Appointment.id, Appointment.starts_at, Appointment.title, Appointment.location)
            .where(Appointment.opportunity_id == opportunity_id, Appointment.deleted_at.is_(None))
            .order_by(Appointment.starts_at.desc()).limit(limit)
        ):  # fmt: skip
            items.append(TimelineItem("appointment", "appointments", id_, at, title, location or ""))
        sent = func.coalesce(EmailMessage.sent_at, EmailMessage.created_at)
        for id_, at, subject, sender, direction in session.execute(
            select(EmailMessage.id, sent, EmailMessage.subject, EmailMessage.from_address, EmailMessage.direction)
            .where(EmailMessage.opportunity_id == opportunity_id, EmailMessage.deleted_at.is_(None))
            .order_by(sent.desc()).limit(limit)
        ):  # fmt: skip
            detail = ("← " if direction == "in" else "→ ") + (sender or "")
            items.append(TimelineItem("email", "email_messages", id_, at, subject or "", detail))
        for id_, at, title, name, size in session.execute(
            select(Document.id, Document.created_at, Document.title, Document.file_name, Document.size)
            .where(Document.opportunity_id == opportunity_id, Document.deleted_at.is_(None))
            .order_by(Document.created_at.desc()).limit(limit)
        ):  # fmt: skip
            items.append(TimelineItem("document", "documents", id_, at, title, f"{name} · {size:,} bytes"))
    items.sort(key=lambda item: item.when, reverse=True)
    return items[:limit]


@dataclass(frozen=True)
class ExchangeRateDTO:
    id: int
    currency: str
    valid_from: date
    rate: Decimal


class ExchangeRateService:
    """Rates entered by the user (offline: no download); a total converts at the rate valid on its date."""

    def __init__(self, db: Any, user_id: int | None = None):
        self.db, self.user_id = db, user_id

    @staticmethod
    def _checked(currency: str, rate: str | Decimal) -> tuple[str, Decimal]:
        try:
            value = Decimal(str(rate))
        except InvalidOperation:
            raise ValidationError({"rate": f"{rate!r} is not a number"}) from None
        if value <= 0 or not value.is_finite():
            raise ValidationError({"rate": "must be a positive number"})
        code = _currency_code(currency)
        if value > 10**12:
            raise ValidationError({"rate": "is implausibly large: units of the currency per one base unit"})
        return code, value

    def set_rate(self, currency: str, valid_from: date, rate: str | Decimal) -> None:
        code, value = self._checked(currency, rate)
        with self.db.write(self.user_id) as session:
            session.add(ExchangeRate(currency=code, valid_from=valid_from, rate=value))

    def list_rates(self) -> list[ExchangeRateDTO]:
        """Every entered rate, by currency and newest date first (the settings table)."""
        with self.db.read() as session:
            rows = session.scalars(
                select(ExchangeRate).order_by(ExchangeRate.currency, ExchangeRate.valid_from.desc(), ExchangeRate.id)
            )
            return [ExchangeRateDTO(r.id, r.currency, r.valid_from, Decimal(str(r.rate))) for r in rows]

    def update_rate(self, rate_id: int, currency: str, valid_from: date, rate: str | Decimal) -> None:
        code, value = self._checked(currency, rate)
        with self.db.write(self.user_id) as session:
            row = session.get(ExchangeRate, rate_id)
            if row is None:
                raise NotFoundError("exchange rate", rate_id)
            row.currency, row.valid_from, row.rate = code, valid_from, value

    def delete_rate(self, rate_id: int) -> None:
        with self.db.write(self.user_id) as session:
            row = session.get(ExchangeRate, rate_id)
            if row is None:
                raise NotFoundError("exchange rate", rate_id)
            session.delete(row)

    def base_currency(self) -> str:
        with self.db.read() as session:
            return str(get_setting(session, "base_currency")).upper()

    def set_base_currency(self, currency: str) -> None:
        """Totals are shown in this currency; the entered rates are read as units per one of it."""
        code = _currency_code(currency)
        with self.db.write(self.user_id) as session:
            put_setting(session, "base_currency", code)

    def rate_on(self, currency: str, day: date) -> Decimal | None:
        """Units of ``currency`` per base unit on ``day`` (1 for the base currency), None if unknown."""
        with self.db.read() as session:
            if currency.upper() == get_setting(session, "base_currency"):
                return Decimal(1)
            return session.scalar(
                select(ExchangeRate.rate)
                .where(ExchangeRate.currency == currency.upper(), ExchangeRate.valid_from <= day)
                .order_by(ExchangeRate.valid_from.desc(), ExchangeRate.id.desc())
                .limit(1)
            )


def _currency_code(currency: str) -> str:
    code = (currency or "").strip().upper()
    if len(code) != 3 or not code.isalpha():
        raise ValidationError({"currency": "must be a three-letter ISO 4217 code"})
    if code not in currencies():
        raise ValidationError({"currency": f"{code} is not a currency this app knows"})
    return code
