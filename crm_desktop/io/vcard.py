"""vCard 2.1, 3.0 and 4.0 import, as phones and mail programs really write them.

Our own parser rather than vobject (0.9.9, tried): vobject fails a whole file on Android's 2.1
QUOTED-PRINTABLE soft line breaks ("=" at the end of a line, next line not indented: "Failed to parse
line"), stops at the first broken base64 with no card or line, keeps 2.1's bare types (TEL;CELL) apart
from TYPE=, and spent 5 s just parsing 10,000 small cards (the import target is < 10 s end to end).

Handled: folded lines (3.0/4.0, and 2.1 base64 blocks ending in a blank line), QUOTED-PRINTABLE with soft
breaks, CHARSET (UTF-8, Windows-1256, ISO-8859-x, ...; 8-bit values in the file's own encoding), escaped
text (\\n \\, \\; \\\\), structured N/ADR/ORG, several TEL/EMAIL/ADR with TYPE (bare, lists, quoted) and
PREF, item groups with X-ABLabel (Apple), BDAY with or without year (--0315, X-APPLE-OMIT-YEAR), NOTE,
CATEGORIES (tags), PHOTO inline (base64 or a data: URI; a web link is not fetched: offline-first), UID.
A problem inside one card (broken base64, an unreadable value) fails that card with its line; a file
that is not a vCard stream at all (cut off, text outside cards) stops with the line.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import json
import quopri
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crm_desktop.errors import ImportFileError
from crm_desktop.services.contact_import import RejectedRow

from .convert import ConvertOptions, country_code, label_of, parse_birthday
from .csv_import import Row
from .sniff import detect_encoding, file_kind, read_head, refuse_binary

MAX_LINE_BYTES = 16 * 1024 * 1024  # a logical line (a PHOTO of at most 5 MB is ~7 MB of base64)
MAX_PROPERTIES = 2_000  # per card
_BINARY_ENCODINGS = ("b", "base64")
_QP = ("quoted-printable", "qp")


@dataclass
class Property:
    name: str
    group: str
    params: dict[str, list[str]]
    types: set[str]
    raw: bytes
    line: int
    value: str = ""
    data: bytes | None = None


@dataclass
class _Card:
    line: int
    version: str = "3.0"
    props: list[Property] = field(default_factory=list)


class VCardSource:
    """Cards of a .vcf file, streamed, each turned into a contact row (or a RejectedRow)."""

    kind = "vcf"

    def __init__(self, path: str | Path, options: ConvertOptions | None = None):
        self.path = str(path)
        head = read_head(path)
        kind = file_kind(path, head)
        if kind != "vcard":
            refuse_binary(path, kind)
            raise ImportFileError(self.path, "is not a vCard file (it does not start with BEGIN:VCARD)", line=1)
        self.encoding = detect_encoding(head, self.path)
        self.options = options or ConvertOptions()
        self.header: list[str] = []

    def describe(self) -> dict[str, Any]:
        return {"format": "vcf", "encoding": self.encoding}

    def rows(self) -> Iterator[Row]:
        for card in self.cards():
            try:
                yield Row(card.line, card_to_row(card, self.options))
            except CardProblem as exc:
                yield Row(card.line, RejectedRow({exc.field: exc.message}))  # type: ignore[arg-type]

    def preview(self, count: int = 20) -> list[Row]:
        rows = []
        for row in self.rows():
            rows.append(row)
            if len(rows) >= count:
                break
        return rows

    def _lines(self) -> Iterator[tuple[int, bytes]]:
        if self.encoding.startswith("utf-16"):  # rare (Outlook on Windows): re-encode as UTF-8 line by line
            with open(self.path, encoding=self.encoding, newline="") as text:
                for number, line in enumerate(text, start=1):
                    yield number, line.encode("utf-8").rstrip(b"\r\n")
            return
        with open(self.path, "rb") as handle:
            for number, line in enumerate(handle, start=1):
                if len(line) > MAX_LINE_BYTES:
                    raise ImportFileError(self.path, "has a line of more than 16 MB: not a vCard", number)
                yield number, line.rstrip(b"\r\n")

    def cards(self) -> Iterator[_Card]:
        """Logical lines grouped into cards; ImportFileError for a broken stream (with its line)."""
        card: _Card | None = None
        fallback = "utf-8" if self.encoding.startswith(("utf-8", "utf-16")) else self.encoding
        for number, text in _logical_lines(self._lines(), self.path):
            upper = text[:12].upper()
            if upper.startswith(b"BEGIN:VCARD"):
                if card is not None:
                    message = f"a new card begins here, but the card of line {card.line} never ends (no END:VCARD)"
                    raise ImportFileError(self.path, message, number)
                card = _Card(number)
            elif upper.startswith(b"END:VCARD"):
                if card is None:
                    raise ImportFileError(self.path, "END:VCARD without a BEGIN:VCARD", number)
                yield card
                card = None
            elif card is None:
                raise ImportFileError(self.path, "text outside any BEGIN:VCARD … END:VCARD block", number)
            else:
                prop = parse_property(text, number, fallback)
                if prop.name == "VERSION":
                    card.version = prop.value.strip()
                elif len(card.props) < MAX_PROPERTIES:
                    card.props.append(prop)
        if card is not None:
            raise ImportFileError(self.path, "the card starting here never ends: the file was cut off", card.line)


def _logical_lines(lines: Iterator[tuple[int, bytes]], path: str) -> Iterator[tuple[int, bytes]]:
    """Unfold: whitespace continuation lines, QP soft breaks, 2.1 base64 blocks; skip blank lines."""
    current: bytearray | None = None
    start, qp, b64 = 0, False, False
    for number, line in lines:
        if current is not None:
            if qp and current.endswith(b"="):
                current[-1:] = line  # a soft line break: the next line continues the value as it is
                continue
            if line[:1] in (b" ", b"\t") or (b64 and line and b":" not in line):
                current += line[1:] if line[:1] in (b" ", b"\t") else line
                if len(current) > MAX_LINE_BYTES:
                    raise ImportFileError(path, "a property is longer than 16 MB: not a vCard", start)
                continue
            yield start, bytes(current)
            current = None
        if not line.strip():
            continue
        current, start = bytearray(line), number
        head = line.split(b":", 1)[0].upper()
        qp = b"QUOTED-PRINTABLE" in head
        b64 = b"BASE64" in head or b"ENCODING=B" in head
    if current is not None:
        yield start, bytes(current)


class CardProblem(Exception):
    def __init__(self, field: str, message: str):
        self.field, self.message = field, message
        super().__init__(f"{field}: {message}")


_PARAM = re.compile(rb';([^;:=]+)(?:=((?:"[^"]*"|[^;:])*))?')


def parse_property(text: bytes, line: int, fallback: str) -> Property:
    colon = _value_colon(text)
    if colon < 0:
        return Property("", "", {}, set(), b"", line, value="")
    head, raw = text[:colon], text[colon + 1 :]
    name_part = head.split(b";", 1)[0]
    group, _, name = name_part.rpartition(b".")
    params: dict[str, list[str]] = {}
    types: set[str] = set()
    for key, value in _PARAM.findall(head, len(name_part)) if len(name_part) < len(head) else ():
        pname = key.decode("ascii", "replace").strip().upper()
        if not value:  # vCard 2.1 bare parameter: TEL;CELL;PREF, or PHOTO;JPEG
            if pname in ("QUOTED-PRINTABLE", "BASE64"):
                params.setdefault("ENCODING", []).append(pname)
            else:
                types.add(pname.lower())
            continue
        values = [v.strip().strip('"') for v in value.decode("utf-8", "replace").split(",")]
        params.setdefault(pname, []).extend(values)
        if pname == "TYPE":
            types.update(v.lower() for v in values if v)
    prop = Property(name.decode("ascii", "replace").upper(), group.decode("ascii", "replace").upper(), params, types,
                    raw, line)  # fmt: skip
    encoding = (params.get("ENCODING") or [""])[0].lower()
    if encoding in _BINARY_ENCODINGS:
        compact = re.sub(rb"\s+", b"", raw)
        try:
            prop.data = base64.b64decode(compact, validate=True)
        except (binascii.Error, ValueError):
            prop.data = None
            prop.value = "\x00broken"
        return prop
    if encoding in _QP:
        raw = quopri.decodestring(raw)
    charset = (params.get("CHARSET") or [""])[0]
    if not charset:
        try:
            prop.value = raw.decode("utf-8")
            return prop
        except UnicodeDecodeError:
            pass
    prop.value = _decode(raw, charset, fallback)
    return prop


def _value_colon(text: bytes) -> int:
    colon = text.find(b":")
    if colon < 0 or b'"' not in text[:colon]:
        return colon
    quoted = False
    for i, byte in enumerate(text):
        if byte == 0x22:
            quoted = not quoted
        elif byte == 0x3A and not quoted:
            return i
    return -1


def _decode(raw: bytes, charset: str, fallback: str) -> str:
    for name in (charset, "utf-8", fallback):
        if not name:
            continue
        try:
            return raw.decode(codecs.lookup(name).name)
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode("utf-8", "replace")


def unescape(text: str, version: str) -> str:
    if "\\" not in text:
        return text
    if version == "2.1":
        return text.replace("\\;", ";")
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)


def split_escaped(text: str, separator: str) -> list[str]:
    """Split on ``separator`` not preceded by a backslash (the parts are still escaped)."""
    if "\\" not in text:
        return text.split(separator)
    parts, current, escaped = [], [], False
    for ch in text:
        if escaped:
            current.append("\\" + ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


_TYPE_LABELS = {"cell": "mobile", "iphone": "mobile", "mobile": "mobile", "work": "work", "home": "home",
                "fax": "fax", "other": "other"}  # fmt: skip


def _label(prop: Property, group_labels: dict[str, str]) -> tuple[str, bool]:
    primary = "pref" in prop.types or bool(prop.params.get("PREF"))
    if prop.group and prop.group in group_labels:
        label, star = label_of(group_labels[prop.group])
        return label, primary or star
    if "fax" in prop.types:
        return "fax", primary
    for kind in ("cell", "iphone", "mobile", "work", "home", "other"):
        if kind in prop.types:
            return _TYPE_LABELS[kind], primary
    return "", primary


def card_to_row(card: _Card, options: ConvertOptions) -> dict[str, Any]:
    version = "2.1" if card.version.startswith("2") else card.version
    group_labels = {p.group: unescape(p.value, version) for p in card.props if p.name == "X-ABLABEL" and p.group}
    group_country = {p.group: p.value.strip() for p in card.props if p.name == "X-ABADR" and p.group}
    row: dict[str, Any] = {}
    emails, phones, addresses, tags, notes = [], [], [], [], []
    for prop in card.props:
        name, value = prop.name, prop.value
        if value == "\x00broken" and prop.data is None:
            raise CardProblem(name or "line", f"line {prop.line}: the base64 data is broken (damaged file?)")
        if name == "FN":
            row["display_name"] = unescape(value, version).strip()
        elif name == "N":
            parts = [unescape(p, version).strip() for p in split_escaped(value, ";")] + [""] * 5
            for key, part in zip(("family_name", "given_name", "middle_name", "prefix"), parts, strict=False):
                if part:
                    row[key] = part.replace(",", " ") if version != "2.1" else part
        elif name == "ORG":
            company = unescape(split_escaped(value, ";")[0], version).strip()
            if company:
                row["company"] = company
        elif name == "TITLE" and value.strip():
            row["job_title"] = unescape(value, version).strip()
        elif name == "NOTE" and value.strip():
            notes.append(unescape(value, version).replace("\r\n", "\n").strip())
        elif name == "CATEGORIES":
            tags += [unescape(t, version).strip() for t in split_escaped(value, ",") if t.strip()]
        elif name == "BDAY" and value.strip() and (prop.params.get("VALUE") or ["date"])[0].lower() != "text":
            row["birthday"] = _birthday(value.strip(), prop, options)
        elif name in ("TEL", "EMAIL"):
            text = unescape(value, version).strip()
            if name == "TEL" and text.lower().startswith("tel:"):
                text = text[4:].replace("-", " ")
            if text:
                label, primary = _label(prop, group_labels)
                item = {"address" if name == "EMAIL" else "number": text, "label": label, "is_primary": primary}
                (emails if name == "EMAIL" else phones).append(item)
        elif name == "ADR":
            address = _address(prop, version, group_labels, group_country)
            if address:
                addresses.append(address)
        elif name == "PHOTO":
            photo = _photo(prop)
            if photo:
                row["photo"] = photo
        elif name == "UID" and value.strip():
            row["uid"] = value.strip()
        elif name == "X-RAFIQ-STAGE" and value.strip():
            row["lifecycle_stage"] = value.strip()
        elif name == "X-RAFIQ-SOURCE" and value.strip():
            row["source"] = unescape(value, version).strip()
        elif name == "X-RAFIQ-CUSTOM" and value.strip():
            try:
                row["custom_fields"] = json.loads(unescape(value, version))
            except ValueError:
                raise CardProblem("X-RAFIQ-CUSTOM", f"line {prop.line}: not valid JSON") from None
    for key, items in (("emails", emails), ("phones", phones), ("addresses", addresses), ("tags", tags)):
        if items:
            row[key] = items
    if notes:
        row["notes"] = "\n".join(notes)
    return row


def _birthday(text: str, prop: Property, options: ConvertOptions) -> Any:
    compact = re.fullmatch(r"(\d{4})(\d{2})(\d{2})", text)
    if compact:
        text = "-".join(compact.groups())
    no_year = re.fullmatch(r"--(\d{2})-?(\d{2})", text)
    if no_year:
        text = f"--{no_year.group(1)}-{no_year.group(2)}"
    try:
        return parse_birthday(text[:10] if re.match(r"\d{4}-\d{2}-\d{2}T", text) else text, options)
    except ValueError as exc:
        raise CardProblem("BDAY", f"line {prop.line}: {exc}") from None


def _address(prop: Property, version: str, labels: dict[str, str], countries: dict[str, str]) -> dict[str, Any] | None:
    parts = [unescape(p, version).strip() for p in split_escaped(prop.value, ";")] + [""] * 7
    pobox, extended, street, city, region, postal, country = parts[:7]
    street = "\n".join(p for p in (street, extended, pobox) if p)
    address: dict[str, Any] = {k: v for k, v in (("street", street), ("city", city), ("region", region),
                                                 ("postal_code", postal)) if v}  # fmt: skip
    code = countries.get(prop.group, "") or country
    if code:
        found = country_code(code) or country_code(country)
        if found:
            address["country"] = found
        elif country:
            address["region"] = ", ".join(v for v in (address.get("region"), country) if v)
    if not address:
        return None
    label, primary = _label(prop, labels)
    return {**address, "label": label, "is_primary": primary}


def _photo(prop: Property) -> bytes | None:
    if prop.data is not None:
        return prop.data or None
    value = prop.value.strip()
    if value.startswith("data:") and "," in value:
        meta, _, payload = value.partition(",")
        if meta.endswith(";base64"):
            try:
                return base64.b64decode(re.sub(r"\s+", "", payload), validate=True) or None
            except (binascii.Error, ValueError):
                raise CardProblem("PHOTO", f"line {prop.line}: the base64 data is broken (damaged file?)") from None
    return None  # a web link: not fetched (the app works offline)
