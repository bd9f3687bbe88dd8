"""The timeline's detail column: each part of a mixed line in its own isolate, counts in the user's digits.

"No answer · ۲۶ دقیقه" must not reorder in a right-to-left row: the English outcome and the Persian minutes
are each isolated, so the bidi algorithm keeps them as two units in the line's order. Real SQLite file,
items from the real TimelineService.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from crm_desktop.services.activities import ActivityService
from crm_desktop.services.timeline import TimelineItem, TimelineService
from crm_desktop.ui.dates import DisplayPrefs
from crm_desktop.ui.widgets.timeline_view import TimelineView
from crm_desktop.ui.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
FSI, PDI = "\u2068", "\u2069"


def iso(text: str) -> str:
    return f"{FSI}{text}{PDI}"


@pytest.fixture(params=["fa", "ar", "en"])
def lang(request: pytest.FixtureRequest, qapp) -> Iterator[str]:
    translator = QTranslator()
    if request.param != "en":
        assert translator.load(str(ROOT / "translations" / f"crm_{request.param}.qm"))
        QCoreApplication.installTranslator(translator)
    yield request.param
    QCoreApplication.removeTranslator(translator)


def _details(ws: Workspace, contact_id: int, prefs: DisplayPrefs, qtbot: QtBot) -> dict[str, str]:
    view = TimelineView(settings=prefs)
    qtbot.addWidget(view)
    items = TimelineService(ws.db).for_contact(contact_id)
    view.show_items(items)
    shown = {view.tree.topLevelItem(r).text(2): view.tree.topLevelItem(r).text(3) for r in range(len(items))}
    return {title.strip(FSI + PDI): detail for title, detail in shown.items()}


EXPECTED = {  # outcome part, minutes part, per language with native digits
    "fa": ("No answer", "۲۶ دقیقه", "پاسخ نداد", "۱٬۲۰۵ دقیقه"),
    "ar": ("No answer", "٢٦ دقيقة", "پاسخ نداد", "١٬٢٠٥ دقيقة"),
    "en": ("No answer", "26 min", "پاسخ نداد", "1,205 min"),
}


def test_each_part_is_isolated_and_counts_use_the_users_digits(qtbot: QtBot, ws: Workspace, lang: str) -> None:
    contact = ws.contacts().create({"display_name": "رضا کریمی"})
    acts = ActivityService(ws.db, ws.user_id)
    acts.create(
        {"kind": "call", "subject": "c1", "contact_id": contact.id, "outcome": "No answer", "duration_minutes": 26}
    )
    acts.create(
        {"kind": "call", "subject": "c2", "contact_id": contact.id, "outcome": "پاسخ نداد", "duration_minutes": 1205}
    )
    acts.create({"kind": "meeting", "subject": "c3", "contact_id": contact.id, "duration_minutes": 7})
    acts.create({"kind": "note", "subject": "c4", "contact_id": contact.id})
    details = _details(ws, contact.id, DisplayPrefs(lang), qtbot)
    english, minutes, persian, long_minutes = EXPECTED[lang]
    assert details["c1"] == f"{iso(english)} · {iso(minutes)}"
    assert details["c2"] == f"{iso(persian)} · {iso(long_minutes)}"
    assert details["c3"] == iso(minutes.replace("۲۶", "۷").replace("٢٦", "٧").replace("26", "7"))
    assert details["c4"] == ""


def test_latin_digits_when_the_user_chose_them(qtbot: QtBot, ws: Workspace, lang: str) -> None:
    contact = ws.contacts().create({"display_name": "Reza"})
    ActivityService(ws.db, ws.user_id).create(
        {"kind": "call", "subject": "c1", "contact_id": contact.id, "outcome": "No answer", "duration_minutes": 26}
    )
    detail = _details(ws, contact.id, DisplayPrefs(lang, digits="latin"), qtbot)["c1"]
    assert detail.startswith(iso("No answer") + " · " + FSI + "26") and detail.endswith(PDI)
    assert not any(ch.isdigit() and not ch.isascii() for ch in detail)  # no Arabic-Indic or Persian digits


def test_deal_and_document_parts_are_isolated(qtbot: QtBot, ws: Workspace, lang: str) -> None:
    view = TimelineView(settings=DisplayPrefs(lang))
    qtbot.addWidget(view)
    now = datetime(2026, 12, 1, tzinfo=UTC)
    deal = view.detail_text(TimelineItem("deal", "opportunities", 1, now, "d", "1,250.50 SAR · won"))
    document = view.detail_text(TimelineItem("document", "documents", 2, now, "f", "قرارداد.pdf · 2,048 bytes"))
    for text in (deal, document):
        first, second = text.split(" · ")
        assert first[0] == FSI and first[-1] == PDI and second[0] == FSI and second[-1] == PDI
    assert document.startswith(iso("قرارداد.pdf"))
    assert ("۲٬۰۴۸" if lang == "fa" else "٢٬٠٤٨" if lang == "ar" else "2,048") in document
