"""Unicode isolates for text inserted into a line of the other direction (UAX #9).

An Arabic name inside an English sentence, an email inside a Persian row, a date in an RTL table: each
is wrapped so its direction cannot reorder the text around it. An isolate also closes any embedding or
override (U+202A–U+202E) a hostile value opened inside it, so such a value cannot flip the rest of a row.
"""

from __future__ import annotations

FSI, LRI, PDI = "\u2068", "\u2066", "\u2069"


def isolate(text: object) -> str:
    """``text`` in a first-strong isolate: it keeps its own direction, the line keeps its own."""
    value = "" if text is None else str(text)
    return f"{FSI}{value}{PDI}" if value else ""


def ltr(text: object) -> str:
    """``text`` forced left-to-right (dates, emails, phone numbers, amounts) inside any line."""
    value = "" if text is None else str(text)
    return f"{LRI}{value}{PDI}" if value else ""
