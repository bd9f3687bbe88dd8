"""One email message (RFC 5322 / MIME bytes) to a plain ``ParsedMail``: headers decoded, bodies, attachments.

Parsing never raises for bad MIME: the stdlib parser records defects and we keep what can be read (a broken
part becomes a note in ``problems``). Attachment names are made safe to show and to save (no path parts,
no Windows device names, no bidi overrides), because they come from strangers.
"""

from __future__ import annotations

import email
import hashlib
import mimetypes
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.errors import HeaderParseError
from email.header import decode_header, make_header
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

from crm_desktop.errors import ImportFileError

MAX_DEPTH = 64  # MIME nesting we walk; deeper parts (hostile or broken) are skipped with a note
MAX_HEADER_CHARS = 998 - 2  # the column width of the header fields we store

# Bidi embeddings/overrides/isolates and marks: they can make "gpj.exe" look like "exe.jpg".
_BIDI = dict.fromkeys(
    [*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C, 0x200B, 0x200C, 0x200D, 0xFEFF]
)
_FORBIDDEN = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
_WINDOWS_DEVICES = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


@dataclass(frozen=True)
class ParsedAttachment:
    file_name: str
    mime_type: str
    data: bytes
    inline: bool = False
    content_id: str | None = None


@dataclass(frozen=True)
class ParsedMail:
    message_id: str
    in_reply_to: str | None
    references: tuple[str, ...]
    subject: str
    from_address: str | None
    to: tuple[str, ...]
    cc: tuple[str, ...]
    bcc: tuple[str, ...]
    from_display: str
    to_display: str
    cc_display: str
    sent_at: datetime | None
    text_body: str | None
    html_body: str | None
    raw_headers: str
    attachments: tuple[ParsedAttachment, ...] = ()
    problems: tuple[str, ...] = field(default=())

    @property
    def thread_key(self) -> str:
        """The thread's first message: the root of References, else the parent, else this message."""
        return (self.references[0] if self.references else None) or self.in_reply_to or self.message_id

    @property
    def addresses(self) -> tuple[str, ...]:
        """Every address in From/To/Cc (lower case, once each): the contacts this message involves."""
        found = [self.from_address or "", *self.to, *self.cc]
        return tuple(dict.fromkeys(a for a in found if a))


def safe_file_name(name: str | None, mime_type: str = "application/octet-stream") -> str:
    """A name safe to show and to save anywhere: last path part only, no controls, bidi tricks or devices."""
    text = unicodedata.normalize("NFC", name or "").translate(_BIDI)
    text = re.split(r"[/\\]", text)[-1]
    text = _FORBIDDEN.sub("_", text).strip(" .")
    if not text:
        text = "attachment" + (mimetypes.guess_extension(mime_type) or ".bin")
    stem = text.partition(".")[0]
    if stem.upper() in _WINDOWS_DEVICES:
        text = "_" + text
    if len(text) > 200:
        suffix = Path(text).suffix[:20]
        text = text[: 200 - len(suffix)] + suffix
    return text


def _clip(text: str, limit: int = MAX_HEADER_CHARS) -> str:
    return text if len(text) <= limit else text[:limit]


def _decode(value: str) -> str:
    """RFC 2047 encoded words to text, in their declared charset; raw 8-bit bytes read as UTF-8 (else cp1256)."""
    if any("\udc80" <= ch <= "\udcff" for ch in value):  # undeclared 8-bit bytes, kept by the parser
        raw = value.encode("ascii", "surrogateescape")
        try:
            value = raw.decode("utf-8")
        except UnicodeDecodeError:
            value = raw.decode("cp1256", "replace")
    if "=?" not in value:
        return value
    try:
        return str(make_header(decode_header(value)))
    except (LookupError, UnicodeError, ValueError, HeaderParseError):
        # Unknown charset or a broken encoded word: decode each word leniently.
        parts = []
        for chunk, charset in decode_header(value):
            if isinstance(chunk, bytes):
                try:
                    chunk = chunk.decode(charset or "utf-8", "replace")
                except LookupError:
                    chunk = chunk.decode("utf-8", "replace")
            parts.append(chunk)
        return "".join(parts)


def _header(msg: Message, name: str, problems: list[str]) -> str:
    try:
        values = msg.get_all(name, failobj=[])
        return " ".join(" ".join(_decode(str(v)).split()) for v in values[:1])
    except Exception as exc:  # a broken header must not lose the message
        problems.append(f"{name}: unreadable header ({exc.__class__.__name__})")
        return ""


def _addresses(msg: Message, name: str, problems: list[str]) -> tuple[tuple[str, ...], str]:
    """Lower-cased addr-specs and the decoded display text of an address header."""
    raw = [str(v) for v in msg.get_all(name, failobj=[])]
    display = " ".join(" ".join(_decode(v).split()) for v in raw)
    specs = [addr.strip().lower() for _, addr in getaddresses(raw) if "@" in addr]
    return tuple(dict.fromkeys(_clip(a, 320) for a in specs)), display


def _ids(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"<[^<>\s]+>", text))


def _date(value: str, problems: list[str]) -> datetime | None:
    if not value:
        return None
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        problems.append(f"Date: {value!r} is not a date")
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)  # RFC 5322 "-0000": unknown zone, taken as UTC
    return moment.astimezone(UTC)


