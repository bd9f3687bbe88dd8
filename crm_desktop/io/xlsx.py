"""Excel .xlsx: a streaming source for imports (openpyxl ``read_only``) and a streaming writer for exports.

Read-only mode parses the sheet XML as it goes, so a 1,000,000-row workbook is never held in memory.
Cells keep their types (dates stay dates, numbers stay numbers: a phone typed as a number loses nothing
that ``str(int(...))`` cannot give back). The writer (``write_only``) writes every text as a text cell,
never a formula: a cell starting with "=" is shown, not evaluated (see io.export for CSV).
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from crm_desktop.errors import ImportFileError

from .csv_import import MAX_COLUMNS, Row, header_names, looks_like_header
from .sniff import file_kind, read_head, refuse_binary

MAX_CELL_CHARS = 32_767  # Excel's own limit per cell
# A workbook is a ZIP: refuse ones whose sheets would expand to absurd sizes before openpyxl reads them.
MAX_UNPACKED_BYTES = 2 * 1024**3
MAX_RATIO = 200


class XlsxSource:
    kind = "xlsx"

    def __init__(self, path: str | Path, *, sheet: str | None = None, has_header: bool | None = None):
        self.path = str(path)
        head = read_head(path, 64)
        kind = file_kind(path, head)
        if kind != "zip":
            refuse_binary(path, kind)
            raise ImportFileError(self.path, "is not an Excel .xlsx workbook (it is not a ZIP file)")
        _check_zip(self.path)
        book = self._open()
        try:
            self.sheets = list(book.sheetnames)
            if sheet is not None and sheet not in self.sheets:
                raise ImportFileError(self.path, f"has no sheet {sheet!r}; its sheets: {', '.join(self.sheets)}")
            self.sheet = sheet or self.sheets[0]
            sample = [cells for _, cells in self._iter(book, limit=50)]
        finally:
            book.close()
        if not sample:
            raise ImportFileError(self.path, f"sheet {self.sheet!r} is empty: there is nothing to import", line=1)
        texts = [["" if c is None else str(c) for c in cells] for cells in sample]
        self.detected_header = looks_like_header(texts)
        self.has_header = self.detected_header if has_header is None else has_header
        if self.has_header and len(sample) == 1:
            raise ImportFileError(self.path, f"sheet {self.sheet!r} has a header row but no rows to import")
        if len(texts[0]) > MAX_COLUMNS:
            raise ImportFileError(self.path, f"has {len(texts[0]):,} columns; at most {MAX_COLUMNS} can be imported")
        width = len(texts[0]) if self.has_header else max(len(r) for r in texts)
        self.header = header_names(texts[0] if self.has_header else [], width)

    def _open(self) -> Any:
        from openpyxl import load_workbook

        try:
            return load_workbook(self.path, read_only=True, data_only=True)
        except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
            raise ImportFileError(
                self.path, f"cannot be read as an Excel workbook (damaged or truncated?): {exc}"
            ) from None

    def _iter(self, book: Any, limit: int | None = None) -> Iterator[tuple[int, list[Any]]]:
        sheet = book[self.sheet]
        count = 0
        try:
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                cells = list(values)
                while cells and (cells[-1] is None or cells[-1] == ""):
                    cells.pop()
                if not cells:
                    continue
                for value in cells:
                    if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
                        raise ImportFileError(
                            self.path, f"a cell holds more than {MAX_CELL_CHARS:,} characters", number
                        )
                yield number, cells
                count += 1
                if limit is not None and count >= limit:
                    return
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, KeyError) as exc:
            raise ImportFileError(self.path, f"the sheet cannot be read (damaged or truncated?): {exc}") from None
        except Exception as exc:  # XML parse errors from the sheet's stream
            if type(exc).__name__ in ("ParseError", "XMLSyntaxError"):
                raise ImportFileError(self.path, f"the sheet's XML is damaged: {exc}") from None
            raise

    def rows(self) -> Iterator[Row]:
        book = self._open()
        try:
            skip = self.has_header
            for number, cells in self._iter(book):
                if skip:
                    skip = False
                    continue
                yield Row(number, cells)
        finally:
            book.close()

    def preview(self, count: int = 20) -> list[Row]:
        rows = []
        for row in self.rows():
            rows.append(row)
            if len(rows) >= count:
                break
        return rows

    def describe(self) -> dict[str, Any]:
        return {"format": "xlsx", "sheet": self.sheet, "sheets": self.sheets, "has_header": self.has_header,
                "columns": self.header}  # fmt: skip


def _check_zip(path: str) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except zipfile.BadZipFile as exc:
        raise ImportFileError(path, f"is a damaged or truncated ZIP/.xlsx file: {exc}") from None
    names = {info.filename for info in infos}
    if "xl/workbook.xml" not in names:
        raise ImportFileError(path, "is a ZIP file but not an Excel workbook (no xl/workbook.xml)")
    total = sum(info.file_size for info in infos)
    packed = sum(info.compress_size for info in infos) or 1
    if total > MAX_UNPACKED_BYTES or (total > 50 * 1024**2 and total / packed > MAX_RATIO):
        raise ImportFileError(path, f"would unpack to {total:,} bytes: refused as a possible ZIP bomb")


def write_xlsx(path: str | Path, header: list[str], rows: Iterable[list[Any]], sheet_title: str = "Contacts") -> int:
    """Stream ``rows`` into a new workbook; every string is a text cell (never a formula). Returns the count."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    sheet = book.create_sheet(sheet_title[:31])

    def text_cell(value: Any) -> Any:
        cell = WriteOnlyCell(sheet, value=value)
        if isinstance(value, str):
            cell.data_type = "s"  # openpyxl would otherwise store "=..." as a formula
        return cell

    sheet.append([text_cell(h) for h in header])
    count = 0
    for row in rows:
        sheet.append([text_cell(_excel_value(v)) for v in row])
        count += 1
    book.save(str(path))
    return count


def _excel_value(value: Any) -> Any:
    if isinstance(value, str):
        # Characters XML 1.0 cannot carry (control codes) are dropped; long texts are cut at Excel's limit.
        cleaned = "".join(ch for ch in value if ch >= " " or ch in "\t\n\r")
        return cleaned[:MAX_CELL_CHARS]
    if isinstance(value, list | tuple):
        return "; ".join(str(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {v}" for k, v in value.items())
    return value
