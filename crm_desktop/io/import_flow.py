"""The import wizard as a plain state machine (Electrum's pattern): no Qt, tested on its own.

Steps: file -> source (encoding, delimiter, header, sheet, date reading; with a preview) -> mapping (a
target per column: suggestions, presets) -> options (duplicate policy, what to do with invalid rows) ->
check (a dry run of the whole file: exact counts and every problem with its line) -> report (after the
real run). A vCard file skips source and mapping: its properties say what they are.

``check`` and ``run`` take ``progress(rows_done) -> bool`` (False cancels) and are meant for a worker
thread; everything else is quick. Problems come back as ``ValidationError`` (a field name per message)
or ``ImportFileError`` (file, line, what is wrong).
"""

from __future__ import annotations

import csv
import heapq
import re
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crm_desktop.db.engine import Database
from crm_desktop.errors import ValidationError
from crm_desktop.services.contact_import import POLICIES, ImportOutcome, ImportRejected, import_contacts
from crm_desktop.services.custom_fields import CustomFieldService
from crm_desktop.services.settings import SettingsService

from .convert import ConvertOptions, RowConverter
from .csv_import import CsvSource, Row
from .export import neutralise
from .mapping import FIELDS, Target, mapping_from_preset, preset_from_mapping, suggest
from .sniff import file_kind, read_head
from .vcard import VCardSource
from .xlsx import XlsxSource

STEPS = ("file", "source", "mapping", "options", "check", "report")
FORMATS = ("csv", "xlsx", "vcf")
PRESETS_KEY = "import_presets"
MAX_PRESET_NAME = 100


def detect_format(path: str | Path) -> str:
    """'xlsx', 'vcf' or 'csv' from the file's first bytes (its name can lie), else from its suffix."""
    kind = file_kind(path, read_head(path, 4096))
    if kind == "zip":
        return "xlsx"
    if kind == "vcard":
        return "vcf"
    suffix = Path(path).suffix.lower()
    return {".vcf": "vcf", ".vcard": "vcf", ".xlsx": "xlsx", ".xlsm": "xlsx"}.get(suffix, "csv")


def open_source(path: str | Path, fmt: str | None = None, **options: Any) -> CsvSource | XlsxSource | VCardSource:
    fmt = fmt or detect_format(path)
    if fmt == "csv":
        keys = ("encoding", "delimiter", "has_header")
        return CsvSource(path, **{k: v for k, v in options.items() if k in keys})
    if fmt == "xlsx":
        return XlsxSource(path, **{k: v for k, v in options.items() if k in ("sheet", "has_header")})
    if fmt == "vcf":
        return VCardSource(path, options.get("convert"))
    raise ValidationError({"format": f"must be one of {', '.join(FORMATS)}"})


_FIELD_WORDS = re.compile(r"^(emails|phones|addresses|tags)\[(\d+)\](?:\.(\w+))?$")


def friendly_field(name: str) -> str:
    """'emails[1]' -> 'email 2', 'addresses[0].country' -> 'address 1 country' (for people, in reports)."""
    match = _FIELD_WORDS.match(name)
    if not match:
        return name.replace("_", " ")
    kind, index, part = match.groups()
    words = {"emails": "email", "phones": "phone", "addresses": "address", "tags": "tag"}[kind]
    return f"{words} {int(index) + 1}" + (f" {part.replace('_', ' ')}" if part else "")


@dataclass
class ImportReport:
    """What an import did (or, for a check, would do) to each row, by the file line it came from."""

    path: str
    outcome: ImportOutcome
    lines: array = field(default_factory=lambda: array("q"))

    @property
    def counts(self) -> dict[str, int]:
        return self.outcome.counts()

    def line_of(self, index: int) -> int:
        return self.lines[index] if index < len(self.lines) else index + 1

    def problems(self, limit: int | None = None) -> list[tuple[int, str, str]]:
        """(line, field, message) of the rows that failed, in file order."""
        found = [(self.line_of(e.index), friendly_field(e.field), e.message) for e in self.outcome.errors]
        found.sort(key=lambda p: p[0])
        return found[:limit] if limit is not None else found

    def entries(self) -> Iterator[tuple[int, str, int | None, str, str]]:
        """(line, status, contact id, field, message) for every row, in file order (streamed)."""
        pairs = zip(self.outcome.created_index, self.outcome.created_ids, strict=True)
        created = ((i, "created", cid, "", "") for i, cid in pairs)
        others = sorted(
            [(i, "updated", cid, "", why) for i, cid, why in self.outcome.updated]
            + [(i, "skipped", cid or None, "", why) for i, cid, why in self.outcome.skipped]
            + [(e.index, "failed", None, friendly_field(e.field), e.message) for e in self.outcome.errors]
        )
        for index, status, contact_id, fld, message in heapq.merge(created, others, key=lambda e: e[0]):
            yield self.line_of(index), status, contact_id, fld, message

    def save_csv(self, path: str | Path) -> int:
        count = 0
        with open(path, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["file", "line", "status", "contact_id", "field", "message"])
            for line, status, contact_id, fld, message in self.entries():
                writer.writerow(
                    [neutralise(self.path), line, status, contact_id or "", neutralise(fld), neutralise(message)]
                )
                count += 1
        return count