def _text(part: Message, problems: list[str]) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        payload = str(part.get_payload()).encode("utf-8", "surrogateescape")
    charset = part.get_content_charset()
    if charset is None:  # undeclared: UTF-8 if it is, else the Arabic-script Windows code page
        try:
            return payload.decode("utf-8")
        except UnicodeDecodeError:
            return payload.decode("cp1256", "replace")
    try:
        return payload.decode(charset, "replace")
    except LookupError:
        problems.append(f"unknown charset {charset!r}: read as UTF-8")
        return payload.decode("utf-8", "replace")


def _walk(msg: Message, problems: list[str]):  # type: ignore[no-untyped-def]
    """Leaf parts, depth-first, with our own stack (no recursion) and a depth limit."""
    stack: list[tuple[Message, int]] = [(msg, 0)]
    while stack:
        part, depth = stack.pop()
        if part.is_multipart():
            if depth >= MAX_DEPTH:
                problems.append(f"MIME parts nested deeper than {MAX_DEPTH} levels were skipped")
                continue
            children = part.get_payload()
            if isinstance(children, list):
                stack.extend((child, depth + 1) for child in reversed(children))
            continue
        yield part


def parse_message(data: bytes) -> ParsedMail:
    """Parse one message; never raises for malformed MIME (defects end up in ``problems``)."""
    problems: list[str] = []
    try:
        # compat32 parsing with our own header decoding: the header registry of policy.default costs
        # about three quarters of the time per message (bench mail).
        msg: Message = email.message_from_bytes(data)
    except RecursionError:
        # The parser itself recurses per nesting level: keep the headers and the first text we can see.
        head, _, body = data.partition(b"\n\n")
        msg = email.message_from_bytes(head + b"\n\n")
        msg.set_payload(body.decode("utf-8", "replace"))
        problems.append("MIME structure too deeply nested: kept as plain text")
    problems.extend(f"MIME: {d.__class__.__name__}" for d in getattr(msg, "defects", [])[:5])

    header_end = data.find(b"\n\n")
    raw_headers = data[: header_end if header_end >= 0 else len(data)].decode("utf-8", "replace")
    own_ids = _ids(_header(msg, "Message-ID", problems))
    message_id = _clip(own_ids[0]) if own_ids else ""
    if not message_id:
        # A stable stand-in, so importing the same file twice still adds nothing.
        message_id = f"<{hashlib.sha256(data).hexdigest()[:40]}@no-message-id.invalid>"
    in_reply = _ids(_header(msg, "In-Reply-To", problems))
    senders, from_display = _addresses(msg, "From", problems)
    to, to_display = _addresses(msg, "To", problems)
    cc, cc_display = _addresses(msg, "Cc", problems)
    bcc, _ = _addresses(msg, "Bcc", problems)

    text_body: str | None = None
    html_body: str | None = None
    attachments: list[ParsedAttachment] = []
    for part in _walk(msg, problems):
        ctype = part.get_content_type()
        try:
            disposition = part.get_content_disposition()
            name = part.get_filename()
            name = _decode(name) if name else None
        except Exception:
            disposition, name = "attachment", None
        is_attachment = disposition == "attachment" or (name is not None and disposition != "inline")
        if ctype == "text/plain" and not is_attachment:
            text = _text(part, problems)
            text_body = text if text_body is None else f"{text_body}\n\n{text}"
        elif ctype == "text/html" and html_body is None and not is_attachment:
            html_body = _text(part, problems)
        else:
            payload = part.get_payload(decode=True)
            if not isinstance(payload, bytes):
                payload = str(part.get_payload()).encode("utf-8", "replace")
            cid = part.get("Content-ID")
            attachments.append(
                ParsedAttachment(
                    file_name=safe_file_name(name, ctype),
                    mime_type=ctype,
                    data=payload,
                    inline=disposition == "inline" or (cid is not None and not is_attachment),
                    content_id=str(cid).strip("<> ") if cid else None,
                )
            )
    return ParsedMail(
        message_id=message_id,
        in_reply_to=_clip(in_reply[0]) if in_reply else None,
        references=tuple(_clip(r) for r in _ids(_header(msg, "References", problems))),
        subject=_clip(_header(msg, "Subject", problems)),
        from_address=senders[0] if senders else None,
        to=to,
        cc=cc,
        bcc=bcc,
        from_display=_clip(from_display),
        to_display=to_display,
        cc_display=cc_display,
        sent_at=_date(_header(msg, "Date", problems), problems),
        text_body=text_body,
        html_body=html_body,
        raw_headers=raw_headers,
        attachments=tuple(attachments),
        problems=tuple(dict.fromkeys(problems)),
    )


def read_eml(path: str | Path) -> ParsedMail:
    """Parse one .eml file; an unreadable or empty file is an ``ImportFileError``."""
    file = Path(path)
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise ImportFileError(str(file), f"cannot be read: {exc.strerror}") from exc
    if not data.strip():
        raise ImportFileError(str(file), "the file is empty, not an email message")
    head = data[:4096].lstrip()
    if b":" not in head.split(b"\n", 1)[0]:
        raise ImportFileError(str(file), "not an email message (the first line is not a header)", line=1)
    return parse_message(data)
