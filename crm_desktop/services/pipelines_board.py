"""The pipeline board's data: one column per stage with its count and total in the base currency, and the
first cards of each column (soonest close first). Totals are one grouped aggregate; cards are one small
LIMIT query per stage, so opening the board costs the same with 100 or 100,000 deals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select

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


@dataclass(frozen=True)
class Row:
    """One deal of the list view: what the board's card shows plus its stage and base-currency amount."""

    id: int
    version: int
    title: str
    company: str
    stage_id: int
    stage: str
    stage_position: int
    amount_minor: int
    currency: str
    base_amount: int | None  # None: no exchange rate for its currency on its date
    probability: int
    expected_close: date | None
    owner: str


MAX_ROWS = 10_000  # the list view holds DTOs; past this the filters must narrow it (DESIGN.md: page past ~10k)


def _scope(pipeline_id: int, filters: BoardFilter) -> list[Any]:
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
    return scope


class BoardService:
    def __init__(self, db: Any, user_id: int | None = None):
        self.db, self.user_id = db, user_id

    def rows(self, pipeline_id: int, filters: BoardFilter = BoardFilter(), limit: int = MAX_ROWS) -> list[Row]:
        """The board's deals as list rows (same filters), amounts also converted to the base currency at
        the rate valid on the close date (today's for undated deals), as the board's column totals do."""
        scope = _scope(pipeline_id, filters)
        today = date.today()
        with self.db.read() as session:
            rates = Rates(session, str(get_setting(session, "base_currency")).upper())
            rid = rates.case(func.coalesce(Opportunity.expected_close, today))
            result = session.execute(
                select(
                    Opportunity.id, Opportunity.version, Opportunity.title, Company.name, Opportunity.stage_id,
                    Stage.name, Stage.position, Opportunity.amount_minor, Opportunity.currency, rid,
                    Opportunity.probability, Opportunity.expected_close, User.display_name,
                )
                .join(Stage, Stage.id == Opportunity.stage_id)
                .outerjoin(Company, Company.id == Opportunity.company_id)
                .outerjoin(User, User.id == Opportunity.owner_id)
                .where(*scope)
                .order_by(Stage.position, Opportunity.expected_close.is_(None), Opportunity.expected_close,
                          Opportunity.id)
                .limit(limit)
            ).all()  # fmt: skip
            rows = []
            for r in result:
                base = rates.to_base(r[7], r[8], r[9]) if r[9] is not None or r[7] == 0 else None
                if r[9] is None and r[7]:
                    rates.missing.add(r[8])
                rows.append(Row(r[0], r[1], r[2], r[3] or "", r[4], r[5], r[6], r[7], r[8], base, r[10], r[11],
                                r[12] or ""))  # fmt: skip
            return rows

    def board(self, pipeline_id: int, filters: BoardFilter = BoardFilter(), cards: int = CARDS_PER_COLUMN) -> Board:
        scope = _scope(pipeline_id, filters)
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
