"""CSV (and tab-separated "Unicode text") sources: encoding, delimiter and header found, rows streamed.

``CsvSource(path)`` looks at the first 256 KB to guess the encoding (io.sniff), the delimiter (comma,
semicolon, tab or bar: the one that splits the sample into the most consistent number of cells) and
whether the first line is a header; each guess can be overridden. ``rows()`` then streams the whole file
with the csv module (strict quoting, so a file cut off inside a quoted cell is reported, not swallowed),
yielding the file line each record starts on.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

from crm_desktop.errors import ImportFileError

from .sniff import (
    SAMPLE_BYTES,
    check_encoding,
    decode_error,
    decode_sample,
    decoded_lines,
    detect_encoding,
    file_kind,
    newline_of,
    read_head,
    refuse_binary,
)

DELIMITERS = (",", ";", "\t", "|")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}
MAX_CELL_CHARS = 1_000_000  # five times the longest note a contact may hold; more is a damaged file
MAX_COLUMNS = 500
csv.field_size_limit(MAX_CELL_CHARS)


class Row(NamedTuple):  # a tuple, not a frozen dataclass: made for every record, it costs half as much (measured)
    line: int  # the file line (or sheet row) the record starts on, 1-based
    cells: list[Any]


class CsvSource:
    kind = "csv"

    def __init__(
        self,
        path: str | Path,
        *,
        encoding: str | None = None,
        delimiter: str | None = None,
        has_header: bool | None = None,
    ):
        self.path = str(path)
        head = read_head(path)
        kind = file_kind(path, head)
        if kind == "zip":
            raise ImportFileError(self.path, "is a ZIP file (an Excel .xlsx workbook?): import it as Excel, not CSV")
        refuse_binary(path, kind)
        self.detected_encoding = detect_encoding(head, self.path)
        self.encoding = check_encoding(encoding, self.path) if encoding else self.detected_encoding
        try:
            sample = decode_sample(head, self.encoding)
        except UnicodeDecodeError as exc:
            raise decode_error(self.path, self.encoding, head, exc, 1) from None
        self.newline = newline_of(sample)
        lines = sample.split(self.newline)
        if len(head) >= SAMPLE_BYTES and len(lines) > 1:
            lines = lines[:-1]  # the last line of a long file's sample may be cut anywhere
        lines = [line + self.newline for line in lines[:200]]
        if delimiter is not None and delimiter not in DELIMITERS and len(delimiter) != 1:
            raise ImportFileError(self.path, f"{delimiter!r} cannot separate cells: use one character")
        self.detected_delimiter = guess_delimiter(lines)
        self.delimiter = delimiter or self.detected_delimiter
        sample_rows = [r for r in _lenient_rows(lines, self.delimiter) if any(c.strip() for c in r)]
        if not sample_rows:
            raise ImportFileError(self.path, "has no rows: there is nothing to import", line=1)
        self.detected_header = looks_like_header(sample_rows)
        self.has_header = self.detected_header if has_header is None else has_header
        if self.has_header and len(sample_rows) == 1 and len(head) < SAMPLE_BYTES:
            raise ImportFileError(self.path, "has a header line but no rows to import", line=None)
        first = sample_rows[0]
        if len(first) > MAX_COLUMNS:
            raise ImportFileError(self.path, f"has {len(first):,} columns; at most {MAX_COLUMNS} can be imported", 1)
        width = len(first) if self.has_header else max(len(r) for r in sample_rows[:50])
        self.header = header_names(first if self.has_header else [], width)

    def rows(self) -> Iterator[Row]:
        """Every data row of the file, streamed (blank lines skipped)."""
        lines = decoded_lines(self.path, self.encoding, self.newline)
        reader = csv.reader(lines, delimiter=self.delimiter, strict=True)
        start, skip_header = 1, self.has_header
        try:
            for cells in reader:
                line, start = start, reader.line_num + 1
                if not cells or not "".join(cells).strip():  # blank: no cell has more than whitespace
                    continue
                if skip_header:
                    skip_header = False
                    continue
                if line == 1 and cells[0].startswith("\ufeff"):
                    cells[0] = cells[0][1:]
                yield Row(line, cells)
        except csv.Error as exc:
            raise ImportFileError(self.path, _csv_problem(str(exc)), start) from None

    def preview(self, count: int = 20) -> list[Row]:
        rows = []
        for row in self.rows():
            rows.append(row)
            if len(rows) >= count:
                break
        return rows

    def describe(self) -> dict[str, Any]:
        return {
            "format": "csv",
            "encoding": self.encoding,
            "delimiter": self.delimiter,
            "has_header": self.has_header,
            "columns": self.header,
        }


def _csv_problem(message: str) -> str:
    if "field larger than field limit" in message:
        return f"a cell holds more than {MAX_CELL_CHARS:,} characters: the file is damaged or not a list of contacts"
    if "unexpected end of data" in message:
        return "the file ends inside a quoted cell: it was cut off (truncated), or a quote is never closed"
    if "expected after" in message:
        return 'a quote inside a cell is not doubled (""): the CSV is malformed near here'
    if "NUL" in message or "null byte" in message:
        return "contains NUL bytes: it is a binary file or saved in another encoding (try UTF-16)"
    return f"is not valid CSV here: {message}"


def _lenient_rows(lines: list[str], delimiter: str) -> list[list[str]]:
    try:
        return list(csv.reader(lines, delimiter=delimiter))
    except csv.Error:
        return [line.rstrip("\r\n").split(delimiter) for line in lines]


def guess_delimiter(lines: list[str]) -> str:
    """The delimiter that splits the sample into the most consistent, largest number of cells."""
    best, best_score = ",", (0.0, 0)
    for delimiter in DELIMITERS:
        if not any(delimiter in line for line in lines):
            continue
        counts = [len(r) for r in _lenient_rows(lines, delimiter) if any(c.strip() for c in r)]
        if not counts:
            continue
        width, seen = Counter(counts).most_common(1)[0]
        if width < 2:
            continue
        score = (seen / len(counts), width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def looks_like_header(rows: list[list[str]]) -> bool:
    """A first row of labels: a known column name, or no data-looking cells while later rows have some."""
    from .mapping import suggest_field

    first = rows[0]
    if any(suggest_field(cell)[0] for cell in first if cell.strip()):
        return True
    if len(rows) == 1:
        return False
    data_like = lambda cells: sum(_looks_like_data(c) for c in cells)  # noqa: E731
    return (data_like(first) == 0 and any(data_like(r) > 0 for r in rows[1:20])) or data_like(first) < data_like(
        rows[1]
    )


def _looks_like_data(cell: str) -> bool:
    text = cell.strip()
    digits = sum(ch.isdigit() for ch in text)
    return "@" in text or digits >= 4


def header_names(cells: list[str], width: int) -> list[str]:
    """Column names: the header's cells, with 'Column N' where a cell is empty or the row is shorter."""
    names = []
    for i in range(max(width, len(cells))):
        text = cells[i].strip().lstrip("\ufeff") if i < len(cells) else ""
        names.append(text or f"Column {i + 1}")
    return names
