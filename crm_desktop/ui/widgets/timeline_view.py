"""The timeline of one contact or company: newest first, filterable by type."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.timeline import TIMELINE_KINDS, TimelineItem
from crm_desktop.text.bidi import isolate, ltr
from crm_desktop.text.money import format_money

from ..dates import digits, format_count, format_datetime, prefs

# Marked for lupdate; TimelineView.tr() translates them where shown.
KIND_LABELS = {
    "note": QT_TRANSLATE_NOOP("TimelineView", "Note"),
    "call": QT_TRANSLATE_NOOP("TimelineView", "Call"),
    "meeting": QT_TRANSLATE_NOOP("TimelineView", "Meeting"),
    "task": QT_TRANSLATE_NOOP("TimelineView", "Task"),
    "email": QT_TRANSLATE_NOOP("TimelineView", "Email"),
    "fax": QT_TRANSLATE_NOOP("TimelineView", "Fax"),
    "sms": QT_TRANSLATE_NOOP("TimelineView", "SMS"),
    "appointment": QT_TRANSLATE_NOOP("TimelineView", "Appointment"),
    "document": QT_TRANSLATE_NOOP("TimelineView", "Document"),
    "deal": QT_TRANSLATE_NOOP("TimelineView", "Deal"),
}
DEAL_STATUS = {
    "open": QT_TRANSLATE_NOOP("TimelineView", "open"),
    "won": QT_TRANSLATE_NOOP("TimelineView", "won"),
    "lost": QT_TRANSLATE_NOOP("TimelineView", "lost"),
}
# The second line the timeline service writes in English (services/timeline.py), read back here so it
# can be shown in the user's language, digits and currency format.
_MINUTES = re.compile(r"(\d+) min")
_BYTES = re.compile(r"(?P<name>.*) · (?P<size>[\d,]+) bytes")
_DEAL = re.compile(r"(?P<amount>-?[\d,]+\.\d\d) (?P<currency>[A-Z]{3}) · (?P<status>\w+)")
_DONE, _OPEN = "\u2713 ", "\u2610 "  # ✓ and ☐ before a task's subject
# Items shown at first; "Show older items" adds as many again. A contact with thousands of e-mails opens fast
# (bench mail_timeline) because only a page is read, formatted and put into the tree.
PAGE = 300


class TimelineView(QWidget):
    kind_filter_changed = Signal()
    more_requested = Signal()  # "Show older items": the owner reloads with the larger self.limit

    def __init__(self, parent: QWidget | None = None, settings: Any = None):
        super().__init__(parent)
        self.prefs = prefs(settings)  # language, calendar and digits (a Workspace or DisplayPrefs)
        self.filter = QComboBox()
        self.filter.addItem(self.tr("Everything"), None)
        for kind in TIMELINE_KINDS:
            self.filter.addItem(self.tr(KIND_LABELS[kind]), kind)
        self.filter.currentIndexChanged.connect(self.kind_filter_changed)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Type"), self.tr("What"), self.tr("Details")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.empty = QLabel(self.tr("Nothing here yet. Use the buttons above to log a call, add a note or a task."))
        self.empty.setWordWrap(True)
        self.limit = PAGE
        self.more = QPushButton(self.tr("Show older items"))
        self.more.setObjectName("timelineMore")
        self.more.clicked.connect(self._more)
        self.more.hide()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("History")))
        top.addStretch(1)
        top.addWidget(self.filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.more)
        layout.addWidget(self.empty)

    def kinds(self) -> set[str] | None:
        kind = self.filter.currentData()
        return None if kind is None else {kind}

    def _more(self) -> None:
        self.limit += PAGE
        self.more_requested.emit()

    def show_items(self, items: list[TimelineItem], more: bool = False) -> None:
        """``more``: older items exist beyond these (the owner asked for ``self.limit`` and got that many)."""
        self.more.setVisible(more)
        self.tree.clear()
        rows = []
        for item in items:
            when = format_datetime(item.when, self.prefs)
            title = isolate(item.title)
            if item.done is not None:
                title = (_DONE if item.done else _OPEN) + title
            row = QTreeWidgetItem([when, self.tr(KIND_LABELS[item.kind]), title, self.detail_text(item)])
            row.setData(0, Qt.ItemDataRole.UserRole, (item.entity, item.id))
            rows.append(row)
        self.tree.addTopLevelItems(rows)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        self.empty.setVisible(not items)
        self.tree.setVisible(bool(items))

    def detail_text(self, item: TimelineItem) -> str:
        """The item's second line in the user's language: durations, sizes, amounts and deal stages."""
        detail, p = item.detail, self.prefs
        if not detail:
            return ""
        if item.kind == "deal" and (deal := _DEAL.fullmatch(detail)):
            minor = int(Decimal(deal["amount"].replace(",", "")) * 100)  # the service divided by 100
            try:
                amount = format_money(minor, deal["currency"], p.lang, "latin" if p.digits == "latin" else "native")
            except (KeyError, ValueError):
                amount = digits(f"{deal['amount']} {deal['currency']}", p)
            status = self.tr(DEAL_STATUS[deal["status"]]) if deal["status"] in DEAL_STATUS else deal["status"]
            return _joined(amount, status)
        if item.kind == "document" and (document := _BYTES.fullmatch(detail)):
            size = int(document["size"].replace(",", ""))
            return _joined(document["name"], self.tr("{0} bytes").format(format_count(size, p)))
        if item.kind == "email" and detail[:2] in ("← ", "→ "):
            sender = ltr(detail[2:]) if detail[2:] else ""
            return (self.tr("From {0}") if detail[0] == "←" else self.tr("Sent from {0}")).format(sender)
        parts = []
        for part in detail.split(" · "):
            minutes = _MINUTES.fullmatch(part)
            parts.append(self.tr("{0} min").format(format_count(int(minutes[1]), p)) if minutes else part)
        return _joined(*parts)


def _joined(*parts: str) -> str:
    """Parts of a detail line, each in its own isolate: "No answer" next to "۲۶ دقیقه" keeps the line's order
    (in a right-to-left row the English outcome stays first, on the right; the minutes cannot swap with it)."""
    return " · ".join(isolate(part) for part in parts if part)
