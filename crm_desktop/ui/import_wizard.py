"""The import wizard: a thin QWizard over ``io.import_flow.ImportFlow`` (which holds every rule).

File -> encoding, delimiter and header with a preview -> a target per column (suggestions, presets) ->
duplicate policy -> a check of the whole file (dry run: counts and every problem with its line) -> the
import with progress and Cancel -> the report, savable as CSV. The check and the import run on a worker
thread; Cancel stops them and the database stays as it was (one transaction).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QLocale, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from crm_desktop.errors import CrmError, ValidationError
from crm_desktop.io.archive import export_archive
from crm_desktop.io.import_flow import STEPS, ImportFlow, ImportReport
from crm_desktop.io.mapping import Target
from crm_desktop.io.sniff import ENCODINGS
from crm_desktop.services.bulk import BulkCancelled
from crm_desktop.text.bidi import isolate
from crm_desktop.text.bidi import ltr as bidi_ltr

from .dates import digits, format_count
from .error_text import translate_error, translate_errors
from .first_run import ErrorLabel, ltr, note
from .workspace import Workspace

PREVIEW_ROWS = 20
SHOWN_PROBLEMS = 500
SHOWN_ENTRIES = 2_000  # the saved CSV report has every row


def table(headers: list[str], rows: list[list[Any]]) -> QTableWidget:
    widget = QTableWidget(len(rows), len(headers))
    widget.setHorizontalHeaderLabels(headers)
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    fill(widget, rows)
    return widget


_RTL_LETTERS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def shown(value: Any) -> str:
    """A cell's text isolated for display: Arabic/Persian keeps its direction, anything else (emails, phone
    numbers, dates) is forced left to right, so "+98 912 …" is not reordered in a right-to-left row."""
    text = "" if value is None else str(value)
    return isolate(text) if _RTL_LETTERS.search(text) else bidi_ltr(text)


def fill(widget: QTableWidget, rows: list[list[Any]], headers: list[str] | None = None) -> None:
    if headers is not None:
        widget.setColumnCount(len(headers))
        widget.setHorizontalHeaderLabels(headers)
    widget.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row[: widget.columnCount()]):
            widget.setItem(r, c, QTableWidgetItem(shown(value)))


class _Worker(QThread):
    """Runs a check or the import off the GUI thread; ``progress`` returns False once Cancel was pressed."""

    progressed = Signal(int)
    done = Signal(object, str)  # (report or None, problem text; "cancelled" when cancelled)

    def __init__(self, work: Callable[[Callable[[int], bool]], ImportReport]):
        super().__init__()
        self.work, self.cancelled = work, False

    def _progress(self, rows: int) -> bool:
        self.progressed.emit(rows)
        return not self.cancelled

    def run(self) -> None:
        try:
            self.done.emit(self.work(self._progress), "")
        except BulkCancelled:
            self.done.emit(None, "cancelled")
        except CrmError as exc:
            self.done.emit(getattr(exc, "report", None), str(exc))
        except Exception as exc:  # never a traceback in the user's face
            self.done.emit(None, f"{type(exc).__name__}: {exc}")


class StepPage(QWizardPage):
    def __init__(self, title: str) -> None:
        super().__init__()
        self.setTitle(title)
        self.error = ErrorLabel()

    def flow(self) -> ImportFlow:
        wizard = self.wizard()
        assert isinstance(wizard, ImportWizard)
        return wizard.flow

    def workspace(self) -> Workspace | None:
        """For the user's digits (Persian, Arabic-Indic or Latin) in counts and line numbers."""
        wizard = self.wizard()
        return wizard.workspace if isinstance(wizard, ImportWizard) else None

    def attempt(self, action: Callable[[], object]) -> bool:
        self.error.show_error(None)
        try:
            action()
        except ValidationError as exc:
            self.error.show_error("\n".join(translate_errors(exc.errors, self.workspace()).values()))
            return False
        except CrmError as exc:
            self.error.show_error(translate_error(str(exc), self.workspace()))
            return False
        return True


