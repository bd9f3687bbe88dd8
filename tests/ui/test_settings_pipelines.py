"""Settings → Pipelines and Settings → Currencies on a real SQLite file, offscreen: pipelines added, renamed,
deleted only when empty; stages added, edited (probability, won/lost), reordered by buttons and by a drag,
deleted with their deals moved (history recorded) or refused; base currency and dated rates with the
service's messages under the fields and nothing saved on bad input."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from crm_desktop.services.sales import ExchangeRateService, PipelineService
from crm_desktop.ui.settings_currencies_tab import CurrenciesTab, RateDialog
from crm_desktop.ui.settings_dialog import SettingsDialog
from crm_desktop.ui.settings_pipelines_tab import PipelinesTab
from crm_desktop.ui.workspace import Workspace

pytestmark = pytest.mark.ws_admin


def _tab(qtbot: QtBot, ws: Workspace) -> PipelinesTab:
    tab = PipelinesTab(ws)
    qtbot.addWidget(tab)
    return tab


def _names(tab: PipelinesTab) -> list[str]:
    return [s.name for s in tab.stages]


def test_pipelines_add_rename_delete_when_empty(qtbot: QtBot, ws: Workspace) -> None:
    tab = _tab(qtbot, ws)
    tab.add_pipeline("Projects")
    assert [p.name for p in tab.pipelines] == ["Sales", "Projects"] and tab.pipeline_id() == tab.pipelines[1].id
    assert _names(tab)[0] == "Lead"  # a new pipeline starts with the usual stages
    tab.rename_pipeline("Big projects")
    assert PipelineService(ws.db).get(tab.pipeline_id()).name == "Big projects"
    tab.rename_pipeline("   ")
    assert not tab.error.isHidden() and "must not be empty" in tab.error.text()
    ws.opportunities().create({"title": "Deal", "pipeline_id": tab.pipeline_id(), "currency": "EUR"})
    tab.delete_pipeline()
    assert "holds 1 opportunities" in tab.error.text() and len(tab.pipelines) == 2
    ws.opportunities().delete(ws.opportunities().list()[0].id)
    sales_id = tab.pipelines[0].id
    tab.pipeline_list.setCurrentRow(0)
    tab.add_pipeline("Empty")
    tab.delete_pipeline()
    assert next(p.id for p in tab.pipelines) == sales_id and "Empty" not in [p.name for p in tab.pipelines]


def test_stages_edit_reorder_and_drag(qtbot: QtBot, ws: Workspace) -> None:
    tab = _tab(qtbot, ws)
    tab.add_stage("Demo")
    assert _names(tab)[-1] == "Demo" and tab.stage().name == "Demo"
    tab.probability.setValue(60)
    tab.outcome.setCurrentIndex(0)
    tab.name.setText("Product demo")
    tab.apply_stage()
    stage = tab.stage()
    assert (stage.name, stage.probability, stage.is_won, stage.is_lost) == ("Product demo", 60, False, False)
    for _ in range(3):
        tab.move_stage(-1)
    assert _names(tab) == ["Lead", "Qualified", "Proposal", "Product demo", "Negotiation", "Won", "Lost"]
    assert tab.stage().name == "Product demo"
    # A drag in the list (InternalMove) reorders too: move "Lost" to the top.
    model = tab.stage_list.model()
    model.moveRow(model.index(0, 0).parent(), 6, model.index(0, 0).parent(), 0)
    assert next(s.name for s in PipelineService(ws.db).stages(tab.pipeline_id())) == "Lost"
    # Won and lost at once is refused by the service, shown, nothing changed.
    tab.stage_list.setCurrentRow(_names(tab).index("Lead"))
    tab.outcome.setCurrentIndex(2)
    tab.apply_stage()
    assert tab.stage().is_lost is True
    tab.name.setText("")
    tab.apply_stage()
    assert not tab.error.isHidden() and tab.stage().name == "Lead"


def test_deleting_a_stage_with_deals_asks_where_they_go(qtbot: QtBot, ws: Workspace) -> None:
    tab = _tab(qtbot, ws)
    stages = {s.name: s.id for s in tab.stages}
    deal = ws.opportunities().create({"title": "Deal", "currency": "EUR"})  # in Lead
    tab.stage_list.setCurrentRow(0)
    asked: list[str] = []
    tab.ask_target = lambda stage, others: asked.append(stage.name) or None  # type: ignore[method-assign]
    tab.delete_stage()
    assert asked == ["Lead"] and "Lead" in _names(tab)  # cancelled: kept
    tab.ask_target = lambda stage, others: stages["Proposal"]  # type: ignore[method-assign]
    tab.delete_stage()
    assert "Lead" not in _names(tab)
    moved = ws.opportunities().get(deal.id)
    assert moved.stage_id == stages["Proposal"] and moved.probability == 50
    assert ws.opportunities().history(deal.id)[-1].to_stage_id == stages["Proposal"]
    tab.stage_list.setCurrentRow(_names(tab).index("Qualified"))
    tab.delete_stage()  # empty: deleted without a question
    assert "Qualified" not in _names(tab)


def test_currencies_base_and_rates(qtbot: QtBot, ws: Workspace) -> None:
    tab = CurrenciesTab(ws)
    qtbot.addWidget(tab)
    assert tab.base == "EUR" and tab.table.rowCount() == 0

    def fill(currency: str, day: date, rate: str):
        def hook(dialog: RateDialog) -> None:
            dialog.currency.setCurrentText(currency)
            dialog.valid_from.setDate(QDate(day))
            dialog.value.setText(rate)
            dialog.save()
            hook.dialog = dialog  # type: ignore[attr-defined]

        return hook

    tab.dialog_hook = fill("USD", date(2026, 1, 1), "۱٫۲۵")  # Persian digits and decimal separator
    tab.add_rate()
    assert [(r.currency, r.valid_from, r.rate) for r in tab.rates] == [("USD", date(2026, 1, 1), Decimal("1.25"))]
    bad = (("XYZ", "2", "currency", "XYZ is not a currency"), ("SAR", "-3", "rate", "positive"),
           ("SAR", "abc", "rate", "not a number"))  # fmt: skip
    for currency, rate, field, message in bad:
        hook = fill(currency, date(2026, 2, 1), rate)
        tab.dialog_hook = hook
        tab.add_rate()
        assert not hook.dialog.errors[field].isHidden() and message in hook.dialog.errors[field].text()
        assert len(tab.rates) == 1
    tab.table.selectRow(0)
    tab.dialog_hook = fill("USD", date(2026, 3, 1), "1.30")
    tab.edit_rate()
    assert [(r.valid_from, r.rate) for r in ExchangeRateService(ws.db).list_rates()] == [
        (date(2026, 3, 1), Decimal("1.30"))
    ]
    tab.table.selectRow(0)
    tab.delete_rate()
    assert tab.table.rowCount() == 0 and ExchangeRateService(ws.db).list_rates() == []
    assert not tab.set_base("ZZZ") and "not a currency" in tab.error.text()
    assert tab.set_base("sar") and ExchangeRateService(ws.db).base_currency() == "SAR"
    assert "SAR" in tab.table.horizontalHeaderItem(2).text()


def test_settings_dialog_has_both_tabs_and_ok_keeps_the_new_base(qtbot: QtBot, ws: Workspace) -> None:
    dialog = SettingsDialog(ws)
    qtbot.addWidget(dialog)
    titles = [dialog.tabs.tabText(i).replace("&", "") for i in range(dialog.tabs.count())]
    assert "Pipelines" in titles and "Currencies" in titles
    currencies = dialog.tabs.widget(titles.index("Currencies"))
    assert currencies.set_base("IRR")
    assert dialog.currency.text() == "IRR"  # the Office tab's field follows, so OK does not undo it


def test_large_rates_are_shown_in_plain_digits(qtbot: QtBot, ws: Workspace) -> None:
    ExchangeRateService(ws.db).set_rate("IRR", date(2026, 1, 1), "650000")
    tab = CurrenciesTab(ws)
    qtbot.addWidget(tab)
    assert tab.table.item(0, 2).text().strip("\u2066\u2069") == "650000"  # not 6.5E+5
