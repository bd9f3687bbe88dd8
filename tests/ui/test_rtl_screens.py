"""Every view in Arabic and Persian, through the screenshot command's Python API: right to left (the
navigation on the right), translated, no character without a glyph, no hostile bidi control leaking out.

The texts checked are read from the widgets on screen when the screenshot is taken (labels, buttons, tabs,
menus, combo boxes, list and table headers and the visible rows), so a new page is covered as soon as the
screenshot command can show it.
"""

from __future__ import annotations

import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from bidi import get_display
from PySide6.QtCore import QItemSelectionModel, QLocale, QModelIndex, QSettings, Qt
from PySide6.QtGui import QFont, QImage, QRawFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QTabBar,
    QWidget,
)

from crm_desktop.db.engine import open_database
from crm_desktop.services.demo import fill_demo
from crm_desktop.services.maintenance import ensure_basics
from crm_desktop.services.people import CompanyService, ContactService
from crm_desktop.ui.screenshot import VIEWS, take_screenshot

ROOT = Path(__file__).resolve().parents[2]
RLO = "\u202e"
HOSTILE_NAME = RLO + "Evil Name"  # an unterminated right-to-left override, as pasted from a hostile file
QUERY = {"fa": "رضا", "ar": "محمد"}  # shows Persian / Arabic rows in the contact lists
CALENDAR = {"fa": "jalali", "ar": "hijri"}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("rtl") / "demo.sqlite3"
    db = open_database(path)
    try:
        ensure_basics(db)
        fill_demo(db, contacts=40)
        people = ContactService(db)
        company = CompanyService(db).create({"name": "شرکت فولاد Steel 2"})
        for name in ("رضا محمدی", "محمد العتيبي"):
            people.create({"display_name": name, "company_id": company.id, "job_title": "مدیر فروش"})
        people.create(
            {
                "display_name": HOSTILE_NAME,
                "company_id": company.id,
                "job_title": "Sales",
                "emails": [{"address": "evil@example.com"}],
            }
        )
        for contact in people.list(limit=2):
            people.delete(contact.id)  # something in the Trash
    finally:
        db.close()
    return str(path)


# ---- what is on screen --------------------------------------------------------------------------------


def _item_texts(view: QAbstractItemView, rows: int = 40) -> tuple[list[str], list[str]]:
    """(header texts, visible cell texts) of an item view: the headers are the program's own words."""
    model = view.model()
    if model is None:
        return [], []
    heads = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount())]
    cells: list[str] = []

    def walk(parent: QModelIndex, budget: int) -> int:
        for row in range(min(model.rowCount(parent), budget)):
            for column in range(model.columnCount(parent)):
                index = model.index(row, column, parent)
                cells.append(str(model.data(index) or ""))
            budget -= 1
            if model.rowCount(model.index(row, 0, parent)) > 0:
                budget = walk(model.index(row, 0, parent), budget)
            if budget <= 0:
                break
        return budget

    walk(QModelIndex(), rows)
    return heads, cells


