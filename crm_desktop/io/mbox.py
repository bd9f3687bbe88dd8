"""Stream the messages of an mbox mailbox one at a time (memory bounded by the largest message).

The stdlib ``mailbox.mbox`` first builds a table of contents and may open the file for writing; we only need
one forward pass. Messages start at a ``From `` line at the start of the file or after a blank line (mboxo/
mboxrd); ``>From `` quoting is undone (mboxrd: one ``>`` removed from ``>+From `` lines).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from crm_desktop.errors import ImportFileError

_QUOTED_FROM = re.compile(rb"^>+From ")


@dataclass(frozen=True)
class RawMessage:
    number: int  # 1-based position in the mailbox
    line: int  # line of its "From " separator, for messages about it
    data: bytes


def check_mbox(path: str | Path) -> None:
    """Refuse a file that is not an mbox, with a message that says why."""
    file = Path(path)
    try:
        with file.open("rb") as handle:
            head = handle.read(4096)
    except OSError as exc:
        raise ImportFileError(str(file), f"cannot be read: {exc.strerror}") from exc
    first = head.lstrip(b"\r\n")
    if not first:
        raise ImportFileError(str(file), "the file is empty, not an mbox mailbox")
    if not first.startswith(b"From "):
        raise ImportFileError(str(file), "not an mbox mailbox: it must start with a 'From ' separator line", line=1)


def iter_mbox(path: str | Path) -> Iterator[RawMessage]:
    """Yield each message's bytes (LF line ends, separator line removed), in file order."""
    check_mbox(path)
    file = Path(path)
    lines: list[bytes] = []
    number = start = 0
    previous_blank = True
    with file.open("rb") as handle:
        for line_no, line in enumerate(handle, 1):
            if line.startswith(b"From ") and previous_blank:
                if number:
                    yield RawMessage(number, start, _finish(lines))
                number, start, lines = number + 1, line_no, []
                previous_blank = False
                continue
            if line.endswith(b"\r\n"):
                line = line[:-2] + b"\n"
            previous_blank = line in (b"\n", b"")
            if line.startswith(b">") and _QUOTED_FROM.match(line):
                line = line[1:]
            lines.append(line)
    if number:
        yield RawMessage(number, start, _finish(lines))


def _finish(lines: list[bytes]) -> bytes:
    # The blank line before the next separator belongs to the mbox format, not to the message.
    if lines and lines[-1] == b"\n":
        lines = lines[:-1]
    return b"".join(lines)