class FilePage(StepPage):
    def __init__(self) -> None:
        super().__init__(self.tr("Import contacts"))
        self.setSubTitle(self.tr("CSV or tab-separated text, an Excel workbook (.xlsx), or vCards (.vcf)."))
        self.path = ltr(QLineEdit())
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)
        self.format = QComboBox()
        for code, text in (
            ("", self.tr("Recognise from the file")),
            ("csv", "CSV"),
            ("xlsx", "Excel"),
            ("vcf", "vCard"),
        ):
            self.format.addItem(text, code)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("&File:"), row)
        form.addRow(self.tr("F&ormat:"), self.format)
        form.addRow(self.error)

    def browse(self) -> None:
        kinds = self.tr("Contacts (*.csv *.txt *.tsv *.xlsx *.vcf *.vcard);;All files (*)")
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import contacts"), self.path.text(), kinds)
        if path:
            self.path.setText(path)

    def validatePage(self) -> bool:
        flow = self.flow()
        flow.step = "file"
        return self.attempt(lambda: flow.submit_file(self.path.text().strip(), self.format.currentData() or None))


class SourcePage(StepPage):
    def __init__(self) -> None:
        super().__init__(self.tr("How the file is written"))
        self.setSubTitle(self.tr("Check that names and letters look right in the preview."))
        self.encoding = QComboBox()
        self.encoding.setEditable(True)
        self.encoding.addItems(list(ENCODINGS))
        self.delimiter = QComboBox()
        for code, text in ((",", self.tr("Comma")), (";", self.tr("Semicolon")), ("\t", self.tr("Tab")), ("|", "|")):
            self.delimiter.addItem(text, code)
        self.sheet = QComboBox()
        self.header = QCheckBox(self.tr("The first row holds the column &names"))
        self.dates = QComboBox()
        for code, text in (("auto", self.tr("Recognise")), ("dmy", self.tr("Day/month/year")),
                           ("mdy", self.tr("Month/day/year"))):  # fmt: skip
            self.dates.addItem(text, code)
        self.preview = table([], [])
        self.form = form = QFormLayout()
        form.addRow(self.tr("&Encoding:"), self.encoding)
        form.addRow(self.tr("&Separator:"), self.delimiter)
        form.addRow(self.tr("S&heet:"), self.sheet)
        form.addRow("", self.header)
        form.addRow(self.tr("&Dates:"), self.dates)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.error)
        self.encoding.activated.connect(lambda _: self.reread())
        for combo in (self.delimiter, self.sheet, self.dates):
            combo.activated.connect(lambda _: self.reread())
        self.header.toggled.connect(lambda _: self.reread())
        self._loading = False

    def initializePage(self) -> None:
        source = self.flow().source
        self._loading = True
        described = source.describe()
        csv_file = described["format"] == "csv"
        for widget in (self.encoding, self.delimiter):
            widget.setEnabled(csv_file)
            self.form.setRowVisible(widget, csv_file)
        self.sheet.setEnabled(not csv_file)
        self.form.setRowVisible(self.sheet, not csv_file)
        if csv_file:
            self.encoding.setCurrentText(described["encoding"])
            self.delimiter.setCurrentIndex(max(0, self.delimiter.findData(described["delimiter"])))
        else:
            self.sheet.clear()
            self.sheet.addItems(described["sheets"])
            self.sheet.setCurrentText(described["sheet"])
        self.header.setChecked(described["has_header"])
        self._loading = False
        self.show_preview()

    def reread(self) -> None:
        if self._loading:
            return
        options: dict[str, Any] = {"has_header": self.header.isChecked(), "date_order": self.dates.currentData()}
        if self.encoding.isEnabled():
            options.update(encoding=self.encoding.currentText().strip(), delimiter=self.delimiter.currentData())
        else:
            options["sheet"] = self.sheet.currentText()
        if self.attempt(lambda: self.flow().set_source_options(**options)):
            self.show_preview()

    def show_preview(self) -> None:
        try:
            rows = self.flow().preview(PREVIEW_ROWS)
        except CrmError as exc:
            self.error.show_error(str(exc))
            rows = []
        fill(self.preview, [r.cells for r in rows], self.flow().source.header)
        self.preview.setVerticalHeaderLabels([digits(str(r.line), self.workspace()) for r in rows])

    def validatePage(self) -> bool:
        return self.attempt(self.flow().submit_source)