def screen_texts(windows: list[QWidget]) -> tuple[list[str], list[str]]:
    """(the program's own texts, data shown) of every visible widget of ``windows``."""
    own: list[str] = []
    data: list[str] = []
    for window in windows:
        own.append(window.windowTitle())
        if isinstance(window, QMainWindow):
            for action in window.menuBar().actions():
                own.append(action.text())
        for widget in [window, *window.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            if isinstance(widget, QLabel):
                (data if widget.textFormat() == Qt.TextFormat.RichText else own).append(widget.text())
            elif isinstance(widget, QAbstractButton):
                own.append(widget.text())
            elif isinstance(widget, QLineEdit):
                own.append(widget.placeholderText())
                data.append(widget.text())
            elif isinstance(widget, QComboBox):
                own.extend(widget.itemText(i) for i in range(widget.count()))
            elif isinstance(widget, QTabBar):
                own.extend(widget.tabText(i) for i in range(widget.count()))
            elif isinstance(widget, QListWidget):
                own.extend(widget.item(i).text() for i in range(widget.count()))
            elif isinstance(widget, QAbstractItemView):
                heads, cells = _item_texts(widget)
                own.extend(heads)
                data.extend(cells)
    return [t for t in own if t], [t for t in data if t]


def missing_glyphs(texts: list[str], font: QFont) -> dict[str, str]:
    """Characters no family of ``font`` can draw (they would show as boxes), with a text that has them."""
    raws = [QRawFont.fromFont(QFont(family)) for family in font.families() or [font.family()]]
    missing: dict[str, str] = {}
    for text in texts:
        for char in text:
            if unicodedata.category(char) in ("Cc", "Cf", "Zs", "Zl", "Zp") or char in missing:
                continue  # controls, bidi marks and isolates, ZWNJ, spaces: nothing to draw
            if not any(raw.supportsCharacter(ord(char)) for raw in raws):  # PySide6 wants the code point
                missing[char] = text
    return missing


def english_sources(lang: str) -> set[str]:
    """The English texts of the program that have a different translation in ``lang`` (without "&")."""
    root = ET.parse(ROOT / "translations" / f"crm_{lang}.ts").getroot()
    sources = set()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        if message.findtext("translation") != source and len(source) > 1:
            sources.add(source.replace("&", ""))
    return sources


# ---- every view -----------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["ar", "fa"])
@pytest.mark.parametrize("view", VIEWS)
def test_view_is_right_to_left_translated_and_drawable(
    qapp: QApplication, demo_db: str, tmp_path: Path, lang: str, view: str
) -> None:
    seen: dict[str, list[str]] = {}
    fonts: list[QFont] = []

    def inspect(windows: list[QWidget]) -> None:
        seen["own"], seen["data"] = screen_texts(windows)
        fonts.append(QApplication.font())

    shot = take_screenshot(
        demo_db,
        view,
        tmp_path / f"{view}-{lang}.png",
        lang=lang,
        calendar=CALENDAR[lang],
        query=QUERY[lang] if view in ("contacts", "contact") else "",
        inspect=inspect,
        width=1280,
        height=800,
    )
    assert shot.right_to_left
    x, _, width, _ = shot.navigation
    assert x >= shot.width // 2 and x + width <= shot.width + 1, "the navigation belongs on the right"
    assert QImage(str(shot.path)).width() == shot.width

    own, data = seen["own"], seen["data"]
    assert own and any(unicodedata.bidirectional(c) in ("R", "AL") for t in own for c in t), "no Arabic script"
    untranslated = sorted({t for t in own if t.replace("&", "") in english_sources(lang)})
    assert not untranslated, f"English left in the {lang} {view} view: {untranslated}"
    boxes = missing_glyphs(own + data, fonts[0])
    assert not boxes, f"characters without a glyph: { {f'U+{ord(c):04X}': t for c, t in boxes.items()} }"


def test_the_check_would_see_a_box(qapp: QApplication) -> None:
    """The glyph check is not vacuous: a Linear B letter is in none of the UI fonts."""
    from crm_desktop.ui.fonts import apply_ui_font

    font = apply_ui_font(qapp, "fa")
    assert missing_glyphs(["رضا \U00010000"], font) == {"\U00010000": "رضا \U00010000"}
    assert not missing_glyphs(["رضا محمدی، ۱۴۰۳/۰۱/۱۵ ٢٠٢٤ Steel"], font)


# ---- a hostile override in a name -------------------------------------------------------------------


def _closed(text: str) -> bool:
    """True when every embedding/override in ``text`` ends inside it (by PDF, or by the PDI of an isolate
    around it), so whatever is drawn after ``text`` on the same line keeps its order (UAX #9)."""
    stack: list[str] = []
    for char in text:
        if char in "\u202a\u202b\u202d\u202e":
            stack.append("embedding")
        elif char == "\u202c" and stack and stack[-1] == "embedding":
            stack.pop()
        elif char in "\u2066\u2067\u2068":
            stack.append("isolate")
        elif char == "\u2069":
            while stack and stack.pop() != "isolate":
                pass  # a PDI closes the isolate and every embedding opened inside it
    return "embedding" not in stack


def test_override_in_a_name_reorders_nothing_else(qapp: QApplication, demo_db: str, tmp_path: Path) -> None:
    from crm_desktop.ui.app import current_workspace
    from crm_desktop.ui.forms.contact_form import ContactFormDialog
    from crm_desktop.ui.language import apply_language, remove_language
    from crm_desktop.ui.main_window import MainWindow

    previous = (qapp.font(), QLocale())
    applied = apply_language(qapp, "fa")
    db = open_database(demo_db, create=False)
    try:
        workspace = current_workspace(db, lang="fa", calendar="jalali")
        window = MainWindow(workspace, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
        window.resize(1280, 800)
        window.show()
        page = window.show_section("contacts")
        page.quick_filter.setText("Evil")
        page.apply_filters()
        assert page.model.rowCount() == 1
        flags = QItemSelectionModel.SelectionFlag
        page.table.selectionModel().setCurrentIndex(page.model.index(0, 0), flags.ClearAndSelect | flags.Rows)
        qapp.processEvents()
        header = page.detail.header
        # One line each in the 360-degree view: the name's override ends inside its isolate, so the job title,
        # company, stage and owner keep their order and direction.
        for label in (header.title, header.subtitle, header.facts):
            assert _closed(label.text()), repr(label.text())
        line = get_display(header.title.text() + " · Sales", base_dir="R")  # as if drawn on one line
        assert "Sales" in line and "selaS" not in line, line
        assert "Sales" in get_display(header.subtitle.text(), base_dir="R")
        # The list: other columns are cells of their own, drawn the same whatever the name holds.
        email_column = next(i for i, c in enumerate(page.model.columns) if c.key == "email")
        index = page.model.index(0, email_column)
        assert page.model.data(index) == "\u2066evil@example.com\u2069"
        page.table.selectionModel().clear()  # the same (unselected) row in both pictures
        qapp.processEvents()
        before = page.table.viewport().grab(page.table.visualRect(index)).toImage()
        contact_id = page.model.row_id(0)
        people = workspace.contacts()
        contact = people.get(contact_id)
        people.update(contact.id, contact.version, {"display_name": "Evil Name"})
        page.apply_filters()
        qapp.processEvents()
        after = page.table.viewport().grab(page.table.visualRect(page.model.index(0, email_column))).toImage()
        assert before == after
        people.update(contact.id, contact.version + 1, {"display_name": HOSTILE_NAME})
        # The form's title holds the name in an isolate too.
        dialog = ContactFormDialog(workspace, contact_id, window)
        assert _closed(dialog.windowTitle().replace("[*]", ""))
        dialog.reject()
        window.close()
    finally:
        db.close()
        remove_language(qapp, applied)
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        qapp.setFont(previous[0])
        QLocale.setDefault(previous[1])


def test_closed_checker() -> None:
    assert not _closed(RLO + "abc")
    assert _closed("\u2068" + RLO + "abc\u2069")
    assert _closed(RLO + "abc\u202c")
    assert not _closed("\u2068abc\u2069" + RLO)


# ---- date fields and popups (ui/dates.py) ----------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "calendar", "shown", "weekend"),
    [
        ("fa", "jalali", "۱۴۰۳/۰۱/۱۵", {Qt.DayOfWeek.Friday}),
        ("ar", "hijri", "١٤٤٥/٠٩/٢٤", {Qt.DayOfWeek.Friday, Qt.DayOfWeek.Saturday}),
    ],
)
def test_date_field_in_the_users_calendar(
    qapp: QApplication, lang: str, calendar: str, shown: str, weekend: set[Qt.DayOfWeek]
) -> None:
    from datetime import date

    from PySide6.QtCore import QDate, QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QCalendarWidget, QDateEdit

    from crm_desktop.ui.dates import WEEKEND_COLOUR, DisplayPrefs, format_date, setup_date_edit

    prefs = DisplayPrefs(lang, calendar)
    edit = setup_date_edit(QDateEdit(), prefs)
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        edit.setDate(QDate(2024, 4, 3))
        assert edit.text() == shown == format_date(date(2024, 4, 3), prefs, wrap=False)
        assert edit.layoutDirection() == Qt.LayoutDirection.LeftToRight  # year first, never mirrored
        edit.show()
        edit.setFocus()
        for typed in ("۲۰", "٢٠", "20"):  # Persian, Arabic-Indic and Latin digits all reach the field
            edit.setSelectedSection(QDateEdit.Section.DaySection)
            for char in typed:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    qapp.sendEvent(edit, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))
            assert edit.calendar().partsFromDate(edit.date()).day == 20, typed
        popup = edit.calendarWidget()
        assert popup.verticalHeaderFormat() == QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader
        assert popup.firstDayOfWeek() == Qt.DayOfWeek.Saturday
        assert popup.layoutDirection() == Qt.LayoutDirection.RightToLeft
        red = {day for day in Qt.DayOfWeek if popup.weekdayTextFormat(day).foreground().color() == WEEKEND_COLOUR}
        assert red == weekend
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        edit.close()


