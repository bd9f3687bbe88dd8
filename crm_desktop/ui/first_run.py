"""The first-run wizard: a thin QWizard over ``services.first_run.FirstRunFlow`` (which holds every rule).

Each page forwards its fields to ``flow.submit`` and shows the returned problems under the fields; the
flow decides which page comes next (no sample-data page for a file that already holds data). Finishing
runs ``apply_first_run`` on a worker thread with a busy indicator, so the window keeps painting.

The small form helpers at the top are shared with the settings dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from crm_desktop.errors import CrmError, ValidationError
from crm_desktop.services.first_run import DEFAULT_CALENDAR, STEPS, FirstRunFlow, FirstRunResult, apply_first_run

from .dates import DisplayPrefs, format_count
from .error_text import translate_error

# Language names are shown in their own language, so everyone finds theirs (never translated).
LANGUAGE_NAMES = {"en": "English", "ar": "العربية", "fa": "فارسی"}


# ---- form helpers (also used by settings_dialog) ---------------------------------------------------------
class ErrorLabel(QLabel):
    """Inline error text under a field; hidden while there is nothing to say."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setStyleSheet("color: #b3261e;")
        self.hide()

    def show_error(self, text: str | None) -> None:
        self.setText(translate_error(text) if text else "")  # a service message in the user's language
        self.setVisible(bool(text))


def with_error(widget: QWidget | QLayout, label: ErrorLabel) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addLayout(widget) if isinstance(widget, QLayout) else layout.addWidget(widget)
    layout.addWidget(label)
    return box


def note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def ltr(edit: QLineEdit) -> QLineEdit:
    """Codes, paths and URLs read left to right, also in an Arabic or Persian window."""
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    return edit


def combo(items: list[tuple[str, str]], current: str = "") -> QComboBox:
    """A combo of (code, shown text) items with ``current`` chosen (else the first)."""
    box = QComboBox()
    for code, text in items:
        box.addItem(text, code)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


def button_row(*buttons: tuple[str, Callable[[], object]]) -> QHBoxLayout:
    row = QHBoxLayout()
    for text, slot in buttons:
        button = QPushButton(text)
        button.clicked.connect(lambda _=False, s=slot: s())
        row.addWidget(button)
    row.addStretch(1)
    return row


def stack(
    form: QFormLayout | None, *below: QWidget | QLayout, stretch: bool = True, into: QWidget | None = None
) -> QWidget:
    """A page: the form, then whatever goes under it (lists, notes), pushed up unless a list takes the room."""
    widget = into or QWidget()
    layout = QVBoxLayout(widget)
    if form is not None:
        layout.addLayout(form)
    for item in below:
        layout.addLayout(item) if isinstance(item, QLayout) else layout.addWidget(item)
    if stretch:
        layout.addStretch(1)
    return widget


# ---- the wizard ------------------------------------------------------------------------------------------
class StepPage(QWizardPage):
    """One step of the flow: ``values()`` are submitted on Next; problems appear under their fields."""

    step = ""

    def __init__(self) -> None:
        super().__init__()
        self.errors: dict[str, ErrorLabel] = {}

    def error(self, key: str) -> ErrorLabel:
        return self.errors.setdefault(key, ErrorLabel())

    def values(self) -> dict[str, Any]:
        return {}

    def flow(self) -> FirstRunFlow:
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        return wizard.flow

    def validatePage(self) -> bool:
        if self.flow().step == "done":
            return True  # QWizard checks the last page again when the dialog closes: already submitted
        for label in self.errors.values():
            label.show_error(None)
        try:
            self.flow().submit(**self.values())
        except ValidationError as exc:
            for key, message in exc.errors.items():
                (self.errors.get(key) or next(iter(self.errors.values()))).show_error(message)
            return False
        return True


class LanguagePage(StepPage):
    step = "language"

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to Rafiq CRM"))
        self.setSubTitle(self.tr("Choose the language and calendar for this computer."))
        self.language = combo(list(LANGUAGE_NAMES.items()), "en")
        calendars = [("gregorian", self.tr("Gregorian")), ("jalali", self.tr("Persian (Jalali)"))]
        self.calendar = combo([*calendars, ("hijri", self.tr("Hijri (tabular)"))], "gregorian")
        self.language.currentIndexChanged.connect(lambda _: self._language_changed())
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), with_error(self.language, self.error("language")))
        form.addRow(self.tr("&Calendar:"), with_error(self.calendar, self.error("calendar")))
        stack(form, note(self.tr("The whole program switches to this language at the end.")), into=self)

    def _language_changed(self) -> None:
        code = self.language.currentData()
        self.calendar.setCurrentIndex(self.calendar.findData(DEFAULT_CALENDAR[code]))
        if self.wizard() is not None:  # show right-to-left at once for Arabic and Persian
            self.wizard().setLayoutDirection(QLocale(code).textDirection())

    def values(self) -> dict[str, Any]:
        return {"language": self.language.currentData(), "calendar": self.calendar.currentData()}


