"""The board's columns, totals in the base currency, cards and filters, on the forecast's fixture."""

from __future__ import annotations

from datetime import date

from crm_desktop.db.engine import Database
from crm_desktop.services.pipelines_board import BoardFilter, BoardService
from crm_desktop.services.sales import OpportunityService

from .test_forecast import office  # noqa: F401  (the shared fixture)


def test_columns_totals_and_filters(db: Database, office: dict[str, int]) -> None:  # noqa: F811
    board = BoardService(db).board(office["pipeline"])
    cols = {c.name: c for c in board.columns}
    assert list(cols) == ["Lead", "Qualified", "Proposal", "Negotiation", "Won", "Lost"]
    assert (cols["Lead"].count, cols["Lead"].total) == (3, 110_000)  # C at 1.25, G, F (no JPY rate)
    assert [c.title for c in cols["Lead"].cards] == ["F", "G", "C"]  # soonest close first
    assert (cols["Lost"].count, cols["Lost"].total) == (1, 90_000)  # USD 990.00 at 1.10
    assert (cols["Negotiation"].count, cols["Negotiation"].cards) == (0, ())
    assert board.unconverted == ("JPY",)
    feb = BoardService(db).board(
        office["pipeline"], BoardFilter(close_from=date(2026, 2, 1), close_to=date(2026, 2, 28))
    )
    assert sum(c.count for c in feb.columns) == 4  # A, B, F, G
    ops = OpportunityService(db)
    a = ops.get(office["a"])
    ops.update(a.id, a.version, {"tags": ["hot"]})
    hot = BoardService(db).board(office["pipeline"], BoardFilter(tag="hot"))
    assert [(c.name, [k.title for k in c.cards]) for c in hot.columns if c.count] == [("Proposal", ["A"])]
    assert BoardService(db).board(office["pipeline"], BoardFilter(owner_id=12345)).columns[0].count == 0
