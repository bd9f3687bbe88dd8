"""The refusals of a Persian-month repeat (services/persian_months.py) reach the user in Arabic and Persian.

They are raised as RuleError(str(exc)), which the template scan of test_error_text.py cannot see, so the real
messages are produced here by saving refused series on a real SQLite file and then translated."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont

from crm_desktop.db.engine import open_database
from crm_desktop.errors import ValidationError
from crm_desktop.services.calendar import CalendarService
from crm_desktop.ui import error_text
from crm_desktop.ui.dates import DisplayPrefs
from crm_desktop.ui.language import apply_language

RULE = "FREQ=MONTHLY;X-RAFIQ-CALENDAR=JALALI"
REFUSED = (
    RULE,  # no end
    f"{RULE};UNTIL=20400101",  # too far
    f"{RULE};COUNT=130",  # too many
    f"{RULE};BYDAY=MO;COUNT=3",  # a part that cannot be used
    "FREQ=WEEKLY;X-RAFIQ-CALENDAR=JALALI;COUNT=3",  # not monthly
    f"{RULE};INTERVAL=0;COUNT=3",
)
CODES = {"FREQ=MONTHLY", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "(FREQ=MONTHLY)،", "UNTIL)"}


@pytest.fixture(scope="module")
def messages(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    db = open_database(Path(tmp_path_factory.mktemp("persian")) / "crm.sqlite3")
    start = datetime(2024, 3, 20, 6, 30, tzinfo=UTC)
    found = []
    try:
        for rule in REFUSED:
            values = {"title": "Rent", "starts_at": start, "ends_at": start + timedelta(hours=1)}
            with pytest.raises(ValidationError) as caught:
                CalendarService(db).create({**values, "time_zone": "Asia/Tehran", "recurrence_rule": rule})
            found.append(caught.value.errors["recurrence_rule"])
    finally:
        db.close()
    return found


@pytest.fixture(params=["fa", "ar"])
def language(qapp, request: pytest.FixtureRequest) -> Iterator[DisplayPrefs]:
    before, font, direction = QLocale(), QFont(qapp.font()), qapp.layoutDirection()
    applied = apply_language(qapp, request.param)
    yield DisplayPrefs(request.param)
    for translator in applied.translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)
    qapp.setFont(font)
    qapp.setLayoutDirection(direction)


def test_every_refusal_is_a_template(messages: list[str]) -> None:
    assert len(set(messages)) == len(REFUSED)
    for message in messages:
        assert error_text.template_of(message) is not None, message


def test_refusals_are_translated(messages: list[str], language: DisplayPrefs) -> None:
    ten = "۱۰" if language.lang == "fa" else "١٠"
    for message in messages:
        shown = error_text.translate_error(message, language)
        assert shown != message, message
        words = [w.strip("()،,;؛") for w in shown.split() if w.isascii()]
        assert all(w in CODES or w.strip("()،,;؛=") in CODES or not w.isalpha() for w in words), (message, shown)
        if "10 years" in message:
            assert ten in shown, shown
    byday = error_text.translate_error(messages[3], language)
    assert "\u2068BYDAY\u2069" in byday  # the value goes back in, isolated
