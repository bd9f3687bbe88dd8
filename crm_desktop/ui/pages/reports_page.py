"""Reports: pick a report, set its filters, language, calendar and digits, preview the first pages, save.

The PDF is made by ``crm_desktop.reports`` (the same code as ``crm-desktop report``) on a worker thread
with a Cancel button; the window keeps painting. Preview: Qt's own PDF module (QtPdf) is used when it
is installed (PySide6-Addons); the app depends on PySide6-Essentials only, which has no PDF renderer,
so otherwise the first pages are rendered with poppler's ``pdftoppm`` when it is on the PATH (Linux
desktops and the CI have it), and without either the page says so and offers to open the PDF in the
system's viewer. Rendering a PDF ourselves would mean a second layout engine that could disagree.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import threading
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QSettings, QSize, Qt, QTemporaryDir, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CrmError
from crm_desktop.reports.context import ReportOptions
from crm_desktop.reports.directory import COLUMNS, DEFAULT_COLUMNS
from crm_desktop.reports.engine import ReportResult, make_report
from crm_desktop.services.sales import PipelineService
from crm_desktop.services.saved_searches import SavedSearchService
from crm_desktop.text.bidi import ltr

from ..dates import format_count, setup_date_edit, setup_number_edit
from ..error_text import error_text
from ..workspace import Workspace
from .tasks_page import system_zone

PREVIEW_PAGES = 3
PREVIEW_DPI = 100  # shown scaled to the preview's width
# (key, label) in the order of the list; labels go through tr() where shown.
REPORT_LABELS = (
    ("directory", QT_TRANSLATE_NOOP("ReportsPage", "Contact directory")),
    ("profile", QT_TRANSLATE_NOOP("ReportsPage", "Contact or company profile")),
    ("activities", QT_TRANSLATE_NOOP("ReportsPage", "Activities per user")),
    ("agenda", QT_TRANSLATE_NOOP("ReportsPage", "Appointment agenda")),
    ("tasks", QT_TRANSLATE_NOOP("ReportsPage", "Task list")),
    ("pipeline", QT_TRANSLATE_NOOP("ReportsPage", "Sales pipeline and forecast")),
    ("duplicates", QT_TRANSLATE_NOOP("ReportsPage", "Possible duplicates")),
)
CALENDARS = (
    ("gregorian", QT_TRANSLATE_NOOP("ReportsPage", "Gregorian")),
    ("jalali", QT_TRANSLATE_NOOP("ReportsPage", "Persian (Jalali)")),
    ("hijri", QT_TRANSLATE_NOOP("ReportsPage", "Hijri")),
)


def _qt_pdf() -> Any:
    """QtPdf's QPdfDocument if PySide6-Addons is installed. Looked up on the GUI thread: importing a
    missing PySide6 module from a worker thread crashed the interpreter (PySide6 6.12's import hook)."""
    try:
        from PySide6.QtPdf import QPdfDocument  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        return None
    return QPdfDocument


QPdfDocument = _qt_pdf()


def render_preview(pdf: Path, folder: Path, pages: int = PREVIEW_PAGES, dpi: int = PREVIEW_DPI) -> list[QImage] | None:
    """The first ``pages`` pages as images (QtPdf, else pdftoppm); None when neither is available."""
    if QPdfDocument is not None:
        document = QPdfDocument()
        document.load(str(pdf))
        images = []
        for index in range(min(pages, document.pageCount())):
            size = document.pagePointSize(index)
            images.append(document.render(index, QSize(int(size.width() * dpi / 72), int(size.height() * dpi / 72))))
        return images
    tool = shutil.which("pdftoppm")
    if tool is None:
        return None
    prefix = folder / "page"
    subprocess.run(
        [tool, "-r", str(dpi), "-png", "-f", "1", "-l", str(pages), str(pdf), str(prefix)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return [QImage(str(path)) for path in sorted(folder.glob("page-*.png"))]


class ReportJob(QThread):
    """Makes one PDF (and its preview images) off the GUI thread."""

    pages_done = Signal(int)
    failed = Signal(str)
    succeeded = Signal(object, object)  # ReportResult, list[QImage] | None

    def __init__(self, workspace: Workspace, name: str, out: Path, options: ReportOptions, filters: dict[str, Any]):
        super().__init__()
        self.workspace, self.name, self.out, self.options, self.filters = workspace, name, out, options, filters
        self.cancel = threading.Event()
        self.preview_folder = Path(tempfile.mkdtemp(prefix="rafiq-preview-"))

    def run(self) -> None:
        try:
            result = make_report(
                self.workspace.db,
                self.name,
                self.out,
                self.options,
                self.filters,
                progress=self.pages_done.emit,
                cancel=self.cancel,
            )
            try:
                images = render_preview(result.path, self.preview_folder)
            except (OSError, subprocess.SubprocessError):
                images = None
        except CrmError as exc:
            self.failed.emit(error_text(exc))
        except Exception as exc:  # never a traceback in the user's face: say what failed
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.succeeded.emit(result, images)
        finally:
            shutil.rmtree(self.preview_folder, ignore_errors=True)


class ReportsPage(QWidget):
    def __init__(self, workspace: Workspace, settings: QSettings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.settings = settings
        self.job: ReportJob | None = None
        self.last_pdf: Path | None = None
        self.scratch_dir = QTemporaryDir()  # previews live here; removed with the page
        self.scratch = Path(self.scratch_dir.path())

        title = QLabel(self.tr("Reports"))
        title.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.reports = QListWidget()
        self.reports.setMaximumWidth(260)
        for key, label in REPORT_LABELS:
            item = QListWidgetItem(self.tr(label))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.reports.addItem(item)
        self.forms = QStackedWidget()
        self.fields: dict[str, dict[str, QWidget]] = {}
        for key, _ in REPORT_LABELS:
            self.forms.addWidget(self._form(key))
        self.reports.currentRowChanged.connect(self.forms.setCurrentIndex)

        self.language = QComboBox()
        for code, name in (("en", "English"), ("ar", "العربية"), ("fa", "فارسی")):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(workspace.lang)))
        self.calendar = QComboBox()
        for code, label in CALENDARS:
            self.calendar.addItem(self.tr(label), code)
        self.calendar.setCurrentIndex(max(0, self.calendar.findData(workspace.calendar)))
        self.native_digits = QCheckBox(self.tr("Arabic or Persian &digits"))
        self.native_digits.setChecked(workspace.digits != "latin")
        self.language.currentIndexChanged.connect(
            lambda _index: self.native_digits.setEnabled(self.language.currentData() != "en")
        )
        self.native_digits.setEnabled(workspace.lang != "en")
        self.logo = QLineEdit(str(settings.value("reports/logo", "")) if settings else "")
        self.logo.setPlaceholderText(self.tr("No logo"))
        self.logo.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a path reads left to right
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(browse)
        common = QGroupBox(self.tr("Printing"))
        common_form = QFormLayout(common)
        common_form.addRow(self.tr("&Language:"), self.language)
        common_form.addRow(self.tr("&Calendar:"), self.calendar)
        common_form.addRow("", self.native_digits)
        common_form.addRow(self.tr("Logo:"), logo_row)

        self.preview_button = QPushButton(self.tr("&Preview"))
        self.preview_button.clicked.connect(self.preview)
        self.save_button = QPushButton(self.tr("&Save PDF…"))
        self.save_button.clicked.connect(self.save)
        self.open_button = QPushButton(self.tr("&Open PDF"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_pdf)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        buttons = QHBoxLayout()
        for widget in (self.preview_button, self.save_button, self.open_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.busy)
        buttons.addWidget(self.cancel_button)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.preview_area = QScrollArea()
        self.preview_area.setWidgetResizable(True)
        self.preview_holder = QWidget()
        self.preview_layout = QVBoxLayout(self.preview_holder)
        self.preview_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.preview_area.setWidget(self.preview_holder)
        self.preview_images: list[QLabel] = []
        self.preview_sources: list[QImage] = []

        filters = QGroupBox(self.tr("Filters"))
        QVBoxLayout(filters).addWidget(self.forms)
        settings_column = QVBoxLayout()
        settings_column.addWidget(filters)
        settings_column.addWidget(common)
        settings_column.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.reports)
        middle.addLayout(settings_column)
        middle.addWidget(self.preview_area, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(middle, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.reports.setCurrentRow(0)

    # ---- filter forms -------------------------------------------------------------------------------
    def _users(self, everyone: str) -> QComboBox:
        box = QComboBox()
        box.addItem(everyone, None)
        for user in self.workspace.users().list(limit=10_000):
            if user.active:
                box.addItem(user.display_name, user.id)
        return box

    def _date(self, value: date | None = None) -> QDateEdit:
        edit = QDateEdit()
        setup_date_edit(edit, self.workspace)
        day = value or date.today()
        edit.setDate(QDate(day.year, day.month, day.day))
        return edit

    def _form(self, key: str) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        fields: dict[str, QWidget] = {}
        if key == "directory":
            fields["tag"] = QLineEdit()
            fields["user_id"] = self._users(self.tr("(anyone)"))
            stage = QComboBox()
            stage.addItem(self.tr("(any)"), None)
            for code, label in (
                ("lead", self.tr("Lead")),
                ("prospect", self.tr("Prospect")),
                ("customer", self.tr("Customer")),
                ("vip", self.tr("VIP")),
                ("inactive", self.tr("Inactive")),
            ):
                stage.addItem(label, code)
            fields["stage"] = stage
            saved = QComboBox()
            saved.addItem(self.tr("(none)"), None)
            for search in SavedSearchService(self.workspace.db, self.workspace.user_id).list("contacts"):
                saved.addItem(search.name, search.id)
            fields["saved_search"] = saved
            columns = QListWidget()
            titles = {
                "name": self.tr("Name"),
                "company": self.tr("Company"),
                "job_title": self.tr("Job title"),
                "email": self.tr("Email"),
                "phone": self.tr("Phone"),
                "stage": self.tr("Stage"),
                "owner": self.tr("Owner"),
                "last_contacted": self.tr("Last contact"),
            }
            for column in COLUMNS:
                item = QListWidgetItem(titles[column])
                item.setData(Qt.ItemDataRole.UserRole, column)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if column in DEFAULT_COLUMNS else Qt.CheckState.Unchecked)
                columns.addItem(item)
            columns.setMaximumHeight(190)
            fields["columns"] = columns
            rows = (
                ("tag", self.tr("&Tag:")),
                ("user_id", self.tr("&Owner:")),
                ("stage", self.tr("&Stage:")),
                ("saved_search", self.tr("Saved &search:")),
                ("columns", self.tr("Col&umns:")),
            )
        elif key == "profile":
            kind = QComboBox()
            kind.addItem(self.tr("Contact"), "contacts")
            kind.addItem(self.tr("Company"), "companies")
            fields["kind"] = kind
            fields["find"] = QLineEdit()
            fields["find"].setPlaceholderText(self.tr("Part of the name, then Enter"))
            record = QComboBox()
            fields["record"] = record
            fields["find"].returnPressed.connect(self._find_records)  # type: ignore[attr-defined]
            kind.currentIndexChanged.connect(lambda _index: self._find_records())
            rows = (("kind", self.tr("&Profile of:")), ("find", self.tr("&Find:")), ("record", self.tr("&Record:")))
        elif key == "activities":
            fields["date_from"] = self._date(date.fromordinal(date.today().toordinal() - 6))
            fields["date_to"] = self._date()
            fields["user_id"] = self._users(self.tr("(everyone)"))
            rows = (("date_from", self.tr("&From:")), ("date_to", self.tr("&To:")), ("user_id", self.tr("&User:")))
        elif key == "agenda":
            period = QComboBox()
            for code, label in (("day", self.tr("Day")), ("week", self.tr("Week")), ("month", self.tr("Month"))):
                period.addItem(label, code)
            period.setCurrentIndex(1)
            fields["period"] = period
            fields["date"] = self._date()
            fields["user_id"] = self._users(self.tr("(everyone)"))
            rows = (("period", self.tr("&Period:")), ("date", self.tr("&Date:")), ("user_id", self.tr("&Owner:")))
        elif key == "tasks":
            fields["user_id"] = self._users(self.tr("(everyone)"))
            rows = (("user_id", self.tr("&Assigned to:")),)
        elif key == "pipeline":
            pipelines = QComboBox()
            for pipeline in PipelineService(self.workspace.db).list(limit=100):
                pipelines.addItem(pipeline.name, pipeline.id)
            fields["pipeline_id"] = pipelines
            fields["user_id"] = self._users(self.tr("(everyone)"))
            rows = (("pipeline_id", self.tr("&Pipeline:")), ("user_id", self.tr("&Owner:")))
        else:  # duplicates
            entity = QComboBox()
            entity.addItem(self.tr("Contacts"), "contacts")
            entity.addItem(self.tr("Companies"), "companies")
            fields["entity"] = entity
            score = QSpinBox()
            score.setRange(0, 100)
            score.setValue(60)
            setup_number_edit(score, self.workspace)
            fields["min_score"] = score
            rows = (("entity", self.tr("&Records:")), ("min_score", self.tr("Lowest &score:")))
        for field, label in rows:
            form.addRow(label, fields[field])  # a label with & gets the field as its buddy
        self.fields[key] = fields
        return page

    def _find_records(self) -> None:
        fields = self.fields["profile"]
        kind = fields["kind"].currentData()  # type: ignore[attr-defined]
        text = fields["find"].text().strip()  # type: ignore[attr-defined]
        record: QComboBox = fields["record"]  # type: ignore[assignment]
        record.clear()
        listing = self.workspace.listing()
        filters = {"query": text} if text else {}
        ids = listing.page_ids(kind, filters, "name", False, 0, 50)
        if kind == "contacts":
            for row in listing.contact_rows(ids):
                record.addItem(row.display_name, row.id)
        else:
            for company in listing.company_rows(ids):
                record.addItem(company.name, company.id)

    # ---- what to make -------------------------------------------------------------------------------
    def current_report(self) -> str:
        item = self.reports.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else "directory"

    def filters(self) -> dict[str, Any]:
        key = self.current_report()
        fields = self.fields[key]
        values: dict[str, Any] = {}
        for name, widget in fields.items():
            if isinstance(widget, QComboBox) and name not in ("kind", "record"):
                values[name] = widget.currentData()
            elif isinstance(widget, QLineEdit) and name != "find":
                values[name] = widget.text().strip() or None
            elif isinstance(widget, QDateEdit):
                values[name] = widget.date().toPython()
            elif isinstance(widget, QSpinBox):
                values[name] = widget.value()
            elif isinstance(widget, QListWidget):
                items = [widget.item(i) for i in range(widget.count())]
                values[name] = [
                    i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked
                ]
        if key == "profile":
            record = fields["record"]
            assert isinstance(record, QComboBox)
            kind = fields["kind"].currentData()  # type: ignore[attr-defined]
            values["contact_id" if kind == "contacts" else "company_id"] = record.currentData()
        return {k: v for k, v in values.items() if v not in (None, "", [])}

    def options(self) -> ReportOptions:
        return ReportOptions(
            lang=str(self.language.currentData()),
            calendar=str(self.calendar.currentData()),
            digits="native" if self.native_digits.isChecked() else "latin",
            time_zone=system_zone(),
            logo=self.logo.text().strip() or None,
            user_id=self.workspace.user_id,
        )

    # ---- actions ------------------------------------------------------------------------------------
    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Logo for the reports"), self.logo.text(), self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.logo.setText(path)

    def preview(self) -> None:
        self.start(self.scratch / f"{self.current_report()}.pdf")

    def save(self) -> None:
        folder = str(self.settings.value("reports/folder", "")) if self.settings else ""
        suggested = str(Path(folder) / f"{self.current_report()}.pdf") if folder else f"{self.current_report()}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"), suggested, self.tr("PDF files (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        if self.settings is not None:
            self.settings.setValue("reports/folder", str(Path(path).parent))
        self.start(Path(path))

    def start(self, out: Path) -> bool:
        if self.job is not None:
            return False
        try:
            options, filters = self.options(), self.filters()
        except CrmError as exc:
            self.show_error(error_text(exc))
            return False
        if self.settings is not None:
            self.settings.setValue("reports/logo", self.logo.text().strip())
        self.job = ReportJob(self.workspace, self.current_report(), out, options, filters)
        self.job.pages_done.connect(self._progress)
        self.job.failed.connect(self._failed)
        self.job.succeeded.connect(self._succeeded)
        self.job.finished.connect(self._finished)
        self._busy(True)
        self.status.setText(self.tr("Making the report…"))
        self.job.start()
        return True

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel.set()

    def open_pdf(self) -> None:
        if self.last_pdf is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_pdf)))

    # ---- job results --------------------------------------------------------------------------------
    def _busy(self, busy: bool) -> None:
        for widget in (self.preview_button, self.save_button, self.reports, self.forms):
            widget.setEnabled(not busy)
        self.busy.setVisible(busy)
        self.cancel_button.setVisible(busy)

    def _progress(self, pages: int) -> None:
        self.status.setText(self.tr("Laying out page {0}…").format(format_count(pages, self.workspace)))

    def _failed(self, message: str) -> None:
        self.show_error(message)

    def show_error(self, message: str) -> None:
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(self.tr("The report was not made: {0}").format(message))

    def _succeeded(self, result: ReportResult, images: list[QImage] | None) -> None:
        self.last_pdf = result.path
        self.open_button.setEnabled(True)
        self.status.setStyleSheet("")
        self.status.setText(
            self.tr("{0}: {1} pages, {2} rows, written to {3}").format(
                result.title,
                format_count(result.pages, self.workspace),
                format_count(result.rows, self.workspace),
                ltr(str(result.path)),
            )
        )
        self.show_preview(images)

    def _finished(self) -> None:
        if self.job is not None:
            self.job.wait()
            self.job.deleteLater()
        self.job = None
        self._busy(False)

    def show_preview(self, images: list[QImage] | None) -> None:
        for label in self.preview_images:
            label.deleteLater()
        self.preview_images = []
        self.preview_sources = list(images or [])
        if not images:
            label = QLabel(
                self.tr(
                    "No preview on this computer (it needs Qt's PDF module or poppler's pdftoppm). "
                    "The PDF is ready: use Open PDF to see it."
                )
            )
            label.setWordWrap(True)
            self.preview_images.append(label)
        for _image in images or []:
            label = QLabel()
            label.setStyleSheet("border: 1px solid #d0d7de; background: white;")
            self.preview_images.append(label)
        for label in self.preview_images:
            self.preview_layout.addWidget(label)
        self._scale_preview()

    def _scale_preview(self) -> None:
        """Pages as wide as the preview (never wider than rendered), so a whole line of the page shows."""
        room = max(200, self.preview_area.viewport().width() - 24)
        for label, image in zip(self.preview_images, self.preview_sources, strict=False):
            pixmap = QPixmap.fromImage(image)
            if pixmap.width() > room:
                pixmap = pixmap.scaledToWidth(room, Qt.TransformationMode.SmoothTransformation)
            label.setPixmap(pixmap)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.preview_sources:
            self._scale_preview()

    def closeEvent(self, event: Any) -> None:
        self.cancel()
        if self.job is not None:
            self.job.wait()
        super().closeEvent(event)