class MappingPage(StepPage):
    def __init__(self) -> None:
        super().__init__(self.tr("Which field each column fills"))
        self.setSubTitle(self.tr("Suggestions come from the column names; change any of them."))
        self.columns = table([self.tr("Column"), self.tr("Examples"), self.tr("Contact field")], [])
        self.columns.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.columns.verticalHeader().hide()  # a row per column of the file, named in the first cell
        self.presets = QComboBox()
        apply_button, save_button = QPushButton(self.tr("&Use preset")), QPushButton(self.tr("Save as &preset…"))
        apply_button.clicked.connect(self.apply_preset)
        save_button.clicked.connect(self.save_preset)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Presets:")))
        row.addWidget(self.presets, 1)
        row.addWidget(apply_button)
        row.addWidget(save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.columns, 1)
        layout.addWidget(self.error)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        flow = self.flow()
        self.presets.clear()
        self.presets.addItems(sorted(flow.presets()))
        samples: list[list[str]] = [[] for _ in flow.source.header]
        for row in flow.preview(PREVIEW_ROWS):
            for i, value in enumerate(row.cells[: len(samples)]):
                if value not in (None, "") and len(samples[i]) < 3:
                    samples[i].append(str(value).replace("\n", " ")[:40])
        rows = [
            [name, " · ".join(shown(v) for v in s), ""] for name, s in zip(flow.source.header, samples, strict=True)
        ]
        fill(self.columns, rows)
        self.combos = []
        choices = flow.field_choices()
        for i, _ in enumerate(flow.source.header):
            combo = QComboBox()
            for key, label in choices:
                combo.addItem(self.tr(label), key)
            self.columns.setCellWidget(i, 2, combo)
            self.combos.append(combo)
        self.show_targets()

    def show_targets(self) -> None:
        for combo, target in zip(self.combos, self.flow().targets, strict=True):
            combo.setCurrentIndex(max(0, combo.findData(target.field)))

    def targets(self) -> list[Target]:
        old = self.flow().targets
        return [
            old[i] if combo.currentData() == old[i].field else Target(combo.currentData() or "")
            for i, combo in enumerate(self.combos)
        ]

    def apply_preset(self) -> None:
        if self.presets.currentText() and self.attempt(lambda: self.flow().apply_preset(self.presets.currentText())):
            self.show_targets()

    def save_preset(self, name: str | None = None) -> None:
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Save as preset"), self.tr("Preset name:"))
            if not ok:
                return
        self.flow().targets = self.targets()
        if self.attempt(lambda: self.flow().save_preset(name)):
            self.presets.clear()
            self.presets.addItems(sorted(self.flow().presets()))
            self.presets.setCurrentText(name.strip())

    def validatePage(self) -> bool:
        return self.attempt(lambda: self.flow().submit_mapping(self.targets()))


class OptionsPage(StepPage):
    def __init__(self) -> None:
        super().__init__(self.tr("Contacts you already have"))
        self.setSubTitle(self.tr("A row is the same person when its email, phone or vCard UID matches a contact."))
        self.policies = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for number, (code, text) in enumerate((
            ("skip", self.tr("&Skip the row: keep the contact as it is")),
            ("update", self.tr("&Update the contact: fill in and add what the row brings")),
            ("create", self.tr("&Create a new contact anyway")),
        )):  # fmt: skip
            self.buttons[code] = QRadioButton(text)
            self.policies.addButton(self.buttons[code], number)
        self.buttons["skip"].setChecked(True)
        self.skip_invalid = QCheckBox(self.tr("Import the valid rows when some rows have problems"))
        self.skip_invalid.setChecked(True)
        layout = QVBoxLayout(self)
        for button in self.buttons.values():
            layout.addWidget(button)
        layout.addSpacing(12)
        layout.addWidget(self.skip_invalid)
        layout.addWidget(note(self.tr("Otherwise nothing is imported while any row has a problem.")))
        layout.addWidget(self.error)
        layout.addStretch(1)

    def policy(self) -> str:
        return next(code for code, button in self.buttons.items() if button.isChecked())

    def validatePage(self) -> bool:
        return self.attempt(lambda: self.flow().submit_options(self.policy(), self.skip_invalid.isChecked()))