def test_dates_and_counts_in_lists() -> None:
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from crm_desktop.ui.dates import DisplayPrefs, format_count, format_datetime

    moment = datetime(2024, 4, 3, 10, 5, tzinfo=UTC)
    tehran = ZoneInfo("Asia/Tehran")  # given, so the test does not depend on the machine's zone
    shown = format_datetime(moment, DisplayPrefs("fa", "jalali"), tz=tehran)
    assert shown == "\u2066۱۴۰۳/۰۱/۱۵\u2069 \u2066۱۳:۳۵\u2069"  # date and time: each an LTR isolate
    assert format_datetime(moment, DisplayPrefs("en"), tz=UTC, wrap=False) == "2024-04-03 10:05"
    assert format_datetime(moment, DisplayPrefs("ar", "hijri", "latin"), tz=UTC, wrap=False) == "1445/09/24 10:05"
    assert format_count(1234, DisplayPrefs("fa")) == "۱٬۲۳۴"
    assert format_count(1234, DisplayPrefs("ar")) == "١٬٢٣٤"
    assert format_count(1234, DisplayPrefs("fa", digits="latin")) == "1,234"


def test_the_day_is_the_day_in_the_zone_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    """A task due at 01:30 in Tehran is due on that Tehran day, whatever zone the computer is set to."""
    import time
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from crm_desktop.ui.dates import DisplayPrefs, format_datetime

    monkeypatch.setenv("TZ", "America/Los_Angeles")
    time.tzset()
    try:
        moment = datetime(2024, 4, 3, 22, 0, tzinfo=UTC)  # 2024-04-04 01:30 in Tehran
        shown = format_datetime(moment, DisplayPrefs("fa", "jalali"), tz=ZoneInfo("Asia/Tehran"), wrap=False)
        assert shown == "۱۴۰۳/۰۱/۱۶ ۰۱:۳۰"
    finally:
        monkeypatch.undo()
        time.tzset()