class DatabasePage(StepPage):
    step = "database"

    def __init__(self, default_path: str) -> None:
        super().__init__()
        self.setTitle(self.tr("Where to keep your data"))
        self.kinds = QButtonGroup(self)
        choices = (
            ("new_local", self.tr("A &new database on this computer (recommended)")),
            ("open_file", self.tr("An &existing database file")),
            ("shared_file", self.tr("A database file on a &shared folder (several computers)")),
            ("server", self.tr("A Postgre&SQL server")),
        )
        self.buttons: dict[str, QRadioButton] = {}
        for number, (kind, text) in enumerate(choices):
            self.buttons[kind] = QRadioButton(text)
            self.kinds.addButton(self.buttons[kind], number)
        self.buttons["new_local"].setChecked(True)
        self.path = ltr(QLineEdit(placeholderText=default_path))
        self.url = ltr(QLineEdit(placeholderText="postgresql://user@host/crm"))
        browse = button_row((self.tr("&Browse…"), self.browse))
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addLayout(browse)
        form = QFormLayout()
        form.addRow(self.tr("&File:"), with_error(path_row, self.error("path")))
        form.addRow(self.tr("Server &address:"), with_error(self.url, self.error("url")))
        stack(None, *self.buttons.values(), form, self.error("kind"), into=self)
        self.kinds.idToggled.connect(lambda *_: self._enable())
        self._enable()

    def kind(self) -> str:
        return next(k for k, b in self.buttons.items() if b.isChecked())

    def _enable(self) -> None:
        self.url.setEnabled(self.kind() == "server")
        self.path.setEnabled(self.kind() != "server")

    def browse(self) -> None:
        if self.kind() == "open_file":
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a database"), self.path.text())
        else:
            options = QFileDialog.Option.DontConfirmOverwrite
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Database file"), self.path.text(), options=options)
        if path:
            self.path.setText(path)

    def values(self) -> dict[str, Any]:
        return {"kind": self.kind(), "path": self.path.text(), "url": self.url.text()}


class DemoPage(StepPage):
    step = "demo"

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Sample data"))
        self.demo = QCheckBox(self.tr("&Fill the new database with sample contacts, companies and deals"))
        explain = self.tr(
            "About 500 contacts in English, Arabic and Persian, to try things out. You can move them to the "
            "Trash later."
        )
        stack(None, self.demo, note(explain), self.error("demo"), into=self)

    def values(self) -> dict[str, Any]:
        return {"demo": self.demo.isChecked()}


class BusinessPage(StepPage):
    step = "business"

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your business"))
        self.setSubTitle(self.tr("Both can be changed later in Settings; leave them empty to decide later."))
        self.business_name = QLineEdit(maxLength=200)
        self.phone_region = ltr(QLineEdit(maxLength=2, placeholderText="IR, SA, DE"))
        form = QFormLayout()
        form.addRow(self.tr("&Business name:"), with_error(self.business_name, self.error("business_name")))
        form.addRow(self.tr("Default phone &region:"), with_error(self.phone_region, self.error("phone_region")))
        self.failure = self.error("apply")
        stack(form, self.failure, into=self)

    def initializePage(self) -> None:
        if not self.phone_region.text() and self.flow().answers.language == "fa":
            self.phone_region.setText("IR")

    def values(self) -> dict[str, Any]:
        return {"business_name": self.business_name.text(), "phone_region": self.phone_region.text()}


class _Apply(QThread):
    """Runs the flow's result off the GUI thread; reports progress and the outcome by signals."""

    progress = Signal(str, int)
    outcome = Signal(str)  # "" on success, else what went wrong

    def __init__(self, result: FirstRunResult):
        super().__init__()
        self.result = result

    def run(self) -> None:
        try:
            apply_first_run(self.result, progress=self.progress.emit)
        except CrmError as exc:
            self.outcome.emit(str(exc) or type(exc).__name__)
        except Exception as exc:  # never a traceback in the user's face: say what failed
            self.outcome.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.outcome.emit("")


class FirstRunWizard(QWizard):
    applied = Signal(str)  # "" when the settings are saved, else the error shown

    def __init__(self, flow: FirstRunFlow | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.flow = flow or FirstRunFlow()
        self.setWindowTitle(self.tr("Rafiq CRM: first start"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.pages = [LanguagePage(), DatabasePage(str(self.flow.default_path)), DemoPage(), BusinessPage()]
        for number, step_page in enumerate(self.pages):
            self.setPage(number, step_page)
        self.worker: _Apply | None = None
        self.resize(640, 480)

    def nextId(self) -> int:
        current = self.currentId()
        if current < 0:
            return -1
        steps = self.flow.steps()
        following = steps[steps.index(STEPS[current]) + 1]
        return -1 if following == "done" else STEPS.index(following)

    def cleanupPage(self, page_id: int) -> None:
        """Back: the flow steps back too; the fields keep what was typed (no reset to defaults)."""
        self.flow.back()

    def accept(self) -> None:
        """Finish: submit the last page, then prepare the database off the GUI thread."""
        if self.worker is not None or not self.validateCurrentPage():
            return
        try:
            result = self.flow.result()
        except CrmError as exc:
            self.pages[-1].failure.show_error(str(exc))
            return
        self.progress = QProgressDialog(self.tr("Preparing the database…"), "", 0, 0, self)
        self.progress.setCancelButton(None)  # opening or filling a database cannot be stopped halfway
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.show()
        self.worker = _Apply(result)
        self.worker.progress.connect(self._progress)
        self.worker.outcome.connect(self._applied)
        self.worker.start()

    def _progress(self, step: str, done: int) -> None:
        count = format_count(done, DisplayPrefs(self.flow.answers.language or "en"))
        self.progress.setLabelText(self.tr("Adding sample data: {0} {1}").format(count, step))

    def _applied(self, problem: str) -> None:
        assert self.worker is not None
        self.worker.wait()
        self.worker = None
        self.progress.close()
        if problem:
            self.flow.back()  # Finish again (after fixing the answers) re-submits the last page
            text = self.tr("The database could not be prepared; nothing was saved.") + "\n\n" + problem
            self.pages[-1].failure.show_error(text)
        else:
            super().accept()
        self.applied.emit(problem)


def run_first_run(parent: QWidget | None = None) -> bool:
    """Show the wizard; True once the database is ready and the settings are saved, False if cancelled."""
    return FirstRunWizard(parent=parent).exec() == QDialog.DialogCode.Accepted