class _RunningPage(StepPage):
    """A page that runs the flow's check or import on a worker, with progress and Cancel."""

    def __init__(self, title: str) -> None:
        super().__init__(title)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.clicked.connect(self.stop)
        self.problems = table([self.tr("Line"), self.tr("Result"), self.tr("Field"), self.tr("Details")], [])
        self.problems.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.problems.verticalHeader().hide()  # the Line column already numbers the rows (file lines)
        self.worker: _Worker | None = None
        self.report: ImportReport | None = None
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.status)
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.problems, 1)
        self.layout_.addWidget(self.error)

    def start(self, work: Callable[[Callable[[int], bool]], ImportReport]) -> None:
        self.report = None
        self.error.show_error(None)
        fill(self.problems, [])
        self.bar.show()
        self.cancel.show()
        self.cancel.setEnabled(True)
        self.worker = _Worker(work)
        self.worker.progressed.connect(
            lambda n: self.status.setText(self.tr("{0} rows read…").format(format_count(n, self.workspace())))
        )
        self.worker.done.connect(self._done)
        self.worker.start()
        self.completeChanged.emit()

    def stop(self) -> None:
        if self.worker is not None:
            self.worker.cancelled = True
            self.cancel.setEnabled(False)

    def _done(self, report: ImportReport | None, problem: str) -> None:
        assert self.worker is not None
        self.worker.wait()
        self.worker = None
        self.bar.hide()
        self.cancel.hide()
        self.report = report
        if problem == "cancelled":
            self.status.setText(self.tr("Cancelled. Nothing was imported; the database is as it was."))
        elif problem:
            self.error.show_error(problem)
        if report is not None:
            self.show_report(report)
        self.completeChanged.emit()

    def show_report(self, report: ImportReport) -> None:
        failed, ws = self.tr("problem"), self.workspace()
        problems = report.problems(SHOWN_PROBLEMS)
        fill(self.problems, [[digits(str(n), ws), failed, fld, translate_error(m, ws)] for n, fld, m in problems])

    def status_word(self, status: str) -> str:
        words = {"created": self.tr("new"), "updated": self.tr("updated"), "skipped": self.tr("skipped"),
                 "failed": self.tr("problem")}  # fmt: skip
        return words.get(status, status)

    def counts_text(self, report: ImportReport, future: bool) -> str:
        c = report.counts
        words = self.tr("{0} rows: {1} new, {2} updated, {3} skipped as duplicates, {4} with problems")
        ws = self.workspace()
        text = words.format(*(format_count(c[k], ws) for k in ("rows", "created", "updated", "skipped", "failed")))
        return (self.tr("The import will do this. ") if future else "") + text

    def isComplete(self) -> bool:
        return self.worker is None and self.report is not None


class CheckPage(_RunningPage):
    def __init__(self) -> None:
        super().__init__(self.tr("Check"))
        self.setSubTitle(self.tr("The whole file is read and checked; nothing is saved yet."))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Import"))

    def initializePage(self) -> None:
        self.status.setText(self.tr("Checking…"))
        self.start(self.flow().check)

    def show_report(self, report: ImportReport) -> None:
        super().show_report(report)
        self.status.setText(self.counts_text(report, future=True))

    def cleanupPage(self) -> None:
        self.stop()
        self.flow().back()


