"""The main window: navigation, one page per section, menus with shortcuts, the open database in the
status bar. Pages are built lazily the first time they are shown, so start-up shows a window quickly."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.config import config_dir
from crm_desktop.services.saved_searches import SavedSearchService
from crm_desktop.services.tasks import TaskService
from crm_desktop.text.bidi import isolate, ltr

from . import office_tools
from .dates import format_count
from .live_refresh import LiveRefresh
from .ops import finish_ops, set_status_hook
from .pages.companies_page import CompaniesPage
from .pages.contacts_page import ContactsPage
from .pages.dashboard_page import DashboardPage
from .pages.list_page import ListPage
from .reminders import start_reminders
from .search_popup import GlobalSearch
from .workspace import Workspace

# (key, label): QT_TRANSLATE_NOOP marks the labels for lupdate; MainWindow.tr() translates them where shown.
SECTIONS = (
    ("dashboard", QT_TRANSLATE_NOOP("MainWindow", "Dashboard")),
    ("contacts", QT_TRANSLATE_NOOP("MainWindow", "Contacts")),
    ("companies", QT_TRANSLATE_NOOP("MainWindow", "Companies")),
    ("tasks", QT_TRANSLATE_NOOP("MainWindow", "My tasks")),
    ("calendar", QT_TRANSLATE_NOOP("MainWindow", "Calendar")),
    ("pipeline", QT_TRANSLATE_NOOP("MainWindow", "Pipeline")),
    ("emails", QT_TRANSLATE_NOOP("MainWindow", "Emails")),
    ("documents", QT_TRANSLATE_NOOP("MainWindow", "Documents")),
    ("reports", QT_TRANSLATE_NOOP("MainWindow", "Reports")),
    ("trash", QT_TRANSLATE_NOOP("MainWindow", "Trash")),
    ("duplicates", QT_TRANSLATE_NOOP("MainWindow", "Duplicates")),
)
MODE_LABELS = {
    "local": QT_TRANSLATE_NOOP("MainWindow", "Local file"),
    "shared": QT_TRANSLATE_NOOP("MainWindow", "Shared folder"),
    "server": QT_TRANSLATE_NOOP("MainWindow", "Server"),
}


def ui_settings() -> QSettings:
    """Window geometry and column layouts, per computer, next to the settings file."""
    return QSettings(str(config_dir() / "window.ini"), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace, settings: QSettings | None = None):
        super().__init__()
        self.workspace = workspace
        self.settings = settings or ui_settings()
        self.setWindowTitle(self.tr("Rafiq CRM"))
        self.factories: dict[str, Callable[[], QWidget]] = {
            "dashboard": lambda: DashboardPage(workspace),
            "contacts": lambda: ContactsPage(workspace, self.settings),
            "companies": lambda: CompaniesPage(workspace, self.settings),
            "duplicates": self._duplicates_page,
        }
        self.factories.update(self._optional_pages())
        self.pages: dict[str, QWidget] = {}
        self.navigation = QListWidget()
        self.navigation.setMaximumWidth(240)
        self.stack = QStackedWidget()
        for _key, _label in SECTIONS:
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.stack.addWidget(holder)
        self.rebuild_navigation()
        workspace.changes.changed.connect(self._on_change)
        self.navigation.currentRowChanged.connect(self._show_row)
        splitter = QSplitter()
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)
        self._build_actions()
        self._build_status_bar()
        geometry = self.settings.value("main/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(QSize(1280, 800))
        self.show_section(str(self.settings.value("main/section", "contacts")))

    def _optional_pages(self) -> dict[str, Callable[[], QWidget]]:
        """The other sections, each imported when first opened (reports pull in ReportLab, the pipeline its charts)."""
        pages: dict[str, Callable[[], QWidget]] = {}
        for key, module, name in (
            ("tasks", "pages.tasks_page", "TasksPage"),
            ("trash", "pages.trash_page", "TrashPage"),
            ("reports", "pages.reports_page", "ReportsPage"),
            ("pipeline", "pipeline.board", "PipelineBoard"),
            ("calendar", "pages.calendar_page", "CalendarPage"),
            ("emails", "pages.emails_page", "EmailsPage"),
            ("documents", "pages.documents_page", "DocumentsPage"),
        ):
            pages[key] = partial(self._lazy_page, module, name)
        return pages

    def _lazy_page(self, module: str, name: str) -> QWidget:
        page_class = getattr(importlib.import_module(f"{__package__}.{module}"), name)
        if name == "ReportsPage":
            return page_class(self.workspace, self.settings)  # remembers the last report's choices
        return page_class(self.workspace)

    # ---- sections and navigation -------------------------------------------------------------------
    def section_keys(self) -> list[str]:
        return [key for key, _ in SECTIONS]

    def rebuild_navigation(self) -> None:
        """Sections, with each list's saved searches ("smart groups") under it and the open-task count."""
        current = self.navigation.currentItem()
        current_data = current.data(Qt.ItemDataRole.UserRole) if current else None
        self.navigation.blockSignals(True)
        self.navigation.clear()
        searches = SavedSearchService(self.workspace.db, self.workspace.user_id).list()
        open_tasks = TaskService(self.workspace.db).open_count(self.workspace.user_id)
        for key, label in SECTIONS:
            text = self.tr(label)
            if key == "tasks" and open_tasks:
                text = f"{text} ({format_count(open_tasks, self.workspace)})"
            self._nav_item(text, key)
            for search in searches:
                if search.entity == key:
                    self._nav_item(f"    {isolate(search.name)}", ("search", search.id))
        self.navigation.blockSignals(False)
        rows = [self.navigation.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.navigation.count())]
        if current_data in rows:
            self.navigation.setCurrentRow(rows.index(current_data))

    def _nav_item(self, text: str, data: object) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, data)
        self.navigation.addItem(item)

    def _row_of(self, data: object) -> int:
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(Qt.ItemDataRole.UserRole) == data:
                return row
        return -1

    def show_section(self, key: str) -> QWidget:
        if key not in self.section_keys():
            key = "contacts"
        self.navigation.setCurrentRow(self._row_of(key))
        return self.page(key)

    def show_saved_search(self, search_id: int) -> QWidget:
        self.navigation.setCurrentRow(self._row_of(("search", search_id)))
        return self.current_page()

    def page(self, key: str) -> QWidget:
        if key not in self.pages:
            page = self.factories[key]()
            holder = self.stack.widget(self.section_keys().index(key))
            holder.layout().addWidget(page)
            self.pages[key] = page
        return self.pages[key]

    def current_page(self) -> QWidget | None:
        return self.pages.get(self.section_keys()[self.stack.currentIndex()])

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        data = self.navigation.item(row).data(Qt.ItemDataRole.UserRole)
        if isinstance(data, str):
            key, search = data, None
        else:
            search = SavedSearchService(self.workspace.db, self.workspace.user_id).get(data[1])
            key = search.entity
        page = self.page(key)
        self.stack.setCurrentIndex(self.section_keys().index(key))
        if isinstance(page, ListPage):
            page.apply_saved_search(search.filters if search else None)
        if search is None:
            self.settings.setValue("main/section", key)

    def _on_change(self, entity: str, _record_id: int) -> None:
        if entity in ("activities", "saved_searches"):
            self.rebuild_navigation()

    # ---- actions -------------------------------------------------------------------------------------
    def _action(self, text: str, shortcut: QKeySequence | str | None, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _=False: slot())
        return action

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.actions_by_name = {
            "new_contact": self._action(self.tr("New &contact…"), key.New, self.new_contact),
            "new_company": self._action(self.tr("New com&pany…"), "Ctrl+Shift+N", self.new_company),
            "quit": self._action(self.tr("&Quit"), key.Quit, self.close),
            # Ctrl+F and Ctrl+K both open the global search: Ctrl+F is where people look first; the list's own
            # name filter moves to Ctrl+Shift+F.
            "find": self._action(self.tr("&Search everything…"), key.Find, self.global_search),
            "filter": self._action(self.tr("&Filter the list…"), "Ctrl+Shift+F", self.find),
            "edit": self._action(self.tr("&Edit record…"), "Ctrl+E", self.edit_current),
            "delete": self._action(self.tr("Move to &Trash"), key.Delete, self.delete_current),
            "refresh": self._action(self.tr("&Refresh"), key.Refresh, self.refresh_current),
            "about": self._action(self.tr("&About Rafiq CRM"), None, self.about),
            "guide": self._action(self.tr("User &guide"), key.HelpContents, self.show_guide),
            "settings": self._action(self.tr("&Settings…"), "Ctrl+,", self.open_settings),
            "import": self._action(self.tr("&Import…"), "Ctrl+I", self.import_contacts),
            "export_archive": self._action(self.tr("Export &archive…"), None, self.export_archive),
        }
        a = self.actions_by_name
        a["find"].setShortcuts([QKeySequence(key.Find), QKeySequence("Ctrl+K")])
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions([a["new_contact"], a["new_company"]])
        file_menu.addSeparator()
        file_menu.addActions([a["import"], a["export_archive"]])
        file_menu.addSeparator()
        file_menu.addAction(a["settings"])
        file_menu.addSeparator()
        file_menu.addAction(a["quit"])
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addActions([a["find"], a["filter"], a["edit"], a["delete"], a["refresh"]])
        self.office_actions = office_tools.install_menus(self, file_menu, edit_menu)  # History, Backups…
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for number, (section, label) in enumerate(SECTIONS, start=1):
            shortcut = f"Ctrl+{number % 10}" if number <= 10 else None
            view_menu.addAction(self._action(self.tr(label), shortcut, lambda s=section: self.show_section(s)))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addActions([a["guide"], a["about"]])
        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("main_toolbar")
        toolbar.addActions([a["new_contact"], a["new_company"], a["refresh"], a["delete"]])
        self.search_box = GlobalSearch(self.workspace, self)
        self.search_box.open_requested.connect(self.open_search_hit)
        toolbar.addWidget(self.search_box)
        self.addToolBar(toolbar)

    def _build_status_bar(self) -> None:
        db = self.workspace.db
        mode = self.tr(MODE_LABELS[db.mode]) + (self.tr(" (read-only)") if db.read_only else "")
        self.database_label = QLabel(ltr(db.display_name))  # a path or URL: never reordered in RTL
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.mode_label = QLabel(mode)
        self.user_label = QLabel(self.workspace.user_name or self.tr("(no user)"))
        for widget in (self.database_label, self.mode_label, self.user_label):
            self.statusBar().addPermanentWidget(widget)
        set_status_hook(self._op_status)  # "Saving…", "Database busy, retrying…" from ui/ops.py
        for warning in db.warnings:  # e.g. a local-mode file found on a network share
            self.statusBar().showMessage(warning)
        # Changes committed by other instances (shared file, server) reach the open views within ~1 s.
        self.live_refresh = LiveRefresh(self.workspace, self)
        self.live_refresh.problem.connect(self.statusBar().showMessage)
        self.live_refresh.start()
        self.presence = office_tools.install_presence(self)  # "2 others working: Sara (PC-2), …"
        self.reminders = start_reminders(self.workspace, self)  # appointment reminders; missed ones shown at once

    def _op_status(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(text)
        else:
            self.statusBar().clearMessage()

    def _list_page(self) -> ListPage | None:
        page = self.current_page()
        return page if isinstance(page, ListPage) else None

    def new_contact(self) -> None:
        page = self.show_section("contacts")
        assert isinstance(page, ListPage)
        page.new_record()

    def new_company(self) -> None:
        page = self.show_section("companies")
        assert isinstance(page, ListPage)
        page.new_record()

    def find(self) -> None:
        page = self._list_page() or self.show_section("contacts")
        assert isinstance(page, ListPage)
        page.quick_filter.setFocus()
        page.quick_filter.selectAll()

    def global_search(self) -> None:
        self.search_box.focus_search()

    def open_search_hit(self, hit: object) -> None:
        """A search result: contacts and companies open in their list; other records open the person or
        company they belong to; records in the Trash open the Trash."""
        if getattr(hit, "deleted", False):
            self.show_section("trash")
            return
        entity = getattr(hit, "entity", "")
        target = ("contacts", hit.contact_id) if getattr(hit, "contact_id", None) else ("companies", hit.company_id)
        if entity in ("contacts", "companies"):
            target = (entity, hit.id)
        if target[1] is None:
            self.statusBar().showMessage(self.tr("This result belongs to no contact or company."), 5000)
            return
        page = self.show_section(target[0])
        if isinstance(page, ListPage):
            page.select_id(target[1])
            if page.detail.record_id != target[1]:  # not on a loaded page of the list: show it anyway
                page.detail.show_record(target[1])

    def _duplicates_page(self) -> QWidget:
        from .pages.duplicates_page import DuplicatesPage

        return DuplicatesPage(self.workspace)

    def edit_current(self) -> None:
        if page := self._list_page():
            page.edit()

    def delete_current(self) -> None:
        if page := self._list_page():
            page.delete_selected()

    def refresh_current(self) -> None:
        page = self.current_page()
        if page is not None and hasattr(page, "refresh"):
            page.refresh()

    def import_contacts(self) -> None:
        from .import_wizard import ImportWizard

        ImportWizard(self.workspace, self).exec()

    def export_archive(self) -> None:
        from .import_wizard import export_archive_dialog

        export_archive_dialog(self, self.workspace)

    def open_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        SettingsDialog(self.workspace, self, settings=self.settings).exec()

    def about(self) -> None:
        from .about import AboutDialog

        AboutDialog(self.workspace.db.display_name, self).exec()

    def show_guide(self) -> None:
        from .help import HelpDialog

        HelpDialog(self.workspace.lang, self).exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("main/geometry", self.saveGeometry())
        for page in self.pages.values():
            if isinstance(page, ListPage):
                page.save_layout()
        self.settings.sync()
        finish_ops(timeout=30)  # a save still on the database thread finishes before the window goes
        self.live_refresh.stop()
        self.presence.stop()
        self.reminders.stop()
        set_status_hook(None)
        super().closeEvent(event)
