"""Safe file names: for anything written to disk from a stored name, and for showing a stored name.

A document's name comes from whoever sent or attached the file; it may hold path separators, names Windows
reserves, or invisible bidi characters that make "invoice\u202efdp.exe" look like "invoiceexe.pdf".
"""

from __future__ import annotations

import re
import unicodedata

from crm_desktop.text.bidi import isolate

# Windows refuses these as a file's stem whatever the extension ("CON.txt" opens the console).
_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {f"{p}{n}" for p in ("COM", "LPT") for n in "123456789"}
_FORBIDDEN = re.compile(r'[<>:"/\\|?*]')
_KEEP_FORMAT = {"\u200c", "\u200d"}  # ZWNJ/ZWJ are spelling in Persian (می‌خواهم), not tricks
MAX_NAME_BYTES = 200


def _visible(name: str) -> str:
    """``name`` without control characters and invisible format characters (bidi overrides U+202A-E,
    isolates, BOM, zero-width spaces), which can make "invoice\u202efdp.exe" look like "invoiceexe.pdf"."""
    out = []
    for ch in unicodedata.normalize("NFC", name):
        category = unicodedata.category(ch)
        if ch in "\t\n\r\v\f":  # a line break in a name becomes a space, not a glued word
            out.append(" ")
            continue
        if category in ("Cc", "Cs", "Co", "Cn") or (category == "Cf" and ch not in _KEEP_FORMAT):
            continue
        out.append(" " if category in ("Zl", "Zp") else ch)
    return "".join(out)


def safe_file_name(name: str | None, fallback: str = "document") -> str:
    """A name that is safe to create on Windows, macOS and Linux and cannot leave its folder.

    Keeps only the last path component (``../../etc/passwd`` -> ``passwd``), drops control and bidi
    characters, replaces characters Windows forbids, trims dots and spaces at the ends (no ``..``, no
    hidden files), prefixes reserved device names (``CON.txt`` -> ``_CON.txt``) and shortens to 200 UTF-8
    bytes keeping the extension. Pure: the same input always gives the same name.
    """
    text = _visible(name or "")
    text = re.split(r"[/\\]", text)[-1] if text else ""
    text = _FORBIDDEN.sub("_", text)
    text = re.sub(r"\s+", " ", text).strip(" .")
    if not text:
        text = fallback
    stem, dot, ext = text.rpartition(".")
    if not dot:
        stem, ext = text, ""
    if stem.split(".")[0].upper().rstrip(" ") in _RESERVED or (not dot and text.upper() in _RESERVED):
        text = "_" + text
        stem = "_" + stem if dot else text
    if len(text.encode("utf-8")) > MAX_NAME_BYTES:
        ext = ext[:20]
        room = MAX_NAME_BYTES - len(ext.encode("utf-8")) - 1
        cut = (stem if dot else text).encode("utf-8")[:room].decode("utf-8", "ignore").rstrip(" .")
        text = f"{cut}.{ext}" if dot and ext else cut
    return text


def shown_name(name: str | None) -> str:
    """A stored name for display: invisible tricks removed, wrapped in an isolate so an Arabic or Latin
    name cannot reorder the sentence or row around it."""
    return isolate(_visible(name or "").replace("\n", " "))