class ReportPage(_RunningPage):
    def __init__(self) -> None:
        super().__init__(self.tr("Import"))
        self.save = QPushButton(self.tr("&Save report as CSV…"))
        self.save.clicked.connect(lambda: self.save_report())
        self.save.setEnabled(False)
        self.layout_.addWidget(self.save, 0, Qt.AlignmentFlag.AlignLeading)

    def initializePage(self) -> None:
        self.status.setText(self.tr("Importing…"))
        self.start(self.flow().run)

    def show_report(self, report: ImportReport) -> None:
        rows, ws = [], self.workspace()
        for line, status, contact_id, fld, message in report.entries():
            detail = self.tr("contact {0}").format(digits(str(contact_id), ws)) if contact_id else ""
            detail = translate_error(message, ws) if message else detail
            rows.append([digits(str(line), ws), self.status_word(status), fld, detail])
            if len(rows) >= SHOWN_ENTRIES:
                break
        fill(self.problems, rows)
        self.status.setText(self.tr("Done. ") + self.counts_text(report, future=False))
        self.save.setEnabled(True)
        wizard = self.wizard()
        if isinstance(wizard, ImportWizard) and report.counts["created"] + report.counts["updated"]:
            wizard.imported.emit()

    def save_report(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"), "import-report.csv", "CSV (*.csv)")
            if not path:
                return
        assert self.report is not None
        try:
            self.report.save_csv(path)
        except OSError as exc:
            self.error.show_error(self.tr("The report could not be saved: {0}").format(exc.strerror))

    def isComplete(self) -> bool:
        return self.worker is None


class _JobWorker(QThread):
    """Runs ``work(progress)`` off the GUI thread; ``progress(what, count)`` returns False after Cancel."""

    progressed = Signal(str, int)
    done = Signal(str)  # "" on success, else the problem

    def __init__(self, work: Callable[[Callable[[str, int], bool]], object]):
        super().__init__()
        self.work, self.cancelled = work, False

    def run(self) -> None:
        def progress(what: str, count: int) -> bool:
            self.progressed.emit(what, count)
            return not self.cancelled

        try:
            self.work(progress)
            self.done.emit("")
        except (CrmError, OSError) as exc:
            self.done.emit(str(exc))


def run_with_progress(
    parent: QWidget, title: str, label: str, work: Callable[[Callable[[str, int], bool]], object], saved: str
) -> str:
    """Run a long export on a worker with a progress dialog and Cancel; say how it ended.

    Returns "" when done, "cancelled", or the problem (also shown in a message box)."""
    # Explicit contexts: ``parent.tr`` would look up the caller's class at run time (MainWindow, ContactsPage)
    # while lupdate files a module function's strings elsewhere, so ar/fa showed English.
    dialog = QProgressDialog(label, QCoreApplication.translate("ExportProgress", "Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    worker = _JobWorker(work)
    outcome: list[str] = []
    loop = QEventLoop()
    worker.progressed.connect(
        lambda what, count: dialog.setLabelText(f"{label}\n{isolate(what)} {QLocale().toString(count)}")
    )
    dialog.canceled.connect(lambda: setattr(worker, "cancelled", True))
    worker.done.connect(lambda problem: (outcome.append(problem), loop.quit()))
    dialog.show()
    worker.start()
    loop.exec()
    worker.wait()
    dialog.close()
    problem = "cancelled" if outcome[0] and worker.cancelled else outcome[0]
    if problem and problem != "cancelled":
        QMessageBox.warning(parent, title, problem)
    elif not problem:
        saved_text = QCoreApplication.translate("ExportProgress", "Saved {0}").format(bidi_ltr(saved))
        QMessageBox.information(parent, title, saved_text)
    return problem


def export_archive_dialog(parent: QWidget, workspace: Workspace, path: str | None = None) -> str:
    """File > Export archive…: everything in one ZIP, on a worker with progress and Cancel.

    Returns "" when written, else what went wrong ("cancelled" when cancelled, "none" when no file chosen)."""
    title = QCoreApplication.translate("ArchiveExport", "Export archive")
    from crm_desktop.services.privacy import may_export_archive

    if not may_export_archive(workspace.db, workspace.user_id):  # a backup with every private record
        text = QCoreApplication.translate(
            "ArchiveExport", "Only an administrator can export the full archive while the office requires passwords."
        )
        QMessageBox.warning(parent, title, text)
        return "refused"
    if path is None:
        kind = QCoreApplication.translate("ArchiveExport", "ZIP archive (*.zip)")
        path, _ = QFileDialog.getSaveFileName(parent, title, "rafiq-archive.zip", kind)
        if not path:
            return "none"
    target = path
    return run_with_progress(
        parent,
        title,
        QCoreApplication.translate("ArchiveExport", "Writing the archive…"),
        lambda progress: export_archive(workspace.db, target, progress=progress),
        target,
    )


class ImportWizard(QWizard):
    imported = Signal()  # something was written: lists should refresh

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, *, flow: ImportFlow | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.flow = flow or ImportFlow(workspace.db, workspace.user_id)
        self.setWindowTitle(self.tr("Import contacts"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.pages = [FilePage(), SourcePage(), MappingPage(), OptionsPage(), CheckPage(), ReportPage()]
        for number, page in enumerate(self.pages):
            self.setPage(number, page)
        self.imported.connect(lambda: workspace.notify("contacts"))
        self.resize(860, 600)

    def nextId(self) -> int:
        current = self.currentId()
        if current < 0 or current == len(STEPS) - 1:
            return -1
        steps = self.flow.steps()
        step = STEPS[current]
        if step not in steps:
            return STEPS.index(steps[0])
        return STEPS.index(steps[steps.index(step) + 1]) if steps.index(step) + 1 < len(steps) else -1

    def cleanupPage(self, page_id: int) -> None:
        """Back: the flow steps back too (the check page also stops a running check)."""
        if STEPS[page_id] != "check":
            self.flow.back()
        super().cleanupPage(page_id)

    def reject(self) -> None:
        for page in self.pages:
            if isinstance(page, _RunningPage) and page.worker is not None:
                page.stop()
                page.worker.wait()
        super().reject()
