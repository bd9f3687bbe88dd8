"""The pipeline board's data: one column per stage with its count and total in the base currency, and the
first cards of each column (soonest close first). Totals are one grouped aggregate; cards are one small
LIMIT query per stage, so opening the board costs the same with 100 or 100,000 deals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from crm_desktop.db.models import Company, Opportunity, Stage, Tag, User, opportunity_tags

from .forecast import Rates
from .settings import get_setting

CARDS_PER_COLUMN = 50


@dataclass(frozen=True)
class Card:
    id: int
    version: int
    title: str
    company: str
    amount_minor: int
    currency: str
    expected_close: date | None
    owner: str
    probability: int


@dataclass(frozen=True)
class Column:
    stage_id: int
    name: str
    probability: int
    is_won: bool
    is_lost: bool
    count: int
    total: int  # base-currency minor units
    cards: tuple[Card, ...]


@dataclass(frozen=True)
class Board:
    pipeline_id: int
    base_currency: str
    columns: tuple[Column, ...]
    unconverted: tuple[str, ...]


@dataclass(frozen=True)
class BoardFilter:
    owner_id: int | None = None
    close_from: date | None = None
    close_to: date | None = None
    tag: str | None = None


class BoardService:
    def __init__(self, db: Any, user_id: int | None = None):
        self.db, self.user_id = db, user_id

    def board(self, pipeline_id: int, filters: BoardFilter = BoardFilter(), cards: int = CARDS_PER_COLUMN) -> Board:
        scope = [Opportunity.deleted_at.is_(None), Opportunity.pipeline_id == pipeline_id]
        if filters.owner_id is not None:
            scope.append(Opportunity.owner_id == filters.owner_id)
        if filters.close_from is not None:
            scope.append(Opportunity.expected_close >= filters.close_from)
        if filters.close_to is not None:
            scope.append(Opportunity.expected_close <= filters.close_to)
        if filters.tag:
            tagged = (
                select(opportunity_tags.c.opportunity_id)
                .join(Tag, Tag.id == opportunity_tags.c.tag_id)
                .where(Tag.name == filters.tag)
            )
            scope.append(Opportunity.id.in_(tagged))
        with self.db.read() as session:
            base = str(get_setting(session, "base_currency")).upper()
            rates = Rates(session, base)
            sums = rates.stage_totals(session, scope, date.today())
            stages = session.scalars(
                select(Stage)
                .where(Stage.pipeline_id == pipeline_id, Stage.deleted_at.is_(None))
                .order_by(Stage.position, Stage.id)
            ).all()
            columns = []
            for stage in stages:
                count, total = sums.get(stage.id, (0, 0))
                rows = (
                    session.execute(
                        select(
                            Opportunity.id,
                            Opportunity.version,
                            Opportunity.title,
                            Company.name,
                            Opportunity.amount_minor,
                            Opportunity.currency,
                            Opportunity.expected_close,
                            User.display_name,
                            Opportunity.probability,
                        )
                        .outerjoin(Company, Company.id == Opportunity.company_id)
                        .outerjoin(User, User.id == Opportunity.owner_id)
                        .where(*scope, Opportunity.stage_id == stage.id)
                        .order_by(Opportunity.expected_close.is_(None), Opportunity.expected_close, Opportunity.id)
                        .limit(cards)
                    ).all()
                    if count
                    else []
                )
                columns.append(
                    Column(
                        stage.id,
                        stage.name,
                        stage.probability,
                        stage.is_won,
                        stage.is_lost,
                        count,
                        total,
                        tuple(Card(r[0], r[1], r[2], r[3] or "", r[4], r[5], r[6], r[7] or "", r[8]) for r in rows),
                    )
                )
        return Board(pipeline_id, base, tuple(columns), tuple(sorted(rates.missing)))