class RowsRejected(ImportRejected):
    """Strict mode found invalid rows: nothing was written; ``report`` has every problem with its line."""

    def __init__(self, report: ImportReport):
        super().__init__(report.outcome)
        self.report = report
        shown = "; ".join(f"line {line}, {fld}: {message}" for line, fld, message in report.problems(3))
        more = f" (and {report.outcome.failed - 3:,} more rows)" if report.outcome.failed > 3 else ""
        self.args = (f"{report.path}: {self.args[0]}. {shown}{more}",)


class ImportFlow:
    def __init__(self, db: Database, user_id: int | None = None, *, calendar: str = "auto"):
        self.db, self.user_id = db, user_id
        self.step = "file"
        self.path = ""
        self.format = ""
        self.source: CsvSource | XlsxSource | VCardSource | None = None
        self.source_options: dict[str, Any] = {}
        self.convert_options = ConvertOptions(calendar=calendar)
        self.targets: list[Target] = []
        self.on_duplicate = "skip"
        self.skip_invalid = True
        self.checked: ImportReport | None = None
        self.report: ImportReport | None = None

    # ---- navigation -----------------------------------------------------------------------------------
    def steps(self) -> list[str]:
        if self.format == "vcf":
            return [s for s in STEPS if s not in ("source", "mapping")]
        return list(STEPS)

    def _advance(self) -> None:
        steps = self.steps()
        self.step = steps[steps.index(self.step) + 1]

    def back(self) -> None:
        steps = self.steps()
        index = steps.index(self.step)
        if index > 0 and self.step != "report":
            self.step = steps[index - 1]

    def _expect(self, step: str) -> None:
        if self.step != step:
            raise ValidationError({"step": f"the import is at step {self.step!r}, not {step!r}"})

    # ---- file -----------------------------------------------------------------------------------------
    def submit_file(self, path: str | Path, fmt: str | None = None) -> None:
        self._expect("file")
        if not str(path).strip():
            raise ValidationError({"path": "choose a file to import"})
        if fmt is not None and fmt not in FORMATS:
            raise ValidationError({"format": f"must be one of {', '.join(FORMATS)}"})
        self.source = open_source(path, fmt, convert=self.convert_options)
        self.path, self.format = str(path), self.source.kind
        self.source_options = {}
        self.targets = suggest(self.source.header, self.custom_fields()) if self.format != "vcf" else []
        self._advance()

    # ---- source ---------------------------------------------------------------------------------------
    def set_source_options(self, **options: Any) -> None:
        """Re-read the file with other settings (encoding, delimiter, has_header, sheet, date_order)."""
        date_order = options.pop("date_order", None)
        if date_order is not None:
            if date_order not in ("auto", "dmy", "mdy"):
                raise ValidationError({"date_order": "must be auto, dmy or mdy"})
            self.convert_options = ConvertOptions(date_order, self.convert_options.calendar)
        merged = {**self.source_options, **{k: v for k, v in options.items() if v is not None}}
        old_header = self.source.header if self.source else []
        self.source = open_source(self.path, self.format, convert=self.convert_options, **merged)
        self.source_options = merged
        if self.source.header != old_header:
            self.targets = suggest(self.source.header, self.custom_fields())

    def preview(self, count: int = 20) -> list[Row]:
        assert self.source is not None
        return self.source.preview(count)

    def submit_source(self, **options: Any) -> None:
        self._expect("source")
        if options:
            self.set_source_options(**options)
        self._advance()

    # ---- mapping --------------------------------------------------------------------------------------
    def custom_fields(self) -> dict[str, str]:
        return {d.label: d.key for d in CustomFieldService(self.db).list("contacts")}

    def field_choices(self) -> list[tuple[str, str]]:
        """(target field, English name) for the mapping step, custom fields last."""
        custom = [(f"custom:{key}", label) for label, key in self.custom_fields().items()]
        return list(FIELDS.items()) + custom

    def set_target(self, column: int, target: Target | str) -> None:
        target = target if isinstance(target, Target) else Target(target)
        valid = {key for key, _ in self.field_choices()}
        if target.field not in valid:
            raise ValidationError({f"column {column + 1}": f"{target.field!r} is not a contact field"})
        self.targets[column] = target

    def mapped_row(self, cells: list[Any]) -> Any:
        """One preview row as the import will see it (a contact dict or a RejectedRow)."""
        assert self.source is not None
        if self.format == "vcf":
            return cells
        return RowConverter(self.source.header, self.targets, self.convert_options).convert(cells)

    def submit_mapping(self, targets: list[Target] | None = None) -> None:
        self._expect("mapping")
        if targets is not None:
            for column, target in enumerate(targets):
                self.set_target(column, target)
        if not any(t.field for t in self.targets):
            raise ValidationError({"mapping": "choose a contact field for at least one column"})
        self._advance()

    def presets(self) -> dict[str, Any]:
        return dict(SettingsService(self.db).all().get(PRESETS_KEY) or {})

    def apply_preset(self, name: str) -> None:
        presets = self.presets()
        if name not in presets:
            raise ValidationError({"preset": f"there is no preset called {name!r}"})
        assert self.source is not None
        self.targets = mapping_from_preset(self.source.header, presets[name], self.custom_fields())

    def save_preset(self, name: str) -> None:
        name = name.strip()
        if not name or len(name) > MAX_PRESET_NAME:
            raise ValidationError({"preset": f"give the preset a name of 1 to {MAX_PRESET_NAME} characters"})
        assert self.source is not None
        presets = self.presets()
        presets[name] = preset_from_mapping(self.source.header, self.targets)
        SettingsService(self.db, self.user_id).set(PRESETS_KEY, presets)

    def delete_preset(self, name: str) -> None:
        presets = self.presets()
        presets.pop(name, None)
        SettingsService(self.db, self.user_id).set(PRESETS_KEY, presets)

    # ---- options, check, run --------------------------------------------------------------------------
    def submit_options(self, on_duplicate: str = "skip", skip_invalid: bool = True) -> None:
        self._expect("options")
        if on_duplicate not in POLICIES:
            raise ValidationError({"on_duplicate": f"must be one of {', '.join(POLICIES)}"})
        self.on_duplicate, self.skip_invalid = on_duplicate, bool(skip_invalid)
        self.checked = None
        self._advance()

    def rows(self, lines: array) -> Iterator[Any]:
        """The file's rows as the import service takes them; ``lines`` receives each row's file line."""
        assert self.source is not None
        if self.format == "vcf":
            for row in self.source.rows():
                lines.append(row.line)
                yield row.cells
            return
        convert = RowConverter(self.source.header, self.targets, self.convert_options).convert
        for row in self.source.rows():
            lines.append(row.line)
            yield convert(row.cells)

    def _import(self, dry_run: bool, progress: Callable[[int], bool] | None) -> ImportReport:
        lines = array("q")
        try:
            outcome = import_contacts(
                self.db,
                self.rows(lines),
                user_id=self.user_id,
                on_duplicate=self.on_duplicate,
                skip_invalid=True if dry_run else self.skip_invalid,
                dry_run=dry_run,
                progress=progress,
            )
        except ImportRejected as exc:
            raise RowsRejected(ImportReport(self.path, exc.outcome, lines)) from None
        return ImportReport(self.path, outcome, lines)

    def check(self, progress: Callable[[int], bool] | None = None) -> ImportReport:
        """A dry run of the whole file: exact counts and every problem; nothing is written."""
        self._expect("check")
        self.checked = self._import(True, progress)
        return self.checked

    def run(self, progress: Callable[[int], bool] | None = None) -> ImportReport:
        """The import itself, in one transaction (cancel or a failure leaves the database as it was)."""
        self._expect("check")
        self.report = self._import(False, progress)
        self.step = "report"
        return self.report
