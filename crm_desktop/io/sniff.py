"""What a file is and how its text is encoded, and its lines decoded as a stream, with exact line numbers.

Detection order: byte-order mark; UTF-16 without BOM (NUL bytes on every other position); strict UTF-8;
then charset-normalizer, limited to the single-byte code pages our users' programs write (Windows-1256
from Arabic/Persian Excel and Outlook, Windows-1252 from Western ones, ISO-8859-6): left unrestricted it
calls German Windows-1252 "cp1250" and ISO-8859-6 Arabic "cp874" (Thai). The user can always override.

Decoding is strict: a byte that is not valid in the chosen encoding (a file mixing encodings, or a cut-off
character at the end) stops the import with the line it is on, never silently turns into "�".
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from pathlib import Path

from charset_normalizer import from_bytes

from crm_desktop.errors import ImportFileError

SAMPLE_BYTES = 256 * 1024
CHUNK_BYTES = 256 * 1024
MAX_LINE_CHARS = 4_000_000  # a physical line longer than this is not a contact list
SINGLE_BYTE_CANDIDATES = ["cp1256", "cp1252", "iso8859_6"]
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1256", "cp1252", "iso8859-6")

_MAGIC = (
    (b"PK\x03\x04", "zip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),
    (b"%PDF", "pdf"),
    (b"\x89PNG", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF8", "gif"),
    (b"SQLite format 3\x00", "sqlite"),
    (b"\x1f\x8b", "gzip"),
)
_KIND_NAMES = {
    "ole": "an old Excel 97-2003 workbook (.xls) or another Office file: save it as .xlsx or CSV first",
    "pdf": "a PDF document",
    "png": "a PNG image",
    "jpeg": "a JPEG image",
    "gif": "a GIF image",
    "sqlite": "a database file (use restore or import-archive for a backup)",
    "gzip": "a compressed (gzip) file",
}


def read_head(path: str | Path, size: int = SAMPLE_BYTES) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read(size)
    except FileNotFoundError as exc:
        raise ImportFileError(str(path), "does not exist") from exc
    except IsADirectoryError as exc:
        raise ImportFileError(str(path), "is a folder, not a file") from exc
    except OSError as exc:
        raise ImportFileError(str(path), f"cannot be read: {exc.strerror}") from exc


def file_kind(path: str | Path, head: bytes | None = None) -> str:
    """'zip', 'vcard', 'text', or the name of a binary format we refuse; 'empty' for a file with nothing."""
    head = read_head(path) if head is None else head
    if not head.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        return "empty"
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    text = _peek_text(head)
    if text is not None and text.lstrip("\ufeff \t\r\n").upper().startswith("BEGIN:VCARD"):
        return "vcard"
    return "text"


def refuse_binary(path: str | Path, kind: str) -> None:
    if kind == "empty":
        raise ImportFileError(str(path), "is empty: there is nothing to import", line=1)
    if kind in _KIND_NAMES:
        raise ImportFileError(str(path), f"is {_KIND_NAMES[kind]}, not a text file")


def _peek_text(head: bytes) -> str | None:
    try:
        return decode_sample(head, detect_encoding(head))
    except (ImportFileError, UnicodeDecodeError, LookupError):
        return None


def detect_encoding(head: bytes, path: str = "") -> str:
    """The codec name to read a file starting with ``head``; ImportFileError if it is not text."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = head[:4096]
    guess = _utf16_without_bom(sample)
    if guess:
        return guess
    if b"\x00" in sample:
        raise ImportFileError(path, "is a binary file (it contains NUL bytes), not a text file such as CSV")
    try:
        codecs.getincrementaldecoder("utf-8")("strict").decode(head, final=len(head) < SAMPLE_BYTES)
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data":  # UTF-8 up to a character cut off at the end: truncated
            return "utf-8"
        if not head[: exc.start].isascii():  # real UTF-8 text first, then a bad part: mixed; say where
            return "utf-8"
    best = from_bytes(head, cp_isolation=SINGLE_BYTE_CANDIDATES).best()
    if best is None:
        raise ImportFileError(path, "is not text in a known encoding (UTF-8, UTF-16, Windows-1256/1252, ISO-8859-6)")
    return best.encoding


# High bytes of UTF-16 code units in contact lists: Latin (00), Arabic/Persian (06), punctuation (20),
# presentation forms (FB, FE).
_UTF16_HIGH = frozenset((0x00, 0x06, 0x20, 0xFB, 0xFE))


def _utf16_without_bom(sample: bytes) -> str | None:
    """'utf-16-le'/'-be' when every other byte looks like the high byte of Latin or Arabic text."""
    sample = sample[: len(sample) - len(sample) % 2]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    share = lambda part: sum(b in _UTF16_HIGH for b in part) / len(part)  # noqa: E731
    for encoding, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if share(high) > 0.9 and share(low) < 0.5 and (0 in high or 6 in high):
            try:
                sample.decode(encoding)
            except UnicodeDecodeError:
                continue
            return encoding
    return None


def check_encoding(name: str, path: str = "") -> str:
    try:
        return codecs.lookup(name).name
    except LookupError as exc:
        raise ImportFileError(path, f"{name!r} is not an encoding this program knows") from exc


def decode_sample(head: bytes, encoding: str) -> str:
    """``head`` decoded, tolerating a character cut off at the end of the sample (not of the file)."""
    return codecs.getincrementaldecoder(encoding)("strict").decode(head, final=False)


def newline_of(text: str) -> str:
    """'\\n' (also for CRLF), or '\\r' for files from old Macs that end lines with CR alone."""
    return "\r" if "\n" not in text and "\r" in text else "\n"


def decoded_lines(path: str | Path, encoding: str, newline: str = "\n") -> Iterator[str]:
    """The file's physical lines (each ending with ``newline`` except perhaps the last), decoded strictly.

    Streaming: memory holds one chunk and one line, whatever the size of the file.
    """
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    line, tail = 1, ""
    with open(path, "rb") as handle:
        while True:
            chunk = handle.read(CHUNK_BYTES)
            try:
                text = decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError as exc:
                raise decode_error(str(path), encoding, chunk, exc, line + tail.count(newline)) from None
            if not chunk and not text:
                break
            text = tail + text
            cut = text.rfind(newline) + 1
            tail = text[cut:]
            if len(tail) > MAX_LINE_CHARS:
                raise ImportFileError(
                    str(path), f"has a line longer than {MAX_LINE_CHARS:,} characters: not a list of contacts", line
                )
            if cut:
                parts = text[:cut].split(newline)
                for part in parts[:-1]:
                    yield part + newline
                line += len(parts) - 1
            if not chunk:
                break
    if tail:
        yield tail


def decode_error(path: str, encoding: str, chunk: bytes, exc: UnicodeDecodeError, line: int) -> ImportFileError:
    if not chunk:
        return ImportFileError(path, "ends in the middle of a character: the file was cut off (truncated)", line)
    before = chunk[: max(0, exc.start)]
    line += before.count(b"\n") if "16" not in encoding else before.decode(encoding, "replace").count("\n")
    bad = chunk[exc.start : exc.start + 4].hex(" ")
    return ImportFileError(
        path,
        f"cannot be read as {encoding} here (bytes {bad}): the file mixes encodings or is damaged; "
        "choose the encoding it was saved in, or save it again as UTF-8",
        line,
    )
