"""The opportunity form on a real SQLite file, offscreen: create, stage-driven probability, lost reason,
inline service errors with nothing saved, the deal's own timeline and stage history, and the pickers."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.services.sales import PipelineService
from crm_desktop.ui.forms.opportunity_form import OpportunityForm
from crm_desktop.ui.ops import wait_for_ops
from crm_desktop.ui.workspace import Workspace

pytestmark = pytest.mark.ws_admin


@pytest.fixture(autouse=True)
def discard(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.Discard))


def _form(qtbot: QtBot, ws: Workspace, record_id: int | None = None, **initial: Any) -> OpportunityForm:
    form = OpportunityForm(ws, record_id, initial=initial or None)
    qtbot.addWidget(form)
    form.show()
    return form


def _stages(ws: Workspace) -> dict[str, int]:
    service = PipelineService(ws.db)
    return {s.name: s.id for s in service.stages(service.ensure_default().id)}


def _count(ws: Workspace) -> int:
    return len(ws.opportunities().list(limit=100))


def test_create_with_company_contact_and_stage_default_probability(qtbot: QtBot, ws: Workspace) -> None:
    company = ws.companies().create({"name": "شركة النخبة"})
    contact = ws.contacts().create({"given_name": "Ali", "family_name": "Rezaei", "company_id": company.id})
    form = _form(qtbot, ws, company_id=company.id)
    assert form.editor("company_id").text() == "شركة النخبة"
    assert form.editor("probability").value() == "10"  # Lead's default
    stages = _stages(ws)
    form.editor("stage_id").set_value(stages["Proposal"])
    assert form.editor("probability").value() == "50"  # follows the stage until typed
    qtbot.keyClicks(form.editor("title"), "Server room")
    # The contact picker searches on the database thread as the user types.
    form.editor("contact_id").setText("Rez")
    form.editor("contact_id").search_now()
    wait_for_ops()
    assert form.editor("contact_id").matches.rowCount() == 1
    form.editor("contact_id").pick(0)
    assert form.editor("contact_id").value() == contact.id
    form.editor("amount_minor").setText("۱۲۵۰٫۵")  # Persian digits and decimal separator
    form.editor("currency").set_value("sar")
    form.editor("expected_close").set_value(date(2027, 3, 1))
    form.editor("forecast_category").set_value("commit")
    assert form.save()
    deal = ws.opportunities().get(form.saved.id)
    assert (deal.title, deal.company_id, deal.contact_id, deal.stage_id) == (
        "Server room", company.id, contact.id, stages["Proposal"],
    )  # fmt: skip
    assert (deal.amount_minor, deal.currency, deal.probability) == (125050, "SAR", 50)
    assert (deal.expected_close, deal.forecast_category, deal.owner_id) == (date(2027, 3, 1), "commit", ws.user_id)


def test_typed_probability_is_kept_when_the_stage_changes(qtbot: QtBot, ws: Workspace) -> None:
    form = _form(qtbot, ws, title="Deal")
    form.editor("probability").clear()
    qtbot.keyClicks(form.editor("probability"), "35")
    form.editor("stage_id").set_value(_stages(ws)["Negotiation"])
    assert form.editor("probability").value() == "35"
    assert form.save()
    assert ws.opportunities().get(form.saved.id).probability == 35


@pytest.mark.parametrize(
    ("field", "text", "message"),
    [
        ("amount_minor", "-5", "must not be negative"),
        ("amount_minor", "99999999999999999", "large"),
        ("amount_minor", "twelve", "must be a number"),
        ("probability", "150", "between 0 and 100"),
        ("probability", "abc", "whole number"),
    ],
)
def test_bad_numbers_show_inline_and_save_nothing(
    qtbot: QtBot, ws: Workspace, field: str, text: str, message: str
) -> None:
    form = _form(qtbot, ws, title="Deal")
    form.editor(field).setText(text)
    assert not form.save()
    assert form.fields[field].error.isVisible() and message in form.fields[field].error.text()
    assert _count(ws) == 0


def test_unknown_currency_and_absurd_date_are_the_services_messages(qtbot: QtBot, ws: Workspace) -> None:
    form = _form(qtbot, ws, title="Deal")
    form.editor("amount_minor").setText("100")
    form.editor("currency").set_value("XYZ")
    form.editor("expected_close").set_value(date(2300, 1, 1))
    assert not form.save()
    assert "XYZ is not a currency" in form.fields["currency"].error.text()
    assert "years away" in form.fields["expected_close"].error.text()
    assert _count(ws) == 0


def test_lost_stage_shows_and_requires_the_reason(qtbot: QtBot, ws: Workspace) -> None:
    form = _form(qtbot, ws, title="Deal")
    holder = form.fields["lost_reason"].editor.parentWidget()
    assert not form.form.isRowVisible(holder)
    form.editor("stage_id").set_value(_stages(ws)["Lost"])
    assert form.form.isRowVisible(holder)
    assert not form.save()
    assert form.fields["lost_reason"].error.isVisible() and _count(ws) == 0
    form.editor("lost_reason").setText("Price too high")
    assert form.save()
    deal = ws.opportunities().get(form.saved.id)
    assert (deal.status, deal.lost_reason, deal.probability) == ("lost", "Price too high", 0)


def test_edit_shows_timeline_and_stage_history(qtbot: QtBot, ws: Workspace) -> None:
    stages = _stages(ws)
    deal = ws.opportunities().create({"title": "Deal", "amount_minor": 1000, "currency": "EUR"})
    deal = ws.opportunities().move(deal.id, deal.version, stages["Qualified"])
    ws.activities().create(
        {"kind": "call", "subject": "Budget call", "occurred_at": datetime(2026, 5, 1, 9, tzinfo=UTC),
         "opportunity_id": deal.id}
    )  # fmt: skip
    form = _form(qtbot, ws, deal.id)
    assert not form.isWindowModified()
    assert form.tabs.isTabEnabled(1) and form.tabs.isTabEnabled(2)
    texts = [form.timeline.tree.topLevelItem(i).text(2) for i in range(form.timeline.tree.topLevelItemCount())]
    assert any("Budget call" in t for t in texts)
    history = [form.history.topLevelItem(i).text(2) for i in range(form.history.topLevelItemCount())]
    assert "Lead" in history[0] and "Qualified" in history[0]  # newest first: Lead -> Qualified
    assert form.history.topLevelItem(0).text(1).strip("\u2068\u2069") == "Nadia"
    # Moving the stage in the form adds a history row after saving.
    form.editor("stage_id").set_value(stages["Won"])
    assert form.save()
    assert form.history.topLevelItemCount() == 3
    assert ws.opportunities().get(deal.id).status == "won"


def test_conflicting_save_is_refused_not_overwritten(qtbot: QtBot, ws: Workspace, monkeypatch) -> None:
    deal = ws.opportunities().create({"title": "Deal", "amount_minor": 1000, "currency": "EUR"})
    form = _form(qtbot, ws, deal.id)
    ws.opportunities().update(deal.id, deal.version, {"title": "Theirs"})
    monkeypatch.setattr(form, "resolve_conflict", lambda mine, theirs, base: None)
    form.editor("title").setText("Mine")
    assert not form.save()
    assert ws.opportunities().get(deal.id).title == "Theirs"


def test_new_opportunity_from_the_360_view_is_the_full_form(qtbot: QtBot, ws: Workspace) -> None:
    from crm_desktop.ui.forms.quick_actions import OpportunityDialog

    company = ws.companies().create({"name": "Zagros"})
    contact = ws.contacts().create({"display_name": "Ali", "company_id": company.id})
    form = OpportunityDialog(ws, {"contact_id": contact.id, "company_id": company.id})
    qtbot.addWidget(form)
    assert isinstance(form, OpportunityForm)
    assert (form.editor("contact_id").value(), form.editor("company_id").value()) == (contact.id, company.id)
    form.editor("title").setText("Follow-up deal")
    assert form.save() and ws.opportunities().get(form.saved.id).contact_id == contact.id
