"""vCard 3.0 and 4.0 export that other programs read back (and our own import reads back exactly).

UTF-8, CRLF, lines folded at 75 octets without splitting a character; work/home/mobile/fax labels as TYPE,
any other label (including "other") as an Apple item group with X-ABLabel, which Apple, Google and
Android all keep. A birthday without a year (stored as 1604) is written as 3.0's
X-APPLE-OMIT-YEAR=1604 or 4.0's --MMDD. What vCard has no property for (stage, source, custom fields)
goes into X-RAFIQ-* properties, which other programs ignore.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Iterable
from datetime import UTC
from pathlib import Path
from typing import Any, TextIO

from crm_desktop.services.dto import ContactDTO

from .convert import NO_YEAR

VERSIONS = ("3.0", "4.0")
_TYPES_30 = {"mobile": "CELL,VOICE", "work": "WORK", "home": "HOME", "fax": "FAX"}
_TYPES_40 = {"mobile": "cell", "work": "work", "home": "home", "fax": "fax"}


def escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "").replace(",", "\\,").replace(";", "\\;")


def fold(line: str) -> str:
    """Fold at 75 octets (RFC 6350 3.2), never inside a UTF-8 sequence."""
    if len(line.encode("utf-8")) <= 75:
        return line
    out, current, size = [], [], 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > 75:
            out.append("".join(current))
            current, size = [" "], 1
        current.append(ch)
        size += width
    out.append("".join(current))
    return "\r\n".join(out)


def image_type(data: bytes) -> str:
    if data.startswith(b"\x89PNG"):
        return "png"
    if data.startswith(b"GIF8"):
        return "gif"
    return "jpeg"


def vcard_text(
    contact: ContactDTO, company: str | None = None, photo: bytes | None = None, version: str = "3.0"
) -> str:
    v4 = version == "4.0"
    types = _TYPES_40 if v4 else _TYPES_30
    lines = ["BEGIN:VCARD", f"VERSION:{version}", "PRODID:-//Rafiq CRM//EN", f"UID:urn:uuid:{contact.uid}"]
    lines.append("FN:" + escape(contact.display_name))
    name = [contact.family_name, contact.given_name, contact.middle_name, contact.prefix, ""]
    lines.append("N:" + ";".join(escape(part or "") for part in name))
    if company:
        lines.append("ORG:" + escape(company))
    if contact.job_title:
        lines.append("TITLE:" + escape(contact.job_title))
    if contact.birthday:
        day = contact.birthday
        if day.year == NO_YEAR:
            lines.append(f"BDAY:--{day:%m%d}" if v4 else f"BDAY;X-APPLE-OMIT-YEAR={NO_YEAR}:{day.isoformat()}")
        else:
            lines.append(f"BDAY:{day.isoformat()}")
    items = 0

    def point(prop: str, value: str, label: str, primary: bool, extra: str = "") -> None:
        nonlocal items
        params = extra
        if label in types:
            params += f";TYPE={types[label]}" if v4 or not extra else f",{types[label]}"
        if primary:
            params += ";PREF=1" if v4 else (",pref" if ";TYPE=" in params else ";TYPE=pref")
        if label and label not in types:
            items += 1
            shown = "_$!<Other>!$_" if label == "other" else escape(label)
            lines.append(f"item{items}.{prop}{params}:{value}")
            lines.append(f"item{items}.X-ABLabel:{shown}")
        else:
            lines.append(f"{prop}{params}:{value}")

    for email in contact.emails:
        point("EMAIL", escape(email.address), email.label, email.is_primary, "" if v4 else ";TYPE=INTERNET")
    for phone in contact.phones:
        point("TEL", escape(phone.raw), phone.label, phone.is_primary)
    for address in contact.addresses:
        parts = ["", "", address.street, address.city, address.region, address.postal_code, address.country]
        point("ADR", ";".join(escape(p or "") for p in parts), address.label, address.is_primary)
    if contact.tags:
        lines.append("CATEGORIES:" + ",".join(escape(tag) for tag in contact.tags))
    if contact.notes:
        lines.append("NOTE:" + escape(contact.notes))
    if contact.lifecycle_stage:
        lines.append("X-RAFIQ-STAGE:" + contact.lifecycle_stage)
    if contact.source:
        lines.append("X-RAFIQ-SOURCE:" + escape(contact.source))
    if contact.custom_fields:
        lines.append("X-RAFIQ-CUSTOM:" + escape(json.dumps(contact.custom_fields, ensure_ascii=False, sort_keys=True)))
    if photo:
        payload = base64.b64encode(photo).decode("ascii")
        kind = image_type(photo)
        lines.append(
            f"PHOTO:data:image/{kind};base64,{payload}" if v4 else f"PHOTO;ENCODING=b;TYPE={kind.upper()}:{payload}"
        )
    lines.append("REV:" + contact.updated_at.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"))
    lines.append("END:VCARD")
    return "\r\n".join(fold(line) for line in lines) + "\r\n"


def write_vcards(handle: TextIO, cards: Iterable[tuple[ContactDTO, str | None, bytes | None]], version: str) -> int:
    count = 0
    for contact, company, photo in cards:
        handle.write(vcard_text(contact, company, photo, version))
        count += 1
    return count


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def card_file_name(contact: ContactDTO, taken: set[str]) -> str:
    """'<name> (<id>).vcf', safe on Windows, macOS and Linux, unique in ``taken``."""
    stem = _UNSAFE.sub("_", contact.display_name).strip(" .")[:80] or "contact"
    name = f"{stem} ({contact.id}).vcf"
    taken.add(name)
    return name


def open_vcf(path: Path) -> Any:
    return open(path, "w", encoding="utf-8", newline="")
