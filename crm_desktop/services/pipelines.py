"""Pipeline and stage settings: create, rename, reorder, default probability, won/lost flags, and deleting a
stage or pipeline without stranding its opportunities (refused unless the user says where they go)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, insert, literal, select, update
from sqlalchemy.orm import Session

from crm_desktop.db.models import Opportunity, Stage, StageChange, utcnow
from crm_desktop.errors import CrmError, NotFoundError, ValidationError

from . import stage_reach
from .dto import PipelineDTO, StageDTO
from .sales import DEFAULT_STAGES, PipelineService, StageService

MAX_NAME = 200


def _name(value: str, field: str = "name") -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError({field: "must not be empty"})
    if len(text) > MAX_NAME:
        raise ValidationError({field: f"is longer than {MAX_NAME} characters"})
    return text


class PipelineSettings:
    def __init__(self, db: Any, user_id: int | None = None):
        self.db, self.user_id = db, user_id
        self.pipelines = PipelineService(db, user_id)
        self.stages = StageService(db, user_id)

    # ---- pipelines -----------------------------------------------------------------------------
    def create_pipeline(self, name: str, *, with_default_stages: bool = True) -> PipelineDTO:
        position = len(self.pipelines.list(limit=1000))
        pipeline = self.pipelines.create({"name": _name(name), "position": position})
        if with_default_stages:
            for i, (stage, probability, won, lost) in enumerate(DEFAULT_STAGES):
                self.stages.create(
                    {"pipeline_id": pipeline.id, "name": stage, "position": i, "probability": probability,
                     "is_won": won, "is_lost": lost}
                )  # fmt: skip
        return pipeline

    def rename_pipeline(self, pipeline_id: int, version: int, name: str) -> PipelineDTO:
        return self.pipelines.update(pipeline_id, version, {"name": _name(name)})

    def delete_pipeline(self, pipeline_id: int) -> None:
        """Refused while the pipeline holds opportunities (move or delete them first)."""
        with self.db.read() as session:
            held = _count(session, Opportunity.pipeline_id == pipeline_id)
        if held:
            raise CrmError(f"this pipeline holds {held} opportunities: move them to another pipeline first")
        self.pipelines.delete(pipeline_id)

    # ---- stages --------------------------------------------------------------------------------
    def add_stage(
        self, pipeline_id: int, name: str, probability: int = 0, *, is_won: bool = False, is_lost: bool = False
    ) -> StageDTO:
        position = len(self.pipelines.stages(pipeline_id))
        return self.stages.create(
            {"pipeline_id": pipeline_id, "name": _name(name), "position": position, "probability": probability,
             "is_won": is_won, "is_lost": is_lost}
        )  # fmt: skip

    def update_stage(self, stage_id: int, version: int, changes: dict[str, Any]) -> StageDTO:
        """Name, default probability (0-100), won/lost flags; existing deals keep their own probability."""
        allowed = {"name", "probability", "is_won", "is_lost"}
        unknown = set(changes) - allowed
        if unknown:
            raise ValidationError({f: "cannot be changed here" for f in sorted(unknown)})
        if "name" in changes:
            changes = {**changes, "name": _name(changes["name"])}
        if "probability" in changes and not isinstance(changes["probability"], int):
            raise ValidationError({"probability": "must be a whole number between 0 and 100"})
        return self.stages.update(stage_id, version, changes)

    def reorder_stages(self, pipeline_id: int, stage_ids: Sequence[int]) -> list[StageDTO]:
        """Set the order of every stage of a pipeline at once (all of them, each exactly once)."""
        current = {s.id for s in self.pipelines.stages(pipeline_id)}
        if set(stage_ids) != current or len(stage_ids) != len(current):
            raise ValidationError({"stages": "give every stage of the pipeline exactly once"})

        def work(session: Session) -> None:
            for position, stage_id in enumerate(stage_ids):
                session.execute(
                    update(Stage)
                    .where(Stage.id == stage_id)
                    .values(position=position, version=Stage.version + 1, updated_at=utcnow())
                )

        self.db.run_write(work, self.user_id)
        return self.pipelines.stages(pipeline_id)

    def delete_stage(self, stage_id: int, move_to: int | None = None) -> int:
        """Delete a stage. While it holds opportunities this is refused unless ``move_to`` (a stage of the
        same pipeline) is given; they then move there, each move recorded in the stage history.
        Returns the number of opportunities moved."""

        def work(session: Session) -> int:
            stage = session.get(Stage, stage_id)
            if stage is None or stage.deleted_at is not None:
                raise NotFoundError("stage", stage_id)
            siblings = _count_stages(session, stage.pipeline_id)
            if siblings <= 1:
                raise CrmError("a pipeline needs at least one stage: this is its last one")
            held = _count(session, Opportunity.stage_id == stage_id)
            if held and move_to is None:
                raise CrmError(
                    f"stage {stage.name!r} holds {held} opportunities: choose the stage they move to, then delete"
                )
            if held:
                target = session.get(Stage, move_to)
                if target is None or target.deleted_at is not None or target.id == stage_id:
                    raise ValidationError({"move_to": "choose another existing stage"})
                if target.pipeline_id != stage.pipeline_id:
                    raise ValidationError({"move_to": "must be a stage of the same pipeline"})
                _move_all(session, stage, target, self.user_id)
            stage.deleted_at = utcnow()
            session.flush()
            return held

        return self.db.run_write(work, self.user_id)


def _count(session: Session, condition: Any) -> int:
    # Trashed opportunities count too: restoring one must not land it in a deleted stage.
    return session.scalar(select(func.count()).select_from(Opportunity).where(condition)) or 0


def _count_stages(session: Session, pipeline_id: int) -> int:
    return session.scalar(select(func.count()).where(Stage.pipeline_id == pipeline_id, Stage.deleted_at.is_(None))) or 0


def _status(stage: Stage) -> str:
    return "won" if stage.is_won else "lost" if stage.is_lost else "open"


def _move_all(session: Session, stage: Stage, target: Stage, user_id: int | None) -> None:
    """One INSERT ... SELECT for the history and one UPDATE for the deals, whatever their number."""
    now, stage_id = utcnow(), stage.id
    session.execute(
        insert(StageChange).from_select(
            ["opportunity_id", "from_stage_id", "to_stage_id", "changed_at", "changed_by_id", "amount_minor",
             "probability"],
            select(
                Opportunity.id, Opportunity.stage_id, literal(target.id), literal(now, StageChange.changed_at.type),
                literal(user_id, StageChange.changed_by_id.type), Opportunity.amount_minor, literal(target.probability),
            ).where(Opportunity.stage_id == stage_id),
        )
    )  # fmt: skip
    stage_reach.refresh(session.connection(), Opportunity.stage_id == stage_id)
    status = _status(target)
    closing = {} if status == _status(stage) else {"closed_at": None if status == "open" else now}
    session.execute(
        update(Opportunity)
        .where(Opportunity.stage_id == stage_id)
        .values(
            stage_id=target.id,
            probability=target.probability,
            status=status,
            **closing,
            version=Opportunity.version + 1,
            updated_at=now,
            updated_by_id=user_id,
        )
        .execution_options(synchronize_session=False)
    )
