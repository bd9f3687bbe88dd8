"""IMAP folder names in "modified UTF-7" (RFC 3501 §5.1.3), the only form IMAP4rev1 servers accept and send.

Printable ASCII stands for itself, except "&", written "&-"; every other run of characters is written as
"&" + the modified base64 (with "," for "/", no "=" padding) of its UTF-16BE bytes + "-". So the Persian
folder "مشتریان" travels as "&BkUGNAYqBjEGzAYnBkY-". Pure functions, no I/O.
"""

from __future__ import annotations

import base64
import re

_RUN = re.compile(r"&([^-]*)-")


def _b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-16-be")).decode("ascii").rstrip("=").replace("/", ",")


def encode_folder(name: str) -> str:
    """The name as sent to the server (SELECT, CREATE, LIST patterns)."""
    out: list[str] = []
    pending: list[str] = []  # a run of characters that need base64
    for ch in name:
        if 0x20 <= ord(ch) <= 0x7E:
            if pending:
                out.append("&" + _b64("".join(pending)) + "-")
                pending.clear()
            out.append("&-" if ch == "&" else ch)
        else:
            pending.append(ch)
    if pending:
        out.append("&" + _b64("".join(pending)) + "-")
    return "".join(out)


def decode_folder(name: str) -> str:
    """The name as the server sent it, readable; ValueError when it is not valid modified UTF-7."""

    def run(match: re.Match[str]) -> str:
        encoded = match.group(1)
        if not encoded:
            return "&"
        if "/" in encoded or "=" in encoded:
            raise ValueError(f"{name!r} is not modified UTF-7")
        padded = encoded.replace(",", "/") + "=" * (-len(encoded) % 4)
        try:
            raw = base64.b64decode(padded, validate=True)
            if len(raw) % 2:
                raise ValueError("odd number of UTF-16 bytes")
            return raw.decode("utf-16-be")
        except (ValueError, UnicodeDecodeError) as exc:
            raise ValueError(f"{name!r} is not modified UTF-7: {exc}") from exc

    if any(not 0x20 <= ord(ch) <= 0x7E for ch in name):
        raise ValueError(f"{name!r} is not modified UTF-7 (it has non-ASCII characters)")
    decoded = _RUN.sub(run, name)
    if "&" in _RUN.sub("", name):
        raise ValueError(f"{name!r} is not modified UTF-7 (an unterminated '&')")
    return decoded
